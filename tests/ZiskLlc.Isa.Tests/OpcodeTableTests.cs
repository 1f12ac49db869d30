using ZiskLlc.Isa;

namespace ZiskLlc.Isa.Tests;

public class OpcodeTableTests
{
    [Fact]
    public void EveryEnumValueHasExactlyOneRow()
    {
        foreach (var op in Enum.GetValues<Opcode>())
            Assert.Equal(op, OpcodeTable.Get(op).Code);
        Assert.Equal(Enum.GetValues<Opcode>().Length, OpcodeTable.All.Count);
        Assert.Equal(OpcodeTable.All.Count, OpcodeTable.All.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("add", 25)]
    [InlineData("add_w", 60)]
    [InlineData("sll", 53)]
    [InlineData("mul", 95)]
    [InlineData("keccak", 75550)]
    [InlineData("sha256", 8712)]
    [InlineData("arith256", 1424)]
    [InlineData("arith384_mod", 1896)]
    [InlineData("blake2", 4920)]
    [InlineData("poseidon2", 1050)]
    [InlineData("dma_memcpy", 46)]
    [InlineData("dma_xmemset", 61)]
    [InlineData("dma_inputcpy", 40)]
    [InlineData("copyb", 0)]
    public void CostsMatchSpec(string name, int cost) => Assert.Equal(cost, OpcodeTable.TryGet(name)!.Cost);

    [Fact]
    public void HaltCountsAsPrecompileAndIsInternal()
    {
        var h = OpcodeTable.Get(Opcode.Halt);
        Assert.True(h.IsPrecompiled);
        Assert.False(h.IsExternalOp);
        Assert.Equal(0, h.Cost);
    }

    [Fact]
    public void M32FollowsTheName()
    {
        Assert.True(OpcodeTable.Get(Opcode.SignExtendW).M32);
        Assert.True(OpcodeTable.Get(Opcode.AddW).M32);
        Assert.False(OpcodeTable.Get(Opcode.Add).M32);
    }

    [Fact]
    public void FcallOpsAreNotExternal()
    {
        Assert.False(OpcodeTable.Get(Opcode.FcallGet).IsExternalOp);
        Assert.True(OpcodeTable.Get(Opcode.PubOut).IsExternalOp);
        Assert.True(OpcodeTable.Get(Opcode.Keccak).IsExternalOp);
    }
}
