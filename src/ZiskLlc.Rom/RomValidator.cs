using ZiskLlc.Isa;

namespace ZiskLlc.Rom;

/// <summary>How bad a violation is: errors make a ROM unusable or unprovable; warnings flag code
/// that is legal but suspicious (riscv2zisk itself emits some, e.g. an unused ind_width).</summary>
public enum Severity { Error, Warning }

/// <summary>One broken rule, at an instruction address (or a segment address).</summary>
public sealed record RomViolation(ulong Address, Severity Severity, string Rule, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"0x{Address:x8}: {(Severity == Severity.Error ? "error" : "warning")}: {Message} [{Rule}]";
}

/// <summary>
/// Checks a program against the proof constraints of spec §9.3 and the structural rules of §1, §4.2,
/// §5.3 and §6.1, and reports every violation with its address. Not checkable statically, and so the
/// producer's obligation: that indirect addresses (a + offset) stay below 2^32 at run time.
/// §9.3's "W ops receive a and b with their high 32 bits cleared" is no obligation: the main AIR clears
/// them itself (main.pil sends [a0, (1 − m32)·a1] to the bus), so W ops take any operand.
/// </summary>
public static class RomValidator
{
    /// <summary>All violations, errors and warnings, in address order.</summary>
    public static IReadOnlyList<RomViolation> Validate(ZiskProgram program)
    {
        var v = new List<RomViolation>();
        void Add(ulong addr, Severity s, string rule, string msg) => v.Add(new RomViolation(addr, s, rule, msg));

        if (program.Instructions.Count > MemoryMap.MaxRomRows)
            Add(0, Severity.Error, "rom-size", $"{program.Instructions.Count} instructions: the ROM table holds at most {MemoryMap.MaxRomRows} (§6.3)");
        if (program.At(MemoryMap.RomEntry) is null)
            Add(MemoryMap.RomEntry, Severity.Error, "entry", "no instruction at ROM_ENTRY 0x1000, where execution starts (§4.1)");
        if (program.At(MemoryMap.RomExit) is not { End: true })
            Add(MemoryMap.RomExit, Severity.Error, "exit", "no end instruction at ROM_EXIT 0x1004 (§5.3)");

        var addresses = new HashSet<ulong>(program.Instructions.Select(i => i.Paddr));
        foreach (var i in program.Instructions) CheckInstruction(i, addresses, Add);
        CheckSegments(program, Add);
        return v.OrderBy(x => x.Address).ThenBy(x => x.Severity).ToList();
    }

    /// <summary>True when the list has an error (warnings do not count).</summary>
    public static bool HasErrors(IEnumerable<RomViolation> violations) => violations.Any(x => x.Severity == Severity.Error);

    /// <summary>Opcodes whose flag can be true (they set it on a result or by definition, §3.1).</summary>
    public static bool CanSetFlag(Opcode op) => CostModel.CanSetFlag(op);

