using System.Text;
using System.Text.Json;
using ZiskLlc.Rom;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Emulator.Tests;

/// <summary>
/// The ROM-level vectors of ../shared/zisk-rom-micro (README there): small ROMs in our assembly
/// exercising the instruction forms a direct compiler uses, with the figures the real ziskemu
/// v0.18.0 reported. A run that ends must agree on every figure (steps, every cost line, FROPS,
/// the 64 output words, the UART bytes, the end state); a ziskemu panic must be a clean fault with
/// ziskemu's panic text, no figures, at the step the program reaches the bad access.
/// </summary>
public class RomMicroTests
{
    /// <summary>The step of each panic, counted from its .zasm: step 0 is the entry jump at 0x1000,
    /// step k ≥ 1 the k-th instruction from `main:` at 0x1008 (so the faulting pc is 0x1008 + 4(k − 1)).</summary>
    static readonly Dictionary<string, ulong> PanicSteps = new()
    {
        ["panic_prec_align"] = 2, ["panic_dma_ro"] = 2, ["panic_store_above_ram"] = 2, ["panic_dma_dst_above_ram"] = 2,
        ["panic_dma_src_above_ram"] = 2, ["panic_store_4g"] = 2, ["panic_store_unmapped"] = 3,
    };

    static bool IsPanic(string name) => Measured(name).TryGetProperty("panic", out _);

    public static TheoryData<string> Vectors()
    {
        var d = new TheoryData<string>();
        foreach (var n in TestPaths.RomMicroNames()) d.Add(n);
        return d;
    }

    public static TheoryData<string> EndingVectors()
    {
        var d = new TheoryData<string>();
        foreach (var n in TestPaths.RomMicroNames().Where(n => !IsPanic(n))) d.Add(n);
        return d;
    }

    public static TheoryData<string> PanicVectors()
    {
        var d = new TheoryData<string>();
        foreach (var n in TestPaths.RomMicroNames().Where(IsPanic)) d.Add(n);
        return d;
    }

    static JsonElement Measured(string name) =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("zisk-rom-micro", name + ".json"))).RootElement;

    static RunResult RunVector(string name, bool stats = true)
    {
        var zasm = TestPaths.SharedFile("zisk-rom-micro", name + ".zasm");
        var program = ProgramAssembler.Parse(File.ReadAllText(zasm), zasm);
        var input = Path.Combine(TestPaths.Shared, "zisk-rom-micro", name + ".input.bin");
        return ZiskEmulator.Run(program, new EmulatorOptions
        {
            Statistics = stats,
            Input = File.Exists(input) ? EmulatorInput.FromFile(input) : [],
        });
    }

    [Fact]
    public void All_27_vectors_are_present()
    {
        // The README's table: 20 runs that end (one with halt) and 7 panics.
        var names = TestPaths.RomMicroNames();
        Assert.Equal(27, names.Count);
        Assert.Equal(PanicSteps.Keys.Order(StringComparer.Ordinal), names.Where(IsPanic));
    }

    [Theory]
    [MemberData(nameof(EndingVectors))]
    public void Figures_match_ziskemu(string name)
    {
        var m = Measured(name);
        var r = RunVector(name);
        // ended "error" with rc 0 is a halt: ziskemu still reports every figure.
        Assert.True((m.GetProperty("ended").GetString() == "ok" ? RunEnd.Ok : RunEnd.Halted) == r.End, $"{name}: ended {r.End}: {r.Message}");
        var c = r.Costs!;
        var got = new Dictionary<string, ulong>
        {
            ["steps"] = r.Steps, ["total_cost"] = c.TotalCost, ["base_cost"] = c.BaseCost, ["main_cost"] = c.MainCost,
            ["opcodes_cost"] = c.OpcodesCost, ["precompiled_cost"] = c.PrecompiledCost, ["memory_cost"] = c.MemoryCost,
            ["frops"] = c.FropsCost,
        };
        foreach (var (key, value) in got)
            Assert.True(m.GetProperty(key).GetUInt64() == value, $"{name}: {key} expected {m.GetProperty(key)} got {value}");
        Assert.Equal(c.Steps, r.Steps);
        Assert.Equal(m.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()).ToArray(), r.Outputs);
        Assert.Equal(m.GetProperty("stdout").GetString(), Encoding.Latin1.GetString(r.Stdout));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Fast_mode_runs_the_same_steps(string name)
    {
        var m = Measured(name);
        var r = RunVector(name, stats: false);
        if (m.TryGetProperty("panic", out _)) { Assert.Equal(RunEnd.Fault, r.End); return; }
        Assert.Equal(m.GetProperty("steps").GetUInt64(), r.Steps);
        Assert.Equal(m.GetProperty("outputs").EnumerateArray().Select(x => x.GetUInt32()).ToArray(), r.Outputs);
    }

    [Theory]
    [MemberData(nameof(PanicVectors))]
    public void Panics_are_clean_faults_at_the_same_step(string name)
    {
        var m = Measured(name);
        ulong step = PanicSteps[name];
        var r = RunVector(name);
        Assert.True(r.End == RunEnd.Fault, $"{name}: ended {r.End} ({r.Message})");
        Assert.Equal(step, r.Steps);
        Assert.Equal(0x1008 + 4 * (step - 1), r.FinalPc);
        Assert.Null(r.Costs);
        Assert.StartsWith($"pc 0x{r.FinalPc:x} (", r.Message);
        Assert.EndsWith($"at step {step}: {m.GetProperty("message").GetString()}", r.Message);
    }
}
