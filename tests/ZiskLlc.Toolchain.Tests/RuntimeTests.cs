using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ZiskLlc.Emulator;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Toolchain.Tests;

/// <summary>The guest runtime's code: the DMA marker patterns exactly as ZisK's toolchain writes them
/// (spec §7.6), and the precompile wrappers of guest ABI §3.</summary>
public class RuntimeTests
{
    /// <summary>Disassembles the functions of a linked guest (llvm-objdump-22) by name. Linked, because
    /// the memset table's alignment is only settled by the linker's relaxation.</summary>
    static Dictionary<string, string[]> MemFunctions()
    {
        using var dir = new GuestHarness.TempDir();
        var elf = dir.File("p.elf");
        ElfBuilder.Build([GuestHarness.CompileC(dir, "int main(void) { return 0; }")], elf);
        var text = ExternalTools.Run(ExternalTools.Find("llvm-objdump"), ["-d", "--no-show-raw-insn", "-M", "no-aliases", elf], "disassembling");
        var result = new Dictionary<string, string[]>();
        string? current = null;
        var body = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var head = Regex.Match(line, @"^[0-9a-f]+ <(\w+)>:");   // local labels (.Ltmp0, …) stay inside their function
            if (head.Success)
            {
                if (current is not null) result[current] = body.ToArray();
                current = head.Groups[1].Value; body.Clear();
                continue;
            }
            var insn = Regex.Match(line, @"^\s*[0-9a-f]+:\s+(.*)$");
            if (insn.Success && current is not null) body.Add(Regex.Replace(insn.Groups[1].Value.Trim(), @"\s+", " "));
        }
        if (current is not null) result[current] = body.ToArray();
        return result;
    }

    [Fact]
    public void MemFunctionsAreZiskDmaMarkerPatterns()
    {
        var f = MemFunctions();
        Assert.Equal(["csrrs zero, 0x813, a1", "add zero, a0, a2", "jalr zero, 0x0(ra)"], f["memcpy"].Take(3));
        Assert.Equal(["csrrs zero, 0x813, a1", "add zero, a0, a2", "jalr zero, 0x0(ra)"], f["memmove"].Take(3));
        Assert.Equal(["csrrs zero, 0x814, a1", "add a0, a0, a2", "jalr zero, 0x0(ra)"], f["memcmp"].Take(3));
        Assert.Equal(["csrrs zero, 0x814, a1", "add a0, a0, a2", "jalr zero, 0x0(ra)"], f["bcmp"].Take(3));
        // memset: fill 0 inline, other fill bytes through a 256-entry table of register-count patterns.
        var memset = f["memset"];
        Assert.StartsWith("bne a1, zero, ", memset[0]);
        Assert.Equal(["csrrs zero, 0x816, a0", "addi zero, a2, 0x0", "jalr zero, 0x0(ra)"], memset.Skip(1).Take(3));
        var table = memset.SkipWhile(i => !i.StartsWith("jalr zero, 0x0(t0)", StringComparison.Ordinal)).Skip(1)
            .Where(i => !i.StartsWith("addi zero, zero, 0x0", StringComparison.Ordinal)).ToArray();
        Assert.Equal(256 * 3, table.Length);
        for (int v = 0; v < 256; v++)
        {
            Assert.Equal("csrrs zero, 0x816, a0", table[3 * v]);
            Assert.Equal($"addi zero, a2, 0x{v:x}", table[3 * v + 1]);
        }
    }

    [Fact]
    public void KeccakfWrapperDrivesTheKeccakPrecompile()
    {
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            static uint64_t st[25];
            int main(void) {
                zisk_keccakf(st);
                for (int i = 0; i < 8; i++) zisk_set_output(1 + i, (uint32_t)(st[i / 2] >> (32 * (i % 2))));   /* word 0 is main's result */
                return 0;
            }
            """);
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal(0xf1258f7940e1dde7UL, r.Outputs[1] | (ulong)r.Outputs[2] << 32);   // keccak-f of the zero state, lane 0
    }

    [Fact]
    public void Sha256fWrapperComputesSha256OfAbc()
    {
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            static uint64_t state[4], block[8];
            int main(void) {
                static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
                uint32_t *s = (uint32_t *)state;
                for (int i = 0; i < 8; i++) s[i] = iv[i];
                unsigned char *b = (unsigned char *)block;
                b[0] = 'a'; b[1] = 'b'; b[2] = 'c'; b[3] = 0x80; b[63] = 24;   /* padded "abc" */
                zisk_sha256f(state, block);
                for (int i = 0; i < 8; i++) zisk_set_output(1 + i, s[i]);   /* word 0 is main's result */
                return 0;
            }
            """);
        Assert.Equal(RunEnd.Ok, r.End);
        var digest = r.Outputs.Skip(1).Take(8).SelectMany(w => BitConverter.GetBytes(w).Reverse()).ToArray();
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes("abc")), digest);
    }

    /// <summary>i128_div.c must not need a libcall of its own (a 128-bit `/` would call itself), so that
    /// both routes can compile it: compiled as the classic route does, and to IR as the direct route
    /// will, it defines the division functions and references no symbol at all.</summary>
    [Fact]
    public void I128DivisionNeedsNoLibcall()
    {
        using var dir = new GuestHarness.TempDir();
        var src = Path.Combine(TestPaths.RepoRoot, "runtime", "riscv", "i128_div.c");
        var obj = dir.File("i128_div.o");
        var clang = ExternalTools.Find("clang");
        ExternalTools.Run(clang, [.. ElfBuilder.RuntimeCFlags, src, "-o", obj], "compiling");
        var nm = ExternalTools.Find("llvm-nm");
        Assert.Equal("", ExternalTools.Run(nm, ["-u", obj], "listing").Trim());
        var defined = ExternalTools.Run(nm, ["--defined-only", "-g", obj], "listing");
        foreach (var f in new[] { "__udivti3", "__umodti3", "__divti3", "__modti3", "__udivmodti4", "__divmodti4", "__ashlti3", "__lshrti3", "__ashrti3" })
            Assert.Matches($@" T {f}\b", defined);
        var bc = dir.File("i128_div.bc");
        ExternalTools.Run(clang, [.. ElfBuilder.RuntimeCFlags, "-emit-llvm", src, "-o", bc], "compiling to IR");
        Assert.Equal("", ExternalTools.Run(nm, ["-u", bc], "listing").Trim());
    }
}
