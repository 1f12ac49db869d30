using System.Text;
using ZiskLlc.Isa.Assembly;

namespace ZiskLlc.Rom;

/// <summary>
/// Prints a whole program in the assembler's syntax, so that assembling the listing gives back the
/// same program (`zisk-llc disasm P.zrom > p.zasm; zisk-llc asm p.zasm -o P2.zrom`): origin, symbols,
/// data segments as .u8 lines, and every instruction with its explicit address. Symbol names are
/// also shown as comments before the instruction where they start.
/// </summary>
public static class ProgramListing
{
    /// <summary>Writes the listing.</summary>
    public static void Write(ZiskProgram p, TextWriter w)
    {
        if (p.Origin.Length > 0) w.WriteLine($".origin \"{Escape(p.Origin)}\"");
        foreach (var s in p.Symbols) w.WriteLine($".symbol {s.Name} 0x{s.Start:x} 0x{s.End:x}");
        foreach (var seg in p.Segments)
        {
            w.WriteLine($"{(seg.Kind == SegmentKind.ReadOnly ? ".rodata" : ".data")} 0x{seg.Address:x} {seg.Name}".TrimEnd() + $"   ; {seg.Data.Length} bytes");
            for (int i = 0; i < seg.Data.Length; i += 16)
                w.WriteLine("    .u8 " + string.Join(", ", seg.Data.Skip(i).Take(16).Select(b => $"0x{b:x2}")));
        }
        w.WriteLine(".text");
        var starts = p.Symbols.GroupBy(s => s.Start).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(s => s.Name)));
        foreach (var i in p.Instructions)
        {
            if (starts.TryGetValue(i.Paddr, out var names)) w.WriteLine($"; {names}");
            w.WriteLine(AsmPrinter.Format(i));
        }
    }

    /// <summary>The listing as a string.</summary>
    public static string ToText(ZiskProgram p)
    {
        var sw = new StringWriter();
        Write(p, sw);
        return sw.ToString();
    }

    static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
            sb.Append(b switch
            {
                (byte)'"' => "\\\"", (byte)'\\' => "\\\\", (byte)'\n' => "\\n", (byte)'\t' => "\\t",
                < 0x20 or >= 0x7f => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        return sb.ToString();
    }
}
