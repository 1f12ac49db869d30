using CsCheck;
using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>
/// Random accesses near every edge of the memory map (and anywhere in the 64-bit space) against a
/// model of the map computed in 128-bit arithmetic, where nothing can wrap: a run ends normally
/// exactly when the model says the access is mapped, and otherwise faults cleanly — never throws,
/// never touches memory outside the emulator's buffers (§4.2–4.3, §3.4).
/// </summary>
public class BoundsPropertyTests
{
    const ulong RoAt = 0x8000_1000, RoEnd = RoAt + 16, Input = MemoryMap.InputAddr, InputEnd = Input + 8 + 16;
    static readonly MemorySegment Ro = new(RoAt, SegmentKind.ReadOnly, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "rodata");
    static readonly byte[] InputBytes = new byte[16];
    static readonly (ulong Start, ulong End)[] Sections = [(MemoryMap.RamAddr, MemoryMap.RamEnd), (RoAt, RoEnd), (Input, InputEnd)];

    /// <summary>The model: [addr, addr + count) inside one region, in UInt128 (no wrap).</summary>
    static bool Inside(ulong addr, ulong count, ulong start, ulong end) => addr >= start && (UInt128)addr + count <= end;
    static bool Mapped(ulong addr, ulong count) => Sections.Any(s => Inside(addr, count, s.Start, s.End));
    static bool InRam(ulong addr, ulong count) => Inside(addr, count, MemoryMap.RamAddr, MemoryMap.RamEnd);

    /// <summary>An edge of some region (or 0, 2^32, 2^64) moved by −20..20, modulo 2^64; or any address.</summary>
    static readonly Gen<ulong> Addr = Gen.OneOf(
        Gen.Select(Gen.OneOfConst(0UL, MemoryMap.RamAddr, MemoryMap.RamEnd, RoAt, RoEnd, Input, InputEnd, 1UL << 32), Gen.Long[-20, 20],
            (e, d) => unchecked(e + (ulong)d)),
        Gen.ULong);
    static readonly Gen<byte> Width = Gen.OneOfConst<byte>(1, 2, 4, 8);
    /// <summary>DMA counts: small, around RAM's size, and anything (which wraps addr + count).</summary>
    static readonly Gen<ulong> Count = Gen.OneOf(Gen.ULong[0, 40], Gen.ULong[MemoryMap.RamSize - 8, MemoryMap.RamSize + 8], Gen.ULong);

    const ulong Dst = 0xA000_2000;

    static RunResult RunMapped(params Instruction[] body) => Run(Seq([.. body, I(Opcode.Flag)]), input: InputBytes, segments: [Ro]);

    static void Expect(bool ok, RunResult r, string what)
    {
        if (ok) Assert.True(r.End == RunEnd.Ok, $"{what}: expected a normal end, got {r.End}: {r.Message}");
        else
        {
            Assert.True(r.End == RunEnd.Fault, $"{what}: expected a fault, got {r.End}");
            Assert.Null(r.Costs);
        }
    }

    [Fact]
    public void Loads_and_stores_run_exactly_when_mapped()
    {
        Gen.Select(Addr, Width, Gen.Bool).Sample((addr, w, store) =>
        {
            var inst = store ? I(Opcode.CopyB, Im, addr, Im, 0x1234_5678_9ABC_DEF0, StoreKind.Ind, 0, w: w)
                             : I(Opcode.CopyB, Im, addr, Ind, 0, w: w);
            Expect(Mapped(addr, w), RunMapped(inst), $"{(store ? "store" : "load")} {w} at 0x{addr:x}");
        }, iter: 2000);
    }

    [Fact]
    public void Dma_runs_exactly_when_its_ranges_are_mapped()
    {
        Gen.Select(Addr, Count, Gen.Bool).Sample((addr, n, fill) =>
        {
            // A big range that is fine would make the run fill or copy it: only small ones run.
            if (n > 64 && InRam(addr, n)) return;
            if (fill)
                Expect(n == 0 || InRam(addr, n), RunMapped(I(Opcode.DmaXMemSet, Im, addr, Im, n)), $"memset 0x{addr:x}+{n}");
            else
                // dst == src copies nothing and checks nothing (§3.4), like ziskemu.
                Expect(n == 0 || addr == Dst || Mapped(addr, n), RunMapped(
                    I(Opcode.CopyB, Im, 0, Im, n, StoreKind.Mem, (long)MemoryMap.ExtraParamsAddr),
                    I(Opcode.DmaMemCpy, Im, Dst, Im, addr)), $"memcpy from 0x{addr:x}+{n}");
        }, iter: 2000);
    }
}
