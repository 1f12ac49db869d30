using ZiskLlc.Codegen.Mir;

namespace ZiskLlc.Codegen.Regalloc;

/// <summary>
/// Pass <c>check</c> (on in tests): verifies an allocation independently of the allocator. It
/// simulates which virtual register each location holds (forward dataflow; at a join a location
/// keeps a value only if every predecessor agrees) and requires every use to read the location its
/// definition wrote. Calls clobber every register, and a re-entrant call also every memory slot of
/// the function except those its Push/Pop pair restores. A call clobbers the registers the allocator
/// recorded for it (every register unless the callee's own writes are known), and nothing else: the
/// checker trusts that set, which the allocator computes from each callee's final allocation.
/// </summary>
public static class AllocationChecker
{
    public sealed class Before
    {
        internal readonly Dictionary<MInst, Operand[]> Insts = new(ReferenceEqualityComparer.Instance);
        internal readonly Dictionary<MBlock, Operand[]> Terms = [];
        internal Operand[] Params = [];
        internal Operand Ra;
    }

    static Operand[] Ops(MInst i) => [i.A, i.B, i.D, i.Callee, .. i.Args, .. i.Results];
    static Operand[] Ops(MTerm t) => [t.A, t.B, .. t.Values];

    public static Before Snapshot(MFunction f)
    {
        var s = new Before { Params = f.Params.ToArray(), Ra = f.Ra };
        foreach (var b in f.Blocks)
        {
            foreach (var i in b.Insts) s.Insts[i] = Ops(i);
            s.Terms[b] = Ops(b.Term);
        }
        return s;
    }

    public static void Check(Before before, MFunction f)
    {
        var preds = f.Predecessors();
        var outState = new Dictionary<MBlock, Dictionary<Operand, HashSet<int>>?>();
        foreach (var b in f.Blocks) outState[b] = null;
        var entry = new Dictionary<Operand, HashSet<int>>();
        for (int k = 0; k < before.Params.Length; k++)
            if (before.Params[k].IsVReg && f.Params[k].Kind != OpKind.None) Def(entry, f.Params[k], before.Params[k].VRegId, null);
        if (before.Ra.IsVReg && f.Ra.Kind != OpKind.None) Def(entry, f.Ra, before.Ra.VRegId, null);
        bool changed = true;
        int rounds = 0;
        while (changed && rounds++ < 1000)
        {
            changed = false;
            foreach (var b in f.Blocks)
            {
                Dictionary<Operand, HashSet<int>>? state = b == f.Blocks[0] ? Clone(entry) : null;
                foreach (var p in preds[b])
                {
                    var o = outState[p];
                    if (o is null) continue;
                    if (state is null) { state = Clone(o); continue; }
                    foreach (var k in state.Keys.ToList()) { if (o.TryGetValue(k, out var v)) state[k].IntersectWith(v); else state.Remove(k); }
                }
                if (state is null) continue;
                Run(before, f, b, state, verify: false);
                var old = outState[b];
                if (old is null || old.Count != state.Count || old.Any(kv => !state.TryGetValue(kv.Key, out var v) || !v.SetEquals(kv.Value)))
                {
                    outState[b] = state;
                    changed = true;
                }
            }
        }
        // Final pass with checks, from the fixed-point entry states.
        foreach (var b in f.Blocks)
        {
            Dictionary<Operand, HashSet<int>>? state = b == f.Blocks[0] ? Clone(entry) : null;
            foreach (var p in preds[b])
            {
                var o = outState[p];
                if (o is null) continue;
                if (state is null) { state = Clone(o); continue; }
                foreach (var k in state.Keys.ToList()) { if (o.TryGetValue(k, out var v)) state[k].IntersectWith(v); else state.Remove(k); }
            }
            if (state is not null) Run(before, f, b, state, verify: true);
        }
    }

    static void Run(Before before, MFunction f, MBlock b, Dictionary<Operand, HashSet<int>> state, bool verify)
    {
        Dictionary<Operand, HashSet<int>>? saved = null;
        foreach (var i in b.Insts)
        {
            if (i.Kind == MKind.Push) { saved = i.Slots.Where(state.ContainsKey).ToDictionary(s => s, s => new HashSet<int>(state[s])); continue; }
            if (i.Kind == MKind.Pop) { if (saved is not null) foreach (var kv in saved) state[kv.Key] = kv.Value; continue; }
            var pre = before.Insts[i];
            var post = Ops(i);
            int nUse = i.Kind == MKind.Call ? 4 + i.Args.Length : 2;
            for (int k = 0; k < pre.Length; k++)
            {
                bool isUse = i.Kind == MKind.Call ? (k == 3 || (k >= 4 && k < nUse)) : k < 2;
                if (!isUse || !pre[k].IsVReg) continue;
                if (verify && (!state.TryGetValue(post[k], out var held) || !held.Contains(pre[k].VRegId)))
                    throw new InvalidOperationException($"allocation check failed in @{f.Name}, block {b.Name}, '{i}': {pre[k]} is not in {post[k]}");
            }
            if (i.Kind == MKind.Call)
            {
                foreach (var k in state.Keys.ToList())
                    if ((k.Kind == OpKind.Reg && (i.Clobbers & (1UL << (int)k.Value)) != 0) || (i.Reentrant && k.Kind == OpKind.Mem && k.Sym == f.FrameSymbol)) state.Remove(k);
                for (int k = 0; k < i.Results.Length; k++)
                    if (pre[4 + i.Args.Length + k].IsVReg && i.Results[k].Kind != OpKind.None) Def(state, i.Results[k], pre[4 + i.Args.Length + k].VRegId, null);
            }
            else if (pre[2].IsVReg) Def(state, post[2], pre[2].VRegId, i.IsCopyAfter(pre) && state.TryGetValue(post[1], out var src) ? src : null);
        }
        if (!verify) return;
        var tpre = before.Terms[b];
        var tpost = Ops(b.Term);
        for (int k = 0; k < tpre.Length; k++)
            if (tpre[k].IsVReg && (!state.TryGetValue(tpost[k], out var held) || !held.Contains(tpre[k].VRegId)))
                throw new InvalidOperationException($"allocation check failed in @{f.Name}, block {b.Name}, terminator '{b.Term}': {tpre[k]} is not in {tpost[k]}");
        if (b.Term.Kind == TermKind.Ret && before.Ra.IsVReg && (!state.TryGetValue(f.Ra, out var ra) || !ra.Contains(before.Ra.VRegId)))
            throw new InvalidOperationException($"allocation check failed in @{f.Name}, block {b.Name}: the return address is not in {f.Ra}");
    }

    /// <summary>v is (re)defined in loc: no other location holds v any more; loc holds v, and after a
    /// copy also every virtual register the source location held (they are equal).</summary>
    static void Def(Dictionary<Operand, HashSet<int>> state, Operand loc, int v, HashSet<int>? copyOf)
    {
        var now = copyOf is null ? new HashSet<int>() : new HashSet<int>(copyOf);
        foreach (var set in state.Values) set.Remove(v);
        now.Add(v);
        state[loc] = now;
    }

    static Dictionary<Operand, HashSet<int>> Clone(Dictionary<Operand, HashSet<int>> s) => s.ToDictionary(kv => kv.Key, kv => new HashSet<int>(kv.Value));
}
