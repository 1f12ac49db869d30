using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The DMA opcodes (spec §3.4) and their statistics (§8.5), costs worked by hand.</summary>
public class DmaTests
{
    const ulong Buf = 0xA000_0000 + 0x2000; // scratch RAM, 8-aligned

    /// <summary>Fills Buf.. with bytes 1, 2, 3, … (count bytes, count a multiple of 8).</summary>
    static IEnumerable<Instruction> Fill(int count)
    {
        for (int k = 0; k < count; k += 8)
        {
            ulong w = 0;
            for (int j = 7; j >= 0; j--) w = (w << 8) | (byte)(k + j + 1);
            yield return I(Opcode.CopyB, Im, 0, Im, w, StoreKind.Mem, (long)(Buf + (ulong)k));
        }
    }

    static Instruction OutFrom(int k, ulong addr) => OutWord(k, M, addr);

    static RunResult RunDma(IEnumerable<Instruction> setup, Instruction dma, params Instruction[] after) =>
        Run(Seq([.. setup, dma, .. after, I(Opcode.Flag)]));

    /// <summary>(precompiled cost, memory cost) added by the DMA step: the run minus the same run without it.</summary>
    static (ulong prec, ulong mem) DmaCosts(IEnumerable<Instruction> setup, Instruction dma)
    {
        var s = setup.ToArray();
        var with = RunDma(s, dma).Ok().Costs!;
        var without = Run(Seq([.. s, I(Opcode.Flag)])).Ok().Costs!;
        return (with.PrecompiledCost - without.PrecompiledCost, with.MemoryCost - without.MemoryCost);
    }

    [Fact]
    public void Memcpy_copies_forward_overlap_like_memmove()
    {
        // dst = Buf+2, src = Buf, 8 bytes: bytes 1..8 land at Buf+2.. (overlapping, dst > src).
        var r = RunDma(Fill(16), I(Opcode.DmaXMemCpy, Im, Buf + 2, Im, Buf, StoreKind.Mem, (long)Out + 8, j1: 8), OutFrom(0, Buf)).Ok();
        Assert.Equal(0x0605_0403_0201_0201UL, r.Out64(0));
        Assert.Equal(Buf + 2, r.Out64(1)); // c = dst
    }

    [Fact]
    public void Memcpy_copies_backward_overlap_like_memmove()
    {
        var r = RunDma(Fill(16), I(Opcode.DmaXMemCpy, Im, Buf, Im, Buf + 3, j1: 8), OutFrom(0, Buf), OutFrom(1, Buf + 8)).Ok();
        Assert.Equal(0x0B0A_0908_0706_0504UL, r.Out64(0));
        Assert.Equal(0x100F_0E0D_0C0B_0A09UL, r.Out64(1)); // untouched
    }

    [Fact]
    public void Memcpy_count_from_extra_params_and_zero_count()
    {
        var setup = Fill(16).Append(I(Opcode.CopyB, Im, 0, Im, 3, StoreKind.Mem, (long)MemoryMap.ExtraParamsAddr));
        var r = RunDma(setup, I(Opcode.DmaMemCpy, Im, Buf + 9, Im, Buf), OutFrom(0, Buf + 8)).Ok();
        Assert.Equal(0x100F_0E0D_0302_0109UL, r.Out64(0)); // bytes 1,2,3 copied to Buf+9..11
        var zero = RunDma(Fill(8), I(Opcode.DmaXMemCpy, Im, 0x9000_0000, Im, 0x9100_0000, j1: 0)).Ok(); // count 0: no checks
        Assert.Equal(3UL, zero.Steps); // fill, dma, end
    }

