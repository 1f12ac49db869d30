using System.Runtime.CompilerServices;
using ZiskLlc.Emulator.Statistics;
using ZiskLlc.Isa;

namespace ZiskLlc.Emulator.Execution;

/// <summary>
/// The opcodes with side effects beyond c and flag, kept out of the hot loop: DMA (§3.4), the fcall
/// family (§3.5), halt, profile (§3.6) and the precompiles (§3.2–3.3, delegated to
/// <c>Precompiles.PrecompileDispatch</c>). With statistics on, each runs its ziskemu statistics
/// routine after the operation, as `Emu::step` does (§8.2 step 3).
/// </summary>
internal sealed partial class Machine
{
    const int FcallParamsMax = 386, FcallResultMax = 8193, FcallInputReadyId = 23;

    readonly ulong[] _fcallParams = new ulong[FcallParamsMax];
    readonly ulong[] _fcallResult = new ulong[FcallResultMax];
    ulong _paramsSize, _resultSize, _resultGot;

    [MethodImpl(MethodImplOptions.NoInlining)]
    ulong SlowOp(ref DecodedInst e, ulong a, ulong b, bool stats, out bool flag)
    {
        flag = false;
        var op = (Opcode)e.Op;
        switch (op)
        {
            case Opcode.Halt:
                Error = true;
                return 0;
            case Opcode.Profile:
                if (stats) CheckProfile(a, b);
                return 0;
            case Opcode.FcallParam: FcallParam(a, b); return b;
            case Opcode.Fcall: Fcall(a); return b;
            case Opcode.FcallGet: FcallGet(); return b;
            case Opcode.DmaMemCpy:
            case Opcode.DmaXMemCpy:
                {
                    bool x = op == Opcode.DmaXMemCpy;
                    ulong n = x ? (ulong)e.J1 : _mem.Read(MemoryMap.ExtraParamsAddr, 8);
                    Memcpy(a, b, n);
                    // ziskemu's statistics re-read the count after the copy (ops_dma_memcpys).
                    if (stats) DmaStats.MemcpyOrMemcmp(_stats, a, b, x ? (ulong)e.J1 : _mem.Read(MemoryMap.ExtraParamsAddr, 8), !x, compare: false);
                    return a;
                }
            case Opcode.DmaMemCmp:
            case Opcode.DmaXMemCmp:
                {
                    bool x = op == Opcode.DmaXMemCmp;
                    ulong n = x ? (ulong)e.J1 : _mem.Read(MemoryMap.ExtraParamsAddr, 8);
                    ulong r = Memcmp(a, b, n, out ulong effective);
                    if (stats) DmaStats.MemcpyOrMemcmp(_stats, a, b, effective, !x, compare: true);
                    return r;
                }
            case Opcode.DmaXMemSet:
                if (b != 0) _mem.WritableBlock(a, b).Fill((byte)e.J1);
                if (stats) DmaStats.FillOrInput(_stats, a, b, inputcpy: false);
                return a;
            case Opcode.DmaInputCpy:
                InputCpy(a, b);
                if (stats) DmaStats.FillOrInput(_stats, a, b, inputcpy: true);
                return a;
            case (Opcode)CodeImage.OpFault:
                throw new EmulationFault(_image.FaultMessage(CurrentSlot));
            default:
                if (OpcodeTable.Get(op).IsPrecompiled) return Precompile(op, a, b, e.J1, stats);
                throw new EmulationFault($"opcode {OpcodeTable.Get(op).Name} is not executable");
        }
    }

    // ------------------------------------------------------------------ DMA (§3.4)

    void Memcpy(ulong dst, ulong src, ulong n)
    {
        if (dst == src || n == 0) return;
        var from = _mem.ReadableBlock(src, n);
        var to = _mem.WritableBlock(dst, n);
        from.CopyTo(to); // Span.CopyTo has memmove semantics: overlap-safe
    }

    /// <summary>Byte compare; the result is p1[i] − p2[i] (signed) at the first difference, and
    /// <paramref name="effective"/> the number of bytes inspected (i + 1, or n when equal).</summary>
    ulong Memcmp(ulong p1, ulong p2, ulong n, out ulong effective)
    {
        effective = 0;
        if (n == 0) return 0;
        var x = _mem.ReadableBlock(p1, n);
        var y = _mem.ReadableBlock(p2, n);
        int i = x.CommonPrefixLength(y);
        if (i == x.Length) { effective = n; return 0; }
        effective = (ulong)i + 1;
        return (ulong)((long)x[i] - y[i]);
    }

