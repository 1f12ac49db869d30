using ZiskLlc.Codegen.Lower;
using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Rom;
using ZiskLlc.Rom.Boot;

namespace ZiskLlc.Codegen.Emit;

/// <summary>
/// Pass <c>emit</c>: allocated machine IR → a complete ZisK program.
/// <para>Assumes: every function allocated (operands are registers, memory or immediates).</para>
/// <para>Guarantees: the boot code is riscv2zisk's (BIOS prologue, init-data stores of every data
/// byte, entry/exit block with the publish loop, spec §5.3–§5.5), so outputs and the prover's
/// conventions are those of the classic route; code from 0x80000000, one instruction per 4 bytes,
/// jump tables after it at consecutive byte addresses (each entry its target's first instruction, moved
/// there, so a dispatch lands on work instead of on a jump); every unconditional jump is folded into the
/// preceding instruction's jmp_offset2 (a call's return address included, so a call followed by a
/// jump returns straight to the target), empty blocks are threaded, and both targets of a branch sit
/// on its compare (§1.5); pseudo instructions (calls, returns, pushes) become their moves, resolved
/// as parallel moves with scratch words for cycles; symbols for every function and data object.</para>
/// </summary>
public sealed class Emitter
{
    enum ItemKind : byte { Plain, Branch, CallDirect, CallIndirect, JumpReg, TableDispatch, Halt }
    enum TgtKind : byte { Following, Label, Exit }
    readonly record struct Tgt(TgtKind Kind, string? Label = null)
    {
        public static readonly Tgt Following = new(TgtKind.Following);
        public static Tgt To(string l) => new(TgtKind.Label, l);
    }

    sealed class Item
    {
        public ItemKind Kind;
        public Opcode Op = Opcode.CopyB;
        public Operand A = Operand.Zero, B = Operand.Zero, D = Operand.None;
        public long? Extra;
        public Tgt Next = Tgt.Following, T, F;
        public string? Callee;
        public ulong Addr;
    }

    readonly Abi abi;
    readonly List<Item> items = [];
    readonly Dictionary<string, int> labelItem = new(StringComparer.Ordinal); // label → index of its first item
    readonly Dictionary<string, string> labelAlias = new(StringComparer.Ordinal); // threaded label → label
    readonly List<(string Name, int First, int End)> functions = [];
    readonly List<(string Label, MBlock[] Targets)> tables = [];
    readonly List<(string Label, int Item)> blockLabels = [];
    int scratchUse;

    public Emitter(Abi abi) => this.abi = abi;

