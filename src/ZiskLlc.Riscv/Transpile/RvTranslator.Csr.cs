using ZiskLlc.Rom.Boot;
using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;
using static ZiskLlc.Rom.Boot.Z;

namespace ZiskLlc.Riscv.Transpile;

/// <summary>The ZisK CSR numbers with a meaning beyond "a RAM word" (spec §5.9).</summary>
internal static class Csrs
{
    public const uint Add256 = 0x811, DmaMemcpy = 0x813, DmaMemcmp = 0x814, DmaInputcpy = 0x815, DmaMemset = 0x816, Profile = 0x81A;
    public const uint FcallFirst = 0x8C0, FcallLast = 0x8DF, FcallParamFirst = 0x8F0, FcallParamLast = 0x8FF, FcallGet = 0xFFE;

    /// <summary>Word counts of `csrs 0x8F0+k` (fcall_param).</summary>
    public static readonly ulong[] FcallParamWords = [1, 2, 4, 8, 12, 16, 20, 24, 28, 32, 48, 64, 80, 96, 128, 256];

    /// <summary>The precompile called by `csrs CSR, rs1` (not DMA/profile/add256), or null.</summary>
    public static Opcode? Precompile(uint csr) => csr switch
    {
        0x800 => Opcode.Keccak, 0x801 => Opcode.Arith256, 0x802 => Opcode.Arith256Mod, 0x803 => Opcode.Secp256k1Add,
        0x804 => Opcode.Secp256k1Dbl, 0x805 => Opcode.Sha256, 0x806 => Opcode.Bn254CurveAdd, 0x807 => Opcode.Bn254CurveDbl,
        0x808 => Opcode.Bn254ComplexAdd, 0x809 => Opcode.Bn254ComplexSub, 0x80A => Opcode.Bn254ComplexMul,
        0x80B => Opcode.Arith384Mod, 0x80C => Opcode.Bls12_381CurveAdd, 0x80D => Opcode.Bls12_381CurveDbl,
        0x80E => Opcode.Bls12_381ComplexAdd, 0x80F => Opcode.Bls12_381ComplexSub, 0x810 => Opcode.Bls12_381ComplexMul,
        0x812 => Opcode.Poseidon2, 0x817 => Opcode.Secp256r1Add, 0x818 => Opcode.Secp256r1Dbl, 0x819 => Opcode.Blake2,
        _ => null,
    };
}

/// <summary>
/// CSR instructions and the ZisK marker patterns (spec §7.6, riscv2zisk `csrrw`…`csrrci` and the
/// `transpile_*_pattern` helpers). CSR c is the RAM word 0xA0008000 + 8c; x33 (0xA0000108) is the
/// scratch for read-modify-write forms. Forms that riscv2zisk builds with an `a` read of address 0
/// are reproduced as such (they panic only if executed, §7.6 QUIRK). Patterns ZisK rejects at
/// transpile time (a panic there) are <see cref="UserError"/>s.
/// </summary>
internal sealed partial class RvTranslator
{
    const int TempX33 = 33;
    static ulong CsrWord(uint csr) => MemoryMap.CsrAddrOf(csr);

