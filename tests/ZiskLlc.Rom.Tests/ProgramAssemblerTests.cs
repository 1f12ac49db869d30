using CsCheck;
using ZiskLlc.Isa;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Rom.Tests;

/// <summary>The program form of the assembly: labels, directives, errors with file:line, and the
/// listing ↔ assembler round trip.</summary>
public class ProgramAssemblerTests
{
    [Fact]
    public void LabelsDirectivesAndAddresses()
    {
        var p = ProgramAssembler.Parse("""
            .origin "demo"
            .rodata 0x80000000 msg   ; a named read-only segment
            text: .ascii "hi\n\x41"
                  .u16 0x1234, -1
                  .u64 @text
                  .zero 2
            .data 0xa0030000
                  .u8 7
            .text
            .org 0x1000
                copyb imm:0, imm:0 j(@go, @go)
            .org 0x1004
                copyb imm:0, imm:0 end j(0, 0)
            go: copyb imm:0, imm:@text -> r1 j(4, 4)
                0x2000: eq r1, imm:0 j(@go, 4)   ; explicit address
                add r1, imm:1 -> r1 j(-4, -4)
            .symbol go 0x1008 0x100c
            """, "t.zasm");
        Assert.Equal("demo", p.Origin);
        Assert.Equal([0x1000UL, 0x1004, 0x1008, 0x2000, 0x2004], p.Instructions.Select(i => i.Paddr));
        Assert.Equal(8, p.Instructions[0].JmpOffset1);
        Assert.Equal(0x80000000UL, p.Instructions[2].B);
        Assert.Equal(0x1008 - 0x2000, p.Instructions[3].JmpOffset1);
        var ro = p.Segments[0];
        Assert.Equal(("msg", SegmentKind.ReadOnly), (ro.Name, ro.Kind));
        Assert.Equal(new byte[] { (byte)'h', (byte)'i', 10, 0x41, 0x34, 0x12, 0xFF, 0xFF, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0 }, ro.Data);
        Assert.Equal(SegmentKind.ReadWrite, p.Segments[1].Kind);
        Assert.Equal(new Symbol("go", 0x1008, 0x100c), Assert.Single(p.Symbols));
    }

    [Theory]
    [InlineData("    add r1, r2 j(@nowhere, 4)", "t.zasm:1: undefined label @nowhere")]
    [InlineData("a:\na:", "t.zasm:2: label 'a' defined twice")]
    [InlineData("\n\n  bogus r1, r2 j(4,4)", "t.zasm:3: unknown opcode 'bogus'")]
    [InlineData(".u8 1", "t.zasm:1: .u8 outside a data segment")]
    [InlineData(".data 0xa0000000\n .u8 300", "t.zasm:2: 300 does not fit in 1 byte(s)")]
    [InlineData(".frob 1", "t.zasm:1: unknown directive .frob")]
    [InlineData("0x1000: flag c, c j(0,0)\n0x1000: flag c, c j(0,0)", "t.zasm:2: a second instruction at address 0x1000")]
    [InlineData(".rodata 0x80000000\n  copyb c, c j(4,4)", "t.zasm:2: an instruction inside a data segment")]
    public void ErrorsNameFileAndLine(string text, string message) =>
        Assert.StartsWith(message, Assert.Throws<UserError>(() => ProgramAssembler.Parse(text, "t.zasm")).Message);

    [Fact]
    public void ListingAssemblesBackToTheSameProgram() =>
        Generators.Program.Sample(p =>
        {
            var back = ProgramAssembler.Parse(ProgramListing.ToText(p), "listing");
            Assert.Equal(ZromFile.ToBytes(p), ZromFile.ToBytes(back));
        }, iter: 300);

    public static TheoryData<string> Examples() => new(Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "examples"), "*.zasm").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void BundledExamplesAssembleAndValidate(string file)
    {
        var p = ProgramAssembler.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "examples", file)), file);
        Assert.Empty(RomValidator.Validate(p));
    }
}
