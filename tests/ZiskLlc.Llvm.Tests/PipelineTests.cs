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

    /// <summary>A two-loop nest @name: 4 outer iterations of an inner loop of <paramref name="innerTrips"/>
    /// iterations, each summing <paramref name="loads"/> volatile loads of a row; <paramref name="outerHints"/>
    /// is appended to the outer loop's branch (e.g. a loop ID).</summary>
    static string Nest(string name, int innerTrips, int loads, string outerHints = "")
    {
        var body = new System.Text.StringBuilder();
        for (int k = 0; k < loads; k++)
            body.Append($"  %a{k} = getelementptr i64, ptr %row, i64 {k}\n  %v{k} = load volatile i64, ptr %a{k}\n")
                .Append($"  %s{k} = add i64 {(k == 0 ? "%x" : $"%s{k - 1}")}, %v{k}\n");
        string last = $"%s{loads - 1}";
        return $$"""
            define i64 @{{name}}(ptr %p) noinline {
            entry:
              br label %outer
            outer:
              %i = phi i64 [ 0, %entry ], [ %i1, %outer.latch ]
              %acc = phi i64 [ 0, %entry ], [ %acc1, %outer.latch ]
              br label %inner
            inner:
              %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
              %x = phi i64 [ %acc, %outer ], [ {{last}}, %inner ]
              %ij = add i64 %i, %j
              %row = getelementptr [{{loads}} x i64], ptr %p, i64 %ij
            {{body}}  %j1 = add i64 %j, 1
              %cj = icmp ult i64 %j1, {{innerTrips}}
              br i1 %cj, label %inner, label %outer.latch
            outer.latch:
              %acc1 = add i64 {{last}}, 1
              %i1 = add i64 %i, 1
              %ci = icmp ult i64 %i1, 4
              br i1 %ci, label %outer, label %exit{{outerHints}}
            exit:
              ret i64 %acc1
            }

            """;
    }

    /// <summary>@big: an inner loop of 24 iterations of 8 loads (unrolled: 192 loads, about 400 instructions,
    /// a body over ZiskPipeline.UnrollBodyLimit) in an outer loop of 4, within -unroll-threshold (2000) yet to
    /// be left rolled; @small: 4 × 4 iterations of 2 loads, to unroll completely.</summary>
    static string Nests(string bigOuterHints = "") =>
        Nest("big", 24, 8, bigOuterHints) + Nest("small", 4, 2) + """
            define i32 @main() {
              %r = call i64 @big(ptr null)
              %q = call i64 @small(ptr null)
              ret i32 0
            }
            """;

    [Fact]
    public void Unrolling_goes_inner_loops_first_and_leaves_a_large_body_rolled()
    {
        using var s = files.Read(Nests());
        s.RunZiskPipeline(ZiskPipeline.Name);
        var text = s.Module.ToString();
        var big = Body(text, "big");
        var small = Body(text, "small");
        // The inner loop is unrolled into the outer one's body; the outer loop (192 loads) stays a loop.
        Assert.Equal(192, System.Text.RegularExpressions.Regex.Count(big, "load volatile"));
        Assert.Contains("phi", big);
        // The small nest is unrolled away: 4 × 4 × 2 loads, no loop left.
        Assert.Equal(32, System.Text.RegularExpressions.Regex.Count(small, "load volatile"));
        Assert.DoesNotContain("phi", small);
        // No pending marker of the rounds survives them.
        Assert.DoesNotContain("zisk-llc.unroll.pending", text);
    }

    /// <summary>@tri: a triangular nest, an inner loop of i + 1 iterations (one volatile load each) in an outer
    /// loop of 4. The inner loop is offered first, when its trip count is still unknown (runtime unrolling is off
    /// for it), and left; the outer loop then unrolls into 4 copies of it with constant bounds 1 … 4.</summary>
    const string Triangle = """
        define i64 @tri(ptr %p) noinline {
        entry:
          br label %outer
        outer:
          %i = phi i64 [ 0, %entry ], [ %i1, %outer.latch ]
          %acc = phi i64 [ 0, %entry ], [ %s, %outer.latch ]
          %i1 = add i64 %i, 1
          br label %inner
        inner:
          %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
          %x = phi i64 [ %acc, %outer ], [ %s, %inner ]
          %a = getelementptr i64, ptr %p, i64 %j
          %v = load volatile i64, ptr %a
          %s = add i64 %x, %v
          %j1 = add i64 %j, 1
          %cj = icmp ult i64 %j1, %i1
          br i1 %cj, label %inner, label %outer.latch, !llvm.loop !0
        outer.latch:
          %ci = icmp ult i64 %i1, 4
          br i1 %ci, label %outer, label %exit
        exit:
          ret i64 %s
        }

        define i32 @main() {
          %r = call i64 @tri(ptr null)
          ret i32 0
        }

        !0 = distinct !{!0, !1}
        !1 = !{!"llvm.loop.unroll.runtime.disable"}
        """;

    [Fact]
    public void Copies_of_a_loop_that_gained_constant_bounds_are_unrolled_too()
    {
        using var s = files.Read(Triangle);
        s.RunZiskPipeline(ZiskPipeline.Name);
        var tri = Body(s.Module.ToString(), "tri");
        // 1 + 2 + 3 + 4 loads in straight-line code: no loop is left (without the last chance: 4 inner loops, 4 loads).
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(tri, "load volatile"));
        Assert.DoesNotContain("phi", tri);
        Assert.DoesNotContain("zisk-llc.unroll", s.Module.ToString().Replace("zisk-llc.unroll.offered", ""));
    }

    [Fact]
    public void A_pragma_unroll_is_followed_whatever_the_body()
    {
        // The large nest's outer loop with `#pragma unroll` (llvm.loop.unroll.full): unrolled, 4 × 192 loads.
        var text = Nests(", !llvm.loop !0") + "\n!0 = distinct !{!0, !1}\n!1 = !{!\"llvm.loop.unroll.full\"}\n";
        Assert.Contains("label %exit, !llvm.loop !0", text);
        using var s = files.Read(text);
        s.RunZiskPipeline(ZiskPipeline.Name);
        Assert.Equal(768, System.Text.RegularExpressions.Regex.Count(Body(s.Module.ToString(), "big"), "load volatile"));
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
