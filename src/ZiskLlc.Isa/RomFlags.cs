namespace ZiskLlc.Isa;

/// <summary>The flags word of the proof-side ROM row (spec §6.4).</summary>
public static class RomFlags
{
    /// <summary>Computes the 16-bit flags word. SRC_STEP has no encoding (§9.3); the validator rejects it.</summary>
    public static ulong Compute(Instruction i)
    {
        var info = i.Info;
        ulong f = 1;
        if (i.ASrc == SourceKind.Imm) f |= 1 << 1;
        if (i.ASrc == SourceKind.Mem) f |= 1 << 2;
        if (info.IsPrecompiled) f |= 1 << 3;
        if (i.BSrc == SourceKind.Imm) f |= 1 << 4;
        if (i.BSrc == SourceKind.Mem) f |= 1 << 5;
        if (info.IsExternalOp) f |= 1 << 6;
        if (i.StorePc) f |= 1 << 7;
        if (i.Store == StoreKind.Mem) f |= 1 << 8;
        if (i.Store == StoreKind.Ind) f |= 1 << 9;
        if (i.SetPc) f |= 1 << 10;
        if (info.M32) f |= 1 << 11;
        if (i.BSrc == SourceKind.Ind) f |= 1 << 12;
        if (i.ASrc == SourceKind.Reg) f |= 1 << 13;
        if (i.BSrc == SourceKind.Reg) f |= 1 << 14;
        if (i.Store == StoreKind.Reg) f |= 1 << 15;
        return f;
    }
}
