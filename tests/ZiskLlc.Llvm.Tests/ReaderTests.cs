using ZiskLlc.Isa;
using ZiskLlc.Llvm;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm.Tests;

/// <summary>Loading: format detection, linking, verification, target checks, and one clear message for each bad input.</summary>
public class ReaderTests : IDisposable
{
    readonly IrFiles files = new();
    public void Dispose() => files.Dispose();

    const string Small = "define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n";

    static byte[] Bitcode(string ll, string dir)
    {
        var src = Path.Combine(dir, "in.ll");
        var dst = Path.Combine(dir, "out.bc");
        File.WriteAllText(src, IrFiles.Header + ll);
        Tools.Run("llvm-as-22", src, "-o", dst);
        return File.ReadAllBytes(dst);
    }

    static UserError Fails(string path) => Assert.Throws<UserError>(() => IrReader.Read([path]).Dispose());

    [Fact]
    public void DetectsFormatByContent()
    {
        Assert.Equal(IrFileFormat.Bitcode, IrReader.DetectFormat([0x42, 0x43, 0xC0, 0xDE, 0x35]));
        Assert.Equal(IrFileFormat.Bitcode, IrReader.DetectFormat([0xDE, 0xC0, 0x17, 0x0B, 0, 0, 0, 0]));
        Assert.Equal(IrFileFormat.Text, IrReader.DetectFormat("define void @f() {"u8));
        Assert.Equal(IrFileFormat.Text, IrReader.DetectFormat([0x42, 0x43]));
    }

    [Fact]
    public void BitcodeUnderAnyNameIsReadAsBitcode()
    {
        var p = files.WriteBytes("prog.ll", Bitcode(Small, files.Dir)); // wrong extension on purpose
        using var s = IrReader.Read([p]);
        Assert.Equal("f", s.Module.Functions.Single().Name);
    }

    [Fact]
    public void WrappedBitcodeIsRead()
    {
        var bc = Bitcode(Small, files.Dir);
        var wrapped = new byte[20 + bc.Length];
        uint[] header = [0x0B17C0DE, 0, 20, (uint)bc.Length, 0]; // magic, version, offset, size, cputype
        for (int i = 0; i < 5; i++) BitConverter.TryWriteBytes(wrapped.AsSpan(4 * i), header[i]);
        bc.CopyTo(wrapped, 20);
        Assert.Equal(IrFileFormat.Bitcode, IrReader.DetectFormat(wrapped));
        using var s = IrReader.Read([files.WriteBytes("w.bc", wrapped)]);
        Assert.Equal("f", s.Module.Functions.Single().Name);
    }

    [Fact]
    public void TheSameInputTwiceIsALinkConflict()
    {
        var a = files.Write("a.ll", Small);
        var e = Assert.Throws<UserError>(() => IrReader.Read([a, a]).Dispose());
        Assert.StartsWith(a + ": cannot link", e.Message);
    }

    [Fact]
    public void SeveralInputsAreLinked()
    {
        var a = files.Write("a.ll", "declare i32 @g(i32)\ndefine i32 @f(i32 %x) {\n  %y = call i32 @g(i32 %x)\n  ret i32 %y\n}\n");
        var b = files.WriteBytes("b.bc", Bitcode("define i32 @g(i32 %x) {\n  ret i32 %x\n}\n", files.Dir));
        using var s = IrReader.Read([a, b]);
        Assert.Equal(["f", "g"], s.Module.Functions.Select(f => f.Name));
        Assert.All(s.Module.Functions, f => Assert.False(f.IsDeclaration));
        Assert.Empty(s.Module.UndefinedSymbols);
    }

    [Fact]
    public void ConflictingDefinitionsFailToLinkWithLlvmsMessage()
    {
        var a = files.Write("a.ll", Small);
        var b = files.Write("b.ll", Small);
        var e = Assert.Throws<UserError>(() => IrReader.Read([a, b]).Dispose());
        Assert.StartsWith(b + ": cannot link with " + a, e.Message);
        Assert.Contains("'f'", e.Message);
    }

    [Fact]
    public void EmptyFile() =>
        Assert.Equal($"{files.Write("e.ll", "", header: false)}: empty file (expected LLVM IR text or bitcode)", Fails(Path.Combine(files.Dir, "e.ll")).Message);

    [Fact]
    public void MissingFile()
    {
        var p = Path.Combine(files.Dir, "nope.bc");
        Assert.Equal($"{p}: no such file", Fails(p).Message);
    }

