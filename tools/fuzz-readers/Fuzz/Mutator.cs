using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace ZiskLlc.FuzzReaders;

/// <summary>A structural field of a seed file: where it is, how wide (1, 2, 4 or 8 bytes), what it is.</summary>
public readonly record struct Field(int Offset, int Width, string Name);

/// <summary>
/// The mutations of the reader fuzzer (issue 9 "Trust", part 4): byte-level ones for every file kind
/// (bit flips, byte sets, truncations, insertions, deletions, copies of a chunk), field values at their
/// limits for the structured binaries (ELF header and section/program headers, .zrom header, rows,
/// segments, symbols — see <see cref="SeedFields"/>), random instruction words in ELF code, and
/// token/line edits for assembly text. Every mutation appends a short description to the log so a
/// failure can be read, and replayed from its iteration number.
/// </summary>
public static class Mutator
{
    static readonly byte[] InterestingBytes = [0x00, 0x01, 0x02, 0x03, 0x07, 0x08, 0x0f, 0x10, 0x1f, 0x20, 0x3f, 0x40, 0x7f, 0x80, 0x81, 0xfe, 0xff];

    /// <summary>ZisK map addresses and the usual integer limits, as 64-bit values (cut to the field width).</summary>
    static readonly ulong[] InterestingValues =
    [
        0x1000, 0x1004, 0x1008, 0x40000000, 0x40000008, 0x50000000, 0x7fffffff, 0x80000000, 0x80000001, 0x87f00000,
        0x87ffffff, 0x88000000, 0x90000000, 0xa0000000, 0xa0000200, 0xa0010000, 0xbfffffff, 0xc0000000, 0xfffffff8,
        0xffffffff, 0x100000000, 0x7fffffffffffffff, 0x8000000000000000, 1UL << 30, (1UL << 30) + 1, 1UL << 22,
        0x00400000, 0x01f00000, 0x1f000000, // sizes that fit in RAM but not in one ROM's init data

    ];

    /// <summary>Applies one random byte-level or field mutation to a binary file.</summary>
    public static byte[] MutateBinary(Random r, byte[] data, IReadOnlyList<Field> fields, IReadOnlyList<(int Offset, int Length)> code, StringBuilder log)
    {
        int choice = r.Next(100);
        if (choice < 30 && fields.Count > 0) return SetField(r, data, fields[r.Next(fields.Count)], log);
        if (choice < 40 && code.Count > 0) return SetCodeWord(r, data, code[r.Next(code.Count)], log);
        return MutateBytes(r, data, log);
    }

    /// <summary>Bit flips, byte sets, truncations, insertions, deletions and chunk copies.</summary>
    public static byte[] MutateBytes(Random r, byte[] data, StringBuilder log)
    {
        if (data.Length == 0) { log.Append("insert-into-empty;"); return [(byte)r.Next(256)]; }
        switch (r.Next(7))
        {
            case 0:
            {
                var d = (byte[])data.Clone();
                int n = 1 + r.Next(8);
                for (int k = 0; k < n; k++) { int at = r.Next(d.Length); d[at] ^= (byte)(1 << r.Next(8)); }
                log.Append($"flip{n};");
                return d;
            }
            case 1:
            {
                var d = (byte[])data.Clone();
                int at = r.Next(d.Length);
                d[at] = r.Next(2) == 0 ? InterestingBytes[r.Next(InterestingBytes.Length)] : (byte)r.Next(256);
                log.Append($"set@{at};");
                return d;
            }
            case 2:
            {
                int len = r.Next(4) == 0 ? r.Next(Math.Min(data.Length, 80)) : r.Next(data.Length);
                log.Append($"truncate@{len};");
                return data[..len];
            }
            case 3:
            {
                int at = r.Next(data.Length + 1), n = 1 + r.Next(r.Next(2) == 0 ? 8 : 64);
                var ins = new byte[n];
                r.NextBytes(ins);
                log.Append($"insert{n}@{at};");
                return [.. data.AsSpan(0, at), .. ins, .. data.AsSpan(at)];
            }
            case 4:
            {
                int at = r.Next(data.Length), n = 1 + r.Next(Math.Min(64, data.Length - at));
                log.Append($"delete{n}@{at};");
                return [.. data.AsSpan(0, at), .. data.AsSpan(at + n)];
            }
            case 5:
            {
                var d = (byte[])data.Clone();
                int from = r.Next(d.Length), to = r.Next(d.Length), n = 1 + r.Next(Math.Min(32, Math.Min(d.Length - from, d.Length - to)));
                Array.Copy(data, from, d, to, n);
                log.Append($"copy{n}:{from}->{to};");
                return d;
            }
            default:
            {
                var d = (byte[])data.Clone();
                int at = r.Next(d.Length);
                int n = Math.Min(d.Length - at, 1 + r.Next(16));
                byte v = r.Next(2) == 0 ? (byte)0 : (byte)0xff;
                d.AsSpan(at, n).Fill(v);
                log.Append($"fill{n}x{v:x2}@{at};");
                return d;
            }
        }
    }

