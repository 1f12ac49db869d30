using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;
using ZiskLlc.Riscv.Transpile;
using static ZiskLlc.Riscv.Tests.Enc;

namespace ZiskLlc.Riscv.Tests;

/// <summary>
/// Golden expectations for the translation rows of spec §7 (written from the spec tables): the
/// ZisK instructions, their addresses A, A+1, … and their operand/store/jump fields.
/// </summary>
public class TranslatorTests
{
    const ulong A = 0x80000000;

    static List<TranslatedInstruction> Tr(params uint[] items) =>
        RvTranslator.TranslateSection(RvDecoder.DecodeSection(A, Code(items)), "t.elf: ");

    static Instruction One(params uint[] items) => Assert.Single(Tr(items)[0].Zisk);

    /// <summary>Shorthand of one instruction: op a b → store, j1, j2.</summary>
    static string Show(Instruction z)
    {
        static string Src(SourceKind k, ulong v) => k switch
        {
            SourceKind.Imm => $"I{(long)v}", SourceKind.Reg => $"R{v}", SourceKind.Mem => $"M{v:x}",
            SourceKind.LastC => "C", SourceKind.Ind => $"IND{(long)v}", _ => "?",
        };
        string st = z.Store switch
        {
            StoreKind.Reg => $"R{z.StoreOffset}", StoreKind.Mem => $"M{z.StoreOffset:x}", StoreKind.Ind => $"IND{z.StoreOffset}", _ => "-",
        };
        return $"@{z.Paddr - A} {z.Op} {Src(z.ASrc, z.A)} {Src(z.BSrc, z.B)} -> {st}{(z.StorePc ? " pc" : "")}{(z.SetPc ? " setpc" : "")}" +
            $" j({z.JmpOffset1},{z.JmpOffset2}){(z.IndWidth != 0 ? $" w{z.IndWidth}" : "")}{(z.End ? " end" : "")}";
    }

    static void Is(string expected, params uint[] items) => Assert.Equal(expected, Show(One(items)));
    static void Are(string[] expected, params uint[] items) => Assert.Equal(expected, Tr(items)[0].Zisk.Select(Show).ToArray());

    [Fact]
    public void RegisterRegister71()
    {
        Is("@0 CopyB I0 R6 -> R5 j(4,4)", Add(5, 0, 6));
        Is("@0 CopyB I0 R6 -> R5 j(4,4)", Add(5, 6, 0));
        Is("@0 Add R6 R7 -> R5 j(4,4)", Add(5, 6, 7));
        Is("@0 Add R6 R7 -> - j(4,4)", Add(0, 6, 7)); // rd = 0: executed, not stored
        Is("@0 CopyB I0 R7 -> R5 j(4,4)", R(0x33, 6, 0, 5, 0, 7)); // or with rs1 = 0
        Is("@0 Or R6 R7 -> R5 j(4,4)", R(0x33, 6, 0, 5, 6, 7));
        Is("@0 Lt R6 R7 -> R5 j(4,4)", R(0x33, 2, 0, 5, 6, 7));
        Is("@0 Ltu R6 R7 -> R5 j(4,4)", R(0x33, 3, 0, 5, 6, 7));
        Is("@0 Sra R6 R7 -> R5 j(4,4)", R(0x33, 5, 32, 5, 6, 7));
        Is("@0 SubW R6 R7 -> R5 j(4,4)", R(0x3B, 0, 32, 5, 6, 7));
        Is("@0 SllW R6 R7 -> R5 j(4,4)", R(0x3B, 1, 0, 5, 6, 7));
    }

