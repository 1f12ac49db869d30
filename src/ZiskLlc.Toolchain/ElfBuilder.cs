using System.Text.RegularExpressions;
using ZiskLlc.Isa;

namespace ZiskLlc.Toolchain;

/// <summary>
/// The classic route's front half (issue 4 item 5): LLVM IR → RISC-V ELF for ZisK, the way ZisK
/// programs are built today. Inputs are linked (llvm-link-22), compiled by LLVM's RISC-V backend
/// (llc-22 -O3, rv64ima without compressed code, medium code model, static), and linked with the
/// guest runtime by ld.lld-22 with runtime/riscv/zisk.ld. The runtime is compiled afresh for every
/// build (four small files, well under a second): no cache to go stale.
///
/// Traps (guest ABI §2): llc lowers both llvm.trap and a reached `unreachable` (-trap-unreachable)
/// to `unimp`, which is `csrrw x0, cycle, x0` — a CSR write ZisK executes and continues after
/// (§7.6). llvm.trap becomes a call to the runtime's halting trap function (-trap-func); for
/// `unreachable`, which -trap-func does not cover, llc writes assembly and every `unimp` in it is
/// replaced by the reserved word 0xffffffff, which riscv2zisk turns into `halt` (§7.0).
/// </summary>
public static partial class ElfBuilder
{
    /// <summary>The llc options of the classic route. -trap-func sends llvm.trap (and, with
    /// -trap-unreachable, a reached `unreachable`) to the runtime's halting trap function: llc's
    /// default `unimp` does not stop ZisK (§7.6, guest ABI §2).</summary>
    public static readonly string[] LlcOptions =
    [
        "-O3", "-mattr=+m,+a,-c", "-code-model=medium", "-relocation-model=static",
        "-trap-func=" + GuestRuntime.TrapFunction, "-trap-unreachable", "-no-trap-after-noreturn",
        "-filetype=asm",
    ];

    /// <summary>The reserved encoding that replaces llc's `unimp` (see the class comment).</summary>
    public const string HaltWord = ".word 0xffffffff";

    /// <summary>clang options for the runtime's sources (guest ABI §1 target).</summary>
    public static readonly string[] RuntimeCFlags =
    [
        "--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-mcmodel=medany", "-fno-pic",
        "-O2", "-ffreestanding", "-fno-builtin", "-nostdlib", "-c",
    ];

    /// <summary>Builds <paramref name="output"/> from the IR files; throws UserError on any failure
    /// and never leaves a partial output file.</summary>
    public static void Build(IReadOnlyList<string> inputs, string output)
    {
        if (inputs.Count == 0) throw new UserError("build-elf: no input files");
        foreach (var i in inputs)
            if (!File.Exists(i)) throw new UserError($"{i}: no such file");
        var runtime = GuestRuntime.Locate();
        var tmp = Directory.CreateTempSubdirectory("zisk-llc-build-");
        try
        {
            string ir = inputs[0];
            if (inputs.Count > 1)
            {
                ir = Path.Combine(tmp.FullName, "linked.bc");
                ExternalTools.Run(ExternalTools.Find("llvm-link"), [.. inputs, "-o", ir], "linking the IR inputs");
            }
            var progAsm = Path.Combine(tmp.FullName, "program.s");
            ExternalTools.Run(ExternalTools.Find("llc"), [.. LlcOptions, ir, "-o", progAsm], $"compiling {string.Join(", ", inputs)} with llc");
            File.WriteAllText(progAsm, ReplaceUnimp(File.ReadAllText(progAsm)));
            var clang = ExternalTools.Find("clang");
            var progObj = Path.Combine(tmp.FullName, "program.o");
            ExternalTools.Run(clang, ["--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-c", progAsm, "-o", progObj], "assembling llc's output");

            var objects = new List<string> { progObj };
            var library = new List<string>();
            foreach (var src in runtime.Sources)
            {
                var obj = Path.Combine(tmp.FullName, "rt_" + Path.GetFileNameWithoutExtension(src) + ".o");
                ExternalTools.Run(clang, [.. RuntimeCFlags, "-I" + runtime.IncludeDir, Path.Combine(runtime.Root, "riscv", src), "-o", obj],
                    $"compiling the guest runtime ({src})");
                (GuestRuntime.LibrarySources.Contains(src) ? library : objects).Add(obj);
            }
            // The compiler runtime as archive members (--start-lib): linked only when llc's output calls it.
            objects.AddRange(["--start-lib", .. library, "--end-lib"]);

            var linked = Path.Combine(tmp.FullName, "program.elf");
            Link(runtime, objects, linked);
            var bytes = File.ReadAllBytes(linked);
            AtomicFile.WriteAllBytes(output, bytes);
        }
        finally
        {
            tmp.Delete(recursive: true);
        }
    }

    /// <summary>Replaces every `unimp` instruction line of llc's assembly by <see cref="HaltWord"/>.</summary>
    public static string ReplaceUnimp(string asm) => UnimpLine().Replace(asm, "$1" + HaltWord);

    static void Link(GuestRuntime runtime, List<string> objects, string output)
    {
        try
        {
            ExternalTools.Run(ExternalTools.Find("ld.lld"), ["-T", runtime.LinkerScript, "-static", "-o", output, .. objects], "linking");
        }
        catch (UserError e)
        {
            // Guest ABI §1: a symbol left undefined is a link error naming it.
            var undefined = UndefinedSymbol().Matches(e.Message).Select(m => m.Groups[1].Value).Distinct().ToList();
            if (undefined.Count > 0)
                throw new UserError($"undefined symbol{(undefined.Count > 1 ? "s" : "")}: {string.Join(", ", undefined)} " +
                    "(guest ABI §1: only the runtime functions of §3 and the mem functions of §4 may be left undefined)");
            var duplicate = DuplicateSymbol().Matches(e.Message).Select(m => m.Groups[1].Value).Distinct().ToList();
            if (duplicate.Count > 0)
                throw new UserError($"the program defines {string.Join(", ", duplicate)}, which the guest runtime provides (guest ABI §3, §4)");
            throw;
        }
    }

    [GeneratedRegex(@"^(\s+)unimp\b", RegexOptions.Multiline)]
    private static partial Regex UnimpLine();

    [GeneratedRegex(@"undefined symbol: ([^\s]+)")]
    private static partial Regex UndefinedSymbol();

    [GeneratedRegex(@"duplicate symbol: ([^\s]+)")]
    private static partial Regex DuplicateSymbol();
}
