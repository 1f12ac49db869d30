using ZiskLlc.Llvm;

namespace ZiskLlc.Llvm.Tests;

/// <summary>The direct route's IR pipeline (<see cref="ZiskPipeline"/>): it runs, keeps the module valid,
/// and marks only the loops that still call a function after inlining for no runtime unrolling.</summary>
public sealed class PipelineTests : IDisposable
{
    readonly IrFiles files = new();
    public void Dispose() => files.Dispose();

    const string Loops = """
        declare void @zisk_set_output(i32, i32)

        define void @sink(i64 %x) noinline {
          %t = trunc i64 %x to i32
          call void @zisk_set_output(i32 0, i32 %t)
          ret void
        }

        define i64 @calls(i64 %n) noinline {
        entry:
          br label %loop
        loop:
          %i = phi i64 [ 0, %entry ], [ %j, %loop ]
          call void @sink(i64 %i)
          %j = add i64 %i, 1
          %c = icmp ult i64 %j, %n
          br i1 %c, label %loop, label %exit
        exit:
          ret i64 %j
        }

        define i64 @pure(ptr %p, i64 %n) noinline {
        entry:
          br label %loop
        loop:
          %i = phi i64 [ 0, %entry ], [ %j, %loop ]
          %s = phi i64 [ 0, %entry ], [ %t, %loop ]
          %a = getelementptr i64, ptr %p, i64 %i
          %v = load i64, ptr %a
          %t = add i64 %s, %v
          %j = add i64 %i, 1
          %c = icmp ult i64 %j, %n
          br i1 %c, label %loop, label %exit
        exit:
          ret i64 %t
        }

        define i32 @main() {
          %r = call i64 @calls(i64 7)
          %q = call i64 @pure(ptr null, i64 0)
          ret i32 0
        }
        """;

    static string Body(string module, string fn)
    {
        int a = module.IndexOf($"@{fn}(", StringComparison.Ordinal);
        a = module.LastIndexOf("define", a, StringComparison.Ordinal);
        int b = module.IndexOf("\n}", a, StringComparison.Ordinal);
        return module[a..b];
    }

    [Fact]
    public void Loops_around_calls_keep_their_shape_others_are_unrolled_at_run_time()
    {
        using var s = files.Read(Loops);
        s.RunZiskPipeline(ZiskPipeline.Name);
        var text = s.Module.ToString();
        Assert.Contains("llvm.loop.unroll.runtime.disable", text);
        // The loop around the call is not runtime-unrolled (one call in its body); the pure loop is (8 copies of its add).
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(Body(text, "calls"), @"call void @sink"));
        Assert.True(System.Text.RegularExpressions.Regex.Count(Body(text, "pure"), @"load i64") >= 8, Body(text, "pure"));
    }

    [Fact]
    public void None_leaves_the_module_alone()
    {
        using var s = files.Read(Loops);
        var before = s.Module.ToString();
        s.RunZiskPipeline(ZiskPipeline.None);
        Assert.Equal(before, s.Module.ToString());
    }

    /// <summary>A helper far above the inline threshold (600 stores) called once, a dead function, a global
    /// it writes that escapes to an external function (so its stores stay), and a runtime name the
    /// backend calls without an IR reference.</summary>
    static string WholeProgram()
    {
        var big = string.Join("\n", Enumerable.Range(0, 600).Select(k => $"  %p{k} = getelementptr i64, ptr @table, i64 {k}\n  store i64 %x, ptr %p{k}"));
        return $$"""
            @table = global [600 x i64] zeroinitializer

            define void @fill(i64 %x) {
            {{big}}
              ret void
            }

            define i64 @unused(i64 %x) {
              ret i64 %x
            }

            define i64 @__udivti3_helper_kept(i64 %x) {
              ret i64 %x
            }

            declare void @observe(ptr)

            define i32 @main() {
              call void @fill(i64 5)
              call void @observe(ptr @table)
              ret i32 0
            }
            """;
    }

    [Fact]
    public void A_whole_program_is_internalized_a_function_called_once_is_inlined_and_dead_ones_dropped()
    {
        using var s = files.Read(WholeProgram());
        s.RunZiskPipeline(ZiskPipeline.Name, name => name == "main" || name.StartsWith("__", StringComparison.Ordinal));
        var text = s.Module.ToString();
        Assert.DoesNotContain("define void @fill", text);          // inlined into main (its last call) and deleted
        Assert.DoesNotContain("@unused", text);                    // dead, dropped by globaldce
        Assert.Contains("define i64 @__udivti3_helper_kept", text); // preserved: external, as written
        Assert.Contains("@table = internal global", text);
        Assert.True(System.Text.RegularExpressions.Regex.Count(Body(text, "main"), "store i64 5") >= 600, Body(text, "main"));
    }

    [Fact]
    public void Without_a_preserve_list_a_module_keeps_its_linkage()
    {
        // A runtime module (linked after the program's pipeline) is not a whole program: nothing is internalized.
        using var s = files.Read(WholeProgram());
        s.RunZiskPipeline(ZiskPipeline.Name);
        var text = s.Module.ToString();
        Assert.Contains("define void @fill", text);
        Assert.Contains("define i64 @unused", text);
        Assert.Contains("@table = global", text);
    }
}
