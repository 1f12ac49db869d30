using ZiskLlc.Isa;

namespace ZiskLlc.Riscv.Decoding;

/// <summary>
/// Decodes a code section into RISC-V instructions exactly the way ZisK's `riscv_interpreter.rs`
/// does (spec §7.0): the bytes are read as little-endian halfwords; a halfword whose low two bits
/// are not 11 is a 16-bit instruction, else it starts a 32-bit one; a zero halfword followed by a
/// zero halfword is a 32-bit `addi x0,x0,0`, a zero halfword last in the section or followed by a
/// non-zero halfword is a 2-byte `c.halt`; unknown encodings are `reserved`/`c.reserved`. Operand
/// fields are extracted as ZisK extracts them, quirks included (they decide the translation).
/// </summary>
public static class RvDecoder
{
    static readonly RvOpcodeRow[][] ByOpcode = Bucket(RvOpcodeTable.Rows32, 128, m => m & 0x7F);
    static readonly RvOpcodeRow[][] ByQuadrantF3 = Bucket(RvOpcodeTable.Rows16, 32, m => (m & 3) | ((m >> 13) << 2));

    static RvOpcodeRow[][] Bucket(RvOpcodeRow[] rows, int n, Func<uint, uint> key) =>
        Enumerable.Range(0, n).Select(k => rows.Where(r => key(r.Match) == (uint)k).ToArray()).ToArray();

    /// <summary>Decodes a whole code section that starts at <paramref name="address"/>.</summary>
    /// <exception cref="UserError">A 32-bit instruction is cut by the end of the section.</exception>
    public static List<RvInstruction> DecodeSection(ulong address, ReadOnlySpan<byte> code, string where = "")
    {
        var list = new List<RvInstruction>(code.Length / 3);
        int n = code.Length / 2, k = 0;
        while (k < n)
        {
            ulong at = address + 2UL * (uint)k;
            ushort h = Half(code, k++);
            if (h == 0)
            {
                if (k < n && Half(code, k) == 0)
                {
                    k++;
                    list.Add(new RvInstruction { Address = at, Raw = 0, Size = 4, Name = "addi", Mnemonic = "addi", Format = RvFormat.I });
                }
                else list.Add(new RvInstruction { Address = at, Raw = 0, Size = 2, Name = "c.halt", Mnemonic = "c.unimp", Format = RvFormat.CInvalid });
                continue;
            }
            if ((h & 3) != 3) { list.Add(Decode16(h, at)); continue; }
            if (k >= n)
                throw new UserError($"{where}incomplete 32-bit instruction at 0x{at:x} at the end of the code section");
            uint w = h | ((uint)Half(code, k++) << 16);
            list.Add(Decode32(w, at));
        }
        return list;
    }

    static ushort Half(ReadOnlySpan<byte> b, int k) => (ushort)(b[2 * k] | (b[2 * k + 1] << 8));

    static int SignExt(uint v, int bits) => (int)(v << (32 - bits)) >> (32 - bits);

