using ZiskLlc.Llvm;

namespace ZiskLlc.Llvm.Tests;

/// <summary>The unsupported-construct survey, and debug locations from clang-22 -g.</summary>
public class SurveyTests : IDisposable
{
    readonly IrFiles files = new();
    public void Dispose() => files.Dispose();

    [Fact]
    public void EachUnsupportedKindIsFoundWithItsLocation()
    {
        using var s = files.Read("""
            declare i32 @printf(ptr, ...)
            define fp128 @fp(fp128 %x) {
              %y = fadd fp128 %x, 0xL00000000000000003FFF000000000000
              ret fp128 %y
            }
            define i32 @f(i32 %x, ptr %t) {
            entry:
              %a = sitofp i32 %x to half
              %d = sitofp i32 %x to double
              %b = call i32 asm sideeffect "csrr $0, cycle", "=r"()
              %c = call i32 (ptr, ...) @printf(ptr %t, i32 %x)
              indirectbr ptr %t, [label %l1]
            l1:
              callbr void asm "", "!i"() to label %l2 [label %l1]
            l2:
              ret i32 %b
            }
            """);
        s.RunLoweringPipeline();
        var u = IrSurvey.Survey(s.Module).Unsupported;
        Assert.Contains(u, x => x is { Kind: "floating point", Function: "fp", Block: "" });
        Assert.Contains(u, x => x is { Kind: "floating point", Function: "fp" } && x.Instruction.Contains("fadd"));
        Assert.Contains(u, x => x is { Kind: "floating point", Function: "f", Block: "entry" } && x.Instruction.Contains("to half"));
        // float and double are soft float: supported.
        Assert.DoesNotContain(u, x => x.Instruction.Contains("to double"));
        Assert.Contains(u, x => x is { Kind: "inline asm", Function: "f" } && x.Instruction.Contains("csrr"));
        Assert.Contains(u, x => x is { Kind: "external varargs call" } && x.Instruction.Contains("@printf"));
        Assert.Contains(u, x => x is { Kind: "indirectbr", Block: "entry" });
        Assert.Contains(u, x => x is { Kind: "callbr", Block: "l1" });
        Assert.All(u, x => Assert.Contains(x.Kind, IrSurvey.UnsupportedKinds));
    }

    [Fact]
    public void EmptyInlineAsmAndVarargsDefinitionsAreAccepted()
    {
        using var s = files.Read("""
            define i32 @pr(ptr %f, ...) {
              ret i32 0
            }
            define i32 @g(i32 %x) {
              %y = call i32 asm "", "=r,0"(i32 %x)
              %z = call i32 (ptr, ...) @pr(ptr null, i32 %y)
              ret i32 %z
            }
            """);
        s.RunLoweringPipeline();
        Assert.Empty(IrSurvey.Survey(s.Module).Unsupported);
    }

    [Fact]
    public void DebugLocationsComeFromClangDashG()
    {
        var c = Path.Combine(files.Dir, "dbg.c");
        File.WriteAllText(c, "long double scale(long double x) {\n  return x * 3.0L;\n}\nint add(int a, int b) {\n  return a + b;\n}\n");
        var ll = Path.Combine(files.Dir, "dbg.ll");
        Tools.Run("clang-22", "--target=riscv64-unknown-elf", "-march=rv64imafd", "-g", "-O1", "-S", "-emit-llvm", c, "-o", ll);
        using var s = IrReader.ReadAndLower([ll]);
        var add = s.Module.FindFunction("add")!.Value.Instructions.First(i => i.Opcode == IrOpcode.Add);
        var loc = add.DebugLocation!.Value;
        Assert.Equal(c, Path.Combine(loc.Directory, loc.File));
        Assert.Equal(5, loc.Line);
        Assert.Equal(12, loc.Column);
        Assert.Equal($"{loc.File}:5:12", loc.ToString());
        var fmul = IrSurvey.Survey(s.Module).Unsupported.First(u => u.Instruction.Contains("fmul"));
        Assert.Equal(2, fmul.Location!.Value.Line);
        Assert.EndsWith($"({fmul.Location})", fmul.ToString());
        // An instruction without !dbg has no location.
        using var plain = files.Read("define i32 @h(i32 %a) {\n  %b = add i32 %a, 1\n  ret i32 %b\n}\n");
        Assert.Null(plain.Module.FindFunction("h")!.Value.Instructions.First().DebugLocation);
    }
}
