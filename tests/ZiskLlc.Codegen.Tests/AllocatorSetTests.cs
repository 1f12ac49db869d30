using CsCheck;
using ZiskLlc.Codegen.Regalloc;

namespace ZiskLlc.Codegen.Tests;

/// <summary>The allocator's two integer sets (<see cref="IntSet"/>: open addressing with backward-shift
/// deletion; <see cref="SparseSet"/>: Briggs–Torczon) against <see cref="HashSet{T}"/> on random
/// sequences of operations over small universes, where probe runs collide and wrap around.</summary>
public class AllocatorSetTests
{
    const int Universe = 200;

    // An operation: 0 add, 1 remove, 2 contains, 3 clear (rare); then a member of the universe.
    static readonly Gen<(int Op, int X)[]> Ops =
        Gen.Int[1, Universe].SelectMany(u => Gen.Select(Gen.Frequency((10, Gen.Const(0)), (6, Gen.Const(1)), (6, Gen.Const(2)), (1, Gen.Const(3))), Gen.Int[0, u - 1]).Array[0, 400]);

    /// <summary>Runs the operations on the set under test and on a HashSet: every answer, every count and the final members agree.</summary>
    static bool BehavesAsASet((int Op, int X)[] ops, Action<int> add, Action<int> remove, Func<int, bool> contains, Action clear,
        Func<int> count, Func<IEnumerable<int>> members)
    {
        var r = new HashSet<int>();
        foreach (var (op, x) in ops)
        {
            switch (op)
            {
                case 0: add(x); r.Add(x); break;
                case 1: remove(x); r.Remove(x); break;
                case 2: if (contains(x) != r.Contains(x)) return false; break;
                default: clear(); r.Clear(); break;
            }
            if (count() != r.Count) return false;
        }
        var m = members().ToList();
        return m.Count == r.Count && r.SetEquals(m);
    }

    [Fact]
    public void IntSet_behaves_as_a_set() => Ops.Sample(ops =>
    {
        var s = new IntSet();
        return BehavesAsASet(ops, s.Add, s.Remove, s.Contains, s.Clear, () => s.Count, () => { var l = new List<int>(); foreach (var m in s) l.Add(m); return l; });
    });

    [Fact]
    public void SparseSet_behaves_as_a_set() => Ops.Sample(ops =>
    {
        var s = new SparseSet(Universe);
        return BehavesAsASet(ops, s.Add, s.Remove, s.Contains, s.Clear, () => s.Count, () => s.Members.ToArray());
    });
}
