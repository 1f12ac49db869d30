using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZiskLlc.Isa;

namespace ZiskLlc.Llvm.Interop;

/// <summary>
/// Finds and loads libLLVM 22 for <see cref="LlvmNative"/>, once per process: the override
/// <c>ZISK_LLVM_LIB</c> (only that file when set), else Debian's <c>libllvm22</c> paths, else the
/// dynamic loader's search path. Each candidate's <c>LLVMGetVersion</c> must report major 22 (the IR
/// reader needs LLVM 22 syntax; an older libLLVM would reject the corpus). After loading it
/// initialises the RISC-V target (for the lowering pipeline's target machine) and installs the
/// fatal-error handler (<see cref="FatalErrors"/>). A missing library is a <see cref="UserError"/>
/// that says how to install it.
/// </summary>
public static unsafe class LlvmLibrary
{
    /// <summary>The LLVM major version zisk-llc is written against.</summary>
    public const int RequiredMajor = 22;

    /// <summary>The environment variable that names a libLLVM shared library to use instead of the system one.</summary>
    public const string OverrideVariable = "ZISK_LLVM_LIB";

    /// <summary>Where libLLVM 22 is looked for when <see cref="OverrideVariable"/> is not set, in order.</summary>
    public static readonly IReadOnlyList<string> DefaultCandidates =
    [
        "/usr/lib/llvm-22/lib/libLLVM.so.22.1",          // Debian/Ubuntu libllvm22 (apt.llvm.org and Debian proper)
        "libLLVM.so.22.1",                               // anywhere on the loader path (LD_LIBRARY_PATH, ld.so.cache)
        "/usr/lib/x86_64-linux-gnu/libLLVM.so.22.1",
        "/usr/lib/aarch64-linux-gnu/libLLVM.so.22.1",
        "libLLVM-22.so",
        "/opt/homebrew/opt/llvm@22/lib/libLLVM.dylib",
        "/usr/local/opt/llvm@22/lib/libLLVM.dylib",
    ];

    /// <summary>The AppContext switch a build with LLVM linked in sets (ZiskLlc.Cli.csproj, <c>ZiskStaticLlvm</c>).</summary>
    public const string LinkedInSwitch = "ZiskLlc.LlvmLinkedIn";

    /// <summary>What <see cref="LoadedPath"/> says when LLVM is linked into the executable.</summary>
    public const string LinkedInPath = "(linked into zisk-llc)";

    /// <summary>True when LLVM's static libraries are part of this executable.</summary>
    public static bool LinkedIn => AppContext.TryGetSwitch(LinkedInSwitch, out bool on) && on;

    static readonly Lock Gate = new();
    static nint handle;
    static string? loadedPath;
    static (int Major, int Minor, int Patch) loadedVersion;

    /// <summary>The path of the loaded library (null before <see cref="EnsureLoaded"/>).</summary>
    public static string? LoadedPath => loadedPath;

    /// <summary>The version of the loaded library.</summary>
    public static (int Major, int Minor, int Patch) Version { get { EnsureLoaded(); return loadedVersion; } }

    /// <summary>Loads libLLVM 22 if not done yet; throws <see cref="UserError"/> when it cannot be found.</summary>
    public static void EnsureLoaded()
    {
        if (handle != 0) return;
        lock (Gate)
        {
            if (handle != 0) return;
            if (LinkedIn)
            {
                // LLVM's static libraries are part of this executable (make build's Native AOT publish):
                // every LlvmNative call is a direct call, nothing is loaded, ZISK_LLVM_LIB does not apply.
                uint major, minor, patch;
                LlvmNative.LLVMGetVersion(&major, &minor, &patch);
                loadedPath = LinkedInPath;
                loadedVersion = ((int)major, (int)minor, (int)patch);
                handle = -1;
            }
            else
            {
                var (h, path, version) = Locate(Environment.GetEnvironmentVariable(OverrideVariable), DefaultCandidates);
                loadedPath = path;
                loadedVersion = version;
                // Register before the first P/Invoke: the resolver is consulted once per library name.
                NativeLibrary.SetDllImportResolver(typeof(LlvmLibrary).Assembly, Resolve);
                handle = h;
            }
            LlvmNative.LLVMInitializeRISCVTargetInfo();
            LlvmNative.LLVMInitializeRISCVTarget();
            LlvmNative.LLVMInitializeRISCVTargetMC();
            FatalErrors.Install();
        }
    }

