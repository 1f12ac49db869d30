using ZiskLlc.Codegen.Lower;
using ZiskLlc.Codegen.Mir;

namespace ZiskLlc.Codegen.Regalloc;

/// <summary>A register allocator: gives every virtual register of a function a location.</summary>
public interface IRegisterAllocator
{
    /// <summary>Assigns <see cref="MFunction.Locations"/>, rewrites every operand to its location and
    /// brackets re-entrant calls with the saves they need.</summary>
    void Allocate(MFunction f);
}

/// <summary>
/// Pass <c>regalloc</c>: priority-based graph colouring over the 31 registers x1..x31, with
/// unlimited absolute memory slots behind them. Because every ZisK operand position reads memory
/// (SRC_MEM) and every result can be stored to memory (STORE_MEM) in the same step (spec §1.3–§1.4,
/// §9.4), a value that gets no register costs memory accesses but never a step: there is no spill
/// code, only a choice of location.
/// <para>Assumes: machine IR from <c>lower</c> (virtual registers, possibly several definitions each).</para>
/// <para>Guarantees: interfering virtual registers get different locations; a value live across a
/// call is in memory (a call clobbers every register, <see cref="Abi"/>); values are placed in
/// order of use frequency weighted by loop depth, preferring the register their ABI position or a
/// copy partner wants (copy coalescing by biased colouring); memory slots are coloured too, so a
/// function's frame is as small as its interference allows; re-entrant calls are bracketed by
/// Push/Pop of the memory slots live across them.</para>
/// </summary>
public sealed class GraphColoringAllocator : IRegisterAllocator
{
    const int FirstReg = 1, LastReg = 31;
    /// <summary>Every register (bits 1..31).</summary>
    public const ulong AllRegisters = ~1UL & ((1UL << 32) - 1);
    /// <summary>Registers any call writes whatever the callee: the link register and the argument/result registers (<see cref="Abi"/>).</summary>
    public const ulong CallWritten = (1UL << Abi.RaReg) | (((1UL << Abi.RegParts) - 1) << 10);

    /// <summary>Registers each allocated function may write, itself or through its callees (whole-program, callees first).</summary>
    public Dictionary<string, ulong> Clobbers { get; } = new(StringComparer.Ordinal);