    [Fact]
    public void BinaryGarbage()
    {
        var rnd = new Random(42);
        var bytes = new byte[512];
        rnd.NextBytes(bytes);
        bytes[0] = 0x01;
        var p = files.WriteBytes("g.bin", bytes);
        var e = Fails(p);
        Assert.StartsWith(p + ":", e.Message);
        Assert.Contains("invalid LLVM IR", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(200)]
    public void TruncatedBitcode(int keep)
    {
        var bc = Bitcode(Small, files.Dir);
        var p = files.WriteBytes($"t{keep}.bc", bc[..keep]);
        var e = Fails(p);
        Assert.StartsWith($"{p}: invalid LLVM bitcode: ", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void CorruptedBitcodeBody()
    {
        var bc = Bitcode(Small, files.Dir);
        for (int i = 40; i < bc.Length; i += 7) bc[i] ^= 0x5A;
        var p = files.WriteBytes("c.bc", bc);
        var e = Fails(p);
        Assert.StartsWith($"{p}: invalid LLVM bitcode: ", e.Message);
    }

    [Fact]
    public void InvalidIrTextGivesPosition()
    {
        var p = files.Write("bad.ll", "define i32 @f( {\n  ret i32 0\n}\n", header: false);
        Assert.Equal($"{p}:2:3: invalid LLVM IR: expected type", Fails(p).Message); // LLVM reads "{" as a struct type
    }

    [Fact]
    public void VerifierMessageIsReported()
    {
        var p = files.Write("v.ll", "define i32 @f() {\n  %b = add i32 %a, 1\n  %a = add i32 1, 2\n  ret i32 %b\n}\n");
        var e = Fails(p);
        Assert.StartsWith($"{p}: invalid LLVM IR: Instruction does not dominate all uses!", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void ThirtyTwoBitTargetIsRejected()
    {
        var p = files.Write("rv32.ll", "target datalayout = \"e-m:e-p:32:32-i64:64-n32-S128\"\ntarget triple = \"riscv32-unknown-elf\"\n" + Small, header: false);
        var e = Fails(p);
        Assert.StartsWith($"{p}: IR for target 'riscv32-unknown-elf' has 32-bit little-endian pointers", e.Message);
        Assert.Contains("riscv64", e.Message);
    }

    [Fact]
    public void BigEndianTargetIsRejected()
    {
        var p = files.Write("be.ll", "target datalayout = \"E-m:e-p:64:64-i64:64-n32:64-S128\"\ntarget triple = \"mips64-unknown-linux\"\n" + Small, header: false);
        Assert.Contains("64-bit big-endian pointers", Fails(p).Message);
    }

    [Fact]
    public void OtherSixtyFourBitTripleIsAWarningNotAnError()
    {
        var p = files.Write("x86.ll", "target datalayout = \"e-m:e-i64:64-i128:128-n8:16:32:64-S128\"\ntarget triple = \"x86_64-pc-linux-gnu\"\n" + Small, header: false);
        using var s = IrReader.Read([p]);
        var w = Assert.Single(s.Diagnostics);
        Assert.Equal(IrDiagnosticSeverity.Warning, w.Severity);
        Assert.Contains("x86_64-pc-linux-gnu", w.Message);
        Assert.Contains("not riscv64", w.Message);
    }

    [Fact]
    public void RiscvInputHasNoDiagnostics()
    {
        using var s = files.Read(Small);
        s.RunLoweringPipeline();
        Assert.Empty(s.Diagnostics);
        Assert.Equal("riscv64-unknown-unknown-elf", s.Module.Triple);
    }

    [Fact]
    public void BadPassPipelineIsAUserError()
    {
        using var s = files.Read(Small);
        var e = Assert.Throws<UserError>(() => s.RunPasses("no-such-pass"));
        Assert.Contains("no-such-pass", e.Message);
    }

    [Fact]
    public void LoweringPipelineRemovesAtomicsInvokeAndVectorOps()
    {
        using var s = files.Read("""
            declare void @may_throw()
            declare i32 @__gxx_personality_v0(...)
            define i64 @f(ptr %p) personality ptr @__gxx_personality_v0 {
            entry:
              %a = atomicrmw add ptr %p, i64 1 seq_cst
              %v = load <2 x i64>, ptr %p
              %w = add <2 x i64> %v, <i64 1, i64 2>
              store <2 x i64> %w, ptr %p
              %c = cmpxchg ptr %p, i64 0, i64 %a monotonic monotonic
              fence seq_cst
              invoke void @may_throw() to label %ok unwind label %lp
            ok:
              ret i64 %a
            lp:
              %l = landingpad { ptr, i32 } cleanup
              resume { ptr, i32 } %l
            }
            """);
        var before = IrSurvey.Survey(s.Module);
        Assert.Contains(before.Unsupported, u => u.Kind == "atomic");
        Assert.Contains(before.Unsupported, u => u.Kind == "vector");
        Assert.Contains(before.Unsupported, u => u.Kind == "exception handling");
        s.RunLoweringPipeline();
        var after = IrSurvey.Survey(s.Module);
        Assert.Empty(after.Unsupported);
        Assert.DoesNotContain("invoke", after.InstructionHistogram.Keys);
        Assert.DoesNotContain("landingpad", after.InstructionHistogram.Keys);
        Assert.DoesNotContain("atomicrmw", after.InstructionHistogram.Keys);
    }

    [Fact]
    public void LibraryIsLlvm22()
    {
        LlvmLibrary.EnsureLoaded();
        Assert.Equal(22, LlvmLibrary.Version.Major);
        Assert.NotNull(LlvmLibrary.LoadedPath);
    }
}
