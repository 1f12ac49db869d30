using System.CommandLine;
using ZiskLlc.Cli.Loaders;
using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc validate PROG`: checks a ROM (or the ROM an ELF transpiles to) against the proof
/// constraints of spec §9.3 and the structural rules; every violation is printed with its address.
/// Exit code 1 when there is an error (warnings alone exit 0), with one `zisk-llc: error:` line on
/// stderr saying how many, like every other failing command.</summary>
public sealed class ValidateCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create()
    {
        var prog = new Argument<string>("PROG") { Description = "a .zrom file (or a RISC-V ELF, validated as transpiled)" };
        var floatLib = new Option<string?>("--float-lib") { Description = "ZisK's soft-float library ELF, for an ELF input" };
        var cmd = new Command("validate", "Check a ROM against ZisK's proof constraints (spec §9.3)");
        cmd.Arguments.Add(prog);
        cmd.Options.Add(floatLib);
        cmd.SetAction(r =>
        {
            var path = r.GetValue(prog)!;
            var program = ProgramLoaders.Load(path, new LoadOptions { FloatLib = r.GetValue(floatLib) });
            var violations = RomValidator.Validate(program);
            var o = r.InvocationConfiguration.Output;
            foreach (var v in violations) o.WriteLine($"{path}: {v}");
            int errors = violations.Count(v => v.Severity == Severity.Error), warnings = violations.Count - errors;
            o.WriteLine($"{path}: {(errors == 0 ? "ok" : "invalid")}: {program.Instructions.Count} instructions, " +
                $"{program.Segments.Count} segments, {program.Symbols.Count} symbols; {errors} error(s), {warnings} warning(s)");
            if (errors > 0) throw new UserError($"{path}: the ROM breaks {errors} validator rule(s) (listed above)");
            return 0;
        });
        return cmd;
    }
}
