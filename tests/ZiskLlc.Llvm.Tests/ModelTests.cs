using System.Numerics;
using ZiskLlc.Llvm;

namespace ZiskLlc.Llvm.Tests;

/// <summary>The friendly model over the views: what the backend reads from an instruction, a constant, a type.</summary>
public class ModelTests : IDisposable
{
    readonly IrFiles files = new();
    public void Dispose() => files.Dispose();

    static IrInstruction Find(IrFunction f, IrOpcode op) => f.Instructions.First(i => i.Opcode == op);

    [Fact]
    public void SwitchCasesCarryValuesAndTargets()
    {
        using var s = files.Read("""
            define i32 @f(i64 %x) {
            entry:
              switch i64 %x, label %def [ i64 3, label %a
                                          i64 -1, label %b
                                          i64 100, label %a ]
            a:
              ret i32 1
            b:
              ret i32 2
            def:
              ret i32 0
            }
            """);
        var sw = Find(s.Module.FindFunction("f")!.Value, IrOpcode.Switch);
        Assert.Equal("def", sw.SwitchDefault.Name);
        var cases = sw.SwitchCases;
        Assert.Equal(3, cases.Count);
        Assert.Equal(new BigInteger(3), cases[0].Value);
        Assert.Equal("a", cases[0].Target.Name);
        Assert.Equal(new BigInteger(ulong.MaxValue), cases[1].Value); // zero-extended i64 -1
        Assert.Equal("b", cases[1].Target.Name);
        Assert.Equal(new BigInteger(100), cases[2].Value);
        Assert.Equal(["def", "a", "b", "a"], sw.Successors.Select(b => b.Name));
        // LLVM 22: the case values are not operands (only the condition and the destinations).
        Assert.DoesNotContain(sw.Operands, o => o.Kind == IrValueKind.ConstantInt);
    }

    [Fact]
    public void WideIntegerConstantsAreExact()
    {
        using var s = files.Read("""
            define i128 @f(i128 %x) {
              %a = add i128 %x, 170141183460469231731687303715884105727
              %b = mul i128 %a, -3
              %c = xor i128 %b, 18446744073709551616
              ret i128 %c
            }
            define i256 @g() {
              ret i256 -2
            }
            """);
        var insns = s.Module.FindFunction("f")!.Value.Instructions.ToList();
        var max = insns[0].Operands[1];
        Assert.Equal(BigInteger.Pow(2, 127) - 1, max.UnsignedInteger);
        Assert.Equal([ulong.MaxValue, long.MaxValue], max.IntegerWords.Select(w => (ulong)w).ToArray());
        var m3 = insns[1].Operands[1];
        Assert.Equal(new BigInteger(-3), m3.SignedInteger);
        Assert.Equal(BigInteger.Pow(2, 128) - 3, m3.UnsignedInteger);
        Assert.Equal([ulong.MaxValue - 2, ulong.MaxValue], m3.IntegerWords);
        Assert.Equal([0UL, 1UL], insns[2].Operands[1].IntegerWords);
        var m2 = Find(s.Module.FindFunction("g")!.Value, IrOpcode.Ret).Operands[0];
        Assert.Equal(new BigInteger(-2), m2.SignedInteger);
        Assert.Equal(4, m2.IntegerWords.Length);
    }

    [Fact]
    public void PoisonAndUndefAreDistinguished()
    {
        using var s = files.Read("""
            define i32 @f(i32 %x) {
              %a = add i32 %x, poison
              %b = add i32 %a, undef
              ret i32 %b
            }
            """);
        var insns = s.Module.FindFunction("f")!.Value.Instructions.ToList();
        var p = insns[0].Operands[1];
        var u = insns[1].Operands[1];
        Assert.True(p.IsPoison);
        Assert.False(p.IsUndef);
        Assert.True(u.IsUndef);
        Assert.False(u.IsPoison);
        Assert.False(insns[0].Operands[0].IsUndef);
    }

    [Fact]
    public void GepSourceElementTypeAndStructLayout()
    {
        using var s = files.Read("""
            %struct.S = type { i8, i64, i16 }
            %struct.P = type <{ i8, i64 }>
            define ptr @f(ptr %p) {
              %q = getelementptr inbounds %struct.S, ptr %p, i64 1, i32 2
              ret ptr %q
            }
            define void @g(ptr %p) {
              %x = alloca %struct.P
              store i8 0, ptr %x
              ret void
            }
            """);
        var gep = Find(s.Module.FindFunction("f")!.Value, IrOpcode.GetElementPtr);
        var st = gep.GepSourceElementType;
        Assert.Equal(IrTypeKind.Struct, st.Kind);
        Assert.Equal("struct.S", st.StructName);
        var dl = s.Module.Layout;
        Assert.Equal([0UL, 8UL, 16UL], Enumerable.Range(0, 3).Select(i => dl.OffsetOfElement(st, i)));
        Assert.Equal(24UL, dl.AbiSize(st));
        Assert.Equal(8U, dl.AbiAlignment(st));
        var packed = Find(s.Module.FindFunction("g")!.Value, IrOpcode.Alloca).AllocatedType;
        Assert.True(packed.IsPackedStruct);
        Assert.Equal(1UL, dl.OffsetOfElement(packed, 1));
        Assert.Equal(9UL, dl.AbiSize(packed));
    }

