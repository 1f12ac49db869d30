using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using ZiskLlc.Cli;
using ZiskLlc.Riscv;
using ZiskLlc.Rom;
using ZiskLlc.TestSupport;

namespace ZiskLlc.FuzzReaders;

/// <summary>The kinds of file the fuzzer mutates.</summary>
public enum SeedKind { Elf, Zrom, Asm, Input }

/// <summary>A seed: a valid file, and where its structural fields are.</summary>
public sealed record FuzzSeed(string Name, SeedKind Kind, byte[] Bytes, IReadOnlyList<Field> Fields, IReadOnlyList<(int Offset, int Length)> Code);

/// <summary>One invocation that broke the rules: an internal error, a hang, a crash, or a badly shaped error.</summary>
public sealed record FuzzFailure(int Iteration, string Kind, string Seed, string Mutations, string Command, string Problem)
{
    /// <summary>The tag of failures raised inside the emulator (src/ZiskLlc.Emulator) while a program runs,
    /// not in a reader: so far all from its memory code (MachineMemory's RAM bounds, whose fix is separate
    /// work of issue 9), e.g. a DMA block above RAM. Counted and listed apart from the readers' failures.</summary>
    public const string EmulatorMemoryTag = "[emulator memory] ";

    /// <summary>True for a failure inside the emulator.</summary>
    public bool InEmulatorMemory => Problem.StartsWith(EmulatorMemoryTag, StringComparison.Ordinal);
}

/// <summary>What one iteration did: the kind of file, each invocation's command kind and exit code
/// (-1 for a hang or an escaped exception), and its failures.</summary>
public sealed record IterationResult(int Iteration, SeedKind Kind, List<(string What, int Rc)> Invocations, List<FuzzFailure> Failures);

/// <summary>What a fuzzing run did.</summary>
public sealed class FuzzSummary
{
    /// <summary>Adds one iteration's figures.</summary>
    public void Add(IterationResult r)
    {
        Files.AddOrUpdate(r.Kind, 1, (_, n) => n + 1);
        foreach (var (what, rc) in r.Invocations)
            Invocations.AddOrUpdate(what, (1, rc == 0 ? 1 : 0, rc == 1 ? 1 : 0), (_, v) => (v.Runs + 1, v.Ok + (rc == 0 ? 1 : 0), v.UserErrors + (rc == 1 ? 1 : 0)));
        foreach (var f in r.Failures) Failures.Add(f);
    }

    /// <summary>Mutated files per kind.</summary>
    public ConcurrentDictionary<SeedKind, int> Files { get; } = new();
    /// <summary>Invocations per "command kind" (e.g. "run elf"), with how many ended 0 / 1.</summary>
    public ConcurrentDictionary<string, (int Runs, int Ok, int UserErrors)> Invocations { get; } = new();
    /// <summary>Every broken rule.</summary>
    public ConcurrentBag<FuzzFailure> Failures { get; } = [];
    /// <summary>The failures outside the emulator's memory code.</summary>
    public IEnumerable<FuzzFailure> ReaderFailures => Failures.Where(f => !f.InEmulatorMemory);

    /// <summary>The summary as text, one line per count and per failure (at most 40 failures shown).</summary>
    public string Text(TimeSpan elapsed)
    {
        var s = new StringBuilder();
        s.AppendLine($"fuzz-readers: {Files.Values.Sum()} mutated files in {elapsed.TotalSeconds:F0} s: " +
            string.Join(", ", Files.OrderBy(k => k.Key).Select(k => $"{k.Value} {k.Key.ToString().ToLowerInvariant()}")));
        foreach (var (k, v) in Invocations.OrderBy(k => k.Key, StringComparer.Ordinal))
            s.AppendLine($"  {k,-18} {v.Runs,7} invocations: {v.Ok,7} exit 0, {v.UserErrors,7} user errors");
        s.AppendLine($"  reader failures (internal errors, hangs, crashes, badly shaped errors): {ReaderFailures.Count()}");
        s.AppendLine($"  emulator failures (run-time memory, fixed separately): {Failures.Count(f => f.InEmulatorMemory)}");
        foreach (var f in ReaderFailures.OrderBy(f => f.Iteration).Take(40).Concat(Failures.Where(f => f.InEmulatorMemory).OrderBy(f => f.Iteration).Take(10)))
            s.AppendLine($"  #{f.Iteration} {f.Kind} {f.Seed} [{f.Mutations}] `{f.Command}`: {f.Problem}");
        return s.ToString();
    }
}

