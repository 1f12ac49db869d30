using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;
using static ZiskLlc.Riscv.Tests.Enc;

namespace ZiskLlc.Riscv.Tests;

/// <summary>Decoder fields for every instruction class and the §7.0 stream rules.</summary>
public class DecoderTests
{
    const ulong At = 0x80000000;
    static RvInstruction D32(uint w) => RvDecoder.Decode32(w, At);
    static RvInstruction D16(ushort h) => RvDecoder.Decode16(h, At);

    [Fact]
    public void BaseIntegerFormats()
    {
        Assert.Equal(("add", 5, 6, 7), (D32(Add(5, 6, 7)).Name, D32(Add(5, 6, 7)).Rd, D32(Add(5, 6, 7)).Rs1, D32(Add(5, 6, 7)).Rs2));
        var addi = D32(Addi(10, 11, -2048));
        Assert.Equal(("addi", 10, 11, -2048), (addi.Name, addi.Rd, addi.Rs1, addi.Imm));
        var slli = D32(I(0x13, 1, 5, 6, 63));
        Assert.Equal(("slli", 63), (slli.Name, slli.Imm));
        var srai = D32(I(0x13, 5, 5, 6, 0x400 | 33)); // funct6 = 16
        Assert.Equal(("srai", 33), (srai.Name, srai.Imm)); // §7.0: low 6 bits only
        var sraiw = D32(R(0x1B, 5, 32, 5, 6, 31));
        Assert.Equal(("sraiw", 31), (sraiw.Name, sraiw.Imm));
        var sd = D32(S(0x23, 3, 8, 10, -16));
        Assert.Equal(("sd", 8, 10, -16), (sd.Name, sd.Rs1, sd.Rs2, sd.Imm));
        var bge = D32(B(5, 10, 11, -4096));
        Assert.Equal(("bge", -4096), (bge.Name, bge.Imm));
        var lui = D32(U(0x37, 5, 0x80000));
        Assert.Equal(("lui", unchecked((int)0x80000000)), (lui.Name, lui.Imm));
        var jal = D32(J(1, -1048576));
        Assert.Equal(("jal", 1, -1048576), (jal.Name, jal.Rd, jal.Imm));
        Assert.Equal("jalr", D32(I(0x67, 0, 1, 5, 3)).Name);
        foreach (var (f3, name) in new[] { (0u, "lb"), (1u, "lh"), (2u, "lw"), (3u, "ld"), (4u, "lbu"), (5u, "lhu"), (6u, "lwu") })
            Assert.Equal(name, D32(I(0x03, f3, 5, 6, 8)).Name);
        Assert.Equal("reserved", D32(I(0x03, 7, 5, 6, 8)).Name);
    }

    [Fact]
    public void MulDivAtomicsSystem()
    {
        string[] m = ["mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu"];
        for (uint f3 = 0; f3 < 8; f3++) Assert.Equal(m[f3], D32(R(0x33, f3, 1, 5, 6, 7)).Name);
        Assert.Equal("remuw", D32(R(0x3B, 7, 1, 5, 6, 7)).Name);
        var amo = D32(Amo(3, 0, 5, 6, 7));
        Assert.Equal(("amoadd.d", 5, 6, 7), (amo.Name, amo.Rd, amo.Rs1, amo.Rs2));
        Assert.Equal("lr.w", D32(Amo(2, 2, 5, 6, 0)).Name);
        Assert.Equal("amomaxu.w", D32(Amo(2, 28, 5, 6, 7) | (1u << 26)).Name); // aq ignored
        Assert.Equal("ecall", D32(0x00000073).Name);
        Assert.Equal("ebreak", D32(0x00100073).Name);
        Assert.Equal("reserved", D32(0x30200073).Name); // mret: not accepted by ZisK
        var csr = D32(Csrrs(5, 0xF12, 0));
        Assert.Equal(("csrrs", 5, 0, 0xF12u), (csr.Name, csr.Rd, csr.Rs1, csr.Csr));
        var csri = D32(Csr(6, 0, 2, 0x816));
        Assert.Equal(("csrrsi", 2u, 0), (csri.Name, csri.Imme, csri.Rs1)); // i-forms: bits 19..15 in imme
        Assert.Equal("fence", D32(0x0ff0000f).Name);
        Assert.Equal("reserved", D32(0x8330000f).Name); // fence.tso has fm bits: ZisK rejects it
        Assert.Equal("fence.i", D32(0x0000100f).Name);
    }

    [Fact]
    public void FloatEncodingsAreRecognised()
    {
        Assert.Equal("fadd.d", D32(R(0x53, 7, 1, 1, 2, 3)).Name);
        Assert.Equal("fmadd.s", D32(0x43 | (1u << 7) | (2u << 15) | (3u << 20) | (4u << 27)).Name);
        Assert.Equal("fcvt.d.lu", D32(R(0x53, 7, 105, 1, 10, 3)).Name);
        Assert.Equal("fmv.x.d", D32(R(0x53, 0, 113, 10, 1, 0)).Name);
        Assert.Equal(RvFormat.I, D32(R(0x53, 0, 121, 1, 10, 0)).Format); // fmv.d.x decoded as I-type by ZisK
        Assert.Equal("fld", D32(I(0x07, 3, 1, 10, 8)).Name);
        Assert.Equal("fsd", D32(S(0x27, 3, 10, 1, 8)).Name);
    }

