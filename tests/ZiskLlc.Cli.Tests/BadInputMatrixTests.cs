using System.Buffers.Binary;
using ZiskLlc.Riscv.Elf;
using ZiskLlc.TestSupport;
using static ZiskLlc.Cli.Tests.CliRunner;

namespace ZiskLlc.Cli.Tests;

/// <summary>
/// The bad-input matrix of issue 9 ("Trust", part 3): one test per row, each run through the real
/// command line for every command the row applies to. Every row must give exactly one line
/// `zisk-llc: error: …` naming the file and the problem, exit code 1, no stack trace, nothing on
/// stdout (validate's violation list excepted) and no output file. Rows: IR (ir-info, build-elf),
/// ELF (run, transpile, disasm, validate), ROM (run, disasm, validate), input files (run -i) and
/// run-time failures. Run-time faults of the measured ELFs are in RunCommandTests
/// (Faults_fail_with_one_error_line_naming_pc_and_instruction, which includes the misaligned
/// precompile pointer of panic_prec_align).
/// </summary>
public sealed class BadInputMatrixTests : IDisposable
{
    readonly TempDir dir = new();
    public void Dispose() => dir.Dispose();

    static byte[] AluReg() => File.ReadAllBytes(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"));

    /// <summary>The row's rule: one error line containing <paramref name="message"/>, exit 1, no trace, no stdout, no output file.</summary>
    void OneError((int rc, string stdout, string stderr) r, string message, string? output = null, bool stdoutAllowed = false)
    {
        Assert.True(r.rc == 1, $"exit {r.rc}: {r.stderr}");
        var lines = r.stderr.TrimEnd().Split('\n');
        Assert.True(lines.Length == 1, r.stderr);
        Assert.StartsWith("zisk-llc: error: ", lines[0]);
        Assert.Contains(message, lines[0]);
        Assert.DoesNotContain("   at ", r.stderr);
        if (!stdoutAllowed) Assert.Equal("", r.stdout);
        if (output is not null) Assert.False(File.Exists(output), $"{output} was left behind");
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp*"));
    }

    string Put(string name, byte[] bytes) { var p = dir.File(name); File.WriteAllBytes(p, bytes); return p; }
    string Put(string name, string text) { var p = dir.File(name); File.WriteAllText(p, text); return p; }

    // ------------------------------------------------------------------ IR: ir-info and build-elf

    const string Rv64 = "target datalayout = \"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"\ntarget triple = \"riscv64-unknown-unknown-elf\"\n";

    (int, string, string) Ir(string command, string file)
    {
        var o = dir.File("out.elf");
        return command == "build-elf" ? Run("build-elf", file, "-o", o) : Run("ir-info", file);
    }

    [Theory, InlineData("ir-info"), InlineData("build-elf")]
    public void Ir_empty_file(string cmd) =>
        OneError(Ir(cmd, Put("e.ll", "")), "e.ll: empty file (expected LLVM IR text or bitcode)", dir.File("out.elf"));

    [Theory, InlineData("ir-info"), InlineData("build-elf")]
    public void Ir_binary_garbage(string cmd) =>
        OneError(Ir(cmd, Put("g.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0, 0xFF, 0xFE, 0x00, 0x13, 0x37])), "g.bin:1:1: invalid LLVM IR", dir.File("out.elf"));

    [Theory, InlineData("ir-info"), InlineData("build-elf")]
    public void Ir_truncated_bitcode(string cmd)
    {
        var ll = Put("ok.ll", Rv64 + "@g = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]\ndefine i32 @main() {\n  %v = load i32, ptr @g\n  ret i32 %v\n}\n");
        var bc = dir.File("ok.bc");
        RunTool("llvm-as-22", ll, "-o", bc);
        var bytes = File.ReadAllBytes(bc);
        OneError(Ir(cmd, Put("t.bc", bytes[..(bytes.Length / 2)])), "t.bc: invalid LLVM bitcode: ", dir.File("out.elf"));
    }

    [Theory, InlineData("ir-info"), InlineData("build-elf")]
    public void Ir_invalid_text(string cmd) =>
        OneError(Ir(cmd, Put("bad.ll", Rv64 + "define i32 @f() {\n  ret i32 %nope\n}\n")), "bad.ll:4:11: invalid LLVM IR: use of undefined value '%nope'", dir.File("out.elf"));

    [Theory, InlineData("ir-info"), InlineData("build-elf")]
    public void Ir_32_bit_target(string cmd) =>
        OneError(Ir(cmd, Put("rv32.ll", "target datalayout = \"e-m:e-p:32:32-i64:64-n32-S128\"\ntarget triple = \"riscv32-unknown-elf\"\ndefine i32 @main() {\n  ret i32 0\n}\n")),
            "rv32.ll: IR for target 'riscv32-unknown-elf' has 32-bit little-endian pointers", dir.File("out.elf"));

    [Theory, InlineData("ir-info"), InlineData("build-elf")]
    public void Ir_big_endian_target(string cmd) =>
        OneError(Ir(cmd, Put("be.ll", "target datalayout = \"E-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"\ntarget triple = \"aarch64_be-unknown-linux-gnu\"\ndefine i32 @main() {\n  ret i32 0\n}\n")),
            "be.ll: IR for target 'aarch64_be-unknown-linux-gnu' has 64-bit big-endian pointers", dir.File("out.elf"));

    [Fact]
    public void Ir_undefined_symbol_outside_the_guest_abi()
    {
        var ll = Put("u.ll", Rv64 + "declare i32 @puts(ptr)\n@s = constant [3 x i8] c\"hi\\00\"\ndefine i32 @main() {\n  %r = call i32 @puts(ptr @s)\n  ret i32 %r\n}\n");
        OneError(Run("build-elf", ll, "-o", dir.File("out.elf")), "undefined symbol: puts (guest ABI §1", dir.File("out.elf"));
    }

    [Fact]
    public void Compile_unknown_ir_pipeline_pass()
    {
        var ll = Put("p.ll", Rv64 + "define i32 @main() {\n  ret i32 0\n}\n");
        OneError(Run("compile", ll, "-o", dir.File("p.zrom"), "--ir-pipeline", "no-such-pass"),
            "p.ll: LLVM pass pipeline 'no-such-pass' failed: unknown pass name 'no-such-pass'", dir.File("p.zrom"));
    }

    static void RunTool(string tool, params string[] args)
    {
        var (rc, _, err) = CliRunner.RunProcess(tool, args);
        Assert.True(rc == 0, $"{tool}: {err}");
    }

    // ------------------------------------------------------------------ ELF: run, transpile, disasm, validate

    public static TheoryData<string> ElfCommands() => new() { "run", "transpile", "disasm", "validate" };

    (int, string, string) Elf(string command, string file) => command == "transpile"
        ? Run("transpile", file, "-o", dir.File("out.zrom"))
        : Run(command, file);

    void ElfRow(string cmd, byte[] bytes, string message) =>
        OneError(Elf(cmd, Put("x.elf", bytes)), "x.elf: " + message, dir.File("out.zrom"));

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_not_an_elf(string cmd) =>
        ElfRow(cmd, "\u007fELG not an ELF file at all"u8.ToArray(),
            cmd == "transpile" ? "not an ELF file (bad magic)" : "not a program file this tool knows (expected one of: RISC-V ELF, ZisK ROM)");

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_32_bit(string cmd) { var b = AluReg(); b[4] = 1; ElfRow(cmd, b, "32-bit ELF; only 64-bit RISC-V (RV64) is supported"); }

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_big_endian(string cmd) { var b = AluReg(); b[5] = 2; ElfRow(cmd, b, "big-endian ELF; only little-endian RISC-V is supported"); }

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_another_machine(string cmd) { var b = AluReg(); b[18] = 62; b[19] = 0; ElfRow(cmd, b, "ELF machine 62 is not RISC-V (243)"); }

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_truncated(string cmd) => ElfRow(cmd, AluReg()[..0x200], "truncated: section header 0 at file offset");

    /// <summary>Sets one field of the section header of <paramref name="section"/>.</summary>
    static byte[] WithSectionField(byte[] b, string section, int field, ulong value)
    {
        var elf = ElfFile.Parse("seed.elf", b);
        int index = elf.Sections.Single(s => s.Name == section).Index;
        int at = (int)BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(40)) + 64 * index + field;
        BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(at), value);
        return b;
    }

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_code_section_outside_the_rom_map(string cmd) =>
        ElfRow(cmd, WithSectionField(AluReg(), ".text", 16, 0x90000000), "instruction at 0x90000000 (");

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_writable_section_outside_ram(string cmd)
    {
        var b = File.ReadAllBytes(TestPaths.SharedFile("zisk-micro", "sections.elf"));
        ElfRow(cmd, WithSectionField(b, ".data", 16, 0x50000000), "writable section .data at 0x50000000-");
    }

    [Theory, MemberData(nameof(ElfCommands))]
    public void Elf_entry_outside_code(string cmd)
    {
        var b = AluReg();
        BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(24), 0xA0001000);
        ElfRow(cmd, b, "entry point e_entry 0xa0001000 is not the address of an instruction in the program's code (.text 0x80000000-");
    }

    // ------------------------------------------------------------------ ROM: run, disasm, validate

    public static TheoryData<string> RomCommands() => new() { "run", "disasm", "validate" };

    byte[] GoodRom()
    {
        var rom = dir.File("fib.zrom");
        Assert.Equal(0, Run("asm", Path.Combine(TestPaths.RepoRoot, "examples", "fib.zasm"), "-o", rom).rc);
        return File.ReadAllBytes(rom);
    }

    [Theory, MemberData(nameof(RomCommands))]
    public void Rom_bad_magic(string cmd)
    {
        var b = GoodRom(); b[1] = (byte)'A';
        OneError(Run(cmd, Put("x.zrom", b)), "x.zrom: not a program file this tool knows (expected one of: RISC-V ELF, ZisK ROM)");
    }

    [Theory, MemberData(nameof(RomCommands))]
    public void Rom_wrong_version(string cmd)
    {
        var b = GoodRom(); b[4] = 2;
        OneError(Run(cmd, Put("x.zrom", b)), "x.zrom: unsupported .zrom version 2 (this zisk-llc reads version 1)");
    }

    [Theory, MemberData(nameof(RomCommands))]
    public void Rom_truncated(string cmd)
    {
        var b = GoodRom();
        OneError(Run(cmd, Put("x.zrom", b[..(b.Length - 5)])), "x.zrom: truncated file: ");
    }

    /// <summary>A ROM the validator rejects: run refuses it and validate lists it (on stdout) then fails;
    /// disasm shows it (a disassembler is how a broken ROM is inspected), exit 0.</summary>
    [Theory, MemberData(nameof(RomCommands))]
    public void Rom_validator_violations(string cmd)
    {
        var src = Put("bad.zasm", ".org 0x1000\n eq r1, r2 set_pc j(4, 4)\n.org 0x1004\n copyb imm:0, imm:0 end j(0, 0)\n");
        var rom = dir.File("bad.zrom");
        Assert.Equal(0, Run("asm", src, "--no-validate", "-o", rom).rc);
        var r = Run(cmd, rom);
        switch (cmd)
        {
            case "run":
                OneError(r, "bad.zrom: the ROM breaks 1 validator rule(s), not run; first: 0x00001000: error: set_pc with eq, whose flag can be true");
                break;
            case "validate":
                OneError(r, "bad.zrom: the ROM breaks 1 validator rule(s) (listed above)", stdoutAllowed: true);
                Assert.Contains($"{rom}: 0x00001000: error: set_pc with eq", r.stdout);
                Assert.Contains(": invalid: 2 instructions", r.stdout);
                break;
            default:
                Assert.Equal(0, r.rc);
                Assert.Contains("eq r1, r2 set_pc j(4, 4)", r.stdout);
                break;
        }
    }

    // ------------------------------------------------------------------ input files: run -i

    static string Uart() => TestPaths.SharedFile("zisk-micro", "uart.elf");

    [Fact]
    public void Input_size_not_a_multiple_of_8() =>
        OneError(Run("run", Uart(), "-i", Put("odd.bin", new byte[13])), "odd.bin: input size must be a multiple of 8 bytes (got 13); use --legacy-inputs to frame it");

    /// <summary>A (sparse) file one word larger than the input region: refused from its size, before it is read.</summary>
    [Fact]
    public void Input_larger_than_the_input_region()
    {
        var p = dir.File("big.bin");
        using (var f = File.Create(p)) f.SetLength(128L << 20);
        OneError(Run("run", Uart(), "-i", p), $"big.bin: input too big ({128L << 20} bytes; the limit is {(128L << 20) - 8})");
    }

    // ------------------------------------------------------------------ run-time failures

    const string Prologue = ".org 0x1000\n copyb imm:0, imm:0 j(@main, @main)\n.org 0x1004\nexit:\n copyb imm:0, imm:0 end j(0, 0)\n.org 0x1008\nmain:\n";

    string Rom(string body)
    {
        var rom = dir.File("p.zrom");
        var (rc, _, err) = Run("asm", Put("p.zasm", Prologue + body), "-o", rom);
        Assert.True(rc == 0, err);
        return rom;
    }

    [Fact]
    public void Run_store_into_an_unmapped_gap() =>
        OneError(Run("run", Rom(" copyb imm:0, imm:7 -> mem:[0x50000000] j(4, 4)\n copyb imm:0, imm:0 j(@exit, @exit)\n")),
            "pc 0x1008 (copyb imm:0, imm:7 -> mem:[0x50000000] j(4, 4)) at step 1: Mem::write_silent() invalid addr=1342177280=50000000 write section start=a0000000 end=c0000000");

    [Fact]
    public void Run_load_from_an_unmapped_gap() =>
        OneError(Run("run", Rom(" copyb imm:0, mem:[0x50000000] -> r1 j(4, 4)\n copyb imm:0, imm:0 j(@exit, @exit)\n")),
            "pc 0x1008 (copyb imm:0, mem:[0x50000000] -> r1 j(4, 4)) at step 1: Mem::read() section not found for addr: 1342177280=50000000 with width: 8");

    [Fact]
    public void Run_misaligned_precompile_pointer() =>
        OneError(Run("run", Rom(" keccak imm:0, imm:0xa0030004 j(4, 4)\n copyb imm:0, imm:0 j(@exit, @exit)\n")),
            "pc 0x1008 (keccak imm:0, imm:0xa0030004 j(4, 4)) at step 1: opc_keccak() found address not aligned to 8 bytes");

    [Fact]
    public void Run_step_budget_exhausted() =>
        OneError(Run("run", Rom("loop:\n add r1, imm:1 -> r1 j(4, 4)\n copyb imm:0, imm:0 j(@loop, @loop)\n"), "-n", "1000"),
            "step limit of 1000 reached at pc 0x10");

    [Fact]
    public void Run_halt()
    {
        var r = Run("run", TestPaths.SharedFile("zisk-micro", "halt.elf"));
        OneError(r, "halt");
    }

    [Fact]
    public void Run_missing_program() => OneError(Run("run", dir.File("none.zrom")), "none.zrom: no such file");
}