/// <summary>
/// Mutation fuzzing of every reader through the real command line (issue 9, part 4): mutated ELF
/// files through `transpile`, `run -n`, `validate`, `disasm`; mutated .zrom files through `run -n`,
/// `validate`, `disasm`; mutated assembly through `asm` (and the ROMs it writes with --no-validate
/// through `run -n` and `disasm`); mutated input files through `run -i`. Every invocation must end
/// with exit code 0, or 1 with its message ending in one `zisk-llc: error: …` line (a failing
/// `validate` prints its violations instead), with no stack trace, no internal error (exit 70), no
/// hang, and no output file left by a failed command. Iteration i uses its own Random(seed, i), so
/// any failure replays alone. Used by <c>ReaderFuzzTests</c> (a few thousand, in CI) and by
/// tools/fuzz-readers (`make fuzz-readers N=100000`).
/// </summary>
public sealed class ReaderFuzzer
{
    readonly List<FuzzSeed> seeds;
    readonly List<string> asmLines;
    readonly string workDir;
    readonly int seed;
    readonly ulong maxSteps;
    readonly TimeSpan timeout;
    readonly string? floatLib;
    readonly string? saveDir;
    readonly string inputProgram;

    /// <summary>True once a command did not finish in time (its thread is still running).</summary>
    public bool HangSeen { get; private set; }

    /// <summary>Loads the seeds from ../shared and examples/; <paramref name="saveDir"/> keeps failing files.</summary>
    public ReaderFuzzer(string workDir, int seed, ulong maxSteps = 3000, TimeSpan? timeout = null, string? saveDir = null, bool smallSeedsOnly = false)
    {
        this.workDir = workDir;
        this.seed = seed;
        this.maxSteps = maxSteps;
        this.timeout = timeout ?? TimeSpan.FromSeconds(30);
        this.saveDir = saveDir;
        floatLib = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf");
        seeds = LoadSeeds(smallSeedsOnly);
        asmLines = seeds.Where(s => s.Kind == SeedKind.Asm).SelectMany(s => Encoding.UTF8.GetString(s.Bytes).Split('\n')).ToList();
        inputProgram = TestPaths.SharedFile("zisk-micro", "input.elf");
    }

    /// <summary>How many seeds of each kind.</summary>
    public string SeedCounts => string.Join(", ", seeds.GroupBy(s => s.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));

