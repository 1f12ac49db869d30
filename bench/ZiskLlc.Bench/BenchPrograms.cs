using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Bench;

/// <summary>
/// Long-running programs built directly as instructions, for measuring emulator throughput: a
/// counted loop mixing ALU ops, memory loads/stores and a conditional branch, the shape of compiled
/// integer code. Each iteration is 10 steps.
/// </summary>
public static class BenchPrograms
{
    const ulong Prog = MemoryMap.RomAddr;
    const ulong Buf = 0xA0100000;
    public const int StepsPerIteration = 10;

    static Instruction I(ulong pc, Opcode op, SourceKind aS = SourceKind.Imm, ulong a = 0, SourceKind bS = SourceKind.Imm, ulong b = 0,
        StoreKind st = StoreKind.None, long so = 0, byte w = 0, long j1 = 4, long j2 = 4, bool end = false) =>
        new() { Paddr = pc, Op = op, ASrc = aS, A = a, BSrc = bS, B = b, Store = st, StoreOffset = so, IndWidth = w, JmpOffset1 = j1, JmpOffset2 = j2, End = end };

    /// <summary>The loop program: BIOS jumps to the loop, the loop runs <paramref name="iterations"/>
    /// times, then jumps back to the `end` instruction at 0x1004. Steps = 3 + 10·iterations + 1.</summary>
    public static ZiskProgram Loop(ulong iterations)
    {
        var R = SourceKind.Reg; var M = SourceKind.Mem; var C = SourceKind.LastC;
        ulong p = Prog;
        var list = new List<Instruction>
        {
            // BIOS: 0x1000 jumps to the program; 0x1004 is the end.
            I(0x1000, Opcode.Flag, j1: (long)(Prog - 0x1000)),
            I(0x1004, Opcode.Flag, j1: 0, j2: 0, end: true),
            // p+0: x1 = iterations; p+4: x2 = 0
            I(p + 0, Opcode.CopyB, b: iterations, st: StoreKind.Reg, so: 1),
            I(p + 4, Opcode.CopyB, b: 0, st: StoreKind.Reg, so: 2),
            // loop (p+8 .. p+44): 10 steps
            I(p + 8, Opcode.Add, R, 2, R, 1, StoreKind.Reg, 2),                      // x2 += x1
            I(p + 12, Opcode.Xor, R, 2, SourceKind.Imm, 0x5555, StoreKind.Reg, 3),   // x3 = x2 ^ 0x5555
            I(p + 16, Opcode.CopyB, SourceKind.Imm, 0, R, 3, StoreKind.Mem, (long)Buf), // mem[Buf] = x3
            I(p + 20, Opcode.CopyB, SourceKind.Imm, Buf, SourceKind.Ind, 0, StoreKind.Reg, 4, w: 8), // x4 = [Buf]
            I(p + 24, Opcode.Mul, R, 4, R, 1, StoreKind.Reg, 5),                      // x5 = x4 * x1
            I(p + 28, Opcode.Sll, R, 5, SourceKind.Imm, 3, StoreKind.Reg, 6),         // x6 = x5 << 3
            I(p + 32, Opcode.And, R, 6, SourceKind.Imm, 0xff, StoreKind.None),        // c = x6 & 0xff
            I(p + 36, Opcode.CopyB, SourceKind.Imm, Buf + 9, C, 0, StoreKind.Ind, 0, w: 1), // byte store [Buf+9] = c
            I(p + 40, Opcode.Sub, R, 1, SourceKind.Imm, 1, StoreKind.Reg, 1),         // x1 -= 1
            I(p + 44, Opcode.Eq, R, 1, SourceKind.Imm, 0, j1: 4, j2: -36),            // x1 == 0 ? exit : loop
            // exit: read the sum back through memory and jump to the end.
            I(p + 48, Opcode.Flag, M, Buf, SourceKind.Imm, 0, j1: (long)(0x1004 - (p + 48))),
        };
        return new ZiskProgram(list, origin: "bench loop");
    }

    /// <summary>Exact step count of <see cref="Loop"/>: 0x1000, two set-up steps, the loop, the exit
    /// jump and the end.</summary>
    public static ulong LoopSteps(ulong iterations) => 1 + 2 + StepsPerIteration * iterations + 1 + 1;
}
