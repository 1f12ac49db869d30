using System.Diagnostics;
using System.Text.RegularExpressions;
using ZiskLlc.Riscv.Decoding;
using ZiskLlc.Riscv.Elf;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Riscv.Tests;

/// <summary>
/// The decoder agrees with `llvm-objdump-22 -d -M no-aliases` over the whole code of real ELFs:
/// same instruction boundaries and the same mnemonics (operands are rendered differently).
/// </summary>
public partial class ObjdumpAgreementTests
{
    public static TheoryData<string> Elfs()
    {
        var d = new TheoryData<string>();
        foreach (var dir in new[] { "corpus-elfs", "zisk-micro" })
            foreach (var f in Directory.GetFiles(TestPaths.SharedFile(dir), "*.elf").Order(StringComparer.Ordinal))
                d.Add(Path.Combine(dir, Path.GetFileName(f)));
        return d;
    }

    [GeneratedRegex(@"^\s*([0-9a-f]+):\s+([0-9a-f ]+?)\s*\t(\S+)")]
    private static partial Regex Line();

    [Theory]
    [MemberData(nameof(Elfs))]
    public void SameBoundariesAndMnemonics(string relative)
    {
        string path = Path.Combine(TestPaths.Shared, relative);
        var llvm = new Dictionary<ulong, string>();
        foreach (var line in RunObjdump(path))
        {
            var m = Line().Match(line);
            if (m.Success) llvm[Convert.ToUInt64(m.Groups[1].Value, 16)] = m.Groups[3].Value;
        }
        var elf = ElfFile.Load(path);
        var ours = new Dictionary<ulong, string>();
        foreach (var s in elf.Sections.Where(s => s.IsAlloc && s.IsExec && s.Type == ElfSection.ProgBits))
            foreach (var i in RvDecoder.DecodeSection(s.Addr, elf.SectionData(s)))
                ours[i.Address] = i.Mnemonic;
        Assert.True(ours.Count > 0, $"{relative}: decoded only {ours.Count} instructions");
        var mismatches = new List<string>();
        foreach (var (addr, mn) in llvm)
        {
            if (!ours.TryGetValue(addr, out var o)) { mismatches.Add($"0x{addr:x}: llvm {mn}, ours: no instruction starts here"); continue; }
            if (!Same(mn, o)) mismatches.Add($"0x{addr:x}: llvm {mn}, ours {o}");
        }
        foreach (var addr in ours.Keys.Where(a => !llvm.ContainsKey(a)))
            mismatches.Add($"0x{addr:x}: ours {ours[addr]}, llvm has no instruction here");
        Assert.True(mismatches.Count == 0, $"{relative}: {mismatches.Count} differences:\n" + string.Join("\n", mismatches.Take(20)));
    }

    static bool Same(string llvm, string ours) =>
        llvm == ours || (llvm is "<unknown>" or ".word" && ours is "reserved" or "c.reserved");

    static IEnumerable<string> RunObjdump(string path)
    {
        var psi = new ProcessStartInfo("llvm-objdump-22", ["-d", "-M", "no-aliases", path]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        string text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return text.Split('\n');
    }
}