    public void Allocate(MFunction f)
    {
        for (int k = 0; k < f.Blocks.Count; k++) f.Blocks[k].Id = k;
        int n = f.VRegCount;
        var live = new Liveness(f);
        var adj = new IntSet[n];
        for (int k = 0; k < n; k++) adj[k] = new IntSet();
        var memOnly = new bool[n];
        var forbid = new ulong[n];
        var weight = new double[n];
        var size = new double[n];
        var seen = new bool[n];
        var hint = new int[n];
        var partners = new List<int>?[n];
        var crossing = new Dictionary<MInst, List<int>>();
        var copies = new List<(int D, int S, double W)>();
        var uses = new List<int>();
        var defs = new List<int>();

        void Edge(int a, int b) { if (a != b) { adj[a].Add(b); adj[b].Add(a); } }
        void Hint(Operand o, int reg) { if (o.IsVReg && hint[o.VRegId] == 0) hint[o.VRegId] = reg; }
        void Partner(int a, int b)
        {
            (partners[a] ??= []).Add(b);
            (partners[b] ??= []).Add(a);
        }

        for (int k = 0; k < f.Params.Count; k++) if (k < Abi.RegParts) Hint(f.Params[k], 10 + k);
        Hint(f.Ra, Abi.RaReg);

        var cur = new SparseSet(n);
        foreach (var b in f.Blocks)
        {
            double wgt = Math.Pow(8, b.Depth);
            cur.Clear();
            live.AddLiveOut(b.Id, cur);
            uses.Clear();
            UseDef.Uses(b.Term, f, uses);
            foreach (var u in uses) { cur.Add(u); weight[u] += wgt; seen[u] = true; }
            if (b.Term.Kind == TermKind.Ret)
                for (int k = 0; k < b.Term.Values.Length && k < Abi.RegParts; k++) Hint(b.Term.Values[k], 10 + k);
            for (int idx = b.Insts.Count - 1; idx >= 0; idx--)
            {
                var i = b.Insts[idx];
                defs.Clear(); UseDef.Defs(i, defs);
                uses.Clear(); UseDef.Uses(i, uses);
                if (i.Kind == MKind.Call)
                {
                    var across = new List<int>();
                    // A value live across the call keeps a register only if the callee is known not to write it.
                    ulong clob = CallClobbers(i);
                    i.Clobbers = clob;
                    foreach (var l in cur.Members)
                    {
                        if (defs.Contains(l)) continue;
                        if (clob == AllRegisters) memOnly[l] = true; else forbid[l] |= clob;
                        across.Add(l);
                    }
                    across.Sort();
                    crossing[i] = across;
                    for (int k = 0; k < i.Results.Length && k < Abi.RegParts; k++) Hint(i.Results[k], 10 + k);
                    for (int k = 0; k < i.Args.Length && k < Abi.RegParts; k++) Hint(i.Args[k], 10 + k);
                }
                int copySrc = i.IsCopy ? i.B.VRegId : -1;
                foreach (var l in cur.Members) size[l] += wgt;
                foreach (var d in defs)
                {
                    foreach (var l in cur.Members) if (l != copySrc) Edge(d, l);
                    foreach (var d2 in defs) Edge(d, d2);
                    weight[d] += wgt; seen[d] = true;
                }
                if (copySrc >= 0) { Partner(i.D.VRegId, copySrc); copies.Add((i.D.VRegId, copySrc, wgt)); }
                foreach (var d in defs) cur.Remove(d);
                foreach (var u in uses) { cur.Add(u); weight[u] += wgt; seen[u] = true; }
            }
            if (b.Id == 0)
            {
                // Parameters and the return address are all defined on entry.
                var entryDefs = f.Params.Append(f.Ra).Where(o => o.IsVReg).Select(o => o.VRegId).ToList();
                foreach (var d in entryDefs)
                {
                    seen[d] = true;
                    foreach (var l in cur.Members) Edge(d, l);
                    foreach (var d2 in entryDefs) Edge(d, d2);
                }
            }
        }

        // Aggressive copy coalescing: a copy costs a step, a value that loses its register only memory
        // accesses (§8.4), so every copy whose two sides do not interfere is merged.
        var rep = Enumerable.Range(0, n).ToArray();
        int Find(int v) { while (rep[v] != v) { rep[v] = rep[rep[v]]; v = rep[v]; } return v; }
        foreach (var (d0, s0, _) in copies.OrderByDescending(c => c.W))
        {
            int d = Find(d0), sv = Find(s0);
            if (d == sv || adj[d].Contains(sv)) continue;
            rep[sv] = d;
            foreach (var m in adj[sv]) { adj[m].Remove(sv); adj[m].Add(d); adj[d].Add(m); }
            adj[sv].Clear();
            memOnly[d] |= memOnly[sv];
            forbid[d] |= forbid[sv];
            weight[d] += weight[sv];
            size[d] += size[sv];
            if (hint[d] == 0) hint[d] = hint[sv];
            seen[d] = true;
        }
        for (int v = 0; v < n; v++) if (Find(v) != v) seen[v] = false;

        // Registers first, by decreasing weight per unit of live range (Chow and Hennessy's priority):
        // a register held by one long-lived value with few uses saves less memory traffic (§8.4) than
        // the same register shared by the many short temporaries that live inside that range.
        const double wgtFloor = 1;
        var loc = new Operand[n];
        var regOf = new int[n];
        var order = Enumerable.Range(0, n).Where(v => seen[v]).OrderByDescending(v => weight[v] / (size[v] + wgtFloor)).ThenBy(v => v).ToArray();
        var slotOf = new int[n];
        Array.Fill(slotOf, -1);
        foreach (var v in order)
        {
            if (memOnly[v]) continue;
            ulong taken = forbid[v];
            foreach (var m in adj[v]) if (regOf[m] != 0) taken |= 1UL << regOf[m];
            int pick = 0;
            if (hint[v] != 0 && (taken & (1UL << hint[v])) == 0) pick = hint[v];
            if (pick == 0 && partners[v] is { } ps)
                foreach (var p in ps) if (regOf[p] != 0 && (taken & (1UL << regOf[p])) == 0) { pick = regOf[p]; break; }
            if (pick == 0)
                for (int r = FirstReg; r <= LastReg; r++)
                    if ((taken & (1UL << r)) == 0 && !IsAbiReg(r)) { pick = r; break; }
            if (pick == 0)
                for (int r = FirstReg; r <= LastReg; r++)
                    if ((taken & (1UL << r)) == 0) { pick = r; break; }
            regOf[v] = pick;
        }
        // Then memory slots for the rest, also coloured.
        int slots = 0;
        foreach (var v in order)
        {
            if (regOf[v] != 0) continue;
            var used = new HashSet<int>();
            foreach (var m in adj[v]) if (slotOf[m] >= 0) used.Add(slotOf[m]);
            int pick = -1;
            if (partners[v] is { } ps)
                foreach (var p in ps) if (slotOf[p] >= 0 && !used.Contains(slotOf[p])) { pick = slotOf[p]; break; }
            if (pick < 0) { pick = 0; while (used.Contains(pick)) pick++; }
            slotOf[v] = pick;
            slots = Math.Max(slots, pick + 1);
        }
        long slotBase = (f.StaticAllocaBytes + 7) / 8 * 8;
        for (int v = 0; v < n; v++) { int r = Find(v); regOf[v] = regOf[r]; slotOf[v] = slotOf[r]; }
        for (int v = 0; v < n; v++)
            loc[v] = regOf[v] != 0 ? Operand.R(regOf[v]) : slotOf[v] >= 0 ? Operand.M(f.FrameSymbol, slotBase + 8L * slotOf[v]) : Operand.None;
        f.SlotCount = slots;
        f.Locations = loc;

        // Dead parameters, return address and call results need no move.
        for (int k = 0; k < f.Params.Count; k++) if (f.Params[k].IsVReg && !live.IsLiveIn(0, f.Params[k].VRegId)) f.Params[k] = Operand.None;
        if (f.Ra.IsVReg && !live.IsLiveIn(0, f.Ra.VRegId)) f.Ra = Operand.None;

        // Saves around re-entrant calls: the memory slots live across them.
        foreach (var b in f.Blocks)
            for (int idx = 0; idx < b.Insts.Count; idx++)
            {
                var i = b.Insts[idx];
                if (i.Kind != MKind.Call || !i.Reentrant || crossing[i].Count == 0) continue;
                var slotsLive = crossing[i].Select(v => loc[v]).Distinct().ToList();
                b.Insts.Insert(idx, new MInst { Kind = MKind.Push, Slots = slotsLive });
                b.Insts.Insert(idx + 2, new MInst { Kind = MKind.Pop, Slots = slotsLive });
                idx += 2;
            }
        DropDeadResults(f);
        UseDef.Rewrite(f, o => loc[o.VRegId]);
        ulong mine = CallWritten;
        foreach (var r in regOf) if (r != 0) mine |= 1UL << r;
        foreach (var b in f.Blocks) foreach (var i in b.Insts) if (i.Kind == MKind.Call) mine |= i.Clobbers;
        Clobbers[f.Name] = f.Recursive ? AllRegisters : mine;
    }

