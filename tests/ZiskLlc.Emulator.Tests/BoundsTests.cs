using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>
/// Memory safety at every edge of ZisK's memory map (spec §4.2–4.3, §3.2–3.5): each region's first
/// and last byte, the first byte past it, 2^32 and the top of the 64-bit space, at widths 1/2/4/8,
/// through every access path (SRC_MEM, SRC_IND, STORE_MEM, STORE_IND, DMA source and destination,
/// precompile parameter blocks and data, fcall_param, dma_inputcpy). An access inside a region runs
/// (and a write reads back); one outside is a clean fault at that step with ziskemu's panic text, no
/// figures. The RAM is a raw native buffer, so an unchecked access here would corrupt or crash the
/// test host rather than fault.
/// </summary>
public class BoundsTests
{
    const ulong RamEnd = MemoryMap.RamEnd, Input = MemoryMap.InputAddr, Top = ulong.MaxValue;
    /// <summary>A read-only segment of 11 bytes: padded to [RoAt, RoEnd) (§4.2).</summary>
    const ulong RoAt = 0x8000_1000, RoEnd = RoAt + 16;
    static readonly MemorySegment Ro = new(RoAt, SegmentKind.ReadOnly, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "rodata");
    /// <summary>16 input bytes: the input section is [0x40000000, 0x40000018) with the free-input slot.</summary>
    static readonly byte[] InputBytes = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
    const ulong InputEnd = Input + 8 + 16;

    static RunResult RunMapped(IEnumerable<Instruction> code, bool stats = true, IReadOnlyDictionary<ulong, FcallFunction>? fcalls = null) =>
        Run(code, stats: stats, input: InputBytes, segments: [Ro], fcalls: fcalls);

    /// <summary>Every (address, width) on an edge, with whether [addr, addr+width) is mapped for
    /// reading: inside RAM, the RO segment or the input section.</summary>
    public static TheoryData<ulong, byte, bool> Edges()
    {
        var d = new TheoryData<ulong, byte, bool>();
        var seen = new HashSet<(ulong, byte)>();
        void Add(ulong addr, byte w, bool mapped) { if (seen.Add((addr, w))) d.Add(addr, w, mapped); }
        foreach (byte w in new byte[] { 1, 2, 4, 8 })
        {
            foreach (var (start, end) in new[] { (MemoryMap.RamAddr, RamEnd), (RoAt, RoEnd), (Input, InputEnd) })
            {
                Add(start, w, true);                 // first byte
                Add(end - w, w, true);               // last byte(s)
                Add(end - w + 1, w, false);          // crossing the end (w = 1: one past it)
                Add(end, w, false);                  // one past the end
                Add(start - 1, w, false);            // the byte below (w > 1: crossing the start)
            }
            Add(1UL << 32, w, false);                // 2^32
            Add((1UL << 32) - (ulong)w, w, false);   // just below 2^32
            Add(Top - 7, w, false);                  // 2^64 − 8
            Add(Top - (ulong)w + 1, w, false);       // the last bytes of the address space
            Add(Top, w, false);                      // 2^64 − 1 (w > 1 would wrap past 2^64)
            Add(0x8877_6655_4433_2218, w, false);
            Add(0, w, false);
        }
        return d;
    }

    static void AssertFault(RunResult r, ulong step, string zisk)
    {
        Assert.True(r.End == RunEnd.Fault, $"expected a fault, ended {r.End}: {r.Message}");
        Assert.Equal(step, r.Steps);
        Assert.Null(r.Costs);
        Assert.Contains(zisk, r.Message);
        Assert.StartsWith("pc 0x", r.Message);
    }

    static string ReadPanic(ulong addr, int w) => $"Mem::read() section not found for addr: {addr}={addr:x} with width: {w}";
    static string WritePanic(ulong addr) => $"Mem::write_silent() invalid addr={addr}={addr:x} write section start=a0000000 end=c0000000";

