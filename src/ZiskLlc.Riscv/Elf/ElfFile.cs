using System.Buffers.Binary;
using System.Text;
using ZiskLlc.Isa;

namespace ZiskLlc.Riscv.Elf;

/// <summary>One section header (only the fields the transpiler and disassembler need).</summary>
public sealed record ElfSection(int Index, string Name, uint Type, ulong Flags, ulong Addr, ulong Offset, ulong Size)
{
    /// <summary>SHT_PROGBITS: content stored in the file.</summary>
    public const uint ProgBits = 1;
    /// <summary>SHT_SYMTAB.</summary>
    public const uint SymTab = 2;
    /// <summary>SHT_NOBITS: zero-filled at load time (.bss).</summary>
    public const uint NoBits = 8;
    /// <summary>SHF_WRITE.</summary>
    public const ulong FlagWrite = 0x1;
    /// <summary>SHF_ALLOC.</summary>
    public const ulong FlagAlloc = 0x2;
    /// <summary>SHF_EXECINSTR.</summary>
    public const ulong FlagExec = 0x4;

    /// <summary>True when the section occupies memory at run time.</summary>
    public bool IsAlloc => (Flags & FlagAlloc) != 0;
    /// <summary>True for code.</summary>
    public bool IsExec => (Flags & FlagExec) != 0;
    /// <summary>True for writable data.</summary>
    public bool IsWrite => (Flags & FlagWrite) != 0;
}

/// <summary>One program header (segment).</summary>
public sealed record ElfProgramHeader(uint Type, uint Flags, ulong Offset, ulong VAddr, ulong PAddr, ulong FileSize, ulong MemSize);

/// <summary>One .symtab entry.</summary>
public sealed record ElfSymbol(string Name, ulong Value, ulong Size, byte Type, byte Bind, ushort SectionIndex)
{
    /// <summary>STT_OBJECT.</summary>
    public const byte TypeObject = 1;
    /// <summary>STT_FUNC.</summary>
    public const byte TypeFunc = 2;
}

/// <summary>
/// A 64-bit little-endian RISC-V ELF executable read into memory: header, section headers, program
/// headers and the .symtab symbols. Anything else (32-bit, big-endian, another machine, a file cut
/// short) is rejected with a <see cref="UserError"/> that names the file and the problem.
/// </summary>
public sealed class ElfFile
{
    const ushort MachineRiscv = 243;

    /// <summary>The file the bytes came from (for messages).</summary>
    public string Path { get; }
    /// <summary>The whole file.</summary>
    public byte[] Bytes { get; }
    /// <summary>e_type (2 = executable).</summary>
    public ushort Type { get; }
    /// <summary>e_entry: the program entry point.</summary>
    public ulong Entry { get; }
    /// <summary>e_flags (RISC-V: float ABI, RVC).</summary>
    public uint Flags { get; }
    /// <summary>Section headers in header order (index 0 is the null section).</summary>
    public IReadOnlyList<ElfSection> Sections { get; }
    /// <summary>Program headers in header order.</summary>
    public IReadOnlyList<ElfProgramHeader> ProgramHeaders { get; }
    /// <summary>The .symtab symbols (empty when the file is stripped).</summary>
    public IReadOnlyList<ElfSymbol> Symbols { get; }

