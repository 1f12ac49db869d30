using System.Globalization;
using System.Text.RegularExpressions;
using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// ZisK-style inline assembly (issue 10 item 4): guests written for ZisK (ziskos) call precompiles and
// free-input functions with RISC-V CSR instructions that riscv2zisk turns into single ZisK steps
// (spec §5.9, §7.6). The direct route recognises the same instructions in the IR's inline asm and emits
// the ZisK operation itself; any other inline asm is a diagnostic naming the function and the text.
public sealed partial class FunctionLowering
{
    /// <summary>Precompile CSRs of `csrs CSR, rs1` (§5.9); 0x811 (add256) has its own form.</summary>
    static readonly Dictionary<int, Opcode> PrecompileCsr = new()
    {
        [0x800] = Opcode.Keccak, [0x801] = Opcode.Arith256, [0x802] = Opcode.Arith256Mod, [0x803] = Opcode.Secp256k1Add,
        [0x804] = Opcode.Secp256k1Dbl, [0x805] = Opcode.Sha256, [0x806] = Opcode.Bn254CurveAdd, [0x807] = Opcode.Bn254CurveDbl,
        [0x808] = Opcode.Bn254ComplexAdd, [0x809] = Opcode.Bn254ComplexSub, [0x80A] = Opcode.Bn254ComplexMul, [0x80B] = Opcode.Arith384Mod,
        [0x80C] = Opcode.Bls12_381CurveAdd, [0x80D] = Opcode.Bls12_381CurveDbl, [0x80E] = Opcode.Bls12_381ComplexAdd,
        [0x80F] = Opcode.Bls12_381ComplexSub, [0x810] = Opcode.Bls12_381ComplexMul, [0x812] = Opcode.Poseidon2,
        [0x817] = Opcode.Secp256r1Add, [0x818] = Opcode.Secp256r1Dbl, [0x819] = Opcode.Blake2,
    };

    /// <summary>fcall_param word counts by CSR 0x8F0 + k (§5.9).</summary>
    static readonly int[] FcallParamWords = [1, 2, 4, 8, 12, 16, 20, 24, 28, 32, 48, 64, 80, 96, 128, 256];

    const string Num = @"(0x[0-9a-fA-F]+|\d+)";
    const string Opnd = @"\$\{?(\d+)(?::\w)?\}?";
    static readonly Regex Csrs = new($@"^csrs\s+{Num}\s*,\s*{Opnd}$", RegexOptions.CultureInvariant);
    static readonly Regex CsrrsAdd256 = new($@"^csrrs\s+{Opnd}\s*,\s*{Num}\s*,\s*{Opnd}$", RegexOptions.CultureInvariant);
    static readonly Regex Csrwi = new($@"^csrwi\s+{Num}\s*,\s*{Num}$", RegexOptions.CultureInvariant);
    static readonly Regex Csrr = new($@"^csrr\s+{Opnd}\s*,\s*{Num}$", RegexOptions.CultureInvariant);

    static int N(string s) => s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        ? int.Parse(s.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : int.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Lowers one recognised ZisK instruction of inline asm; false if the text is not one.</summary>
    bool ZiskAsm(IrInstruction i, IrInlineAsm asm)
    {
        var text = string.Join(" ", asm.AsmText.Split((char[])['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        text = Regex.Replace(text.Trim(), @"\s+", " ");
        // Operands: outputs first, then inputs, as the constraint string lists them.
        var cons = asm.Constraints.Split(',').Where(c => !c.StartsWith('~')).ToList();
        int outputs = cons.Count(c => c.StartsWith('='));
        var args = i.CallArguments;
        Operand In(int n) => n - outputs is var k && k >= 0 && k < args.Count ? Val(args[k]) : throw new UnsupportedException($"inline asm operand ${n} is not an input");
        Match m;
        if ((m = Csrs.Match(text)).Success)
        {
            int csr = N(m.Groups[1].Value);
            var p = In(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            if (PrecompileCsr.TryGetValue(csr, out var op)) { Put(op, Operand.Zero, p, Operand.None); return true; }
            if (csr is >= 0x8F0 and <= 0x8FF) { Put(Opcode.FcallParam, Operand.Imm((ulong)FcallParamWords[csr - 0x8F0]), p, Operand.None); return true; }
            return false;
        }
        if ((m = CsrrsAdd256.Match(text)).Success && N(m.Groups[2].Value) == 0x811 && outputs == 1)
        {
            // add256: c = carry out, to the output register (§3.3).
            Set(i, Emit(Opcode.Add256, Operand.Zero, In(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))));
            return true;
        }
        if ((m = Csrwi.Match(text)).Success && N(m.Groups[1].Value) is >= 0x8C0 and <= 0x8DF and var c)
        {
            Put(Opcode.Fcall, Operand.Imm((ulong)(32 * (c - 0x8C0) + N(m.Groups[2].Value))), Operand.Zero, Operand.None);
            return true;
        }
        if ((m = Csrr.Match(text)).Success && N(m.Groups[2].Value) == 0xFFE && outputs == 1)
        {
            // fcall_get reads the free-input word through an 8-byte read of INPUT_ADDR (§3.5).
            Set(i, Emit(Opcode.FcallGet, Operand.Zero, Operand.M(MemoryMap.InputAddr)));
            return true;
        }
        return false;
    }
}
