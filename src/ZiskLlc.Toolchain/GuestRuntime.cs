using ZiskLlc.Isa;

namespace ZiskLlc.Toolchain;

/// <summary>
/// The classic-route guest runtime (runtime/riscv/ in the repository): start code, guest ABI §3
/// functions, DMA-based mem functions, the trap function, i128 division, soft float and the linker script.
/// Found through ZISK_LLC_RUNTIME (the folder holding include/ and riscv/) or by walking up from the
/// tool's own location to the repository's runtime/ folder.
/// </summary>
public sealed class GuestRuntime
{
    /// <summary>The runtime/ folder.</summary>
    public string Root { get; }
    /// <summary>The linker script.</summary>
    public string LinkerScript => Path.Combine(Root, "riscv", "zisk.ld");
    /// <summary>The folder with zisk.h.</summary>
    public string IncludeDir => Path.Combine(Root, "include");
    /// <summary>The runtime's source files, compiled for every build.</summary>
    public IReadOnlyList<string> Sources { get; }
    /// <summary>The sources among <see cref="Sources"/> linked as a library (only when the program calls
    /// them, and never in the way of a definition of its own): the compiler runtime (i128 division, soft float).</summary>
    public static readonly string[] LibrarySources = ["i128_div.c", "softfloat.c"];
    /// <summary>The function llc calls for llvm.trap (-trap-func), defined in zisk_runtime.S.</summary>
    public const string TrapFunction = "__zisk_trap";

    GuestRuntime(string root)
    {
        Root = root;
        Sources = ["start.S", "zisk_runtime.S", "zisk_mem.S", .. LibrarySources];
        foreach (var s in Sources.Append("zisk.ld"))
            if (!File.Exists(Path.Combine(root, "riscv", s)))
                throw new UserError($"the guest runtime in {root} is incomplete: riscv/{s} is missing");
    }

    /// <summary>Locates the runtime.</summary>
    public static GuestRuntime Locate()
    {
        if (Environment.GetEnvironmentVariable("ZISK_LLC_RUNTIME") is { Length: > 0 } env)
        {
            if (!Directory.Exists(env)) throw new UserError($"ZISK_LLC_RUNTIME={env}: no such folder");
            return new GuestRuntime(Path.GetFullPath(env));
        }
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "runtime");
            if (File.Exists(Path.Combine(candidate, "riscv", "zisk.ld"))) return new GuestRuntime(candidate);
        }
        throw new UserError($"cannot find the guest runtime (runtime/riscv/zisk.ld) above {AppContext.BaseDirectory}; set ZISK_LLC_RUNTIME to the runtime folder");
    }
}
