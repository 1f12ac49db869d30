using System.Text;
using ZiskLlc.Codegen.Emit;
using ZiskLlc.Llvm;
using ZiskLlc.Rom;
using ZiskLlc.TestSupport;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Codegen.Tests;

/// <summary>
/// Issue 7 §5: golden filetests per pass. Each filetests/NAME.ll (one instruction or intrinsic group)
/// has its machine IR after <c>lower</c> (NAME.lower.expected) and after <c>regalloc</c>
/// (NAME.regalloc.expected), its final ZisK assembly (`-S`, NAME.s.expected) and its run on the
/// emulator (NAME.run.expected: steps, end, non-zero output words, stdout) stored beside it, so that
/// a change of code or a step regression shows up in review. Any difference fails with a unified
/// diff; ZISK_LLC_BLESS=1 rewrites the expectations instead. They compile with the backend alone
/// (`--ir-pipeline none`): the golden text is about the backend, and the IR passes would fold the
/// small programs away.
/// </summary>
public class FileTests
{
    static string Dir => Path.Combine(TestPaths.RepoRoot, "tests", "ZiskLlc.Codegen.Tests", "filetests");
    static bool Bless => Environment.GetEnvironmentVariable("ZISK_LLC_BLESS") == "1";

    static string[] Files() => [.. Directory.GetFiles(Dir, "*.ll").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Names() => [.. Files()];

    [Fact]
    public void Every_group_has_a_filetest()
    {
        string[] groups = ["arith", "cmp_branch", "select", "i128", "memory_gep", "calls_varargs", "switch", "intrinsics", "globals"];
        Assert.Empty(groups.Except(Files()));
    }

    [Fact]
    public void The_diff_shows_changed_lines_with_context()
    {
        var d = LineDiff.Unified("a\nb\nc\nd\ne\nf\ng\nh\ni\n", "a\nb\nc\nd\nE\nf\ng\nh\ni\n");
        Assert.Equal("@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n", d);
        Assert.Equal("", LineDiff.Unified("x\n", "x\n"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_its_expectations(string name)
    {
        var ll = Path.Combine(Dir, name + ".ll");
        var actual = new List<(string Suffix, string Text)>();
        foreach (var pass in Compiler.Passes)
            actual.Add((pass, DirectRoute.Compile([ll], new CompileOptions { PrintAfter = pass, CheckAllocation = true }, ZiskPipeline.None).Printed));
        var r = DirectRoute.Compile([ll], new CompileOptions { CheckAllocation = true }, ZiskPipeline.None);
        actual.Add(("s", AssemblyText.Write(r)));
        var errors = RomValidator.Validate(r.Program).Where(v => v.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, "validator: " + string.Join("; ", errors.Take(5)));
        var run = DirectHarness.Run(r.Program);
        var sb = new StringBuilder();
        sb.Append($"steps: {run.Steps}\nend: {run.End}{(run.Message is null ? "" : " " + run.Message)}\n");
        for (int k = 0; k < run.Outputs.Length; k++)
            if (run.Outputs[k] != 0) sb.Append($"output[{k}]: 0x{run.Outputs[k]:x8}\n");
        if (run.Stdout.Length > 0) sb.Append("stdout: ").Append(Encoding.Latin1.GetString(run.Stdout).Replace("\n", "\\n")).Append('\n');
        actual.Add(("run", sb.ToString()));

        var failures = new StringBuilder();
        foreach (var (suffix, text) in actual)
        {
            var path = Path.Combine(Dir, $"{name}.{suffix}.expected");
            if (Bless) { File.WriteAllText(path, text); continue; }
            var want = File.Exists(path) ? File.ReadAllText(path) : "";
            if (want != text)
                failures.Append($"--- {Path.GetFileName(path)}{(File.Exists(path) ? "" : " (missing)")}\n+++ actual\n").Append(LineDiff.Unified(want, text));
        }
        Assert.True(failures.Length == 0, $"filetest {name} differs from its expectations (ZISK_LLC_BLESS=1 rewrites them):\n{failures}");
    }
}

/// <summary>A line diff (longest common subsequence) printed as unified-diff hunks with 3 lines of context.</summary>
public static class LineDiff
{
    public static string Unified(string a, string b, int context = 3)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        int n = x.Length, m = y.Length;
        var l = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                l[i, j] = x[i] == y[j] ? l[i + 1, j + 1] + 1 : Math.Max(l[i + 1, j], l[i, j + 1]);
        // The edit script: (' ', line), ('-', line), ('+', line) with positions in a and b.
        var ops = new List<(char K, string Line, int Ia, int Ib)>();
        int p = 0, q = 0;
        while (p < n || q < m)
        {
            if (p < n && q < m && x[p] == y[q]) { ops.Add((' ', x[p], p, q)); p++; q++; }
            else if (p < n && (q == m || l[p + 1, q] >= l[p, q + 1])) { ops.Add(('-', x[p], p, q)); p++; }
            else { ops.Add(('+', y[q], p, q)); q++; }
        }
        var sb = new StringBuilder();
        int k = 0;
        while (k < ops.Count)
        {
            if (ops[k].K == ' ') { k++; continue; }
            int start = Math.Max(0, k - context), end = k;
            // Extend the hunk while changes are at most 2·context lines apart.
            while (true)
            {
                int e = end;
                while (e < ops.Count && ops[e].K != ' ') e++;
                int next = e;
                while (next < ops.Count && ops[next].K == ' ' && next - e < 2 * context) next++;
                if (next < ops.Count && ops[next].K != ' ') { end = next; continue; }
                end = Math.Min(ops.Count, e + context);
                break;
            }
            int na = ops.Skip(start).Take(end - start).Count(o => o.K != '+'), nb = ops.Skip(start).Take(end - start).Count(o => o.K != '-');
            sb.Append($"@@ -{ops[start].Ia + 1},{na} +{ops[start].Ib + 1},{nb} @@\n");
            for (int t = start; t < end; t++) sb.Append(ops[t].K).Append(ops[t].Line).Append('\n');
            k = end;
        }
        return sb.ToString();
    }
}
