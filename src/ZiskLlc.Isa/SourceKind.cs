namespace ZiskLlc.Isa;

/// <summary>How an operand is built (spec §1.3). The value is ZisK's numeric code.</summary>
public enum SourceKind : byte
{
    /// <summary>The previous step's c ("lastc").</summary>
    LastC = 0,
    /// <summary>8-byte read at an absolute address.</summary>
    Mem = 1,
    /// <summary>A 64-bit immediate.</summary>
    Imm = 2,
    /// <summary>The step counter (a only; never emitted, not provable: §1.3, §9.3).</summary>
    Step = 3,
    /// <summary>b only: read of ind_width bytes at a + offset.</summary>
    Ind = 5,
    /// <summary>Register file slot.</summary>
    Reg = 6,
}

/// <summary>Where the result goes (spec §1.4). The value is ZisK's numeric code.</summary>
public enum StoreKind : byte
{
    None = 0,
    /// <summary>8-byte write at an absolute address.</summary>
    Mem = 1,
    /// <summary>Write of ind_width bytes at a + offset.</summary>
    Ind = 2,
    /// <summary>Register file slot.</summary>
    Reg = 3,
}
