namespace ZiskLlc.Riscv.Decoding;

/// <summary>One table row: an encoding matches when (bits &amp; Mask) == Match.</summary>
/// <param name="Shift">A shift-immediate form: ZisK keeps only the low 6 bits of its immediate (§7.0).</param>
internal readonly record struct RvOpcodeRow(uint Mask, uint Match, string Name, RvFormat Format, bool Shift = false);

/// <summary>
/// The decoding tables: opcode/funct fields → instruction kind, for 32-bit encodings (RV64I, M, A,
/// Zicsr, fence, F/D) and 16-bit encodings (C). They accept exactly the encodings ZisK's
/// `riscv_rvd.rs` accepts (anything else is "reserved"/"c.reserved", which ZisK turns into halt,
/// §7.0); the first matching row wins. A few rows reproduce ZisK's classification quirks, marked.
/// </summary>
internal static class RvOpcodeTable
{
    const uint Op = 0x7F, F3 = 0x7000, F7 = 0xFE000000, F6 = 0xFC000000, F5 = 0xF8000000, Fmt = 0x06000000, Rs2F = 0x01F00000;
    const uint OpF3 = Op | F3, OpF3F7 = Op | F3 | F7;

    static uint O(uint opcode, uint f3 = 0) => opcode | (f3 << 12);
    static uint R(uint opcode, uint f3, uint f7) => opcode | (f3 << 12) | (f7 << 25);

    /// <summary>32-bit encodings.</summary>
    public static readonly RvOpcodeRow[] Rows32 = Build32();

    /// <summary>16-bit encodings (the all-zero halfword is handled by the stream rules, §7.0).</summary>
    public static readonly RvOpcodeRow[] Rows16 = Build16();

    static RvOpcodeRow[] Build32()
    {
        var t = new List<RvOpcodeRow>();
        void Add(uint mask, uint match, string name, RvFormat f, bool shift = false) => t.Add(new(mask, match, name, f, shift));

        string[] loads = ["lb", "lh", "lw", "ld", "lbu", "lhu", "lwu"];
        for (uint f3 = 0; f3 < 7; f3++) Add(OpF3, O(0x03, f3), loads[f3], RvFormat.I);
        Add(OpF3, O(0x07, 2), "flw", RvFormat.I);
        Add(OpF3, O(0x07, 3), "fld", RvFormat.I);
        Add(OpF3, O(0x0F, 0), "fence", RvFormat.Fence);
        Add(OpF3, O(0x0F, 1), "fence.i", RvFormat.Fence);
        // OP-IMM
        Add(OpF3, O(0x13, 0), "addi", RvFormat.I);
        Add(OpF3 | F6, O(0x13, 1), "slli", RvFormat.I, true);
        Add(OpF3, O(0x13, 2), "slti", RvFormat.I);
        Add(OpF3, O(0x13, 3), "sltiu", RvFormat.I);
        Add(OpF3, O(0x13, 4), "xori", RvFormat.I);
        Add(OpF3 | F6, O(0x13, 5), "srli", RvFormat.I, true);
        Add(OpF3 | F6, O(0x13, 5) | (16u << 26), "srai", RvFormat.I, true);
        Add(OpF3, O(0x13, 6), "ori", RvFormat.I);
        Add(OpF3, O(0x13, 7), "andi", RvFormat.I);
        Add(Op, 0x17, "auipc", RvFormat.U);
        // OP-IMM-32
        Add(OpF3, O(0x1B, 0), "addiw", RvFormat.I);
        Add(OpF3F7, R(0x1B, 1, 0), "slliw", RvFormat.I, true);
        Add(OpF3F7, R(0x1B, 5, 0), "srliw", RvFormat.I, true);
        Add(OpF3F7, R(0x1B, 5, 32), "sraiw", RvFormat.I, true);
        string[] stores = ["sb", "sh", "sw", "sd"];
        for (uint f3 = 0; f3 < 4; f3++) Add(OpF3, O(0x23, f3), stores[f3], RvFormat.S);
        Add(OpF3, O(0x27, 2), "fsw", RvFormat.S);
        Add(OpF3, O(0x27, 3), "fsd", RvFormat.S);
        // AMO: funct5 in bits 31..27 (aq/rl ignored)
        (uint f5, string n)[] amo = [(2, "lr"), (3, "sc"), (1, "amoswap"), (0, "amoadd"), (4, "amoxor"), (12, "amoand"),
            (8, "amoor"), (16, "amomin"), (20, "amomax"), (24, "amominu"), (28, "amomaxu")];
        foreach (var (f3, sfx) in new[] { (2u, ".w"), (3u, ".d") })
            foreach (var (f5, n) in amo) Add(OpF3 | F5, O(0x2F, f3) | (f5 << 27), n + sfx, RvFormat.Amo);
        // OP / OP-32 (register-register, M)
        (uint f3, uint f7, string n)[] op =
        [
            (0, 0, "add"), (0, 1, "mul"), (0, 32, "sub"), (1, 0, "sll"), (1, 1, "mulh"), (2, 0, "slt"), (2, 1, "mulhsu"),
            (3, 0, "sltu"), (3, 1, "mulhu"), (4, 0, "xor"), (4, 1, "div"), (5, 0, "srl"), (5, 1, "divu"), (5, 32, "sra"),
            (6, 0, "or"), (6, 1, "rem"), (7, 0, "and"), (7, 1, "remu"),
        ];
        foreach (var (f3, f7, n) in op) Add(OpF3F7, R(0x33, f3, f7), n, RvFormat.R);
        Add(Op, 0x37, "lui", RvFormat.U);
        (uint f3, uint f7, string n)[] op32 =
        [
            (0, 0, "addw"), (0, 1, "mulw"), (0, 32, "subw"), (1, 0, "sllw"), (4, 1, "divw"), (5, 0, "srlw"), (5, 1, "divuw"),
            (5, 32, "sraw"), (6, 1, "remw"), (7, 1, "remuw"),
        ];
        foreach (var (f3, f7, n) in op32) Add(OpF3F7, R(0x3B, f3, f7), n, RvFormat.R);
        // Fused multiply-add: fmt in bits 26..25 (0 = .s, 1 = .d)
        foreach (var (opc, n) in new[] { (0x43u, "fmadd"), (0x47u, "fmsub"), (0x4Bu, "fnmsub"), (0x4Fu, "fnmadd") })
        {
            Add(Op | Fmt, opc, n + ".s", RvFormat.R4);
            Add(Op | Fmt, opc | (1u << 25), n + ".d", RvFormat.R4);
        }
        AddFloatOps(Add);
        string[] br = ["beq", "bne", "", "", "blt", "bge", "bltu", "bgeu"];
        for (uint f3 = 0; f3 < 8; f3++) if (br[f3].Length > 0) Add(OpF3, O(0x63, f3), br[f3], RvFormat.B);
        Add(Op, 0x67, "jalr", RvFormat.I);
        Add(Op, 0x6F, "jal", RvFormat.J);
        // SYSTEM: ecall/ebreak need imm12 0/1 (rest of the bits are ignored by ZisK, see RvDecoder)
        Add(OpF3 | 0xFFF00000, O(0x73, 0), "ecall", RvFormat.Sys);
        Add(OpF3 | 0xFFF00000, O(0x73, 0) | (1u << 20), "ebreak", RvFormat.Sys);
        string[] csr = ["", "csrrw", "csrrs", "csrrc", "", "csrrwi", "csrrsi", "csrrci"];
        for (uint f3 = 1; f3 < 8; f3++) if (csr[f3].Length > 0) Add(OpF3, O(0x73, f3), csr[f3], RvFormat.Sys);
        return t.ToArray();
    }