    void Csrrw()
    {
        var i = _i; ulong c = CsrWord(i.Csr);
        if (i.Rd == i.Rs1)
        {
            if (i.Rd == 0) { Emit(Make(A, Opcode.CopyB, I0, I0, ToM(c), 4, 4)); return; }
            Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(TempX33), 1, 1));
            Emit(Make(A + 1, Opcode.CopyB, I0, R(i.Rs1), ToM(c), 1, 1));
            Emit(Make(A + 2, Opcode.CopyB, I0, R(TempX33), ToR(i.Rd), 2, 2));
        }
        else if (i.Rd == 0) Emit(Make(A, Opcode.CopyB, I0, R(i.Rs1), ToM(c), 4, 4));
        else
        {
            Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(i.Rd), 1, 1));
            Emit(Make(A + 1, Opcode.CopyB, I0, R(i.Rs1), ToM(c), 3, 3));
        }
    }

    void Csrrs(IReadOnlyList<RvInstruction> code, int next)
    {
        var i = _i; ulong c = CsrWord(i.Csr);
        if (i.Rd == i.Rs1)
        {
            if (i.Rd == 0) { Emit(Make(A, Opcode.CopyB, I0, I0, None, 4, 4)); return; }
            Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(TempX33), 1, 1));
            Emit(Make(A + 1, Opcode.Or, C, R(i.Rs1), ToM(c), 1, 1));
            Emit(Make(A + 2, Opcode.CopyB, I0, R(TempX33), ToR(i.Rd), 2, 2));
        }
        else if (i.Rd == 0)
        {
            switch (i.Csr)
            {
                case Csrs.DmaMemcpy or Csrs.DmaMemcmp: RequireNext(code, next); DmaMemcpyMemcmp(code, next); return;
                case Csrs.DmaInputcpy: RequireNext(code, next); DmaInputcpy(code, next); return;
                case Csrs.DmaMemset: RequireNext(code, next); DmaMemset(code, next); return;
                case Csrs.Profile: RequireNext(code, next); ProfilePattern(code, next); return;
            }
            if (Csrs.Precompile(i.Csr) is { } prec) { Emit(Make(A, prec, I0, R(i.Rs1), None, 0, 4)); return; }
            if (i.Csr is >= Csrs.FcallParamFirst and <= Csrs.FcallParamLast)
            {
                Emit(Make(A, Opcode.FcallParam, I(Csrs.FcallParamWords[i.Csr - Csrs.FcallParamFirst]), R(i.Rs1), None, 4, 4));
                return;
            }
            Emit(Make(A, Opcode.Or, M(c), R(i.Rs1), ToM(c), 4, 4));
        }
        else if (i.Rs1 == 0)
        {
            if (i.Csr == Csrs.FcallGet) Emit(Make(A, Opcode.FcallGet, I0, M(MemoryMap.InputAddr), ToR(i.Rd), 4, 4));
            else Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(i.Rd), 4, 4));
        }
        else if (i.Csr == Csrs.Add256) Emit(Make(A, Opcode.Add256, I0, R(i.Rs1), ToR(i.Rd), 0, 4));
        else
        {
            Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(i.Rd), 1, 1));
            Emit(Make(A + 1, Opcode.Or, C, R(i.Rs1), ToM(c), 3, 3));
        }
    }

    void Csrrc()
    {
        var i = _i; ulong c = CsrWord(i.Csr);
        const ulong m64 = ulong.MaxValue;
        if (i.Rd == i.Rs1)
        {
            if (i.Rd == 0) { Emit(Make(A, Opcode.CopyB, I0, I0, None, 4, 4)); return; }
            Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(TempX33), 1, 1));
            Emit(Make(A + 1, Opcode.Xor, I(m64), R(i.Rs1), None, 1, 1));
            Emit(Make(A + 2, Opcode.And, R(TempX33), C, ToM(c), 1, 1));
            Emit(Make(A + 3, Opcode.CopyB, M(0), R(TempX33), ToR(i.Rd), 1, 1)); // QUIRK: a = M[0]
        }
        else if (i.Rd == 0)
        {
            Emit(Make(A, Opcode.Xor, I(m64), R(i.Rs1), None, 1, 1));
            Emit(Make(A + 1, Opcode.And, M(c), C, ToM(c), 3, 3));
        }
        else if (i.Rs1 == 0) Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(i.Rd), 4, 4));
        else
        {
            Emit(Make(A, Opcode.CopyB, M(0), M(c), ToR(i.Rd), 1, 1)); // QUIRK: a = M[0]
            Emit(Make(A + 1, Opcode.Xor, I(m64), R(i.Rs1), None, 1, 1));
            Emit(Make(A + 2, Opcode.And, R(i.Rd), C, ToM(c), 2, 2));
        }
    }

    void Csrrwi()
    {
        var i = _i;
        if (i.Rd == 0)
        {
            if (i.Csr is >= Csrs.FcallFirst and <= Csrs.FcallLast)
                Emit(Make(A, Opcode.Fcall, I(((ulong)(i.Csr - Csrs.FcallFirst) << 5) + i.Imme), I0, None, 4, 4));
            else // QUIRK (§7.6): CSR_ADDR + c + 8 instead of CSR_ADDR + 8c
                Emit(Make(A, Opcode.CopyB, I0, I(i.Imme), ToM(MemoryMap.CsrAddr + i.Csr + 8), 4, 4));
            return;
        }
        Emit(Make(A, Opcode.CopyB, M(0), M(CsrWord(i.Csr)), ToR(i.Rd), 1, 1)); // QUIRK: a = M[0]
        Emit(Make(A + 1, Opcode.CopyB, M(0), I(i.Imme), ToM(CsrWord(i.Csr)), 3, 3));
    }

    void Csrrsi(IReadOnlyList<RvInstruction> code, int next) => CsrImmediate(code, next, set: true);
    void Csrrci() => CsrImmediate([], 0, set: false);

    /// <summary>csrrsi / csrrci (the memset marker `csrsi 0x816` is handled first, as riscv2zisk does).</summary>
    void CsrImmediate(IReadOnlyList<RvInstruction> code, int next, bool set)
    {
        var i = _i; ulong c = CsrWord(i.Csr);
        Opcode op = set ? Opcode.Or : Opcode.And;
        ulong value = set ? i.Imme : i.Imme ^ ulong.MaxValue;
        if (i.Rd == 0)
        {
            if (set && i.Csr == Csrs.DmaMemset) { DmaMemset(code, next); return; }
            if (i.Imme == 0) Emit(Make(A, Opcode.CopyB, I0, I0, None, 4, 4));
            else Emit(Make(A, op, M(c), I(value), ToM(c), 4, 4));
        }
        else if (i.Imme == 0) Emit(Make(A, Opcode.CopyB, I0, M(c), ToR(i.Rd), 4, 4));
        else
        {
            Emit(Make(A, Opcode.CopyB, M(0), M(c), ToR(i.Rd), 1, 1)); // QUIRK: a = M[0]
            Emit(Make(A + 1, op, C, I(value), ToM(c), 3, 3));
        }
    }

    void RequireNext(IReadOnlyList<RvInstruction> code, int next)
    {
        if (next >= code.Count) throw Fail($"CSR 0x{_i.Csr:X3} is a ZisK marker and must be followed by another instruction in the same section");
    }
}
