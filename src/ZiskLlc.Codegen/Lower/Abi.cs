using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Lower;

/// <summary>
/// The direct route's calling convention and fixed memory (the program is whole, so this need not
/// be RISC-V's): argument part i in x(10+i) for i &lt; 8, then 8-byte words of a fixed argument
/// area; result parts likewise from x10 and a fixed result area; the return address in x1; every
/// register is clobbered by a call (a value live across a call lives in the caller's memory slots,
/// which any instruction reads and writes in the same step, spec §9.4). The areas are safe to share
/// because a callee moves its arguments out at entry and a caller its results right after the call.
/// RAM between the public outputs (0xA0010000 + 64 KiB, §4.1) and the nominal data start
/// 0xA0030000 holds these areas, the software stack pointer and scratch words.
/// </summary>
public sealed class Abi
{
    public const ulong Area = MemoryMap.OutputAddr + MemoryMap.OutputMaxSize; // 0xA0020000
    /// <summary>The software stack pointer (a word: only re-entrant frames and dynamic allocas use it).</summary>
    public ulong SpAddr => Area;
    /// <summary>Scratch words for breaking parallel-move cycles.</summary>
    public ulong ScratchAddr => Area + 0x10;
    /// <summary>Two words: the [state, block] pointer pair of the sha256 precompile (§3.3).</summary>
    public ulong Sha256Params => Area + 0x40;
    public ulong ArgArea => Area + 0x100;
    public ulong RetArea => Area + 0x900;
    public const int RegParts = 8;
    public const int MaxMemParts = 256;
    public const int RaReg = 1;
    /// <summary>Top of the software stack (grows down; below the soft-float library's RAM, §5.6).</summary>
    public const ulong StackTop = MemoryMap.FloatLibRamAddr - 16;
    /// <summary>Where program data starts (after this area).</summary>
    public const ulong DataStart = MemoryMap.AvailableMemAddr;
    /// <summary>Where read-only data goes: far above any code (at most 2^22 instructions of 4 bytes, §6.3).</summary>
    public const ulong RoDataStart = MemoryMap.RomAddr + 0x01000000;

    public Operand ArgLoc(int i) => Loc(i, ArgArea, "argument parts in one call");

    public Operand RetLoc(int i) => Loc(i, RetArea, "result parts");

    /// <summary>Part i: x(10+i) for the first <see cref="RegParts"/>, then 8-byte words of the area.</summary>
    static Operand Loc(int i, ulong area, string what) => i < RegParts ? Operand.R(10 + i)
        : i - RegParts < MaxMemParts ? Operand.M(area + 8UL * (ulong)(i - RegParts))
        : throw new UnsupportedException($"more than {RegParts + MaxMemParts} {what}");
}