    /// <summary>Decodes one 32-bit encoding at <paramref name="at"/>.</summary>
    public static RvInstruction Decode32(uint w, ulong at)
    {
        var row = RvOpcodeTable.Find(ByOpcode[w & 0x7F], w);
        var i = new RvInstruction { Address = at, Raw = w, Size = 4, Name = row?.Name ?? "reserved", Mnemonic = row?.Name ?? "reserved", Format = row?.Format ?? RvFormat.Invalid };
        int rd = (int)((w >> 7) & 0x1F), rs1 = (int)((w >> 15) & 0x1F), rs2 = (int)((w >> 20) & 0x1F);
        switch (i.Format)
        {
            case RvFormat.I:
                int imm = SignExt(w >> 20, 12);
                if (row!.Value.Shift) imm &= 0x3F; // §7.0: shift immediates keep their low 6 bits
                return i with { Rd = rd, Rs1 = rs1, Imm = imm };
            case RvFormat.R: return i with { Rd = rd, Rs1 = rs1, Rs2 = rs2 };
            case RvFormat.R4: return i with { Rd = rd, Rs1 = rs1, Rs2 = rs2, Rs3 = (int)(w >> 27) };
            case RvFormat.S: return i with { Rs1 = rs1, Rs2 = rs2, Imm = SignExt(((w >> 25) << 5) | ((w >> 7) & 0x1F), 12) };
            case RvFormat.B:
                uint b = ((w >> 31) << 12) | (((w >> 7) & 1) << 11) | (((w >> 25) & 0x3F) << 5) | (((w >> 8) & 0xF) << 1);
                return i with { Rs1 = rs1, Rs2 = rs2, Imm = SignExt(b, 13) };
            case RvFormat.U: return i with { Rd = rd, Imm = (int)(w & 0xFFFFF000) };
            case RvFormat.J:
                uint j = ((w >> 31) << 20) | (((w >> 12) & 0xFF) << 12) | (((w >> 20) & 1) << 11) | (((w >> 21) & 0x3FF) << 1);
                return i with { Rd = rd, Imm = SignExt(j, 21) };
            case RvFormat.Amo: return i with { Rd = rd, Rs1 = rs1, Rs2 = rs2 };
            case RvFormat.Sys:
                if (((w >> 12) & 7) == 0) // QUIRK (riscv_interpreter.rs): only the exact ebreak word is ebreak
                    return i with { Name = w == 0x00100073 ? "ebreak" : "ecall" };
                return ((w >> 12) & 4) != 0
                    ? i with { Rd = rd, Imme = (uint)rs1, Csr = w >> 20 }
                    : i with { Rd = rd, Rs1 = rs1, Csr = w >> 20 };
            case RvFormat.Fence:
                // ZisK accepts only plain fence (no fm/rs1/rd bits) and plain fence.i
                bool ok = i.Name == "fence" ? (w & 0xF00F8F80) == 0 : (w & 0xFFFF8F80) == 0;
                return ok ? i : i with { Name = "reserved" };
            default: return i;
        }
    }

    static int CReg(uint three) => 8 + (int)(three & 7);

