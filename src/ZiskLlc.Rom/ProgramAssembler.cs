using System.Globalization;
using System.Text;
using ZiskLlc.Isa;
using ZiskLlc.Isa.Assembly;

namespace ZiskLlc.Rom;

/// <summary>
/// Assembles a whole program from text (docs/assembly.md): instructions one per line (explicit
/// <c>0xADDR:</c> or the next address, +4 by default), labels (<c>name:</c>), <c>.org ADDR</c>,
/// data segments (<c>.rodata ADDR [NAME]</c> / <c>.data ADDR [NAME]</c> followed by <c>.u8/.u16/.u32/.u64</c>,
/// <c>.ascii "…"</c>, <c>.zero N</c>), <c>.text</c> to return to code, <c>.symbol NAME START END</c>,
/// <c>.origin "text"</c>, and <c>;</c> comments. Two passes: labels first, then everything else.
/// Errors are <see cref="UserError"/>s naming file and line.
/// </summary>
public static class ProgramAssembler
{
    /// <summary>Assembles <paramref name="text"/>; <paramref name="fileName"/> is used in messages.</summary>
    public static ZiskProgram Parse(string text, string fileName)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var labels = new Dictionary<string, ulong>(StringComparer.Ordinal);
        Pass(lines, fileName, labels, emit: null);
        var state = new Emitted();
        Pass(lines, fileName, labels, state);
        return new ZiskProgram(state.Instructions, state.Segments.Select(s => s.Build()), state.Symbols, state.Origin);
    }

    sealed class Emitted
    {
        public List<Instruction> Instructions { get; } = [];
        public List<SegmentBuilder> Segments { get; } = [];
        public List<Symbol> Symbols { get; } = [];
        public string Origin { get; set; } = "";
    }

    sealed class SegmentBuilder(ulong address, SegmentKind kind, string name)
    {
        public ulong Address { get; } = address;
        public List<byte> Bytes { get; } = [];
        public MemorySegment Build() => new(Address, kind, Bytes.ToArray(), name);
    }

    static void Pass(string[] lines, string file, Dictionary<string, ulong> labels, Emitted? emit)
    {
        ulong pc = MemoryMap.RomEntry;
        SegmentBuilder? seg = null;     // null: in code
        ulong dataAddr = 0;
        var seen = new HashSet<ulong>();
        for (int n = 0; n < lines.Length; n++)
        {
            string where = $"{file}:{n + 1}";
            string line = StripComment(lines[n]).Trim();
            try
            {
                // Labels: "name:" at the start (not "0x…:" which is an address prefix).
                while (TryLabel(ref line, out var label))
                {
                    ulong here = seg is null ? pc : dataAddr;
                    if (emit is null && !labels.TryAdd(label, here)) throw new FormatException($"label '{label}' defined twice");
                }
                if (line.Length == 0) continue;
                if (line[0] == '.')
                {
                    Directive(line, labels, emit, ref pc, ref seg, ref dataAddr);
                    continue;
                }
                if (seg is not null) throw new FormatException("an instruction inside a data segment (use .text first)");
                var inst = AsmParser.ParseInstruction(line, pc, name => labels.TryGetValue(name, out var a) ? a : emit is null ? 0 : null);
                if (!seen.Add(inst.Paddr)) throw new FormatException($"a second instruction at address 0x{inst.Paddr:x}");
                emit?.Instructions.Add(inst);
                pc = inst.Paddr + 4;
            }
            catch (FormatException e) { throw new UserError($"{where}: {e.Message}"); }
            catch (OverflowException) { throw new UserError($"{where}: number out of range"); }
        }
    }

    static void Directive(string line, Dictionary<string, ulong> labels, Emitted? emit, ref ulong pc, ref SegmentBuilder? seg, ref ulong dataAddr)
    {
        int sp = line.IndexOfAny([' ', '\t']);
        string name = sp < 0 ? line : line[..sp];
        string rest = sp < 0 ? "" : line[sp..].Trim();
        ulong Num(string s) => ParseNumber(s.Trim(), labels, emit is null);
        switch (name)
        {
            case ".org": pc = Num(rest); seg = null; break;
            case ".text": seg = null; break;
            case ".rodata":
            case ".data":
            {
                // .rodata ADDR [NAME] / .data ADDR [NAME]
                var parts = rest.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length == 0) throw new FormatException($"{name} needs an address");
                dataAddr = Num(parts[0]);
                seg = new SegmentBuilder(dataAddr, name == ".rodata" ? SegmentKind.ReadOnly : SegmentKind.ReadWrite, parts.Length > 1 ? parts[1] : "");
                emit?.Segments.Add(seg);
                break;
            }
            case ".u8": case ".u16": case ".u32": case ".u64":
            {
                if (seg is null) throw new FormatException($"{name} outside a data segment (.rodata/.data ADDR first)");
                int width = name switch { ".u8" => 1, ".u16" => 2, ".u32" => 4, _ => 8 };
                foreach (var item in rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    ulong v = Num(item);
                    if (width < 8 && v >> (8 * width) != 0 && (long)v >> (8 * width - 1) != -1)
                        throw new FormatException($"{item} does not fit in {width} byte(s)");
                    for (int b = 0; b < width; b++) seg.Bytes.Add((byte)(v >> (8 * b)));
                    dataAddr += (ulong)width;
                }
                break;
            }
            case ".ascii":
            {
                if (seg is null) throw new FormatException(".ascii outside a data segment");
                var bytes = ParseString(rest);
                seg.Bytes.AddRange(bytes);
                dataAddr += (ulong)bytes.Length;
                break;
            }
            case ".zero":
            {
                if (seg is null) throw new FormatException(".zero outside a data segment");
                ulong count = Num(rest);
                if (count > 1 << 28) throw new FormatException(".zero count too large");
                if ((ulong)seg.Bytes.Count + count > MemoryMap.RamSize)
                    throw new FormatException($"data segment larger than the {MemoryMap.RamSize >> 20} MiB of RAM");
                seg.Bytes.AddRange(new byte[count]);
                dataAddr += count;
                break;
            }
            case ".symbol":
            {
                var parts = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 3) throw new FormatException(".symbol needs NAME START END");
                emit?.Symbols.Add(new Symbol(parts[0], Num(parts[1]), Num(parts[2])));
                break;
            }
            case ".origin":
                if (emit is not null) emit.Origin = Encoding.UTF8.GetString(ParseString(rest));
                break;
            default: throw new FormatException($"unknown directive {name}");
        }
    }

    static ulong ParseNumber(string s, Dictionary<string, ulong> labels, bool firstPass)
    {
        if (s.StartsWith('@'))
            return labels.TryGetValue(s[1..], out var a) ? a : firstPass ? 0UL : throw new FormatException($"undefined label {s}");
        bool neg = s.StartsWith('-');
        var body = neg ? s[1..] : s;
        ulong v = body.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(body.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : ulong.Parse(body, NumberStyles.None, CultureInfo.InvariantCulture);
        return neg ? (ulong)-(long)v : v;
    }

    /// <summary>A double-quoted string with \n, \t, \\, \", \0 and \xNN escapes.</summary>
    static byte[] ParseString(string s)
    {
        if (s.Length < 2 || s[0] != '"' || s[^1] != '"') throw new FormatException("expected a double-quoted string");
        var bytes = new List<byte>();
        for (int i = 1; i < s.Length - 1; i++)
        {
            char ch = s[i];
            if (ch != '\\') { bytes.AddRange(Encoding.UTF8.GetBytes(ch.ToString())); continue; }
            if (++i >= s.Length - 1) throw new FormatException("dangling backslash in string");
            switch (s[i])
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case '0': bytes.Add(0); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'x':
                    if (i + 2 >= s.Length - 1 || !byte.TryParse(s.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                        throw new FormatException("bad \\x escape");
                    bytes.Add(b); i += 2; break;
                default: throw new FormatException($"unknown escape \\{s[i]}");
            }
        }
        return bytes.ToArray();
    }

    static string StripComment(string line)
    {
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\')) inString = !inString;
            if (line[i] == ';' && !inString) return line[..i];
        }
        return line;
    }

    static bool TryLabel(ref string line, out string label)
    {
        label = "";
        int colon = line.IndexOf(':');
        if (colon <= 0) return false;
        var head = line[..colon];
        if (head.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) return false;
        if (!head.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '$') || char.IsDigit(head[0]) || head[0] == '.') return false;
        // "mem:[…]" and "imm:…" inside an instruction are not labels: a label is followed by nothing or by whitespace.
        if (colon + 1 < line.Length && !char.IsWhiteSpace(line[colon + 1])) return false;
        if (OpcodeTable.TryGet(head) is not null) return false;
        label = head;
        line = line[(colon + 1)..].TrimStart();
        return true;
    }
}
