

namespace ZiskLlc.Isa;

/// <summary>
/// The "frequent operation" predicates of spec Appendix A (ZisK's `binary_basic_frops.rs`,
/// `binary_extension_frops.rs`, `arith_frops.rs`), on the raw 64-bit a and b of the step. A frop's
/// fixed cost goes to FROPS only (§8.3).
/// </summary>
public static class Frops
{
    const ulong Low = 386;

    /// <summary>True when executing <paramref name="op"/> on (a, b) is a frop.</summary>
    public static bool IsFrop(Opcode op, ulong a, ulong b)
    {
        bool low = a < Low && b < Low;
        switch (op)
        {
            case Opcode.AddW: case Opcode.EqW: case Opcode.LtuW: case Opcode.LtW:
            case Opcode.Leu: case Opcode.Le: case Opcode.LeuW: case Opcode.LeW:
                return low;
            case Opcode.Eq:
                return low || (b == 0 && a <= 0xFFFFF);
            case Opcode.Ltu:
                return low || (b == 1 && (a < Low || a >= 0xFFFF_FFFF_FFFF_FF80));
            case Opcode.Lt:
                if (low) return true;
                // b in [0xA0100000, 0xA0120000), 8-aligned, a ≤ b at a short or 8-multiple distance.
                if (a <= b && (b & 0xFFFF_FFFF_FFFE_0007) == 0xA010_0000)
                {
                    ulong d = b - a;
                    return d < 16 || (d <= 1928 && (d & 7) == 0);
                }
                return a == 0 && b < 0x10000;
            case Opcode.Add:
                if (b < Low)
                {
                    if (a < Low) return true;
                    return b switch
                    {
                        0 => a >= 0xA010_0000 && a < 0xA020_0000 && (a & 7) == 0,
                        1 => a >= 0xA010_0000 && a < 0xA020_0000,
                        8 => (a & 7) == 0 && ((a >= 0xA010_0000 && a < 0xA020_0000) || (a >= 0x8000_0000 && a < 0x8080_0000)),
                        _ => false,
                    };
                }
                if (b == ulong.MaxValue) return a < 24628;
                return b >= 0xFFFF_FFFF_FFFF_FFF7 && a < 1024;
            case Opcode.And:
                return low
                    || (a == 0xFFFF_FFFF_FFFF_FFFC && (b & 3) == 0 && b >= 0x8000_0000 && b < 0x8090_0000)
                    || (b == 0xFFFF_FFFF_FFFF_FFF8 && a < 1024)
                    || (b == 7 && a >= 0xA010_0000 && a < 0xA020_0000 && (a & 7) == 0);
            case Opcode.Or:
                return low || (a < 0x1000 && b <= 16);
            case Opcode.Sub:
                return low || (a < 4192 && b <= 8);
            case Opcode.SubW:
                return low || (a == 0 && (b & 0xFFFF_FFFF_FFF0_0003) == 0xA010_0000);
            case Opcode.Xor:
                return low || (b == ulong.MaxValue && a < 2);
            // Binary extension (§ Appendix A).
            case Opcode.SignExtendB: case Opcode.SignExtendH: case Opcode.SignExtendW:
            case Opcode.Sll: case Opcode.SllW: case Opcode.Sra: case Opcode.SraW: case Opcode.SrlW:
                return low;
            case Opcode.Srl:
                return low || (a >= 0xFFFF_FFFF_FFFF_F000 && b <= 64);
            // Arith.
            case Opcode.Mulu: case Opcode.Muluh: case Opcode.Mulsuh: case Opcode.Mul: case Opcode.Mulh: case Opcode.MulW:
            case Opcode.Divu: case Opcode.Remu: case Opcode.Div: case Opcode.Rem:
            case Opcode.DivuW: case Opcode.RemuW: case Opcode.DivW: case Opcode.RemW:
                return low;
            default:
                return false;
        }
    }
}
