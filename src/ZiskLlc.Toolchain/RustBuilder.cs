using System.Diagnostics;
using System.Text.RegularExpressions;
using ZiskLlc.Isa;

namespace ZiskLlc.Toolchain;

/// <summary>Options of <see cref="RustBuilder.Build"/>.</summary>
public sealed record RustBuildOptions
{
    /// <summary>cargo's target folder; default CRATE_DIR/target. Crates built into one folder share the
    /// standard library build (core, alloc, compiler_builtins), which is most of a first build's time.</summary>
    public string? TargetDir { get; init; }
    /// <summary>The binary target to build when the crate has several (cargo --bin).</summary>
    public string? Bin { get; init; }
    /// <summary>cargo's parallel jobs (the machines have 2 cores, shared).</summary>
    public int Jobs { get; init; } = 2;
    /// <summary>Install missing Debian packages (rustc-web, cargo-web, rust-web-src) with apt-get.</summary>
    public bool InstallPackages { get; init; } = true;
    /// <summary>Where cargo's own output goes; null = inherited (the terminal).</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>
/// `zisk-llc build-rust`: a Rust guest crate → one whole-program LLVM bitcode file (guest ABI §1),
/// offline, with Debian's Rust (rustc-web / cargo-web / rust-web-src 1.96, LLVM 22) called by path
/// (a rustup toolchain on the PATH is not part of the set-up): cargo builds core, alloc and
/// compiler_builtins from source (-Zbuild-std, RUSTC_BOOTSTRAP=1) for riscv64imac-unknown-none-elf
/// with -c,-zca (plain -c still emits compressed code), fat LTO, one codegen unit, panic=abort, and
/// the final crate's post-LTO module is written with --emit=llvm-bc. Crates come from Debian's
/// librust-*-dev packages (/usr/share/cargo/registry) and the standard library's vendored crates,
/// merged into one local directory source. compiler_builtins is not part of the LTO module, so the
/// bitcode leaves the libcalls llc emits (memcpy, __udivti3, …) to the runtime, and defines none of
/// them. The result is checked: it defines `main` and leaves undefined only the guest ABI's symbols.
/// </summary>
public static partial class RustBuilder
{
    public const string Rustc = "/usr/bin/rustc";
    public const string Cargo = "/usr/bin/cargo";
    public const string Target = "riscv64imac-unknown-none-elf";
    /// <summary>The standard library's sources (rust-web-src).</summary>
    public const string LibrarySource = "/usr/lib/rustlib/src/rust/library";
    /// <summary>Debian's packaged crates (librust-*-dev).</summary>
    public const string DebianRegistry = "/usr/share/cargo/registry";
    /// <summary>The Debian packages build-rust itself needs.</summary>
    public static readonly string[] DebianPackages = ["rustc-web", "cargo-web", "rust-web-src"];

    /// <summary>The symbols the bitcode may leave undefined: guest ABI §3 and §4.</summary>
    public static readonly string[] AllowedUndefined =
    [
        "zisk_putchar", "zisk_exit", "zisk_set_output", "zisk_input", "zisk_keccakf", "zisk_sha256f",
        "memcpy", "memmove", "memset", "memcmp", "bcmp",
    ];

    static readonly string[] MemFunctions = ["memcpy", "memmove", "memset", "memcmp", "bcmp"];

    /// <summary>The codegen flags every crate is compiled with (the standard library included).</summary>
    public static readonly string[] RustFlags = ["-Ctarget-feature=-c,-zca"];

