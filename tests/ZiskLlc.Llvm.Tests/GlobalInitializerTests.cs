using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Llvm.Tests;

/// <summary>Global initialisers laid out as bytes + relocations, constant expressions evaluated to symbol + offset.</summary>
public class GlobalInitializerTests : IDisposable
{
    readonly IrFiles files = new();
    public void Dispose() => files.Dispose();

    const string Globals = """
        %struct.S = type { i8, i64, i16 }
        @a = global [4 x i32] [i32 1, i32 2, i32 3, i32 -4]
        @s = global { i8, ptr, i64 } { i8 7, ptr getelementptr (i8, ptr @a, i64 4), i64 ptrtoint (ptr @f to i64) }
        @p = global ptr getelementptr inbounds ([4 x i32], ptr @a, i64 0, i64 2)
        @fld = global ptr getelementptr (%struct.S, ptr @t, i64 1, i32 2)
        @d = global i64 sub (i64 ptrtoint (ptr getelementptr (i8, ptr @a, i64 12) to i64), i64 ptrtoint (ptr @a to i64))
        @q = global i64 add (i64 ptrtoint (ptr @a to i64), i64 5)
        @t = global %struct.S { i8 1, i64 -2, i16 772 }
        @str = constant [6 x i8] c"hello\00", align 1
        @big = global i128 -1
        @z = global [3 x i64] zeroinitializer
        @u = global i32 undef
        @nul = global ptr null
        @fp = global double 1.0
        @ba = global ptr blockaddress(@g, %l)
        declare i32 @f(i32)
        define void @g() {
          br label %l
        l:
          ret void
        }
        """;

    (IrModule m, LlvmSession s) Load()
    {
        var s = files.Read(Globals);
        return (s.Module, s);
    }

    GlobalImage Enc(IrModule m, string name) => GlobalInitializer.Encode(m.FindGlobal(name)!.Value, m.Layout);

    [Fact]
    public void ArraysStructsAndStringsAreLittleEndianBytes()
    {
        var (m, s) = Load();
        using var _ = s;
        var a = Enc(m, "a");
        Assert.Equal(new byte[] { 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0xFC, 0xFF, 0xFF, 0xFF }, a.Bytes);
        Assert.Empty(a.Relocations);
        Assert.False(a.ReadOnly);
        var t = Enc(m, "t");
        Assert.Equal(24, t.Bytes.Length);
        Assert.Equal(1, t.Bytes[0]);
        Assert.Equal(-2L, BitConverter.ToInt64(t.Bytes, 8));
        Assert.Equal(772, BitConverter.ToUInt16(t.Bytes, 16));
        Assert.Equal(8U, t.Alignment);
        var str = Enc(m, "str");
        Assert.Equal("hello\0"u8.ToArray(), str.Bytes);
        Assert.True(str.ReadOnly);
        Assert.Equal(1U, str.Alignment);
        Assert.Equal(Enumerable.Repeat((byte)0xFF, 16), Enc(m, "big").Bytes);
        Assert.Equal(new byte[24], Enc(m, "z").Bytes);
        Assert.Equal(new byte[4], Enc(m, "u").Bytes);
        Assert.Equal(new byte[8], Enc(m, "nul").Bytes);
    }

    [Fact]
    public void PointersBecomeRelocationsWithAddends()
    {
        var (m, s) = Load();
        using var _ = s;
        var st = Enc(m, "s");
        Assert.Equal(24, st.Bytes.Length);
        Assert.Equal(7, st.Bytes[0]);
        Assert.All(st.Bytes.Skip(1), b => Assert.Equal(0, b));
        Assert.Equal([new IrRelocation(8, 8, "a", 4), new IrRelocation(16, 8, "f", 0)], st.Relocations);
        Assert.Equal([new IrRelocation(0, 8, "a", 8)], Enc(m, "p").Relocations);
        Assert.Equal([new IrRelocation(0, 8, "t", 24 + 16)], Enc(m, "fld").Relocations);
        Assert.Equal([new IrRelocation(0, 8, "a", 5)], Enc(m, "q").Relocations);
        var d = Enc(m, "d");
        Assert.Empty(d.Relocations);
        Assert.Equal(12L, BitConverter.ToInt64(d.Bytes));
    }

    [Fact]
    public void UnevaluableConstantsAreReportedWithGlobalAndOffset()
    {
        var (m, s) = Load();
        using var _ = s;
        // Floating-point data is bits to the integer backend: 1.0 is 0x3FF0000000000000.
        Assert.Equal(0x3FF0000000000000UL, BitConverter.ToUInt64(Enc(m, "fp").Bytes));
        var b = Assert.Throws<UserError>(() => Enc(m, "ba"));
        Assert.Contains("global @ba, byte 0", b.Message);
        Assert.Contains("block address", b.Message);
        var survey = IrSurvey.Survey(m);
        Assert.Equal(1, survey.Unsupported.Count(u => u.Kind == "global initialiser"));
    }
}