    /// <summary>Builds the program. <paramref name="mainParams"/>: how many parameters main takes.</summary>
    public (ZiskProgram Program, IReadOnlyList<(string Label, ulong Addr)> Labels) Build(
        IReadOnlyList<MFunction> fs, DataLayout data, Func<string, string> resolveAlias, int mainParams, bool mainReturnsValue, bool usesStack, string origin)
    {
        // _start (guest ABI §2): stack pointer, main(0, NULL), output word 0 = (u32) result, the BIOS exit.
        int start = items.Count;
        labelItem["_start"] = start;
        if (usesStack) Add(new Item { B = Operand.Imm(Abi.StackTop), D = Operand.M(abi.SpAddr) });
        for (int k = 0; k < mainParams && k < Abi.RegParts; k++) Add(new Item { B = Operand.Zero, D = abi.ArgLoc(k) });
        Add(new Item { Kind = ItemKind.CallDirect, Callee = "main" });
        if (mainReturnsValue) Add(new Item { A = Operand.Imm(MemoryMap.OutputAddr), B = abi.RetLoc(0), D = Operand.Ind(0, 4), Next = new Tgt(TgtKind.Exit) });
        else items[^1].Next = new Tgt(TgtKind.Exit);
        functions.Add(("_start", start, items.Count));

        foreach (var f in fs) EmitFunction(f);

        // Addresses: code first, then the jump tables at consecutive byte addresses.
        ulong pc = MemoryMap.RomAddr;
        foreach (var it in items) { it.Addr = pc; pc += 4; }
        var tableAddr = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var tableItems = new List<(ulong Addr, string Target)>();
        foreach (var (label, targets) in tables)
        {
            tableAddr[label] = pc;
            foreach (var t in targets) { tableItems.Add((pc, Resolve(t))); pc++; }
        }
        if (pc >= Abi.RoDataStart) throw new UserError($"the program has too much code: it ends at 0x{pc:x}, where read-only data starts");

        // Boot: init data of both segments (§5.4) fixes E, hence the exit address.
        var bios = new Bios();
        ulong Sym(string name)
        {
            name = resolveAlias(name);
            if (data.Symbols.TryGetValue(name, out var a)) return a;
            if (tableAddr.TryGetValue(name, out var t)) return t;
            if (LabelAddress(name) is { } c) return c;
            throw new UserError($"internal: unresolved symbol '{name}'");
        }
        var (ro, rw) = data.Contents(Sym);
        bios.InitData(data.RwStart, rw);
        bios.InitData(data.RoStart, ro);
        ulong entry = items[labelItem["_start"]].Addr;
        ulong e = bios.Next;
        bios.EntryExit(entry);
        ulong exit = e + 0x14;

        var insts = new List<Instruction>(bios.Instructions);
        foreach (var it in items) insts.Add(Encode(it, Sym, exit));
        foreach (var (a, target) in tableItems)
        {
            // An entry is the target's first instruction itself, moved (its jumps are pc-relative, §1.5):
            // the dispatch then lands on useful work instead of on a jump.
            var first = labelItem.TryGetValue(ResolveLabel(target), out int fi) && fi < items.Count ? items[fi] : null;
            if (first is { Kind: ItemKind.Plain or ItemKind.Branch } && first.A.Kind != OpKind.LastC && first.B.Kind != OpKind.LastC)
            {
                var moved = Encode(first, Sym, exit);
                long shift = (long)first.Addr - (long)a;
                insts.Add(moved with
                {
                    Paddr = a,
                    JmpOffset1 = first.Kind == ItemKind.Branch || first.Extra is null ? moved.JmpOffset1 + shift : moved.JmpOffset1,
                    JmpOffset2 = moved.JmpOffset2 + shift,
                });
                continue;
            }
            long off = (long)(LabelAddress(target) ?? throw new InvalidOperationException(target)) - (long)a;
            insts.Add(new Instruction { Paddr = a, Op = Opcode.CopyB, ASrc = SourceKind.Imm, BSrc = SourceKind.Imm, JmpOffset1 = off, JmpOffset2 = off });
        }
        var symbols = new List<Symbol>();
        foreach (var (name, first, end) in functions)
            if (end > first) symbols.Add(new Symbol(name, items[first].Addr, items[end - 1].Addr + 4));
        foreach (var (label, addr) in tableAddr) symbols.Add(new Symbol(label, addr, addr + (ulong)tables.First(t => t.Label == label).Targets.Length));
        symbols.AddRange(data.DataSymbols);
        var segments = new List<MemorySegment>();
        if (rw.Length > 0) segments.Add(new MemorySegment(data.RwStart, SegmentKind.ReadWrite, rw, ".data"));
        if (ro.Length > 0) segments.Add(new MemorySegment(data.RoStart, SegmentKind.ReadOnly, ro, ".rodata"));
        var labels = blockLabels.Select(b => (b.Label, items[b.Item].Addr)).ToList();
        return (new ZiskProgram(insts, segments, symbols, origin), labels);
    }

    void Add(Item it) => items.Add(it);

    string Resolve(MBlock b) => ResolveLabel(b.Name);

    string ResolveLabel(string l)
    {
        for (int guard = 0; guard < 10000 && labelAlias.TryGetValue(l, out var n); guard++) l = n;
        return l;
    }

    ulong? LabelAddress(string l)
    {
        l = ResolveLabel(l);
        if (l == "__exit") return null;
        return labelItem.TryGetValue(l, out var i) && i < items.Count ? items[i].Addr : null;
    }

    // ---------------------------------------------------------------- functions