    [Theory]
    [MemberData(nameof(Edges))]
    public void Indirect_reads_at_the_edges(ulong addr, byte w, bool mapped)
    {
        foreach (bool stats in new[] { true, false })
        {
            var r = RunMapped(Seq(I(Opcode.CopyB, Im, addr, Ind, 0, StoreKind.Mem, (long)Out, w: w), I(Opcode.Flag)), stats);
            if (mapped) Assert.True(r.EndedOk, r.Message);
            else AssertFault(r, 0, ReadPanic(addr, w));
        }
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void Indirect_writes_at_the_edges_read_back(ulong addr, byte w, bool mapped)
    {
        const ulong V = 0x0102_0304_0506_0708;
        ulong mask = w == 8 ? ulong.MaxValue : (1UL << (8 * w)) - 1;
        foreach (bool stats in new[] { true, false })
        {
            // Writes into the RO segment and the input go into their buffers (QUIRK §4.3), so the
            // mapped set is the same as for reads.
            var r = RunMapped(Seq(
                I(Opcode.CopyB, Im, addr, Im, V, StoreKind.Ind, 0, w: w),
                I(Opcode.CopyB, Im, addr, Ind, 0, StoreKind.Mem, (long)Out + 8, w: w),
                I(Opcode.Flag)), stats);
            if (!mapped) { AssertFault(r, 0, WritePanic(addr)); continue; }
            Assert.True(r.EndedOk, r.Message);
            // The 8-byte read of exactly 0x40000000 is free_input (§4.3), not the written bytes.
            Assert.Equal(addr == Input && w == 8 ? 0 : V & mask, r.Out64(1));
        }
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void Absolute_operands_and_stores_at_the_edges(ulong addr, byte w, bool mapped)
    {
        if (w != 8) return; // SRC_MEM and STORE_MEM are 8-byte accesses; the other widths are above
        foreach (bool stats in new[] { true, false })
        {
            var a = RunMapped(Seq(I(Opcode.Add, M, addr, Im, 1), I(Opcode.Flag)), stats);
            var b = RunMapped(Seq(I(Opcode.Add, Im, 1, M, addr), I(Opcode.Flag)), stats);
            var st = RunMapped(Seq(I(Opcode.CopyB, Im, 0, Im, 7, StoreKind.Mem, (long)addr), I(Opcode.Flag)), stats);
            if (mapped) { a.Ok(); b.Ok(); st.Ok(); continue; }
            AssertFault(a, 0, ReadPanic(addr, 8));
            AssertFault(b, 0, ReadPanic(addr, 8));
            AssertFault(st, 0, WritePanic(addr));
        }
    }

    [Fact]
    public void An_indirect_address_is_computed_modulo_2_64()
    {
        // a + offset wraps like ziskemu's u64 arithmetic: 2^64 − 8 + (RAM + 8) is RAM's first byte.
        var r = RunMapped(Seq(
            I(Opcode.CopyB, Im, Top - 7, Im, 0x55, StoreKind.Ind, (long)MemoryMap.RamAddr + 8, w: 8),
            OutWord(0, M, MemoryMap.RamAddr), I(Opcode.Flag))).Ok();
        Assert.Equal(0x55UL, r.Out64(0));
    }

    [Fact]
    public void A_read_only_segment_at_the_top_of_the_address_space()
    {
        // Ending exactly at 2^64 would make its end wrap to 0: refused at load.
        var atTop = new MemorySegment(Top - 7, SegmentKind.ReadOnly, new byte[8], "top");
        Assert.Throws<UserError>(() => Run(Seq(I(Opcode.Flag)), segments: [atTop]));
        // Ending at 2^64 − 8 is fine: its bytes read, the next word does not.
        var below = new MemorySegment(Top - 15, SegmentKind.ReadOnly, [1, 2, 3, 4, 5, 6, 7, 8], "below");
        var ok = Run(Seq(OutWord(0, M, Top - 15), I(Opcode.Flag)), segments: [below]).Ok();
        Assert.Equal(0x0807_0605_0403_0201UL, ok.Out64(0));
        AssertFault(Run(Seq(I(Opcode.CopyB, Im, Top - 8, Ind, 0, w: 2), I(Opcode.Flag)), segments: [below]), 0, ReadPanic(Top - 8, 2));
        AssertFault(Run(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, Top - 15, j1: 9), I(Opcode.Flag)), segments: [below]), 0, SrcPanic(Top - 15, 9));
    }

    // ---------------------------------------------------------------- DMA (§3.4)

