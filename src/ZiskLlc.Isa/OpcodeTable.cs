using System.Collections.Frozen;
using S = ZiskLlc.Isa.Semantics;

namespace ZiskLlc.Isa;

/// <summary>
/// The one opcode table (spec §3.1, `core/src/zisk_ops.rs` `define_ops!`, costs from
/// `zisk_ops_costs.rs`). The emulator, the assembler and disassembler, the ROM validator and the cost
/// model all read it; nothing else lists opcodes.
/// </summary>
public static class OpcodeTable
{
    // Costs (§3.1, zisk_ops_costs.rs).
    const int Bin = 60, BinAdd = 25, BinE = 53, Ari = 95, ArithEq = 89 * 16, ArithEq384 = 79 * 24;

    static readonly OpcodeInfo[] Rows =
    [
        new(Opcode.Flag, "flag", OpType.Internal, 0, 0, 0, S.Flag),
        new(Opcode.CopyB, "copyb", OpType.Internal, 0, 0, 0, S.CopyB),
        new(Opcode.Minu, "minu", OpType.Binary, Bin, 0, 0, S.Minu),
        new(Opcode.Min, "min", OpType.Binary, Bin, 0, 0, S.Min),
        new(Opcode.Maxu, "maxu", OpType.Binary, Bin, 0, 0, S.Maxu),
        new(Opcode.Max, "max", OpType.Binary, Bin, 0, 0, S.Max),
        new(Opcode.Ltu, "ltu", OpType.Binary, Bin, 0, 0, S.Ltu),
        new(Opcode.Lt, "lt", OpType.Binary, Bin, 0, 0, S.Lt),
        new(Opcode.Eq, "eq", OpType.Binary, Bin, 0, 0, S.Eq),
        new(Opcode.Add, "add", OpType.Binary, BinAdd, 0, 0, S.Add),
        new(Opcode.Sub, "sub", OpType.Binary, Bin, 0, 0, S.Sub),
        new(Opcode.Leu, "leu", OpType.Binary, Bin, 0, 0, S.Leu),
        new(Opcode.Le, "le", OpType.Binary, Bin, 0, 0, S.Le),
        new(Opcode.And, "and", OpType.Binary, Bin, 0, 0, S.And),
        new(Opcode.Or, "or", OpType.Binary, Bin, 0, 0, S.Or),
        new(Opcode.Xor, "xor", OpType.Binary, Bin, 0, 0, S.Xor),
        new(Opcode.MinuW, "minu_w", OpType.Binary, Bin, 0, 0, S.MinuW),
        new(Opcode.MinW, "min_w", OpType.Binary, Bin, 0, 0, S.MinW),
        new(Opcode.MaxuW, "maxu_w", OpType.Binary, Bin, 0, 0, S.MaxuW),
        new(Opcode.MaxW, "max_w", OpType.Binary, Bin, 0, 0, S.MaxW),
        new(Opcode.LtuW, "ltu_w", OpType.Binary, Bin, 0, 0, S.LtuW),
        new(Opcode.LtW, "lt_w", OpType.Binary, Bin, 0, 0, S.LtW),
        new(Opcode.EqW, "eq_w", OpType.Binary, Bin, 0, 0, S.EqW),
        new(Opcode.AddW, "add_w", OpType.Binary, Bin, 0, 0, S.AddW),
        new(Opcode.SubW, "sub_w", OpType.Binary, Bin, 0, 0, S.SubW),
        new(Opcode.LeuW, "leu_w", OpType.Binary, Bin, 0, 0, S.LeuW),
        new(Opcode.LeW, "le_w", OpType.Binary, Bin, 0, 0, S.LeW),
        new(Opcode.Sll, "sll", OpType.BinaryE, BinE, 0, 0, S.Sll),
        new(Opcode.Srl, "srl", OpType.BinaryE, BinE, 0, 0, S.Srl),
        new(Opcode.Sra, "sra", OpType.BinaryE, BinE, 0, 0, S.Sra),
        new(Opcode.SllW, "sll_w", OpType.BinaryE, BinE, 0, 0, S.SllW),
        new(Opcode.SrlW, "srl_w", OpType.BinaryE, BinE, 0, 0, S.SrlW),
        new(Opcode.SraW, "sra_w", OpType.BinaryE, BinE, 0, 0, S.SraW),
        new(Opcode.SignExtendB, "signextend_b", OpType.BinaryE, BinE, 0, 0, S.SignExtendB),
        new(Opcode.SignExtendH, "signextend_h", OpType.BinaryE, BinE, 0, 0, S.SignExtendH),
        new(Opcode.SignExtendW, "signextend_w", OpType.BinaryE, BinE, 0, 0, S.SignExtendW),
        new(Opcode.PubOut, "pubout", OpType.PubOut, 0, 0, 0, S.PubOut),
        new(Opcode.Mulu, "mulu", OpType.Arith, Ari, 0, 0, S.Mulu),
        new(Opcode.Muluh, "muluh", OpType.Arith, Ari, 0, 0, S.Muluh),
        new(Opcode.Mulsuh, "mulsuh", OpType.Arith, Ari, 0, 0, S.Mulsuh),
        new(Opcode.Mul, "mul", OpType.Arith, Ari, 0, 0, S.Mul),
        new(Opcode.Mulh, "mulh", OpType.Arith, Ari, 0, 0, S.Mulh),
        new(Opcode.MulW, "mul_w", OpType.Arith, Ari, 0, 0, S.MulW),
        new(Opcode.Divu, "divu", OpType.Arith, Ari, 0, 0, S.Divu),
        new(Opcode.Remu, "remu", OpType.Arith, Ari, 0, 0, S.Remu),
        new(Opcode.Div, "div", OpType.Arith, Ari, 0, 0, S.Div),
        new(Opcode.Rem, "rem", OpType.Arith, Ari, 0, 0, S.Rem),
        new(Opcode.DivuW, "divu_w", OpType.Arith, Ari, 0, 0, S.DivuW),
        new(Opcode.RemuW, "remu_w", OpType.Arith, Ari, 0, 0, S.RemuW),
        new(Opcode.DivW, "div_w", OpType.Arith, Ari, 0, 0, S.DivW),
        new(Opcode.RemW, "rem_w", OpType.Arith, Ari, 0, 0, S.RemW),
        new(Opcode.DmaMemCpy, "dma_memcpy", OpType.Dma, 46, 8, 0, null),
        new(Opcode.DmaMemCmp, "dma_memcmp", OpType.Dma, 61, 16, 0, null),
        new(Opcode.DmaInputCpy, "dma_inputcpy", OpType.Dma, 40, 8, 0, null),
        new(Opcode.DmaXMemCpy, "dma_xmemcpy", OpType.Dma, 46, 8, 0, null),
        new(Opcode.DmaXMemCmp, "dma_xmemcmp", OpType.Dma, 61, 16, 0, null),
        new(Opcode.DmaXMemSet, "dma_xmemset", OpType.Dma, 61, 8, 0, null),
        new(Opcode.Profile, "profile", OpType.Profile, 0, 0, 0, null),
        new(Opcode.Poseidon2, "poseidon2", OpType.Poseidon2, 14 * 75, 128, 128, null),
        new(Opcode.Arith384Mod, "arith384_mod", OpType.ArithEq384, ArithEq384, 232, 48, null),
        new(Opcode.Bls12_381CurveAdd, "bls12_381_curve_add", OpType.ArithEq384, ArithEq384, 208, 96, null),
        new(Opcode.Bls12_381CurveDbl, "bls12_381_curve_dbl", OpType.ArithEq384, ArithEq384, 96, 96, null),
        new(Opcode.Bls12_381ComplexAdd, "bls12_381_complex_add", OpType.ArithEq384, ArithEq384, 208, 96, null),
        new(Opcode.Bls12_381ComplexSub, "bls12_381_complex_sub", OpType.ArithEq384, ArithEq384, 208, 96, null),
        new(Opcode.Bls12_381ComplexMul, "bls12_381_complex_mul", OpType.ArithEq384, ArithEq384, 208, 96, null),
        new(Opcode.Secp256r1Add, "secp256r1_add", OpType.ArithEq, ArithEq, 144, 64, null),
        new(Opcode.Secp256r1Dbl, "secp256r1_dbl", OpType.ArithEq, ArithEq, 64, 64, null),
        new(Opcode.Blake2, "blake2", OpType.Blake2, 24 * 205, 280, 128, null),
        new(Opcode.Add256, "add256", OpType.BigInt, 104, 104, 32, null),
        new(Opcode.Keccak, "keccak", OpType.Keccak, 25 * 3022, 200, 200, null),
        new(Opcode.Arith256, "arith256", OpType.ArithEq, ArithEq, 136, 64, null),
        new(Opcode.Arith256Mod, "arith256_mod", OpType.ArithEq, ArithEq, 168, 32, null),
        new(Opcode.Secp256k1Add, "secp256k1_add", OpType.ArithEq, ArithEq, 144, 64, null),
        new(Opcode.Secp256k1Dbl, "secp256k1_dbl", OpType.ArithEq, ArithEq, 64, 64, null),
        new(Opcode.FcallParam, "fcall_param", OpType.Fcall, 0, 0, 0, null),
        new(Opcode.Fcall, "fcall", OpType.Fcall, 0, 0, 0, null),
        new(Opcode.FcallGet, "fcall_get", OpType.Fcall, 0, 0, 0, null),
        new(Opcode.Sha256, "sha256", OpType.Sha256, 72 * 121, 112, 112, null),
        new(Opcode.Bn254CurveAdd, "bn254_curve_add", OpType.ArithEq, ArithEq, 144, 64, null),
        new(Opcode.Bn254CurveDbl, "bn254_curve_dbl", OpType.ArithEq, ArithEq, 64, 64, null),
        new(Opcode.Bn254ComplexAdd, "bn254_complex_add", OpType.ArithEq, ArithEq, 144, 64, null),
        new(Opcode.Bn254ComplexSub, "bn254_complex_sub", OpType.ArithEq, ArithEq, 144, 64, null),
        new(Opcode.Bn254ComplexMul, "bn254_complex_mul", OpType.ArithEq, ArithEq, 144, 64, null),
        // halt: input size 144 makes it count as a "precompile" (§3.1), with cost 0.
        new(Opcode.Halt, "halt", OpType.Internal, 0, 144, 0, null),
    ];

    static readonly OpcodeInfo?[] ByCode = BuildByCode();
    static readonly FrozenDictionary<string, OpcodeInfo> ByName = Rows.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);

    static OpcodeInfo?[] BuildByCode()
    {
        var t = new OpcodeInfo?[256];
        foreach (var r in Rows) t[(byte)r.Code] = r;
        return t;
    }

    /// <summary>Every defined opcode, in code order.</summary>
    public static IReadOnlyList<OpcodeInfo> All { get; } = Rows.OrderBy(r => r.Code).ToArray();

    /// <summary>The row for an opcode byte, or null when the byte is not an opcode.</summary>
    public static OpcodeInfo? TryGet(byte code) => ByCode[code];

    /// <summary>The row for a defined opcode.</summary>
    public static OpcodeInfo Get(Opcode op) => ByCode[(byte)op] ?? throw new ArgumentOutOfRangeException(nameof(op), $"0x{(byte)op:x2} is not a ZisK opcode");

    /// <summary>The row for a mnemonic, or null.</summary>
    public static OpcodeInfo? TryGet(string name) => ByName.GetValueOrDefault(name);

    /// <summary>True when the byte is a defined opcode.</summary>
    public static bool IsDefined(byte code) => ByCode[code] is not null;
}
