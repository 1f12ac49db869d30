using ZiskLlc.Cli.Reporting;
using ZiskLlc.Emulator;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Codegen.Tests;

/// <summary>Issue 8 item 6: the per-instruction profile accounts for every step and every unit of
/// variable cost, and the report names the program's functions.</summary>
public class ProfileTests
{
    [Fact]
    public void ProfileAddsUpToTheRunsFiguresAndNamesFunctions()
    {
        var p = DirectHarness.Compile(TestPaths.CorpusIr("rvt-towers"));
        var r = ZiskEmulator.Run(p, new EmulatorOptions { Statistics = true, Profile = true });
        Assert.True(r.EndedOk, r.Message);
        Assert.NotNull(r.Profile);
        Assert.Equal(r.Steps, (ulong)r.Profile!.Values.Sum(v => (decimal)v.Steps));
        Assert.Equal(r.Costs!.TotalCost - r.Costs.BaseCost, (ulong)r.Profile.Values.Sum(v => (decimal)v.Cost));
        var text = ProfileReport.Text(p, r);
        Assert.Contains("towers", text);
        Assert.Contains("main", text);
        Assert.Contains("(boot: BIOS, init data, exit)", text);
    }
}