    static void AddFloatOps(Action<uint, uint, string, RvFormat, bool> add)
    {
        const uint opf = 0x53;
        void A(uint mask, uint match, string n) => add(mask, match, n, RvFormat.R, false);
        foreach (var (f7, n) in new[] { (0u, "fadd"), (4u, "fsub"), (8u, "fmul"), (12u, "fdiv") })
        {
            A(Op | F7, opf | (f7 << 25), n + ".s");
            A(Op | F7, opf | ((f7 + 1) << 25), n + ".d");
        }
        foreach (var (sfx, d) in new[] { (".s", 0u), (".d", 1u) })
        {
            A(Op | F7 | F3, opf | ((16 + d) << 25) | (0u << 12), "fsgnj" + sfx);
            A(Op | F7 | F3, opf | ((16 + d) << 25) | (1u << 12), "fsgnjn" + sfx);
            A(Op | F7 | F3, opf | ((16 + d) << 25) | (2u << 12), "fsgnjx" + sfx);
            A(Op | F7 | F3, opf | ((20 + d) << 25) | (0u << 12), "fmin" + sfx);
            A(Op | F7 | F3, opf | ((20 + d) << 25) | (1u << 12), "fmax" + sfx);
            A(Op | F7 | Rs2F, opf | ((44 + d) << 25), "fsqrt" + sfx);
            A(Op | F7 | F3, opf | ((80 + d) << 25) | (2u << 12), "feq" + sfx);
            A(Op | F7 | F3, opf | ((80 + d) << 25) | (1u << 12), "flt" + sfx);
            A(Op | F7 | F3, opf | ((80 + d) << 25) | (0u << 12), "fle" + sfx);
            string[] ints = ["w", "wu", "l", "lu"];
            for (uint k = 0; k < 4; k++)
            {
                A(Op | F7 | Rs2F, opf | ((96 + d) << 25) | (k << 20), $"fcvt.{ints[k]}{sfx}");
                A(Op | F7 | Rs2F, opf | ((104 + d) << 25) | (k << 20), $"fcvt{sfx}.{ints[k]}");
            }
        }
        A(Op | F7 | Rs2F, opf | (32u << 25) | (1u << 20), "fcvt.s.d");
        A(Op | F7 | Rs2F, opf | (33u << 25) | (0u << 20), "fcvt.d.s");
        A(Op | F7 | F3 | Rs2F, opf | (112u << 25), "fmv.x.w");
        A(Op | F7 | F3 | Rs2F, opf | (112u << 25) | (1u << 12), "fclass.s");
        A(Op | F7 | F3 | Rs2F, opf | (113u << 25), "fmv.x.d");
        A(Op | F7 | F3 | Rs2F, opf | (113u << 25) | (1u << 12), "fclass.d");
        add(Op | F7 | F3 | Rs2F, opf | (120u << 25), "fmv.w.x", RvFormat.I, false); // ZisK decodes these two as I-type
        add(Op | F7 | F3 | Rs2F, opf | (121u << 25), "fmv.d.x", RvFormat.I, false);
    }

