using ZiskLlc.FuzzReaders;

namespace ZiskLlc.Cli.Tests;

/// <summary>
/// The in-CI part of the reader fuzzing (issue 9, part 4): a fixed seed and a fixed number of
/// mutated ELF, .zrom, assembly and input files through every command (tools/fuzz-readers,
/// <see cref="ReaderFuzzer"/>), with no internal error, hang, crash or badly shaped error allowed.
/// Deterministic: the same mutations every run, so a failure here is a regression of a case the
/// 100,000-file run (`make fuzz-readers`) passed. The iterations run in two worker processes of
/// the fuzzer (<see cref="IsolatedRunner"/>) so that a crash ends one worker, not the test host.
/// Small seeds only, to stay well under a minute on 2 cores.
/// </summary>
public sealed class ReaderFuzzTests
{
    const int Seed = 20261201;
    const int Count = 2500;

    [Fact]
    public void MutatedFilesGiveOnlyExitZeroOrOneClearError()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var s = new IsolatedRunner(Seed, steps: 2000, saveDir: null, smallSeeds: true) { Chunk = Count / 2 }.Run(0, Count, jobs: 2);
        Assert.True(!s.ReaderFailures.Any(), s.Text(clock.Elapsed));
        Assert.Equal(Count, s.Files.Values.Sum());
        // Every kind and every command was exercised, and the mutations reach past the first check:
        // some mutated files still run (exit 0) and some are rejected (exit 1).
        foreach (var k in Enum.GetValues<SeedKind>()) Assert.True(s.Files.GetValueOrDefault(k) > Count / 20, s.Text(clock.Elapsed));
        foreach (var c in new[] { "transpile elf", "run elf", "validate elf", "disasm elf", "run zrom", "validate zrom", "disasm zrom", "asm", "run -i" })
        {
            var (runs, ok, user) = s.Invocations.GetValueOrDefault(c);
            Assert.True(runs > 0 && ok > 0 && user > 0, $"{c}: {runs} runs, {ok} ok, {user} user errors\n{s.Text(clock.Elapsed)}");
        }
    }
}
