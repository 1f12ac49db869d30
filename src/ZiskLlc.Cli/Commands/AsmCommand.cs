using System.CommandLine;
using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc asm FILE.zasm -o PROG.zrom`: assembles text assembly (docs/assembly.md) into a
/// ROM file, refusing a ROM that breaks the validator's errors unless --no-validate is given.</summary>
public sealed class AsmCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "ZisK assembly source (.zasm)" };
        var output = new Option<string>("--output", "-o") { Description = "the .zrom file to write", Required = true };
        var noValidate = new Option<bool>("--no-validate") { Description = "write the ROM even if the validator reports errors" };
        var cmd = new Command("asm", "Assemble ZisK text assembly into a .zrom file");
        cmd.Arguments.Add(file);
        cmd.Options.Add(output);
        cmd.Options.Add(noValidate);
        cmd.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            Loaders.ProgramLoaders.RequireFile(path, "source");
            string text;
            try { text = File.ReadAllText(path); }
            catch (FileNotFoundException) { throw new UserError($"{path}: no such file"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"{path}: cannot read ({e.Message})"); }
            var program = ProgramAssembler.Parse(text, path);
            var violations = RomValidator.Validate(program);
            var err = r.InvocationConfiguration.Error;
            foreach (var v in violations) err.WriteLine($"{path}: {v}");
            if (RomValidator.HasErrors(violations) && !r.GetValue(noValidate))
                throw new UserError($"{path}: the ROM breaks {violations.Count(v => v.Severity == Severity.Error)} validator rule(s); nothing written (--no-validate writes it anyway)");
            ZromFile.Write(r.GetValue(output)!, program);
            return 0;
        });
        return cmd;
    }
}
