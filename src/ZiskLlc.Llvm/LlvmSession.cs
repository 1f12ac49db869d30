using System.Runtime.InteropServices;
using ZiskLlc.Isa;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// The one owner of native LLVM state for reading a program: the context, the (linked) module, the
/// memory buffers while parsing, the target machine and the pass-builder options. Everything else
/// — <see cref="IrModule"/>, functions, blocks, instructions, values, types — is a non-owning view
/// that is valid only while the session is alive. Not thread-safe (an LLVMContext is not).
/// Create one with <see cref="IrReader.Read"/>; dispose it when done.
/// </summary>
public sealed unsafe class LlvmSession : IDisposable
{
    nint context;
    nint module;
    nint targetMachine;
    nint passOptions;
    GCHandle self;
    readonly List<IrDiagnostic> diagnostics = [];
    bool targetMachineTried;

    /// <summary>The input files, for messages.</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Warnings and other messages gathered while loading and running passes (never printed by the library).</summary>
    public IReadOnlyList<IrDiagnostic> Diagnostics => diagnostics;

    internal LlvmSession(IReadOnlyList<string> inputs)
    {
        LlvmLibrary.EnsureLoaded();
        Inputs = inputs;
        context = LlvmNative.LLVMContextCreate();
        // Without a diagnostic handler LLVMContext prints errors to stderr and calls exit(1) (e.g. a
        // linker symbol clash). Ours records them; the GCHandle lets the static callback find us.
        self = GCHandle.Alloc(this);
        LlvmNative.LLVMContextSetDiagnosticHandler(context, &OnDiagnostic, GCHandle.ToIntPtr(self));
    }

    /// <summary>The linked module (a view; valid while the session lives).</summary>
    public IrModule Module
    {
        get
        {
            ObjectDisposedException.ThrowIf(context == 0, this);
            if (module == 0) throw new InvalidOperationException("the session has no module yet");
            return new IrModule(module);
        }
    }

    /// <summary>A short description of the inputs for messages ("a.bc" or "a.bc + 2 more").</summary>
    public string InputsLabel => Inputs.Count switch { 0 => "<no input>", 1 => Inputs[0], _ => $"{Inputs[0]} + {Inputs.Count - 1} more" };

    internal void AddWarning(string message) => diagnostics.Add(new IrDiagnostic(IrDiagnosticSeverity.Warning, message));

    internal int DiagnosticCount => diagnostics.Count;

    /// <summary>The error diagnostics recorded since <paramref name="start"/>, joined, or null.</summary>
    internal string? ErrorsSince(int start)
    {
        var errs = diagnostics.Skip(start).Where(d => d.Severity == IrDiagnosticSeverity.Error).Select(d => d.Message).ToList();
        return errs.Count == 0 ? null : string.Join("; ", errs);
    }

    /// <summary>
    /// Parses one file's bytes (text or bitcode: LLVM's parseIR recognises the bitcode magics) in this
    /// session's context. Returns the module handle, which the caller must link (consuming it) or
    /// adopt; throws <see cref="UserError"/> with LLVM's message.
    /// </summary>
    internal nint Parse(string path, ReadOnlySpan<byte> bytes, IrFileFormat format)
    {
        ObjectDisposedException.ThrowIf(context == 0, this);
        var name = NativeText.Utf8z(path);
        nint buffer;
        fixed (byte* data = bytes)
        fixed (byte* n = name)
            buffer = LlvmNative.LLVMCreateMemoryBufferWithMemoryRangeCopy(data, (nuint)bytes.Length, n);
        try
        {
            nint m;
            byte* msg = null;
            int start = DiagnosticCount;
            FatalErrors.Activity = $"reading {path}";
            // LLVMParseIRInContext2 does NOT take the buffer (the old LLVMParseIRInContext consumes it
            // even on failure, so disposing it afterwards there is a double free). We own it and
            // dispose it below; the module does not refer to it (bitcode is read eagerly, not lazily).
            int failed = LlvmNative.LLVMParseIRInContext2(context, buffer, &m, &msg);
            string text = NativeText.TakeMessage(msg); // the OutMessage must be disposed (LLVMDisposeMessage)
            if (failed != 0 || m == 0)
            {
                var kind = format == IrFileFormat.Bitcode ? "LLVM bitcode" : "LLVM IR";
                throw new UserError(ParseErrorMessage(path, kind, FirstLine(text) ?? ErrorsSince(start) ?? "unknown error"));
            }
            return m;
        }
        finally
        {
            LlvmNative.LLVMDisposeMemoryBuffer(buffer);
            FatalErrors.Activity = null;
        }
    }

