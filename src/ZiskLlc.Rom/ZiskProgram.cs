using ZiskLlc.Isa;

namespace ZiskLlc.Rom;

/// <summary>Kind of a memory segment of a program image.</summary>
public enum SegmentKind : byte
{
    /// <summary>
    /// A read section (spec §4.2): mapped by the emulator with this content, zero-padded to 8 bytes;
    /// reads and (QUIRK §4.3) writes go to its own buffer. Code is never a segment: it is not readable.
    /// </summary>
    ReadOnly = 1,
    /// <summary>
    /// Initial content of RAM. ZisK's RAM starts zeroed and is filled by the ROM's own init-data
    /// instructions (§5.4), so the emulator does NOT preload these bytes: the segment records what the
    /// boot code writes (for disassembly, profiles and checks).
    /// </summary>
    ReadWrite = 2,
}

/// <summary>A block of initial memory.</summary>
public sealed record MemorySegment(ulong Address, SegmentKind Kind, byte[] Data, string Name = "")
{
    /// <summary>One past the last byte.</summary>
    public ulong End => Address + (ulong)Data.LongLength;
}

/// <summary>A named address range (a function or data object), for profiles and disassembly.</summary>
public sealed record Symbol(string Name, ulong Start, ulong End);

/// <summary>
/// A complete ZisK program: every instruction (BIOS included) at its address, the initial memory
/// image, and the symbol table. This is what a `.zrom` file holds, what the transpiler and the
/// compiler produce and what the emulator runs. Execution starts at ROM_ENTRY (0x1000, §4.1).
/// </summary>
public sealed class ZiskProgram
{
    /// <summary>Instructions, sorted by address, one per address.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }
    /// <summary>Initial memory segments, sorted by address.</summary>
    public IReadOnlyList<MemorySegment> Segments { get; }
    /// <summary>Symbols, sorted by start address.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }
    /// <summary>Free-form provenance (e.g. "riscv2zisk of prog.elf"), kept in the file header.</summary>
    public string Origin { get; }

    public ZiskProgram(IEnumerable<Instruction> instructions, IEnumerable<MemorySegment>? segments = null,
        IEnumerable<Symbol>? symbols = null, string origin = "")
    {
        Instructions = instructions.OrderBy(i => i.Paddr).ToArray();
        for (int k = 1; k < Instructions.Count; k++)
            if (Instructions[k].Paddr == Instructions[k - 1].Paddr)
                throw new UserError($"two instructions at address 0x{Instructions[k].Paddr:x}");
        Segments = (segments ?? []).OrderBy(s => s.Address).ToArray();
        Symbols = (symbols ?? []).OrderBy(s => s.Start).ThenBy(s => s.Name, StringComparer.Ordinal).ToArray();
        Origin = origin;
    }

    /// <summary>Finds the instruction at an address (binary search), or null.</summary>
    public Instruction? At(ulong paddr)
    {
        int lo = 0, hi = Instructions.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = Instructions[mid].Paddr;
            if (p == paddr) return Instructions[mid];
            if (p < paddr) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    /// <summary>The symbol whose range contains an address, or null: a binary search for the last
    /// symbol starting at or below it, then back over the (few) symbols sharing earlier starts.</summary>
    public Symbol? SymbolAt(ulong addr)
    {
        int lo = 0, hi = Symbols.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Symbols[mid].Start <= addr) { last = mid; lo = mid + 1; } else hi = mid - 1;
        }
        // Symbols are sorted by start: scan back for one that covers addr (nested ranges are rare and short).
        for (int k = last; k >= 0 && k > last - 64; k--)
        {
            var s = Symbols[k];
            if (addr < s.End || (s.Start == addr && s.End == s.Start)) return s;
        }
        return null;
    }
}
