using System.Buffers.Binary;
using ZiskLlc.Llvm;
using ZiskLlc.Riscv.Elf;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Llvm.Tests;

/// <summary>
/// Every defined global of every corpus program, laid out by <see cref="GlobalInitializer"/>, is
/// compared with what LLVM's own RISC-V backend puts in an object file for the same bitcode
/// (llc-22 -filetype=obj, no linker relaxation, so address differences are resolved): the same
/// bytes, and the same relocations at the same offsets with the same width and the same target
/// (symbol + addend, or section + offset when the assembler rewrote a local symbol that way).
/// Private globals (`@.str`…) would have no symbol in the object, so llc compiles a copy of the IR
/// text in which they are internal instead (same contents, a local symbol of the same name); every
/// defined global but LLVM's own `llvm.*` tables is then checked.
/// </summary>
public sealed partial class CorpusGlobalLayoutTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("zisk-llc-globals-").FullName;
    public void Dispose() { try { Directory.Delete(dir, true); } catch (IOException) { } }

    const uint RelaSection = 4;
    const byte SectionSymbol = 3;
    const uint RRiscv32 = 1, RRiscv64 = 2;

    public static TheoryData<string> Names() => new(TestPaths.CorpusNames());

    [Theory]
    [MemberData(nameof(Names))]
    public void GlobalsLayOutAsLlcEmitsThem(string name)
    {
        var bc = TestPaths.CorpusIr(name, "bc");
        var ll = Path.Combine(dir, name + ".ll");
        File.WriteAllText(ll, PrivateGlobal().Replace(File.ReadAllText(TestPaths.CorpusIr(name, "ll")), "$1internal "));
        var obj = Path.Combine(dir, name + ".o");
        Tools.Run("llc-22", "-O0", "-filetype=obj", "-mattr=+m,+a,-c,-relax", "-relocation-model=static", ll, "-o", obj);
        var elf = ElfFile.Load(obj);
        var symbols = elf.Symbols.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.First());
        var relocs = Relocations(elf);

        using var s = IrReader.Read([bc]);
        var problems = new List<string>();
        int checkedGlobals = 0, skipped = 0, checkedRelocs = 0, unverifiedTargets = 0;
        foreach (var g in s.Module.Globals.Where(g => !g.IsDeclaration && !g.Name.StartsWith("llvm.", StringComparison.Ordinal)))
        {
            if (!symbols.TryGetValue(g.Name, out var sym) || sym.SectionIndex == 0 || sym.SectionIndex >= 0xFF00) { skipped++; continue; }
            var img = GlobalInitializer.Encode(g, s.Module.Layout);
            var sec = elf.Sections[sym.SectionIndex];
            if ((ulong)img.Bytes.Length != sym.Size) { problems.Add($"@{g.Name}: {img.Bytes.Length} bytes, llc's symbol has {sym.Size}"); continue; }
            byte[] expected = sec.Type == ElfSection.NoBits ? new byte[sym.Size] : elf.SectionData(sec).Slice((int)sym.Value, (int)sym.Size).ToArray();
            int diff = img.Bytes.AsSpan().CommonPrefixLength(expected);
            if (diff == expected.Length) diff = -1;
            if (diff >= 0) problems.Add($"@{g.Name}: byte {diff} is 0x{img.Bytes[diff]:x2}, llc has 0x{expected[diff]:x2}");

            var theirs = relocs.GetValueOrDefault(sec.Name, []).Where(r => r.Offset >= sym.Value && r.Offset < sym.Value + sym.Size)
                .OrderBy(r => r.Offset).ToList();
            var ours = img.Relocations.OrderBy(r => r.Offset).ToList();
            if (theirs.Count != ours.Count)
                problems.Add($"@{g.Name}: {ours.Count} relocations, llc has {theirs.Count}");
            else
                for (int k = 0; k < ours.Count; k++)
                {
                    var (o, t) = (ours[k], theirs[k]);
                    if (o.Offset != t.Offset - sym.Value || o.Size != t.Size)
                        problems.Add($"@{g.Name}: relocation {o} where llc has +{t.Offset - sym.Value}: {t.Size}B");
                    else if (!symbols.ContainsKey(o.Symbol) && t.Target.StartsWith('§')) unverifiedTargets++;
                    else if (Canon(symbols, elf, o.Symbol, o.Addend) != t.Target + "+" + t.Addend)
                        problems.Add($"@{g.Name}: relocation {o} targets {Canon(symbols, elf, o.Symbol, o.Addend)}, llc's {t.Target}+{t.Addend}");
                    checkedRelocs++;
                }
            checkedGlobals++;
        }
        Assert.True(problems.Count == 0, $"{name}: {problems.Count} differences from llc-22:\n  " + string.Join("\n  ", problems.Take(20)));
        Assert.True(checkedGlobals > 0 && skipped == 0, $"{name}: {checkedGlobals} globals checked, {skipped} not found in llc's object");
        Assert.Equal(0, unverifiedTargets);
    }

    /// <summary>A target as the object file names it: a defined local symbol as §section+offset, else name+addend.</summary>
    static string Canon(Dictionary<string, ElfSymbol> symbols, ElfFile elf, string name, long addend) =>
        symbols.TryGetValue(name, out var s) && s.SectionIndex is > 0 and < 0xFF00 && s.Bind == 0
            ? $"§{elf.Sections[s.SectionIndex].Name}+{(long)s.Value + addend}"
            : $"{name}+{addend}";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(@[^\s]+ = )private ", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex PrivateGlobal();

    sealed record Reloc(ulong Offset, int Size, string Target, long Addend);

    /// <summary>The R_RISCV_32/64 relocations of every .rela section, by the name of the section they apply to.</summary>
    static Dictionary<string, List<Reloc>> Relocations(ElfFile elf)
    {
        var all = new Dictionary<string, List<Reloc>>();
        foreach (var rs in elf.Sections.Where(x => x.Type == RelaSection))
        {
            var data = elf.Bytes.AsSpan((int)rs.Offset, (int)rs.Size);
            var list = new List<Reloc>();
            for (int k = 0; k + 24 <= data.Length; k += 24)
            {
                ulong off = BinaryPrimitives.ReadUInt64LittleEndian(data[k..]), info = BinaryPrimitives.ReadUInt64LittleEndian(data[(k + 8)..]);
                long addend = BinaryPrimitives.ReadInt64LittleEndian(data[(k + 16)..]);
                uint type = (uint)info;
                var sym = elf.Symbols[(int)(info >> 32) - 1]; // ElfFile leaves out the null symbol 0
                int size = type == RRiscv64 ? 8 : type == RRiscv32 ? 4 : 0;
                string target = sym.Type == SectionSymbol ? $"§{elf.Sections[sym.SectionIndex].Name}" : sym.Name;
                if (sym.Type != SectionSymbol && sym.SectionIndex is > 0 and < 0xFF00 && sym.Bind == 0)
                    (target, addend) = ($"§{elf.Sections[sym.SectionIndex].Name}", (long)sym.Value + addend);
                list.Add(new Reloc(off, size, target, addend));
            }
            all[rs.Name.StartsWith(".rela", StringComparison.Ordinal) ? rs.Name[5..] : rs.Name] = list;
        }
        return all;
    }
}