    [Fact]
    public void I128AlignmentComesFromTheDataLayout()
    {
        using var s = files.Read("""
            @x = global i128 0
            @y = global i24 0
            """);
        var dl = s.Module.Layout;
        var i128 = s.Module.FindGlobal("x")!.Value.ValueType;
        Assert.Equal(16U, dl.AbiAlignment(i128));
        Assert.Equal(16UL, dl.AbiSize(i128));
        var i24 = s.Module.FindGlobal("y")!.Value.ValueType;
        Assert.Equal(3UL, dl.StoreSize(i24));
        Assert.Equal(4UL, dl.AbiSize(i24));
    }

    [Fact]
    public void CallTargetsIntrinsicsAndInlineAsm()
    {
        using var s = files.Read("""
            declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
            declare i32 @llvm.fshl.i32(i32, i32, i32)
            declare i32 @ext(i32)
            define i32 @f(ptr %d, ptr %s, ptr %fp, i32 %x) {
              call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 16, i1 false)
              %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 3)
              %e = call i32 @ext(i32 %r)
              %i = call i32 %fp(i32 %e)
              %y = call i32 asm "addi $0, $1, 1", "=r,r"(i32 %i)
              %z = call i32 asm "", "=r,0"(i32 %y)
              ret i32 %z
            }
            """);
        var calls = s.Module.FindFunction("f")!.Value.Instructions.Where(i => i.Opcode == IrOpcode.Call).ToList();
        Assert.Equal("llvm.memcpy.p0.p0.i64", calls[0].IntrinsicName);
        Assert.Equal("llvm.memcpy", calls[0].IntrinsicFamily);
        Assert.Equal("llvm.fshl", calls[1].IntrinsicFamily);
        Assert.Equal("ext", calls[2].DirectCallee!.Value.Name);
        Assert.Null(calls[2].IntrinsicName);
        Assert.False(calls[2].IsIndirectCall);
        Assert.Single(calls[2].CallArguments);
        Assert.True(calls[3].IsIndirectCall);
        Assert.Null(calls[3].DirectCallee);
        Assert.Equal("fp", calls[3].CalledValue.Name);
        var asm = calls[4].InlineAsm!.Value;
        Assert.Equal("addi $0, $1, 1", asm.AsmText);
        Assert.Equal("=r,r", asm.Constraints);
        Assert.False(asm.IsEmpty);
        Assert.False(calls[4].IsIndirectCall);
        Assert.True(calls[5].InlineAsm!.Value.IsEmpty);
        Assert.Equal("=r,0", calls[5].InlineAsm!.Value.Constraints);
        Assert.Equal(["ext"], s.Module.UndefinedSymbols);
    }

    [Theory]
    [InlineData("llvm.memcpy.p0.p0.i64", "llvm.memcpy")]
    [InlineData("llvm.fshl.i32", "llvm.fshl")]
    [InlineData("llvm.umax.v4i32", "llvm.umax")]
    [InlineData("llvm.lifetime.start.p0", "llvm.lifetime.start")]
    [InlineData("llvm.va_start.p0", "llvm.va_start")]
    [InlineData("llvm.assume", "llvm.assume")]
    [InlineData("llvm.fabs.f64", "llvm.fabs")]
    [InlineData("llvm.masked.load.nxv4i32.p0", "llvm.masked.load")]
    [InlineData("llvm.experimental.constrained.fadd.f32", "llvm.experimental.constrained.fadd")]
    [InlineData("memcpy", "memcpy")]
    public void IntrinsicFamiliesDropTypeSuffixes(string name, string family) =>
        Assert.Equal(family, Intrinsics.Family(name));

    [Fact]
    public void PhiEdgesFunctionsAndBlocks()
    {
        using var s = files.Read("""
            define i64 @f(i64 %n, ...) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %j, %loop ]
              %j = add i64 %i, 1
              %c = icmp ult i64 %j, %n
              br i1 %c, label %loop, label %1
            1:
              ret i64 %j
            }
            """);
        var f = s.Module.FindFunction("f")!.Value;
        Assert.True(f.IsVarArg);
        Assert.Single(f.Parameters);
        Assert.Equal("n", f.Parameters[0].Name);
        Assert.Equal(["entry", "loop", "#2"], f.Blocks.Select(b => b.Label));
        var phi = Find(f, IrOpcode.Phi);
        Assert.Equal(["entry", "loop"], phi.PhiIncoming.Select(e => e.Block.Name));
        Assert.Equal(BigInteger.Zero, phi.PhiIncoming[0].Value.UnsignedInteger);
        Assert.Equal("j", phi.PhiIncoming[1].Value.Name);
        Assert.Equal(IrIntPredicate.Ult, Find(f, IrOpcode.ICmp).IntPredicate);
        Assert.Equal(64, phi.Type.IntegerWidth);
        Assert.Equal("f", phi.Block.Function.Name);
    }
}
