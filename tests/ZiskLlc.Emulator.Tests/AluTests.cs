using System.Numerics;
using CsCheck;
using ZiskLlc.Isa;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>c and flag of every ALU opcode (spec §3.1), executed by the emulator, against expected
/// values written out by hand (quirks included) and, for products and quotients, BigInteger.</summary>
public class AluTests
{
    /// <summary>Runs `op a, b`: c goes to output word 0, the flag (via the branch it takes) to word 1.</summary>
    internal static (ulong c, bool flag) Exec(Opcode op, ulong a, ulong b)
    {
        var r = Run(Seq(
            I(op, Im, a, Im, b, StoreKind.Mem, (long)Out, j1: 8, j2: 4),            // 0x1000
            I(Opcode.CopyB, Im, 0, Im, 0, StoreKind.Mem, (long)Out + 8, j2: 8),     // 0x1004: flag false
            I(Opcode.CopyB, Im, 0, Im, 1, StoreKind.Mem, (long)Out + 8),            // 0x1008: flag true
            I(Opcode.Flag, j1: 0, j2: 0))).Ok();                                   // 0x100c: end
        return (r.Out64(0), r.Out64(1) == 1);
    }

    const ulong M1 = ulong.MaxValue, Min64 = 0x8000_0000_0000_0000;

    [Theory]
    [InlineData(Opcode.Flag, 5UL, 6UL, 0UL, true)]
    [InlineData(Opcode.CopyB, 5UL, 6UL, 6UL, false)]
    [InlineData(Opcode.Minu, 5UL, M1, 5UL, false)]
    [InlineData(Opcode.Min, 5UL, M1, M1, false)]
    [InlineData(Opcode.Maxu, 5UL, M1, M1, false)]
    [InlineData(Opcode.Max, 5UL, M1, 5UL, false)]
    [InlineData(Opcode.Ltu, 5UL, M1, 1UL, true)]
    [InlineData(Opcode.Ltu, M1, 5UL, 0UL, false)]
    [InlineData(Opcode.Lt, M1, 5UL, 1UL, true)]
    [InlineData(Opcode.Lt, 5UL, 5UL, 0UL, false)]
    [InlineData(Opcode.Eq, 7UL, 7UL, 1UL, true)]
    [InlineData(Opcode.Eq, 7UL, 8UL, 0UL, false)]
    [InlineData(Opcode.Add, M1, 2UL, 1UL, false)]
    [InlineData(Opcode.Sub, 1UL, 2UL, M1, false)]
    [InlineData(Opcode.Leu, 5UL, 5UL, 1UL, true)]
    [InlineData(Opcode.Leu, M1, 5UL, 0UL, false)]
    [InlineData(Opcode.Le, M1, 0UL, 1UL, true)]
    [InlineData(Opcode.And, 0xF0F0UL, 0xFF00UL, 0xF000UL, false)]
    [InlineData(Opcode.Or, 0xF0F0UL, 0xFF00UL, 0xFFF0UL, false)]
    [InlineData(Opcode.Xor, 0xF0F0UL, 0xFF00UL, 0x0FF0UL, false)]
    // W forms compare low 32 bits; the chosen operand comes back sign-extended.
    [InlineData(Opcode.MinuW, 0x1_0000_0005UL, 0x8000_0000UL, 0x5UL, false)]
    [InlineData(Opcode.MinW, 0x5UL, 0x8000_0000UL, 0xFFFF_FFFF_8000_0000UL, false)]
    [InlineData(Opcode.MaxuW, 0x5UL, 0x2_8000_0000UL, 0xFFFF_FFFF_8000_0000UL, false)]
    [InlineData(Opcode.MaxW, 0x5UL, 0x8000_0000UL, 0x5UL, false)]
    [InlineData(Opcode.LtuW, 0x1_0000_0001UL, 0x2UL, 1UL, true)]
    [InlineData(Opcode.LtW, 0xFFFF_FFFFUL, 0UL, 1UL, true)]
    [InlineData(Opcode.EqW, 0x1_0000_0007UL, 0x7UL, 1UL, true)]
    [InlineData(Opcode.AddW, 0x7FFF_FFFFUL, 0x7FFF_FFFFUL, 0xFFFF_FFFF_FFFF_FFFEUL, false)]
    [InlineData(Opcode.SubW, 0UL, 0x8000_0000UL, 0xFFFF_FFFF_8000_0000UL, false)]
    [InlineData(Opcode.LeuW, 0x5_0000_0003UL, 0x3UL, 1UL, true)]
    [InlineData(Opcode.LeW, 0x8000_0000UL, 0x7FFF_FFFFUL, 1UL, true)]
    [InlineData(Opcode.Sll, 1UL, 68UL, 16UL, false)]               // amount & 63
    [InlineData(Opcode.Srl, Min64, 63UL, 1UL, false)]
    [InlineData(Opcode.Sra, Min64, 63UL, M1, false)]
    [InlineData(Opcode.SllW, 0x9ABC_DEF0UL, 36UL, 0xFFFF_FFFF_ABCD_EF00UL, false)] // QUIRK: & 31 → 4
    [InlineData(Opcode.SrlW, 0x8000_0000UL, 33UL, 0x4000_0000UL, false)]
    [InlineData(Opcode.SraW, 0x8000_0000UL, 31UL, M1, false)]
    [InlineData(Opcode.SignExtendB, 0UL, 0x180UL, 0xFFFF_FFFF_FFFF_FF80UL, false)]
    [InlineData(Opcode.SignExtendH, 99UL, 0x8000UL, 0xFFFF_FFFF_FFFF_8000UL, false)]
    [InlineData(Opcode.SignExtendW, 0UL, 0x1_8000_0000UL, 0xFFFF_FFFF_8000_0000UL, false)]
    [InlineData(Opcode.PubOut, 3UL, 0x1234UL, 0x1234UL, false)]
    [InlineData(Opcode.Mulu, M1, M1, 1UL, false)]
    [InlineData(Opcode.Muluh, M1, M1, 0xFFFF_FFFF_FFFF_FFFEUL, false)]
    [InlineData(Opcode.Mulsuh, M1, M1, M1, false)]                 // -1 · (2^64-1) = -(2^64-1): high word -1
    [InlineData(Opcode.Mul, M1, 3UL, 0xFFFF_FFFF_FFFF_FFFDUL, false)]
    [InlineData(Opcode.Mulh, M1, M1, 0UL, false)]
    [InlineData(Opcode.MulW, 0x1_0000_0002UL, 0x4000_0000UL, 0xFFFF_FFFF_8000_0000UL, false)]
    [InlineData(Opcode.Divu, 7UL, 0UL, M1, true)]
    [InlineData(Opcode.Divu, 7UL, 2UL, 3UL, false)]
    [InlineData(Opcode.Remu, 7UL, 0UL, 7UL, true)]
    [InlineData(Opcode.Div, Min64, M1, Min64, false)]
    [InlineData(Opcode.Div, 7UL, 0UL, M1, true)]
    [InlineData(Opcode.Div, 0xFFFF_FFFF_FFFF_FFF9UL, 2UL, 0xFFFF_FFFF_FFFF_FFFDUL, false)] // -7/2 = -3
    [InlineData(Opcode.Rem, Min64, M1, 0UL, false)]
    [InlineData(Opcode.Rem, 0xFFFF_FFFF_FFFF_FFF9UL, 2UL, M1, false)]                   // -7 rem 2 = -1
    [InlineData(Opcode.Rem, 9UL, 0UL, 9UL, true)]
    [InlineData(Opcode.DivuW, 0x1_0000_0000UL, 0x1_0000_0000UL, M1, true)]              // u32(b) = 0
    [InlineData(Opcode.DivuW, 0xFFFF_FFFEUL, 1UL, 0xFFFF_FFFF_FFFF_FFFEUL, false)]
    [InlineData(Opcode.RemuW, 0x9ABC_DEF1UL, 0UL, 0xFFFF_FFFF_9ABC_DEF1UL, true)]
    [InlineData(Opcode.DivW, 0x8000_0000UL, 0xFFFF_FFFFUL, 0x0000_0000_8000_0000UL, false)] // QUIRK
    [InlineData(Opcode.DivW, 5UL, 0UL, M1, true)]
    [InlineData(Opcode.RemW, 0x8000_0000UL, 0xFFFF_FFFFUL, 0UL, false)]
    [InlineData(Opcode.RemW, 0x9ABC_DEF1UL, 0x1_0000_0000UL, 0xFFFF_FFFF_9ABC_DEF1UL, true)]
    public void Computes_c_and_flag(Opcode op, ulong a, ulong b, ulong c, bool flag)
    {
        var (gc, gf) = Exec(op, a, b);
        Assert.Equal(c, gc);
        Assert.Equal(flag, gf);
        // The opcode table's Compute delegate agrees with the emulator.
        ulong tc = OpcodeTable.Get(op).Compute!(a, b, out bool tf);
        Assert.Equal((c, flag), (tc, tf));
    }

