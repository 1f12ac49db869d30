using ZiskLlc.Isa;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm.Tests;

/// <summary>
/// The library resolver's search, tested directly (a loaded process cannot unload libLLVM to test a
/// real miss). An "older LLVM" and "another library" are stand-in shared libraries compiled by
/// clang-22 in the test for the host: one exports LLVMGetVersion reporting 21.1.0, one exports no
/// LLVM symbol at all — so the tests do not depend on which libLLVM versions or which libc path
/// the host happens to have.
/// </summary>
public sealed class LibraryTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("zisk-llc-lib-").FullName;
    public void Dispose() { try { Directory.Delete(dir, true); } catch (IOException) { } }

    /// <summary>Compiles a one-function shared library for the host.</summary>
    string SharedLibrary(string name, string c)
    {
        var src = Path.Combine(dir, name + ".c");
        var lib = Path.Combine(dir, name + ".so");
        File.WriteAllText(src, c);
        Tools.Run("clang-22", "-shared", "-fPIC", "-nostdlib", "-o", lib, src);
        return lib;
    }

    string OlderLlvm() => SharedLibrary("libLLVM-21", "void LLVMGetVersion(unsigned *a, unsigned *b, unsigned *c) { *a = 21; *b = 1; *c = 0; }\n");

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
        var other = SharedLibrary("libother", "int not_llvm(void) { return 0; }\n");
        var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate(other, LlvmLibrary.DefaultCandidates));
        Assert.Equal($"ZISK_LLVM_LIB={other}: not libLLVM 22 (it does not export LLVMGetVersion: an LLVM older than 16, or not LLVM at all)", e.Message);
    }

    [Fact]
    public void OverrideThatIsAnOlderLlvmIsRejected()
    {
        var older = OlderLlvm();
        var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate(older, LlvmLibrary.DefaultCandidates));
        Assert.Equal($"ZISK_LLVM_LIB={older}: it is LLVM 21.1.0, zisk-llc needs LLVM 22", e.Message);
    }

    [Fact]
    public void OlderLlvmIsSkippedInTheSearch()
    {
        // An LLVM 21 found first must be passed over and the real LLVM 22 chosen after it …
        var older = OlderLlvm();
        var (_, path, version) = LlvmLibrary.Locate(null, [older, .. LlvmLibrary.DefaultCandidates]);
        Assert.Equal(22, version.Item1);
        Assert.NotEqual(older, path);
        Assert.Contains(path, LlvmLibrary.DefaultCandidates);
        // … and when it is the only one, the error names it and why it was refused.
        var e = Assert.Throws<UserError>(() => LlvmLibrary.Locate(null, [older, Path.Combine(dir, "libLLVM-none.so")]));
        Assert.Contains($"found but unusable: {older} (it is LLVM 21.1.0, zisk-llc needs LLVM 22)", e.Message);
    }

    [Fact]
    public void FatalErrorLineNamesTheActivity()
    {
        Assert.Equal("zisk-llc: error: LLVM fatal error while reading a.bc: boom",
            FatalErrors.FormatMessage("boom\n", "reading a.bc"));
        Assert.Equal("zisk-llc: error: LLVM fatal error: boom", FatalErrors.FormatMessage("boom", null));
    }
}