    /// <summary>Sets a structural field to 0, 1, its maximum, near its maximum, a ZisK address, ±1/±8, or random.</summary>
    public static byte[] SetField(Random r, byte[] data, Field f, StringBuilder log)
    {
        if (f.Offset + f.Width > data.Length) return MutateBytes(r, data, log);
        var d = (byte[])data.Clone();
        var span = d.AsSpan(f.Offset, f.Width);
        ulong max = f.Width == 8 ? ulong.MaxValue : (1UL << (8 * f.Width)) - 1;
        ulong old = Read(span);
        ulong v = r.Next(12) switch
        {
            0 => 0,
            1 => 1,
            2 => max,
            3 => max - 1,
            4 => max - 7,
            5 => max >> 1,
            6 => (max >> 1) + 1,
            7 => InterestingValues[r.Next(InterestingValues.Length)],
            8 => old + 1,
            9 => old - 1,
            10 => old + (r.Next(2) == 0 ? 8UL : unchecked((ulong)-8L)),
            _ => (ulong)r.NextInt64() ^ ((ulong)r.Next() << 32),
        } & max;
        Write(span, v);
        log.Append($"{f.Name}=0x{v:x};");
        return d;
    }

    /// <summary>Replaces one 32-bit (or 16-bit) word of an ELF code section: unknown, reserved, compressed and wide encodings.</summary>
    static byte[] SetCodeWord(Random r, byte[] data, (int Offset, int Length) code, StringBuilder log)
    {
        if (code.Length < 4 || code.Offset + code.Length > data.Length) return MutateBytes(r, data, log);
        var d = (byte[])data.Clone();
        int at = code.Offset + 2 * r.Next(code.Length / 2 - 1);
        uint w = r.Next(4) switch
        {
            0 => (uint)r.Next() | (uint)r.Next(2) << 31,
            1 => ((uint)r.Next() & ~0x7Fu) | (uint)(r.Next(32) << 2) | 3, // any major opcode, 32-bit length
            2 => (uint)r.Next(0x10000),                                      // a compressed (or 16-bit) half
            _ => r.Next(3) switch { 0 => 0xffffffffu, 1 => 0u, _ => 0x00000073u | (uint)r.Next(1 << 20) << 12 }, // all-ones, zero, system
        };
        BinaryPrimitives.WriteUInt32LittleEndian(d.AsSpan(at), w);
        log.Append($"code@{at}=0x{w:x8};");
        return d;
    }

    static ulong Read(ReadOnlySpan<byte> s) => s.Length switch
    {
        1 => s[0], 2 => BinaryPrimitives.ReadUInt16LittleEndian(s), 4 => BinaryPrimitives.ReadUInt32LittleEndian(s), _ => BinaryPrimitives.ReadUInt64LittleEndian(s),
    };

