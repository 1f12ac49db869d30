using ZiskLlc.Isa;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The fcall family (spec §3.5): parameters, the result cursor through the free-input
/// slot, id 23, and the conditions on which ziskemu panics.</summary>
public class FcallTests
{
    static readonly ulong Slot = MemoryMap.InputAddr;

    /// <summary>Host function 7: returns [count, sum of params, params…].</summary>
    static readonly Dictionary<ulong, FcallFunction> Host = new()
    {
        [7] = (p, n, res) =>
        {
            ulong sum = 0;
            for (int k = 0; k < n; k++) { sum += p[k]; res[2 + k] = p[k]; }
            res[0] = (ulong)n; res[1] = sum;
            return n + 2;
        },
        [8] = (p, n, res) => -1,
    };

    static Instruction Get(int outWord) => I(Opcode.FcallGet, Im, 0, M, Slot, StoreKind.Mem, (long)(Out + 8UL * (uint)outWord));

    [Fact]
    public void Params_by_value_and_by_pointer_then_results_through_the_cursor()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 100, StoreKind.Mem, 0xA000_2000),
            I(Opcode.CopyB, Im, 0, Im, 200, StoreKind.Mem, 0xA000_2008),
            I(Opcode.FcallParam, Im, 1, Im, 5, StoreKind.Mem, (long)Out + 48),   // c = b
            I(Opcode.FcallParam, Im, 2, Im, 0xA000_2000),                       // two words from memory
            I(Opcode.Fcall, Im, 7, Im, 0),
            OutWord(7, M, Slot),                                                // plain read of the slot = free_input (not advancing)
            Get(0), Get(1), Get(2), Get(3), Get(4),                             // 3, 305, 5, 100, 200
            OutWord(5, M, Slot),                                                // after the last: 0
            I(Opcode.Flag)), fcalls: Host).Ok();
        Assert.Equal([3UL, 305, 5, 100, 200, 0, 5, 3], Enumerable.Range(0, 8).Select(k => r.Out64(k)).ToArray());
    }

    [Fact]
    public void Fcall_get_past_the_end_faults()
    {
        var r = Run(Seq(I(Opcode.FcallParam, Im, 1, Im, 1), I(Opcode.Fcall, Im, 7), Get(0), Get(0), Get(0), Get(0), I(Opcode.Flag)), fcalls: Host);
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Equal(5UL, r.Steps); // 3 results read (n = 1: count, sum, p0), the 4th get faults
        Assert.Contains("past the end", r.Message);
    }

    [Fact]
    public void Fcall_get_without_a_result_faults()
    {
        var r = Run(Seq(Get(0), I(Opcode.Flag)));
        Assert.Contains("result_size == 0", r.Message);
    }

    [Fact]
    public void Unknown_and_failing_functions_fault_naming_the_id()
    {
        Assert.Contains("id 99", Run(Seq(I(Opcode.Fcall, Im, 99), I(Opcode.Flag)), fcalls: Host).Message);
        Assert.Contains("function 8", Run(Seq(I(Opcode.Fcall, Im, 8), I(Opcode.Flag)), fcalls: Host).Message);
    }

    [Fact]
    public void Parameter_overflow_faults()
    {
        var ok = Run(Seq(I(Opcode.FcallParam, Im, 386, Im, 0xA000_0000), I(Opcode.Flag))).Ok();
        Assert.Equal(2UL, ok.Steps);
        var bad = Run(Seq(I(Opcode.FcallParam, Im, 386, Im, 0xA000_0000), I(Opcode.FcallParam, Im, 1, Im, 0), I(Opcode.Flag)));
        Assert.Equal(RunEnd.Fault, bad.End);
        Assert.Contains("overflow", bad.Message);
    }

    [Fact]
    public void Input_ready_checks_the_last_byte_against_the_input_length()
    {
        var input = new byte[16];
        Instruction Ready(ulong last) => I(Opcode.FcallParam, Im, 1, Im, last);
        var ok = Run(Seq(Ready(Slot + 8 + 15), I(Opcode.Fcall, Im, 23), OutWord(0, M, Slot), I(Opcode.Flag)), input: input).Ok();
        Assert.Equal(0UL, ok.Out64(0)); // n = 0: free_input = 0
        var beyond = Run(Seq(Ready(Slot + 8 + 16), I(Opcode.Fcall, Im, 23), I(Opcode.Flag)), input: input);
        Assert.Equal(RunEnd.Fault, beyond.End);
        Assert.Contains("17 input bytes", beyond.Message);
        var below = Run(Seq(Ready(0x1000), I(Opcode.Fcall, Im, 23), I(Opcode.Flag)), input: input);
        Assert.Contains("below the input region", below.Message);
    }

    [Fact]
    public void Fcall_get_counts_one_aligned_input_read_and_fcall_param_reads_are_free()
    {
        var r = Run(Seq(I(Opcode.FcallParam, Im, 2, Im, 0xA000_2000), I(Opcode.Fcall, Im, 7), Get(0), I(Opcode.Flag)), fcalls: Host).Ok();
        // fcall_get: read of 0x40000000 (16) + its 8-byte store to OUTPUT (18); fcall_param's memory reads: free.
        Assert.Equal(16UL + 18, r.Costs!.MemoryCost);
        Assert.Equal(BaseAndMain(4) + 34, r.Costs.TotalCost);
    }
}
