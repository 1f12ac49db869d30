using System.Text.RegularExpressions;
using ZiskLlc.Llvm;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Llvm.Tests;

/// <summary>
/// Every corpus program's whole-program IR (build/corpus, from ../shared/corpus/build.sh) loads as
/// .bc and as .ll, verifies, runs the lowering pipeline and leaves nothing the backend rejects; its
/// shape matches the corpus README's table; its separately built modules (tu/*.bc) link.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Names() => new(TestPaths.CorpusNames());

    /// <summary>The undefined symbols guest ABI v1 allows (corpus README, build step 3).</summary>
    static readonly HashSet<string> AbiSymbols =
        ["zisk_putchar", "zisk_exit", "zisk_set_output", "zisk_input", "zisk_keccakf", "zisk_sha256f", "memcpy", "memmove", "memset", "memcmp", "bcmp"];

    sealed record Row(int Functions, int Insns, int Selects, string Intrinsics, string External);

    static readonly Lazy<Dictionary<string, Row>> Table = new(() =>
    {
        var rows = new Dictionary<string, Row>();
        foreach (var line in File.ReadLines(TestPaths.SharedFile("corpus", "README.md")))
        {
            var c = line.Split('|').Select(x => x.Trim()).ToArray();
            if (c.Length < 10 || !Regex.IsMatch(c[2], @"^\d+$")) continue;
            rows[c[1]] = new Row(int.Parse(c[2]), int.Parse(c[3]), int.Parse(c[4]), c[6], c[7]);
        }
        return rows;
    });

    [Theory, MemberData(nameof(Names))]
    public void WholeProgramMatchesTheCorpusTable(string name)
    {
        using var s = IrReader.Read([TestPaths.CorpusIr(name, "bc")]);
        var r = IrSurvey.Survey(s.Module);
        var row = Table.Value[name];
        Assert.Equal(row.Functions, r.Functions.Count);
        // The README's "insns" was counted from the .ll text, where each switch case is a line of its own.
        int caseLines = s.Module.Functions.SelectMany(f => f.Instructions).Where(i => i.Opcode == IrOpcode.Switch).Sum(i => i.SwitchCases.Count);
        Assert.Equal(row.Insns, r.InstructionHistogram.Values.Sum() + caseLines);
        Assert.Equal(row.Selects, r.InstructionHistogram.GetValueOrDefault("select"));
        var intrinsics = r.IntrinsicHistogram.Keys.Where(k => !k.StartsWith("llvm.lifetime.", StringComparison.Ordinal))
            .Select(k => k["llvm.".Length..]).Order(StringComparer.Ordinal);
        Assert.Equal(row.Intrinsics == "–" ? "" : row.Intrinsics, string.Join(' ', intrinsics));
        Assert.Equal(row.External == "–" ? "" : row.External, string.Join(' ', r.UndefinedSymbols));
    }

    [Theory, MemberData(nameof(Names))]
    public void BitcodeAndTextLowerToTheSameProgramWithNothingUnsupported(string name)
    {
        IrSurveyResult Lowered(string ext)
        {
            using var s = IrReader.ReadAndLower([TestPaths.CorpusIr(name, ext)]);
            Assert.Empty(s.Diagnostics);
            Assert.NotNull(s.Module.FindFunction("main"));
            return IrSurvey.Survey(s.Module);
        }
        var bc = Lowered("bc");
        var ll = Lowered("ll");
        Assert.Empty(bc.Unsupported);
        Assert.All(bc.UndefinedSymbols, u => Assert.Contains(u, AbiSymbols));
        Assert.Equal(bc.Functions, ll.Functions);
        Assert.Equal(bc.InstructionHistogram, ll.InstructionHistogram);
        Assert.Equal(bc.IntrinsicHistogram, ll.IntrinsicHistogram);
        Assert.Equal(bc.UndefinedSymbols, ll.UndefinedSymbols);
    }

    [Theory, MemberData(nameof(Names))]
    public void SeparatelyBuiltModulesLink(string name)
    {
        var whole = TestPaths.CorpusIr(name, "bc");
        var tus = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(whole)!, "tu"), "*.bc").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(tus);
        using var linked = IrReader.ReadAndLower(tus);
        using var reference = IrReader.Read([whole]);
        var defined = reference.Module.Functions.Where(f => !f.IsDeclaration).Select(f => f.Name).ToHashSet();
        var linkedDefined = linked.Module.Functions.Where(f => !f.IsDeclaration).Select(f => f.Name).ToList();
        Assert.NotEmpty(linkedDefined);
        Assert.All(linkedDefined, f => Assert.Contains(f, defined));
        Assert.Empty(IrSurvey.Survey(linked.Module).Unsupported);
    }

    [Fact]
    public void SwitchCasesOfTheCorpusAreReadable()
    {
        using var s = IrReader.ReadAndLower([TestPaths.CorpusIr("statemate", "bc")]);
        var switches = s.Module.Functions.SelectMany(f => f.Instructions).Where(i => i.Opcode == IrOpcode.Switch).ToList();
        Assert.Equal(13, switches.Count);
        foreach (var sw in switches)
        {
            var cases = sw.SwitchCases;
            Assert.Equal(sw.Successors.Count - 1, cases.Count);
            Assert.Equal(cases.Count, cases.Select(c => c.Value).Distinct().Count()); // case values are unique
        }
    }

    // The corpus globals are compared byte for byte with llc-22's object files in CorpusGlobalLayoutTests.
}