    static RvOpcodeRow[] Build16()
    {
        const uint Q = 0x3, F3c = 0xE000, Rd = 0x0F80, Rs2 = 0x007C, B12 = 0x1000, B1110 = 0x0C00, B65 = 0x0060;
        static uint C(uint q, uint f3) => q | (f3 << 13);
        return
        [
            new(Q | F3c, C(0, 0), "c.addi4spn", RvFormat.CIW),
            new(Q | F3c, C(0, 1), "c.fld", RvFormat.CL),
            new(Q | F3c, C(0, 2), "c.lw", RvFormat.CL),
            new(Q | F3c, C(0, 3), "c.ld", RvFormat.CL),
            new(Q | F3c, C(0, 5), "c.fsd", RvFormat.CS),
            new(Q | F3c, C(0, 6), "c.sw", RvFormat.CS),
            new(Q | F3c, C(0, 7), "c.sd", RvFormat.CS),
            new(Q | F3c | Rd, C(1, 0), "c.nop", RvFormat.CI),
            new(Q | F3c, C(1, 0), "c.addi", RvFormat.CI),
            new(Q | F3c, C(1, 1), "c.addiw", RvFormat.CI),
            new(Q | F3c, C(1, 2), "c.li", RvFormat.CI),
            new(Q | F3c | Rd, C(1, 3) | (2u << 7), "c.addi16sp", RvFormat.CI),
            new(Q | F3c, C(1, 3), "c.lui", RvFormat.CI),
            new(Q | F3c | B1110, C(1, 4) | (0u << 10), "c.srli", RvFormat.CB),
            new(Q | F3c | B1110, C(1, 4) | (1u << 10), "c.srai", RvFormat.CI), // QUIRK: ZisK classifies c.srai as CI
            new(Q | F3c | B1110, C(1, 4) | (2u << 10), "c.andi", RvFormat.CB),
            new(Q | F3c | B1110 | B12 | B65, C(1, 4) | (3u << 10) | (0u << 5), "c.sub", RvFormat.CA),
            new(Q | F3c | B1110 | B12 | B65, C(1, 4) | (3u << 10) | (1u << 5), "c.xor", RvFormat.CA),
            new(Q | F3c | B1110 | B12 | B65, C(1, 4) | (3u << 10) | (2u << 5), "c.or", RvFormat.CA),
            new(Q | F3c | B1110 | B12 | B65, C(1, 4) | (3u << 10) | (3u << 5), "c.and", RvFormat.CA),
            new(Q | F3c | B1110 | B12 | B65, C(1, 4) | (3u << 10) | B12 | (0u << 5), "c.subw", RvFormat.CA),
            new(Q | F3c | B1110 | B12 | B65, C(1, 4) | (3u << 10) | B12 | (1u << 5), "c.addw", RvFormat.CA),
            new(Q | F3c, C(1, 5), "c.j", RvFormat.CJ),
            new(Q | F3c, C(1, 6), "c.beqz", RvFormat.CB),
            new(Q | F3c, C(1, 7), "c.bnez", RvFormat.CB),
            new(Q | F3c, C(2, 0), "c.slli", RvFormat.CI),
            new(Q | F3c, C(2, 1), "c.fldsp", RvFormat.CI),
            new(Q | F3c, C(2, 2), "c.lwsp", RvFormat.CI),
            new(Q | F3c, C(2, 3), "c.ldsp", RvFormat.CI),
            new(Q | F3c | B12 | Rs2, C(2, 4), "c.jr", RvFormat.CR),
            new(Q | F3c | B12, C(2, 4), "c.mv", RvFormat.CR),
            new(Q | F3c | B12 | Rs2 | Rd, C(2, 4) | B12, "c.ebreak", RvFormat.CI),
            new(Q | F3c | B12 | Rs2, C(2, 4) | B12, "c.jalr", RvFormat.CR),
            new(Q | F3c | B12, C(2, 4) | B12, "c.add", RvFormat.CR),
            new(Q | F3c, C(2, 5), "c.fsdsp", RvFormat.CSS),
            new(Q | F3c, C(2, 6), "c.swsp", RvFormat.CSS),
            new(Q | F3c, C(2, 7), "c.sdsp", RvFormat.CSS),
        ];
    }

    /// <summary>The first row matching <paramref name="bits"/>, or null (reserved).</summary>
    public static RvOpcodeRow? Find(RvOpcodeRow[] rows, uint bits)
    {
        foreach (var r in rows) if ((bits & r.Mask) == r.Match) return r;
        return null;
    }
}
