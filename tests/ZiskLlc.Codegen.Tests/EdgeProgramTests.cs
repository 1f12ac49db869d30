using ZiskLlc.Cli.Commands;
using ZiskLlc.Emulator;

namespace ZiskLlc.Codegen.Tests;

/// <summary>Issue 7 §5 run tests: C programs with edge values built at several optimisation levels
/// (each gives the backend another shape of IR), run through both routes: results must be identical.</summary>
public class EdgeProgramTests
{
    [Theory]
    [InlineData("edge.c", "-O2")]
    [InlineData("edge.c", "-O0")]
    [InlineData("edge.c", "-O1")]
    [InlineData("edge.c", "-Os")]
    [InlineData("zisk_asm.c", "-O2")]
    public void BothRoutesAgree(string file, string opt)
    {
        using var dir = new DirectHarness.TempDir();
        var bc = DirectHarness.CProgram(dir.Path, file, opt);
        DirectHarness.Compile(bc); // allocation checker and validator
        var c = Comparison.Run([bc], new EmulatorOptions { Statistics = true, MaxSteps = 500_000_000 });
        Assert.True(c.Classic.EndedOk, $"classic route: {c.Classic.End} {c.Classic.Message}");
        Assert.True(c.Match, c.Difference);
        Assert.Equal(17, c.Direct.Stdout.Length); // the 16-digit hash and a newline
    }
}