    void EmitFunction(MFunction f)
    {
        int first = items.Count;
        var reach = Reachable(f);
        // Thread empty blocks (no instructions, an unconditional jump, address not taken).
        foreach (var b in f.Blocks)
        {
            if (!reach.Contains(b) || b.AddressTaken || b.Insts.Count > 0) continue;
            if (b.Term.Kind == TermKind.Jmp && b.Term.T != b && !ThreadsTo(b.Term.T!, b))
            {
                labelAlias[b.Name] = b.Term.T!.Name;
                foreach (var al in b.Aliases) labelAlias[al] = b.Term.T!.Name;
            }
            else if (b.Term.Kind == TermKind.Exit) labelAlias[b.Name] = "__exit";
        }
        labelItem[f.Name] = first;
        // Entry: arguments and return address from their ABI locations (a parallel move).
        var moves = new List<(Operand D, Operand S)>();
        for (int k = 0; k < f.Params.Count; k++) if (f.Params[k].Kind != OpKind.None) moves.Add((f.Params[k], abi.ArgLoc(k)));
        if (f.Ra.Kind != OpKind.None) moves.Add((f.Ra, Operand.R(Abi.RaReg)));
        Moves(moves);
        var entry = f.Blocks[0];
        if (items.Count > first) items[^1].Next = Jump(entry);
        else if (labelAlias.ContainsKey(entry.Name)) labelAlias[f.Name] = ResolveLabel(entry.Name);
        foreach (var b in f.Blocks)
        {
            if (!reach.Contains(b) || labelAlias.ContainsKey(b.Name)) continue;
            int at = items.Count;
            labelItem[b.Name] = at;
            foreach (var al in b.Aliases) labelItem[al] = at;
            blockLabels.Add((b.Name, at));
            for (int k = 0; k < b.Insts.Count; k++)
            {
                // A Pop right after a call restores before the call's results are moved into place:
                // a block restore (DMA) may span a result's slot.
                if (b.Insts[k].Kind == MKind.Call && k + 1 < b.Insts.Count && b.Insts[k + 1].Kind == MKind.Pop) { EmitInst(b.Insts[k], b.Insts[k + 1]); k++; }
                else EmitInst(b.Insts[k]);
            }
            EmitTerm(b, f);
            if (items.Count == at) throw new InvalidOperationException($"block {b.Name} emitted nothing");
        }
        if (items.Count == first) labelItem.Remove(f.Name);
        functions.Add((f.Name, first, items.Count));
    }

    bool ThreadsTo(MBlock from, MBlock target)
    {
        var seen = new HashSet<MBlock>();
        for (var b = from; b.Insts.Count == 0 && b.Term.Kind == TermKind.Jmp && !b.AddressTaken && seen.Add(b); b = b.Term.T!)
            if (b == target) return true;
        return from == target;
    }

    static HashSet<MBlock> Reachable(MFunction f)
    {
        var seen = new HashSet<MBlock>();
        var work = new Stack<MBlock>();
        void Visit(MBlock b) { if (seen.Add(b)) work.Push(b); }
        Visit(f.Blocks[0]);
        foreach (var b in f.Blocks) if (b.AddressTaken) Visit(b);
        while (work.Count > 0) foreach (var s in work.Pop().Term.Successors) Visit(s);
        return seen;
    }

    Tgt Jump(MBlock b) => Tgt.To(b.Name);

    void EmitInst(MInst i, MInst? pop = null)
    {
        switch (i.Kind)
        {
            case MKind.Op:
                Add(new Item { Op = i.Op, A = i.A, B = i.B, D = i.D, Extra = OpcodeTable.Get(i.Op).InputSize > 0 ? i.Extra : null });
                return;
            case MKind.Call:
            {
                var moves = new List<(Operand D, Operand S)>();
                for (int k = 0; k < i.Args.Length; k++) moves.Add((abi.ArgLoc(k), i.Args[k]));
                var callee = i.Callee;
                bool direct = callee.IsSymImm && callee.Value == 0;
                if (!direct && moves.Any(m => m.D == callee))
                {
                    // The function pointer sits where an argument goes: keep it in a scratch word.
                    var s = Scratch();
                    moves.Add((s, callee));
                    callee = s;
                }
                Moves(moves);
                scratchUse = 0;
                Add(direct ? new Item { Kind = ItemKind.CallDirect, Callee = callee.Sym } : new Item { Kind = ItemKind.CallIndirect, B = callee });
                if (pop is not null) EmitInst(pop);
                var back = new List<(Operand D, Operand S)>();
                for (int k = 0; k < i.Results.Length; k++) if (i.Results[k].Kind != OpKind.None) back.Add((i.Results[k], abi.RetLoc(k)));
                Moves(back);
                scratchUse = 0;
                return;
            }
            case MKind.Push when BlockOf(i.Slots) is var (sym, lo, bytes) && sym is not null:
                // Saves around a re-entrant call: the frame range holding them, copied to the stack in
                // one DMA step (§3.4: count in jmp_offset1; its loop-phase accesses cost no memory, §8.5)
                // instead of one step per slot.
                Add(new Item { Op = Opcode.Add, A = Operand.M(abi.SpAddr), B = Operand.Imm(-bytes), D = Operand.M(abi.SpAddr) });
                Add(new Item { Op = Opcode.DmaXMemCpy, A = Operand.M(abi.SpAddr), B = Operand.Addr(sym, lo), D = Operand.None, Extra = bytes });
                return;
            case MKind.Pop when BlockOf(i.Slots) is var (sym, lo, bytes) && sym is not null:
                Add(new Item { Op = Opcode.DmaXMemCpy, A = Operand.Addr(sym, lo), B = Operand.M(abi.SpAddr), D = Operand.None, Extra = bytes });
                Add(new Item { Op = Opcode.Add, A = Operand.M(abi.SpAddr), B = Operand.Imm(bytes), D = Operand.M(abi.SpAddr) });
                return;
            case MKind.Push:
            {
                int n = i.Slots.Count;
                for (int k = 0; k < n; k++) Add(new Item { A = Operand.M(abi.SpAddr), B = i.Slots[k], D = Operand.Ind(-8L * (k + 1), 8) });
                Add(new Item { Op = Opcode.Add, A = Operand.M(abi.SpAddr), B = Operand.Imm(-8L * n), D = Operand.M(abi.SpAddr) });
                return;
            }
            case MKind.Pop:
            {
                int n = i.Slots.Count;
                for (int k = 0; k < n; k++) Add(new Item { A = Operand.M(abi.SpAddr), B = Operand.Ind(8L * (n - 1 - k), 8), D = i.Slots[k] });
                Add(new Item { Op = Opcode.Add, A = Operand.M(abi.SpAddr), B = Operand.Imm(8L * n), D = Operand.M(abi.SpAddr) });
                return;
            }
        }
    }

