using System.Buffers.Binary;

namespace ZiskLlc.FuzzReaders;

/// <summary>
/// Where the structural fields of a (valid) seed file are, so the fuzzer can set exactly those to
/// their limits: for an ELF the header (e_entry, e_phoff, e_shoff, e_*size, e_*num, e_shstrndx), every
/// section header (name, type, flags, addr, offset, size, link, …) and program header; for a .zrom
/// (docs/rom-format.md) the header counts, every row's fields, every segment header and symbol. Also
/// the file ranges of ELF code sections, for instruction-word mutations. Read with no checks beyond
/// bounds: seeds are known-good files.
/// </summary>
public static class SeedFields
{
    /// <summary>Fields of a 64-bit little-endian ELF.</summary>
    public static List<Field> Elf(byte[] b, out List<(int Offset, int Length)> code)
    {
        code = [];
        var f = new List<Field>
        {
            new(4, 1, "ei_class"), new(5, 1, "ei_data"), new(6, 1, "ei_version"), new(16, 2, "e_type"), new(18, 2, "e_machine"),
            new(24, 8, "e_entry"), new(32, 8, "e_phoff"), new(40, 8, "e_shoff"), new(48, 4, "e_flags"), new(52, 2, "e_ehsize"),
            new(54, 2, "e_phentsize"), new(56, 2, "e_phnum"), new(58, 2, "e_shentsize"), new(60, 2, "e_shnum"), new(62, 2, "e_shstrndx"),
        };
        if (b.Length < 64) return f;
        ulong phoff = U64(b, 32), shoff = U64(b, 40);
        int phnum = U16(b, 56), shnum = U16(b, 60);
        for (int i = 0; i < phnum; i++)
        {
            int o = (int)phoff + 56 * i;
            if (o + 56 > b.Length) break;
            f.AddRange([new(o, 4, $"ph{i}.type"), new(o + 4, 4, $"ph{i}.flags"), new(o + 8, 8, $"ph{i}.offset"), new(o + 16, 8, $"ph{i}.vaddr"),
                new(o + 32, 8, $"ph{i}.filesz"), new(o + 40, 8, $"ph{i}.memsz")]);
        }
        for (int i = 0; i < shnum; i++)
        {
            int o = (int)shoff + 64 * i;
            if (o + 64 > b.Length) break;
            f.AddRange([new(o, 4, $"sh{i}.name"), new(o + 4, 4, $"sh{i}.type"), new(o + 8, 8, $"sh{i}.flags"), new(o + 16, 8, $"sh{i}.addr"),
                new(o + 24, 8, $"sh{i}.offset"), new(o + 32, 8, $"sh{i}.size"), new(o + 40, 4, $"sh{i}.link"), new(o + 56, 8, $"sh{i}.entsize")]);
            ulong flags = U64(b, o + 8), off = U64(b, o + 24), size = U64(b, o + 32);
            if ((flags & 4) != 0 && U32(b, o + 4) == 1 && off + size <= (ulong)b.Length) code.Add(((int)off, (int)size));
        }
        return f;
    }

    /// <summary>Fields of a .zrom file (version 1).</summary>
    public static List<Field> Zrom(byte[] b)
    {
        var f = new List<Field> { new(4, 2, "version"), new(6, 2, "flags"), new(8, 4, "n_inst"), new(12, 4, "n_seg"), new(16, 4, "n_sym"), new(20, 4, "n_origin") };
        if (b.Length < 24) return f;
        uint nInst = U32(b, 8), nSeg = U32(b, 12), nSym = U32(b, 16);
        int o = 24 + (int)U32(b, 20);
        string[] names = ["paddr", "a", "b", "store_offset", "j1", "j2"];
        for (int k = 0; k < nInst && o + 56 <= b.Length; k++, o += 56)
        {
            if (k % 7 != 0 && k > 40) continue; // a sample of the rows is enough, and keeps the list short
            for (int n = 0; n < names.Length; n++) f.Add(new(o + 8 * n, 8, $"row{k}.{names[n]}"));
            f.AddRange([new(o + 48, 1, $"row{k}.op"), new(o + 49, 1, $"row{k}.a_src"), new(o + 50, 1, $"row{k}.b_src"), new(o + 51, 1, $"row{k}.store"),
                new(o + 52, 1, $"row{k}.ind_width"), new(o + 53, 1, $"row{k}.flags"), new(o + 54, 2, $"row{k}.reserved")]);
        }
        o = 24 + (int)U32(b, 20) + 56 * (int)nInst;
        for (int k = 0; k < nSeg && o + 19 <= b.Length; k++)
        {
            f.AddRange([new(o, 8, $"seg{k}.addr"), new(o + 8, 8, $"seg{k}.len"), new(o + 16, 1, $"seg{k}.kind"), new(o + 17, 2, $"seg{k}.name_len")]);
            o += 19 + U16(b, o + 17) + (int)U64(b, o + 8);
        }
        for (int k = 0; k < nSym && o + 18 <= b.Length; k++)
        {
            f.AddRange([new(o, 8, $"sym{k}.start"), new(o + 8, 8, $"sym{k}.end"), new(o + 16, 2, $"sym{k}.name_len")]);
            o += 18 + U16(b, o + 16);
        }
        return f;
    }

    static ushort U16(byte[] b, int o) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(o));
    static uint U32(byte[] b, int o) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(o));
    static ulong U64(byte[] b, int o) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(o));
}
