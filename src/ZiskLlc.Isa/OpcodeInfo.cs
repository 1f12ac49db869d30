namespace ZiskLlc.Isa;

/// <summary>
/// Computes (c, flag) from (a, b) for an opcode whose result depends on a and b alone (spec §3.1).
/// Opcodes that touch memory or the fcall context (precompiles, DMA, fcall*, halt) have none.
/// </summary>
public delegate ulong AluFunction(ulong a, ulong b, out bool flag);

/// <summary>One row of the opcode table: everything the emulator, assembler, disassembler,
/// validator and cost model know about an opcode.</summary>
/// <param name="Code">the opcode byte</param>
/// <param name="Name">the name ZisK uses (`zisk_ops.rs`), also the assembly mnemonic</param>
/// <param name="Type">operation type; decides frops and is_external_op</param>
/// <param name="Cost">fixed per-execution cost of §3.1/§8.3</param>
/// <param name="InputSize">input size; &gt; 0 makes the op a "precompile" in the statistics (§8.3)</param>
/// <param name="OutputSize">output size in bytes (informational)</param>
/// <param name="Compute">c and flag as a pure function of a and b, or null when the op has side effects</param>
public sealed record OpcodeInfo(Opcode Code, string Name, OpType Type, int Cost, int InputSize, int OutputSize, AluFunction? Compute)
{
    /// <summary>Counted as a precompile in the statistics (input_size &gt; 0), spec §1.2.</summary>
    public bool IsPrecompiled => InputSize > 0;

    /// <summary>The PIL `is_external_op` flag: neither Internal nor Fcall (spec §1.2).</summary>
    public bool IsExternalOp => Type is not (OpType.Internal or OpType.Fcall);

    /// <summary>The PIL `m32` flag: the name contains "_w" (signextend_w included, spec §1.2).</summary>
    public bool M32 => Name.Contains("_w", StringComparison.Ordinal);

    /// <summary>Binary/BinaryE/Arith ops: the ones that can be frops (Appendix A) and that the proof
    /// requires to be external (§9.3).</summary>
    public bool IsAluType => Type is OpType.Binary or OpType.BinaryE or OpType.Arith;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
