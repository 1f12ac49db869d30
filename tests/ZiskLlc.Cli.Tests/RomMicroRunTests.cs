using System.Text.Json;
using ZiskLlc.TestSupport;
using static ZiskLlc.Cli.Tests.CliRunner;

namespace ZiskLlc.Cli.Tests;

/// <summary>
/// ../shared/zisk-rom-micro end to end: `zisk-llc asm NAME.zasm` then `zisk-llc run --json` must
/// print the figures the real ziskemu v0.18.0 reported (README there), and a ziskemu panic must be
/// one `zisk-llc: error:` line with ziskemu's panic text, exit 1 and no figures.
/// </summary>
public class RomMicroRunTests
{
    static readonly string[] Figures = ["steps", "total_cost", "base_cost", "main_cost", "opcodes_cost", "precompiled_cost", "memory_cost", "stdout"];

    static JsonElement Measured(string name) =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("zisk-rom-micro", name + ".json"))).RootElement;

    public static TheoryData<string> Vectors()
    {
        var d = new TheoryData<string>();
        foreach (var n in TestPaths.RomMicroNames()) d.Add(n);
        return d;
    }

    /// <summary>Assembles the vector into a temporary ROM and runs it with the given extra arguments.</summary>
    static (int rc, string stdout, string stderr) AsmAndRun(TempDir dir, string name, params string[] extra)
    {
        var rom = dir.File(name + ".zrom");
        var (arc, _, aerr) = Run("asm", TestPaths.SharedFile("zisk-rom-micro", name + ".zasm"), "-o", rom);
        Assert.True(arc == 0, $"{name}: asm failed: {aerr}");
        var args = new List<string> { "run", rom };
        var input = Path.Combine(TestPaths.Shared, "zisk-rom-micro", name + ".input.bin");
        if (File.Exists(input)) args.AddRange(["-i", input]);
        args.AddRange(extra);
        return Run([.. args]);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Json_figures_match_ziskemu(string name)
    {
        using var dir = new TempDir();
        var m = Measured(name);
        var (rc, stdout, stderr) = AsmAndRun(dir, name, "--json");
        var got = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(m.GetProperty("ended").GetString(), got.GetProperty("ended").GetString());
        if (m.TryGetProperty("panic", out _))
        {
            // No figures for a panic: ziskemu prints none.
            Assert.Equal(1, rc);
            Assert.False(got.TryGetProperty("total_cost", out _));
            Assert.Empty(got.GetProperty("outputs").EnumerateArray());
            Assert.EndsWith(m.GetProperty("message").GetString()!, got.GetProperty("message").GetString());
            return;
        }
        foreach (var f in Figures)
            Assert.True(m.GetProperty(f).ToString() == got.GetProperty(f).ToString(), $"{name}: {f} expected {m.GetProperty(f)} got {got.GetProperty(f)} ({stderr})");
        Assert.Equal(m.GetProperty("frops").GetUInt64(), got.GetProperty("frops_cost").GetUInt64());
        Assert.Equal(m.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()),
            got.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()));
        // rc: 0 for a normal end; a halt (ziskemu "finished with error") exits 1 here.
        Assert.Equal(m.GetProperty("ended").GetString() == "ok" ? 0 : 1, rc);
    }

    [Theory]
    [InlineData("panic_store_above_ram")]
    [InlineData("panic_store_4g")]
    [InlineData("panic_store_unmapped")]
    [InlineData("panic_dma_dst_above_ram")]
    [InlineData("panic_dma_src_above_ram")]
    [InlineData("panic_dma_ro")]
    [InlineData("panic_prec_align")]
    public void Panics_are_one_error_line_naming_pc_instruction_and_address(string name)
    {
        using var dir = new TempDir();
        var (rc, stdout, stderr) = AsmAndRun(dir, name, "--stats");
        Assert.Equal(1, rc);
        Assert.Equal("", stdout); // no cost lines
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^zisk-llc: error: pc 0x10[0-9a-f]{2} \(.+\) at step \d+: ", line);
        Assert.EndsWith(Measured(name).GetProperty("message").GetString()!, line);
    }
}
