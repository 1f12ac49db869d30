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
    [InlineData("edge.c", "-Oz")] // minsize: llc calls __ashlti3 & co. for 128-bit shifts
    [InlineData("zisk_asm.c", "-O2")]
    public void BothRoutesAgree(string file, string opt)
    {
        using var dir = new DirectHarness.TempDir();
        var c = BothRoutes(dir.Path, file, opt, 500_000_000);
        Assert.Equal(17, c.Direct.Stdout.Length); // the 16-digit hash and a newline
    }

    /// <summary>Builds a C program of programs/ at an optimisation level, compiles it through the direct route
    /// (allocation checker and validator) and runs both routes: the classic one must end normally, and both
    /// must give identical results.</summary>
    static Comparison BothRoutes(string dir, string file, string opt, ulong maxSteps)
    {
        var bc = DirectHarness.CProgram(dir, file, opt);
        DirectHarness.Compile(bc);
        var c = Comparison.Run([bc], new EmulatorOptions { Statistics = true, MaxSteps = maxSteps });
        Assert.True(c.Classic.EndedOk, $"classic route: {c.Classic.End} {c.Classic.Message}");
        Assert.True(c.Match, c.Difference);
        return c;
    }

    /// <summary>interp.c: computed-goto interpreters (indirectbr targets with phis, one and two dispatch
    /// sites) at four optimisation levels, against the host's native build. At -O2 the direct route must
    /// also stay within 1.3x the classic steps (1.22x now: the interpreter state's phi copies, which
    /// graph-colouring coalescing cannot remove where a swap handler makes two of them interfere); all
    /// handlers' copies before every indirect jump, before the landing blocks, made it 4x on evalloop.</summary>
    [Theory]
    [InlineData("-O2")]
    [InlineData("-O0")]
    [InlineData("-O1")]
    [InlineData("-Os")]
    public void InterpreterMatchesTheHost(string opt)
    {
        using var dir = new DirectHarness.TempDir();
        var c = BothRoutes(dir.Path, "interp.c", opt, 50_000_000);
        var host = DirectHarness.HostProgram(dir.Path, "interp.c", ["-O2", "-DHOST"]);
        Assert.Equal(host, System.Text.Encoding.ASCII.GetString(c.Direct.Stdout));
        if (opt == "-O2") Assert.True(c.Direct.Steps < 1.3 * c.Classic.Steps, $"direct {c.Direct.Steps} steps, classic {c.Classic.Steps}");
    }

    /// <summary>float.c (soft float: every operation on edge values, and small kernels) through both
    /// routes at four optimisation levels; both must print what the same file prints built natively
    /// for the host, whose hardware computes IEEE 754 itself.</summary>
    [Theory]
    [InlineData("-O2")]
    [InlineData("-O0")]
    [InlineData("-O1")]
    [InlineData("-Os")]
    [InlineData("-Oz")]
    public void FloatProgramMatchesTheHost(string opt)
    {
        using var dir = new DirectHarness.TempDir();
        var c = BothRoutes(dir.Path, "float.c", opt, 500_000_000);
        var host = DirectHarness.HostProgram(dir.Path, "float.c", ["-O2", "-ffp-contract=off", "-DHOST"]);
        Assert.Equal(host, System.Text.Encoding.ASCII.GetString(c.Direct.Stdout));
        Assert.Equal(17, host.Length);
    }

    /// <summary>float_ir.ll: the floating-point IR forms C rarely writes (all 16 fcmp predicates, the
    /// saturating conversions at odd widths, is.fpclass, math intrinsics calling the program's own
    /// library functions, 128-bit conversions). llc expands several itself, so agreement checks the
    /// direct route's lowering against LLVM's.</summary>
    [Fact]
    public void FloatIrFormsAgreeWithLlc()
    {
        var ll = Path.Combine(AppContext.BaseDirectory, "programs", "float_ir.ll");
        DirectHarness.Compile(ll);
        var c = Comparison.Run([ll], new EmulatorOptions { Statistics = true, MaxSteps = 50_000_000 });
        Assert.True(c.Classic.EndedOk, $"classic route: {c.Classic.End} {c.Classic.Message}");
        Assert.True(c.Match, c.Difference);
        Assert.NotEqual(0u, c.Direct.Outputs[1] | c.Direct.Outputs[2]);
    }
}