    /// <summary>The frame range spanning <paramref name="slots"/> (symbol, first offset, bytes) when a
    /// block copy saves steps: at least two slots, all in one frame; else a null symbol.</summary>
    static (string? Sym, long Lo, long Bytes) BlockOf(IReadOnlyList<Operand> slots)
    {
        if (slots.Count < 2 || slots.Any(o => o.Kind != OpKind.Mem || o.Sym is null || o.Sym != slots[0].Sym)) return (null, 0, 0);
        long lo = slots.Min(o => o.Signed), hi = slots.Max(o => o.Signed) + 8;
        return (slots[0].Sym, lo, hi - lo);
    }

    void EmitTerm(MBlock b, MFunction f)
    {
        var t = b.Term;
        switch (t.Kind)
        {
            case TermKind.Jmp or TermKind.Exit:
            {
                var target = t.Kind == TermKind.Exit ? new Tgt(TgtKind.Exit) : Jump(t.T!);
                if (items.Count > 0 && labelItem[b.Name] < items.Count) items[^1].Next = target;
                else Add(new Item { Next = target });
                return;
            }
            case TermKind.Br:
                Add(new Item { Kind = ItemKind.Branch, Op = t.Op, A = t.A, B = t.B, T = Jump(t.T!), F = Jump(t.F!) });
                return;
            case TermKind.Ret:
            {
                var moves = new List<(Operand D, Operand S)>();
                for (int k = 0; k < t.Values.Length; k++) moves.Add((abi.RetLoc(k), t.Values[k]));
                var ra = f.Ra;
                if (moves.Any(m => m.D == ra)) { var s = Scratch(); moves.Add((s, ra)); ra = s; }
                Moves(moves);
                scratchUse = 0;
                Add(new Item { Kind = ItemKind.JumpReg, B = ra });
                return;
            }
            case TermKind.Table:
            {
                string label = b.Name + "$table";
                tables.Add((label, t.Targets));
                Add(new Item { Kind = ItemKind.TableDispatch, B = t.A, Callee = label });
                return;
            }
            case TermKind.IndirectJmp:
                Add(new Item { Kind = ItemKind.JumpReg, B = t.A });
                return;
            case TermKind.Halt:
                Add(new Item { Kind = ItemKind.Halt, Op = Opcode.Halt });
                return;
        }
    }

    Operand Scratch()
    {
        if (scratchUse >= 6) throw new InvalidOperationException("too many scratch words in one parallel move");
        return Operand.M(abi.ScratchAddr + 8UL * (ulong)scratchUse++);
    }

    /// <summary>A parallel move (all sources read before any destination is written), sequentialised.</summary>
    void Moves(List<(Operand D, Operand S)> all)
    {
        var pend = all.Where(m => m.D != m.S).ToList();
        while (pend.Count > 0)
        {
            int ready = pend.FindIndex(m => !pend.Any(o => o.S == m.D));
            if (ready >= 0)
            {
                Add(new Item { B = pend[ready].S, D = pend[ready].D });
                pend.RemoveAt(ready);
                continue;
            }
            var d = pend[0].D;
            var s = Scratch();
            Add(new Item { B = d, D = s });
            for (int k = 0; k < pend.Count; k++) if (pend[k].S == d) pend[k] = (pend[k].D, s);
        }
    }

