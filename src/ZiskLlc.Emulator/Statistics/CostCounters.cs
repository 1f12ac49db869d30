using System.Runtime.CompilerServices;
using ZiskLlc.Isa;

namespace ZiskLlc.Emulator.Statistics;

/// <summary>
/// The statistics accumulators of ziskemu (spec §8): per-opcode counts and costs, frop hits, and the
/// memory cost of every counted access (§8.4). Only the statistics loop touches it.
/// </summary>
internal sealed partial class CostCounters
{
    // §8.4 constants (emu_costs.rs). QUIRK: non-aligned writes use the READ constants 106/159.
    const ulong ReadAligned = CostModel.ReadAligned, WriteAligned = CostModel.WriteAligned, ReadByte = CostModel.ReadByte,
        WriteByte = CostModel.WriteByte, Single = CostModel.Single, Crossing = CostModel.Crossing;

    public ulong MemoryCost;
    public readonly ulong[] OpCount = new ulong[256], OpCost = new ulong[256];
    public readonly ulong[] FropCount = new ulong[256], FropCost = new ulong[256];
    /// <summary>The per-step variable cost set by a DMA statistics routine (§8.2 step 3).</summary>
    public ulong VariableCost;
    /// <summary>Opcode and precompile cost so far (for per-instruction profiles).</summary>
    public ulong OpsTotal;
    /// <summary>Per code slot: steps and cost (null unless profiling).</summary>
    public ulong[]? SlotSteps, SlotCost;

    static readonly ulong[] FixedCost = Table(i => (ulong)i.Cost);
    static readonly bool[] IsPrecompiled = TableB(i => i.IsPrecompiled);
    static readonly bool[] CanBeFrop = TableB(i => i.IsAluType);

    static ulong[] Table(Func<OpcodeInfo, ulong> f)
    {
        var t = new ulong[256];
        foreach (var i in OpcodeTable.All) t[(byte)i.Code] = f(i);
        return t;
    }

    static bool[] TableB(Func<OpcodeInfo, bool> f)
    {
        var t = new bool[256];
        foreach (var i in OpcodeTable.All) t[(byte)i.Code] = f(i);
        return t;
    }

    /// <summary>True when the address is in a counted zone: RAM, ROM [0x80000000, 0x87FFFFFF] or
    /// INPUT [0x40000000, 0x80000000] (reads; writes stop before 0x80000000 where ROM takes over,
    /// so the union is the same), §8.4. The zone is decided by the start address only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Counted(ulong addr) =>
        addr - MemoryMap.RamAddr < MemoryMap.RamSize || addr - MemoryMap.InputAddr <= MemoryMap.RomAddrMax - MemoryMap.InputAddr;

    /// <summary>Counts a read of <paramref name="width"/> bytes at <paramref name="addr"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Read(ulong addr, int width)
    {
        if (!Counted(addr)) return;
        if ((addr & 7) == 0 && width == 8) MemoryCost += ReadAligned;
        else ReadUnaligned(addr, width);
    }

    void ReadUnaligned(ulong addr, int width)
    {
        if (((addr + (ulong)width - 1) >> 3) > (addr >> 3)) MemoryCost += Crossing;
        else MemoryCost += width == 1 ? ReadByte : Single;
    }

    /// <summary>Counts a write of <paramref name="width"/> bytes of <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ulong addr, int width, ulong value)
    {
        if (!Counted(addr)) return;
        if ((addr & 7) == 0 && width == 8) MemoryCost += WriteAligned;
        else WriteUnaligned(addr, width, value);
    }

    void WriteUnaligned(ulong addr, int width, ulong value)
    {
        if (((addr + (ulong)width - 1) >> 3) > (addr >> 3)) MemoryCost += Crossing;
        else MemoryCost += width == 1 && value <= 0xFF ? WriteByte : Single;
    }

    /// <summary>ziskemu's `mem_align_read`: <paramref name="count"/> 8-byte reads from addr, addr+8, …</summary>
    public void AlignedReads(ulong addr, ulong count)
    {
        for (ulong i = 0; i < count; i++) Read(addr + 8 * i, 8);
    }

    /// <summary>ziskemu's `mem_align_write` (value 0).</summary>
    public void AlignedWrites(ulong addr, ulong count)
    {
        for (ulong i = 0; i < count; i++) Write(addr + 8 * i, 8, 0);
    }

    /// <summary>The opcode accounting of one step (§8.3), after the op and its statistics routine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnOp(byte op, ulong a, ulong b)
    {
        if (CanBeFrop[op] && Frops.IsFrop((Opcode)op, a, b))
        {
            FropCount[op]++;
            FropCost[op] += FixedCost[op];
        }
        else if (VariableCost == 0)
        {
            ulong k = FixedCost[op];
            if (k > 0) { OpCount[op]++; OpCost[op] += k; OpsTotal += k; }
        }
        else
        {
            OpCount[op]++;
            OpCost[op] += FixedCost[op] + VariableCost;
            OpsTotal += FixedCost[op] + VariableCost;
        }
    }

    /// <summary>The report of §8.7.</summary>
    /// <summary>Starts (or grows, when the code image grows) the per-slot profile.</summary>
    public void GrowProfile(int slots)
    {
        var s = new ulong[slots]; var c = new ulong[slots];
        SlotSteps?.CopyTo(s, 0); SlotCost?.CopyTo(c, 0);
        SlotSteps = s; SlotCost = c;
    }

    public CostReport Report(ulong steps)
    {
        ulong opcodes = 0, precompiled = 0, frops = 0;
        var by = new List<OpcodeCostLine>();
        var fby = new List<OpcodeCostLine>();
        foreach (var info in OpcodeTable.All)
        {
            byte o = (byte)info.Code;
            if (IsPrecompiled[o]) precompiled += OpCost[o]; else opcodes += OpCost[o];
            frops += FropCost[o];
            if (OpCount[o] > 0) by.Add(new OpcodeCostLine(info.Name, OpCount[o], OpCost[o]));
            if (FropCount[o] > 0) fby.Add(new OpcodeCostLine(info.Name, FropCount[o], FropCost[o]));
        }
        static List<OpcodeCostLine> Sorted(List<OpcodeCostLine> l) =>
            l.OrderByDescending(x => x.Cost).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        ulong main = CostReport.MainPerStep * steps;
        return new CostReport(steps, CostReport.Base + main + opcodes + precompiled + MemoryCost, CostReport.Base, main,
            opcodes, precompiled, MemoryCost, frops, Sorted(by), Sorted(fby));
    }
}
