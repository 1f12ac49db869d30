using System.Numerics;

namespace ZiskLlc.Codegen.Regalloc;

/// <summary>A fixed-size set of small integers (virtual register numbers) for liveness.</summary>
public sealed class BitSet(int size)
{
    readonly ulong[] w = new ulong[(size + 63) / 64];
    public bool this[int i] => (w[i >> 6] & (1UL << i)) != 0;
    public void Add(int i) => w[i >> 6] |= 1UL << i;
    public void Remove(int i) => w[i >> 6] &= ~(1UL << i);
    public void Clear() => Array.Clear(w);
    public void CopyFrom(BitSet o) => Array.Copy(o.w, w, w.Length);
    /// <summary>this |= o; true if anything changed.</summary>
    public bool UnionWith(BitSet o)
    {
        bool changed = false;
        for (int k = 0; k < w.Length; k++) { ulong n = w[k] | o.w[k]; if (n != w[k]) { w[k] = n; changed = true; } }
        return changed;
    }
    /// <summary>this = use ∪ (out − def).</summary>
    public void SetTransfer(BitSet use, BitSet output, BitSet def)
    {
        for (int k = 0; k < w.Length; k++) w[k] = use.w[k] | (output.w[k] & ~def.w[k]);
    }
    public bool SameAs(BitSet o) => w.AsSpan().SequenceEqual(o.w);
    public IEnumerable<int> Members()
    {
        for (int k = 0; k < w.Length; k++)
        {
            ulong x = w[k];
            while (x != 0) { int b = BitOperations.TrailingZeroCount(x); yield return k * 64 + b; x &= x - 1; }
        }
    }
    public void ForEach(Action<int> f)
    {
        for (int k = 0; k < w.Length; k++)
        {
            ulong x = w[k];
            while (x != 0) { int b = BitOperations.TrailingZeroCount(x); f(k * 64 + b); x &= x - 1; }
        }
    }
}
