using System.Diagnostics;
using System.Globalization;
using ZiskLlc.Bench;
using ZiskLlc.Emulator;
using ZiskLlc.Riscv;
using ZiskLlc.Rom;

// Emulator throughput benchmark (bench/RESULTS.md, "Emulator throughput"): runs the loop program of
// BenchPrograms in fast and statistics mode several times, prints best and median steps/s, and with
// --markdown FILE writes the table rows there. With --corpus DIR --float-lib FILE it also runs every
// *.elf of DIR (transpiled once, classic route) and reports the aggregate rate of real compiled code. One thread: ZisK emulation is sequential.
var inv = CultureInfo.InvariantCulture;
ulong steps = 200_000_000;
int reps = 5;
string? markdown = null, corpus = null, floatLib = null;
for (int k = 0; k < args.Length; k++)
{
    switch (args[k])
    {
        case "--steps": steps = ulong.Parse(args[++k], inv); break;
        case "--reps": reps = int.Parse(args[++k], inv); break;
        case "--markdown": markdown = args[++k]; break;
        case "--corpus": corpus = args[++k]; break;
        case "--float-lib": floatLib = args[++k]; break;
        default: Console.Error.WriteLine($"usage: ZiskLlc.Bench [--steps N] [--reps N] [--markdown FILE] (unknown {args[k]})"); return 2;
    }
}
ulong iterations = steps / (ulong)BenchPrograms.StepsPerIteration;
var program = BenchPrograms.Loop(iterations);
ulong expected = BenchPrograms.LoopSteps(iterations);

var rows = new List<string>();
foreach (bool stats in new[] { false, true })
{
    // Warm-up run (JIT tiering) on a short program, then the measured repetitions.
    ZiskEmulator.Run(BenchPrograms.Loop(2_000_000), new EmulatorOptions { Statistics = stats });
    var rates = new List<double>();
    for (int r = 0; r < reps; r++)
    {
        var sw = Stopwatch.StartNew();
        var res = ZiskEmulator.Run(program, new EmulatorOptions { Statistics = stats });
        sw.Stop();
        if (!res.EndedOk || res.Steps != expected)
        {
            Console.Error.WriteLine($"bench: wrong run: {res.End} {res.Message} steps {res.Steps} (expected {expected})");
            return 1;
        }
        rates.Add(res.Steps / sw.Elapsed.TotalSeconds);
    }
    rates.Sort();
    double best = rates[^1], median = rates[rates.Count / 2];
    string mode = stats ? "statistics" : "fast";
    Console.WriteLine(string.Format(inv, "{0,-10} steps={1} reps={2} best={3:F1} M steps/s median={4:F1} M steps/s", mode, expected, reps, best / 1e6, median / 1e6));
    rows.Add(string.Format(inv, "| {0} | {1:N0} | {2} | {3:F1} | {4:F1} |", mode, expected, reps, best / 1e6, median / 1e6));
}
if (corpus is not null)
{
    var programs = Directory.GetFiles(corpus, "*.elf").Order(StringComparer.Ordinal)
        .Select(f => ElfTranspiler.Transpile(f, new TranspileOptions { FloatLibPath = floatLib })).ToArray();
    foreach (bool stats in new[] { false, true })
    {
        var rates = new List<double>();
        ulong total = 0;
        for (int r = 0; r <= reps; r++) // repetition 0 warms up
        {
            total = 0;
            var sw = Stopwatch.StartNew();
            foreach (var p in programs) total += Check(ZiskEmulator.Run(p, new EmulatorOptions { Statistics = stats }));
            sw.Stop();
            if (r > 0) rates.Add(total / sw.Elapsed.TotalSeconds);
        }
        rates.Sort();
        string mode = $"{(stats ? "statistics" : "fast")}, {programs.Length} corpus ELFs";
        Console.WriteLine(string.Format(inv, "{0,-10} steps={1} reps={2} best={3:F1} M steps/s median={4:F1} M steps/s", mode, total, reps, rates[^1] / 1e6, rates[rates.Count / 2] / 1e6));
        rows.Add(string.Format(inv, "| {0} | {1:N0} | {2} | {3:F1} | {4:F1} |", mode, total, reps, rates[^1] / 1e6, rates[rates.Count / 2] / 1e6));

        // The same runs without their set-up (ROM index, memory, result): the set-up is timed as runs
        // stopped after one step, and subtracted from each repetition's time.
        var setup = new List<double>();
        for (int r = 0; r <= reps; r++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var p in programs) ZiskEmulator.Run(p, new EmulatorOptions { Statistics = stats, MaxSteps = 1 });
            sw.Stop();
            if (r > 0) setup.Add(sw.Elapsed.TotalSeconds);
        }
        setup.Sort();
        double setupSeconds = setup[setup.Count / 2];
        var net = rates.Select(rate => total / (total / rate - setupSeconds)).Order().ToList();
        string netMode = $"{(stats ? "statistics" : "fast")}, corpus ELFs without set-up ({setupSeconds * 1e3 / programs.Length:F1} ms per run)";
        Console.WriteLine(string.Format(inv, "{0} best={1:F1} median={2:F1} M steps/s", netMode, net[^1] / 1e6, net[net.Count / 2] / 1e6));
        rows.Add(string.Format(inv, "| {0} | {1:N0} | {2} | {3:F1} | {4:F1} |", netMode, total, reps, net[^1] / 1e6, net[net.Count / 2] / 1e6));
    }
}
if (markdown is not null) File.WriteAllLines(markdown, rows);
return 0;

static ulong Check(RunResult r) =>
    r.EndedOk ? r.Steps : throw new InvalidOperationException($"bench: a corpus program ended {r.End}: {r.Message}");