    static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LlvmNative.Lib) return 0;
        EnsureLoaded();
        return handle;
    }

    /// <summary>
    /// The resolver's search, separated for tests: with a non-empty <paramref name="overridePath"/>
    /// only that file is tried; otherwise every candidate in order, skipping those that do not load
    /// or are not LLVM <see cref="RequiredMajor"/>. Throws a <see cref="UserError"/> naming what was
    /// tried and how to install libLLVM 22.
    /// </summary>
    internal static (nint Handle, string Path, (int, int, int) Version) Locate(string? overridePath, IReadOnlyList<string> candidates)
    {
        var tried = new List<string>();
        if (!string.IsNullOrEmpty(overridePath))
        {
            if (!File.Exists(overridePath))
                throw new UserError($"{OverrideVariable}={overridePath}: no such file (it must name a libLLVM {RequiredMajor} shared library; unset it to use the system's libllvm{RequiredMajor})");
            if (TryOpen(overridePath, out var h, out var v, out var why)) return (h, overridePath, v);
            throw new UserError($"{OverrideVariable}={overridePath}: {why}");
        }
        foreach (var c in candidates)
        {
            if (TryOpen(c, out var h, out var v, out var why)) return (h, c, v);
            if (why is not null) tried.Add($"{c} ({why})");
        }
        var found = tried.Count > 0 ? $" (found but unusable: {string.Join("; ", tried)})" : "";
        throw new UserError($"libLLVM {RequiredMajor} was not found{found}. Install it with `apt-get install libllvm{RequiredMajor}` " +
                            $"(or `make deps`), or set {OverrideVariable} to a libLLVM {RequiredMajor} shared library.");
    }

    /// <summary>Loads one candidate and checks its version; <paramref name="why"/> is null when the file simply is not there.</summary>
    static bool TryOpen(string path, out nint h, out (int, int, int) version, out string? why)
    {
        version = default;
        why = null;
        if (!NativeLibrary.TryLoad(path, out h))
        {
            if (path.Contains('/') && File.Exists(path)) why = "cannot be loaded as a shared library";
            return false;
        }
        if (!NativeLibrary.TryGetExport(h, "LLVMGetVersion", out var fn))
        {
            why = $"not libLLVM {RequiredMajor} (it does not export LLVMGetVersion: an LLVM older than 16, or not LLVM at all)";
            NativeLibrary.Free(h);
            return false;
        }
        uint major, minor, patch;
        ((delegate* unmanaged<uint*, uint*, uint*, void>)fn)(&major, &minor, &patch);
        version = ((int)major, (int)minor, (int)patch);
        if (major != RequiredMajor)
        {
            why = $"it is LLVM {major}.{minor}.{patch}, zisk-llc needs LLVM {RequiredMajor}";
            NativeLibrary.Free(h);
            return false;
        }
        return true;
    }
}

/// <summary>
/// LLVM's fatal errors (<c>report_fatal_error</c>: e.g. a pass that meets IR it cannot handle). LLVM's
/// default prints "LLVM ERROR: …" and calls exit(1) or abort() — abort would look like a native
/// crash. The installed handler prints one zisk-llc line naming what was being done
/// (<see cref="Activity"/>) and exits the process with code 1 itself: LLVM handlers must not return
/// (LLVM would abort right after), and no managed exception can unwind through LLVM's C++ frames.
/// </summary>
public static unsafe class FatalErrors
{
    static int installed;

    /// <summary>What zisk-llc is doing with LLVM right now (e.g. "running the lowering pipeline on prog.bc"), for the message.</summary>
    public static string? Activity { get; set; }

    internal static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1) return;
        LlvmNative.LLVMInstallFatalErrorHandler(&OnFatalError);
    }

    /// <summary>The one line printed for a fatal error (exposed for tests).</summary>
    public static string FormatMessage(string reason, string? activity) =>
        $"zisk-llc: error: LLVM fatal error{(activity is null ? "" : " while " + activity)}: {reason.Trim()}";

    [UnmanagedCallersOnly]
    static void OnFatalError(byte* reason)
    {
        try
        {
            Console.Out.Flush();
            Console.Error.WriteLine(FormatMessage(NativeText.Borrowed(reason), Activity));
            Console.Error.Flush();
        }
        finally
        {
            // exit(1) is what LLVM itself does after a non-crash fatal error, so static destructors
            // running from here is a path LLVM supports.
            Environment.Exit(1);
        }
    }
}