    static readonly BigInteger Two64 = BigInteger.One << 64;
    static BigInteger S(ulong v) => (long)v;
    static BigInteger U(ulong v) => v;
    static ulong Low(BigInteger v) => (ulong)(((v % Two64) + Two64) % Two64);
    static ulong High(BigInteger v) => Low(v >> 64);

    [Fact]
    public void Products_and_quotients_match_BigInteger()
    {
        Gen.Select(Gen.ULong, Gen.ULong).Sample((a, b) =>
        {
            Assert.Equal(High(U(a) * U(b)), Exec(Opcode.Muluh, a, b).c);
            Assert.Equal(High(S(a) * S(b)), Exec(Opcode.Mulh, a, b).c);
            Assert.Equal(High(S(a) * U(b)), Exec(Opcode.Mulsuh, a, b).c);
            Assert.Equal(Low(U(a) * U(b)), Exec(Opcode.Mul, a, b).c);
            if (b != 0)
            {
                Assert.Equal(a / b, Exec(Opcode.Divu, a, b).c);
                if (!(a == Min64 && b == M1))
                {
                    Assert.Equal(Low(BigInteger.Divide(S(a), S(b))), Exec(Opcode.Div, a, b).c);
                    Assert.Equal(Low(BigInteger.Remainder(S(a), S(b))), Exec(Opcode.Rem, a, b).c);
                }
            }
        }, iter: 200);
    }
}
