using ZiskLlc.Rom.Boot;
using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;
using static ZiskLlc.Rom.Boot.Z;

namespace ZiskLlc.Riscv.Transpile;

/// <summary>A RISC-V instruction and the ZisK instructions made from it (empty when none, §7.6).</summary>
public sealed record TranslatedInstruction(RvInstruction Rv, IReadOnlyList<Instruction> Zisk);

/// <summary>
/// Translates the instructions of one code section into ZisK instructions, row by row of spec §7
/// (riscv2zisk_context.rs `convert`). The first ZisK instruction of a RISC-V instruction at A sits
/// at A, further ones at A+1, A+2, … (§6.1). The only state carried between instructions is the
/// memcpy/memcmp register-count marker (§7.6). This file holds §7.1–§7.5, §7.7 and §7.8; the
/// system/CSR rows and marker patterns are in RvTranslator.Csr.cs.
/// </summary>
internal sealed partial class RvTranslator
{
    readonly string _where;
    readonly List<Instruction> _out = new(4);
    RvInstruction _i = null!;
    // The previous instruction was `csrs 0x813/0x814, src` followed by `add` (register-count DMA form).
    uint? _inputPrecompile, _outputPrecompile;
    int _inputPrecompileReg, _outputPrecompileReg;

    RvTranslator(string where) => _where = where;

    /// <summary>Translates a decoded section. <paramref name="where"/> prefixes error messages (the file name).</summary>
    public static List<TranslatedInstruction> TranslateSection(IReadOnlyList<RvInstruction> code, string where)
    {
        var t = new RvTranslator(where);
        var result = new List<TranslatedInstruction>(code.Count);
        for (int k = 0; k < code.Count; k++)
        {
            t._inputPrecompile = t._outputPrecompile; t._outputPrecompile = null;
            t._inputPrecompileReg = t._outputPrecompileReg; t._outputPrecompileReg = 0;
            t._out.Clear();
            t._i = code[k];
            t.Convert(code, k + 1);
            result.Add(new TranslatedInstruction(code[k], t._out.ToArray()));
        }
        return result;
    }

    UserError Fail(string why) =>
        new($"{_where}cannot transpile the instruction at 0x{_i.Address:x} ({RvDisassembler.Format(_i)}): {why}");

    void Emit(Instruction z) => _out.Add(z);
    ulong A => _i.Address;
    int S => _i.Size;
    long Imm => _i.Imm;

