using ZiskLlc.Isa;
namespace ZiskLlc.Emulator;

/// <summary>One row of a per-opcode table: how many executions added cost, and how much.</summary>
public sealed record OpcodeCostLine(string Name, ulong Count, ulong Cost);

/// <summary>
/// The statistics of a run (spec §8.7), equal to ziskemu's `-X` figures:
/// TOTAL = BASE + MAIN + OPCODES + PRECOMPILED + MEMORY; FROPS is informational.
/// </summary>
/// <param name="Steps">executed steps</param>
/// <param name="TotalCost">BASE + MAIN + OPCODES + PRECOMPILED + MEMORY</param>
/// <param name="BaseCost">the constant 293,601,280</param>
/// <param name="MainCost">68 · steps</param>
/// <param name="OpcodesCost">fixed costs of non-precompile opcodes that were not frops</param>
/// <param name="PrecompiledCost">fixed + variable costs of precompile opcodes (input_size &gt; 0)</param>
/// <param name="MemoryCost">the memory-access costs of §8.4–8.6</param>
/// <param name="FropsCost">fixed costs of the frop hits (not part of the total)</param>
/// <param name="ByOpcode">ziskemu's COST BY OPCODE: opcodes with a non-zero cost, by decreasing cost</param>
/// <param name="FropsByOpcode">ziskemu's FROPS BY OPCODE, by decreasing cost</param>
public sealed record CostReport(ulong Steps, ulong TotalCost, ulong BaseCost, ulong MainCost, ulong OpcodesCost,
    ulong PrecompiledCost, ulong MemoryCost, ulong FropsCost, IReadOnlyList<OpcodeCostLine> ByOpcode,
    IReadOnlyList<OpcodeCostLine> FropsByOpcode)
{
    /// <summary>BASE = (21 + 55 + 35 + 29) · 2^21 (§8.7).</summary>
    public const ulong Base = CostModel.Base;
    /// <summary>MAIN cost per step (§8.7).</summary>
    public const ulong MainPerStep = CostModel.MainPerStep;
}
