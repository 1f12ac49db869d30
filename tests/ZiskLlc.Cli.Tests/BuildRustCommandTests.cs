using ZiskLlc.TestSupport;
using static ZiskLlc.Cli.Tests.CliRunner;

namespace ZiskLlc.Cli.Tests;

/// <summary>`zisk-llc build-rust` end to end: crate → bitcode → build-elf → run; and its errors.</summary>
public class BuildRustCommandTests
{
    [Fact]
    public void BuildsTheHelloWorldGuestThatRunsToItsHash()
    {
        using var dir = new TempDir();
        var crate = Path.Combine(TestPaths.RepoRoot, "examples", "rust", "sha256-hello");
        // The Toolchain tests' target folder: the standard library is built once for both.
        var target = Path.Combine(TestPaths.Build, "rust-target");
        var (rc, _, stderr) = Run("build-rust", crate, "-o", dir.File("hello.bc"), "--target-dir", target, "-j", "2");
        Assert.True(rc == 0, stderr);
        (rc, _, stderr) = Run("build-elf", dir.File("hello.bc"), "-o", dir.File("hello.elf"));
        Assert.True(rc == 0, stderr);
        File.WriteAllBytes(dir.File("n.bin"), BitConverter.GetBytes(3UL));
        (rc, var stdout, stderr) = Run("run", dir.File("hello.elf"), "--legacy-inputs", dir.File("n.bin"), "-c");
        Assert.True(rc == 0, stderr);
        var hash = new byte[32];
        for (int i = 0; i < 3; i++) hash = System.Security.Cryptography.SHA256.HashData(hash);
        var hex = Convert.ToHexStringLower(hash);
        Assert.StartsWith($"sha256^3(0^32) = {hex}\n", stdout);
        Assert.Contains($"\n{hex[..8]}\n{hex[8..16]}\n", stdout);   // outputs 0 and 1: the hash's first words
    }

    [Fact]
    public void ErrorsAreOneLine()
    {
        using var dir = new TempDir();
        var (rc, _, stderr) = Run("build-rust", dir.File("nothing-here"), "-o", dir.File("x.bc"));
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.File("nothing-here")}: no such folder", stderr.Trim());
        (rc, _, stderr) = Run("build-rust", dir.Path, "-o", dir.File("x.bc"));
        Assert.Equal(1, rc);
        Assert.StartsWith("zisk-llc: error: ", stderr);
        Assert.Contains("not a Rust crate (no Cargo.toml)", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        (rc, _, stderr) = Run("build-rust", dir.Path, "-o", dir.File("x.bc"), "-j", "0");
        Assert.Equal(1, rc);
        Assert.Contains("--jobs must be at least 1", stderr);
        Assert.False(File.Exists(dir.File("x.bc")));
    }
}
