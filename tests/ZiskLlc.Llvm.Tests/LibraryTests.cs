using ZiskLlc.Isa;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm.Tests;

/// <summary>The library resolver's search, tested directly (a loaded process cannot unload libLLVM to test a real miss).</summary>
public class LibraryTests
{
    [Fact]
    public void MissingLibrarySaysHowToInstall()
    {
        var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate(null, ["/nonexistent/libLLVM.so.22.1", "libzisk-no-such-llvm.so"]));
        Assert.Contains("libLLVM 22 was not found", e.Message);
        Assert.Contains("apt-get install libllvm22", e.Message);
        Assert.Contains("make deps", e.Message);
        Assert.Contains("ZISK_LLVM_LIB", e.Message);
    }

    [Fact]
    public void OverrideThatDoesNotExistIsNamed()
    {
        var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate("/nonexistent/libLLVM.so", LlvmLibrary.DefaultCandidates));
        Assert.StartsWith("ZISK_LLVM_LIB=/nonexistent/libLLVM.so: no such file", e.Message);
    }

    [Fact]
    public void OverrideThatIsNotALibraryIsRejected()
    {
        var f = Path.GetTempFileName();
        try
        {
            File.WriteAllText(f, "not a shared library");
            var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate(f, LlvmLibrary.DefaultCandidates));
            Assert.Equal($"ZISK_LLVM_LIB={f}: cannot be loaded as a shared library", e.Message);
        }
        finally { File.Delete(f); }
    }

    [Fact]
    public void OverrideThatIsAnotherLibraryIsRejected()
    {
        // libc is a shared library without LLVMGetVersion.
        var libc = new[] { "/lib/x86_64-linux-gnu/libc.so.6", "/lib/aarch64-linux-gnu/libc.so.6", "/usr/lib/libc.so.6" }.First(File.Exists);
        var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate(libc, LlvmLibrary.DefaultCandidates));
        Assert.Contains("not libLLVM 22", e.Message);
    }

    [Fact]
    public void OlderLlvmIsSkippedInTheSearch()
    {
        // Any LLVM 16..21 found next to the real one must be passed over; the real one is then chosen.
        var older = Directory.GetFiles("/usr/lib/x86_64-linux-gnu", "libLLVM*.so.1").Where(p => !p.Contains("22")).ToList();
        var (_, path, version) = LlvmLibrary.Locate(null, [.. older, .. LlvmLibrary.DefaultCandidates]);
        Assert.Equal(22, version.Item1);
        Assert.DoesNotContain(path, older);
    }

    [Fact]
    public void FatalErrorLineNamesTheActivity()
    {
        Assert.Equal("zisk-llc: error: LLVM fatal error while reading a.bc: boom",
            FatalErrors.FormatMessage("boom\n", "reading a.bc"));
        Assert.Equal("zisk-llc: error: LLVM fatal error: boom", FatalErrors.FormatMessage("boom", null));
    }
}