    /// <summary>Builds the crate in <paramref name="crateDir"/> into <paramref name="output"/> (LLVM bitcode);
    /// throws UserError on any failure and never leaves a partial output file.</summary>
    public static void Build(string crateDir, string output, RustBuildOptions? options = null)
    {
        options ??= new RustBuildOptions();
        var manifest = Path.GetFullPath(Path.Combine(crateDir, "Cargo.toml"));
        if (!Directory.Exists(crateDir)) throw new UserError($"{crateDir}: no such folder");
        if (!File.Exists(manifest)) throw new UserError($"{crateDir}: not a Rust crate (no Cargo.toml)");
        EnsureToolchain(options);

        var targetDir = Path.GetFullPath(options.TargetDir ?? Path.Combine(crateDir, "target"));
        Directory.CreateDirectory(targetDir);
        var registry = PrepareRegistry(Path.Combine(targetDir, "zisk-llc"));
        var tmp = Directory.CreateTempSubdirectory("zisk-llc-rust-");
        try
        {
            var bc = Path.Combine(tmp.FullName, "program.bc");
            var args = new List<string>
            {
                "rustc", "--release", "--offline", "--manifest-path", manifest, "--target", Target,
                "-Zbuild-std=core,alloc,compiler_builtins", "-j", options.Jobs.ToString(),
                "--target-dir", targetDir,
                "--config", "source.crates-io.replace-with=\"zisk-llc-offline\"",
                "--config", $"source.zisk-llc-offline.directory=\"{registry}\"",
                "--config", "profile.release.lto=\"fat\"",
                "--config", "profile.release.codegen-units=1",
                "--config", "profile.release.panic=\"abort\"",
                "--config", "profile.release.debug=false",
                "--config", "profile.release.incremental=false",
            };
            if (options.Bin is { } bin) args.AddRange(["--bin", bin]);
            // Passed to the final crate only: its post-LTO module (the whole program but compiler_builtins).
            // Its link step (rust-lld) runs too; it must not fail on the ABI's undefined functions.
            args.AddRange(["--", $"--emit=llvm-bc={bc}", "-Clink-arg=--unresolved-symbols=ignore-all"]);
            RunCargo(args, targetDir, options);
            if (!File.Exists(bc))
                throw new UserError($"build-rust: cargo did not write the bitcode of {crateDir} (is it a binary crate with #![no_main] and zisk_rt::entrypoint!?)");
            Check(bc, crateDir);
            AtomicFile.WriteAllBytes(output, File.ReadAllBytes(bc));
        }
        finally
        {
            tmp.Delete(recursive: true);
        }
    }

    /// <summary>Installs rustc-web, cargo-web and rust-web-src when one is missing (apt-get, as root).</summary>
    static void EnsureToolchain(RustBuildOptions options)
    {
        bool Present() => File.Exists(Rustc) && File.Exists(Cargo) && Directory.Exists(Path.Combine(LibrarySource, "core"));
        if (Present()) return;
        var install = $"apt-get install -y {string.Join(' ', DebianPackages)}";
        if (!options.InstallPackages)
            throw new UserError($"build-rust: Debian's Rust is not installed: run `{install}` (or `make deps`)");
        if (Environment.UserName != "root" && Environment.GetEnvironmentVariable("USER") != "root")
            throw new UserError($"build-rust: Debian's Rust is not installed, and installing it needs root: run `sudo {install}`");
        Log(options, $"build-rust: installing {string.Join(' ', DebianPackages)} (apt-get)");
        if (RunInherited("apt-get", ["update", "-qq"], null, options) != 0 ||
            RunInherited("apt-get", ["install", "-y", "-qq", .. DebianPackages], null, options,
                new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" }) != 0 || !Present())
            throw new UserError($"build-rust: installing Debian's Rust failed: run `{install}` and look at its messages");
    }

    /// <summary>One directory source for cargo: a link to every crate folder of Debian's registry and of
    /// the standard library's vendored crates. The folder is named after its content (a hash of the crate
    /// list), so newly installed packages give a new one, and builds running at the same time never see
    /// a folder another is still making (it is made under a temporary name, then renamed).</summary>
    static string PrepareRegistry(string parent)
    {
        var crates = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in new[] { DebianRegistry, Path.Combine(LibrarySource, "vendor") })
        {
            if (!Directory.Exists(source)) continue;
            foreach (var crate in Directory.GetDirectories(source))
                if (File.Exists(Path.Combine(crate, ".cargo-checksum.json")))
                    crates.TryAdd(Path.GetFileName(crate), crate);
        }
        var key = string.Join("\n", crates.Select(c => c.Key + "=" + c.Value));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16];
        var dir = Path.Combine(parent, "registry-" + hash);
        if (Directory.Exists(dir)) return dir;
        Directory.CreateDirectory(parent);
        var tmp = Path.Combine(parent, $".registry-{Guid.NewGuid():N}");
        Directory.CreateDirectory(tmp);
        foreach (var (name, path) in crates) Directory.CreateSymbolicLink(Path.Combine(tmp, name), path);
        try { Directory.Move(tmp, dir); }
        catch (IOException) when (Directory.Exists(dir)) { Directory.Delete(tmp, recursive: true); }   // another build made it first
        return dir;
    }