    [Fact]
    public void RegisterImmediate72()
    {
        Is("@0 Flag I0 I0 -> - j(4,4)", Addi(0, 0, 0));              // nop
        Is("@0 Flag R5 I3 -> - j(4,4)", Addi(0, 5, 3));              // hint
        Is("@0 CopyB I0 R6 -> R5 j(4,4)", Addi(5, 6, 0));            // mv
        Is("@0 CopyB I0 I-7 -> R5 j(4,4)", Addi(5, 0, -7));          // li
        Is("@0 Add R6 I-7 -> R5 j(4,4)", Addi(5, 6, -7));
        Is("@0 Ltu R6 I-1 -> R5 j(4,4)", I(0x13, 3, 5, 6, -1));      // sltiu: sign-extended imm
        Is("@0 CopyB I0 I5 -> R5 j(4,4)", I(0x13, 4, 5, 0, 5));      // xori x0 → copyb
        Is("@0 And I0 I3 -> R5 j(4,4)", I(0x13, 7, 5, 0, 3));        // andi: no x0 special case
        Is("@0 Sll R6 I63 -> R5 j(4,4)", I(0x13, 1, 5, 6, 63));
        Is("@0 Flag I0 I0 -> - j(4,4)", I(0x1B, 0, 0, 0, 0));        // addiw nop
        Is("@0 AddW R6 I1 -> R5 j(4,4)", I(0x1B, 0, 5, 6, 1));
        Is("@0 CopyB I0 I-2147483648 -> R5 j(4,4)", U(0x37, 5, 0x80000));
        Is("@0 Flag I0 I0 -> R5 pc j(4,4096)", U(0x17, 5, 1));        // auipc: stored value pc + imm
    }

    [Fact]
    public void ControlTransfer73()
    {
        Is("@0 Flag I0 I0 -> R1 pc j(8,4)", J(1, 8));
        Is("@0 Flag I0 I0 -> - j(-8,4)", J(0, -8));
        Is($"@0 And I-2 R5 -> R1 pc setpc j(-4,4)", I(0x67, 0, 1, 5, -4));
        Are([$"@0 Add I3 R5 -> - j(1,1)", $"@1 And I-2 C -> R1 pc setpc j(0,3)"], I(0x67, 0, 1, 5, 3));
        Is("@0 Eq R10 R11 -> - j(16,4)", B(0, 10, 11, 16));
        Is("@0 Eq R10 R11 -> - j(4,16)", B(1, 10, 11, 16));
        Is("@0 Lt R10 R11 -> - j(4,-8)", B(5, 10, 11, -8));
        Is("@0 Ltu R10 R11 -> - j(-8,4)", B(6, 10, 11, -8));
    }

    [Fact]
    public void LoadsAndStores74()
    {
        Is("@0 SignExtendB R5 IND-1 -> R6 j(4,4) w1", I(0x03, 0, 6, 5, -1));
        Is("@0 CopyB R5 IND8 -> R6 j(4,4) w8", I(0x03, 3, 6, 5, 8));
        Is("@0 SignExtendW R5 IND4 -> R6 j(4,4) w4", I(0x03, 2, 6, 5, 4));
        Is("@0 CopyB R5 IND4 -> R6 j(4,4) w4", I(0x03, 6, 6, 5, 4));
        Is("@0 CopyB R5 R6 -> IND-3 j(4,4) w1", S(0x23, 0, 5, 6, -3));
        Is("@0 CopyB R5 R6 -> IND16 j(4,4) w8", S(0x23, 3, 5, 6, 16));
        Is("@0 SignExtendW R5 IND0 -> R6 j(4,4) w4", Amo(2, 2, 6, 5, 0));  // lr.w
        Are(["@0 CopyB R5 R6 -> IND0 j(1,1) w4", "@1 CopyB I0 I0 -> R7 j(3,3) w4"], Amo(2, 3, 7, 5, 6)); // sc.w rd≠0
        Is("@0 CopyB R5 R6 -> IND0 j(4,4) w8", Amo(3, 3, 0, 5, 6));        // sc.d x0
    }

    [Fact]
    public void MulDivAndAtomics75()
    {
        Is("@0 Mul R6 R7 -> R5 j(4,4)", R(0x33, 0, 1, 5, 6, 7));
        Is("@0 Mulsuh R6 R7 -> R5 j(4,4)", R(0x33, 2, 1, 5, 6, 7));
        Is("@0 DivW R6 R7 -> R5 j(4,4)", R(0x3B, 4, 1, 5, 6, 7));
        Is("@0 RemuW R6 R7 -> R5 j(4,4)", R(0x3B, 7, 1, 5, 6, 7));
        Are(["@0 SignExtendW R7 IND0 -> R5 j(1,1) w4", "@1 AddW C R6 -> - j(1,1)", "@2 CopyB R7 C -> IND0 j(2,2) w4"],
            Amo(2, 0, 5, 7, 6));
        Are(["@0 CopyB R7 IND0 -> Ma0000100 j(1,1) w8", "@1 Maxu C R6 -> - j(1,1)", "@2 CopyB R7 C -> IND0 j(1,1) w8",
             "@3 CopyB I0 Ma0000100 -> R6 j(1,1)"], Amo(3, 28, 6, 7, 6));
        Are(["@0 CopyB R7 IND0 -> R5 j(1,1) w8", "@1 CopyB R7 R6 -> IND0 j(3,3) w8"], Amo(3, 1, 5, 7, 6));
        Are(["@0 SignExtendW R7 IND0 -> Ma0000100 j(1,1) w4", "@1 CopyB R7 R6 -> IND0 j(1,1) w4",
             "@2 CopyB I0 Ma0000100 -> R7 j(2,2)"], Amo(2, 1, 7, 7, 6));
    }

