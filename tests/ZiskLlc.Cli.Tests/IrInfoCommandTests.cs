using ZiskLlc.Cli;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Cli.Tests;

/// <summary>
/// <c>zisk-llc ir-info</c>: the report on corpus programs, and one clear line with exit code ≠ 0 for
/// every bad input. A missing libLLVM and an LLVM fatal error end the process, so those run the
/// real zisk-llc in a child process.
/// </summary>
public sealed class IrInfoCommandTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("zisk-llc-irinfo-").FullName;
    public void Dispose() { try { Directory.Delete(dir, true); } catch (IOException) { } }

    const string Rv64 = "target datalayout = \"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"\ntarget triple = \"riscv64-unknown-unknown-elf\"\n";

    string Write(string name, string text)
    {
        var p = Path.Combine(dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    static (int rc, string stdout, string stderr) Run(params string[] args) => CliRunner.Run(args);

    static (int rc, string stdout, string stderr) RunChild(IDictionary<string, string>? env, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "zisk-llc.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        return CliRunner.RunProcess(host, [dll, .. args], env);
    }

    static void OneErrorLine(int rc, string stderr, string mustContain)
    {
        Assert.Equal(1, rc);
        var lines = stderr.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("zisk-llc: error: ", lines[0]);
        Assert.Contains(mustContain, lines[0]);
        Assert.DoesNotContain(" at ", stderr);
    }

    [Fact]
    public void ReportsACorpusProgram()
    {
        var (rc, stdout, stderr) = Run("ir-info", TestPaths.CorpusIr("rvt-rsort", "bc"));
        Assert.Equal(0, rc);
        Assert.Equal("", stderr);
        Assert.Contains("functions: 4 defined", stdout);
        Assert.Matches(@"\n  sort\s+3\s+\d+\s+\d+\n", stdout);
        Assert.Contains("llvm.lifetime.start", stdout);
        Assert.Contains("undefined symbols: memcpy", stdout);
        Assert.Contains("unsupported constructs: none", stdout);
        Assert.Contains("printf", stdout);
    }

    [Fact]
    public void LinksSeveralInputs()
    {
        var tu = Path.Combine(Path.GetDirectoryName(TestPaths.CorpusIr("crc32", "bc"))!, "tu");
        var files = Directory.GetFiles(tu, "*.bc").Order(StringComparer.Ordinal).ToArray();
        var (rc, stdout, _) = Run(["ir-info", .. files]);
        Assert.Equal(0, rc);
        Assert.Contains(string.Join(" + ", files), stdout);
        Assert.Contains("crc32pseudo", stdout);
    }

    [Fact]
    public void ListsUnsupportedConstructsWithLocations()
    {
        var p = Write("u.ll", Rv64 + "define fp128 @f(fp128 %x) {\nentry:\n  %y = fmul fp128 %x, %x\n  ret fp128 %y\n}\n");
        var (rc, stdout, _) = Run("ir-info", p);
        Assert.Equal(0, rc);
        Assert.Contains("unsupported constructs: 3", stdout);
        Assert.Contains("floating point: @f, block entry: `%y = fmul fp128 %x, %x`", stdout);
    }

    [Fact]
    public void NonRiscvTripleIsAWarningInTheReport()
    {
        var p = Write("x.ll", "target triple = \"x86_64-pc-linux-gnu\"\ndefine i32 @f() {\n  ret i32 0\n}\n");
        var (rc, stdout, _) = Run("ir-info", p);
        Assert.Equal(0, rc);
        Assert.Contains("warning: " + p + ": target triple 'x86_64-pc-linux-gnu' is not riscv64", stdout);
    }

    // Empty file, binary garbage, truncated bitcode, invalid text, 32-bit and big-endian targets:
    // rows of BadInputMatrixTests, for ir-info and build-elf alike.

    [Fact]
    public void MissingFile() { var (rc, _, e) = Run("ir-info", Path.Combine(dir, "none.bc")); OneErrorLine(rc, e, "none.bc: no such file"); }

    [Fact]
    public void MissingLibraryInAChildProcess()
    {
        var p = Write("ok.ll", Rv64 + "define i32 @f() {\n  ret i32 0\n}\n");
        var (rc, _, e) = RunChild(new Dictionary<string, string> { ["ZISK_LLVM_LIB"] = Path.Combine(dir, "libLLVM-missing.so") }, "ir-info", p);
        OneErrorLine(rc, e, "ZISK_LLVM_LIB=");
        Assert.Contains("no such file", e);
    }

    [Fact]
    public void LlvmFatalErrorIsOneLineInAChildProcess()
    {
        // LLVM's EmbedBitcode pass calls report_fatal_error for a Mach-O triple: a real fatal error path.
        var p = Write("macho.ll", "target triple = \"x86_64-apple-macosx\"\ndefine i32 @f() {\n  ret i32 0\n}\n");
        var (rc, stdout, e) = RunChild(null, "ir-info", "--passes", "embed-bitcode", p);
        OneErrorLine(rc, e, "LLVM fatal error while running the passes 'embed-bitcode' on " + p + ": EmbedBitcode pass currently only supports");
        Assert.Equal("", stdout);
    }

    [Fact]
    public void HelpDocumentsTheUnsupportedList()
    {
        var (rc, stdout, _) = Run("ir-info", "--help");
        Assert.Equal(0, rc);
        foreach (var k in new[] { "floating point", "vectors", "atomics", "indirectbr", "callbr", "invoke", "inline asm", "varargs" })
            Assert.Contains(k, stdout);
    }
}
