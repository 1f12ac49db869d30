// fuzz-readers (`make fuzz-readers N=100000`): the reader fuzzer (Fuzz/ReaderFuzzer.cs) at full size, in
// worker processes (Fuzz/IsolatedRunner.cs), with a printed summary: mutated files per kind,
// invocations per command, and every internal error, hang, crash or badly shaped error with its
// iteration (replay one with --from I --count 1 --jobs 1; --save DIR keeps the failing files).
// Usage: fuzz-readers [--count N] [--seed S] [--from I] [--jobs J] [--steps N] [--save DIR] [--small]
using System.Diagnostics;
using ZiskLlc.FuzzReaders;

int count = 100_000, seed = 1, from = 0, jobs = 2;
ulong steps = 3000;
string? save = null;
bool small = false, worker = false;
for (int k = 0; k < args.Length; k++)
{
    switch (args[k])
    {
        case "--count": count = int.Parse(args[++k]); break;
        case "--seed": seed = int.Parse(args[++k]); break;
        case "--from": from = int.Parse(args[++k]); break;
        case "--jobs": jobs = int.Parse(args[++k]); break;
        case "--steps": steps = ulong.Parse(args[++k]); break;
        case "--save": save = Path.GetFullPath(args[++k]); break;
        case "--small": small = true; break;
        case "--worker": worker = true; break;
        default: Console.Error.WriteLine($"fuzz-readers: unknown argument {args[k]}"); return 2;
    }
}
if (worker) return IsolatedRunner.Worker(seed, from, count, steps, save, small);
Console.WriteLine($"fuzz-readers: seed {seed}, iterations {from}..{from + count - 1}, {jobs} worker processes, run -n {steps}");
var clock = Stopwatch.StartNew();
var summary = new IsolatedRunner(seed, steps, save, small, Console.Error).Run(from, count, jobs);
Console.Write(summary.Text(clock.Elapsed));
if (save is not null)
{
    Directory.CreateDirectory(save);
    File.WriteAllLines(Path.Combine(save, "failures.txt"), summary.Failures.OrderBy(f => f.Iteration)
        .Select(f => $"#{f.Iteration}\t{f.Kind}\t{f.Seed}\t[{f.Mutations}]\t{f.Command}\t{f.Problem}"));
    Console.WriteLine($"  every failure: {Path.Combine(save, "failures.txt")}");
}
return summary.ReaderFailures.Any() ? 1 : 0;
