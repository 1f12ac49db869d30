using System.Runtime.InteropServices;
using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Emulator.Execution;

/// <summary>
/// One pre-decoded instruction: the fields the interpreter reads, packed in one struct so a step
/// touches one or two cache lines. <see cref="Next1"/>/<see cref="Next2"/> cache the slot of
/// Paddr + jmp_offset1/2 (resolved lazily, -1 until then), so ordinary steps never search.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DecodedInst
{
    public ulong A, B;
    public long StoreOffset, J1, J2;
    public ulong Paddr;
    public int Next1, Next2;
    public byte ASrc, BSrc, Store, Op, Width, Flags;

    public const byte StorePc = 1, SetPc = 2, End = 4;
}

/// <summary>
/// The program's instructions laid out like ZisK's `ZiskRom::get_instruction` (spec §6.2): three
/// index spaces — BIOS slots (4-aligned, from 0x1000), program slots (4-aligned, from the lowest
/// 4-aligned instruction ≥ ROM_ADDR), non-aligned slots (every address from the lowest non-aligned
/// one) — each cut into pages of 1024 slots, so that a sparse ROM (program at 0x80000000, float
/// library at 0x87F00000) costs memory only for pages holding instructions. A slot with no
/// instruction is the "do-nothing" instruction (QUIRK: pc never moves, the run spins); in pages
/// without instructions such slots are created on first use. Also created on first use: a
/// non-aligned pc below the program region, which ZisK serves with the BIOS slot below it (QUIRK),
/// and a pc outside every index space, which becomes a "fault" entry that fails when fetched.
/// </summary>
internal sealed class CodeImage
{
    /// <summary>Internal op codes on reserved opcode bytes (never real opcodes, §3.1).</summary>
    public const byte OpEmpty = 0x08, OpFault = 0x11;
    const ulong Entry = MemoryMap.RomEntry;
    const int PageBits = 10, PageSize = 1 << PageBits;

    public DecodedInst[] Code = new DecodedInst[4 * PageSize];
    int _count;
    readonly ulong _minProgram;
    readonly Region _bios, _program, _na;
    readonly Dictionary<ulong, int> _synthesised = new();
    readonly Dictionary<int, string> _faults = new();
    readonly ZiskProgram _source;

    /// <summary>One index space: slot k is address Min + (k &lt;&lt; Shift); Pages[k &gt;&gt; PageBits] is
    /// the first Code index of that page, or -1.</summary>
    sealed class Region(ulong min, ulong count, int shift)
    {
        public readonly ulong Min = min, Count = count;
        public readonly int Shift = shift;
        public readonly int[] Pages = Enumerable.Repeat(-1, checked((int)((count + PageSize - 1) >> PageBits))).ToArray();
    }

    public CodeImage(ZiskProgram program)
    {
        _source = program;
        ulong maxBios = 0, minProg = ulong.MaxValue, maxProg = 0, minNa = ulong.MaxValue, maxNa = 0;
        foreach (var i in program.Instructions)
        {
            ulong p = i.Paddr;
            if (p < Entry || p >= MemoryMap.RomAddrMax)
                throw new UserError($"instruction at 0x{p:x} is outside the ROM address range [0x1000, 0x87ffffff) (§6.1)");
            if (!OpcodeTable.IsDefined((byte)i.Op))
                throw new UserError($"instruction at 0x{p:x} has undefined opcode 0x{(byte)i.Op:x2}");
            if ((p & 3) != 0) { minNa = Math.Min(minNa, p); maxNa = Math.Max(maxNa, p); }
            else if (p < MemoryMap.RomAddr) maxBios = Math.Max(maxBios, p);
            else { minProg = Math.Min(minProg, p); maxProg = Math.Max(maxProg, p); }
        }
        _minProgram = minProg == ulong.MaxValue ? MemoryMap.RomAddr : minProg;
        _bios = new Region(Entry, maxBios > 0 ? (maxBios - Entry) / 4 + 1 : 0, 2);
        _program = new Region(_minProgram, maxProg > 0 ? (maxProg - _minProgram) / 4 + 1 : 0, 2);
        _na = new Region(minNa, minNa == ulong.MaxValue ? 0 : maxNa - minNa + 1, 0);
        foreach (var i in program.Instructions)
        {
            ulong p = i.Paddr;
            var r = (p & 3) != 0 ? _na : p < MemoryMap.RomAddr ? _bios : _program;
            ulong k = (p - r.Min) >> r.Shift;
            int slot = PageOf(r, k) + (int)(k & (PageSize - 1));
            Code[slot] = Decode(i, slot);
        }
    }

    /// <summary>The Code index of the page holding slot k, creating the page (all empty slots) if needed.</summary>
    int PageOf(Region r, ulong k)
    {
        int page = (int)(k >> PageBits);
        if (r.Pages[page] >= 0) return r.Pages[page];
        int first = Reserve(PageSize);
        ulong firstAddr = r.Min + (((ulong)page << PageBits) << r.Shift);
        for (int j = 0; j < PageSize; j++) Code[first + j] = Empty(firstAddr + ((ulong)j << r.Shift), first + j);
        r.Pages[page] = first;
        return first;
    }

    int Reserve(int n)
    {
        while (_count + n > Code.Length) Array.Resize(ref Code, Code.Length * 2);
        int first = _count;
        _count += n;
        return first;
    }

    /// <summary>The slot executed at ROM_ENTRY.</summary>
    public int EntrySlot => Lookup(Entry);

