using System.Text.Json;
using ZiskLlc.TestSupport;
using static ZiskLlc.Cli.Tests.CliRunner;

namespace ZiskLlc.Cli.Tests;

/// <summary>`zisk-llc build-elf` end to end: IR → ELF → run; and its errors.</summary>
public class BuildElfCommandTests
{
    [Fact]
    public void BuildsACorpusProgramThatRunsToItsExpectedResult()
    {
        using var dir = new TempDir();
        var elf = dir.File("qsort.elf");
        var (rc, _, stderr) = Run("build-elf", TestPaths.CorpusIr("rvt-qsort", "ll"), "-o", elf);
        Assert.True(rc == 0, stderr);
        (rc, var stdout, stderr) = Run("run", elf, "--json");
        Assert.True(rc == 0, stderr);
        Assert.Equal("ok", JsonDocument.Parse(stdout).RootElement.GetProperty("ended").GetString());
    }

    [Fact]
    public void LinksSeveralModules()
    {
        using var dir = new TempDir();
        var tus = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(TestPaths.CorpusIr("rvt-median"))!, "tu"), "*.bc").Order().ToArray();
        Assert.True(tus.Length >= 2);
        // The program's own modules still need the corpus libc pieces they call: rvt-median's shim has them all.
        var (rc, _, stderr) = Run(["build-elf", .. tus, "-o", dir.File("m.elf")]);
        Assert.True(rc == 0, stderr);
        Assert.Equal(0, Run("run", dir.File("m.elf")).rc);
    }

    [Fact]
    public void MissingInput()
    {
        using var dir = new TempDir();
        var (rc, _, stderr) = Run("build-elf", dir.File("none.bc"), "-o", dir.File("x.elf"));
        Assert.Equal(1, rc);
        Assert.Contains("no such file", stderr);
        Assert.False(File.Exists(dir.File("x.elf")));
        // Invalid IR and an undefined symbol are rows of BadInputMatrixTests.
    }
}
