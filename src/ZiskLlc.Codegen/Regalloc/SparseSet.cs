namespace ZiskLlc.Codegen.Regalloc;

/// <summary>
/// A set of small integers (virtual register numbers) with constant-time add, remove, membership
/// and clear, and iteration over its members only (Briggs and Torczon's sparse set): the allocator's
/// set of registers live at a program point, walked at every instruction, costs the number of live
/// values rather than the number of registers.
/// </summary>
public sealed class SparseSet(int universe)
{
    readonly int[] dense = new int[universe], sparse = new int[universe];
    int count;

    public int Count => count;
    public bool Contains(int i) { int k = sparse[i]; return k < count && dense[k] == i; }
    public void Add(int i) { if (!Contains(i)) { dense[count] = i; sparse[i] = count++; } }
    public void Remove(int i)
    {
        if (!Contains(i)) return;
        int k = sparse[i], last = dense[--count];
        dense[k] = last; sparse[last] = k;
    }
    public void Clear() => count = 0;
    /// <summary>The members, in no particular order; valid until the set changes.</summary>
    public ReadOnlySpan<int> Members => dense.AsSpan(0, count);
}
