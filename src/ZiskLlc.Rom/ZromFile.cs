using System.Text;
using ZiskLlc.Isa;

namespace ZiskLlc.Rom;

/// <summary>
/// The `.zrom` file: a whole <see cref="ZiskProgram"/> in a versioned little-endian binary format
/// (layout and versioning policy: docs/rom-format.md). ZisK has no portable ROM file (§6.3), so
/// this is zisk-llc's own. The reader rejects any malformed file with one <see cref="UserError"/>
/// naming the file, what is wrong and where.
/// </summary>
public static class ZromFile
{
    /// <summary>The first four bytes of every .zrom file.</summary>
    public static ReadOnlySpan<byte> Magic => "ZROM"u8;
    /// <summary>The format version this code writes and reads.</summary>
    public const ushort Version = 1;
    /// <summary>Bytes per instruction row.</summary>
    public const int RowSize = 56;

    const byte FlagStorePc = 1, FlagSetPc = 2, FlagEnd = 4;

    /// <summary>True when the bytes start with the .zrom magic.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> head) => head.Length >= 4 && head[..4].SequenceEqual(Magic);

    /// <summary>Writes the program to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, ZiskProgram program) => AtomicFile.WriteAllBytes(path, ToBytes(program));

    /// <summary>Serialises a program.</summary>
    public static byte[] ToBytes(ZiskProgram p)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms, Encoding.UTF8);
        var origin = Encoding.UTF8.GetBytes(p.Origin);
        w.Write(Magic);
        w.Write(Version);
        w.Write((ushort)0); // reserved flags
        w.Write((uint)p.Instructions.Count);
        w.Write((uint)p.Segments.Count);
        w.Write((uint)p.Symbols.Count);
        w.Write((uint)origin.Length);
        w.Write(origin);
        foreach (var i in p.Instructions)
        {
            w.Write(i.Paddr);
            w.Write(i.A);
            w.Write(i.B);
            w.Write(i.StoreOffset);
            w.Write(i.JmpOffset1);
            w.Write(i.JmpOffset2);
            w.Write((byte)i.Op);
            w.Write((byte)i.ASrc);
            w.Write((byte)i.BSrc);
            w.Write((byte)i.Store);
            w.Write(i.IndWidth);
            w.Write((byte)((i.StorePc ? FlagStorePc : 0) | (i.SetPc ? FlagSetPc : 0) | (i.End ? FlagEnd : 0)));
            w.Write((ushort)0); // reserved
        }
        foreach (var s in p.Segments)
        {
            var name = Encoding.UTF8.GetBytes(s.Name);
            w.Write(s.Address);
            w.Write((ulong)s.Data.LongLength);
            w.Write((byte)s.Kind);
            w.Write((ushort)name.Length);
            w.Write(name);
            w.Write(s.Data);
        }
        foreach (var s in p.Symbols)
        {
            var name = Encoding.UTF8.GetBytes(s.Name);
            w.Write(s.Start);
            w.Write(s.End);
            w.Write((ushort)name.Length);
            w.Write(name);
        }
        w.Flush();
        return ms.ToArray();
    }

    /// <summary>Reads a .zrom file.</summary>
    public static ZiskProgram Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (FileNotFoundException) { throw new UserError($"{path}: no such file"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"{path}: cannot read ({e.Message})"); }
        return FromBytes(bytes, path);
    }

    /// <summary>Parses .zrom bytes; <paramref name="name"/> names the source in messages.</summary>
    public static ZiskProgram FromBytes(byte[] bytes, string name = "<zrom>")
    {
        var r = new Reader(bytes, name);
        if (bytes.Length < 4 || !HasMagic(bytes)) throw new UserError($"{name}: not a ZisK ROM file (bad magic; expected \"ZROM\")");
        r.Skip(4);
        ushort version = r.U16("version");
        if (version != Version) throw new UserError($"{name}: unsupported .zrom version {version} (this zisk-llc reads version {Version})");
        ushort flags = r.U16("flags");
        if (flags != 0) throw new UserError($"{name}: unknown header flags 0x{flags:x4}");
        uint nInst = r.U32("instruction count"), nSeg = r.U32("segment count"), nSym = r.U32("symbol count"), nOrigin = r.U32("origin length");
        if (nInst > MemoryMap.MaxRomRows * 2L || (long)nInst * RowSize > bytes.Length)
            throw new UserError($"{name}: instruction count {nInst} does not fit in a {bytes.Length}-byte file");
        var origin = r.Utf8((int)Math.Min(nOrigin, int.MaxValue), "origin");

        var instructions = new Instruction[nInst];
        for (int k = 0; k < nInst; k++)
        {
            long rowAt = r.Offset;
            ulong paddr = r.U64("instruction row"), a = r.U64("instruction row"), b = r.U64("instruction row");
            long so = r.I64("instruction row"), j1 = r.I64("instruction row"), j2 = r.I64("instruction row");
            byte op = r.U8("instruction row"), aSrc = r.U8("instruction row"), bSrc = r.U8("instruction row"),
                store = r.U8("instruction row"), width = r.U8("instruction row"), f = r.U8("instruction row");
            ushort reserved = r.U16("instruction row");
            string where = $"{name}: instruction row {k} (offset {rowAt}, address 0x{paddr:x})";
            if (!OpcodeTable.IsDefined(op)) throw new UserError($"{where}: unknown opcode 0x{op:x2}");
            if (!Enum.IsDefined((SourceKind)aSrc)) throw new UserError($"{where}: unknown a source code {aSrc}");
            if (!Enum.IsDefined((SourceKind)bSrc)) throw new UserError($"{where}: unknown b source code {bSrc}");
            if (store > 3) throw new UserError($"{where}: unknown store code {store}");
            if ((f & ~(FlagStorePc | FlagSetPc | FlagEnd)) != 0 || reserved != 0) throw new UserError($"{where}: unknown flag bits");
            if (k > 0 && paddr <= instructions[k - 1].Paddr)
                throw new UserError($"{where}: rows are not in increasing address order (duplicate or unsorted address)");
            instructions[k] = new Instruction
            {
                Paddr = paddr, ASrc = (SourceKind)aSrc, A = a, BSrc = (SourceKind)bSrc, B = b, IndWidth = width,
                Op = (Opcode)op, Store = (StoreKind)store, StoreOffset = so, StorePc = (f & FlagStorePc) != 0,
                SetPc = (f & FlagSetPc) != 0, JmpOffset1 = j1, JmpOffset2 = j2, End = (f & FlagEnd) != 0,
            };
        }

        // Each segment header is at least 19 bytes and each symbol at least 18: a count the rest of the
        // file cannot hold is refused before anything is allocated for it.
        if ((ulong)nSeg * 19 + (ulong)nSym * 18 > (ulong)(bytes.Length - r.Offset))
            throw new UserError($"{name}: {nSeg} segments and {nSym} symbols do not fit in the {bytes.Length - r.Offset} bytes left after the instruction rows (offset {r.Offset})");
        var segments = new MemorySegment[nSeg];
        for (int k = 0; k < nSeg; k++)
        {
            long at = r.Offset;
            ulong addr = r.U64("segment header"), len = r.U64("segment header");
            byte kind = r.U8("segment header");
            ushort nameLen = r.U16("segment header");
            var segName = r.Utf8(nameLen, "segment name");
            if (kind is not ((byte)SegmentKind.ReadOnly or (byte)SegmentKind.ReadWrite))
                throw new UserError($"{name}: segment {k} (offset {at}): unknown kind {kind}");
            if (len > (ulong)(bytes.Length - r.Offset))
                throw new UserError($"{name}: segment {k} (offset {at}) claims {len} bytes but the file has {bytes.Length - r.Offset} left");
            if (addr + len < addr) throw new UserError($"{name}: segment {k} at 0x{addr:x} wraps around the address space");
            segments[k] = new MemorySegment(addr, (SegmentKind)kind, r.Bytes((int)len, "segment data"), segName);
        }

        var symbols = new Symbol[nSym];
        for (int k = 0; k < nSym; k++)
        {
            ulong start = r.U64("symbol"), end = r.U64("symbol");
            ushort nameLen = r.U16("symbol");
            var symName = r.Utf8(nameLen, "symbol name");
            if (end < start) throw new UserError($"{name}: symbol '{symName}' ends (0x{end:x}) before it starts (0x{start:x})");
            symbols[k] = new Symbol(symName, start, end);
        }
        if (r.Offset != bytes.Length) throw new UserError($"{name}: {bytes.Length - r.Offset} unexpected bytes after the symbol table (offset {r.Offset})");
        return new ZiskProgram(instructions, segments, symbols, origin);
    }

    /// <summary>Bounds-checked little-endian reads that report truncation with the offset.</summary>
    sealed class Reader(byte[] bytes, string name)
    {
        public long Offset { get; private set; }

        ReadOnlySpan<byte> Take(int n, string what)
        {
            if (n < 0 || Offset + n > bytes.Length)
                throw new UserError($"{name}: truncated file: {what} at offset {Offset} needs {n} bytes, {bytes.Length - Offset} left");
            var s = bytes.AsSpan((int)Offset, n);
            Offset += n;
            return s;
        }

        public void Skip(int n) => Take(n, "header");
        public byte U8(string what) => Take(1, what)[0];
        public ushort U16(string what) => BitConverter.ToUInt16(Take(2, what));
        public uint U32(string what) => BitConverter.ToUInt32(Take(4, what));
        public ulong U64(string what) => BitConverter.ToUInt64(Take(8, what));
        public long I64(string what) => BitConverter.ToInt64(Take(8, what));
        public byte[] Bytes(int n, string what) => Take(n, what).ToArray();

        public string Utf8(int n, string what)
        {
            var span = Take(n, what);
            try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span); }
            catch (DecoderFallbackException) { throw new UserError($"{name}: {what} at offset {Offset - n} is not valid UTF-8"); }
        }
    }
}
