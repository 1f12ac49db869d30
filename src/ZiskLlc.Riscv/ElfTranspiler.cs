using ZiskLlc.Rom.Boot;
using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;
using ZiskLlc.Riscv.Elf;
using ZiskLlc.Riscv.Transpile;
using ZiskLlc.Rom;

namespace ZiskLlc.Riscv;

/// <summary>Options of the classic route (RISC-V ELF → ZisK ROM).</summary>
public sealed record TranspileOptions
{
    /// <summary>
    /// ZisK's soft-float library ELF (ziskfloat.elf), loaded as payload 0 exactly as ziskemu always
    /// does (spec §5.1: 126 init-data boot steps). Null builds the ROM without it, so the program's
    /// own figures have no float-library boot cost — and F/D instructions have no library to call.
    /// </summary>
    public string? FloatLibPath { get; init; }
}

/// <summary>The ROM plus what the disassembler and tests need to know about how it was built.</summary>
public sealed record TranspileResult(
    ZiskProgram Program,
    IReadOnlyList<TranslatedInstruction> Translation,
    int InitDataCount,
    ulong EntryBlockAddress,
    ulong Entry);

/// <summary>
/// The classic route: builds the ZisK ROM of a RISC-V ELF exactly as ZisK's `elf2rom` does (spec
/// §5.1): BIOS prologue; then for each payload (soft-float library first when given, then the
/// program) its code translated at its own addresses (§6.1, §7), init data for its writable
/// sections (header order) and its merged read-only sections (address order), and, after the
/// program payload, the entry/exit block. Read-only sections become read segments of the program;
/// writable sections are recorded as ReadWrite segments (informational: the init code writes them).
/// </summary>
public static class ElfTranspiler
{
    /// <summary>Symbol-name prefix of the soft-float library's symbols.</summary>
    public const string FloatLibPrefix = "ziskfloat:";

    /// <summary>Transpiles <paramref name="elfPath"/>; every problem is a <see cref="UserError"/>.</summary>
    public static ZiskProgram Transpile(string elfPath, TranspileOptions options) => TranspileDetailed(elfPath, options).Program;

    /// <summary>As <see cref="Transpile"/>, also returning the RISC-V → ZisK mapping and the boot layout.</summary>
    public static TranspileResult TranspileDetailed(string elfPath, TranspileOptions options)
    {
        if (!File.Exists(elfPath)) throw new UserError($"{elfPath}: no such file");
        var payloads = new List<(ElfFile Elf, string Prefix)>();
        if (options.FloatLibPath is { } lib)
        {
            if (!File.Exists(lib)) throw new UserError($"{lib}: no such file (the --float-lib soft-float library)");
            payloads.Add((ElfFile.Load(lib), FloatLibPrefix));
        }
        var program = ElfFile.Load(elfPath);
        payloads.Add((program, ""));

        var bios = new Bios();
        var code = new Dictionary<ulong, Instruction>();
        var translation = new List<TranslatedInstruction>();
        var segments = new List<MemorySegment>();
        var symbols = new List<Symbol>();
        ulong entryBlock = 0;
        int programFrom = 0; // where the program's own translations start (after the float library's)
        foreach (var (elf, prefix) in payloads)
        {
            if (ReferenceEquals(elf, program)) programFrom = translation.Count;
            var payload = new ElfPayload(elf);
            string where = $"{elf.Path}: ";
            foreach (var section in payload.Code)
            {
                var decoded = RvDecoder.DecodeSection(section.Address, section.Data, $"{where}section {section.Name}: ");
                foreach (var t in RvTranslator.TranslateSection(decoded, where))
                {
                    translation.Add(t);
                    foreach (var z in t.Zisk) code[z.Paddr] = z; // later instructions win, as in riscv2zisk's map
                }
            }
            foreach (var rw in payload.ReadWrite)
            {
                bios.InitData(rw.Address, rw.Data);
                segments.Add(new MemorySegment(rw.Address, SegmentKind.ReadWrite, rw.Data, prefix + rw.Name));
            }
            foreach (var ro in payload.ReadOnlyMerged)
                segments.Add(new MemorySegment(ro.Address, SegmentKind.ReadOnly, ro.Data, prefix + ro.Name));
            foreach (var ro in payload.ReadOnlyMerged) bios.InitData(ro.Address, ro.Data);
            if (ReferenceEquals(elf, program))
            {
                entryBlock = bios.Next;
                bios.EntryExit(payload.Entry);
            }
            symbols.AddRange(ProgramSymbols(elf, payload, prefix));
        }
        foreach (var z in bios.Instructions) code[z.Paddr] = z;
        CheckAddresses(elfPath, code.Values, translation);
        CheckEntry(program, translation.Skip(programFrom));
        string origin = $"riscv2zisk of {Path.GetFileName(elfPath)}" +
            (options.FloatLibPath is null ? " (no soft-float library)" : $" with {Path.GetFileName(options.FloatLibPath)}");
        var rom = new ZiskProgram(code.Values, segments, symbols, origin);
        return new TranspileResult(rom, translation, bios.InitDataCount, entryBlock, program.Entry);
    }

