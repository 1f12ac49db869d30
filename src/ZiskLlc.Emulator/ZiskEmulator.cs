using ZiskLlc.Isa.Assembly;
using ZiskLlc.Emulator.Execution;
using ZiskLlc.Emulator.Memory;
using ZiskLlc.Rom;

namespace ZiskLlc.Emulator;

/// <summary>
/// Runs a ZisK program step- and cost-exactly like ziskemu (spec §1.5, §4, §8). Fast mode (no
/// statistics) and statistics mode execute the same steps; only the latter fills
/// <see cref="RunResult.Costs"/>.
/// </summary>
public static class ZiskEmulator
{
    /// <summary>Runs <paramref name="program"/> from ROM_ENTRY. Faults, halts and the step limit are
    /// reported in the result, never thrown; a program or input that cannot be loaded throws
    /// <see cref="Isa.UserError"/>.</summary>
    public static RunResult Run(ZiskProgram program, EmulatorOptions options)
    {
        var image = new CodeImage(program);
        using var machine = new Machine(image, new MachineMemory(program, options.Input), options);
        var result = new RunResult();
        try
        {
            if (options.Statistics && options.Profile) machine.Stats.GrowProfile(machine.Image.Code.Length);
            bool ended = options.Statistics
                ? machine.Run<StatsMode>(options.MaxSteps, out result.Steps)
                : machine.Run<FastMode>(options.MaxSteps, out result.Steps);
            result.FinalPc = image.Code[machine.CurrentSlot].Paddr;
            if (!ended)
            {
                result.End = RunEnd.StepLimit;
                var at = image.SourceAt(machine.CurrentSlot);
                result.Message = $"emulation did not complete: step limit of {options.MaxSteps} reached at pc 0x{result.FinalPc:x}" +
                    $" ({(at is null ? "no instruction: the pc spins (§6.2)" : AsmPrinter.FormatBody(at))})";
            }
            else if (machine.Error)
            {
                result.End = RunEnd.Halted;
                result.Message = $"program finished with error (halt) after {result.Steps} steps";
            }
            if (options.Statistics) result.Costs = machine.Stats.Report(result.Steps);
            if (options.Statistics && options.Profile && machine.Stats.SlotSteps is { } ps)
            {
                var code = machine.Image.Code;
                result.Profile = [];
                for (int k = 0; k < ps.Length && k < code.Length; k++)
                    if (ps[k] > 0) result.Profile[code[k].Paddr] = (ps[k], machine.Stats.SlotCost![k]);
            }
        }
        catch (EmulationFault f)
        {
            result.Steps = machine.CurrentStep;
            result.End = RunEnd.Fault;
            result.FinalPc = image.Code[machine.CurrentSlot].Paddr;
            var src = image.SourceAt(machine.CurrentSlot);
            result.Message = $"pc 0x{result.FinalPc:x} ({(src is null ? "no instruction" : AsmPrinter.FormatBody(src))}) at step {result.Steps}: {f.Message}";
        }
        result.Outputs = machine.Memory.Outputs();
        result.Stdout = machine.Memory.Stdout;
        return result;
    }
}