    void Convert(IReadOnlyList<RvInstruction> code, int next)
    {
        var i = _i;
        switch (i.Name)
        {
            // §7.1 register-register (and the DMA register-count second halves, §7.6)
            case "add":
                if (i.Rd == 0 && _inputPrecompile == Csrs.DmaMemcpy)
                    Emit(Make(A, Opcode.DmaMemCpy, R(i.Rs1), R(_inputPrecompileReg), None, 0, 4));
                else if (_inputPrecompile == Csrs.DmaMemcmp)
                    Emit(Make(A, Opcode.DmaMemCmp, R(i.Rs1), R(_inputPrecompileReg), ToR(i.Rd), 0, 4));
                else if (i.Rs1 == 0) CopyB(i.Rs2);
                else if (i.Rs2 == 0) CopyB(i.Rs1);
                else RegOp(Opcode.Add);
                break;
            case "or":
                if (i.Rs1 == 0) CopyB(i.Rs2); else if (i.Rs2 == 0) CopyB(i.Rs1); else RegOp(Opcode.Or);
                break;
            case "sub": RegOp(Opcode.Sub); break;
            case "sll": RegOp(Opcode.Sll); break;
            case "slt": RegOp(Opcode.Lt); break;
            case "sltu": RegOp(Opcode.Ltu); break;
            case "xor": RegOp(Opcode.Xor); break;
            case "srl": RegOp(Opcode.Srl); break;
            case "sra": RegOp(Opcode.Sra); break;
            case "and": RegOp(Opcode.And); break;
            case "addw": RegOp(Opcode.AddW); break;
            case "subw": RegOp(Opcode.SubW); break;
            case "sllw": RegOp(Opcode.SllW); break;
            case "srlw": RegOp(Opcode.SrlW); break;
            case "sraw": RegOp(Opcode.SraW); break;
            // §7.2 register-immediate
            case "addi":
                if (i.Rd == 0) { if (i.Rs1 == 0 && i.Rs2 == 0) Nop(); else Emit(Make(A, Opcode.Flag, R(i.Rs1), I(Imm), None, S, S)); }
                else if (Imm == 0 && i.Rs1 != 0) CopyB(i.Rs1);
                else ImmOrCopyB(Opcode.Add);
                break;
            case "slli": ImmOp(Opcode.Sll); break;
            case "slti": ImmOp(Opcode.Lt); break;
            case "sltiu": ImmOp(Opcode.Ltu); break;
            case "xori": ImmOrCopyB(Opcode.Xor); break;
            case "srli": ImmOp(Opcode.Srl); break;
            case "srai": ImmOp(Opcode.Sra); break;
            case "ori": ImmOrCopyB(Opcode.Or); break;
            case "andi": ImmOp(Opcode.And); break;
            case "auipc": Emit(Make(A, Opcode.Flag, I0, I0, ToR(i.Rd), 4, Imm, storePc: true)); break;
            case "addiw":
                if (i.Rd == 0 && i.Rs1 == 0 && Imm == 0) Nop(); else ImmOp(Opcode.AddW);
                break;
            case "slliw": ImmOp(Opcode.SllW); break;
            case "srliw": ImmOp(Opcode.SrlW); break;
            case "sraiw": ImmOp(Opcode.SraW); break;
            case "lui": case "c.lui": Emit(Make(A, Opcode.CopyB, I0, I(Imm), ToR(i.Rd), S, S)); break;
            // §7.3 control transfer
            case "jalr": case "c.jr": case "c.jalr": Jalr(); break;
            case "jal": case "c.j": Emit(Make(A, Opcode.Flag, I0, I0, ToR(i.Rd), Imm, S, storePc: true)); break;
            case "beq": case "c.beqz": Branch(Opcode.Eq, false); break;
            case "bne": case "c.bnez": Branch(Opcode.Eq, true); break;
            case "blt": Branch(Opcode.Lt, false); break;
            case "bge": Branch(Opcode.Lt, true); break;
            case "bltu": Branch(Opcode.Ltu, false); break;
            case "bgeu": Branch(Opcode.Ltu, true); break;
            // §7.4 loads and stores
            case "lb": Load(Opcode.SignExtendB, 1); break;
            case "lbu": Load(Opcode.CopyB, 1); break;
            case "lh": Load(Opcode.SignExtendH, 2); break;
            case "lhu": Load(Opcode.CopyB, 2); break;
            case "lw": case "lr.w": case "c.lw": case "c.lwsp": Load(Opcode.SignExtendW, 4); break;
            case "lwu": Load(Opcode.CopyB, 4); break;
            case "ld": case "lr.d": case "c.ld": case "c.ldsp": Load(Opcode.CopyB, 8); break;
            case "sb": Store(Opcode.CopyB, 1); break;
            case "sh": Store(Opcode.CopyB, 2); break;
            case "sw": case "c.sw": case "c.swsp": Store(Opcode.CopyB, 4); break;
            case "sd": case "c.sd": case "c.sdsp": Store(Opcode.CopyB, 8); break;
            case "sc.w": StoreConditional(4); break;
            case "sc.d": StoreConditional(8); break;
            // §7.6 system (fence/ecall/ebreak here, CSRs in RvTranslator.Csr.cs)
            case "fence": case "fence.i": case "ebreak": case "c.ebreak": case "c.nop": Nop(); break;
            case "ecall": Emit(Make(A, Opcode.CopyB, I0, M(MemoryMap.MtvecAddr), ToR(1), 0, 4, storePc: true, setPc: true)); break;
            case "csrrw": Csrrw(); break;
            case "csrrs": Csrrs(code, next); break;
            case "csrrc": Csrrc(); break;
            case "csrrwi": Csrrwi(); break;
            case "csrrsi": Csrrsi(code, next); break;
            case "csrrci": Csrrci(); break;
            // §7.5 M
            case "mul": RegOp(Opcode.Mul); break;
            case "mulh": RegOp(Opcode.Mulh); break;
            case "mulhsu": RegOp(Opcode.Mulsuh); break;
            case "mulhu": RegOp(Opcode.Muluh); break;
            case "mulw": RegOp(Opcode.MulW); break;
            case "div": RegOp(Opcode.Div); break;
            case "divu": RegOp(Opcode.Divu); break;
            case "divw": RegOp(Opcode.DivW); break;
            case "divuw": RegOp(Opcode.DivuW); break;
            case "rem": RegOp(Opcode.Rem); break;
            case "remu": RegOp(Opcode.Remu); break;
            case "remw": RegOp(Opcode.RemW); break;
            case "remuw": RegOp(Opcode.RemuW); break;
            // §7.7 C extension (the loads/stores/jumps/lui share the rows above)
            case "c.mv": case "c.add": RegOp(Opcode.Add); break;
            case "c.sub": RegOp(Opcode.Sub); break;
            case "c.xor": RegOp(Opcode.Xor); break;
            case "c.or": RegOp(Opcode.Or); break;
            case "c.and": RegOp(Opcode.And); break;
            case "c.addw": RegOp(Opcode.AddW); break;
            case "c.subw": RegOp(Opcode.SubW); break;
            case "c.addi":
                if (Imm == 0 && i.Rs1 != 0) CopyB(i.Rs1); else ImmOrCopyB(Opcode.Add);
                break;
            case "c.addi4spn": case "c.li": case "c.addi16sp": ImmOrCopyB(Opcode.Add); break;
            case "c.slli": ImmOp(Opcode.Sll); break;
            case "c.srli": ImmOp(Opcode.Srl); break;
            case "c.srai": ImmOp(Opcode.Sra); break;
            case "c.andi": ImmOp(Opcode.And); break;
            case "c.addiw":
                if (i.Rd == 0 && i.Rs1 == 0 && Imm == 0) Nop(); else ImmOp(Opcode.AddW);
                break;
            // §7.8 F/D: loads and stores into the float register slots, everything else via the trampoline
            case "flw": Load(Opcode.SignExtendW, 4, FloatRegBase); break;
            case "fld": case "c.fld": case "c.fldsp": Load(Opcode.CopyB, 8, FloatRegBase); break;
            case "fsw": Store(Opcode.SignExtendW, 4, FloatRegBase); break;
            case "fsd": case "c.fsd": case "c.fsdsp": Store(Opcode.CopyB, 8, FloatRegBase); break;
            case "c.reserved": case "c.halt": case "reserved":
                Emit(Make(A, Opcode.Halt, I0, I0, None, S, S, end: true));
                break;
            default:
                if (i.Name.StartsWith("amo", StringComparison.Ordinal)) { Atomic(); break; }
                if (i.Format is RvFormat.R or RvFormat.R4 or RvFormat.I && i.Name[0] == 'f') { FloatCall(); break; }
                throw Fail($"no ZisK translation for '{i.Name}'");
        }
    }