    /// <summary>The slot for a pc (§6.2), creating empty/quirk/fault entries on first use.</summary>
    public int Lookup(ulong pc)
    {
        if (pc >= _minProgram)
        {
            var r = (pc & 3) == 0 ? _program : _na;
            if (pc >= r.Min)
            {
                ulong k = (pc - r.Min) >> r.Shift;
                if (k < r.Count) return InRegion(r, k, pc);
            }
            return Synthesised(pc, null);
        }
        if (pc >= Entry)
        {
            ulong k = (pc - Entry) >> 2;
            if (k >= _bios.Count) return Synthesised(pc, null);
            if ((pc & 3) == 0) return InRegion(_bios, k, pc);
            // QUIRK §6.2: ZisK indexes the BIOS array with (pc − 0x1000) / 4, so a non-aligned pc
            // below the program region runs the BIOS instruction below it, at its own pc.
            return Synthesised(pc, InRegion(_bios, k, pc & ~3UL));
        }
        return Synthesised(pc, null);
    }

    int InRegion(Region r, ulong k, ulong pc)
    {
        int first = r.Pages[(int)(k >> PageBits)];
        if (first >= 0) return first + (int)(k & (PageSize - 1));
        // A slot of a page without instructions: an empty slot, made on first use.
        if (_synthesised.TryGetValue(pc, out var s)) return s;
        s = Reserve(1);
        Code[s] = Empty(pc, s);
        _synthesised[pc] = s;
        return s;
    }

    /// <summary>Resolves and caches the successor slot of <paramref name="slot"/> for a flag value.</summary>
    public int ResolveNext(int slot, bool flag)
    {
        ulong target = Code[slot].Paddr + (ulong)(flag ? Code[slot].J1 : Code[slot].J2);
        int n = Lookup(target); // may grow Code
        if (flag) Code[slot].Next1 = n; else Code[slot].Next2 = n;
        return n;
    }

    /// <summary>The fault message of an <see cref="OpFault"/> entry.</summary>
    public string FaultMessage(int slot) => _faults[slot];

    /// <summary>The source instruction at a slot's pc (for messages), or null when there is none.</summary>
    public Instruction? SourceAt(int slot) => _source.At(Code[slot].Paddr);

    int Synthesised(ulong pc, int? copyOf)
    {
        if (_synthesised.TryGetValue(pc, out var s)) return s;
        s = Reserve(1);
        if (copyOf is int b)
        {
            var copy = Code[b];
            copy.Paddr = pc;
            copy.Next1 = copy.Next2 = copy.Op == OpEmpty ? s : -1;
            if (_faults.TryGetValue(b, out var msg)) _faults[s] = msg;
            Code[s] = copy;
        }
        else
        {
            Code[s] = new DecodedInst { Paddr = pc, Op = OpFault, Next1 = -1, Next2 = -1 };
            _faults[s] = $"no instruction can be fetched at pc 0x{pc:x}: outside the ROM arrays (§6.2)";
        }
        _synthesised[pc] = s;
        return s;
    }

    static DecodedInst Empty(ulong pc, int slot) => new()
    {
        Paddr = pc, Op = OpEmpty, ASrc = (byte)SourceKind.LastC, BSrc = (byte)SourceKind.LastC, Next1 = slot, Next2 = slot,
    };

    DecodedInst Decode(Instruction i, int slot)
    {
        var d = new DecodedInst
        {
            A = i.A, B = i.B, StoreOffset = i.StoreOffset, J1 = i.JmpOffset1, J2 = i.JmpOffset2, Paddr = i.Paddr,
            Next1 = -1, Next2 = -1, ASrc = (byte)i.ASrc, BSrc = (byte)i.BSrc, Store = (byte)i.Store,
            Op = (byte)i.Op, Width = i.IndWidth,
            Flags = (byte)((i.StorePc ? DecodedInst.StorePc : 0) | (i.SetPc ? DecodedInst.SetPc : 0) | (i.End ? DecodedInst.End : 0)),
        };
        // Conditions on which ziskemu panics when the instruction executes (not at load): keep the
        // instruction but make it fault when fetched, with the reason.
        string? bad = i.ASrc switch
        {
            SourceKind.LastC or SourceKind.Mem or SourceKind.Imm or SourceKind.Step => null,
            SourceKind.Reg => i.A >= MemoryMap.RegisterCount ? $"a register index {i.A} out of range" : null,
            _ => $"invalid a_src={(byte)i.ASrc}",
        };
        bad ??= i.BSrc switch
        {
            SourceKind.LastC or SourceKind.Mem or SourceKind.Imm => null,
            SourceKind.Reg => i.B >= MemoryMap.RegisterCount ? $"b register index {i.B} out of range" : null,
            SourceKind.Ind => i.IndWidth is 1 or 2 or 4 or 8 ? null : $"invalid ind_width={i.IndWidth}",
            _ => $"invalid b_src={(byte)i.BSrc}",
        };
        bad ??= i.Store switch
        {
            StoreKind.None or StoreKind.Mem => null,
            StoreKind.Reg => (ulong)i.StoreOffset >= MemoryMap.RegisterCount ? $"store register index {i.StoreOffset} out of range" : null,
            StoreKind.Ind => i.IndWidth is 1 or 2 or 4 or 8 ? null : $"invalid ind_width={i.IndWidth}",
            _ => $"invalid store={(byte)i.Store}",
        };
        if (bad is not null)
        {
            // Sources and store neutralised: the fault is raised by the op, before any access.
            d.Op = OpFault;
            d.ASrc = d.BSrc = (byte)SourceKind.LastC;
            d.Store = (byte)StoreKind.None;
            _faults[slot] = bad;
        }
        return d;
    }
}
