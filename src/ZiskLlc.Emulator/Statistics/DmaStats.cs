namespace ZiskLlc.Emulator.Statistics;

/// <summary>
/// The statistics routines of the DMA opcodes (spec §8.5; ZisK `core/src/operations/dma_*.rs`,
/// `ops_dma_*`): the variable cost of the step and the aligned 8-byte accesses they count. They run
/// after the operation, as in ziskemu. QUIRK: the loop-phase accesses are given word indices
/// (address / 8), which fall outside every zone and cost nothing, so they are not enumerated.
/// </summary>
internal static class DmaStats
{
    const ulong MemcpyPrePost = 91, MemcpyAligned = 67, MemcpyAlignedDiv = 8, MemcpyUnaligned = 42;
    const ulong MemcmpPrePost = 104, MemcmpAligned = 50, MemcmpAlignedDiv = 4, MemcmpUnaligned = 42;
    const ulong MemsetPrePost = 104, MemsetAligned = 35, MemsetAlignedDiv = 8;
    const ulong InputcpyPrePost = 59, InputcpyAligned = 58, InputcpyAlignedDiv = 4;

    /// <summary>dma_memcpy / dma_xmemcpy: D = a, S = b, n bytes; <paramref name="countRead"/> when
    /// the count came from EXTRA_PARAMS_ADDR.</summary>
    public static void MemcpyOrMemcmp(CostCounters s, ulong d, ulong src, ulong n, bool countRead, bool compare)
    {
        if (countRead) s.AlignedReads(Isa.MemoryMap.ExtraParamsAddr, 1);
        if (n == 0) return;
        ulong offA = d & 7, offB = src & 7;
        ulong a64 = d - offA, b64 = src - offB;
        ulong pre = Math.Min((8 - offA) & 7, n);
        if (pre > 0)
        {
            s.AlignedReads(a64, 1);
            s.AlignedReads(b64, (offB + pre) > 8 ? 2UL : 1UL);
            if (compare) s.AlignedReads(a64, 1); else s.AlignedWrites(a64, 1);
        }
        ulong post = (n - pre) & 7;
        ulong remainB = (16 - offA - pre) & 7;
        ulong aEnd = (d + n - 1) & ~7UL, bEnd = (src + n - 1) & ~7UL;
        if (post > 0)
        {
            ulong extra = remainB < post ? 1UL : 0UL;
            s.AlignedReads(aEnd, 1);
            s.AlignedReads(bEnd - extra * 8, 1 + extra);
            if (compare) s.AlignedReads(aEnd, 1); else s.AlignedWrites(aEnd, 1);
        }
        ulong loop = (n - pre - post) >> 3;
        ulong v = (compare ? MemcmpPrePost : MemcpyPrePost) * ((pre > 0 ? 1UL : 0) + (post > 0 ? 1UL : 0));
        if (loop > 0)
        {
            // QUIRK: ziskemu counts the loop words at (D + pre) >> 3 and (S + pre) >> 3, word indices
            // that are below 0x40000000 for every mapped address, so they never cost anything.
            bool same = offA == offB;
            if (same) v += DivCeil(loop, compare ? MemcmpAlignedDiv : MemcpyAlignedDiv) * (compare ? MemcmpAligned : MemcpyAligned);
            else v += (loop + 1) * (compare ? MemcmpUnaligned : MemcpyUnaligned);
        }
        s.VariableCost = v;
    }

    /// <summary>dma_xmemset (<paramref name="inputcpy"/> false) and dma_inputcpy (true): D = a, n = b.
    /// inputcpy's pre part is not capped by n (§8.5).</summary>
    public static void FillOrInput(CostCounters s, ulong d, ulong n, bool inputcpy)
    {
        if (n == 0) return;
        ulong offA = d & 7, a64 = d - offA;
        ulong pre = inputcpy ? (8 - offA) & 7 : Math.Min((8 - offA) & 7, n);
        if (pre > 0) { s.AlignedReads(a64, 1); s.AlignedWrites(a64, 1); }
        ulong post = (n - pre) & 7;
        ulong aEnd = (d + n - 1) & ~7UL;
        if (post > 0) { s.AlignedReads(aEnd, 1); s.AlignedWrites(aEnd, 1); }
        ulong loop = (n - pre - post) >> 3;
        ulong v = (inputcpy ? InputcpyPrePost : MemsetPrePost) * ((pre > 0 ? 1UL : 0) + (post > 0 ? 1UL : 0));
        if (loop > 0)
        {
            // QUIRK: the loop writes are counted at the word index (D + pre) >> 3: never in a zone.
            v += inputcpy ? DivCeil(loop, InputcpyAlignedDiv) * InputcpyAligned : DivCeil(loop, MemsetAlignedDiv) * MemsetAligned;
        }
        s.VariableCost = v;
    }

    static ulong DivCeil(ulong x, ulong d) => (x + d - 1) / d;
}