    /// <summary>Float register f is the pseudo-register 512 + f (0xA0001000 + 8f, §7.8).</summary>
    const int FloatRegBase = (int)((MemoryMap.FregFirst - MemoryMap.RamAddr) / 8);

    void Nop() => Emit(Make(A, Opcode.Flag, I0, I0, None, S, S));
    void CopyB(int rs) => Emit(Make(A, Opcode.CopyB, I0, R(rs), ToR(_i.Rd), S, S));
    void RegOp(Opcode op) => Emit(Make(A, op, R(_i.Rs1), R(_i.Rs2), ToR(_i.Rd), S, S));
    void ImmOp(Opcode op) => Emit(Make(A, op, R(_i.Rs1), I(Imm), ToR(_i.Rd), S, S));
    /// <summary>op(rs1, imm), or copyb(0, imm) when rs1 = x0 (only for ops with op(0, x) = x).</summary>
    void ImmOrCopyB(Opcode op) => Emit(Make(A, _i.Rs1 == 0 ? Opcode.CopyB : op, R(_i.Rs1), I(Imm), ToR(_i.Rd), S, S));

    void Branch(Opcode op, bool negate) =>
        Emit(Make(A, op, R(_i.Rs1), R(_i.Rs2), None, negate ? S : Imm, negate ? Imm : S));

    const ulong JalrMask = 0xFFFFFFFFFFFFFFFE;

    void Jalr()
    {
        if (Imm % 4 == 0)
        {
            Emit(Make(A, Opcode.And, I(JalrMask), R(_i.Rs1), ToR(_i.Rd), Imm, S, storePc: true, setPc: true));
            return;
        }
        // §7.3: offsets not a multiple of 4 take two steps at A and A+1
        Emit(Make(A, Opcode.Add, I(Imm), R(_i.Rs1), None, 1, 1));
        Emit(Make(A + 1, Opcode.And, I(JalrMask), C, ToR(_i.Rd), 0, S - 1, storePc: true, setPc: true));
    }

    void Load(Opcode op, byte width, int destBase = 0) =>
        Emit(Make(A, op, R(_i.Rs1), Ind(Imm), ToR(_i.Rd + destBase), S, S, width: width));

    void Store(Opcode op, byte width, int srcBase = 0) =>
        Emit(Make(A, op, R(_i.Rs1), R(_i.Rs2 + srcBase), ToInd(Imm), S, S, width: width));

    void StoreConditional(byte width)
    {
        if (_i.Rd == 0) { Emit(Make(A, Opcode.CopyB, R(_i.Rs1), R(_i.Rs2), ToInd(0), 4, 4, width: width)); return; }
        Emit(Make(A, Opcode.CopyB, R(_i.Rs1), R(_i.Rs2), ToInd(0), 1, 1, width: width));
        // riscv2zisk leaves ind_width 4 on sc.w's second step (unused there)
        Emit(Make(A + 1, Opcode.CopyB, I0, I0, ToR(_i.Rd), 3, 3, width: width == 4 ? (byte)4 : (byte)0));
    }

    /// <summary>§7.8: store the raw encoding and the return address, jump to the float trampoline.</summary>
    void FloatCall()
    {
        Emit(Make(A, Opcode.CopyB, I0, I(_i.Raw), ToM(MemoryMap.FregInst), 1, 1));
        ulong a1 = A + 1;
        long toHandler = (long)MemoryMap.FloatHandlerAddr - (long)a1;
        Emit(Make(a1, Opcode.CopyB, I0, I(a1 + (ulong)S - 1), ToM(MemoryMap.FregRa), toHandler, toHandler));
    }
}
