using System.Numerics;
using ZiskLlc.Codegen.Mir;

namespace ZiskLlc.Codegen.Regalloc;

/// <summary>
/// Liveness of virtual registers at block boundaries (backward dataflow to a fixed point, over a
/// worklist). Parameters and the return address are defined at the entry of the first block.
/// <para>Only a virtual register read in some block before any definition there (upward-exposed) can be
/// live at a block boundary; the others — most of them, the temporaries inside one block — never
/// enter the dataflow. The sets are over these "global" registers only, and all of them live in two
/// flat arrays, so a large function (after inlining and unrolling: thousands of blocks, tens of
/// thousands of registers) costs blocks × globals bits, allocated twice, instead of
/// blocks × registers in four sets per block.</para>
/// </summary>
public sealed class Liveness
{
    readonly int[] globals;      // dense index → virtual register
    readonly int[] denseOf;      // virtual register → dense index, or -1
    readonly int words;          // 64-bit words per set
    readonly ulong[] liveIn, liveOut;

    public Liveness(MFunction f)
    {
        int n = f.Blocks.Count, v = f.VRegCount;
        // Pass 1: upward-exposed uses and definitions per block, and which registers are global.
        var stamp = new int[v];          // 1 + the block that last defined the register
        var upward = new List<int>[n];
        var defsOf = new List<int>[n];
        denseOf = new int[v];
        Array.Fill(denseOf, -1);
        var glob = new List<int>();
        var tmp = new List<int>();
        void Use(int b, int u)
        {
            if (stamp[u] == b + 1) return;
            upward[b].Add(u);
            if (denseOf[u] < 0) { denseOf[u] = glob.Count; glob.Add(u); }
        }
        for (int b = 0; b < n; b++)
        {
            upward[b] = []; defsOf[b] = [];
            var blk = f.Blocks[b];
            foreach (var i in blk.Insts)
            {
                tmp.Clear(); UseDef.Uses(i, tmp);
                foreach (var u in tmp) Use(b, u);
                tmp.Clear(); UseDef.Defs(i, tmp);
                foreach (var d in tmp) if (stamp[d] != b + 1) { stamp[d] = b + 1; defsOf[b].Add(d); }
            }
            tmp.Clear(); UseDef.Uses(blk.Term, f, tmp);
            foreach (var u in tmp) Use(b, u);
        }
        globals = [.. glob];
        words = (globals.Length + 63) / 64;
        // The block-local lists in dense numbering; definitions of registers that are never live across
        // a boundary do not matter.
        var use = new int[n][];
        var def = new int[n][];
        for (int b = 0; b < n; b++)
        {
            var ub = upward[b];
            var us = use[b] = new int[ub.Count];
            for (int k = 0; k < us.Length; k++) us[k] = denseOf[ub[k]];
            tmp.Clear();
            foreach (var d in defsOf[b]) if (denseOf[d] >= 0) tmp.Add(denseOf[d]);
            def[b] = [.. tmp];
        }
        // Pass 2: the dataflow, blocks taken from a worklist (seeded last block first, a block's
        // predecessors queued when its live-in set grows).
        liveIn = new ulong[(long)n * words];
        liveOut = new ulong[(long)n * words];
        var succ = new int[n][];
        var preds = new List<int>[n];
        for (int b = 0; b < n; b++) preds[b] = [];
        var seen = new int[n];
        for (int b = 0; b < n; b++)
        {
            tmp.Clear();
            foreach (var s in f.Blocks[b].Term.Successors)
                if (seen[s.Id] != b + 1) { seen[s.Id] = b + 1; tmp.Add(s.Id); preds[s.Id].Add(b); }
            succ[b] = [.. tmp];
        }
        var queued = new bool[n];
        var work = new Stack<int>(n);
        for (int b = 0; b < n; b++) { work.Push(b); queued[b] = true; }
        var next = new ulong[words];
        while (work.Count > 0)
        {
            int b = work.Pop();
            queued[b] = false;
            var o = liveOut.AsSpan(b * words, words);
            foreach (var s in succ[b])
            {
                var si = liveIn.AsSpan(s * words, words);
                for (int k = 0; k < words; k++) o[k] |= si[k];
            }
            o.CopyTo(next);
            foreach (var d in def[b]) next[d >> 6] &= ~(1UL << d);
            foreach (var u in use[b]) next[u >> 6] |= 1UL << u;
            var li = liveIn.AsSpan(b * words, words);
            if (li.SequenceEqual(next)) continue;
            next.CopyTo(li);
            foreach (var p in preds[b]) if (!queued[p]) { queued[p] = true; work.Push(p); }
        }
    }

    /// <summary>Adds the virtual registers live at the end of <paramref name="block"/> to <paramref name="into"/>.</summary>
    public void AddLiveOut(int block, SparseSet into)
    {
        var o = liveOut.AsSpan(block * words, words);
        for (int k = 0; k < words; k++)
        {
            ulong x = o[k];
            while (x != 0) { into.Add(globals[k * 64 + BitOperations.TrailingZeroCount(x)]); x &= x - 1; }
        }
    }

    /// <summary>True if <paramref name="vreg"/> is live at the start of <paramref name="block"/>.</summary>
    public bool IsLiveIn(int block, int vreg)
    {
        int d = denseOf[vreg];
        return d >= 0 && (liveIn[block * words + (d >> 6)] & (1UL << d)) != 0;
    }
}