    /// <summary>Adopts the first module as the session's module (the link destination).</summary>
    internal void Adopt(nint m)
    {
        if (module != 0) throw new InvalidOperationException("the session already has a module");
        module = m;
    }

    /// <summary>
    /// Links <paramref name="src"/> into the session's module. LLVMLinkModules2 destroys the source
    /// module in every case (success or failure), so the handle must not be used or disposed again.
    /// </summary>
    internal void LinkIn(nint src, string srcPath)
    {
        int start = DiagnosticCount;
        FatalErrors.Activity = $"linking {srcPath}";
        int failed = LlvmNative.LLVMLinkModules2(module, src);
        FatalErrors.Activity = null;
        if (failed != 0)
            throw new UserError($"{srcPath}: cannot link with {Inputs[0]}: {ErrorsSince(start) ?? "LLVM's linker failed"}");
    }

    /// <summary>Writes the session's module as bitcode to <paramref name="path"/>; throws <see cref="UserError"/> if it cannot.</summary>
    public void WriteBitcode(string path)
    {
        ObjectDisposedException.ThrowIf(context == 0, this);
        var p = NativeText.Utf8z(path);
        int failed;
        fixed (byte* pp = p) failed = LlvmNative.LLVMWriteBitcodeToFile(module, pp);
        if (failed != 0) throw new UserError($"{path}: cannot write LLVM bitcode");
    }

    /// <summary>Disposes a parsed module that was neither adopted nor linked (on an error path).</summary>
    internal static void DisposeModule(nint m)
    {
        if (m != 0) LlvmNative.LLVMDisposeModule(m);
    }

    /// <summary>
    /// Runs LLVM's verifier (LLVMReturnStatusAction: nothing printed, nothing aborted); returns its
    /// message, or null when the module is valid. The message is allocated even on success and must
    /// be disposed either way.
    /// </summary>
    internal static string? VerifyModule(nint m)
    {
        byte* msg = null;
        int broken = LlvmNative.LLVMVerifyModule(m, 2 /* LLVMReturnStatusAction */, &msg);
        string text = NativeText.TakeMessage(msg);
        return broken != 0 ? (string.IsNullOrWhiteSpace(text) ? "the module is invalid" : text.Trim()) : null;
    }

    /// <summary>Verifies the session's module; throws <see cref="UserError"/> with the verifier's message.</summary>
    public void Verify(string when = "")
    {
        if (VerifyModule(module) is { } err)
            throw new UserError($"{InputsLabel}: invalid LLVM IR{when}: {Collapse(err)}");
    }

    /// <summary>
    /// Whether the module is verified again after each pipeline (the IR pipeline, the lowering
    /// pipeline), not only as read. Off by default, as in clang's release builds: every input is
    /// verified when read (<see cref="IrReader"/>), and what LLVM's own passes make of valid IR is valid,
    /// so the re-verification only guards against a bug in LLVM at the price of a full walk of the
    /// grown module (picojpeg: 14 ms per verification, 5 % of its compile time). On with
    /// <c>ZISK_LLC_VERIFY_EACH=1</c>, which <c>make test</c>, the fuzzer and the test-suite runner set.
    /// </summary>
    public static bool VerifyAfterPasses { get; set; } = Environment.GetEnvironmentVariable("ZISK_LLC_VERIFY_EACH") == "1";

    void VerifyAfter(string when)
    {
        if (VerifyAfterPasses) Verify(when);
    }

    /// <summary>Runs <see cref="LoweringPipeline.Passes"/> (and verifies the result with <see cref="VerifyAfterPasses"/>).</summary>
    public void RunLoweringPipeline()
    {
        RunPasses(LoweringPipeline.Passes);
        VerifyAfter(" after the lowering pipeline");
    }

    /// <summary>
    /// Runs the direct route's IR pipeline: <see cref="ZiskPipeline.Passes"/> for
    /// <see cref="ZiskPipeline.Name"/>, nothing for <see cref="ZiskPipeline.None"/>, any other text as
    /// a pipeline of its own (opt's syntax); then verifies with <see cref="VerifyAfterPasses"/>. Run before the lowering pipeline.
    /// <paramref name="wholeProgramPreserving"/>, given for a whole program (not for a runtime module
    /// linked later), makes <see cref="ZiskPipeline.Name"/> first internalize every definition it
    /// does not name (<see cref="Internalize"/>).
    /// </summary>
    public void RunZiskPipeline(string pipeline, Func<string, bool>? wholeProgramPreserving = null)
    {
        if (pipeline == ZiskPipeline.None) return;
        SetZiskOptions();
        if (pipeline == ZiskPipeline.Name)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            bool timing = Environment.GetEnvironmentVariable("ZISK_LLC_TIMING") == "1";
            void Mark(string what) { if (timing) Console.Error.WriteLine($"  {what}: {sw.Elapsed.TotalMilliseconds:F1} ms"); sw.Restart(); }
            if (wholeProgramPreserving is not null) Internalize.Run(Module, wholeProgramPreserving);
            Mark("internalize");
            // ZISK_LLC_INLINE_PASSES / ZISK_LLC_LOOP_PASSES replace the two halves (for tuning experiments).
            RunPasses(Environment.GetEnvironmentVariable("ZISK_LLC_INLINE_PASSES") ?? ZiskPipeline.InlinePasses);
            Mark("inline passes");
            LoopHints.DisableRuntimeUnrollAroundCalls(context, Module);
            Mark("loop hints");
            if (Environment.GetEnvironmentVariable("ZISK_LLC_LOOP_PASSES") is { } loopPasses) RunPasses(loopPasses);
            else
            {
                // ZISK_LLC_LICM_PASSES replaces the passes before unrolling (for tuning experiments).
                RunPasses(Environment.GetEnvironmentVariable("ZISK_LLC_LICM_PASSES") ?? ZiskPipeline.LicmPasses);
                Mark("licm");
                int limit = int.TryParse(Environment.GetEnvironmentVariable("ZISK_LLC_UNROLL_BODY_LIMIT"), out var l) ? l : ZiskPipeline.UnrollBodyLimit;
                // ZISK_LLC_UNROLL_PASS replaces the unroll pass (for tuning experiments); timing shows each round.
                var up = Environment.GetEnvironmentVariable("ZISK_LLC_UNROLL_PASS") ?? ZiskPipeline.UnrollPass;
                int rounds = UnrollRounds.Run(context, Module, limit, fs =>
                {
                    var rw = System.Diagnostics.Stopwatch.StartNew();
                    if (fs is null) RunPasses($"function({up})");
                    else foreach (var f in fs) RunPassesOnFunction(f, up);
                    if (timing) Console.Error.WriteLine($"    round: {rw.Elapsed.TotalMilliseconds:F1} ms ({(fs is null ? "the module" : fs.Count + " functions")})");
                });
                Mark($"unroll ({rounds} rounds)");
                // ZISK_LLC_REOFFER=0 skips the last unrolling chance, ZISK_LLC_FULL_UNROLL_PASS replaces its pass (for tuning experiments).
                if (Environment.GetEnvironmentVariable("ZISK_LLC_REOFFER") != "0")
                {
                    var fullUnroll = Environment.GetEnvironmentVariable("ZISK_LLC_FULL_UNROLL_PASS") ?? ZiskPipeline.FullUnrollPass;
                    int again = UnrollRounds.Reoffer(context, Module, limit, fs => { foreach (var f in fs) RunPassesOnFunction(f, fullUnroll); });
                    Mark($"unroll re-offered ({again} functions)");
                }
                // ZISK_LLC_DUMP_UNROLLED names a bitcode file to write the module to as unrolling left it (for tuning experiments).
                if (Environment.GetEnvironmentVariable("ZISK_LLC_DUMP_UNROLLED") is { Length: > 0 } dump) WriteBitcode(dump);
                // ZISK_LLC_CLEANUP_PASSES replaces the clean-up (for tuning experiments); ';' separates pipelines run, and timed, one after another.
                if (Environment.GetEnvironmentVariable("ZISK_LLC_CLEANUP_PASSES") is { } cleanup)
                    foreach (var part in cleanup.Split(';', StringSplitOptions.RemoveEmptyEntries)) { RunPasses(part); Mark(part); }
                else RunPasses(ZiskPipeline.CleanupPasses);
            }
            Mark("loop passes");
            VerifyAfter(" after the IR pipeline");
            Mark("verify");
            return;
        }
        RunPasses(pipeline);
        VerifyAfter(" after the IR pipeline");
    }

