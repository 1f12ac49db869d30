using ZiskLlc.Codegen.Mir;

namespace ZiskLlc.Codegen.Regalloc;

/// <summary>
/// Liveness of virtual registers per block (backward dataflow to a fixed point). Parameters and the
/// return address are defined at the entry of the first block.
/// </summary>
public sealed class Liveness
{
    public BitSet[] LiveIn { get; }
    public BitSet[] LiveOut { get; }

    public Liveness(MFunction f)
    {
        int n = f.Blocks.Count, v = f.VRegCount;
        LiveIn = new BitSet[n];
        LiveOut = new BitSet[n];
        var use = new BitSet[n];
        var def = new BitSet[n];
        var tmp = new List<int>();
        for (int b = 0; b < n; b++)
        {
            LiveIn[b] = new BitSet(v); LiveOut[b] = new BitSet(v);
            use[b] = new BitSet(v); def[b] = new BitSet(v);
            var blk = f.Blocks[b];
            foreach (var i in blk.Insts)
            {
                tmp.Clear(); UseDef.Uses(i, tmp);
                foreach (var u in tmp) if (!def[b][u]) use[b].Add(u);
                tmp.Clear(); UseDef.Defs(i, tmp);
                foreach (var d in tmp) def[b].Add(d);
            }
            tmp.Clear(); UseDef.Uses(blk.Term, f, tmp);
            foreach (var u in tmp) if (!def[b][u]) use[b].Add(u);
        }
        var succ = f.Blocks.Select(b => b.Term.Successors.Select(s => s.Id).Distinct().ToArray()).ToArray();
        var before = new BitSet(v);
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int b = n - 1; b >= 0; b--)
            {
                foreach (var s in succ[b]) LiveOut[b].UnionWith(LiveIn[s]);
                before.CopyFrom(LiveIn[b]);
                LiveIn[b].SetTransfer(use[b], LiveOut[b], def[b]);
                if (!LiveIn[b].SameAs(before)) changed = true;
            }
        }
    }
}
