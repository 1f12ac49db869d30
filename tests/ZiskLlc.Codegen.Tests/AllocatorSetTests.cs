using CsCheck;
using ZiskLlc.Codegen.Regalloc;

namespace ZiskLlc.Codegen.Tests;

/// <summary>The allocator's two integer sets (<see cref="IntSet"/>: open addressing with backward-shift
/// deletion; <see cref="SparseSet"/>: Briggs–Torczon) against <see cref="HashSet{T}"/> on random
/// sequences of operations over small universes, where probe runs collide and wrap around.</summary>
public class AllocatorSetTests
{
    // An operation: 0 add, 1 remove, 2 contains, 3 clear (rare); then a member of the universe.
    static readonly Gen<(int Op, int X)[]> Ops =
        Gen.Int[1, 200].SelectMany(u => Gen.Select(Gen.Frequency((10, Gen.Const(0)), (6, Gen.Const(1)), (6, Gen.Const(2)), (1, Gen.Const(3))), Gen.Int[0, u - 1]).Array[0, 400]);

    [Fact]
    public void IntSet_behaves_as_a_set()
    {
        Ops.Sample(ops =>
        {
            var s = new IntSet();
            var r = new HashSet<int>();
            foreach (var (op, x) in ops)
            {
                switch (op)
                {
                    case 0: s.Add(x); r.Add(x); break;
                    case 1: s.Remove(x); r.Remove(x); break;
                    case 2: if (s.Contains(x) != r.Contains(x)) return false; break;
                    default: s.Clear(); r.Clear(); break;
                }
                if (s.Count != r.Count) return false;
            }
            var members = new List<int>();
            foreach (var m in s) members.Add(m);
            return members.Count == r.Count && r.SetEquals(members);
        });
    }

    [Fact]
    public void SparseSet_behaves_as_a_set()
    {
        Ops.Sample(ops =>
        {
            var s = new SparseSet(200);
            var r = new HashSet<int>();
            foreach (var (op, x) in ops)
            {
                switch (op)
                {
                    case 0: s.Add(x); r.Add(x); break;
                    case 1: s.Remove(x); r.Remove(x); break;
                    case 2: if (s.Contains(x) != r.Contains(x)) return false; break;
                    default: s.Clear(); r.Clear(); break;
                }
                if (s.Count != r.Count) return false;
            }
            var members = s.Members.ToArray();
            return members.Length == r.Count && r.SetEquals(members);
        });
    }
}