    static readonly object optionsLock = new();
    static bool optionsSet;

    /// <summary>Sets <see cref="ZiskPipeline.Options"/> once per process: LLVM's command-line options are
    /// global, and parsing one twice is an error that exits the process.</summary>
    static void SetZiskOptions()
    {
        lock (optionsLock)
        {
            if (optionsSet) return;
            optionsSet = true;
            var args = new List<byte[]> { NativeText.Utf8z("zisk-llc") };
            // ZISK_LLC_IR_OPTIONS="-opt=v …" replaces the thresholds (for tuning experiments).
            var custom = Environment.GetEnvironmentVariable("ZISK_LLC_IR_OPTIONS");
            var options = custom is null ? ZiskPipeline.Options : custom.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            args.AddRange(options.Select(NativeText.Utf8z));
            var handles = args.Select(a => GCHandle.Alloc(a, GCHandleType.Pinned)).ToArray();
            try
            {
                var argv = stackalloc byte*[handles.Length];
                for (int k = 0; k < handles.Length; k++) argv[k] = (byte*)handles[k].AddrOfPinnedObject();
                var overview = NativeText.Utf8z("");
                fixed (byte* ov = overview) LlvmNative.LLVMParseCommandLineOptions(handles.Length, argv, ov);
            }
            finally { foreach (var h in handles) h.Free(); }
        }
    }

