using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ZiskLlc.Emulator.Reporting;

/// <summary>
/// The text forms of a run, shared by `zisk-llc run`, the ELF route and `compare`: ziskemu's `-c`
/// output lines, the `-X -x` cost lines (spec §8.7) with a cost-by-opcode table, and one JSON object.
/// </summary>
public static class RunReport
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The program's UART bytes as ziskemu prints them: each byte is one character
    /// (`val as u8 as char`, i.e. Latin-1).</summary>
    public static string StdoutText(RunResult r) => Encoding.Latin1.GetString(r.Stdout);

    /// <summary>`ziskemu -c`: the 64 output words, 8 lowercase hex digits per line.</summary>
    public static string OutputsText(RunResult r)
    {
        var sb = new StringBuilder();
        foreach (var w in r.Outputs) sb.Append(w.ToString("x8", Inv)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The `ziskemu -X -x` lines (plain integers), then the cost-by-opcode and
    /// frops-by-opcode tables as aligned text.</summary>
    public static string StatsText(CostReport c)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"TOTAL COST: {c.TotalCost}\n");
        sb.Append(Inv, $"STEPS: {c.Steps}\n");
        sb.Append(Inv, $"BASE COST: {c.BaseCost}\n");
        sb.Append(Inv, $"MAIN COST: {c.MainCost}\n");
        sb.Append(Inv, $"OPCODES COST: {c.OpcodesCost}\n");
        sb.Append(Inv, $"PRECOMPILED COST: {c.PrecompiledCost}\n");
        sb.Append(Inv, $"MEMORY COST: {c.MemoryCost}\n");
        sb.Append(Inv, $"FROPS COST: {c.FropsCost} (not part of the total)\n");
        ulong variable = c.TotalCost - c.BaseCost;
        sb.Append("\nCOST BY OPCODE\n");
        sb.Append(Inv, $"{"opcode",-22} {"count",14} {"count%",7} {"cost",16} {"cost%",7}\n");
        ulong totalCount = 0;
        foreach (var l in c.ByOpcode) totalCount += l.Count;
        foreach (var l in c.ByOpcode)
            sb.Append(Inv, $"{l.Name,-22} {l.Count,14} {Pct(l.Count, totalCount),7} {l.Cost,16} {Pct(l.Cost, variable),7}\n");
        if (c.FropsByOpcode.Count > 0)
        {
            sb.Append("\nFROPS BY OPCODE\n");
            sb.Append(Inv, $"{"opcode",-22} {"count",14} {"cost",16}\n");
            foreach (var l in c.FropsByOpcode) sb.Append(Inv, $"{l.Name,-22} {l.Count,14} {l.Cost,16}\n");
        }
        return sb.ToString();
    }

    static string Pct(ulong part, ulong whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("F2", Inv) + "%";

    /// <summary>Most UART bytes the JSON "stdout" string carries (16 MiB). A run may write up to
    /// 256 MiB; System.Text.Json refuses a string value that long, and escaping can grow it six-fold,
    /// so longer output is cut here and the object says so ("stdout_truncated", "stdout_bytes").</summary>
    public const int MaxJsonStdoutBytes = 16 * 1024 * 1024;

    /// <summary>One JSON object: steps, the cost lines (when collected), outputs (empty unless the
    /// run reached `end`), stdout (at most <see cref="MaxJsonStdoutBytes"/> bytes), ended
    /// ("ok"/"error") and message (when it ended with an error).</summary>
    public static string Json(RunResult r) => Json(r, MaxJsonStdoutBytes);

    /// <summary><see cref="Json(RunResult)"/> with another cap on the stdout bytes.</summary>
    public static string Json(RunResult r, int maxStdoutBytes)
    {
        var o = new JsonObject { ["steps"] = r.Steps };
        if (r.Costs is { } c)
        {
            o["total_cost"] = c.TotalCost;
            o["base_cost"] = c.BaseCost;
            o["main_cost"] = c.MainCost;
            o["opcodes_cost"] = c.OpcodesCost;
            o["precompiled_cost"] = c.PrecompiledCost;
            o["memory_cost"] = c.MemoryCost;
            o["frops_cost"] = c.FropsCost;
        }
        // ziskemu prints the output words only for a run that reached `end` (halt included).
        var outs = new JsonArray();
        if (r.End is RunEnd.Ok or RunEnd.Halted)
            foreach (var w in r.Outputs) outs.Add((JsonNode)JsonValue.Create(w));
        o["outputs"] = outs;
        bool cut = r.Stdout.Length > maxStdoutBytes;
        o["stdout"] = cut ? Encoding.Latin1.GetString(r.Stdout, 0, maxStdoutBytes) : StdoutText(r);
        if (cut)
        {
            o["stdout_truncated"] = true;
            o["stdout_bytes"] = r.Stdout.Length;
        }
        o["ended"] = r.EndedOk ? "ok" : "error";
        if (!r.EndedOk) o["message"] = r.Message;
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
