namespace ZiskLlc.Riscv.Decoding;

/// <summary>
/// Encoding format of a decoded instruction. The 32-bit formats follow the RISC-V manual ("Sys" is
/// ecall/ebreak/CSR, "Fence" is fence/fence.i, "Amo" is the A extension); the 16-bit ones are the C
/// extension's. Field extraction depends on it exactly as in ZisK's `riscv_interpreter.rs`.
/// </summary>
public enum RvFormat : byte
{
    Invalid, I, R, R4, S, B, U, J, Amo, Sys, Fence,
    CR, CI, CSS, CIW, CL, CS, CA, CB, CJ, CInvalid,
}

/// <summary>
/// One decoded RISC-V instruction, with its operand fields as ZisK's decoder extracts them (spec
/// §7.0) — including ZisK's rewrites (c.nop / c.reserved) and its field quirks — because the
/// translation (§7) is defined on those fields. <see cref="Mnemonic"/> is the architectural name
/// before ZisK's rewrites (used for disassembly); <see cref="Name"/> is what the translator sees.
/// </summary>
public sealed record RvInstruction
{
    /// <summary>Address of the first byte.</summary>
    public ulong Address { get; init; }
    /// <summary>The raw encoding (16-bit instructions in the low half).</summary>
    public uint Raw { get; init; }
    /// <summary>2 or 4.</summary>
    public int Size { get; init; }
    /// <summary>ZisK's name after its decoder rewrites ("c.nop", "c.reserved", "c.halt", "reserved", …).</summary>
    public string Name { get; init; } = "";
    /// <summary>The architectural mnemonic as llvm-objdump -M no-aliases spells it ("c.addi", "csrrs", …).</summary>
    public string Mnemonic { get; init; } = "";
    /// <summary>Encoding format.</summary>
    public RvFormat Format { get; init; }
    /// <summary>Destination register (for C forms the expanded register number).</summary>
    public int Rd { get; init; }
    /// <summary>First source register.</summary>
    public int Rs1 { get; init; }
    /// <summary>Second source register.</summary>
    public int Rs2 { get; init; }
    /// <summary>Third source register (R4 float forms).</summary>
    public int Rs3 { get; init; }
    /// <summary>The immediate as ZisK decodes it (sign-extended where ZisK sign-extends; shifts keep 6 bits).</summary>
    public int Imm { get; init; }
    /// <summary>The 5-bit immediate of the CSR i-forms (bits 19..15).</summary>
    public uint Imme { get; init; }
    /// <summary>CSR number (bits 31..20).</summary>
    public uint Csr { get; init; }

    /// <summary>True for the C extension.</summary>
    public bool IsCompressed => Size == 2;
}
