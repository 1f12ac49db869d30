using System.Text;
using System.Text.Json;
using ZiskLlc.Emulator;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Toolchain.Tests;

/// <summary>Issue 4 item 6: every corpus program through build-elf then run gives its expected result
/// (../shared/corpus/expected: output word 0, stdout, how it ends).</summary>
public class CorpusClassicRouteTests
{
    public static TheoryData<string> Programs() => new(TestPaths.CorpusNames());

    [Theory]
    [MemberData(nameof(Programs))]
    public void BuildElfThenRunGivesTheExpectedResult(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("corpus", "expected", name + ".json"))).RootElement;
        using var dir = new GuestHarness.TempDir();
        var r = GuestHarness.BuildAndRun(dir, TestPaths.CorpusIr(name));
        Assert.True(r.End == RunEnd.Ok, $"{name} ended {r.End}: {r.Message}");
        Assert.Equal("ok", expected.GetProperty("ends").GetString());
        Assert.Equal(expected.GetProperty("output0").GetUInt32(), r.Outputs[0]);
        Assert.Equal(expected.GetProperty("stdout").GetString(), Encoding.UTF8.GetString(r.Stdout));
        Assert.All(r.Outputs.Skip(1), w => Assert.Equal(0u, w));
    }
}
