using ZiskLlc.Cli.Loaders;
using ZiskLlc.Isa;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Cli.Tests;

/// <summary>RISC-V ELFs reach the program loaders through <see cref="ElfLoader"/> (the classic route).</summary>
public class ElfRunTests
{
    static readonly string FloatLib = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf");

    [Fact]
    public void ElfMagicPicksTheElfLoader()
    {
        var loader = new ElfLoader();
        Assert.Equal("RISC-V ELF", loader.Kind);
        Assert.True(loader.Recognises([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1]));
        Assert.False(loader.Recognises("ZROM"u8));
        var p = ProgramLoaders.Load(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"), new LoadOptions { FloatLib = FloatLib });
        Assert.Contains("riscv2zisk", p.Origin);
        Assert.NotNull(p.At(0x80000000));
        Assert.NotNull(p.At(0x87F00000)); // the soft-float library, payload 0
    }

    [Fact]
    public void WithoutFloatLibTheLibraryIsAbsent()
    {
        var p = ProgramLoaders.Load(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"), new LoadOptions());
        Assert.Null(p.At(0x87F00000));
    }

    [Fact]
    public void BadElfIsAUserErrorNamingTheFile()
    {
        string dir = Directory.CreateTempSubdirectory("zisk-elf-").FullName;
        try
        {
            string bad = Path.Combine(dir, "bad.elf");
            var bytes = File.ReadAllBytes(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"));
            bytes[4] = 1; // ELFCLASS32
            File.WriteAllBytes(bad, bytes);
            var e = Assert.Throws<UserError>(() => ProgramLoaders.Load(bad, new LoadOptions()));
            Assert.Contains("bad.elf", e.Message);
            Assert.Contains("32-bit", e.Message);
        }
        finally { Directory.Delete(dir, true); }
    }
}
