using ZiskLlc.Isa;

namespace ZiskLlc.Emulator;

/// <summary>
/// A host function reachable through the `fcall` opcode (spec §3.5): reads the parameter words
/// (the whole 386-word parameter buffer, of which the first <paramref name="count"/> were set by
/// this call's `fcall_param`s, exactly as ziskemu passes them), writes its result words and
/// returns how many it wrote (negative = failure, the run faults).
/// </summary>
public delegate int FcallFunction(ReadOnlySpan<ulong> parameters, int count, Span<ulong> result);

/// <summary>How to run a program.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The input bytes placed at 0x40000008 (length a multiple of 8, §5.7); see <see cref="EmulatorInput"/>.</summary>
    public byte[] Input { get; init; } = [];

    /// <summary>The step limit (ziskemu -n); reaching it ends the run with <see cref="RunEnd.StepLimit"/>.</summary>
    public ulong MaxSteps { get; init; } = MemoryMap.DefaultMaxSteps;

    /// <summary>Collect the cost statistics of spec §8 (slower); otherwise the fast mode.</summary>
    public bool Statistics { get; init; }

    /// <summary>With <see cref="Statistics"/>: also count steps and cost per instruction (for `run --profile`).</summary>
    public bool Profile { get; init; }

    /// <summary>Host functions by fcall id (§3.5). Id 23 (input ready) is built in and cannot be
    /// replaced; an id missing here faults when called.</summary>
    public IReadOnlyDictionary<ulong, FcallFunction> FcallFunctions { get; init; } = new Dictionary<ulong, FcallFunction>();
}

/// <summary>How a run ended.</summary>
public enum RunEnd
{
    /// <summary>The `end` instruction executed without a `halt` before it.</summary>
    Ok,
    /// <summary>A `halt` executed (ziskemu: "finished with error"); the run still reached `end`.</summary>
    Halted,
    /// <summary>The step limit was reached before `end` (ziskemu: EmulationNoCompleted).</summary>
    StepLimit,
    /// <summary>A bad memory access, misaligned precompile pointer, bad fcall … (ziskemu panics).</summary>
    Fault,
}

/// <summary>The outcome of a run.</summary>
public sealed class RunResult
{
    /// <summary>Executed steps, the `end` instruction included.</summary>
    public ulong Steps;
    /// <summary>How the run ended.</summary>
    public RunEnd End;
    /// <summary>For every end but <see cref="RunEnd.Ok"/>: what happened, naming pc and instruction.</summary>
    public string? Message;
    /// <summary>The 64 public output words at 0xA0010000 (§5.8).</summary>
    public uint[] Outputs = new uint[MemoryMap.OutputWords];
    /// <summary>Bytes the program wrote to the UART.</summary>
    public byte[] Stdout = [];
    /// <summary>The cost report: null in fast mode or after a fault.</summary>
    public CostReport? Costs;
    /// <summary>With <see cref="EmulatorOptions.Profile"/>: per executed instruction address, its steps and cost (68 per step + opcode + memory).</summary>
    public Dictionary<ulong, (ulong Steps, ulong Cost)>? Profile;
    /// <summary>The pc of the last fetched instruction (the faulting one after a fault).</summary>
    public ulong FinalPc;

    /// <summary>True when the run reached `end` without a halt.</summary>
    public bool EndedOk => End == RunEnd.Ok;
}