    /// <summary>
    /// Functions and objects of .symtab (plus global untyped labels of hand-written assembly, not the
    /// $x/$d mapping symbols). A stripped payload (ziskfloat.elf is) gets one symbol per code section.
    /// </summary>
    static IEnumerable<Symbol> ProgramSymbols(ElfFile elf, ElfPayload payload, string prefix)
    {
        var syms = elf.Symbols.Where(s => s.Name.Length > 0 && !s.Name.StartsWith('$') && s.SectionIndex is > 0 and < 0xFF00
                && (s.Type is ElfSymbol.TypeFunc or ElfSymbol.TypeObject || (s.Type == 0 && s.Bind == 1)))
            .Select(s => new Symbol(prefix + s.Name, s.Value, s.Value + s.Size)).ToList();
        if (syms.Count == 0)
            syms.AddRange(payload.Code.Select(c => new Symbol(prefix + c.Name, c.Address, c.Address + (ulong)c.Data.Length)));
        return syms;
    }

    /// <summary>
    /// e_entry must be the address of a RISC-V instruction of the program's own code: riscv2zisk does
    /// not check it, and its ROM would jump to an address with no instruction (or into the middle of
    /// one) and fail only when run. Here it is a transpile-time error naming the address.
    /// </summary>
    static void CheckEntry(ElfFile program, IEnumerable<TranslatedInstruction> translation)
    {
        ulong entry = program.Entry;
        if (translation.Any(t => t.Rv.Address == entry)) return;
        var code = program.Sections.Where(s => s.IsAlloc && s.IsExec && s.Addr != 0 && s.Type == ElfSection.ProgBits)
            .Select(s => $"{s.Name} 0x{s.Addr:x}-0x{s.Addr + s.Size:x}").ToList();
        throw new UserError($"{program.Path}: entry point e_entry 0x{entry:x} is not the address of an instruction in the program's code " +
            $"({(code.Count == 0 ? "it has no code section" : string.Join(", ", code))})");
    }

    /// <summary>§6.1: instructions below 0x1000 or at/above ROM_ADDR_MAX make ROM construction fail.</summary>
    static void CheckAddresses(string elfPath, IEnumerable<Instruction> code, List<TranslatedInstruction> translation)
    {
        foreach (var z in code)
        {
            if (z.Paddr >= MemoryMap.RomEntry && z.Paddr < MemoryMap.RomAddrMax) continue;
            var rv = translation.FirstOrDefault(t => t.Zisk.Any(x => x.Paddr == z.Paddr))?.Rv;
            string what = rv is null ? "" : $" ({RvDisassembler.Format(rv)})";
            throw new UserError($"{elfPath}: instruction at 0x{z.Paddr:x}{what} is outside the ZisK ROM range " +
                $"0x{MemoryMap.RomEntry:x}-0x{MemoryMap.RomAddrMax - 1:x}");
        }
    }
}