    /// <summary>
    /// Runs a new-pass-manager pipeline (opt's <c>-passes=</c> syntax) over the module with the
    /// rv64ima target machine; throws <see cref="UserError"/> with LLVM's message if it is rejected.
    /// </summary>
    public void RunPasses(string pipeline) => Run(pipeline, null, pp => LlvmNative.LLVMRunPasses(module, pp, targetMachine, passOptions));

    /// <summary>Runs a function pass pipeline (opt's syntax inside <c>function(…)</c>) over one function, as <see cref="RunPasses"/> does over the module.</summary>
    public void RunPassesOnFunction(IrFunction f, string pipeline) =>
        Run(pipeline, f.Name, pp => LlvmNative.LLVMRunPassesOnFunction(f.Handle, pp, targetMachine, passOptions));

    delegate nint PassRunner(byte* passes);

    /// <summary>Both entry points: the target machine and options made once, the fatal-error activity named, LLVM's error a <see cref="UserError"/>.</summary>
    void Run(string pipeline, string? function, PassRunner run)
    {
        ObjectDisposedException.ThrowIf(context == 0, this);
        EnsureTargetMachine();
        if (passOptions == 0) passOptions = LlvmNative.LLVMCreatePassBuilderOptions();
        var p = NativeText.Utf8z(pipeline);
        var on = function is null ? "" : $" on {function}";
        nint err;
        FatalErrors.Activity = function is null ? $"running the passes '{pipeline}' on {InputsLabel}" : $"running the passes '{pipeline}' on {function} of {InputsLabel}";
        fixed (byte* pp = p) err = run(pp);
        FatalErrors.Activity = null;
        // The LLVMErrorRef is consumed by LLVMGetErrorMessage (inside TakeError).
        if (NativeText.TakeError(err) is { } msg)
            throw new UserError($"{InputsLabel}: LLVM pass pipeline '{pipeline}' failed{on}: {msg}");
    }