    [Fact]
    public void SystemAndCsr76()
    {
        Is("@0 Flag I0 I0 -> - j(4,4)", 0x0ff0000f);
        Is("@0 CopyB I0 Ma0009828 -> R1 pc setpc j(0,4)", 0x00000073);
        Is("@0 Keccak I0 R10 -> - j(0,4)", Csrrs(0, 0x800, 10));
        Is("@0 CopyB I0 I0 -> - j(4,4)", Csrrs(0, 0x800, 0));            // csrs <precompile>, x0 = nop
        Is("@0 Add256 I0 R10 -> R5 j(0,4)", Csrrs(5, 0x811, 10));
        Is("@0 FcallParam I8 R10 -> - j(4,4)", Csrrs(0, 0x8F3, 10));
        Is("@0 Fcall I35 I0 -> - j(4,4)", Csr(5, 0, 3, 0x8C1));
        Is("@0 FcallGet I0 M40000000 -> R5 j(4,4)", Csrrs(5, 0xFFE, 0));
        Is("@0 CopyB I0 Ma000f890 -> R5 j(4,4)", Csrrs(5, 0xF12, 0));    // csrr marchid
        Is("@0 Or Ma0009a00 R6 -> Ma0009a00 j(4,4)", Csrrs(0, 0x340, 6));
        Is("@0 CopyB I0 I9 -> Ma0008348 j(4,4)", Csr(5, 0, 9, 0x340));    // csrwi: +8 QUIRK
        Are(["@0 CopyB I0 Ma0009a00 -> Ma0000108 j(1,1)", "@1 CopyB I0 R5 -> Ma0009a00 j(1,1)", "@2 CopyB I0 Ma0000108 -> R5 j(2,2)"],
            Csr(1, 5, 5, 0x340));
        Are(["@0 CopyB I0 Ma0009a00 -> R5 j(1,1)", "@1 Or C R6 -> Ma0009a00 j(3,3)"], Csrrs(5, 0x340, 6));
        Are(["@0 Xor I-1 R6 -> - j(1,1)", "@1 And Ma0009a00 C -> Ma0009a00 j(3,3)"], Csr(3, 0, 6, 0x340));
        Are(["@0 CopyB M0 Ma0009a00 -> R5 j(1,1)", "@1 CopyB M0 I1 -> Ma0009a00 j(3,3)"], Csr(5, 5, 1, 0x340)); // reads M[0] (panics if run)
        Is("@0 And Ma0009a00 I-5 -> Ma0009a00 j(4,4)", Csr(7, 0, 4, 0x340)); // csrci
    }

