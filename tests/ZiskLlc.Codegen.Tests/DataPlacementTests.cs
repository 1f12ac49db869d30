namespace ZiskLlc.Codegen.Tests;

/// <summary>Pass <c>data</c> places globals at least at the alignment their size suggests (up to 8),
/// whatever alignment the IR gives them (byte arrays in between, not scalars, which <c>WideScalars</c> would
/// widen to aligned words anyway): a char array used as memory for structs must not make every
/// 8-byte access cross a word (spec §8.4).</summary>
public class DataPlacementTests
{
    const string Ir = """
        target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
        target triple = "riscv64-unknown-unknown-elf"
        declare void @zisk_set_output(i32, i32)
        @c = global [3 x i8] c"\01\00\00"
        @buf = global [40 x i8] zeroinitializer, align 1
        @d = global [1 x i8] c"\02"
        @w = global [4 x i8] c"\01\02\03\04", align 1
        @e = global [1 x i8] c"\03"
        @h = global [2 x i8] c"\05\06", align 1

        define i32 @main() {
          %slot = getelementptr i8, ptr @buf, i64 8
          store ptr @w, ptr %slot, align 8
          %p = load volatile ptr, ptr %slot, align 8
          %x = load i32, ptr %p, align 4
          call void @zisk_set_output(i32 1, i32 %x)
          %c = load volatile i8, ptr @c
          %d = load volatile i8, ptr @d
          %e = load volatile i8, ptr @e
          %cd = add i8 %c, %d
          %cde = add i8 %cd, %e
          %z = zext i8 %cde to i32
          call void @zisk_set_output(i32 2, i32 %z)
          %hv = load volatile i16, ptr @h, align 1   ; volatile: the IR pipeline would fold a constant global away
          %hz = zext i16 %hv to i32
          call void @zisk_set_output(i32 3, i32 %hz)
          ret i32 0
        }
        """;

    [Fact]
    public void Globals_get_their_natural_alignment_up_to_8()
    {
        using var dir = new DirectHarness.TempDir();
        var ll = Path.Combine(dir.Path, "align.ll");
        File.WriteAllText(ll, Ir);
        var p = DirectHarness.Compile(ll);
        ulong At(string name) => p.Symbols.Single(s => s.Name == name).Start;
        Assert.Equal(0UL, At("buf") % 8);
        Assert.Equal(0UL, At("w") % 4);
        Assert.Equal(0UL, At("h") % 2);
        var r = DirectHarness.Run(p);
        Assert.True(r.EndedOk, r.Message);
        Assert.Equal(0x04030201u, r.Outputs[1]);
        Assert.Equal(6u, r.Outputs[2]);
        Assert.Equal(0x0605u, r.Outputs[3]);
    }
}
