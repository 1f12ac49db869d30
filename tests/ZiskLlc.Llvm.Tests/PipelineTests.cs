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

    /// <summary>Inner loop: 24 iterations of 8 volatile loads (unrolled: 192 loads, about 400 instructions,
    /// a body over ZiskPipeline.UnrollBodyLimit); outer loop: 4 iterations of it, within -unroll-threshold
    /// (2000) yet left rolled; the small nest (4 × 4 iterations of 2 loads) unrolls completely.</summary>
    const string Nests = """
        define i64 @big(ptr %p) noinline {
        entry:
          br label %outer
        outer:
          %i = phi i64 [ 0, %entry ], [ %i1, %outer.latch ]
          %acc = phi i64 [ 0, %entry ], [ %acc1, %outer.latch ]
          br label %inner
        inner:
          %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
          %x = phi i64 [ %acc, %outer ], [ %s7, %inner ]
          %ij = add i64 %i, %j
          %row = getelementptr [8 x i64], ptr %p, i64 %ij
          %a0 = getelementptr i64, ptr %row, i64 0
          %v0 = load volatile i64, ptr %a0
          %s0 = add i64 %v0, 0
          %a1 = getelementptr i64, ptr %row, i64 1
          %v1 = load volatile i64, ptr %a1
          %s1 = add i64 %s0, %v1
          %a2 = getelementptr i64, ptr %row, i64 2
          %v2 = load volatile i64, ptr %a2
          %s2 = add i64 %s1, %v2
          %a3 = getelementptr i64, ptr %row, i64 3
          %v3 = load volatile i64, ptr %a3
          %s3 = add i64 %s2, %v3
          %a4 = getelementptr i64, ptr %row, i64 4
          %v4 = load volatile i64, ptr %a4
          %s4 = add i64 %s3, %v4
          %a5 = getelementptr i64, ptr %row, i64 5
          %v5 = load volatile i64, ptr %a5
          %s5 = add i64 %s4, %v5
          %a6 = getelementptr i64, ptr %row, i64 6
          %v6 = load volatile i64, ptr %a6
          %s6 = add i64 %s5, %v6
          %a7 = getelementptr i64, ptr %row, i64 7
          %v7 = load volatile i64, ptr %a7
          %s7 = add i64 %s6, %v7
          %s = add i64 %x, %s7
          %j1 = add i64 %j, 1
          %cj = icmp ult i64 %j1, 24
          br i1 %cj, label %inner, label %outer.latch
        outer.latch:
          %acc1 = add i64 %x, 1
          %i1 = add i64 %i, 1
          %ci = icmp ult i64 %i1, 4
          br i1 %ci, label %outer, label %exit
        exit:
          ret i64 %acc1
        }

        define i64 @small(ptr %p) noinline {
        entry:
          br label %outer
        outer:
          %i = phi i64 [ 0, %entry ], [ %i1, %outer.latch ]
          %acc = phi i64 [ 0, %entry ], [ %acc1, %outer.latch ]
          br label %inner
        inner:
          %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
          %x = phi i64 [ %acc, %outer ], [ %t, %inner ]
          %ij = add i64 %i, %j
          %a = getelementptr i64, ptr %p, i64 %ij
          %v = load volatile i64, ptr %a
          %b = getelementptr i64, ptr %a, i64 1
          %w = load volatile i64, ptr %b
          %u = add i64 %v, %w
          %t = add i64 %x, %u
          %j1 = add i64 %j, 1
          %cj = icmp ult i64 %j1, 4
          br i1 %cj, label %inner, label %outer.latch
        outer.latch:
          %acc1 = add i64 %t, 1
          %i1 = add i64 %i, 1
          %ci = icmp ult i64 %i1, 4
          br i1 %ci, label %outer, label %exit
        exit:
          ret i64 %acc1
        }

        define i32 @main() {
          %r = call i64 @big(ptr null)
          %q = call i64 @small(ptr null)
          ret i32 0
        }
        """;

    [Fact]
    public void Unrolling_goes_inner_loops_first_and_leaves_a_large_body_rolled()
    {
        using var s = files.Read(Nests);
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

    [Fact]
    public void A_pragma_unroll_is_followed_whatever_the_body()
    {
        // The large nest's outer loop with `#pragma unroll` (llvm.loop.unroll.full): unrolled, 4 × 192 loads.
        var text = Nests.Replace("br i1 %ci, label %outer, label %exit\nexit:\n  ret i64 %acc1\n}\n\ndefine i64 @small",
            "br i1 %ci, label %outer, label %exit, !llvm.loop !0\nexit:\n  ret i64 %acc1\n}\n\ndefine i64 @small")
            + "\n!0 = distinct !{!0, !1}\n!1 = !{!\"llvm.loop.unroll.full\"}\n";
        Assert.NotEqual(Nests + "\n!0 = distinct !{!0, !1}\n!1 = !{!\"llvm.loop.unroll.full\"}\n", text);
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