    /// <summary>Copies that allocation made into no-ops (both sides coalesced into one location)
    /// disappear; run after the allocation checker, which still sees them.</summary>
    public static void RemoveNopCopies(MFunction f)
    {
        foreach (var b in f.Blocks)
            b.Insts.RemoveAll(i => i.Kind == MKind.Op && i.Op == Isa.Opcode.CopyB && i.A.IsConst && i.A.Value == 0 && i.B == i.D && i.D.Kind is OpKind.Reg or OpKind.Mem);
    }

    /// <summary>What a call may write: everything, unless it is a direct, non-re-entrant call of a function already allocated.</summary>
    ulong CallClobbers(MInst call)
    {
        if (call.Reentrant || !(call.Callee.IsSymImm && call.Callee.Value == 0) || !Clobbers.TryGetValue(call.Callee.Sym!, out var c)) return AllRegisters;
        return c | CallWritten;
    }

    static bool IsAbiReg(int r) => r == Abi.RaReg || (r >= 10 && r < 10 + Abi.RegParts);

    /// <summary>Call results that are never read become None (no move after the call).</summary>
    static void DropDeadResults(MFunction f)
    {
        var used = new bool[f.VRegCount];
        var tmp = new List<int>();
        foreach (var b in f.Blocks)
        {
            foreach (var i in b.Insts) { tmp.Clear(); UseDef.Uses(i, tmp); foreach (var u in tmp) used[u] = true; }
            tmp.Clear(); UseDef.Uses(b.Term, f, tmp); foreach (var u in tmp) used[u] = true;
        }
        foreach (var b in f.Blocks)
            foreach (var i in b.Insts)
                if (i.Kind == MKind.Call)
                    for (int k = 0; k < i.Results.Length; k++)
                        if (i.Results[k].IsVReg && !used[i.Results[k].VRegId]) i.Results[k] = Operand.None;
    }
}
