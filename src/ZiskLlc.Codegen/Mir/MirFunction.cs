using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Mir;

/// <summary>What a machine instruction is.</summary>
public enum MKind : byte
{
    /// <summary>One ZisK instruction: (c, flag) = Op(A, B); c → D. Jumps are added by the emitter.</summary>
    Op,
    /// <summary>A call: arguments to the callee's ABI locations, the link jump, results back (expanded by the emitter).</summary>
    Call,
    /// <summary>Save the listed memory slots on the software stack (before a re-entrant call).</summary>
    Push,
    /// <summary>Restore the listed memory slots from the software stack (after a re-entrant call).</summary>
    Pop,
}

/// <summary>
/// A machine instruction. <see cref="MKind.Op"/> is exactly one ZisK step; the pseudo kinds are
/// expanded by the emitter after register allocation. Operands are rewritten in place by passes.
/// </summary>
public sealed class MInst
{
    public MKind Kind;
    public Opcode Op = Opcode.CopyB;
    public Operand A = Operand.Zero, B = Operand.Zero, D = Operand.None;
    /// <summary>The static argument carried in jmp_offset1 (DMA x-variant count, memset byte, §1.5, §3.4).</summary>
    public long Extra;
    /// <summary>Call: the callee (an immediate symbol address for a direct call, else the pointer operand).</summary>
    public Operand Callee;
    /// <summary>Call: argument parts, in ABI order.</summary>
    public Operand[] Args = [];
    /// <summary>Call: result parts (virtual registers, or None for an unused part), in ABI order.</summary>
    public Operand[] Results = [];
    /// <summary>Call: the callee may re-enter this function (same call-graph cycle): live memory slots are saved around it.</summary>
    public bool Reentrant;
    /// <summary>Call: the registers the call may write (set by the allocator; all by default).</summary>
    public ulong Clobbers = Regalloc.GraphColoringAllocator.AllRegisters;
    /// <summary>Push/Pop: the slots (after allocation, memory operands).</summary>
    public List<Operand> Slots = [];

    public static MInst Make(Opcode op, Operand a, Operand b, Operand d, long extra = 0) =>
        new() { Kind = MKind.Op, Op = op, A = a, B = b, D = d, Extra = extra };

    /// <summary>True for a plain register-to-register copy (a coalescing candidate).</summary>
    public bool IsCopy => Kind == MKind.Op && Op == Opcode.CopyB && A.Kind == OpKind.Imm && A.Value == 0 && A.Sym is null
                          && D.IsVReg && B.IsVReg;

    /// <summary>True if this instruction was a copy before allocation (<paramref name="pre"/>: its operands then).</summary>
    public bool IsCopyAfter(Operand[] pre) => Kind == MKind.Op && Op == Opcode.CopyB && A.Kind == OpKind.Imm && A.Value == 0 && A.Sym is null
                                            && pre[1].IsVReg && pre[2].IsVReg;

    public override string ToString() => Kind switch
    {
        MKind.Op => $"{(D.Kind == OpKind.None ? "" : D + " = ")}{OpcodeTable.Get(Op).Name} {A}, {B}{(Extra != 0 ? $" #{Extra}" : "")}",
        MKind.Call => $"{(Results.Length > 0 ? "(" + string.Join(", ", Results) + ") = " : "")}call{(Reentrant ? ".reentrant" : "")} {Callee}({string.Join(", ", Args)})",
        MKind.Push => $"push {string.Join(", ", Slots)}",
        MKind.Pop => $"pop {string.Join(", ", Slots)}",
        _ => "?",
    };
}

/// <summary>How a block ends.</summary>
public enum TermKind : byte
{
    /// <summary>Continue at <see cref="MTerm.T"/> (free: folded into the last instruction's jmp_offset2, §1.5).</summary>
    Jmp,
    /// <summary>(c, flag) = Op(A, B); flag → T, else F: one step with both targets (§1.5).</summary>
    Br,
    /// <summary>Return the values (parts) to the caller.</summary>
    Ret,
    /// <summary>Jump to Targets[A] (A already range-checked): pc = A + table base; each table entry jumps on.</summary>
    Table,
    /// <summary>Jump to the code address in A (indirectbr).</summary>
    IndirectJmp,
    /// <summary>End the run with an error (halt, §3.1).</summary>
    Halt,
    /// <summary>Jump to the BIOS publish-and-end block (program exit, §5.3).</summary>
    Exit,
}