    static List<FuzzSeed> LoadSeeds(bool small)
    {
        var list = new List<FuzzSeed>();
        var elfs = Directory.GetFiles(TestPaths.SharedFile("zisk-micro"), "*.elf")
            .Concat(Directory.GetFiles(TestPaths.SharedFile("corpus-elfs"), "*.elf"))
            .Order(StringComparer.Ordinal).Where(p => !small || new FileInfo(p).Length <= 24_000);
        foreach (var p in elfs)
        {
            var b = File.ReadAllBytes(p);
            list.Add(new FuzzSeed(Path.GetFileName(p), SeedKind.Elf, b, SeedFields.Elf(b, out var code), code));
        }
        var asm = Directory.GetFiles(TestPaths.SharedFile("zisk-rom-micro"), "*.zasm")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "examples"), "*.zasm")).Order(StringComparer.Ordinal);
        foreach (var p in asm)
        {
            var b = File.ReadAllBytes(p);
            list.Add(new FuzzSeed(Path.GetFileName(p), SeedKind.Asm, b, [], []));
            var rom = ZromFile.ToBytes(ProgramAssembler.Parse(Encoding.UTF8.GetString(b), p));
            list.Add(new FuzzSeed(Path.ChangeExtension(Path.GetFileName(p), ".zrom"), SeedKind.Zrom, rom, SeedFields.Zrom(rom), []));
        }
        foreach (var name in new[] { "alu_reg", "branches", "uart", "sections", "keccak", "dma" })
        {
            var rom = ZromFile.ToBytes(ElfTranspiler.Transpile(TestPaths.SharedFile("zisk-micro", name + ".elf"), new TranspileOptions()));
            list.Add(new FuzzSeed(name + ".zrom", SeedKind.Zrom, rom, SeedFields.Zrom(rom), []));
        }
        var input = File.ReadAllBytes(TestPaths.SharedFile("zisk-micro", "input.input.bin"));
        list.Add(new FuzzSeed("input.input.bin", SeedKind.Input, input, [new(0, 8, "length")], []));
        return list;
    }

    /// <summary>Iteration i's mutated file, and its random source (which goes on choosing options).</summary>
    public sealed record Mutant(int Iteration, SeedKind Kind, string Seed, string Mutations, byte[] Data, Random Random);

    /// <summary>Makes iteration i's mutated file.</summary>
    public Mutant Prepare(int i)
    {
        var r = new Random(unchecked(seed * 1_000_003 + i));
        int pick = r.Next(100);
        var kind = pick < 40 ? SeedKind.Elf : pick < 65 ? SeedKind.Zrom : pick < 90 ? SeedKind.Asm : SeedKind.Input;
        var candidates = seeds.Where(s => s.Kind == kind).ToList();
        var s = candidates[r.Next(candidates.Count)];
        var log = new StringBuilder();
        byte[] data = s.Bytes;
        int rounds = 1 + (r.Next(3) == 0 ? r.Next(4) : 0);
        for (int k = 0; k < rounds; k++)
        {
            data = kind switch
            {
                SeedKind.Asm => Mutator.MutateAsm(r, Encoding.UTF8.GetString(data), asmLines, log),
                SeedKind.Input => MutateInput(r, data, log),
                _ => Mutator.MutateBinary(r, data, k == 0 ? s.Fields : [], k == 0 ? s.Code : [], log),
            };
        }
        return new Mutant(i, kind, s.Name, log.ToString(), data, r);
    }

    /// <summary>One mutated file through its commands.</summary>
    public IterationResult Iteration(int i) => Execute(Prepare(i));

    /// <summary>Runs a mutated file through its commands.</summary>
    public IterationResult Execute(Mutant m)
    {
        var (i, kind, data, r) = (m.Iteration, m.Kind, m.Data, m.Random);
        var log = new StringBuilder(m.Mutations);
        var result = new IterationResult(i, kind, [], []);

        string dir = Path.Combine(workDir, $"i{i}");
        Directory.CreateDirectory(dir);
        try
        {
            var ctx = new Ctx(i, kind, m.Seed, m.Mutations, data, result);
            string n = maxSteps.ToString();
            switch (kind)
            {
                case SeedKind.Elf:
                {
                    var f = Put(dir, "m.elf", data);
                    var lib = r.Next(16) == 0 ? new[] { "--float-lib", floatLib! } : [];
                    Check(ctx, "transpile elf", ["transpile", f, "-o", Path.Combine(dir, "o.zrom"), .. lib], Path.Combine(dir, "o.zrom"));
                    Check(ctx, "run elf", ["run", f, "-n", n, .. lib]);
                    Check(ctx, "validate elf", ["validate", f, .. lib]);
                    Check(ctx, "disasm elf", ["disasm", f]);
                    break;
                }
                case SeedKind.Zrom:
                {
                    var f = Put(dir, "m.zrom", data);
                    Check(ctx, "run zrom", ["run", f, "-n", n]);
                    Check(ctx, "validate zrom", ["validate", f]);
                    Check(ctx, "disasm zrom", ["disasm", f]);
                    break;
                }
                case SeedKind.Asm:
                {
                    var f = Put(dir, "m.zasm", data);
                    Check(ctx, "asm", ["asm", f, "-o", Path.Combine(dir, "v.zrom")], Path.Combine(dir, "v.zrom"));
                    var rom = Path.Combine(dir, "nv.zrom");
                    if (Check(ctx, "asm --no-validate", ["asm", f, "--no-validate", "-o", rom], rom) == 0)
                    {
                        Check(ctx, "run asm-rom", ["run", rom, "-n", n]);
                        Check(ctx, "disasm asm-rom", ["disasm", rom]);
                    }
                    break;
                }
                default:
                {
                    var f = Path.Combine(dir, "in.bin");
                    File.WriteAllBytes(f, data);
                    if (r.Next(400) == 0) { using var big = File.OpenWrite(f); big.SetLength(128L << 20); log.Append("sparse-128MiB;"); }
                    Check(ctx with { Mutations = log.ToString() }, "run -i", ["run", inputProgram, "-i", f, "-n", (maxSteps * 4).ToString()]);
                    break;
                }
            }
        }
        finally { try { Directory.Delete(dir, true); } catch (IOException) { } }
        return result;
    }

    static byte[] MutateInput(Random r, byte[] data, StringBuilder log)
    {
        if (r.Next(3) == 0)
        {
            int len = r.Next(5) == 0 ? r.Next(24) : 8 * r.Next(64) + (r.Next(2) == 0 ? 0 : r.Next(8));
            var d = new byte[len];
            r.NextBytes(d);
            if (len >= 8 && r.Next(2) == 0) BitConverter.TryWriteBytes(d, (ulong)r.Next(len));
            log.Append($"random{len};");
            return d;
        }
        return r.Next(2) == 0 ? Mutator.SetField(r, data, new Field(0, 8, "length"), log) : Mutator.MutateBytes(r, data, log);
    }

    static string Put(string dir, string name, byte[] data)
    {
        var p = Path.Combine(dir, name);
        File.WriteAllBytes(p, data);
        return p;
    }

    sealed record Ctx(int Iteration, SeedKind Kind, string Seed, string Mutations, byte[] Data, IterationResult Result);

    static readonly Regex StackFrame = new(@"^\s+at \S+\(", RegexOptions.Multiline | RegexOptions.Compiled);

    /// <summary>Runs one command with a watchdog and checks the rules; returns its exit code (-1 for a hang).</summary>
    int Check(Ctx ctx, string what, string[] args, string? outputFile = null)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var task = Task.Factory.StartNew(() => CliHost.Run(args, o, e), TaskCreationOptions.LongRunning);
        int rc;
        string? problem = null;
        try
        {
            if (!task.Wait(timeout)) { HangSeen = true; Fail(ctx, what, args, $"hang: no result after {timeout.TotalSeconds:F0} s"); ctx.Result.Invocations.Add((what, -1)); return -1; }
            rc = task.Result;
        }
        catch (AggregateException ex)
        {
            Fail(ctx, what, args, $"unhandled {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
            ctx.Result.Invocations.Add((what, -1));
            return -1;
        }
        string stderr = e.ToString(), stdout = o.ToString();
        var lastErr = stderr.TrimEnd().Split('\n')[^1];
        if (rc == 70 || stderr.Contains("internal error", StringComparison.Ordinal))
            problem = (InMachineMemory(stderr) ? FuzzFailure.EmulatorMemoryTag : "") + $"internal error: {FirstLine(stderr)} {TopFrame(stderr)}";
        else if (rc is not (0 or 1)) problem = $"exit code {rc}: {lastErr}";
        else if (StackFrame.IsMatch(stderr)) problem = "stack trace on stderr";
        else if (rc == 1 && args[0] == "validate" && stderr.Length == 0 && stdout.Contains(": invalid: ", StringComparison.Ordinal)) { }
        else if (rc == 1 && !lastErr.StartsWith("zisk-llc: error: ", StringComparison.Ordinal)
                 && !(args[0] == "validate" && stdout.Contains(": invalid: ", StringComparison.Ordinal)))
            problem = $"exit 1 without a `zisk-llc: error:` line: '{Trunc(lastErr)}'";
        else if (rc != 0 && outputFile is not null && File.Exists(outputFile)) problem = "failed but left its output file";
        else if (rc == 1 && stderr.Split('\n').Count(l => l.StartsWith("zisk-llc: error: ", StringComparison.Ordinal)) != 1)
            problem = "more than one `zisk-llc: error:` line";
        if (problem is not null) Fail(ctx, what, args, problem);
        ctx.Result.Invocations.Add((what, rc));
        return rc;
    }


    /// <summary>Keeps a failing file in the save folder (when one was given).</summary>
    public void Save(int iteration, SeedKind kind, string what, byte[] data)
    {
        if (saveDir is null) return;
        Directory.CreateDirectory(saveDir);
        File.WriteAllBytes(Path.Combine(saveDir, $"{iteration}-{kind.ToString().ToLowerInvariant()}-{what.Replace(' ', '_')}.bin"), data);
    }

    void Fail(Ctx ctx, string what, string[] args, string problem)
    {
        ctx.Result.Failures.Add(new FuzzFailure(ctx.Iteration, ctx.Kind.ToString().ToLowerInvariant(), ctx.Seed, ctx.Mutations,
            string.Join(' ', args.Select(a => a.StartsWith(workDir, StringComparison.Ordinal) ? Path.GetFileName(a) : a)), Trunc(problem)));
        Save(ctx.Iteration, ctx.Kind, what, ctx.Data);
    }

    /// <summary>True when the first frame of our own code in a stack trace is in the emulator (its memory
    /// code, or the DMA and precompile code that uses the memory's spans).</summary>
    public static bool InMachineMemory(string trace) =>
        Regex.Match(trace, @"at (ZiskLlc\.[\w.]+)") is { Success: true } m && m.Groups[1].Value.StartsWith("ZiskLlc.Emulator.", StringComparison.Ordinal);

    static string FirstLine(string s) => s.TrimStart().Split('\n')[0].Trim();
    static string TopFrame(string s) => Regex.Match(s, @"at (ZiskLlc\.\S+)") is { Success: true } m ? "at " + m.Groups[1].Value : "";

    static string Trunc(string s)
    {
        s = s.ReplaceLineEndings(" ").Replace('\t', ' ');
        return s.Length <= 300 ? s : s[..300] + "…";
    }
}
