using System.CommandLine;
using System.Text.Json.Nodes;
using ZiskLlc.Codegen;
using ZiskLlc.Emulator;
using ZiskLlc.Emulator.Reporting;
using ZiskLlc.Isa;
using ZiskLlc.Riscv;
using ZiskLlc.Rom;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Cli.Commands;

/// <summary>
/// `zisk-llc compare IN.bc [more] [-i FILE] [--json]`: both routes from the same IR — the classic
/// route (build-elf, then riscv2zisk's transpilation, no soft-float library on either side so the
/// boot accounting is the same) and the direct route — run on the emulator with statistics; fails
/// (exit 1, saying what) unless stdout, the 64 output words and the end state are identical; prints
/// steps and every cost line side by side with the direct/classic ratio.
/// </summary>
public sealed class CompareCommand : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "LLVM IR files (.bc or .ll); several are linked into one program", Arity = ArgumentArity.OneOrMore };
        var input = new Option<string?>("--input", "-i") { Description = "raw input file placed at 0x40000008 (size a multiple of 8)" };
        var json = new Option<bool>("--json") { Description = "print {\"classic\": …, \"direct\": …, \"outputs_match\": …}" };
        var maxSteps = new Option<ulong?>("--max-steps", "-n") { Description = "step limit for each run" };
        var cmd = new Command("compare", "Build the same IR through both routes, check the results are identical and compare steps and cost");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(input);
        cmd.Options.Add(json);
        cmd.Options.Add(maxSteps);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var files = r.GetValue(inputs)!;
            var bytes = r.GetValue(input) is { } ip ? EmulatorInput.FromFile(ip) : [];
            var opts = new EmulatorOptions { Input = bytes, Statistics = true, MaxSteps = r.GetValue(maxSteps) ?? MemoryMap.DefaultMaxSteps };
            var c = Comparison.Run(files, opts);
            if (r.GetValue(json))
            {
                var j = new JsonObject
                {
                    ["classic"] = JsonNode.Parse(RunReport.Json(c.Classic)),
                    ["direct"] = JsonNode.Parse(RunReport.Json(c.Direct)),
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

/// <summary>Both routes of one program, run and compared (used by `compare`, the benchmark and tests).</summary>
public sealed record Comparison(RunResult Classic, RunResult Direct, ZiskProgram ClassicRom, ZiskProgram DirectRom)
{
    public static Comparison Run(IReadOnlyList<string> inputs, EmulatorOptions options)
    {
        var direct = DirectRoute.Compile(inputs, new CompileOptions()).Program;
        var tmp = Directory.CreateTempSubdirectory("zisk-llc-compare-");
        ZiskProgram classic;
        try
        {
            var elf = Path.Combine(tmp.FullName, "classic.elf");
            ElfBuilder.Build(inputs, elf);
            classic = ElfTranspiler.Transpile(elf, new TranspileOptions());
        }
        finally { tmp.Delete(recursive: true); }
        return new Comparison(ZiskEmulator.Run(classic, options), ZiskEmulator.Run(direct, options), classic, direct);
    }

    public bool Match => Difference is null;

    /// <summary>What differs (stdout, output words, end state), or null.</summary>
    public string? Difference
    {
        get
        {
            if (Classic.EndedOk != Direct.EndedOk || Classic.End != Direct.End)
                return $"end state: classic {Describe(Classic)}, direct {Describe(Direct)}";
            if (!Classic.Stdout.AsSpan().SequenceEqual(Direct.Stdout))
                return $"stdout: classic {Classic.Stdout.Length} bytes, direct {Direct.Stdout.Length} bytes, first difference at byte {FirstDiff(Classic.Stdout, Direct.Stdout)}";
            for (int k = 0; k < Classic.Outputs.Length; k++)
                if (Classic.Outputs[k] != Direct.Outputs[k])
                    return $"output word {k}: classic 0x{Classic.Outputs[k]:x8}, direct 0x{Direct.Outputs[k]:x8}";
            return null;
        }
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
        var rows = new List<(string, ulong, ulong)> { ("steps", Classic.Steps, Direct.Steps) };
        if (Classic.Costs is { } a && Direct.Costs is { } b)
        {
            rows.Add(("total cost", a.TotalCost, b.TotalCost));
            rows.Add(("variable cost (total - base)", a.TotalCost - a.BaseCost, b.TotalCost - b.BaseCost));
            rows.Add(("main (68 x steps)", a.MainCost, b.MainCost));
            rows.Add(("opcodes", a.OpcodesCost, b.OpcodesCost));
            rows.Add(("precompiles", a.PrecompiledCost, b.PrecompiledCost));
            rows.Add(("memory", a.MemoryCost, b.MemoryCost));
            rows.Add(("ROM instructions", (ulong)ClassicRom.Instructions.Count, (ulong)DirectRom.Instructions.Count));
        }
        var sw = new StringWriter();
        sw.WriteLine($"{"",-30} {"classic",16} {"direct",16} {"direct/classic",15}");
        foreach (var (name, x, y) in rows)
            sw.WriteLine($"{name,-30} {x,16:N0} {y,16:N0} {(x == 0 ? "-" : ((double)y / x).ToString("0.000")),15}");
        sw.WriteLine(Match ? "results: identical (stdout, 64 output words, end state)" : $"results: DIFFER — {Difference}");
        return sw.ToString();
    }
}
