using System.Collections.Concurrent;
using System.Diagnostics;

namespace ZiskLlc.FuzzReaders;

/// <summary>
/// Runs <see cref="ReaderFuzzer"/> iterations in worker processes (this assembly with --worker), so a
/// crash that ends the process (an access violation, a stack overflow, a fail-fast) or a hang is
/// recorded against its iteration and the run goes on in a new worker from the next iteration. A
/// worker prints one line when an iteration starts (B), one per invocation (I) and failure (F), and
/// one when it ends (E); a B without its E is the crash. Workers run with ZISK_LLC_DEBUG=1 so an
/// internal error's stack trace says where it happened.
/// </summary>
public sealed class IsolatedRunner(int seed, ulong steps, string? saveDir, bool smallSeeds, TextWriter? progress = null)
{
    /// <summary>Iterations per worker process.</summary>
    public int Chunk { get; init; } = 2000;

    /// <summary>Runs iterations [from, from + count) on <paramref name="jobs"/> workers at a time.</summary>
    public FuzzSummary Run(int from, int count, int jobs)
    {
        var summary = new FuzzSummary();
        var work = Directory.CreateTempSubdirectory("zisk-llc-fuzz-parent-").FullName;
        try
        {
            var local = new ReaderFuzzer(work, seed, steps, null, saveDir, smallSeeds);
            var clock = Stopwatch.StartNew();
            var chunks = new ConcurrentQueue<(int From, int Count)>();
            for (int a = from; a < from + count; a += Chunk) chunks.Enqueue((a, Math.Min(Chunk, from + count - a)));
            int done = 0;
            var threads = Enumerable.Range(0, jobs).Select(_ => new Thread(() =>
            {
                while (chunks.TryDequeue(out var c))
                    for (int next = c.From, end = c.From + c.Count; next < end;)
                        next = RunWorker(next, end - next, summary, ref done, clock, local);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            return summary;
        }
        finally { try { Directory.Delete(work, true); } catch (IOException) { } }
    }

    /// <summary>One worker over [a, a + n); returns where the next worker starts: a + n when it did
    /// them all, else after the iteration it crashed in (recorded) or stopped after (a hang).
    /// A crashed iteration is run again alone in a fresh worker: readers keep no state between
    /// files, so a crash that does not come back there was caused by memory an earlier iteration
    /// corrupted, which only the emulator's unsafe memory code can do (tagged as such).</summary>
    int RunWorker(int a, int n, FuzzSummary summary, ref int done, Stopwatch clock, ReaderFuzzer local)
    {
        var (results, current, finished, exitCode, stderr) = Spawn(a, n);
        foreach (var r in results.Where(r => r.Value.Finished).OrderBy(r => r.Key))
        {
            summary.Add(r.Value.Result);
            if (Interlocked.Increment(ref done) % 5000 == 0)
                progress?.WriteLine($"  {done} files, {clock.Elapsed.TotalSeconds:F0} s, {summary.Failures.Count} failures");
        }
        if (current <= finished) return finished + 1;
        var crashed = results[current];
        var alone = Spawn(current, 1);
        string problem;
        if (alone.Current == alone.Finished)
        {
            // Not reproducible alone: keep the fresh worker's figures and failures, note the crash.
            crashed = alone.Results[current];
            problem = $"{FuzzFailure.EmulatorMemoryTag}process crashed (exit {exitCode}) but not when run alone: memory corrupted by an earlier iteration: {Tail(stderr)}";
        }
        else
        {
            string tag = ReaderFuzzer.InMachineMemory(alone.Stderr) ? FuzzFailure.EmulatorMemoryTag : "";
            problem = $"{tag}process crashed (exit {alone.ExitCode}): {Tail(alone.Stderr)}";
            var m = local.Prepare(current);
            local.Save(current, m.Kind, "crash", m.Data);
        }
        crashed.Result.Failures.Add(new FuzzFailure(current, crashed.Result.Kind.ToString().ToLowerInvariant(), crashed.Seed, crashed.Mutations, "(worker process)", problem));
        summary.Add(crashed.Result);
        Interlocked.Increment(ref done);
        return current + 1;
    }

    static string Tail(string stderr) =>
        string.Join(" | ", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3));

    sealed record Started(IterationResult Result, string Seed, string Mutations)
    {
        public bool Finished { get; set; }
    }

    /// <summary>Starts a worker over [a, a + n) and reads its lines until it exits.</summary>
    (Dictionary<int, Started> Results, int Current, int Finished, int ExitCode, string Stderr) Spawn(int a, int n)
    {
        var dll = typeof(IsolatedRunner).Assembly.Location;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["ZISK_LLC_DEBUG"] = "1";
        psi.ArgumentList.Add(dll);
        foreach (var x in new[] { "--worker", "--seed", seed.ToString(), "--from", a.ToString(), "--count", n.ToString(), "--steps", steps.ToString() })
            psi.ArgumentList.Add(x);
        if (saveDir is not null) { psi.ArgumentList.Add("--save"); psi.ArgumentList.Add(saveDir); }
        if (smallSeeds) psi.ArgumentList.Add("--small");
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        int current = -1, finished = a - 1;
        var results = new Dictionary<int, Started>();
        string? line;
        while ((line = p.StandardOutput.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < 2 || !int.TryParse(f[1], out int i)) continue;
            switch (f[0])
            {
                case "B": current = i; results[i] = new Started(new IterationResult(i, Enum.Parse<SeedKind>(f[2]), [], []), f[3], f[4]); break;
                case "I": results[i].Result.Invocations.Add((f[2], int.Parse(f[3]))); break;
                case "F": results[i].Result.Failures.Add(new FuzzFailure(i, f[2], f[3], f[4], f[5], f[6])); break;
                case "E": results[i].Finished = true; finished = i; break;
            }
        }
        p.WaitForExit();
        return (results, current, finished, p.ExitCode, err.Result);
    }

    /// <summary>The worker side: runs [from, from + count) in this process, printing the line protocol.</summary>
    public static int Worker(int seed, int from, int count, ulong steps, string? saveDir, bool smallSeeds)
    {
        var work = Directory.CreateTempSubdirectory("zisk-llc-fuzz-").FullName;
        try
        {
            var fuzzer = new ReaderFuzzer(work, seed, steps, TimeSpan.FromSeconds(30), saveDir, smallSeeds);
            var o = Console.Out;
            for (int i = from; i < from + count; i++)
            {
                var m = fuzzer.Prepare(i);
                o.WriteLine($"B\t{i}\t{m.Kind}\t{m.Seed}\t{m.Mutations}");
                o.Flush();
                var r = fuzzer.Execute(m);
                foreach (var (what, rc) in r.Invocations) o.WriteLine($"I\t{i}\t{what}\t{rc}");
                foreach (var f in r.Failures) o.WriteLine($"F\t{i}\t{f.Kind}\t{f.Seed}\t{f.Mutations}\t{f.Command}\t{f.Problem}");
                o.WriteLine($"E\t{i}");
                o.Flush();
                if (fuzzer.HangSeen) Environment.Exit(3); // a hung thread cannot be stopped: a new worker goes on
            }
            return 0;
        }
        finally { try { Directory.Delete(work, true); } catch (IOException) { } }
    }
}
