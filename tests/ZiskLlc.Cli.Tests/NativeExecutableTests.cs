using ZiskLlc.TestSupport;

namespace ZiskLlc.Cli.Tests;

/// <summary>
/// The native executable `make build` publishes (build/zisk-llc/zisk-llc: Native AOT with LLVM's static
/// libraries linked in, README) is what users run and what the benchmarks time, while every other test runs
/// the JIT build against libLLVM.so. Both must write the same ROM, byte for byte, from the same IR; and the
/// native one must not load libLLVM.so at all (that load is what linking LLVM in saves).
/// </summary>
public sealed class NativeExecutableTests : IDisposable
{
    readonly CliRunner.TempDir dir = new();
    public void Dispose() => dir.Dispose();

    static string Native()
    {
        var exe = Path.Combine(TestPaths.Build, "zisk-llc", "zisk-llc");
        Assert.True(File.Exists(exe), $"{exe} is missing: run `make build` (make test does) before these tests");
        return exe;
    }

    [Theory]
    [InlineData("rvt-median")]
    [InlineData("md5sum")]
    [InlineData("coremark")]
    public void SameRomAsTheInProcessCompiler(string name)
    {
        var bc = TestPaths.CorpusIr(name, "bc");
        var native = dir.File(name + ".native.zrom");
        var inProcess = dir.File(name + ".zrom");
        var (rc, _, err) = CliRunner.RunProcess(Native(), ["compile", bc, "-o", native]);
        Assert.True(rc == 0, err);
        var (rc2, _, err2) = CliRunner.Run(["compile", bc, "-o", inProcess]);
        Assert.True(rc2 == 0, err2);
        Assert.Equal(File.ReadAllBytes(inProcess), File.ReadAllBytes(native));
    }

    [Fact]
    public void LlvmIsLinkedIn()
    {
        var bc = TestPaths.CorpusIr("rvt-median", "bc");
        var exe = Native();
        // The loader maps nothing named libLLVM at start (readelf lists what it needs) ...
        var (rc, stdout, _) = CliRunner.RunProcess("readelf", ["-d", exe]);
        Assert.Equal(0, rc);
        Assert.Contains("(NEEDED)", stdout);
        Assert.DoesNotContain("libLLVM", stdout);
        // ... and the reader says its LLVM is inside the executable, where the JIT build names the shared library.
        var (rc2, info, err) = CliRunner.RunProcess(exe, ["ir-info", bc]);
        Assert.True(rc2 == 0, err);
        Assert.Contains($"read by: LLVM 22.", info);
        Assert.Contains(ZiskLlc.Llvm.Interop.LlvmLibrary.LinkedInPath, info);
        var (rc3, jit, err3) = CliRunner.Run(["ir-info", bc]);
        Assert.True(rc3 == 0, err3);
        Assert.Contains("libLLVM", jit);
    }
}
