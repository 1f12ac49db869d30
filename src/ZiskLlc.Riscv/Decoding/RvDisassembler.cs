namespace ZiskLlc.Riscv.Decoding;

/// <summary>
/// Renders a decoded instruction as text in the style of `llvm-objdump -d -M no-aliases`
/// (architectural mnemonics, ABI register names, hexadecimal immediates, branch targets as absolute
/// addresses). The mnemonic matches llvm-objdump's; operands are close to it (CSRs are numeric).
/// </summary>
public static class RvDisassembler
{
    static readonly string[] X =
    [
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    ];
    static readonly string[] F =
    [
        "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
        "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
    ];

    /// <summary>The ABI name of integer register r.</summary>
    public static string Reg(int r) => r is >= 0 and < 32 ? X[r] : $"x{r}";

    static string H(long v) => v < 0 ? $"-0x{-v:x}" : $"0x{v:x}";

    /// <summary>"mnemonic operands" for one instruction.</summary>
    public static string Format(RvInstruction i)
    {
        string m = i.Mnemonic;
        uint w = i.Raw;
        int rd = (int)((w >> 7) & 0x1F), rs1 = (int)((w >> 15) & 0x1F), rs2 = (int)((w >> 20) & 0x1F);
        string target = $"0x{i.Address + (ulong)(long)i.Imm:x}";
        if (i.Size == 4)
        {
            if (m is "reserved") return $"<unknown> 0x{w:x8}";
            if (m[0] == 'f' && m is not ("fence" or "fence.i"))
            {
                if (m is "flw" or "fld") return $"{m} {F[rd]}, {H(i.Imm)}({Reg(rs1)})";
                if (m is "fsw" or "fsd") return $"{m} {F[rs2]}, {H(i.Imm)}({Reg(rs1)})";
                return i.Format == RvFormat.R4 ? $"{m} {F[rd]}, {F[rs1]}, {F[rs2]}, {F[w >> 27]}" : $"{m} {rd}, {rs1}, {rs2}";
            }
            return i.Format switch
            {
                RvFormat.R => $"{m} {Reg(rd)}, {Reg(rs1)}, {Reg(rs2)}",
                RvFormat.I when m is "jalr" || m.StartsWith('l') => $"{m} {Reg(rd)}, {H(i.Imm)}({Reg(rs1)})",
                RvFormat.I => $"{m} {Reg(rd)}, {Reg(rs1)}, {H(i.Imm)}",
                RvFormat.S => $"{m} {Reg(rs2)}, {H(i.Imm)}({Reg(rs1)})",
                RvFormat.B => $"{m} {Reg(rs1)}, {Reg(rs2)}, {target}",
                RvFormat.U => $"{m} {Reg(rd)}, 0x{w >> 12:x}",
                RvFormat.J => $"{m} {Reg(rd)}, {target}",
                RvFormat.Amo when m.StartsWith("lr", StringComparison.Ordinal) => $"{m} {Reg(rd)}, ({Reg(rs1)})",
                RvFormat.Amo => $"{m} {Reg(rd)}, {Reg(rs2)}, ({Reg(rs1)})",
                RvFormat.Sys when m is "ecall" or "ebreak" => m,
                RvFormat.Sys when ((w >> 12) & 4) != 0 => $"{m} {Reg(rd)}, 0x{w >> 20:x}, {rs1}",
                RvFormat.Sys => $"{m} {Reg(rd)}, 0x{w >> 20:x}, {Reg(rs1)}",
                _ => m,
            };
        }
        if (m is "c.unimp" or "c.reserved") return m == "c.unimp" ? m : $"<unknown> 0x{w:x4}";
        return i.Format switch
        {
            RvFormat.CR when m is "c.jr" or "c.jalr" => $"{m} {Reg(i.Rs1)}",
            RvFormat.CR when m is "c.mv" => $"{m} {Reg((int)((w >> 7) & 0x1F))}, {Reg(i.Rs2)}",
            RvFormat.CR => $"{m} {Reg(i.Rd)}, {Reg(i.Rs2)}",
            RvFormat.CI when m is "c.nop" or "c.ebreak" => m,
            RvFormat.CI when m is "c.lwsp" or "c.ldsp" => $"{m} {Reg(i.Rd)}, {H(i.Imm)}(sp)",
            RvFormat.CI when m is "c.fldsp" => $"{m} {F[(w >> 7) & 0x1F]}, sp",
            RvFormat.CI when m is "c.lui" => $"{m} {Reg((int)((w >> 7) & 0x1F))}, 0x{((uint)i.Imm >> 12) & 0xFFFFF:x}",
            RvFormat.CI when m is "c.addi16sp" => $"{m} sp, {H(i.Imm)}",
            RvFormat.CI => $"{m} {Reg((int)((w >> 7) & 0x1F))}, {H(i.Imm)}",
            RvFormat.CSS => $"{m} {(m == "c.fsdsp" ? F[i.Rs2] : Reg(i.Rs2))}, {H(i.Imm)}(sp)",
            RvFormat.CIW => $"{m} {Reg(i.Rd)}, sp, {H(i.Imm)}",
            RvFormat.CL => $"{m} {(m == "c.fld" ? F[i.Rd] : Reg(i.Rd))}, {H(i.Imm)}({Reg(i.Rs1)})",
            RvFormat.CS => $"{m} {(m == "c.fsd" ? F[i.Rs2] : Reg(i.Rs2))}, {H(i.Imm)}({Reg(i.Rs1)})",
            RvFormat.CA => $"{m} {Reg(i.Rd)}, {Reg(i.Rs2)}",
            RvFormat.CB when m is "c.beqz" or "c.bnez" => $"{m} {Reg(i.Rs1)}, {target}",
            RvFormat.CB => $"{m} {Reg(i.Rd)}, {H(i.Imm)}",
            RvFormat.CJ => $"{m} {target}",
            _ => m,
        };
    }
}