    static void CheckInstruction(Instruction i, HashSet<ulong> addresses, Action<ulong, Severity, string, string> add)
    {
        ulong at = i.Paddr;
        var info = OpcodeTable.TryGet((byte)i.Op);
        if (info is null) { add(at, Severity.Error, "opcode", $"0x{(byte)i.Op:x2} is not a ZisK opcode"); return; }

        if (at < MemoryMap.RomEntry || at >= MemoryMap.RomAddrMax)
            add(at, Severity.Error, "address", "instruction address outside [0x1000, 0x87FFFFFF) (§6.1)");

        // Operand kinds (§1.3, §1.4, §9.3).
        if (i.ASrc is SourceKind.Step) add(at, Severity.Error, "source", "a = SRC_STEP has no encoding in the proof ROM (§9.3)");
        else if (i.ASrc is SourceKind.Ind) add(at, Severity.Error, "source", "SRC_IND is only allowed for b (§1.3)");
        else if (!Enum.IsDefined(i.ASrc)) add(at, Severity.Error, "source", $"unknown a source code {(byte)i.ASrc}");
        if (i.BSrc is SourceKind.Step) add(at, Severity.Error, "source", "b = SRC_STEP is not allowed (§1.3)");
        else if (!Enum.IsDefined(i.BSrc)) add(at, Severity.Error, "source", $"unknown b source code {(byte)i.BSrc}");
        if (!Enum.IsDefined(i.Store)) add(at, Severity.Error, "store", $"unknown store code {(byte)i.Store}");

        if (i.ASrc == SourceKind.Reg && i.A >= MemoryMap.RegisterCount) add(at, Severity.Error, "register", $"a register r{i.A} does not exist (r0..r31)");
        if (i.BSrc == SourceKind.Reg && i.B >= MemoryMap.RegisterCount) add(at, Severity.Error, "register", $"b register r{i.B} does not exist (r0..r31)");
        if (i.Store == StoreKind.Reg && (ulong)i.StoreOffset >= MemoryMap.RegisterCount) add(at, Severity.Error, "register", $"store register r{i.StoreOffset} does not exist (r0..r31)");

        bool usesInd = i.BSrc == SourceKind.Ind || i.Store == StoreKind.Ind;
        if (usesInd && i.IndWidth is not (1 or 2 or 4 or 8))
            add(at, Severity.Error, "ind-width", $"ind_width {i.IndWidth}: indirect accesses need 1, 2, 4 or 8 (§1.7)");
        else if (!usesInd && i.IndWidth != 0)
            add(at, Severity.Warning, "ind-width", $"ind_width {i.IndWidth} set but no indirect operand uses it");

        // 32-bit addresses (§9.3).
        if (i.ASrc == SourceKind.Mem && i.A >= 1UL << 32) add(at, Severity.Error, "address-32", $"a reads memory at 0x{i.A:x}, above 2^32 (§9.3)");
        if (i.BSrc == SourceKind.Mem && i.B >= 1UL << 32) add(at, Severity.Error, "address-32", $"b reads memory at 0x{i.B:x}, above 2^32 (§9.3)");
        if (i.Store == StoreKind.Mem && (ulong)i.StoreOffset >= 1UL << 32) add(at, Severity.Error, "address-32", $"stores to memory at 0x{(ulong)i.StoreOffset:x}, above 2^32 (§9.3)");
        if (i.StorePc && i.Store != StoreKind.None && at + (ulong)i.JmpOffset2 >= 1UL << 32)
            add(at, Severity.Error, "address-32", $"store_pc stores 0x{at + (ulong)i.JmpOffset2:x}, above 2^32 (§9.3)");
        if (i.StorePc && i.Store == StoreKind.None)
            add(at, Severity.Warning, "store-pc", "store_pc without a store has no effect");

        // Main AIR (§9.3): internal ops are flag and copyb only (fcall* are recorded as copyb).
        if (i.Op == Opcode.Halt)
            add(at, Severity.Warning, "halt", "halt is an internal op the proof does not accept: a run that executes it cannot be proved (§9.3)");
        if (i.SetPc && CanSetFlag(i.Op))
            add(at, Severity.Error, "flag-set-pc", $"set_pc with {info.Name}, whose flag can be true: flag and set_pc must never both hold (§9.3)");

        // End: only the exit instruction (and riscv2zisk's halts) end a run (§5.3).
        if (i.End && at != MemoryMap.RomExit && i.Op != Opcode.Halt)
            add(at, Severity.Error, "end", "end is only allowed at ROM_EXIT 0x1004 (§5.3)");

        // Static jump targets: an address with no instruction makes the emulator spin (§6.2).
        if (!i.End && !i.SetPc)
        {
            if (CanSetFlag(i.Op) && !addresses.Contains(at + (ulong)i.JmpOffset1))
                add(at, Severity.Warning, "jump-target", $"taken target 0x{at + (ulong)i.JmpOffset1:x} has no instruction");
            if (i.Op != Opcode.Flag && !addresses.Contains(at + (ulong)i.JmpOffset2))
                add(at, Severity.Warning, "jump-target", $"next address 0x{at + (ulong)i.JmpOffset2:x} has no instruction");
        }
    }

    static void CheckSegments(ZiskProgram p, Action<ulong, Severity, string, string> add)
    {
        var seen = new List<MemorySegment>();
        foreach (var s in p.Segments)
        {
            if (s.End > 1UL << 32) add(s.Address, Severity.Error, "segment", $"segment '{s.Name}' ends above 2^32");
            if (s.Kind == SegmentKind.ReadOnly && (s.Address & 7) != 0)
                add(s.Address, Severity.Error, "segment", $"read-only segment '{s.Name}' must start 8-aligned (§4.2)");
            if (s.Kind == SegmentKind.ReadWrite && !MemoryMap.InRam(s.Address, (ulong)s.Data.LongLength))
                add(s.Address, Severity.Error, "segment", $"read-write segment '{s.Name}' must lie in RAM [0xA0000000, 0xC0000000) (§5.2)");
            if (s.Data.Length == 0) continue;
            foreach (var o in seen.Where(o => o.Data.Length > 0 && s.Address < o.End && o.Address < s.End))
            {
                // A read-only section inside RAM is legal (riscv2zisk maps NOLOAD "A" sections that way):
                // stores into it then go to the read-only buffer while loads come from RAM (§4.3 QUIRK).
                if (s.Kind != o.Kind)
                    add(s.Address, Severity.Warning, "segment", $"segment '{s.Name}' overlaps '{o.Name}': stores there go to the read-only one, loads come from RAM (§4.3)");
                else
                    add(s.Address, Severity.Error, "segment", $"segment '{s.Name}' overlaps '{o.Name}' (0x{o.Address:x}..0x{o.End:x})");
            }
            seen.Add(s);
        }
    }
}
