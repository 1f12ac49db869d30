using System.Diagnostics;
using System.Text;
using ZiskLlc.Emulator;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Reporting;

/// <summary>
/// `run --profile` (issue 8 item 6): steps and cost per function — from the ROM's symbols (ELF
/// symbols for a transpiled ELF, the compiler's for a direct-route ROM), names demangled by
/// llvm-cxxfilt-22 (Rust and C++ manglings) when it is installed — and the hottest straight-line
/// ranges of instructions, the view a guest developer needs to see where steps go. Cost per step is
/// MAIN (68) plus the opcode's and the step's memory cost, so the columns add up to VARIABLE.
/// </summary>
public static class ProfileReport
{
    public static string Text(ZiskProgram program, RunResult r, int top = 25)
    {
        var prof = r.Profile ?? [];
        var byFn = new Dictionary<string, (ulong Steps, ulong Cost)>(StringComparer.Ordinal);
        foreach (var (pc, (s, c)) in prof)
        {
            var name = Name(program, pc);
            byFn.TryGetValue(name, out var t);
            byFn[name] = (t.Steps + s, t.Cost + c);
        }
        ulong steps = (ulong)prof.Values.Sum(v => (decimal)v.Steps), cost = (ulong)prof.Values.Sum(v => (decimal)v.Cost);
        var names = Demangle(byFn.Keys.ToList());
        var sb = new StringBuilder();
        sb.AppendLine($"PROFILE: {steps:N0} steps, {cost:N0} variable cost (68 per step + opcodes + memory), by function");
        sb.AppendLine($"{"steps",14} {"%",6} {"cost",16} {"%",6}  function");
        foreach (var (n, (s, c)) in byFn.OrderByDescending(kv => kv.Value.Cost).Take(top))
            sb.AppendLine($"{s,14:N0} {Pct(s, steps),6} {c,16:N0} {Pct(c, cost),6}  {names[n]}");
        if (byFn.Count > top) sb.AppendLine($"  … {byFn.Count - top} more functions");
        // Hot ranges: consecutive instructions executed equally often (a straight-line stretch of a block).
        var ranges = new List<(ulong From, ulong To, ulong Steps, ulong Cost, ulong Count)>();
        foreach (var (pc, (s, c)) in prof.OrderBy(kv => kv.Key))
        {
            if (ranges.Count > 0 && ranges[^1] is var last && pc - last.To <= 4 && prof[last.To].Steps == s && Name(program, pc) == Name(program, last.From))
                ranges[^1] = (last.From, pc, last.Steps + s, last.Cost + c, last.Count + 1);
            else ranges.Add((pc, pc, s, c, 1));
        }
        sb.AppendLine();
        sb.AppendLine("HOT RANGES (straight-line instructions executed equally often)");
        sb.AppendLine($"{"steps",14} {"cost",16} {"runs",12}  range");
        foreach (var g in ranges.OrderByDescending(x => x.Cost).Take(10))
        {
            var n = Name(program, g.From);
            var sym = program.SymbolAt(g.From);
            string where = sym is null ? $"0x{g.From:x}" : $"{names.GetValueOrDefault(n, n)}+0x{g.From - sym.Start:x}";
            sb.AppendLine($"{g.Steps,14:N0} {g.Cost,16:N0} {g.Steps / g.Count,12:N0}  0x{g.From:x}–0x{g.To:x} ({g.Count} instructions) {where}");
        }
        return sb.ToString();
    }

    static string Pct(ulong x, ulong total) => total == 0 ? "-" : (100.0 * x / total).ToString("0.0");

    static string Name(ZiskProgram p, ulong pc) =>
        p.SymbolAt(pc)?.Name ?? (pc < 0x80000000 ? "(boot: BIOS, init data, exit)" : "(no symbol)");

    /// <summary>Demangled names through llvm-cxxfilt-22 (one process for all), or the names as they are.</summary>
    static Dictionary<string, string> Demangle(List<string> names)
    {
        var map = names.ToDictionary(n => n, n => n, StringComparer.Ordinal);
        try
        {
            var psi = new ProcessStartInfo("llvm-cxxfilt-22") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi);
            if (p is null) return map;
            var reader = Task.Run(() => p.StandardOutput.ReadToEnd());
            foreach (var n in names) p.StandardInput.WriteLine(n);
            p.StandardInput.Close();
            var lines = reader.Result.Split('\n');
            p.WaitForExit();
            for (int k = 0; k < names.Count && k < lines.Length; k++) if (lines[k].Length > 0) map[names[k]] = lines[k];
        }
        catch (System.ComponentModel.Win32Exception) { }
        return map;
    }
}
