namespace ZiskLlc.Isa;

/// <summary>
/// One ZisK instruction with every field of spec §1.2 that a ROM carries. The legacy "sp" fields
/// (a_use_sp_imm1 as a flag, store_use_sp) are not modelled: they are always 0 in ZisK and have no
/// encoding in the proof ROM (§9.3). Derived PIL fields (m32, is_external_op, is_precompiled,
/// input_size, op_type) come from the opcode table.
/// </summary>
public sealed record Instruction
{
    /// <summary>The instruction's own address (its pc).</summary>
    public ulong Paddr { get; init; }

    /// <summary>How a is built.</summary>
    public SourceKind ASrc { get; init; } = SourceKind.Imm;
    /// <summary>Imm: the 64-bit constant (offset_imm0 | imm1 &lt;&lt; 32); Mem: the address; Reg: the index; otherwise 0.</summary>
    public ulong A { get; init; }

    /// <summary>How b is built.</summary>
    public SourceKind BSrc { get; init; } = SourceKind.Imm;
    /// <summary>As <see cref="A"/>; for <see cref="SourceKind.Ind"/> a signed byte offset (two's complement) added to a.</summary>
    public ulong B { get; init; }

    /// <summary>1, 2, 4 or 8: width of SRC_IND reads and STORE_IND writes; 0 when neither is used (§1.7).</summary>
    public byte IndWidth { get; init; }

    /// <summary>The opcode.</summary>
    public Opcode Op { get; init; } = Opcode.CopyB;

    /// <summary>Where the result goes.</summary>
    public StoreKind Store { get; init; }
    /// <summary>Reg: the index; Mem: the absolute address; Ind: a signed offset added to a.</summary>
    public long StoreOffset { get; init; }
    /// <summary>Store pc + jmp_offset2 instead of c (the link store).</summary>
    public bool StorePc { get; init; }
    /// <summary>Next pc = c + jmp_offset1.</summary>
    public bool SetPc { get; init; }
    /// <summary>Pc offset when flag is true (or added to c with set_pc); precompiles' static argument.</summary>
    public long JmpOffset1 { get; init; }
    /// <summary>Pc offset when flag is false; the value added to pc for store_pc.</summary>
    public long JmpOffset2 { get; init; }
    /// <summary>The emulator stops after executing this instruction.</summary>
    public bool End { get; init; }

    /// <summary>The opcode's table row.</summary>
    public OpcodeInfo Info => OpcodeTable.Get(Op);

    /// <summary>The 64-bit signed view of <see cref="B"/> (the SRC_IND offset).</summary>
    public long BOffset => (long)B;
}