    [Fact]
    public void DmaAndProfileMarkers76()
    {
        var memcpy = Tr(Csrrs(0, 0x813, 11), Add(0, 10, 12));
        Assert.Equal("@0 CopyB I0 R12 -> Ma0000f00 j(0,4)", Show(Assert.Single(memcpy[0].Zisk)));
        Assert.Equal("@4 DmaMemCpy R10 R11 -> - j(0,4)", Show(Assert.Single(memcpy[1].Zisk)));
        var memcmp = Tr(Csrrs(0, 0x814, 11), Add(13, 10, 12));
        Assert.Equal("@4 DmaMemCmp R10 R11 -> R13 j(0,4)", Show(Assert.Single(memcmp[1].Zisk)));
        var x = Tr(Csrrs(0, 0x813, 11), Addi(10, 10, 16));
        Assert.Equal("@0 DmaXMemCpy R10 R11 -> R10 j(16,8)", Show(Assert.Single(x[0].Zisk)));
        Assert.Equal("@4 Add R10 I16 -> R10 j(4,4)", Show(Assert.Single(x[1].Zisk))); // still translated, skipped at run time
        Assert.Equal("@0 DmaXMemCmp R10 R11 -> R5 j(3,8)", Show(Tr(Csrrs(0, 0x814, 11), Addi(5, 10, 3))[0].Zisk[0]));
        Assert.Equal("@0 DmaInputCpy R10 R12 -> R5 j(0,8)", Show(Tr(Csrrs(0, 0x815, 11), Add(5, 10, 12))[0].Zisk[0]));
        Assert.Equal("@0 DmaInputCpy R10 I64 -> R5 j(0,8)", Show(Tr(Csrrs(0, 0x815, 11), Addi(5, 10, 64))[0].Zisk[0]));
        Assert.Equal("@0 DmaXMemSet R10 R12 -> - j(171,8)", Show(Tr(Csrrs(0, 0x816, 10), Addi(0, 12, 0xab))[0].Zisk[0]));
        Assert.Equal("@0 Profile R10 I5 -> - j(0,8)", Show(Tr(Csrrs(0, 0x81A, 10), Addi(0, 0, 5))[0].Zisk[0]));
        Assert.Empty(Tr(Csr(6, 0, 1, 0x816), Addi(0, 0, 0))[0].Zisk); // csrsi 0x816, 1: nothing emitted
    }

    [Fact]
    public void MarkerMisuseIsATranspileError()
    {
        var e = Assert.Throws<UserError>(() => Tr(Csr(6, 0, 2, 0x816), Addi(0, 10, 16), Addi(0, 10, 0)));
        Assert.Contains("0x80000000", e.Message);
        Assert.Contains("inst_size", e.Message);
        Assert.Throws<UserError>(() => Tr(Csrrs(0, 0x813, 11), R(0x33, 0, 32, 0, 10, 12)));  // memcpy marker + sub
        Assert.Throws<UserError>(() => Tr(Csrrs(0, 0x816, 10), Addi(0, 12, 300)));           // fill byte > 255
        Assert.Throws<UserError>(() => Tr(Csrrs(0, 0x81A, 10), Addi(0, 5, 5)));              // profile needs addi x0, x0
        Assert.Throws<UserError>(() => Tr(Csrrs(0, 0x813, 11)));                             // marker last in section
    }

    [Fact]
    public void CompressedOnes77()
    {
        Is("@0 Add I0 R11 -> R13 j(2,2)", 0x86ae);                       // c.mv → add (not copyb)
        Is("@0 Flag I0 I0 -> - j(2,2)", 0x4015);                         // c.li x0 → c.nop
        Is("@0 CopyB I0 I-17 -> R10 j(2,2)", 0x553d);                    // c.li
        Is($"@0 And I-2 R1 -> - setpc j(0,2)", 0x8082);        // c.jr ra
        Is($"@0 And I-2 R5 -> R1 pc setpc j(0,2)", 0x9282);    // c.jalr t0
        Is("@0 Eq R10 I0 -> - j(4,2)", 0xc111);                          // c.beqz a0, +4
        Is("@0 Halt I0 I0 -> - j(2,2) end", 0x6002);                     // c.ldsp x0 → c.reserved
        Is("@0 SignExtendW R2 IND8 -> R10 j(2,2) w4", 0x4522);            // c.lwsp a0, 8(sp)
        Is("@0 AddW R15 I-1 -> R15 j(2,2)", 0x37fd);
    }

    [Fact]
    public void FloatTrampolineAndFloatMemory78()
    {
        uint fadd = R(0x53, 7, 1, 1, 2, 3);
        Are([$"@0 CopyB I0 I{fadd} -> Ma0001108 j(1,1)", $"@1 CopyB I0 I{A + 4} -> Ma0001110 j({0x1008 - (long)(A + 1)},{0x1008 - (long)(A + 1)})"], fadd);
        Is("@0 CopyB R10 IND8 -> Ma0001008 j(4,4) w8", I(0x07, 3, 1, 10, 8));           // fld f1
        Is("@0 SignExtendW R10 IND8 -> Ma0001008 j(4,4) w4", I(0x07, 2, 1, 10, 8));     // flw f1 sign-extends
        Is("@0 CopyB R10 Ma0001008 -> IND8 j(4,4) w8", S(0x27, 3, 10, 1, 8));           // fsd f1
        Is("@0 Halt I0 I0 -> - j(4,4) end", 0xffffffff);                                 // reserved
    }
}
