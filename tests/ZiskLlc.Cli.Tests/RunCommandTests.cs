using System.Text.Json;
using ZiskLlc.Cli;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Cli.Tests;

/// <summary>
/// `zisk-llc run` against the figures the real ziskemu v0.18.0 produced for the measured ELFs of
/// ../shared (zisk-micro, corpus-elfs): steps, every cost line, outputs, stdout and end state must
/// match exactly; plus the command's output forms, exit codes and errors.
/// </summary>
public class RunCommandTests
{
    static readonly string FloatLib = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf");
    static readonly string[] Figures = ["steps", "total_cost", "base_cost", "main_cost", "opcodes_cost", "precompiled_cost", "memory_cost", "stdout", "ended"];

    static (int rc, string stdout, string stderr) Cli(params string[] args) => CliRunner.Run(args);

    static string Micro(string name, string ext = "elf") => TestPaths.SharedFile("zisk-micro", $"{name}.{ext}");

    /// <summary>Runs an ELF with --json and checks every measured figure of its JSON file.</summary>
    static void MatchesMeasured(string dir, string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile(dir, name + ".json"))).RootElement;
        var args = new List<string> { "run", TestPaths.SharedFile(dir, name + ".elf"), "--json", "--float-lib", FloatLib };
        var input = Path.Combine(TestPaths.Shared, dir, name + ".input.bin");
        if (File.Exists(input)) args.AddRange(["-i", input]);
        if (expected.TryGetProperty("max_steps", out var max)) args.AddRange(["-n", max.ToString()]);
        var (rc, stdout, stderr) = Cli([.. args]);
        var got = JsonDocument.Parse(stdout).RootElement;
        foreach (var f in Figures)
            if (expected.TryGetProperty(f, out var v))
                Assert.True(v.ToString() == got.GetProperty(f).ToString(), $"{name}: {f} expected {v} got {got.GetProperty(f)} ({stderr})");
        Assert.Equal(expected.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()),
            got.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()));
        Assert.Equal(expected.GetProperty("ended").GetString() == "ok" ? 0 : 1, rc);
    }

    public static TheoryData<string> MicroVectors() => new()
    {
        "alu_reg", "alu_imm", "shifts", "muldiv", "loadstore", "branches", "compressed", "atomics", "csr", "dma",
        "frops_small", "frops_large", "input", "uart", "sections", "exit_ret", "halt", "text_trunc",
        "keccak", "sha256", "add256",
    };

    [Theory]
    [MemberData(nameof(MicroVectors))]
    public void Micro_vectors_match_ziskemu(string name) => MatchesMeasured("zisk-micro", name);

    public static TheoryData<string> CorpusVectors()
    {
        var d = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.SharedFile("corpus-elfs"), "*.json").Order(StringComparer.Ordinal))
            d.Add(Path.GetFileNameWithoutExtension(f));
        return d;
    }

    [Theory]
    [MemberData(nameof(CorpusVectors))]
    public void Corpus_elfs_match_ziskemu(string name) => MatchesMeasured("corpus-elfs", name);

    /// <summary>Each run-time panic of zisk-micro ends with ziskemu's own panic text (its JSON's message).</summary>
    [Theory]
    [InlineData("panic_unmapped")]
    [InlineData("panic_code_read")]
    [InlineData("panic_csrrwi")]
    [InlineData("panic_dma_rom")]
    [InlineData("panic_prec_align")]
    public void Faults_fail_with_one_error_line_naming_pc_and_instruction(string name)
    {
        var message = JsonDocument.Parse(File.ReadAllText(Micro(name, "json"))).RootElement.GetProperty("message").GetString()!;
        var (rc, stdout, stderr) = Cli("run", Micro(name), "--float-lib", FloatLib);
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("zisk-llc: error: pc 0x8000", line);
        Assert.EndsWith(message, line);
    }

    [Fact]
    public void Outputs_flag_prints_64_hex_words()
    {
        var (rc, stdout, _) = Cli("run", Micro("alu_reg"), "-c", "--float-lib", FloatLib);
        Assert.Equal(0, rc);
        var expected = JsonDocument.Parse(File.ReadAllText(Micro("alu_reg", "json"))).RootElement.GetProperty("outputs")
            .EnumerateArray().Select(x => x.GetUInt32().ToString("x8")).ToArray();
        Assert.Equal(expected, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Stats_prints_the_cost_lines_after_the_program_output()
    {
        var (rc, stdout, _) = Cli("run", Micro("uart"), "--stats", "--float-lib", FloatLib);
        Assert.Equal(0, rc);
        var m = JsonDocument.Parse(File.ReadAllText(Micro("uart", "json"))).RootElement;
        Assert.StartsWith(m.GetProperty("stdout").GetString(), stdout);
        Assert.Contains($"\nTOTAL COST: {m.GetProperty("total_cost")}\nSTEPS: {m.GetProperty("steps")}\nBASE COST: 293601280\n" +
            $"MAIN COST: {m.GetProperty("main_cost")}\nOPCODES COST: {m.GetProperty("opcodes_cost")}\n" +
            $"PRECOMPILED COST: {m.GetProperty("precompiled_cost")}\nMEMORY COST: {m.GetProperty("memory_cost")}\n", stdout);
        Assert.Contains("COST BY OPCODE", stdout);
    }

    [Fact]
    public void Legacy_inputs_frame_the_file()
    {
        // input.input.bin is [u64 length][bytes][pad]: giving the bare bytes with --legacy-inputs is the same run.
        var framed = File.ReadAllBytes(Micro("input", "input.bin"));
        int len = (int)BitConverter.ToUInt64(framed, 0);
        var bare = Path.Combine(Path.GetTempPath(), $"zisk-llc-legacy-{Environment.ProcessId}.bin");
        File.WriteAllBytes(bare, framed.AsSpan(8, len).ToArray());
        try
        {
            var (rc, stdout, _) = Cli("run", Micro("input"), "--legacy-inputs", bare, "--json", "--float-lib", FloatLib);
            Assert.Equal(0, rc);
            var exp = JsonDocument.Parse(File.ReadAllText(Micro("input", "json"))).RootElement;
            Assert.Equal(exp.GetProperty("total_cost").GetUInt64(), JsonDocument.Parse(stdout).RootElement.GetProperty("total_cost").GetUInt64());
        }
        finally { File.Delete(bare); }
    }

    [Fact]
    public void Step_limit_and_halt_exit_1_with_a_message()
    {
        var (rc, _, stderr) = Cli("run", Micro("uart"), "-n", "50", "--float-lib", FloatLib);
        Assert.Equal(1, rc);
        // Step 50 is still in the BIOS init data (§5.4): an 8-byte indirect store of an immediate.
        Assert.Matches(@"step limit of 50 reached at pc 0x[0-9a-f]+ \(copyb imm:\S+, imm:\S+ -> ind8:\[a\+0x0\] j\(4, 4\)\)", stderr);
        var (rc2, _, stderr2) = Cli("run", Micro("halt"), "--float-lib", FloatLib);
        Assert.Equal(1, rc2);
        Assert.Contains("halt", stderr2);
    }
}
