using ZiskLlc.Rom.Boot;
using ZiskLlc.Isa;
using ZiskLlc.Riscv.Decoding;
using static ZiskLlc.Rom.Boot.Z;

namespace ZiskLlc.Riscv.Transpile;

/// <summary>
/// The DMA and profile marker patterns (spec §7.6 second table; riscv2zisk
/// `transpile_dma_*_pattern`, `transpile_profile_pattern`): a `csrs 0x813…0x816/0x81A` followed by
/// one or two `add`/`addi` that carry the remaining operands. The followers are still translated
/// on their own (as skipped hint/nop code) except the register-count memcpy/memcmp `add`, which
/// becomes the DMA step itself. Any other follower is a transpile-time error, as in riscv2zisk.
/// </summary>
internal sealed partial class RvTranslator
{
    void DmaMemcpyMemcmp(IReadOnlyList<RvInstruction> code, int next)
    {
        var n = code[next];
        if (_i.Imme == 0 && n.Name == "add")
        {
            // [A] count → EXTRA_PARAMS; the following add becomes dma_memcpy/dma_memcmp (Convert "add")
            Emit(Make(A, Opcode.CopyB, I0, R(n.Rs2), ToM(MemoryMap.ExtraParamsAddr), 0, 4));
            _outputPrecompile = _i.Csr;
            _outputPrecompileReg = _i.Rs1;
            return;
        }
        if (_i.Imme == 0 && n.Name == "addi")
        {
            var op = _i.Csr == Csrs.DmaMemcpy ? Opcode.DmaXMemCpy : Opcode.DmaXMemCmp;
            Emit(Make(A, op, R(n.Rs1), R(_i.Rs1), ToR(n.Rd), n.Imm, 8));
            return;
        }
        throw Fail($"CSR 0x{_i.Csr:X3} (DMA memcpy/memcmp marker) must be followed by add or addi, found {n.Mnemonic}");
    }

    void DmaInputcpy(IReadOnlyList<RvInstruction> code, int next)
    {
        var n = code[next];
        if (_i.Imme == 0 && n.Name == "add") { Emit(Make(A, Opcode.DmaInputCpy, R(n.Rs1), R(n.Rs2), ToR(n.Rd), 0, 8)); return; }
        if (_i.Imme == 0 && n.Name == "addi") { Emit(Make(A, Opcode.DmaInputCpy, R(n.Rs1), I((long)n.Imm), ToR(n.Rd), 0, 8)); return; }
        throw Fail($"CSR 0x815 (DMA inputcpy marker) must be followed by add or addi, found {n.Mnemonic}");
    }

    /// <summary>
    /// Memset: the register form `csrs 0x816, dst ; addi x0, cnt, V` (also reached by `csrsi 0x816, 0`
    /// with dst = x0). The immediate form `csrsi 0x816, 2 ; addi ; addi` fails riscv2zisk v0.18's
    /// assertion `inst_size == 2 || inst_size == 4 || inst_size == 8` (measured: zisk-micro
    /// panic_memset_imm), so it is an error here too. Other `csrsi 0x816` immediates emit nothing.
    /// </summary>
    void DmaMemset(IReadOnlyList<RvInstruction> code, int next)
    {
        var i = _i;
        if (i.Imme == 2)
        {
            bool shape = next + 1 < code.Count && code[next].Name == "addi" && code[next + 1].Name == "addi";
            if (!shape)
                throw Fail("CSR 0x816 with immediate 2 (DMA memset, immediate count) must be followed by two addi");
            if (code[next + 1].Imm is < 0 or > 0xFF)
                throw Fail($"DMA memset fill byte {code[next + 1].Imm} is outside 0..255");
            throw Fail("the immediate-count DMA memset pattern (csrsi 0x816, 2; addi; addi) is rejected by riscv2zisk v0.18 " +
                "(assertion inst_size == 2 || inst_size == 4 || inst_size == 8); use the register-count form");
        }
        if (i.Imme != 0) return; // riscv2zisk emits nothing (executing this address spins, §6.2)
        if (next >= code.Count || code[next].Name != "addi")
            throw Fail($"CSR 0x816 (DMA memset marker) must be followed by addi, found {(next < code.Count ? code[next].Mnemonic : "the end of the section")}");
        var n = code[next];
        if (n.Imm is < 0 or > 0xFF) throw Fail($"DMA memset fill byte {n.Imm} is outside 0..255");
        Emit(Make(A, Opcode.DmaXMemSet, R(i.Rs1), R(n.Rs1), ToR(n.Rd), n.Imm, 8));
    }

    void ProfilePattern(IReadOnlyList<RvInstruction> code, int next)
    {
        var n = code[next];
        if (n.Name != "addi" || n.Rd != 0 || n.Rs1 != 0)
            throw Fail($"CSR 0x81A (profile marker) must be followed by addi x0, x0, CMD, found {RvDisassembler.Format(n)}");
        // riscv2zisk passes the command as a u32 (zero-extended, not sign-extended)
        Emit(Make(A, Opcode.Profile, R(_i.Rs1), I((ulong)(uint)n.Imm), None, 0, 8));
    }
}
