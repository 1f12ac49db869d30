using System.CommandLine;
using ZiskLlc.Cli.Loaders;
using ZiskLlc.Emulator;
using ZiskLlc.Emulator.Reporting;
using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Commands;

/// <summary>
/// `zisk-llc run PROG`: runs a program (.zrom or RISC-V ELF) on the emulator like `ziskemu`: the
/// program's UART bytes on stdout, `-c` output words, `--stats` cost lines (spec §8.7), `--json` one
/// object. Exit code 0 only when the run reached `end` without a halt. A .zrom file is checked by the
/// validator first and not run when it breaks a rule (as `asm` will not write one): a ROM file can
/// come from anywhere, while a transpiled ELF is riscv2zisk's output and runs as ziskemu runs it.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create()
    {
        var prog = new Argument<string>("PROG") { Description = "program to run: a .zrom file or a RISC-V ELF" };
        var input = new Option<string?>("--input", "-i") { Description = "raw input file placed at 0x40000008 (size a multiple of 8), like ziskemu -i" };
        var legacy = new Option<string?>("--legacy-inputs") { Description = "input file framed as [u64 length][bytes][zero pad], like ziskemu --legacy-inputs" };
        var maxSteps = new Option<ulong?>("--max-steps", "-n")
        {
            Description = $"step limit (default {MemoryMap.DefaultMaxSteps})",
            // The default parser's complaint names a .NET type ("System.Nullable`1[System.UInt64]").
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
                r.AddError($"-n/--max-steps: '{text}' is not a step count (a whole number from 0 to {ulong.MaxValue})");
                return null;
            },
        };
        var outputs = new Option<bool>("--outputs", "-c") { Description = "print the 64 public output words, 8 hex digits per line" };
        var stats = new Option<bool>("--stats") { Description = "collect statistics and print the cost lines and the cost by opcode" };
        var profile = new Option<bool>("--profile") { Description = "print steps and cost per function (demangled) and the hottest instruction ranges" };
        var json = new Option<bool>("--json") { Description = "print one JSON object (figures, outputs, stdout, end state)" };
        var floatLib = new Option<string?>("--float-lib") { Description = "ZisK's soft-float library ELF, loaded with an ELF program like ziskemu does" };
        var cmd = new Command("run", "Run a ZisK program on the emulator (step- and cost-exact with ziskemu)");
        cmd.Arguments.Add(prog);
        foreach (var o in new Option[] { input, legacy, maxSteps, outputs, stats, json, floatLib, profile }) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            string? inPath = parse.GetValue(input), legacyPath = parse.GetValue(legacy);
            if (inPath is not null && legacyPath is not null) throw new UserError("use either -i or --legacy-inputs, not both");
            byte[] bytes = inPath is not null ? EmulatorInput.FromFile(inPath)
                : legacyPath is not null ? EmulatorInput.Legacy(legacyPath) : [];
            bool asJson = parse.GetValue(json), withStats = parse.GetValue(stats), withProfile = parse.GetValue(profile);
            var path = parse.GetValue(prog)!;
            var program = ProgramLoaders.Load(path, new LoadOptions { FloatLib = parse.GetValue(floatLib) });
            if (ProgramLoaders.IsZrom(path) && RomValidator.Validate(program).Where(v => v.Severity == Severity.Error).ToList() is { Count: > 0 } bad)
                throw new UserError($"{path}: the ROM breaks {bad.Count} validator rule(s), not run; first: {bad[0]} (`zisk-llc validate` lists them all)");
            var result = ZiskEmulator.Run(program, new EmulatorOptions
            {
                Input = bytes,
                MaxSteps = parse.GetValue(maxSteps) ?? MemoryMap.DefaultMaxSteps,
                Statistics = asJson || withStats || withProfile,
                Profile = withProfile,
            });
            if (asJson)
            {
                output.WriteLine(RunReport.Json(result));
            }
            else
            {
                output.Write(RunReport.StdoutText(result));
                if (parse.GetValue(outputs) && result.End is RunEnd.Ok or RunEnd.Halted) output.Write(RunReport.OutputsText(result));
                if (withStats && result.Costs is { } c) output.Write(RunReport.StatsText(c));
                if (withProfile) output.Write(Reporting.ProfileReport.Text(program, result));
            }
            output.Flush();
            if (result.EndedOk) return 0;
            error.WriteLine($"zisk-llc: error: {result.Message}");
            return 1;
        });
        return cmd;
    }
}
