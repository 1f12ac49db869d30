using System.Text.Json;
using ZiskLlc.TestSupport;
using static ZiskLlc.Cli.Tests.CliRunner;

namespace ZiskLlc.Cli.Tests;

/// <summary>`asm`, `disasm`, `validate` and `transpile` end to end, and the bundled examples.</summary>
public class RomCommandsTests
{
    static readonly string FloatLib = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf");
    static string Example(string name) => Path.Combine(TestPaths.RepoRoot, "examples", name);

    /// <summary>fib.zasm, costed by hand (spec §8): 1 entry jump + 2 setup + 90 iterations × 5 + store +
    /// pubout + jump + end = 457 steps; MAIN = 68 × 457. OPCODES: iteration k runs add(a = fib(k),
    /// b = fib(k+1)), a frop (cost 0) while both are &lt; 386 (Appendix A), i.e. for k ≤ 13 (fib(14) = 377,
    /// fib(15) = 610): 76 costed adds × 25 = 1,900; sub(n, 1) and eq(n, 0) are always frops; copyb and
    /// pubout cost nothing. MEMORY: one aligned 8-byte store = 18.</summary>
    [Fact]
    public void FibExampleAssemblesValidatesAndRuns()
    {
        using var dir = new TempDir();
        var rom = dir.File("fib.zrom");
        Assert.Equal(0, Run("asm", Example("fib.zasm"), "-o", rom).rc);
        var (vrc, vout, _) = Run("validate", rom);
        Assert.Equal(0, vrc);
        Assert.Contains("ok: 12 instructions", vout);
        var (rc, stdout, _) = Run("run", rom, "--json");
        Assert.Equal(0, rc);
        var j = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(457UL, j.GetProperty("steps").GetUInt64());
        Assert.Equal(68UL * 457, j.GetProperty("main_cost").GetUInt64());
        Assert.Equal(18UL, j.GetProperty("memory_cost").GetUInt64());
        Assert.Equal(1900UL, j.GetProperty("opcodes_cost").GetUInt64());
        var outputs = j.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()).ToArray();
        Assert.Equal(2880067194370816120UL, outputs[0] | (ulong)outputs[1] << 32);   // fib(90)
    }

    [Fact]
    public void HelloExamplePrints()
    {
        using var dir = new TempDir();
        var rom = dir.File("hello.zrom");
        Assert.Equal(0, Run("asm", Example("hello.zasm"), "-o", rom).rc);
        var (rc, stdout, _) = Run("run", rom, "-c");
        Assert.Equal(0, rc);
        Assert.StartsWith("Hello from ZisK\n00000010\n", stdout);
    }

    [Fact]
    public void DisasmOutputAssemblesBackToTheSameRom()
    {
        using var dir = new TempDir();
        var rom = dir.File("a.zrom");
        Assert.Equal(0, Run("transpile", TestPaths.SharedFile("zisk-micro", "branches.elf"), "-o", rom, "--float-lib", FloatLib).rc);
        var (rc, listing, _) = Run("disasm", rom);
        Assert.Equal(0, rc);
        File.WriteAllText(dir.File("a.zasm"), listing);
        Assert.Equal(0, Run("asm", dir.File("a.zasm"), "-o", dir.File("b.zrom")).rc);
        Assert.Equal(File.ReadAllBytes(rom), File.ReadAllBytes(dir.File("b.zrom")));
    }

    /// <summary>A transpiled ROM runs with exactly the figures ziskemu measured for its ELF.</summary>
    [Fact]
    public void TranspiledRomKeepsZiskemuFigures()
    {
        using var dir = new TempDir();
        var rom = dir.File("m.zrom");
        Assert.Equal(0, Run("transpile", TestPaths.SharedFile("zisk-micro", "muldiv.elf"), "-o", rom, "--float-lib", FloatLib).rc);
        var (rc, stdout, _) = Run("run", rom, "--json");
        Assert.Equal(0, rc);
        var got = JsonDocument.Parse(stdout).RootElement;
        var expected = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("zisk-micro", "muldiv.json"))).RootElement;
        foreach (var f in new[] { "steps", "total_cost", "memory_cost", "opcodes_cost" })
            Assert.Equal(expected.GetProperty(f).GetUInt64(), got.GetProperty(f).GetUInt64());
    }

    /// <summary>Every ROM the classic route makes from the measured ELFs passes the validator (no errors).</summary>
    [Theory]
    [InlineData("zisk-micro", "alu_reg")]
    [InlineData("zisk-micro", "atomics")]
    [InlineData("zisk-micro", "dma")]
    [InlineData("zisk-micro", "keccak")]
    [InlineData("corpus-elfs", "coremark")]
    [InlineData("corpus-elfs", "picojpeg")]
    public void TranspiledRomsValidate(string dir, string name)
    {
        var (rc, stdout, _) = Run("validate", TestPaths.SharedFile(dir, name + ".elf"), "--float-lib", FloatLib);
        Assert.True(rc == 0, stdout);
        Assert.Contains(": ok: ", stdout);
    }

    [Fact]
    public void ElfDisasmShowsRiscvThenZisk()
    {
        var (rc, stdout, _) = Run("disasm", TestPaths.SharedFile("zisk-micro", "exit_ret.elf"));
        Assert.Equal(0, rc);
        var lines = stdout.Split('\n');
        int k = Array.FindIndex(lines, l => l.StartsWith("80000000:", StringComparison.Ordinal));
        Assert.True(k >= 0, stdout);
        Assert.StartsWith("    80000000  ", lines[k + 1]);
        Assert.Contains(" j(", lines[k + 1]);
    }

    [Fact]
    public void AsmRefusesAnInvalidRomAndWritesNothing()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("bad.zasm"), ".org 0x1000\n eq r1, r2 set_pc j(4, 4)\n");
        var (rc, _, stderr) = Run("asm", dir.File("bad.zasm"), "-o", dir.File("bad.zrom"));
        Assert.Equal(1, rc);
        Assert.Contains("flag and set_pc", stderr);
        Assert.Contains("nothing written", stderr);
        Assert.False(File.Exists(dir.File("bad.zrom")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public void BadInputsGiveOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("syntax.zasm"), "0x1000: add r1 r2 j(4,4)\n");
        var (rc, _, stderr) = Run("asm", dir.File("syntax.zasm"), "-o", dir.File("x.zrom"));
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.File("syntax.zasm")}:1: expected ',', found 'r'", stderr.Trim());

        File.WriteAllBytes(dir.File("junk.zrom"), "ZROM\u0001\0"u8.ToArray());
        (rc, _, stderr) = Run("validate", dir.File("junk.zrom"));
        Assert.Equal(1, rc);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("truncated file", stderr);

        File.WriteAllText(dir.File("text.bin"), "hello");
        (rc, _, stderr) = Run("run", dir.File("text.bin"));
        Assert.Equal(1, rc);
        Assert.Contains("not a program file this tool knows", stderr);

        (rc, _, stderr) = Run("transpile", dir.File("text.bin"), "-o", dir.File("t.zrom"));
        Assert.Equal(1, rc);
        Assert.Contains("not an ELF", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(dir.File("t.zrom")));
    }
}
