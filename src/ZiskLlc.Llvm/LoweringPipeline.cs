namespace ZiskLlc.Llvm;

/// <summary>
/// The LLVM passes run over every input before the backend sees it: one constant, in LLVM 22's
/// new-pass-manager syntax (the same as <c>opt -passes=</c>), run by
/// <see cref="LlvmSession.RunLoweringPipeline"/> with an rv64ima target machine. These are lowerings
/// only — no general optimisation: the optimisations the direct route runs are
/// <see cref="ZiskPipeline"/>'s, separate so that `compare` can show the backend without them.
/// </summary>
public static class LoweringPipeline
{
    /// <summary>
    /// The pipeline, in order:
    /// <list type="number">
    /// <item><c>lower-expect</c> — <c>llvm.expect*</c> becomes its value (and branch weights); the backend never sees it.</item>
    /// <item><c>lower-constant-intrinsics</c> — <c>llvm.is.constant</c> and <c>llvm.objectsize</c> fold to constants, as llc's pre-isel pipeline does.</item>
    /// <item><c>lower-atomic</c> — atomic load/store/rmw/cmpxchg and fence become plain single-threaded memory operations: a ZisK guest has one hart and no interrupts, so this is exact.</item>
    /// <item><c>lower-invoke</c> — <c>invoke</c> becomes <c>call</c> + <c>br</c>: nothing unwinds in a ZisK guest (panics abort).</item>
    /// <item><c>unreachableblockelim</c> — removes the blocks <c>lower-invoke</c> leaves unreachable (landing pads); llc runs it too, so `compare` stays fair.</item>
    /// <item><c>scalarizer&lt;load-store&gt;</c> — vector operations, including vector loads and stores, become scalar ones (ZisK has no vector unit; rustc emits small vectors for copies).</item>
    /// </list>
    /// Deliberately absent: <c>lower-switch</c> (the selector wants <c>switch</c> with its case values,
    /// see <see cref="IrInstruction.SwitchCases"/>, to choose between jump tables and compare trees
    /// itself), <c>expand-variadics</c> (variadic calls keep the RISC-V calling convention, handled
    /// by the backend) and every optimisation pass.
    /// </summary>
    public const string Passes =
        "lower-expect,lower-constant-intrinsics,lower-atomic,lower-invoke,unreachableblockelim,scalarizer<load-store>";

    /// <summary>The target the pipeline's target machine is built for (RV64IMA, medium code model, static).</summary>
    public const string TargetTriple = "riscv64-unknown-elf";

    /// <summary>The CPU name for the target machine.</summary>
    public const string TargetCpu = "generic-rv64";

    /// <summary>The feature string for the target machine: RV64IMA, no compressed instructions, no floating point.</summary>
    public const string TargetFeatures = "+m,+a,-c,-f,-d";
}
