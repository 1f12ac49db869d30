using CsCheck;
using ZiskLlc.Isa.Assembly;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Isa.Tests;

/// <summary>The one-line text assembly: parse ∘ print is the identity on every valid instruction.</summary>
public class AssemblyTests
{
    [Fact]
    public void ParseOfPrintIsIdentityOnAnyValidInstruction() =>
        Generators.Instruction.Sample(i => Assert.Equal(i, AsmParser.ParseInstruction(AsmPrinter.Format(i))), iter: 5000);

    [Fact]
    public void PrintsEveryOperandKind()
    {
        var i = new Instruction
        {
            Paddr = 0x80000010, ASrc = SourceKind.Reg, A = 5, BSrc = SourceKind.Ind, B = unchecked((ulong)-8L), IndWidth = 4,
            Op = Opcode.SignExtendW, Store = StoreKind.Reg, StoreOffset = 10, JmpOffset1 = 4, JmpOffset2 = 4,
        };
        Assert.Equal("0x80000010: signextend_w r5, ind4:[a-0x8] -> r10 j(4, 4)", AsmPrinter.Format(i));
        var j = new Instruction
        {
            Paddr = 0x1000, ASrc = SourceKind.Imm, A = 0x87F00000, BSrc = SourceKind.Mem, B = 0xA0001110, Op = Opcode.CopyB,
            Store = StoreKind.Mem, StoreOffset = unchecked((long)0xA0010000UL), StorePc = true, SetPc = true, End = true,
            JmpOffset1 = -16, JmpOffset2 = 0x110,
        };
        Assert.Equal("0x00001000: copyb imm:0x87f00000, mem:[0xa0001110] -> mem:[0xa0010000] store_pc set_pc end j(-16, 272)", AsmPrinter.Format(j));
        var k = new Instruction { ASrc = SourceKind.LastC, BSrc = SourceKind.Imm, B = unchecked((ulong)-1L), Op = Opcode.Add, Store = StoreKind.Ind, StoreOffset = 16, IndWidth = 8 };
        Assert.Equal("add c, imm:-1 -> ind8:[a+0x10] j(0, 0)", AsmPrinter.FormatBody(k));
    }

    [Fact]
    public void UnusedIndWidthIsKept()
    {
        // riscv2zisk leaves ind_width 4 on some instructions that use no indirect operand (sc.w's second step).
        var i = new Instruction { Op = Opcode.CopyB, IndWidth = 4, Store = StoreKind.Reg, StoreOffset = 3, JmpOffset1 = 3, JmpOffset2 = 3 };
        var text = AsmPrinter.FormatBody(i);
        Assert.Contains("width:4", text);
        Assert.Equal(i, AsmParser.ParseInstruction(text));
    }

    [Theory]
    [InlineData("frobnicate r1, r2 j(4, 4)", "unknown opcode 'frobnicate'")]
    [InlineData("add r1, r2", "missing jump offsets")]
    [InlineData("add r32, r2 j(4, 4)", "bad register 'r32'")]
    [InlineData("add ind8:[a+0], r2 j(4, 4)", "only allowed for b")]
    [InlineData("add r1, ind3:[a+0] j(4, 4)", "bad indirect width")]
    [InlineData("copyb r1, ind8:[a+0] -> ind4:[a+0] j(4, 4)", "conflicting indirect widths")]
    [InlineData("add r1, imm:99999999999999999999 j(4, 4)", "out of range")]
    [InlineData("add r1, r2 j(@loop, 4)", "label @loop used outside a program")]
    [InlineData("add r1, r2 -> q7 j(4, 4)", "bad store")]
    [InlineData("add r1, r2 j(4, 4) extra", "unexpected 'extra'")]
    public void BadTextGivesAClearMessage(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => AsmParser.ParseInstruction(text));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void LabelsResolveToAddressesAndPcRelativeJumps()
    {
        var i = AsmParser.ParseInstruction("eq r3, imm:@end j(@done, @loop)", 0x1020,
            l => l switch { "done" => 0x1030, "loop" => 0x1010, "end" => 0xABC, _ => null });
        Assert.Equal(0x1020UL, i.Paddr);
        Assert.Equal(0xABCUL, i.B);
        Assert.Equal(0x10, i.JmpOffset1);
        Assert.Equal(-0x10, i.JmpOffset2);
    }

    [Fact]
    public void RomFlagsFollowSection64()
    {
        var i = new Instruction { ASrc = SourceKind.Imm, BSrc = SourceKind.Ind, IndWidth = 8, Op = Opcode.AddW, Store = StoreKind.Reg, StoreOffset = 1, StorePc = true, SetPc = true };
        // bit 0 always, 1 a=imm, 6 external, 7 store_pc, 10 set_pc, 11 m32, 12 b=ind, 15 store=reg
        Assert.Equal(1UL | 1 << 1 | 1 << 6 | 1 << 7 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 15, RomFlags.Compute(i));
        var k = new Instruction { ASrc = SourceKind.Mem, BSrc = SourceKind.Reg, Op = Opcode.Keccak, Store = StoreKind.Mem };
        // bit 0, 2 a=mem, 3 precompiled, 6 external, 8 store=mem, 14 b=reg
        Assert.Equal(1UL | 1 << 2 | 1 << 3 | 1 << 6 | 1 << 8 | 1 << 14, RomFlags.Compute(k));
        var f = new Instruction { ASrc = SourceKind.LastC, BSrc = SourceKind.Imm, Op = Opcode.FcallGet, Store = StoreKind.Ind, IndWidth = 1 };
        // fcall ops are internal: no bit 6; bit 4 b=imm, 9 store=ind
        Assert.Equal(1UL | 1 << 4 | 1 << 9, RomFlags.Compute(f));
    }
}