    /// <summary>The RISC-V target machine (rv64ima, static, medium code model), or none with a warning if the library lacks the RISC-V target.</summary>
    void EnsureTargetMachine()
    {
        if (targetMachineTried) return;
        targetMachineTried = true;
        var triple = NativeText.Utf8z(LoweringPipeline.TargetTriple);
        var cpu = NativeText.Utf8z(LoweringPipeline.TargetCpu);
        var features = NativeText.Utf8z(LoweringPipeline.TargetFeatures);
        fixed (byte* t = triple)
        fixed (byte* c = cpu)
        fixed (byte* f = features)
        {
            nint target;
            byte* msg = null;
            if (LlvmNative.LLVMGetTargetFromTriple(t, &target, &msg) != 0)
            {
                AddWarning($"this libLLVM has no RISC-V target ({NativeText.TakeMessage(msg)}); the lowering pipeline runs without a target machine");
                return;
            }
            NativeText.TakeMessage(msg);
            // LLVMCodeGenLevelDefault = 2, LLVMRelocStatic = 1, LLVMCodeModelMedium = 5 (TargetMachine.h).
            targetMachine = LlvmNative.LLVMCreateTargetMachine(target, t, c, f, 2, 1, 5);
        }
    }

    [UnmanagedCallersOnly]
    static void OnDiagnostic(nint info, nint selfHandle)
    {
        try
        {
            var s = (LlvmSession)GCHandle.FromIntPtr(selfHandle).Target!;
            var sev = (IrDiagnosticSeverity)Math.Clamp(LlvmNative.LLVMGetDiagInfoSeverity(info), 0, 3);
            // LLVMGetDiagInfoDescription returns a new string: dispose with LLVMDisposeMessage.
            var text = NativeText.TakeMessage(LlvmNative.LLVMGetDiagInfoDescription(info));
            s.diagnostics.Add(new IrDiagnostic(sev, text.Trim()));
        }
        catch
        {
            // An exception must not escape into LLVM's C++ frames; losing one diagnostic is the lesser evil.
        }
    }

    /// <summary>Releases the module, target machine, pass options and context (in that order: a module must die before its context).</summary>
    public void Dispose()
    {
        if (context == 0) return;
        if (module != 0) LlvmNative.LLVMDisposeModule(module);
        if (targetMachine != 0) LlvmNative.LLVMDisposeTargetMachine(targetMachine);
        if (passOptions != 0) LlvmNative.LLVMDisposePassBuilderOptions(passOptions);
        LlvmNative.LLVMContextDispose(context);
        if (self.IsAllocated) self.Free();
        module = targetMachine = passOptions = context = 0;
    }

    /// <summary>
    /// LLVM's parser message is "BUFFER:LINE:COL: error: TEXT" (text IR) or "BUFFER: error: TEXT"
    /// (bitcode), BUFFER being the path we named the buffer; rewritten as "PATH:LINE:COL: invalid KIND: TEXT".
    /// </summary>
    internal static string ParseErrorMessage(string path, string kind, string detail)
    {
        if (detail.StartsWith(path + ":", StringComparison.Ordinal)) detail = detail[(path.Length + 1)..].TrimStart();
        var m = System.Text.RegularExpressions.Regex.Match(detail, @"^(\d+:\d+): (?:error: )?(.*)$");
        if (m.Success) return $"{path}:{m.Groups[1].Value}: invalid {kind}: {m.Groups[2].Value}";
        if (detail.StartsWith("error: ", StringComparison.Ordinal)) detail = detail["error: ".Length..];
        return $"{path}: invalid {kind}: {detail}";
    }

    static string? FirstLine(string s)
    {
        var t = s.Trim();
        if (t.Length == 0) return null;
        int nl = t.IndexOf('\n');
        return nl < 0 ? t : t[..nl].TrimEnd();
    }

    /// <summary>Verifier output is several lines (message, offending instruction); keep it on one line.</summary>
    static string Collapse(string s) => string.Join(" | ", s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
