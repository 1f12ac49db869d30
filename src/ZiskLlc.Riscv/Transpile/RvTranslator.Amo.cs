using ZiskLlc.Rom.Boot;
using ZiskLlc.Isa;
using static ZiskLlc.Rom.Boot.Z;

namespace ZiskLlc.Riscv.Transpile;

/// <summary>
/// The A extension's read-modify-write instructions (spec §7.5, riscv2zisk `create_atomic_op` /
/// `create_atomic_swap`): load, op, store as 2–4 steps at A, A+1, …, going through the x32
/// pseudo-register (0xA0000100) when rd aliases rs1 or rs2. aq/rl are ignored (single hart).
/// </summary>
internal sealed partial class RvTranslator
{
    const int TempX32 = 32;

    void Atomic()
    {
        var i = _i;
        bool word = i.Name.EndsWith(".w", StringComparison.Ordinal);
        byte w = word ? (byte)4 : (byte)8;
        Opcode load = word ? Opcode.SignExtendW : Opcode.CopyB;
        string kind = i.Name[3..^2];
        Opcode? op = kind switch
        {
            "swap" => null,
            "add" => word ? Opcode.AddW : Opcode.Add,
            "xor" => Opcode.Xor,
            "and" => Opcode.And,
            "or" => Opcode.Or,
            "min" => word ? Opcode.MinW : Opcode.Min,
            "max" => word ? Opcode.MaxW : Opcode.Max,
            "minu" => word ? Opcode.MinuW : Opcode.Minu,
            "maxu" => word ? Opcode.MaxuW : Opcode.Maxu,
            _ => throw Fail($"unknown atomic operation '{i.Name}'"),
        };
        bool alias = i.Rd == i.Rs1 || i.Rd == i.Rs2;
        int loadDest = alias ? TempX32 : i.Rd;
        Emit(Make(A, load, R(i.Rs1), Ind(0), ToR(loadDest), 1, 1, width: w));
        if (op is null)
        {
            if (!alias) { Emit(Make(A + 1, Opcode.CopyB, R(i.Rs1), R(i.Rs2), ToInd(0), 3, 3, width: w)); return; }
            Emit(Make(A + 1, Opcode.CopyB, R(i.Rs1), R(i.Rs2), ToInd(0), 1, 1, width: w));
            Emit(Make(A + 2, Opcode.CopyB, I0, R(TempX32), ToR(i.Rd), 2, 2));
            return;
        }
        Emit(Make(A + 1, op.Value, C, R(i.Rs2), None, 1, 1));
        if (!alias) { Emit(Make(A + 2, Opcode.CopyB, R(i.Rs1), C, ToInd(0), 2, 2, width: w)); return; }
        Emit(Make(A + 2, Opcode.CopyB, R(i.Rs1), C, ToInd(0), 1, 1, width: w));
        Emit(Make(A + 3, Opcode.CopyB, I0, R(TempX32), ToR(i.Rd), 1, 1));
    }
}
