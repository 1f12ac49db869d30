namespace ZiskLlc.Llvm.Tests;

/// <summary><see cref="IrFreeze"/>: inside the scope the views return what they return outside it (the
/// same operands and instruction lists, memoised), and the memo ends with the scope.</summary>
public sealed class FreezeTests : IDisposable
{
    readonly IrFiles files = new();
    public void Dispose() => files.Dispose();

    const string Program = """
        define i64 @f(i64 %a, i64 %b) {
        entry:
          %c = icmp ult i64 %a, %b
          br i1 %c, label %t, label %e
        t:
          %x = add i64 %a, 7
          br label %e
        e:
          %p = phi i64 [ %x, %t ], [ %b, %entry ]
          %m = mul i64 %p, %p
          ret i64 %m
        }

        define i32 @main() {
          %r = call i64 @f(i64 1, i64 2)
          ret i32 0
        }
        """;

    static List<string> Describe(IrModule m) =>
        m.Functions.Where(f => !f.IsDeclaration).SelectMany(f => f.Blocks).SelectMany(b => b.Instructions)
            .Select(i => $"{i.Opcode}({string.Join(",", i.Operands.Select(o => o.Handle))})").ToList();

    [Fact]
    public void Views_inside_a_frozen_scope_read_what_they_read_outside_it()
    {
        using var s = files.Read(Program);
        var outside = Describe(s.Module);
        List<string> inside, again;
        using (IrFreeze.Begin())
        {
            inside = Describe(s.Module);
            again = Describe(s.Module);   // the second pass reads the memo
        }
        Assert.Equal(outside, inside);
        Assert.Equal(outside, again);
        Assert.True(outside.Count >= 8, string.Join("\n", outside));
    }

    [Fact]
    public void The_memo_ends_with_the_scope()
    {
        using var s = files.Read(Program);
        using (IrFreeze.Begin()) Describe(s.Module);
        // After the scope the IR may change again: a pass that folds %x must be seen.
        s.RunPasses("function(instcombine<no-verify-fixpoint>,simplifycfg)");
        var after = Describe(s.Module);
        Assert.DoesNotContain(after, d => d.StartsWith("Phi", StringComparison.Ordinal));   // f folded to straight-line code
    }
}