    static void RunCargo(List<string> args, string targetDir, RustBuildOptions options)
    {
        var env = new Dictionary<string, string>
        {
            ["RUSTC_BOOTSTRAP"] = "1",
            ["RUSTC"] = Rustc,
            ["CARGO_HOME"] = Path.Combine(targetDir, "zisk-llc", "cargo-home"),
            ["CARGO_ENCODED_RUSTFLAGS"] = string.Join('\x1f', RustFlags),
        };
        int rc = RunInherited(Cargo, args, null, options, env,
            remove: ["RUSTFLAGS", "RUSTUP_TOOLCHAIN", "CARGO_BUILD_TARGET", "CARGO_TARGET_DIR", "RUSTC_WRAPPER", "CARGO_BUILD_RUSTFLAGS"]);
        if (rc != 0)
            throw new UserError($"build-rust: cargo failed (exit code {rc}); its messages are above (a missing crate is installed with `apt-get install librust-NAME-dev`)");
    }

    /// <summary>Guest ABI §1/§2/§4 on the bitcode: `main` defined, no mem function defined, nothing
    /// undefined but the ABI's functions.</summary>
    static void Check(string bc, string crateDir)
    {
        var nm = ExternalTools.Find("llvm-nm");
        var undefined = ExternalTools.Run(nm, ["-u", "--format=just-symbols", bc], "listing the bitcode's symbols")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bad = undefined.Where(s => !AllowedUndefined.Contains(s)).ToList();
        if (bad.Count > 0)
            throw new UserError($"build-rust: {crateDir} leaves {string.Join(", ", bad)} undefined (guest ABI §1: only the runtime functions of §3 and the mem functions of §4 may be)");
        var defined = DefinedGlobal().Matches(ExternalTools.Run(nm, ["--defined-only", bc], "listing the bitcode's symbols"))
            .Select(m => m.Groups[1].Value).ToHashSet();
        if (!defined.Contains("main"))
            throw new UserError($"build-rust: {crateDir} defines no `main` (a guest needs #![no_main] and zisk_rt::entrypoint!(…))");
        var mem = MemFunctions.Where(defined.Contains).ToList();
        if (mem.Count > 0)
            throw new UserError($"build-rust: {crateDir} defines {string.Join(", ", mem)}, which the runtime provides (guest ABI §4)");
    }

    /// <summary>A global definition in llvm-nm's output (upper-case type letter; internal ones are lower case).</summary>
    [GeneratedRegex(@"^\S*\s+[TWDBRVC]\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DefinedGlobal();

    static void Log(RustBuildOptions options, string line)
    {
        if (options.Log is { } log) log(line); else Console.Error.WriteLine(line);
    }

    /// <summary>Runs a tool with its output on the terminal (or, with options.Log, line by line to it).</summary>
    static int RunInherited(string tool, IEnumerable<string> args, string? cwd, RustBuildOptions options,
        Dictionary<string, string>? env = null, string[]? remove = null)
    {
        var psi = new ProcessStartInfo(tool) { UseShellExecute = false, WorkingDirectory = cwd ?? Environment.CurrentDirectory };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var r in remove ?? []) psi.Environment.Remove(r);
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        if (options.Log is not null)
        {
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
        }
        Process p;
        try { p = Process.Start(psi) ?? throw new UserError($"cannot start {tool}"); }
        catch (System.ComponentModel.Win32Exception e) { throw new UserError($"cannot start {tool}: {e.Message}"); }
        using (p)
        {
            if (options.Log is { } log)
            {
                p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log(e.Data); };
                p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log(e.Data); };
                p.BeginOutputReadLine();
                p.BeginErrorReadLine();
            }
            p.WaitForExit();
            return p.ExitCode;
        }
    }
}
