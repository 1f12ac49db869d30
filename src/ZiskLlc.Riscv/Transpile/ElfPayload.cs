using ZiskLlc.Isa;
using ZiskLlc.Riscv.Elf;

namespace ZiskLlc.Riscv.Transpile;

/// <summary>Bytes that live at an address once the ROM has booted (one section, or merged RO sections).</summary>
public sealed record DataSection(ulong Address, byte[] Data, string Name);

/// <summary>
/// What riscv2zisk takes from one ELF (spec §5.2, `collect_elf_payload_from_bytes`): for every
/// allocated section with a non-zero address, PROGBITS content truncated down to a multiple of 4
/// (QUIRK: trailing 1–3 bytes are dropped, even in code) or NOBITS zeros rounded up to a multiple
/// of 4; classified as code (SHF_EXECINSTR), RW data (SHF_WRITE, must lie in RAM) or RO data
/// (everything else, NOLOAD "A" sections included); RO sections merged when adjacent.
/// </summary>
public sealed class ElfPayload
{
    /// <summary>e_entry.</summary>
    public ulong Entry { get; }
    /// <summary>Code sections in section-header order.</summary>
    public IReadOnlyList<DataSection> Code { get; }
    /// <summary>Writable sections in section-header order.</summary>
    public IReadOnlyList<DataSection> ReadWrite { get; }
    /// <summary>Read-only sections sorted by address, adjacent ones merged.</summary>
    public IReadOnlyList<DataSection> ReadOnlyMerged { get; }

    const ulong MaxSectionSize = 1UL << 30; // riscv2zisk's limit against malformed NOBITS sizes

    /// <summary>
    /// The data (writable and read-only sections) one ROM can initialise: one init-data instruction
    /// per 8 bytes (§5.4), and a ZisK ROM holds at most <see cref="MemoryMap.MaxRomRows"/> rows (§6.3).
    /// riscv2zisk has no such check (its ROM would fail later, after gigabytes of init code); here
    /// more data than that is refused before anything is allocated for it.
    /// </summary>
    public const ulong MaxDataBytes = 8UL * MemoryMap.MaxRomRows;

    /// <summary>Extracts the payload; throws <see cref="UserError"/> for a writable section outside RAM.</summary>
    public ElfPayload(ElfFile elf)
    {
        Entry = elf.Entry;
        var code = new List<DataSection>();
        var rw = new List<DataSection>();
        var ro = new List<DataSection>();
        ulong dataBytes = 0;
        foreach (var s in elf.Sections)
        {
            if (!s.IsAlloc || s.Addr == 0) continue;
            if (!s.IsExec && s.Type is ElfSection.ProgBits or ElfSection.NoBits && (dataBytes += Math.Min(s.Size, MaxDataBytes + 1)) > MaxDataBytes)
                throw new UserError($"{elf.Path}: section {s.Name} at 0x{s.Addr:x} ({s.Size} bytes) brings the program's data to more than " +
                    $"{MaxDataBytes} bytes, which need more init-data instructions than the {MemoryMap.MaxRomRows} rows a ZisK ROM holds (§5.4, §6.3)");
            byte[] data;
            if (s.Type == ElfSection.ProgBits)
            {
                var raw = elf.SectionData(s);
                data = raw[..(raw.Length & ~3)].ToArray();
            }
            else if (s.Type == ElfSection.NoBits)
            {
                if (s.Size > MaxSectionSize)
                    throw new UserError($"{elf.Path}: section {s.Name} at 0x{s.Addr:x} has size {s.Size}, more than the 1 GiB riscv2zisk allows");
                data = new byte[(s.Size + 3) & ~3UL];
            }
            else continue;
            var d = new DataSection(s.Addr, data, s.Name);
            if (s.IsExec) code.Add(d);
            else if (s.IsWrite)
            {
                ulong end = s.Addr + (ulong)data.Length;
                if (s.Addr < MemoryMap.RamAddr || end > MemoryMap.RamEnd)
                    throw new UserError($"{elf.Path}: writable section {s.Name} at 0x{s.Addr:x}-0x{end:x} lies outside RAM " +
                        $"(0x{MemoryMap.RamAddr:x}-0x{MemoryMap.RamEnd:x}); ZisK can only initialise writable data in RAM");
                rw.Add(d);
            }
            else ro.Add(d);
        }
        Code = code;
        ReadWrite = rw;
        ReadOnlyMerged = Merge(ro);
    }

    /// <summary>Sorts by address and concatenates sections that end exactly where the next starts.</summary>
    public static List<DataSection> Merge(IEnumerable<DataSection> sections)
    {
        var merged = new List<DataSection>();
        foreach (var s in sections.OrderBy(s => s.Address))
        {
            if (merged.Count > 0 && merged[^1].Address + (ulong)merged[^1].Data.Length == s.Address)
            {
                var last = merged[^1];
                merged[^1] = new DataSection(last.Address, [.. last.Data, .. s.Data], last.Name + "+" + s.Name);
            }
            else merged.Add(s);
        }
        return merged;
    }
}
