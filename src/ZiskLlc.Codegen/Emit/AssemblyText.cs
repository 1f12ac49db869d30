using System.Text;
using ZiskLlc.Rom;

namespace ZiskLlc.Codegen.Emit;

/// <summary>
/// `compile -S`: the program as ZisK assembly (docs/assembly.md) — the round-trippable listing with
/// every function and block name as a label before its first instruction, so that `zisk-llc asm`
/// reads it back to the same ROM. Names with characters the assembler does not take in labels are
/// spelt with '_' (and a suffix when that makes two equal).
/// </summary>
public static class AssemblyText
{
    public static string Write(CompileResult r)
    {
        var at = new Dictionary<ulong, List<string>>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        void Label(string name, ulong addr)
        {
            var s = new StringBuilder();
            foreach (var c in name) s.Append(char.IsLetterOrDigit(c) || c is '_' or '.' or '$' ? c : '_');
            if (s.Length == 0 || char.IsDigit(s[0]) || s[0] == '.') s.Insert(0, '_');
            var l = s.ToString();
            for (int k = 2; !used.Add(l); k++) l = $"{s}${k}";
            if (!at.TryGetValue(addr, out var list)) at[addr] = list = [];
            list.Add(l);
        }
        foreach (var sym in r.Program.Symbols)
            if (r.Program.At(sym.Start) is not null) Label(sym.Name, sym.Start);
        foreach (var (l, a) in r.Labels) Label(l, a);
        var sb = new StringBuilder();
        sb.Append("; ZisK assembly written by zisk-llc compile -S\n");
        foreach (var line in ProgramListing.ToText(r.Program).Split('\n'))
        {
            if (line.StartsWith("0x", StringComparison.Ordinal) && line.IndexOf(':') is > 2 and var colon
                && ulong.TryParse(line.AsSpan(2, colon - 2), System.Globalization.NumberStyles.HexNumber, null, out var addr)
                && at.TryGetValue(addr, out var names))
                foreach (var n in names) sb.Append(n).Append(":\n");
            sb.Append(line).Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }
}
