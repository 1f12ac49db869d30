using System.CommandLine;
using System.Text.Json.Nodes;
using ZiskLlc.Codegen;
using ZiskLlc.Emulator;
using ZiskLlc.Emulator.Reporting;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;
using ZiskLlc.Riscv;
using ZiskLlc.Rom;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Cli.Commands;

/// <summary>
/// `zisk-llc compare IN.bc [more] [-i FILE] [--json]`: both routes from the same IR — the classic
/// route (build-elf, then riscv2zisk's transpilation, no soft-float library on either side so the
/// boot accounting is the same) and the direct route — run on the emulator with statistics; fails
/// (exit 1, saying what) unless stdout, the 64 output words and the end state are identical; prints
/// steps and every cost line side by side with the direct/classic ratio. The direct route is built
/// twice: as users get it (with the IR pipeline, <see cref="ZiskPipeline"/>) and by the backend alone
/// (<c>--ir-pipeline none</c>), so that what the backend earns and what the IR passes earn are told
/// apart (the classic route runs no IR passes of its own).
/// </summary>
public sealed class CompareCommand : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "LLVM IR files (.bc or .ll); several are linked into one program", Arity = ArgumentArity.OneOrMore };
        var input = new Option<string?>("--input", "-i") { Description = "raw input file placed at 0x40000008 (size a multiple of 8)" };
        var json = new Option<bool>("--json") { Description = "print {\"classic\": …, \"direct\": …, \"outputs_match\": …}" };
        var maxSteps = new Option<ulong?>("--max-steps", "-n") { Description = "step limit for each run" };
        var pipeline = PipelineOption.Create();
        var cmd = new Command("compare", "Build the same IR through both routes, check the results are identical and compare steps and cost");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(input);
        cmd.Options.Add(json);
        cmd.Options.Add(maxSteps);
        cmd.Options.Add(pipeline);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var files = r.GetValue(inputs)!;
            var bytes = r.GetValue(input) is { } ip ? EmulatorInput.FromFile(ip) : [];
            var opts = new EmulatorOptions { Input = bytes, Statistics = true, MaxSteps = r.GetValue(maxSteps) ?? MemoryMap.DefaultMaxSteps };
            var c = Comparison.Run(files, opts, r.GetValue(pipeline)!);
            if (r.GetValue(json))
            {
                var j = new JsonObject
                {
                    ["classic"] = JsonNode.Parse(RunReport.Json(c.Classic)),
                    ["direct"] = JsonNode.Parse(RunReport.Json(c.Direct)),
                    ["direct_backend_only"] = c.Backend is { } b ? JsonNode.Parse(RunReport.Json(b)) : null,
                    ["outputs_match"] = c.Match,
                };
                o.WriteLine(j.ToJsonString());
            }
            else o.Write(c.Table());
            if (c.Match) return 0;
            r.InvocationConfiguration.Error.WriteLine($"zisk-llc: error: the routes disagree: {c.Difference}");
            return 1;
        });
        return cmd;
    }
}

