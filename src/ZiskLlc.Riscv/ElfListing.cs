using System.Text;
using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;

namespace ZiskLlc.Riscv;

/// <summary>
/// The `disasm` listing of a RISC-V ELF: every RISC-V instruction (address, encoding, text in
/// llvm-objdump's no-aliases syntax) followed by the ZisK instructions the classic route made from
/// it, one per line and indented, then the BIOS / init-data / entry block summary.
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
            foreach (var z in t.Zisk) output.WriteLine($"    {z.Paddr,8:x}  {Format(z)}");
        }
        output.WriteLine("\n; BIOS, init data and entry/exit block");
        foreach (var z in r.Program.Instructions.Where(z => z.Paddr < MemoryMap.RomAddr))
            output.WriteLine($"    {z.Paddr,8:x}  {Format(z)}");
    }

    /// <summary>One ZisK instruction as "op a, b -> store [flags] j(j1, j2)".</summary>
    public static string Format(Instruction z)
    {
        static string Src(SourceKind k, ulong v, byte w) => k switch
        {
            SourceKind.Imm => (long)v is >= -4096 and <= 4096 ? $"{(long)v}" : $"0x{v:x}",
            SourceKind.Reg => RvDisassembler.Reg((int)v),
            SourceKind.Mem => $"[0x{v:x}]",
            SourceKind.LastC => "c",
            SourceKind.Ind => $"[a{((long)v < 0 ? "-" : "+")}{Math.Abs((long)v)}]{w}",
            _ => $"step",
        };
        var sb = new StringBuilder();
        sb.Append(z.Info.Name).Append(' ').Append(Src(z.ASrc, z.A, z.IndWidth)).Append(", ").Append(Src(z.BSrc, z.B, z.IndWidth));
        switch (z.Store)
        {
            case StoreKind.Reg: sb.Append(" -> ").Append(RvDisassembler.Reg((int)z.StoreOffset)); break;
            case StoreKind.Mem: sb.Append($" -> [0x{z.StoreOffset:x}]"); break;
            case StoreKind.Ind: sb.Append($" -> [a{(z.StoreOffset < 0 ? "-" : "+")}{Math.Abs(z.StoreOffset)}]{z.IndWidth}"); break;
        }
        if (z.StorePc) sb.Append(" (link)");
        if (z.SetPc) sb.Append(" set_pc");
        sb.Append($" j({z.JmpOffset1}, {z.JmpOffset2})");
        if (z.End) sb.Append(" end");
        return sb.ToString();
    }
}