    void InputCpy(ulong dst, ulong n)
    {
        if (n % 8 != 0) throw new EmulationFault($"dma_inputcpy: count {n} is not a multiple of 8");
        ulong words = n >> 3;
        if (_resultSize == 0) throw new EmulationFault("dma_inputcpy: no fcall result is pending (result_size == 0)");
        if (_resultGot - 1 + words > _resultSize)
            throw new EmulationFault($"dma_inputcpy: {words} words requested but only {_resultSize - (_resultGot - 1)} remain in the fcall result");
        if (n > 0)
        {
            var to = _mem.WritableBlock(dst, n);
            var from = System.Runtime.InteropServices.MemoryMarshal.AsBytes(_fcallResult.AsSpan((int)(_resultGot - 1), (int)words));
            from.CopyTo(to);
        }
        _resultGot += words;
        _mem.FreeInput = _resultGot > _resultSize ? 0 : _fcallResult[_resultGot - 1];
    }

    // ------------------------------------------------------------------ fcall (§3.5)

    void FcallParam(ulong words, ulong param)
    {
        if (words > (ulong)FcallParamsMax - _paramsSize)
            throw new EmulationFault($"fcall_param: {words} words overflow the parameter buffer ({_paramsSize} of {FcallParamsMax} used)");
        if (words == 1) _fcallParams[_paramsSize] = param;
        else
            for (ulong i = 0; i < words; i++) _fcallParams[_paramsSize + i] = _mem.Read(param + i * 8, 8); // not counted (§3.5)
        _paramsSize += words;
    }

    void Fcall(ulong id)
    {
        int n;
        if (id == FcallInputReadyId)
        {
            // Validation only: the last input byte the guest will touch must be inside the input.
            ulong last = _fcallParams[0];
            if (last < MemoryMap.InputAddr)
                throw new EmulationFault($"fcall 23 (input ready): address 0x{last:x} is below the input region 0x{MemoryMap.InputAddr:x}");
            if (last >= MemoryMap.InputAddr + MemoryMap.MaxInputSize - 1)
                throw new EmulationFault($"fcall 23 (input ready): address 0x{last:x} is beyond the input region");
            ulong required = last - MemoryMap.InputAddr - 8 + 1;
            if (required > _mem.InputLength)
                throw new EmulationFault($"fcall 23 (input ready): address 0x{last:x} needs {required} input bytes but only {_mem.InputLength} were supplied");
            n = 0;
        }
        else
        {
            if (!_options.FcallFunctions.TryGetValue(id, out var f))
                throw new EmulationFault($"fcall: no host function is available for id {id}");
            n = f(_fcallParams, (int)_paramsSize, _fcallResult);
            if (n < 0) throw new EmulationFault($"fcall: host function {id} failed (result {n})");
            if (n > FcallResultMax) throw new EmulationFault($"fcall: host function {id} returned {n} words (max {FcallResultMax})");
        }
        _mem.FreeInput = n > 0 ? _fcallResult[0] : 0;
        _resultGot = 1;
        _resultSize = (ulong)n;
        _paramsSize = 0;
    }

    void FcallGet()
    {
        if (_resultSize == 0) throw new EmulationFault("fcall_get: no fcall result is pending (result_size == 0)");
        if (_resultGot > _resultSize)
            throw new EmulationFault($"fcall_get: read past the end of the fcall result ({_resultSize} words)");
        _mem.FreeInput = _resultGot >= _resultSize ? 0 : _fcallResult[_resultGot];
        _resultGot++;
    }

    // ------------------------------------------------------------------ profile (§3.6)

    /// <summary>ziskemu's statistics read the tag descriptor and panic on an unknown command; the
    /// marks themselves do not change any figure we report.</summary>
    void CheckProfile(ulong a, ulong b)
    {
        ulong ptr = _mem.Read(a, 8), len = _mem.Read(a + 8, 8);
        if (len > 0) _mem.ReadableBlock(ptr, len);
        if ((byte)b is < 1 or > 8) throw new EmulationFault($"profile: unknown mark type {b}");
    }
}
