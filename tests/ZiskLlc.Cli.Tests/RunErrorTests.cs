using System.Text.Json;
using ZiskLlc.Emulator.Reporting;
using static ZiskLlc.Cli.Tests.CliRunner;

namespace ZiskLlc.Cli.Tests;

/// <summary>`zisk-llc run` on wrong command lines and on programs that print too much: one error
/// line in the user's terms, exit 1, and JSON that stays valid.</summary>
public class RunErrorTests
{
    static string OneErrorLine(string stderr) =>
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A ROM that assembles from <paramref name="zasm"/> into the temporary folder.</summary>
    static string Rom(TempDir dir, string zasm)
    {
        File.WriteAllText(dir.File("p.zasm"), zasm);
        var (rc, _, err) = Run("asm", dir.File("p.zasm"), "-o", dir.File("p.zrom"));
        Assert.True(rc == 0, err);
        return dir.File("p.zrom");
    }

    const string Head = ".org 0x1000\n copyb imm:0, imm:0 j(@main, @main)\n.org 0x1004\nexit:\n copyb imm:0, imm:0 end j(0, 0)\n.org 0x1008\nmain:\n";

    [Fact]
    public void A_directory_is_not_a_program_an_input_or_a_float_library()
    {
        using var dir = new TempDir();
        var rom = Rom(dir, Head + " copyb imm:0, imm:0 j(@exit, @exit)\n");
        var (rc, _, err) = Run("run", dir.Path);
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.Path}: is a directory, not a program file", OneErrorLine(err));
        (rc, _, err) = Run("run", rom, "-i", dir.Path);
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.Path}: is a directory, not an input file", OneErrorLine(err));
        (rc, _, err) = Run("run", rom, "--legacy-inputs", dir.Path);
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.Path}: is a directory, not an input file", OneErrorLine(err));
        (rc, _, err) = Run("run", ZiskLlc.TestSupport.TestPaths.SharedFile("zisk-micro", "halt.elf"), "--float-lib", dir.Path);
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.Path}: is a directory, not a --float-lib soft-float library file", OneErrorLine(err));
    }

    [Fact]
    public void Asm_and_transpile_also_tell_a_directory_from_a_missing_file()
    {
        using var dir = new TempDir();
        var (rc, _, err) = Run("asm", dir.Path, "-o", dir.File("x.zrom"));
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.Path}: is a directory, not a source file", OneErrorLine(err));
        (rc, _, err) = Run("transpile", dir.Path, "-o", dir.File("x.zrom"));
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.Path}: is a directory, not a RISC-V ELF file", OneErrorLine(err));
        (rc, _, err) = Run("transpile", dir.File("missing.elf"), "-o", dir.File("x.zrom"));
        Assert.Equal(1, rc);
        Assert.Equal($"zisk-llc: error: {dir.File("missing.elf")}: no such file", OneErrorLine(err));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("1e6")]
    [InlineData("18446744073709551616")]
    public void A_bad_step_limit_is_named_in_the_users_terms(string value)
    {
        using var dir = new TempDir();
        var rom = Rom(dir, Head + " copyb imm:0, imm:0 j(@exit, @exit)\n");
        var (rc, stdout, err) = Run("run", rom, "-n", value);
        Assert.Equal(1, rc);
        Assert.Equal("", stdout); // no help text
        var line = OneErrorLine(err);
        Assert.Equal($"zisk-llc: error: -n/--max-steps: '{value}' is not a step count (a whole number from 0 to 18446744073709551615); see --help", line);
        Assert.DoesNotContain("System.", line);
    }

    [Fact]
    public void A_good_step_limit_still_parses()
    {
        using var dir = new TempDir();
        var rom = Rom(dir, Head + " copyb imm:0, imm:0 j(@exit, @exit)\n");
        Assert.Equal(0, Run("run", rom, "-n", "3").rc);      // entry, main, exit: 3 steps
        Assert.Equal(1, Run("run", rom, "-n", "2").rc);
    }

    [Fact]
    public void Other_command_line_errors_are_one_line_too()
    {
        var (rc, stdout, err) = Run("run");
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        Assert.StartsWith("zisk-llc: error: Required argument missing", OneErrorLine(err));
    }

    [Fact]
    public void Json_of_a_run_printing_more_than_the_json_cap_is_valid_and_marked_cut()
    {
        // Two steps per UART byte: r1 counts down from UART + N; `ltu UART, r1` stores its flag
        // (1, then 0 on the last pass) as one byte at UART and loops while it is true: N bytes.
        const int N = RunReport.MaxJsonStdoutBytes + 8;
        using var dir = new TempDir();
        var rom = Rom(dir, Head +
            $" copyb imm:0, imm:{0xA000_0200 + (ulong)N} -> r1 j(4, 4)\n" +
            "loop:\n sub r1, imm:1 -> r1 j(4, 4)\n ltu imm:0xa0000200, r1 -> ind1:[a+0x0] j(@loop, 4)\n" +
            " copyb imm:0, imm:0 j(@exit, @exit)\n");
        var (rc, stdout, err) = Run("run", rom, "--json");
        Assert.True(rc == 0, err);
        var j = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("ok", j.GetProperty("ended").GetString());
        Assert.True(j.GetProperty("stdout_truncated").GetBoolean());
        Assert.Equal(N, j.GetProperty("stdout_bytes").GetInt32());
        Assert.Equal(RunReport.MaxJsonStdoutBytes, j.GetProperty("stdout").GetString()!.Length);
        Assert.Equal(3UL + 2UL * N + 1, j.GetProperty("steps").GetUInt64());
    }
}
