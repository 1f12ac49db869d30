using ZiskLlc.Isa;
using static ZiskLlc.Rom.Boot.Z;

namespace ZiskLlc.Rom.Boot;

/// <summary>
/// The code riscv2zisk puts around a program (spec §5.3–§5.5, riscv2zisk_context.rs
/// `add_end_and_lib`, `add_zisk_init_data`, `add_entry_exit_jmp`): the prologue at 0x1000 (jump over
/// END, the END instruction at 0x1004, the float trampoline 0x1008–0x110C), the init-data stores from
/// 0x1110 on (one 8-byte store per 8 bytes of data), and the entry/exit block at E = 0x1110 + 4N
/// (marchid, mtvec, a0/a1, call, output publishing loop, trap handler). Field values are exactly
/// riscv2zisk's, including the ones with no effect (e.g. j(0,4) on plain copyb steps).
/// </summary>
public sealed class Bios
{
    readonly List<Instruction> _insts = [];

    /// <summary>Address of the next init-data / entry instruction (riscv2zisk `next_init_inst_addr`).</summary>
    public ulong Next { get; private set; } = MemoryMap.RomEntry;

    /// <summary>Every instruction emitted so far.</summary>
    public IReadOnlyList<Instruction> Instructions => _insts;

    /// <summary>Number of init-data instructions emitted (N of §5.3).</summary>
    public int InitDataCount { get; private set; }

    /// <summary>The prologue at 0x1000–0x110C (§5.3 first rows).</summary>
    public Bios()
    {
        Add(Make(Next, Opcode.CopyB, I0, I0, None, 4 * 68, 4 * 68));                 // 0x1000: skip END + trampoline
        Add(Make(Next, Opcode.CopyB, I0, I0, None, 0, 0, end: true));               // 0x1004: ROM_EXIT
        for (int r = 1; r < 32; r++)                                                // 0x1008: save x1..x31
            Add(Make(Next, Opcode.CopyB, I0, R(r), ToM(MemoryMap.FregX0 + 8UL * (uint)r), 4, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.FloatLibSp), ToR(2), 4, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.FloatHandlerReturnAddr), ToR(1), 4, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.FloatLibRomAddr), None, 0, 4, setPc: true));
        for (int r = 1; r < 32; r++)                                                // 0x1090: restore x1..x31
            Add(Make(Next, Opcode.CopyB, I0, M(MemoryMap.FregX0 + 8UL * (uint)r), ToR(r), 4, 4));
        Add(Make(Next, Opcode.CopyB, I0, M(MemoryMap.FregRa), None, 0, 4, setPc: true));
    }

    void Add(Instruction z)
    {
        _insts.Add(z);
        Next += 4;
        if (Next > MemoryMap.MaxZiskOsRomAddr)
            throw new UserError($"the boot code (init data) exceeds the BIOS area: next address 0x{Next:x} > 0x{MemoryMap.MaxZiskOsRomAddr:x}; the program has too much data");
    }

    /// <summary>
    /// Init-data stores for one section (§5.4, force_aligned): one copyb(I(addr), I(value)) → [a]8
    /// per 8 bytes; a final partial chunk is still an 8-byte store with zero high bytes (QUIRK).
    /// </summary>
    public void InitData(ulong address, ReadOnlySpan<byte> data)
    {
        for (int k = 0; k < data.Length; k += 8)
        {
            ulong v = 0;
            int n = Math.Min(8, data.Length - k);
            for (int b = n - 1; b >= 0; b--) v = (v << 8) | data[k + b];
            Add(Make(Next, Opcode.CopyB, I(address + (ulong)k), I(v), ToInd(0), 4, 4, width: 8));
            InitDataCount++;
        }
    }

    /// <summary>The entry/exit block at E (§5.3 rows E+0x00…E+0x3C); <paramref name="entry"/> is e_entry.</summary>
    public void EntryExit(ulong entry)
    {
        ulong e = Next;
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.ArchIdZisk), ToM(MemoryMap.ArchIdCsrAddr), 4, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(e + 0x38), ToM(MemoryMap.MtvecAddr), 4, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.InputAddr), ToR(10), 0, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.OutputAddr), ToR(11), 0, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(entry), ToR(1), 0, 4, storePc: true, setPc: true));
        Add(Make(Next, Opcode.CopyB, I0, I(32), ToR(11), 0, 4, width: 4));          // E+0x14: publish 32 words
        Add(Make(Next, Opcode.CopyB, I0, I0, ToR(12), 0, 4));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.OutputAddr), ToR(13), 0, 4));
        Add(Make(Next, Opcode.Eq, R(11), R(12), None, 20, 4));                      // E+0x20
        Add(Make(Next, Opcode.CopyB, R(13), Ind(0), None, 0, 4, width: 8));
        Add(Make(Next, Opcode.PubOut, R(12), C, None, 0, 4));
        Add(Make(Next, Opcode.Add, R(13), I(8), ToR(13), 0, 4));
        Add(Make(Next, Opcode.Add, R(12), I(1), ToR(12), 4, -16));
        Add(Make(Next, Opcode.CopyB, I0, I(MemoryMap.RomExit), None, 0, 0, setPc: true)); // E+0x34: to END
        Add(Make(Next, Opcode.Eq, R(17), I(93), None, -36, 4));                     // E+0x38: trap handler
        Add(Make(Next, Opcode.CopyB, I0, R(1), None, 0, 4, setPc: true));
    }
}
