using System.Text;
using System.Text.Json;
using ZiskLlc.Emulator;
using ZiskLlc.Isa;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Riscv.Tests;

/// <summary>
/// Exactness of the classic route against the real ziskemu v0.18.0: every measured ELF, transpiled
/// with ZisK's soft-float library as payload 0 (as ziskemu always loads it) and run with statistics,
/// reproduces the measured steps, every cost line, the output words, stdout and the end state.
/// </summary>
public class ExactnessTests
{
    static readonly string FloatLib = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf");

    public static TheoryData<string> Micro() => Names("zisk-micro");
    public static TheoryData<string> Corpus() => Names("corpus-elfs");

    static TheoryData<string> Names(string dir)
    {
        var d = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.SharedFile(dir), "*.json").Order(StringComparer.Ordinal))
            d.Add(Path.GetFileNameWithoutExtension(f));
        return d;
    }

    [Theory]
    [MemberData(nameof(Micro))]
    public void MicroVector(string name) => Check("zisk-micro", name);

    [Theory]
    [MemberData(nameof(Corpus))]
    public void CorpusElf(string name) => Check("corpus-elfs", name);

    static void Check(string dir, string name)
    {
        string elf = TestPaths.SharedFile(dir, name + ".elf");
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile(dir, name + ".json")));
        var j = json.RootElement;
        var options = new TranspileOptions { FloatLibPath = FloatLib };
        if (j.TryGetProperty("panic", out var panic) && panic.GetString()!.Contains("inst_size", StringComparison.Ordinal))
        {
            Assert.Throws<UserError>(() => ElfTranspiler.Transpile(elf, options)); // riscv2zisk panics while transpiling
            return;
        }
        var program = ElfTranspiler.Transpile(elf, options);
        string inputFile = Path.Combine(TestPaths.Shared, dir, name + ".input.bin");
        var run = ZiskEmulator.Run(program, new EmulatorOptions
        {
            Statistics = true,
            Input = File.Exists(inputFile) ? EmulatorInput.FromFile(inputFile) : [],
            MaxSteps = j.TryGetProperty("max_steps", out var ms) ? ms.GetUInt64() : MemoryMap.DefaultMaxSteps,
        });
        if (j.TryGetProperty("panic", out _))
        {
            Assert.True(run.End == RunEnd.Fault, $"{name}: expected a fault (ziskemu panics), got {run.End} after {run.Steps} steps");
            return;
        }
        var expectedEnd = j.GetProperty("ended").GetString() == "ok" ? RunEnd.Ok
            : j.TryGetProperty("max_steps", out _) ? RunEnd.StepLimit : RunEnd.Halted;
        Assert.True(expectedEnd == run.End, $"{name}: ended {run.End} ({run.Message}), expected {expectedEnd}");
        var c = run.Costs!;
        Assert.Equal(
            (j.GetProperty("steps").GetUInt64(), j.GetProperty("total_cost").GetUInt64(), j.GetProperty("base_cost").GetUInt64(),
             j.GetProperty("main_cost").GetUInt64(), j.GetProperty("opcodes_cost").GetUInt64(),
             j.GetProperty("precompiled_cost").GetUInt64(), j.GetProperty("memory_cost").GetUInt64()),
            (run.Steps, c.TotalCost, c.BaseCost, c.MainCost, c.OpcodesCost, c.PrecompiledCost, c.MemoryCost));
        Assert.Equal(j.GetProperty("stdout").GetString(), Encoding.UTF8.GetString(run.Stdout));
        var outputs = j.GetProperty("outputs").EnumerateArray().Select(e => e.GetUInt32()).ToArray();
        if (outputs.Length > 0) Assert.Equal(outputs, run.Outputs);
    }

    [Fact]
    public void GoHelloWorldWithSoftFloat()
    {
        var program = ElfTranspiler.Transpile(TestPaths.SharedFile("zisk-elfs", "go-program-hello-world.elf"), new() { FloatLibPath = FloatLib });
        var run = ZiskEmulator.Run(program, new EmulatorOptions { Statistics = true });
        Assert.True(run.End == RunEnd.Ok, run.Message);
        Assert.Equal("Hello World\n", Encoding.UTF8.GetString(run.Stdout));
        var c = run.Costs!;
        // ../shared/zisk-elfs/README.md, measured with ziskemu v0.18.0
        Assert.Equal((2_011_773UL, 476_864_282UL, 293_601_280UL, 136_800_564UL, 20_129_486UL, 0UL, 26_332_952UL),
            (run.Steps, c.TotalCost, c.BaseCost, c.MainCost, c.OpcodesCost, c.PrecompiledCost, c.MemoryCost));
        Assert.Equal(0u, run.Outputs[0]);
    }

    [Fact]
    public void OldMemoryMapElfFailsCleanly()
    {
        // my.elf reads its input at 0x90000000 (pre-v0.18 map): ziskemu panics; we transpile it and fault cleanly
        var program = ElfTranspiler.Transpile(TestPaths.SharedFile("zisk-elfs", "my.elf"), new() { FloatLibPath = FloatLib });
        var run = ZiskEmulator.Run(program, new EmulatorOptions { Input = EmulatorInput.FromFile(TestPaths.SharedFile("zisk-elfs", "input.bin")) });
        Assert.Equal(RunEnd.Fault, run.End);
        Assert.Contains("90000000", run.Message, StringComparison.OrdinalIgnoreCase);
    }
}
