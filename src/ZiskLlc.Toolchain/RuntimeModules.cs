using System.Security.Cryptography;
using System.Text;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Toolchain;

/// <summary>
/// The direct route's runtime modules (runtime/riscv/i128_div.c, softfloat.c) as LLVM bitcode,
/// compiled by clang-22 with the classic route's flags and already through the IR pipeline the
/// program gets, so that linking one costs a read instead of a clang run and a pipeline over a
/// hundred functions (about 0.5 s of a 0.6 s compile for a program with floats). Cached in
/// $ZISK_LLC_CACHE, else $XDG_CACHE_HOME/zisk-llc, else ~/.cache/zisk-llc, under a name that hashes
/// everything the result depends on: the source, clang's identity (path, size, time), the flags, the
/// pipeline and this build of zisk-llc (its executable or assembly, by size and time); written to a temporary name and renamed, so concurrent
/// compiles never read half a file; the newest eight modules of each source are kept. Where no cache
/// folder can be made, each compile builds its own.
/// </summary>
public static class RuntimeModules
{
    /// <summary>The bitcode of <paramref name="source"/> (a file name in runtime/riscv/) after
    /// <paramref name="pipeline"/>; <paramref name="scratch"/> is a folder the caller deletes;
    /// <paramref name="cache"/> overrides the cache folder (tests).</summary>
    public static string Bitcode(GuestRuntime runtime, string source, string pipeline, string scratch, string? cache = null)
    {
        var src = Path.Combine(runtime.Root, "riscv", source);
        var clang = ExternalTools.Find("clang");
        string key = Key(src, clang, pipeline);
        var dir = cache ?? CacheFolder();
        if (dir is not null)
        {
            var cached = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(source)}-{key}.bc");
            if (File.Exists(cached)) return cached;
            var tmp = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(source)}-{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");  // threads too
            try
            {
                Build(runtime, src, clang, pipeline, scratch, tmp);
                File.Move(tmp, cached, overwrite: true);
                Prune(dir, Path.GetFileNameWithoutExtension(source));
                return cached;
            }
            catch (IOException) { }                       // a full or read-only cache: build without it
            catch (UnauthorizedAccessException) { }
            finally { try { File.Delete(tmp); } catch (IOException) { } catch (UnauthorizedAccessException) { } }
        }
        var own = Path.Combine(scratch, Path.ChangeExtension(source, ".bc"));
        Build(runtime, src, clang, pipeline, scratch, own);
        return own;
    }

    static void Build(GuestRuntime runtime, string src, string clang, string pipeline, string scratch, string output)
    {
        var raw = Path.Combine(scratch, Path.GetFileNameWithoutExtension(src) + ".raw.bc");
        ExternalTools.Run(clang, [.. ElfBuilder.RuntimeCFlags, "-emit-llvm", "-I" + runtime.IncludeDir, src, "-o", raw],
            $"compiling the guest runtime ({Path.GetFileName(src)}) to LLVM IR");
        using var s = IrReader.Read([raw]);
        s.RunZiskPipeline(pipeline);
        s.WriteBitcode(output);
    }

    static string Key(string src, string clang, string pipeline)
    {
        var c = new FileInfo(clang);
        var text = new StringBuilder()
            .Append(File.ReadAllText(src)).Append('\0')
            .Append(c.FullName).Append(' ').Append(c.Length).Append(' ').Append(c.LastWriteTimeUtc.Ticks).Append('\0')
            .Append(string.Join(' ', ElfBuilder.RuntimeCFlags)).Append('\0')
            .Append(pipeline).Append('\0').Append(string.Join(' ', ZiskPipeline.Options)).Append('\0')
            .Append(Environment.GetEnvironmentVariable("ZISK_LLC_IR_OPTIONS")).Append('\0').Append(Environment.GetEnvironmentVariable("ZISK_LLC_UNROLL_BODY_LIMIT")).Append('\0')
            .Append(Identity(Environment.ProcessPath)).Append(' ').Append(Identity(Path.Combine(AppContext.BaseDirectory, "ZiskLlc.Llvm.dll")))
            .Append(' ').Append(Identity(Path.Combine(AppContext.BaseDirectory, "ZiskLlc.Toolchain.dll")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>Keeps the newest few modules of a source (other builds and pipelines leave theirs behind).</summary>
    static void Prune(string dir, string stem)
    {
        const int Keep = 8;
        try
        {
            foreach (var old in new DirectoryInfo(dir).GetFiles(stem + "-*.bc").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Keep))
                old.Delete();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>This build of zisk-llc, by size and time: the native executable (Native AOT, where no
    /// assembly files exist) or the assemblies beside it (JIT and ReadyToRun; the process may be dotnet).</summary>
    static string Identity(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path)) return "-";
        var f = new FileInfo(path);
        return $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}";
    }

    static string? CacheFolder()
    {
        string? dir = Environment.GetEnvironmentVariable("ZISK_LLC_CACHE") is { Length: > 0 } z ? z
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } x ? Path.Combine(x, "zisk-llc")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } h ? Path.Combine(h, ".cache", "zisk-llc")
            : null;
        if (dir is null) return null;
        try { Directory.CreateDirectory(dir); return dir; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
