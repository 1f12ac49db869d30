using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Emulator.Tests;

/// <summary>Builds small programs as instructions and runs them (test helper).</summary>
internal static class Asm
{
    public const SourceKind C = SourceKind.LastC, M = SourceKind.Mem, Im = SourceKind.Imm, R = SourceKind.Reg, Ind = SourceKind.Ind, Stp = SourceKind.Step;
    public const ulong Out = MemoryMap.OutputAddr;

    /// <summary>One instruction; by default it continues at pc + 4 whatever the flag.</summary>
    public static Instruction I(Opcode op, SourceKind aS = SourceKind.Imm, ulong a = 0, SourceKind bS = SourceKind.Imm, ulong b = 0,
        StoreKind st = StoreKind.None, long so = 0, byte w = 0, long j1 = 4, long j2 = 4, bool end = false,
        bool storePc = false, bool setPc = false, ulong pc = 0) =>
        new()
        {
            Paddr = pc, Op = op, ASrc = aS, A = a, BSrc = bS, B = b, Store = st, StoreOffset = so, IndWidth = w,
            JmpOffset1 = j1, JmpOffset2 = j2, End = end, StorePc = storePc, SetPc = setPc,
        };

    /// <summary>copyb of b to the 8-byte word at OUTPUT_ADDR + 8k.</summary>
    public static Instruction OutWord(int k, SourceKind bS, ulong b = 0, byte w = 0) =>
        I(Opcode.CopyB, Im, 0, bS, b, StoreKind.Mem, (long)(Out + 8UL * (uint)k), w);

    /// <summary>Places the instructions at 0x1000, 0x1004, … (those with Paddr 0) and marks the last
    /// one `end`.</summary>
    public static List<Instruction> Seq(params Instruction[] body)
    {
        var list = new List<Instruction>();
        for (int k = 0; k < body.Length; k++)
        {
            var i = body[k].Paddr == 0 ? body[k] with { Paddr = MemoryMap.RomEntry + 4UL * (uint)k } : body[k];
            if (k == body.Length - 1) i = i with { End = true };
            list.Add(i);
        }
        return list;
    }

    public static RunResult Run(IEnumerable<Instruction> code, bool stats = true, byte[]? input = null, ulong maxSteps = 1_000_000,
        IEnumerable<MemorySegment>? segments = null, IReadOnlyDictionary<ulong, FcallFunction>? fcalls = null) =>
        ZiskEmulator.Run(new ZiskProgram(code, segments), new EmulatorOptions
        {
            Statistics = stats, Input = input ?? [], MaxSteps = maxSteps,
            FcallFunctions = fcalls ?? new Dictionary<ulong, FcallFunction>(),
        });

    public static RunResult RunSeq(params Instruction[] body) => Run(Seq(body));

    /// <summary>Output word k as 64 bits (words 2k, 2k+1).</summary>
    public static ulong Out64(this RunResult r, int k) => r.Outputs[2 * k] | (ulong)r.Outputs[2 * k + 1] << 32;

    /// <summary>Asserts a normal end.</summary>
    public static RunResult Ok(this RunResult r)
    {
        Assert.True(r.EndedOk, $"run ended {r.End}: {r.Message}");
        return r;
    }

    /// <summary>The constant part of every total: BASE + 68 per step.</summary>
    public static ulong BaseAndMain(ulong steps) => 293_601_280UL + 68 * steps;
}
