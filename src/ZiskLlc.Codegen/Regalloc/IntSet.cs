using System.Numerics;

namespace ZiskLlc.Codegen.Regalloc;

/// <summary>
/// A set of non-negative integers by open addressing (linear probing, deletion by backward shift): one
/// node of the interference graph's adjacency. The allocator adds an edge for every definition and
/// every value live across it — millions in a large unrolled function — so this is the allocator's
/// innermost operation; unlike <see cref="HashSet{T}"/> it keeps no entry chains and no comparer.
/// </summary>
public sealed class IntSet
{
    const int Empty = -1;
    int[] slots = [];
    int count;

    public int Count => count;

    public bool Contains(int x)
    {
        if (count == 0) return false;
        int mask = slots.Length - 1;
        for (int k = Hash(x) & mask; ; k = (k + 1) & mask)
        {
            int s = slots[k];
            if (s == x) return true;
            if (s == Empty) return false;
        }
    }

    public void Add(int x)
    {
        if ((count + 1) * 4 > slots.Length * 3) Grow();
        int mask = slots.Length - 1;
        for (int k = Hash(x) & mask; ; k = (k + 1) & mask)
        {
            int s = slots[k];
            if (s == x) return;
            if (s == Empty) { slots[k] = x; count++; return; }
        }
    }

    public void Remove(int x)
    {
        if (count == 0) return;
        int mask = slots.Length - 1, k = Hash(x) & mask;
        while (slots[k] != x) { if (slots[k] == Empty) return; k = (k + 1) & mask; }
        // Backward shift: later members of the probe run move into the hole if their home allows it.
        for (int j = (k + 1) & mask; slots[j] != Empty; j = (j + 1) & mask)
        {
            int home = Hash(slots[j]) & mask;
            bool between = k <= j ? (home > k && home <= j) : (home > k || home <= j);
            if (between) continue;
            slots[k] = slots[j];
            k = j;
        }
        slots[k] = Empty;
        count--;
    }

    public void Clear() { if (count > 0) { Array.Fill(slots, Empty); count = 0; } }

    /// <summary>The members, in no particular order (the set must not change meanwhile).</summary>
    public Enumerator GetEnumerator() => new(slots);

    public struct Enumerator(int[] slots)
    {
        int k = -1;
        public readonly int Current => slots[k];
        public bool MoveNext() { while (++k < slots.Length) if (slots[k] != Empty) return true; return false; }
    }

    static int Hash(int x) => (int)((uint)x * 0x9E3779B1u >> 7);

    void Grow()
    {
        var old = slots;
        slots = new int[Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)old.Length * 2))];
        Array.Fill(slots, Empty);
        count = 0;
        foreach (var s in old) if (s != Empty) Add(s);
    }
}