    /// <summary>Decodes one 16-bit (non-zero) encoding at <paramref name="at"/>.</summary>
    public static RvInstruction Decode16(ushort h, ulong at)
    {
        uint c = h;
        var row = RvOpcodeTable.Find(ByQuadrantF3[(c & 3) | ((c >> 13) << 2)], c);
        var i = new RvInstruction { Address = at, Raw = c, Size = 2, Name = row?.Name ?? "c.reserved", Mnemonic = row?.Name ?? "c.reserved", Format = row?.Format ?? RvFormat.CInvalid };
        uint B(int pos, int len = 1) => (c >> pos) & ((1u << len) - 1);
        int r5 = (int)B(7, 5), rs2f = (int)B(2, 5);
        switch (i.Format)
        {
            case RvFormat.CR:
                return i.Name switch
                {
                    "c.jr" => i with { Rs1 = r5, Rs2 = rs2f },
                    "c.jalr" => i with { Rd = 1, Rs1 = r5, Rs2 = rs2f },
                    "c.mv" => i with { Rd = r5, Rs1 = 0, Rs2 = rs2f, Name = r5 == 0 ? "c.nop" : "c.mv" },
                    _ => i with { Rd = r5, Rs1 = r5, Rs2 = rs2f },
                };
            case RvFormat.CI: return DecodeCi(i, c, r5);
            case RvFormat.CSS:
                uint f3 = B(13, 3);
                int css = f3 == 6 ? (int)((B(7, 2) << 6) | (B(9, 4) << 2)) : (int)((B(7, 3) << 6) | (B(10, 3) << 3));
                return i with { Rs1 = 2, Rs2 = rs2f, Imm = css };
            case RvFormat.CIW:
                return i with { Rd = CReg(B(2, 3)), Rs1 = 2, Imm = (int)((B(7, 4) << 6) | (B(11, 2) << 4) | (B(5) << 3) | (B(6) << 2)) };
            case RvFormat.CL:
            case RvFormat.CS:
                int off = i.Name is "c.lw" or "c.sw" ? (int)((B(5) << 6) | (B(10, 3) << 3) | (B(6) << 2)) : (int)((B(5, 2) << 6) | (B(10, 3) << 3));
                return i.Format == RvFormat.CL
                    ? i with { Rd = CReg(B(2, 3)), Rs1 = CReg(B(7, 3)), Imm = off }
                    : i with { Rs1 = CReg(B(7, 3)), Rs2 = CReg(B(2, 3)), Imm = off };
            case RvFormat.CA:
                return i with { Rd = CReg(B(7, 3)), Rs1 = CReg(B(7, 3)), Rs2 = CReg(B(2, 3)) };
            case RvFormat.CB:
                if (i.Name == "c.andi") return i with { Rd = CReg(B(7, 3)), Rs1 = CReg(B(7, 3)), Imm = SignExt((B(12) << 5) | B(2, 5), 6) };
                if (i.Name == "c.srli") return i with { Rd = CReg(B(7, 3)), Rs1 = CReg(B(7, 3)), Imm = (int)((B(12) << 5) | B(2, 5)) };
                uint cb = (B(12) << 8) | (B(5, 2) << 6) | (B(2) << 5) | (B(10, 2) << 3) | (B(3, 2) << 1);
                return i with { Rs1 = CReg(B(7, 3)), Imm = SignExt(cb, 9) };
            case RvFormat.CJ:
                uint cj = (B(12) << 11) | (B(8) << 10) | (B(9, 2) << 8) | (B(6) << 7) | (B(7) << 6) | (B(2) << 5) | (B(11) << 4) | (B(3, 3) << 1);
                return i with { Imm = SignExt(cj, 12) };
            default: return i;
        }
    }

    /// <summary>CI-format fields (riscv_interpreter.rs), with ZisK's rewrites to c.nop / c.reserved.</summary>
    static RvInstruction DecodeCi(RvInstruction i, uint c, int rd)
    {
        uint B(int pos, int len = 1) => (c >> pos) & ((1u << len) - 1);
        i = i with { Rd = rd, Rs1 = rd };
        switch (i.Name)
        {
            case "c.addi16sp":
                return i with { Imm = SignExt((B(12) << 9) | (B(3, 2) << 7) | (B(5) << 6) | (B(2) << 5) | (B(6) << 4), 10) };
            case "c.addi":
            case "c.addiw":
                i = i with { Imm = SignExt((B(12) << 5) | B(2, 5), 6) };
                return rd == 0 ? i with { Name = "c.nop" } : i;
            case "c.li":
                return rd == 0 ? i with { Name = "c.nop" } : i with { Imm = SignExt((B(12) << 5) | B(2, 5), 6), Rs1 = 0 };
            case "c.lui":
                i = i with { Imm = SignExt((B(12) << 17) | (B(2, 5) << 12), 18) };
                return rd == 0 ? i with { Name = "c.nop" } : i;
            case "c.ldsp":
                return i with { Imm = (int)((B(2, 3) << 6) | (B(12) << 5) | (B(5, 2) << 3)), Rs1 = 2, Name = rd == 0 ? "c.reserved" : i.Name };
            case "c.lwsp":
                return i with { Imm = (int)((B(2, 2) << 6) | (B(12) << 5) | (B(4, 3) << 2)), Rs1 = 2, Name = rd == 0 ? "c.reserved" : i.Name };
            default:
                // c.slli, c.srai, c.nop, c.ebreak and (QUIRK) c.fldsp: ZisK takes imm = imm[5]|imm[4:0]
                // unsigned and keeps rs1 = rd (c.fldsp's real offset and base x2 are not used).
                return i with { Imm = (int)((B(12) << 5) | B(2, 5)) };
        }
    }
}
