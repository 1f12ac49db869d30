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

    /// <summary>Addresses: mostly scratch RAM (so that runs go on), else the map's edges ± 20 or
    /// anything; offsets of indirect accesses: mostly small, else anything; other values: both.</summary>
    static readonly Gen<ulong> MemAddr = Gen.Frequency(
        (16, Gen.ULong[MemoryMap.RamAddr + 0x2000, MemoryMap.RamAddr + 0x2100]), (1, Addr), (1, Gen.ULong));
    static readonly Gen<ulong> Offset = Gen.Frequency((16, Gen.ULong[0, 64]), (1, Addr), (1, Gen.ULong));
    static readonly Gen<ulong> Operand = Gen.OneOf(MemAddr, Offset, ZiskLlc.TestSupport.Generators.Value);

    static readonly Opcode[] Opcodes = Enum.GetValues<Opcode>();
    static readonly Opcode[] AluOpcodes = Opcodes.Where(o => OpcodeTable.Get(o).IsAluType).ToArray();
    /// <summary>Mostly ALU operations (they go on to the next step), else any opcode (DMA, precompiles, fcall …).</summary>
    static readonly Gen<Opcode> AnyOpcode = Gen.Frequency((3, Gen.Int[0, AluOpcodes.Length - 1].Select(i => AluOpcodes[i])),
        (1, Gen.Int[0, Opcodes.Length - 1].Select(i => Opcodes[i])));
    static readonly SourceKind[] ASources = [SourceKind.LastC, SourceKind.Mem, SourceKind.Imm, SourceKind.Reg, SourceKind.Step];
    static readonly SourceKind[] BSources = [SourceKind.LastC, SourceKind.Mem, SourceKind.Imm, SourceKind.Reg, SourceKind.Ind];
    static readonly StoreKind[] Stores = [StoreKind.None, StoreKind.Mem, StoreKind.Ind, StoreKind.Reg];

    static readonly Gen<Instruction> RandomInstruction =
        Gen.Select(AnyOpcode, Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[0, 3], Gen.Select(MemAddr, MemAddr, MemAddr),
                Gen.Select(Offset, Offset, Operand, Operand),
                Gen.Select(Width, Gen.Bool, Gen.Int[0, 15], Gen.Frequency((6, Gen.Const(4L)), (2, Gen.Long[-16, 16]), (1, Operand.Select(v => (long)v)))))
            .Select(t =>
            {
                var (op, ak, bk, sk, (ma, mb, ms), (ob, os, va, vb), (w, storePc, jumps, j)) = t;
                var (aSrc, bSrc, st) = (ASources[ak], BSources[bk], Stores[sk]);
                // a is the base of an indirect access: mostly an immediate address then.
                bool based = (bSrc == SourceKind.Ind || st == StoreKind.Ind) && (va & 7) != 0;
                if (based) aSrc = SourceKind.Imm;
                ulong a = aSrc switch { SourceKind.Mem => ma, SourceKind.Reg => va % 32, SourceKind.Imm => based || (va & 1) == 0 ? ma : va, _ => va };
                ulong b = bSrc switch { SourceKind.Mem => mb, SourceKind.Ind => ob, SourceKind.Reg => vb % 32, _ => vb };
                long so = st switch { StoreKind.Mem => (long)ms, StoreKind.Ind => (long)os, StoreKind.Reg => (long)(os % 32), _ => 0 };
                return I(op, aSrc, a, bSrc, b, st, so, w, j1: j, j2: jumps < 4 ? j : 4, storePc: storePc, setPc: jumps == 0);
            });

    /// <summary>Random instruction sequences at 0x1000, 0x1004, … (every opcode, operand kind, width
    /// and store kind; operands and jumps near the map's edges) end cleanly in both modes: a normal
    /// end, a halt, the step limit or a fault without figures — no exception, no stray access.</summary>
    [Fact]
    public void Random_programs_end_cleanly()
    {
        var fcalls = new Dictionary<ulong, FcallFunction> { [1] = (p, n, res) => { res[0] = p[0]; return 3; } };
        Gen.Select(RandomInstruction.Array[1, 24], Gen.Bool).Sample((body, stats) =>
        {
            var r = Run(Seq(body), stats: stats, input: InputBytes, maxSteps: 300, segments: [Ro], fcalls: fcalls);
            // Reaching here at all is the main point: no exception, no crash of the host.
            if (r.End == RunEnd.Fault) { Assert.Null(r.Costs); Assert.StartsWith("pc 0x", r.Message); }
            else if (stats) Assert.NotNull(r.Costs);
        }, iter: 1500);
    }
}