    static void Write(Span<byte> s, ulong v)
    {
        switch (s.Length)
        {
            case 1: s[0] = (byte)v; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)v); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)v); break;
            default: BinaryPrimitives.WriteUInt64LittleEndian(s, v); break;
        }
    }

    // ---- assembly text ----

    static readonly string[] NumberReplacements =
    [
        "0", "1", "-1", "3", "7", "8", "4096", "0x1000", "0x1003", "0x1004", "0x87ffffff", "0x88000000", "0xa0000000", "0xc0000000",
        "0x50000000", "0x0fffffff", "268435456", "4294967295", "4294967296", "0xffffffff", "0x100000000", "0x7fffffffffffffff", "0x8000000000000000",
        "0xffffffffffffffff", "0x10000000000000000", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "-9223372036854775809", "99999999999999999999999999", "0x", "-", "--1", "0x-1", "1e9", "255", "256", "65535", "65536",
    ];

    static readonly string[] WordReplacements =
    [
        "copyb", "add", "sub", "eq", "ltu", "flag", "halt", "pubout", "keccak", "sha256", "arith256", "dma_memcpy", "fcall", "fcall_get",
        "r0", "r31", "r32", "r99", "r-1", "imm", "mem", "ind1", "ind2", "ind3", "ind4", "ind8", "ind0", "ind16", "lastc", "c", "step", "a",
        "end", "set_pc", "store_pc", "width", "j", ".org", ".text", ".rodata", ".data", ".u64", ".u32", ".u8", ".ascii", ".origin",
        ".align", ".zero", ".space", "@", "@main", "@nolabel", "@@", "->", "op:0x7f", "", "é", "\0",
    ];

    static readonly string[] Punctuation = [",", ":", ";", "(", ")", "[", "]", "@", "\"", "\\", "\n", "-", "+", "->", " ", "\t", "\r", "\0", "\u00e9", "\ud83d\ude00", "#", "'"];

    static readonly Regex NumberRx = new(@"-?(0x[0-9a-fA-F]+|\d+)", RegexOptions.Compiled);
    static readonly Regex WordRx = new(@"[.@A-Za-z_][\w.:]*", RegexOptions.Compiled);

    /// <summary>Token and line edits of assembly text (a tenth of the time a byte mutation of its UTF-8).</summary>
    public static byte[] MutateAsm(Random r, string text, IReadOnlyList<string> otherLines, StringBuilder log)
    {
        if (r.Next(10) == 0) return MutateBytes(r, Encoding.UTF8.GetBytes(text), log);
        var lines = text.Split('\n').ToList();
        switch (r.Next(8))
        {
            case 0: return ReplaceMatch(r, text, NumberRx, NumberReplacements, "num", log);
            case 1: return ReplaceMatch(r, text, WordRx, WordReplacements, "word", log);
            case 2:
            {
                int k = r.Next(lines.Count);
                log.Append($"delete-line{k};");
                lines.RemoveAt(k);
                break;
            }
            case 3:
            {
                int k = r.Next(lines.Count);
                log.Append($"dup-line{k};");
                lines.Insert(k, lines[k]);
                break;
            }
            case 4:
            {
                int a = r.Next(lines.Count), b = r.Next(lines.Count);
                log.Append($"swap-lines{a},{b};");
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            }
            case 5:
            {
                int k = r.Next(lines.Count + 1);
                var line = otherLines.Count > 0 ? otherLines[r.Next(otherLines.Count)] : "";
                log.Append($"insert-line{k};");
                lines.Insert(k, line);
                break;
            }
            case 6:
            {
                int at = r.Next(text.Length + 1);
                var p = Punctuation[r.Next(Punctuation.Length)];
                log.Append($"insert-char@{at};");
                return Encoding.UTF8.GetBytes(text[..at] + p + text[at..]);
            }
            default:
            {
                if (text.Length == 0) return [];
                int at = r.Next(text.Length), n = 1 + r.Next(Math.Min(12, text.Length - at));
                log.Append($"delete-chars{n}@{at};");
                return Encoding.UTF8.GetBytes(text[..at] + text[(at + n)..]);
            }
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    static byte[] ReplaceMatch(Random r, string text, Regex rx, string[] with, string what, StringBuilder log)
    {
        var ms = rx.Matches(text);
        if (ms.Count == 0) return Encoding.UTF8.GetBytes(text);
        var m = ms[r.Next(ms.Count)];
        var rep = with[r.Next(with.Length)];
        log.Append($"{what}@{m.Index}='{rep}';");
        return Encoding.UTF8.GetBytes(text[..m.Index] + rep + text[(m.Index + m.Length)..]);
    }
}