/// <summary>Both routes of one program, run and compared (used by `compare`, the benchmark and tests).
/// <see cref="Backend"/> is the direct route without IR passes (null when <see cref="Direct"/> already is).</summary>
public sealed record Comparison(RunResult Classic, RunResult Direct, ZiskProgram ClassicRom, ZiskProgram DirectRom,
    RunResult? Backend = null, ZiskProgram? BackendRom = null)
{
    public static Comparison Run(IReadOnlyList<string> inputs, EmulatorOptions options, string pipeline = ZiskPipeline.Name)
    {
        var direct = DirectRoute.Compile(inputs, new CompileOptions(), pipeline).Program;
        var backend = pipeline == ZiskPipeline.None ? null : DirectRoute.Compile(inputs, new CompileOptions(), ZiskPipeline.None).Program;
        var tmp = Directory.CreateTempSubdirectory("zisk-llc-compare-");
        ZiskProgram classic;
        try
        {
            var elf = Path.Combine(tmp.FullName, "classic.elf");
            ElfBuilder.Build(inputs, elf);
            classic = ElfTranspiler.Transpile(elf, new TranspileOptions());
        }
        finally { tmp.Delete(recursive: true); }
        return new Comparison(ZiskEmulator.Run(classic, options), ZiskEmulator.Run(direct, options), classic, direct,
            backend is null ? null : ZiskEmulator.Run(backend, options), backend);
    }

    public bool Match => Difference is null;

    /// <summary>What differs (stdout, output words, end state), or null.</summary>
    public string? Difference => Differ(Direct, "direct") ?? (Backend is { } b ? Differ(b, "direct (backend only)") : null);

    string? Differ(RunResult d, string name)
    {
        if (Classic.EndedOk != d.EndedOk || Classic.End != d.End)
            return $"end state: classic {Describe(Classic)}, {name} {Describe(d)}";
        if (!Classic.Stdout.AsSpan().SequenceEqual(d.Stdout))
            return $"stdout: classic {Classic.Stdout.Length} bytes, {name} {d.Stdout.Length} bytes, first difference at byte {FirstDiff(Classic.Stdout, d.Stdout)}";
        for (int k = 0; k < Classic.Outputs.Length; k++)
            if (Classic.Outputs[k] != d.Outputs[k])
                return $"output word {k}: classic 0x{Classic.Outputs[k]:x8}, {name} 0x{d.Outputs[k]:x8}";
        return null;
    }

    static string Describe(RunResult r) => r.EndedOk ? "ended normally" : $"{r.End} ({r.Message})";

    static int FirstDiff(byte[] a, byte[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int k = 0; k < n; k++) if (a[k] != b[k]) return k;
        return n;
    }

    public string Table()
    {
        var runs = Backend is null ? new[] { (Direct, DirectRom) } : new[] { (Direct, DirectRom), (Backend, BackendRom!) };
        var rows = new List<(string, ulong[])> { ("steps", [Classic.Steps, .. runs.Select(x => x.Item1.Steps)]) };
        if (Classic.Costs is { } a && runs.All(x => x.Item1.Costs is not null))
        {
            var cs = runs.Select(x => x.Item1.Costs!).ToArray();
            rows.Add(("total cost", [a.TotalCost, .. cs.Select(b => b.TotalCost)]));
            rows.Add(("variable cost (total - base)", [a.TotalCost - a.BaseCost, .. cs.Select(b => b.TotalCost - b.BaseCost)]));
            rows.Add(("main (68 x steps)", [a.MainCost, .. cs.Select(b => b.MainCost)]));
            rows.Add(("opcodes", [a.OpcodesCost, .. cs.Select(b => b.OpcodesCost)]));
            rows.Add(("precompiles", [a.PrecompiledCost, .. cs.Select(b => b.PrecompiledCost)]));
            rows.Add(("memory", [a.MemoryCost, .. cs.Select(b => b.MemoryCost)]));
            rows.Add(("ROM instructions", [(ulong)ClassicRom.Instructions.Count, .. runs.Select(x => (ulong)x.Item2.Instructions.Count)]));
        }
        static string Ratio(ulong x, ulong y) => x == 0 ? "-" : ((double)y / x).ToString("0.000");
        var sw = new StringWriter();
        sw.Write($"{"",-30} {"classic",16} {"direct",16} {"direct/classic",15}");
        sw.WriteLine(Backend is null ? "" : $" {"backend only",16} {"ratio",7}");
        foreach (var (name, v) in rows)
        {
            sw.Write($"{name,-30} {v[0],16:N0} {v[1],16:N0} {Ratio(v[0], v[1]),15}");
            sw.WriteLine(v.Length > 2 ? $" {v[2],16:N0} {Ratio(v[0], v[2]),7}" : "");
        }
        if (Backend is not null)
            sw.WriteLine("direct: with the IR pipeline (inlining, unrolling: --ir-pipeline zisk); backend only: the same IR as the classic route (--ir-pipeline none)");
        sw.WriteLine(Match ? "results: identical (stdout, 64 output words, end state)" : $"results: DIFFER — {Difference}");
        return sw.ToString();
    }
}