/// <summary>A block terminator.</summary>
public sealed class MTerm
{
    public TermKind Kind;
    public Opcode Op;
    public Operand A = Operand.Zero, B = Operand.Zero;
    public MBlock? T, F;
    public Operand[] Values = [];
    public MBlock[] Targets = [];

    public IEnumerable<MBlock> Successors
    {
        get
        {
            if (T is not null) yield return T;
            if (F is not null) yield return F;
            foreach (var b in Targets) yield return b;
        }
    }

    public override string ToString() => Kind switch
    {
        TermKind.Jmp => $"jmp {T}",
        TermKind.Br => $"br {OpcodeTable.Get(Op).Name} {A}, {B} ? {T} : {F}",
        TermKind.Ret => $"ret {string.Join(", ", Values)}",
        TermKind.Table => $"table {A} [{string.Join(", ", Targets.Select(t => t.ToString()))}]",
        TermKind.IndirectJmp => $"ijmp {A} [{string.Join(", ", Targets.Select(t => t.ToString()))}]",
        TermKind.Halt => "halt",
        TermKind.Exit => "exit",
        _ => "?",
    };
}

/// <summary>A machine basic block: straight-line instructions and one terminator.</summary>
public sealed class MBlock(int id, string name)
{
    public int Id { get; set; } = id;
    public string Name { get; } = name;
    public List<MInst> Insts { get; } = [];
    public MTerm Term { get; set; } = new() { Kind = TermKind.Halt };
    /// <summary>Loop nesting depth estimate (spill weights).</summary>
    public int Depth { get; set; }
    /// <summary>The block's address is taken (blockaddress): it must keep an instruction of its own.</summary>
    public bool AddressTaken { get; set; }
    /// <summary>Other names of the block's address (blockaddress symbols).</summary>
    public List<string> Aliases { get; } = [];
    public override string ToString() => Name;
}

/// <summary>A machine function: blocks, parameters (parts) and the return-address register.</summary>
public sealed class MFunction(string name)
{
    public string Name { get; } = name;
    public List<MBlock> Blocks { get; } = [];
    /// <summary>Parameter parts, in ABI order (virtual registers; None for an unused part).</summary>
    public List<Operand> Params { get; } = [];
    /// <summary>The virtual register that holds the return address from entry to every return.</summary>
    public Operand Ra { get; set; }
    public int VRegCount { get; set; }
    /// <summary>Bytes of static frame for allocas (non-re-entrant functions; at symbol <see cref="FrameSymbol"/>).</summary>
    public long StaticAllocaBytes { get; set; }
    /// <summary>Bytes of per-activation stack frame (re-entrant functions with allocas).</summary>
    public long StackFrameBytes { get; set; }
    /// <summary>In a call-graph cycle: may be active more than once.</summary>
    public bool Recursive { get; set; }
    /// <summary>Bytes of the variadic-argument area for calls this function makes (at symbol Name$va).</summary>
    public long VaAreaBytes { get; set; }
    /// <summary>Number of memory slots the allocator used (8 bytes each, after the allocas).</summary>
    public int SlotCount { get; set; }
    /// <summary>Result of allocation: the location of each virtual register (Reg or Mem).</summary>
    public Operand[] Locations { get; set; } = [];

    public string FrameSymbol => Name + "$frame";

    public int NewVReg() => VRegCount++;

    /// <summary>Each block's predecessors (each once, in block order), as the blocks are now.</summary>
    public Dictionary<MBlock, List<MBlock>> Predecessors()
    {
        var preds = Blocks.ToDictionary(b => b, _ => new List<MBlock>());
        // A block names a successor twice only among its own successors, added one after another: a
        // repeat is the list's last entry (no set per block).
        foreach (var b in Blocks)
            foreach (var s in b.Term.Successors)
                if (preds[s] is var l && (l.Count == 0 || l[^1] != b)) l.Add(b);
        return preds;
    }

    readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>A new block; its name is made unique (labels are global in the emitted program).</summary>
    public MBlock NewBlock(string name)
    {
        var n = name;
        for (int k = 2; !names.Add(n); k++) n = $"{name}.{k}";
        var b = new MBlock(Blocks.Count, n);
        Blocks.Add(b);
        return b;
    }
}