    [Fact]
    public void CompressedFormsAndZiskRewrites()
    {
        // encodings from llvm-objdump of zisk-micro/compressed.elf
        var slli = D16(0x0412); Assert.Equal(("c.slli", 8, 8, 4), (slli.Name, slli.Rd, slli.Rs1, slli.Imm));
        var li = D16(0x553d); Assert.Equal(("c.li", 10, 0, -17), (li.Name, li.Rd, li.Rs1, li.Imm));
        var lui = D16(0x7585); Assert.Equal(("c.lui", 11, unchecked((int)0xfffe1000)), (lui.Name, lui.Rd, lui.Imm));
        var sd = D16(0xe40c); Assert.Equal(("c.sd", 8, 11, 8), (sd.Name, sd.Rs1, sd.Rs2, sd.Imm));
        var mv = D16(0x86ae); Assert.Equal(("c.mv", 13, 0, 11), (mv.Name, mv.Rd, mv.Rs1, mv.Rs2));
        var addiw = D16(0x37fd); Assert.Equal(("c.addiw", 15, -1), (addiw.Name, addiw.Rd, addiw.Imm));
        var subw = D16(0x9f8d); Assert.Equal(("c.subw", 15, 15, 11), (subw.Name, subw.Rd, subw.Rs1, subw.Rs2));
        Assert.Equal("c.srai", D16(0x8405 | 0x0400).Name);
        var srai = D16(0x8485); // c.srai s1, 1
        Assert.Equal(("c.srai", 9, 1), (srai.Name, srai.Rd, srai.Imm));
        var jr = D16(0x8082); Assert.Equal(("c.jr", 1, 0), (jr.Name, jr.Rs1, jr.Rd));
        var jalr = D16(0x9282); Assert.Equal(("c.jalr", 5, 1), (jalr.Name, jalr.Rs1, jalr.Rd));
        var j = D16(0xa001); Assert.Equal(("c.j", 0), (j.Name, j.Imm));
        var beqz = D16(0xc111); Assert.Equal(("c.beqz", 10, 4), (beqz.Name, beqz.Rs1, beqz.Imm));
        var sdsp = D16(0xe406); Assert.Equal(("c.sdsp", 2, 1, 8), (sdsp.Name, sdsp.Rs1, sdsp.Rs2, sdsp.Imm));
        var ldsp = D16(0x60a2); Assert.Equal(("c.ldsp", 1, 2, 8), (ldsp.Name, ldsp.Rd, ldsp.Rs1, ldsp.Imm));
        var a4 = D16(0x0028); Assert.Equal(("c.addi4spn", 10, 2, 8), (a4.Name, a4.Rd, a4.Rs1, a4.Imm));
        var a16 = D16(0x7139); Assert.Equal(("c.addi16sp", 2, -64), (a16.Name, a16.Rd, a16.Imm));
        // §7.0 rewrites
        Assert.Equal(("c.nop", "c.li"), (D16(0x4015).Name, D16(0x4015).Mnemonic));      // c.li x0, 5
        Assert.Equal("c.nop", D16(0x8016).Name);                                         // c.mv x0, t0
        Assert.Equal("c.nop", D16(0x6005).Name);                                         // c.lui x0, 1
        Assert.Equal("c.reserved", D16(0x6002).Name);                                    // c.ldsp x0
        Assert.Equal("c.reserved", D16(0x4002).Name);                                    // c.lwsp x0
        Assert.Equal("c.reserved", D16(0x8000 | 0x0400 | 0x0000 | 0x1000 | 0x0040 | 0x0001 | 0x0c00).Name); // reserved CA form
    }

    [Fact]
    public void StreamRulesForZeroHalfwords()
    {
        // 0000 0000 → 32-bit addi x0,x0,0; 0000 then c.nop (0001) → c.halt then c.nop; final 0000 → c.halt
        var list = RvDecoder.DecodeSection(At, new byte[] { 0, 0, 0, 0, 0, 0, 1, 0, 0, 0 });
        Assert.Equal(["addi", "c.halt", "c.nop", "c.halt"], list.Select(i => i.Name).ToArray());
        Assert.Equal([At, At + 4, At + 6, At + 8], list.Select(i => i.Address).ToArray());
        Assert.Equal([4, 2, 2, 2], list.Select(i => i.Size).ToArray());
    }

    [Fact]
    public void TruncatedThirtyTwoBitInstructionIsAnError()
    {
        var e = Assert.Throws<UserError>(() => RvDecoder.DecodeSection(At, new byte[] { 0x13, 0x05 }, "f.elf: "));
        Assert.Contains("0x80000000", e.Message);
        Assert.StartsWith("f.elf: ", e.Message);
    }

    [Fact]
    public void DisassemblyText()
    {
        Assert.Equal("addi a0, a1, -0x800", RvDisassembler.Format(D32(Addi(10, 11, -2048))));
        Assert.Equal("sd a0, -0x10(s0)", RvDisassembler.Format(D32(S(0x23, 3, 8, 10, -16))));
        Assert.Equal("c.li a0, -0x11", RvDisassembler.Format(D16(0x553d)));
        Assert.Equal("csrrs a0, 0xf12, zero", RvDisassembler.Format(D32(Csrrs(10, 0xF12, 0))));
    }
}