    static string SrcPanic(ulong addr, ulong n) => $"Mem::get_read_section() invalid addr={addr}={addr:x},count={n} read section start=a0000000 end=c0000000";
    static string DstPanic(ulong addr, ulong n) => $"Mem::get_section() invalid addr={addr}={addr:x},count={n} write section start=a0000000 end=c0000000";

    const ulong Buf = 0xA000_2000;

    public static TheoryData<ulong, ulong, bool> DmaRanges() => new()
    {
        { RamEnd - 16, 16, true }, { RamEnd - 15, 16, false }, { RamEnd - 1, 1, true }, { RamEnd, 1, false },
        { MemoryMap.RamAddr, 16, true }, { MemoryMap.RamAddr - 1, 16, false }, { 0xC000_0100, 16, false },
        { 1UL << 32, 8, false }, { Top - 7, 8, false }, { Top - 7, 16, false },
        // Counts that would wrap addr + count past 2^64, or exceed RAM itself.
        { MemoryMap.RamAddr, MemoryMap.RamSize + 1, false }, { MemoryMap.RamAddr + 1, MemoryMap.RamSize, false },
        { 0xC000_0008, Top - 0xC000_0007, false }, { RamEnd - 8, Top, false }, { MemoryMap.RamAddr + 8, Top - 7, false },
    };

    [Theory]
    [MemberData(nameof(DmaRanges))]
    public void Dma_destinations_at_the_edges(ulong dst, ulong n, bool inRam)
    {
        // memset takes the count from b; memcpy from EXTRA_PARAMS_ADDR (dma_memcpy) with a RAM source.
        var set = RunMapped(Seq(I(Opcode.DmaXMemSet, Im, dst, Im, n, j1: 0xAB), I(Opcode.Flag)));
        var cpy = RunMapped(Seq(
            I(Opcode.CopyB, Im, 0, Im, n, StoreKind.Mem, (long)MemoryMap.ExtraParamsAddr),
            I(Opcode.DmaMemCpy, Im, dst, Im, dst == MemoryMap.RamAddr ? MemoryMap.RamAddr + 8 : MemoryMap.RamAddr), I(Opcode.Flag)));
        if (inRam) { set.Ok(); cpy.Ok(); return; }
        AssertFault(set, 0, DstPanic(dst, n));
        // The source is checked first (ziskemu's memcpy): when it is fine, the destination faults.
        Assert.Equal(RunEnd.Fault, cpy.End);
        Assert.Equal(1UL, cpy.Steps);
        Assert.Null(cpy.Costs);
    }