    // ---------------------------------------------------------------- encoding

    Instruction Encode(Item it, Func<string, ulong> sym, ulong exit)
    {
        ulong pc = it.Addr;
        long Off(Tgt t) => t.Kind switch
        {
            TgtKind.Following => 4,
            TgtKind.Exit => (long)exit - (long)pc,
            _ => ResolveLabel(t.Label!) == "__exit" ? (long)exit - (long)pc : (long)(LabelAddress(t.Label!) ?? throw new InvalidOperationException($"label {t.Label}")) - (long)pc,
        };
        var (asrc, a) = Source(it.A, sym);
        var (bsrc, b) = Source(it.B, sym);
        byte width = 0;
        if (it.B.Kind == OpKind.Ind) width = it.B.Width;
        var (store, soff) = Store(it.D, sym);
        if (it.D.Kind == OpKind.Ind)
        {
            if (width != 0 && width != it.D.Width) throw new InvalidOperationException("indirect read and write of different widths in one step");
            width = it.D.Width;
        }
        long next = Off(it.Next);
        var inst = new Instruction
        {
            Paddr = pc, Op = it.Op, ASrc = asrc, A = a, BSrc = bsrc, B = b, IndWidth = width, Store = store, StoreOffset = soff,
            JmpOffset1 = it.Extra ?? next, JmpOffset2 = next,
        };
        return it.Kind switch
        {
            ItemKind.Plain => inst,
            ItemKind.Branch => inst with { JmpOffset1 = Off(it.T), JmpOffset2 = Off(it.F) },
            // flag is true, so pc moves by jmp_offset1; the link is pc + jmp_offset2 (§1.5).
            ItemKind.CallDirect => inst with { Op = Opcode.Flag, ASrc = SourceKind.Imm, A = 0, BSrc = SourceKind.Imm, B = 0,
                Store = StoreKind.Reg, StoreOffset = Abi.RaReg, StorePc = true, JmpOffset1 = (long)sym(it.Callee!) - (long)pc, JmpOffset2 = next },
            ItemKind.CallIndirect => inst with { Op = Opcode.CopyB, ASrc = SourceKind.Imm, A = 0, Store = StoreKind.Reg, StoreOffset = Abi.RaReg,
                StorePc = true, SetPc = true, JmpOffset1 = 0, JmpOffset2 = next },
            // copyb + set_pc: pc = c + jmp_offset1 (copyb's flag is false, §9.3).
            ItemKind.JumpReg => inst with { Op = Opcode.CopyB, ASrc = SourceKind.Imm, A = 0, Store = StoreKind.None, StoreOffset = 0, SetPc = true, JmpOffset1 = 0, JmpOffset2 = 4 },
            ItemKind.TableDispatch => inst with { Op = Opcode.CopyB, ASrc = SourceKind.Imm, A = 0, Store = StoreKind.None, StoreOffset = 0, SetPc = true, JmpOffset1 = (long)sym(it.Callee!), JmpOffset2 = 4 },
            ItemKind.Halt => new Instruction { Paddr = pc, Op = Opcode.Halt, ASrc = SourceKind.Imm, BSrc = SourceKind.Imm, End = true },
            _ => throw new InvalidOperationException(it.Kind.ToString()),
        };
    }

    static (SourceKind, ulong) Source(Operand o, Func<string, ulong> sym)
    {
        ulong s = o.Sym is null ? 0 : sym(o.Sym);
        return o.Kind switch
        {
            OpKind.None => (SourceKind.Imm, 0),
            OpKind.Imm => (SourceKind.Imm, o.Value + s),
            OpKind.Reg => (SourceKind.Reg, o.Value),
            OpKind.Mem => (SourceKind.Mem, o.Value + s),
            OpKind.LastC => (SourceKind.LastC, 0),
            OpKind.Ind => (SourceKind.Ind, o.Value + s),
            _ => throw new InvalidOperationException($"operand {o} left after allocation"),
        };
    }

    static (StoreKind, long) Store(Operand o, Func<string, ulong> sym)
    {
        ulong s = o.Sym is null ? 0 : sym(o.Sym);
        return o.Kind switch
        {
            OpKind.None => (StoreKind.None, 0),
            OpKind.Reg => (StoreKind.Reg, (long)o.Value),
            OpKind.Mem => (StoreKind.Mem, (long)(o.Value + s)),
            OpKind.Ind => (StoreKind.Ind, (long)(o.Value + s)),
            _ => throw new InvalidOperationException($"destination {o} left after allocation"),
        };
    }
}
