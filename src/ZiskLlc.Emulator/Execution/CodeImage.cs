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
/// The program's instructions in the dense layout of ZisK's `ZiskRom::get_instruction` (spec §6.2):
/// BIOS slots (4-aligned, from 0x1000), program slots (4-aligned, from the lowest 4-aligned
/// instruction ≥ ROM_ADDR), non-aligned slots (every address from the lowest non-aligned one). A slot
/// with no instruction holds the "do-nothing" instruction (QUIRK: the pc never moves, the run spins).
/// Two rarities are synthesised on first use and appended: a non-aligned pc below the program
/// region, which ZisK serves with the BIOS slot below it (QUIRK), and a pc outside every array,
/// which becomes a "fault" entry that fails when fetched.
/// </summary>
internal sealed class CodeImage
{
    /// <summary>Internal op codes on reserved opcode bytes (never real opcodes, §3.1).</summary>
    public const byte OpEmpty = 0x08, OpFault = 0x11;
    const ulong Entry = MemoryMap.RomEntry;
    /// <summary>Refuse to build absurdly sparse non-aligned arrays.</summary>
    const ulong MaxSlots = 1UL << 26;

    public DecodedInst[] Code;
    int _count;
    readonly ulong _minProgram, _naMin;
    readonly int _numBios, _numProgram, _numNa, _programBase, _naBase;
    readonly Dictionary<ulong, int> _synthesised = new();
    readonly Dictionary<int, string> _faults = new();
    readonly Dictionary<int, Instruction> _source = new();

    public CodeImage(ZiskProgram program)
    {
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
        ulong nb = maxBios > 0 ? (maxBios - Entry) / 4 + 1 : 0;
        ulong np = maxProg > 0 ? (maxProg - _minProgram) / 4 + 1 : 0;
        ulong nn = minNa == ulong.MaxValue ? 0 : maxNa - minNa + 1;
        if (nb + np + nn > MaxSlots)
            throw new UserError($"the ROM address layout needs {nb + np + nn} instruction slots (BIOS {nb}, program {np}, non-aligned {nn}); at most {MaxSlots} are supported");
        _naMin = minNa;
        _numBios = (int)nb; _numProgram = (int)np; _numNa = (int)nn;
        _programBase = _numBios; _naBase = _numBios + _numProgram;
        _count = _naBase + _numNa;
        Code = new DecodedInst[Math.Max(_count + 16, 16)];
        for (int k = 0; k < _numBios; k++) Code[k] = Empty(Entry + 4UL * (uint)k, k);
        for (int k = 0; k < _numProgram; k++) Code[_programBase + k] = Empty(_minProgram + 4UL * (uint)k, _programBase + k);
        for (int k = 0; k < _numNa; k++) Code[_naBase + k] = Empty(_naMin + (uint)k, _naBase + k);
        foreach (var i in program.Instructions)
        {
            ulong p = i.Paddr;
            int slot = (p & 3) != 0 ? _naBase + (int)(p - _naMin)
                : p < MemoryMap.RomAddr ? (int)((p - Entry) >> 2)
                : _programBase + (int)((p - _minProgram) >> 2);
            Code[slot] = Decode(i, slot);
        }
    }

    /// <summary>The slot executed at ROM_ENTRY.</summary>
    public int EntrySlot => Lookup(Entry);

    /// <summary>The slot for a pc (§6.2), synthesising quirk/fault entries on first use.</summary>
    public int Lookup(ulong pc)
    {
        if (pc >= _minProgram)
        {
            if ((pc & 3) == 0)
            {
                ulong k = (pc - _minProgram) >> 2;
                if (k < (ulong)_numProgram) return _programBase + (int)k;
            }
            else if (pc >= _naMin && pc - _naMin < (ulong)_numNa) return _naBase + (int)(pc - _naMin);
            return Synthesised(pc, null);
        }
        if (pc >= Entry)
        {
            ulong k = (pc - Entry) >> 2;
            if (k >= (ulong)_numBios) return Synthesised(pc, null);
            if ((pc & 3) == 0) return (int)k;
            return Synthesised(pc, (int)k);
        }
        return Synthesised(pc, null);
    }

    /// <summary>Resolves and caches the successor slot of <paramref name="slot"/> for a flag value.</summary>
    public int ResolveNext(int slot, bool flag)
    {
        ref var e = ref Code[slot];
        int n = Lookup(e.Paddr + (ulong)(flag ? e.J1 : e.J2));
        e = ref Code[slot]; // Lookup may have grown the array
        if (flag) e.Next1 = n; else e.Next2 = n;
        return n;
    }

    /// <summary>The fault message of an <see cref="OpFault"/> entry.</summary>
    public string FaultMessage(int slot) => _faults[slot];

    /// <summary>The source instruction of a slot, or null for empty/fault slots.</summary>
    public Instruction? SourceAt(int slot) => _source.GetValueOrDefault(slot);

    int Synthesised(ulong pc, int? biosSlot)
    {
        if (_synthesised.TryGetValue(pc, out var s)) return s;
        if (_count == Code.Length) Array.Resize(ref Code, Code.Length * 2);
        s = _count++;
        if (biosSlot is int b)
        {
            // QUIRK §6.2: ZisK indexes the BIOS array with (pc − 0x1000) / 4, so a non-aligned pc below
            // the program region runs the BIOS instruction below it, at its own pc.
            var copy = Code[b];
            copy.Paddr = pc;
            copy.Next1 = copy.Next2 = -1;
            if (copy.Op == OpEmpty) copy.Next1 = copy.Next2 = s;
            if (_faults.TryGetValue(b, out var msg)) _faults[s] = msg;
            if (_source.TryGetValue(b, out var src)) _source[s] = src;
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
        _source[slot] = i;
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
            d.Op = OpFault;
            _faults[slot] = bad;
        }
        return d;
    }
}