    [Theory]
    [MemberData(nameof(DmaRanges))]
    public void Dma_sources_at_the_edges(ulong src, ulong n, bool inRam)
    {
        var cmp = RunMapped(Seq(
            I(Opcode.CopyB, Im, 0, Im, n, StoreKind.Mem, (long)MemoryMap.ExtraParamsAddr),
            I(Opcode.DmaMemCmp, Im, src, Im, src), I(Opcode.Flag)));
        var cpy = n <= 0x1000 ? RunMapped(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, src, j1: (long)n), I(Opcode.Flag))) : null;
        if (inRam) { cmp.Ok(); cpy?.Ok(); return; }
        AssertFault(cmp, 1, SrcPanic(src, n));
        if (cpy is not null) AssertFault(cpy, 0, SrcPanic(src, n));
    }

    [Fact]
    public void Dma_ranges_crossing_a_read_section_end_fault()
    {
        var inside = RunMapped(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, RoAt, j1: 16), I(Opcode.DmaXMemCpy, Im, Buf, Im, Input, j1: 24), I(Opcode.Flag)));
        inside.Ok();
        AssertFault(RunMapped(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, RoAt + 1, j1: 16), I(Opcode.Flag))), 0, SrcPanic(RoAt + 1, 16));
        AssertFault(RunMapped(Seq(I(Opcode.DmaXMemCpy, Im, Buf, Im, Input + 8, j1: 17), I(Opcode.Flag))), 0, SrcPanic(Input + 8, 17));
        AssertFault(RunMapped(Seq(I(Opcode.DmaXMemSet, Im, RoAt + 8, Im, 8), I(Opcode.Flag))), 0,
            $"Mem::get_write_section() invalid addr={RoAt + 8}={RoAt + 8:x},count=8 write section start={RoAt:x} end={RoEnd:x} is read only section");
    }

    [Fact]
    public void Inputcpy_destination_is_checked()
    {
        var fcalls = new Dictionary<ulong, FcallFunction> { [5] = (p, n, res) => { res[0] = 1; res[1] = 2; return 2; } };
        RunMapped(Seq(I(Opcode.Fcall, Im, 5), I(Opcode.DmaInputCpy, Im, RamEnd - 16, Im, 16), I(Opcode.Flag)), fcalls: fcalls).Ok();
        AssertFault(RunMapped(Seq(I(Opcode.Fcall, Im, 5), I(Opcode.DmaInputCpy, Im, RamEnd - 8, Im, 16), I(Opcode.Flag)), fcalls: fcalls),
            1, DstPanic(RamEnd - 8, 16));
        AssertFault(RunMapped(Seq(I(Opcode.Fcall, Im, 5), I(Opcode.DmaInputCpy, Im, Top - 7, Im, 16), I(Opcode.Flag)), fcalls: fcalls),
            1, DstPanic(Top - 7, 16));
    }

    // ---------------------------------------------------------------- precompiles (§3.2) and fcall (§3.5)

    [Fact]
    public void Precompile_blocks_and_their_data_are_checked()
    {
        // keccak: 25 words at P. The last 200 bytes of RAM are fine; 8 bytes further crosses the end.
        RunMapped(Seq(I(Opcode.Keccak, Im, 0, Im, RamEnd - 200), I(Opcode.Flag))).Ok();
        AssertFault(RunMapped(Seq(I(Opcode.Keccak, Im, 0, Im, RamEnd - 192), I(Opcode.Flag))), 0, ReadPanic(RamEnd, 8));
        AssertFault(RunMapped(Seq(I(Opcode.Keccak, Im, 0, Im, Top - 7), I(Opcode.Flag))), 0, ReadPanic(Top - 7, 8));
        // sha256: the block [state ptr, data ptr] itself at RAM's last word, and a data pointer at 2^64 − 8.
        AssertFault(RunMapped(Seq(I(Opcode.Sha256, Im, 0, Im, RamEnd - 8), I(Opcode.Flag))), 0, ReadPanic(RamEnd, 8));
        AssertFault(RunMapped(Seq(
            I(Opcode.CopyB, Im, 0, Im, Buf + 0x100, StoreKind.Mem, (long)Buf),
            I(Opcode.CopyB, Im, 0, Im, Top - 7, StoreKind.Mem, (long)Buf + 8),
            I(Opcode.Sha256, Im, 0, Im, Buf), I(Opcode.Flag))), 2, ReadPanic(Top - 7, 8));
        // add256's result pointer into the top of RAM: c (4 words) crosses the end and faults on the write.
        AssertFault(RunMapped(Seq(
            I(Opcode.CopyB, Im, 0, Im, Buf + 0x100, StoreKind.Mem, (long)Buf),
            I(Opcode.CopyB, Im, 0, Im, Buf + 0x100, StoreKind.Mem, (long)Buf + 8),
            I(Opcode.CopyB, Im, 0, Im, RamEnd - 24, StoreKind.Mem, (long)Buf + 24),
            I(Opcode.Add256, Im, 0, Im, Buf), I(Opcode.Flag))), 3, WritePanic(RamEnd));
    }

    [Fact]
    public void Fcall_param_pointer_words_are_checked()
    {
        RunMapped(Seq(I(Opcode.FcallParam, Im, 2, Im, RamEnd - 16), I(Opcode.Flag))).Ok();
        AssertFault(RunMapped(Seq(I(Opcode.FcallParam, Im, 2, Im, RamEnd - 8), I(Opcode.Flag))), 0, ReadPanic(RamEnd, 8));
        // At 2^64 − 8 (its second word would wrap to 0): unmapped from the first word.
        AssertFault(RunMapped(Seq(I(Opcode.FcallParam, Im, 2, Im, Top - 7), I(Opcode.Flag))), 0, ReadPanic(Top - 7, 8));
    }
}