    [Fact]
    public void Memcpy_destination_must_be_RAM_and_source_one_section()
    {
        var ro = new MemorySegment(0x8000_0000, SegmentKind.ReadOnly, new byte[16]);
        var intoRo = Run(Seq(I(Opcode.DmaXMemCpy, Im, 0x8000_0000, Im, Buf, j1: 8), I(Opcode.Flag)), segments: [ro]);
        Assert.Equal(RunEnd.Fault, intoRo.End);
        Assert.Contains("Mem::get_write_section() invalid addr=2147483648=80000000,count=8 write section start=80000000 end=80000010 is read only section", intoRo.Message);
        var fromRo = Run(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, 0x8000_0000, j1: 16), I(Opcode.Flag)), segments: [ro]).Ok();
        Assert.Equal(2UL, fromRo.Steps);
        var crossing = Run(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, 0x8000_0008, j1: 16), I(Opcode.Flag)), segments: [ro]);
        Assert.Equal(RunEnd.Fault, crossing.End);
    }

    [Fact]
    public void Memcpy_costs_different_alignment_by_hand()
    {
        // D = Buf+3, S = Buf+0x105, n = 30 (xmemcpy: no count read). off = 3, pre = 5, post = 1, loop = 3.
        // pre: read W(D), read W(S)+W(S)+8 (offS 5 + 5 > 8), write W(D)              = 16 + 32 + 18 = 66
        // post: remB = (16-3-5)&7 = 0 < 1 → extra word: read W(D+29), 2 reads from W(S+29)-8, write = 66
        // V = 91·2 + (3+1)·42 = 350; cost = 46 + 350.
        var (prec, mem) = DmaCosts([], I(Opcode.DmaXMemCpy, Im, Buf + 3, Im, Buf + 0x105, j1: 30));
        Assert.Equal(46UL + 350, prec);
        Assert.Equal(132UL, mem);
    }

    [Fact]
    public void Memcpy_costs_same_alignment_with_count_read_by_hand()
    {
        // n = 64 from EXTRA_PARAMS (one aligned read: 16), D and S 8-aligned: pre = post = 0, loop = 8.
        // V = ⌈8/8⌉·67 = 67; loop accesses are at word indices (QUIRK) and cost nothing.
        var setup = new[] { I(Opcode.CopyB, Im, 0, Im, 64, StoreKind.Mem, (long)MemoryMap.ExtraParamsAddr) };
        var (prec, mem) = DmaCosts(setup, I(Opcode.DmaMemCpy, Im, Buf, Im, Buf + 0x100));
        Assert.Equal(46UL + 67, prec);
        Assert.Equal(16UL, mem);
    }

    [Fact]
    public void Memcmp_result_and_effective_count_costs()
    {
        // p1 = Buf+1, p2 = Buf+0x101: identical bytes except index 10 (p1 0x0C vs p2 0x0E): c = -2.
        var setup = Fill(32).Concat(Fill(32).Select(i => i with { StoreOffset = i.StoreOffset + 0x100 }))
            .Append(I(Opcode.CopyB, Im, Buf + 0x100 + 11, Im, 0x0E, StoreKind.Ind, 0, w: 1)).ToArray();
        var r = RunDma(setup, I(Opcode.DmaXMemCmp, Im, Buf + 1, Im, Buf + 0x101, StoreKind.Mem, (long)Out, j1: 32)).Ok();
        Assert.Equal(unchecked((ulong)-2L), r.Out64(0));
        // Effective n = 11. off = 1 (same alignment), pre = 7: read W(D), 1 word at W(S) (1+7 = 8, not > 8), read W(D) = 48.
        // post = 4, remB = (16-1-7)&7 = 0 < 4: read W(D+10), 2 words from W(S+10)-8, read W(D+10) = 64. loop = 0.
        // V = 104·2 = 208; cost 61 + 208.
        var (prec, mem) = DmaCosts(setup, I(Opcode.DmaXMemCmp, Im, Buf + 1, Im, Buf + 0x101, j1: 32));
        Assert.Equal(61UL + 208, prec);
        Assert.Equal(112UL, mem);
    }

    [Fact]
    public void Memcmp_equal_and_zero_count()
    {
        var setup = Fill(16).ToArray();
        var eq = RunDma(setup, I(Opcode.DmaXMemCmp, Im, Buf, Im, Buf, StoreKind.Mem, (long)Out, j1: 16)).Ok();
        Assert.Equal(0UL, eq.Out64(0));
        var pos = RunDma(setup, I(Opcode.DmaXMemCmp, Im, Buf + 1, Im, Buf, StoreKind.Mem, (long)Out, j1: 4)).Ok();
        Assert.Equal(1UL, pos.Out64(0)); // 2 − 1
        var (prec, mem) = DmaCosts(setup, I(Opcode.DmaXMemCmp, Im, Buf, Im, Buf, j1: 0));
        Assert.Equal((61UL, 0UL), (prec, mem)); // n = 0: V = 0, fixed cost only
    }

    [Fact]
    public void Memset_fills_with_jmp_offset1_and_costs_by_hand()
    {
        var r = RunDma([], I(Opcode.DmaXMemSet, Im, Buf + 5, Im, 20, StoreKind.Mem, (long)Out + 16, j1: 0x1AB), OutFrom(0, Buf), OutFrom(1, Buf + 24)).Ok();
        Assert.Equal(0xABAB_AB00_0000_0000UL, r.Out64(0));
        Assert.Equal(0xABUL, r.Out64(1));      // Buf+5+20 = Buf+25 exclusive: one byte at Buf+24
        Assert.Equal(Buf + 5, r.Out64(2));
        // off 5: pre 3, post (20-3)&7 = 1, loop 2. Accesses: read+write W(D), read+write W(D+19) = 68.
        // V = 104·2 + ⌈2/8⌉·35 = 243; cost 61 + 243.
        var (prec, mem) = DmaCosts([], I(Opcode.DmaXMemSet, Im, Buf + 5, Im, 20, j1: 0xAB));
        Assert.Equal(61UL + 243, prec);
        Assert.Equal(68UL, mem);
    }

    [Fact]
    public void Inputcpy_copies_the_fcall_result_stream_and_costs_by_hand()
    {
        var fcalls = new Dictionary<ulong, FcallFunction>
        {
            [5] = (p, n, res) => { res[0] = 0x1111; res[1] = 0x2222; res[2] = 0x3333; return 3; },
        };
        var code = Seq(
            I(Opcode.Fcall, Im, 5, Im, 0),
            I(Opcode.DmaInputCpy, Im, Buf + 4, Im, 16, StoreKind.Mem, (long)Out + 24),
            I(Opcode.FcallGet, Im, 0, M, MemoryMap.InputAddr, StoreKind.Mem, (long)Out + 32), // the third word
            OutWord(0, M, Buf), OutWord(1, M, Buf + 8), OutWord(2, M, Buf + 16),
            I(Opcode.Flag));
        var r = Run(code, fcalls: fcalls).Ok();
        Assert.Equal(0x1111UL << 32, r.Out64(0));
        Assert.Equal(0x2222UL << 32, r.Out64(1));
        Assert.Equal(0UL, r.Out64(2));
        Assert.Equal(Buf + 4, r.Out64(3));
        Assert.Equal(0x3333UL, r.Out64(4));
        // off 4: pre 4 (not capped), post (16-4)&7 = 4, loop 1; V = 59·2 + ⌈1/4⌉·58 = 176; cost 40 + 176.
        var line = r.Costs!.ByOpcode.Single(l => l.Name == "dma_inputcpy");
        Assert.Equal(40UL + 176, line.Cost);
    }

    [Fact]
    public void Inputcpy_faults_on_bad_counts()
    {
        var fcalls = new Dictionary<ulong, FcallFunction> { [5] = (p, n, res) => { res[0] = 1; return 1; } };
        var notMultiple = Run(Seq(I(Opcode.Fcall, Im, 5), I(Opcode.DmaInputCpy, Im, Buf, Im, 4), I(Opcode.Flag)), fcalls: fcalls);
        Assert.Contains("multiple of 8", notMultiple.Message);
        var tooMany = Run(Seq(I(Opcode.Fcall, Im, 5), I(Opcode.DmaInputCpy, Im, Buf, Im, 16), I(Opcode.Flag)), fcalls: fcalls);
        Assert.Equal(RunEnd.Fault, tooMany.End);
        var none = Run(Seq(I(Opcode.DmaInputCpy, Im, Buf, Im, 0), I(Opcode.Flag)));
        Assert.Contains("result_size == 0", none.Message);
    }
}