    ElfFile(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        if (bytes.Length < 4 || bytes[0] != 0x7F || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
            throw Bad("not an ELF file (bad magic)");
        if (bytes.Length < 64) throw Bad($"truncated ELF header ({bytes.Length} bytes, need 64)");
        if (bytes[4] != 2) throw Bad(bytes[4] == 1 ? "32-bit ELF; only 64-bit RISC-V (RV64) is supported" : $"unknown ELF class {bytes[4]}");
        if (bytes[5] != 1) throw Bad(bytes[5] == 2 ? "big-endian ELF; only little-endian RISC-V is supported" : $"unknown ELF data encoding {bytes[5]}");
        var h = bytes.AsSpan();
        Type = U16(h, 16);
        ushort machine = U16(h, 18);
        if (machine != MachineRiscv) throw Bad($"ELF machine {machine} is not RISC-V (243)");
        Entry = U64(h, 24);
        ulong phoff = U64(h, 32), shoff = U64(h, 40);
        Flags = U32(h, 48);
        ushort phentsize = U16(h, 54), phnum = U16(h, 56), shentsize = U16(h, 58), shnum = U16(h, 60), shstrndx = U16(h, 62);

        var phs = new List<ElfProgramHeader>();
        if (phnum > 0)
        {
            if (phentsize < 56) throw Bad($"program header entry size {phentsize} is too small");
            for (int i = 0; i < phnum; i++)
            {
                var p = Slice(phoff + (ulong)i * phentsize, 56, $"program header {i}");
                phs.Add(new ElfProgramHeader(U32(p, 0), U32(p, 4), U64(p, 8), U64(p, 16), U64(p, 24), U64(p, 32), U64(p, 40)));
            }
        }
        ProgramHeaders = phs;

        var raw = new List<(uint name, uint type, ulong flags, ulong addr, ulong off, ulong size, uint link)>();
        if (shnum > 0)
        {
            if (shentsize < 64) throw Bad($"section header entry size {shentsize} is too small");
            for (int i = 0; i < shnum; i++)
            {
                var s = Slice(shoff + (ulong)i * shentsize, 64, $"section header {i}");
                raw.Add((U32(s, 0), U32(s, 4), U64(s, 8), U64(s, 16), U64(s, 24), U64(s, 32), U32(s, 40)));
            }
        }
        byte[]? shstr = null;
        if (shstrndx != 0 && shstrndx < raw.Count && raw[shstrndx].type != ElfSection.NoBits)
            shstr = Slice(raw[shstrndx].off, raw[shstrndx].size, "section name table").ToArray();
        var sections = new List<ElfSection>();
        for (int i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            sections.Add(new ElfSection(i, shstr is null ? "" : CString(shstr, r.name), r.type, r.flags, r.addr, r.off, r.size));
            if (r.type != ElfSection.NoBits && r.type != 0 && (r.flags & ElfSection.FlagAlloc) != 0)
                Slice(r.off, r.size, $"section {sections[^1].Name} (#{i})"); // bounds check now, not at use
        }
        Sections = sections;

        var syms = new List<ElfSymbol>();
        foreach (var (r, i) in raw.Select((r, i) => (r, i)))
        {
            if (r.type != ElfSection.SymTab) continue;
            var tab = Slice(r.off, r.size, ".symtab");
            byte[] str = r.link < raw.Count ? Slice(raw[(int)r.link].off, raw[(int)r.link].size, ".strtab").ToArray() : [];
            for (int k = 1; k < (int)(r.size / 24); k++) // entry 0 is the null symbol
            {
                var e = tab.Slice(k * 24, 24);
                byte info = e[4];
                syms.Add(new ElfSymbol(CString(str, U32(e, 0)), U64(e, 8), U64(e, 16), (byte)(info & 0xF), (byte)(info >> 4), U16(e, 6)));
            }
        }
        Symbols = syms;
    }

    /// <summary>Reads and parses an ELF file; throws <see cref="UserError"/> for unreadable or unsupported files.</summary>
    public static ElfFile Load(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"{path}: cannot read ({e.Message})"); }
        return new ElfFile(path, bytes);
    }

    /// <summary>Parses ELF bytes already in memory; <paramref name="path"/> is only used in messages.</summary>
    public static ElfFile Parse(string path, byte[] bytes) => new(path, bytes);

    /// <summary>The file bytes of a PROGBITS section.</summary>
    public ReadOnlySpan<byte> SectionData(ElfSection s) =>
        s.Type == ElfSection.NoBits ? ReadOnlySpan<byte>.Empty : Slice(s.Offset, s.Size, $"section {s.Name}");

    /// <summary>The address of a symbol by name, or null.</summary>
    public ulong? SymbolAddress(string name) => Symbols.FirstOrDefault(s => s.Name == name)?.Value;

    ReadOnlySpan<byte> Slice(ulong offset, ulong size, string what)
    {
        if (offset > (ulong)Bytes.Length || size > (ulong)Bytes.Length - offset)
            throw Bad($"truncated: {what} at file offset 0x{offset:x} (+0x{size:x} bytes) lies beyond the end of the file (0x{Bytes.Length:x} bytes)");
        return Bytes.AsSpan((int)offset, (int)size);
    }

    UserError Bad(string what) => new($"{Path}: {what}");

    static string CString(byte[] table, uint offset)
    {
        if (offset >= table.Length) return "";
        int end = Array.IndexOf(table, (byte)0, (int)offset);
        return Encoding.UTF8.GetString(table, (int)offset, (end < 0 ? table.Length : end) - (int)offset);
    }

    static ushort U16(ReadOnlySpan<byte> b, int o) => BinaryPrimitives.ReadUInt16LittleEndian(b[o..]);
    static uint U32(ReadOnlySpan<byte> b, int o) => BinaryPrimitives.ReadUInt32LittleEndian(b[o..]);
    static ulong U64(ReadOnlySpan<byte> b, int o) => BinaryPrimitives.ReadUInt64LittleEndian(b[o..]);
}
