using System.Text;
using System.Text.Json;
using ZiskLlc.Emulator;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Codegen.Tests;

/// <summary>Issue 7 §5: the whole integer corpus through the direct route gives exactly the expected
/// results (output word 0, stdout, end state; the other 63 words zero), with the allocation checker
/// on and every ROM validated.</summary>
public class CorpusDirectRouteTests
{
    public static TheoryData<string> Programs() => new(TestPaths.CorpusNames());

    [Theory]
    [MemberData(nameof(Programs))]
    public void CompileThenRunGivesTheExpectedResult(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("corpus", "expected", name + ".json"))).RootElement;
        var program = DirectHarness.Compile(TestPaths.CorpusIr(name));
        var r = DirectHarness.Run(program);
        Assert.True(r.End == RunEnd.Ok, $"{name} ended {r.End}: {r.Message}");
        Assert.Equal("ok", expected.GetProperty("ends").GetString());
        Assert.Equal(expected.GetProperty("output0").GetUInt32(), r.Outputs[0]);
        Assert.Equal(expected.GetProperty("stdout").GetString(), Encoding.UTF8.GetString(r.Stdout));
        Assert.All(r.Outputs.Skip(1), w => Assert.Equal(0u, w));
    }
}
