using ZiskLlc.Isa;
using ZiskLlc.Isa.Assembly;
using ZiskLlc.Riscv.Decoding;

namespace ZiskLlc.Riscv;

/// <summary>
/// The `disasm` listing of a RISC-V ELF: every RISC-V instruction (address, encoding, text in
/// llvm-objdump's no-aliases syntax) followed by the ZisK instructions the classic route made from
/// it, one per line and indented in the assembler's syntax (AsmPrinter), then the BIOS / init-data / entry block summary.
/// </summary>
public static class ElfListing
{
    /// <summary>Writes the listing of <paramref name="elfPath"/> to <paramref name="output"/>.</summary>
    public static void Write(string elfPath, TranspileOptions options, TextWriter output)
    {
        var r = ElfTranspiler.TranspileDetailed(elfPath, options);
        var names = r.Program.Symbols
            .GroupBy(s => s.Start).ToDictionary(g => g.Key, g => g.First().Name);
        output.WriteLine($"; {r.Program.Origin}");
        output.WriteLine($"; entry 0x{r.Entry:x}; {r.InitDataCount} init-data instructions at 0x1110; entry/exit block at 0x{r.EntryBlockAddress:x}");
        foreach (var t in r.Translation)
        {
            if (names.TryGetValue(t.Rv.Address, out var name)) output.WriteLine($"\n{t.Rv.Address:x16} <{name}>:");
            string enc = t.Rv.Size == 4 ? $"{t.Rv.Raw:x8}" : $"{t.Rv.Raw:x4}    ";
            output.WriteLine($"{t.Rv.Address,8:x}: {enc}  {RvDisassembler.Format(t.Rv)}");
            if (t.Zisk.Count == 0) output.WriteLine("            (no ZisK instruction: executing this address spins)");
            foreach (var z in t.Zisk) output.WriteLine($"    {z.Paddr,8:x}  {AsmPrinter.FormatBody(z)}");
        }
        output.WriteLine("\n; BIOS, init data and entry/exit block");
        foreach (var z in r.Program.Instructions.Where(z => z.Paddr < MemoryMap.RomAddr))
            output.WriteLine($"    {z.Paddr,8:x}  {AsmPrinter.FormatBody(z)}");
    }
}
