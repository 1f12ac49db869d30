using System.Text;

namespace ZiskLlc.Codegen.Tests.Props;

/// <summary>
/// Compiles a batch of cases through the direct route (allocation checker, strict validator), runs it
/// on the emulator (W-operand check on: <see cref="DirectHarness"/>) and compares every case's words
/// with <see cref="Ref"/>. A failing batch is reported case by case (what differs, the case, its IR),
/// each failing case re-checked alone so that the message shows the smallest program.
/// </summary>
public static class OpRunner
{
    /// <summary>Null when every case matches, else a message naming each failing case.</summary>
    public static string? Check(IReadOnlyList<OpCase> cases, bool isolate = true) => Run(cases, isolate).Message;

    /// <summary>The message (null when all match) and the indexes of the cases found failing (none
    /// when the batch as a whole failed: compile error or fault).</summary>
    public static (string? Message, List<int> Failing) Run(IReadOnlyList<OpCase> cases, bool isolate = true)
    {
        var ir = IrWriter.Write(cases);
        using var dir = new DirectHarness.TempDir();
        var path = Path.Combine(dir.Path, "cases.ll");
        File.WriteAllText(path, ir);
        if (Environment.GetEnvironmentVariable("ZISK_LLC_PROP_DUMP") is { Length: > 0 } dump) File.WriteAllText(dump, ir); // the last batch, for a look
        Emulator.RunResult r;
        try
        {
            r = DirectHarness.Run(DirectHarness.Compile(path));
        }
        catch (Exception e)
        {
            return (Isolate(cases, isolate, $"compile failed: {e.GetType().Name}: {e.Message}", ir), []);
        }
        if (!r.EndedOk) return (Isolate(cases, isolate, $"run ended {r.End}: {r.Message}", ir), []);
        var got = new List<ulong>();
        for (int k = 0; k + 8 <= r.Stdout.Length; k += 8) got.Add(BitConverter.ToUInt64(r.Stdout, k));
        var msg = new StringBuilder();
        int at = 0;
        var failing = new List<int>();
        for (int ci = 0; ci < cases.Count; ci++)
        {
            var c = cases[ci];
            var want = Ref.Eval(c).SelectMany(p => Ref.Words(p.V, p.W, c.SextOut)).ToList();
            var have = got.Skip(at).Take(want.Count).ToList();
            at += want.Count;
            if (!want.SequenceEqual(have))
            {
                failing.Add(ci);
                msg.Append($"{c}: want [{string.Join(", ", want.Select(x => $"0x{x:x}"))}] got [{string.Join(", ", have.Select(x => $"0x{x:x}"))}]\n");
            }
        }
        if (at != got.Count) msg.Append($"{got.Count} words written, {at} expected\n");
        if (r.Outputs[0] != (uint)cases.Count) msg.Append($"main returned {r.Outputs[0]}, expected {cases.Count}\n");
        if (msg.Length == 0) return (null, failing);
        if (isolate && failing.Count > 0) msg.Append("the first failing case alone:\n").Append(IrWriter.Write([cases[failing[0]]]));
        return (msg.ToString(), failing);
    }

    static string Isolate(IReadOnlyList<OpCase> cases, bool isolate, string why, string ir)
    {
        if (!isolate || cases.Count == 1) return $"{why}\n{string.Join("\n", cases)}\n{(cases.Count == 1 ? ir : "")}";
        foreach (var c in cases)
            if (Check([c], isolate: false) is { } m) return $"{why}\nfirst failing case alone: {m}\n{IrWriter.Write([c])}";
        return $"{why} (no case fails alone)\n{ir}";
    }
}
