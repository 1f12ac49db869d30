using ZiskLlc.Isa;

namespace ZiskLlc.Emulator.Precompiles;

/// <summary>Receives the memory accesses that ziskemu's statistics count for a precompile (§8.6).</summary>
public interface IMemoryAccessSink
{
    /// <summary>A counted read.</summary>
    void Read(ulong address, int width);
    /// <summary>A counted write of <paramref name="value"/>.</summary>
    void Write(ulong address, int width, ulong value);
}

/// <summary>
/// The precompile opcodes as the machine sees them (spec §3.2–3.3): the parameter block at b, its
/// pointers, alignment checks and result writes, exactly as ZisK's `opc_*` functions lay them out
/// (`core/src/zisk_ops.rs`, `precompiled_load_data`), and the accesses its statistics count (§8.6).
/// Implemented: keccak, sha256, add256, arith256, arith256_mod, arith384_mod, the secp256k1,
/// secp256r1, BN254 and BLS12-381 curve add/dbl, the BN254/BLS12-381 Fp2 add/sub/mul and blake2.
/// poseidon2 (its parameters live in another repository) faults with "precompile poseidon2 is not
/// supported".
/// </summary>
public static class PrecompileDispatch
{
    /// <summary>True when <paramref name="op"/> is executed here.</summary>
    public static bool IsImplemented(Opcode op) =>
        op is Opcode.Keccak or Opcode.Sha256 or Opcode.Add256 or Opcode.Arith256 or Opcode.Arith256Mod or Opcode.Arith384Mod or Opcode.Blake2
        || Field(op).Curve is not null;

    /// <summary>The curve or field of a point/Fp2 precompile, with its shape: add (two pointers),
    /// dbl (the point at P itself) or an Fp2 operation (two pointers).</summary>
    static (FieldPrecompiles.Curve? Curve, char Kind, FieldPrecompiles.Fp2Op Fp2) Field(Opcode op) => op switch
    {
        Opcode.Secp256k1Add => (FieldPrecompiles.Secp256k1, 'a', default),
        Opcode.Secp256k1Dbl => (FieldPrecompiles.Secp256k1, 'd', default),
        Opcode.Secp256r1Add => (FieldPrecompiles.Secp256r1, 'a', default),
        Opcode.Secp256r1Dbl => (FieldPrecompiles.Secp256r1, 'd', default),
        Opcode.Bn254CurveAdd => (FieldPrecompiles.Bn254, 'a', default),
        Opcode.Bn254CurveDbl => (FieldPrecompiles.Bn254, 'd', default),
        Opcode.Bn254ComplexAdd => (FieldPrecompiles.Bn254, 'c', FieldPrecompiles.Fp2Op.Add),
        Opcode.Bn254ComplexSub => (FieldPrecompiles.Bn254, 'c', FieldPrecompiles.Fp2Op.Sub),
        Opcode.Bn254ComplexMul => (FieldPrecompiles.Bn254, 'c', FieldPrecompiles.Fp2Op.Mul),
        Opcode.Bls12_381CurveAdd => (FieldPrecompiles.Bls12_381, 'a', default),
        Opcode.Bls12_381CurveDbl => (FieldPrecompiles.Bls12_381, 'd', default),
        Opcode.Bls12_381ComplexAdd => (FieldPrecompiles.Bls12_381, 'c', FieldPrecompiles.Fp2Op.Add),
        Opcode.Bls12_381ComplexSub => (FieldPrecompiles.Bls12_381, 'c', FieldPrecompiles.Fp2Op.Sub),
        Opcode.Bls12_381ComplexMul => (FieldPrecompiles.Bls12_381, 'c', FieldPrecompiles.Fp2Op.Mul),
        _ => (null, ' ', default),
    };

    /// <summary>Point add/dbl and Fp2 operations (§3.3): add and Fp2 take [p1 ptr, p2 ptr] at P and
    /// overwrite p1; dbl takes the point at P itself.</summary>
    static void ExecuteField(Opcode op, ulong b, IPrecompileMemory mem)
    {
        var (curve, kind, fp2) = Field(op);
        var c = curve!;
        string name = OpcodeTable.Get(op).Name;
        if (kind == 'd')
        {
            if ((b & 7) != 0) throw new EmulationFault($"[{name}] precompiled_check_address() found address 0x{b:X8} not aligned to 8 bytes");
            var (x, y) = FieldPrecompiles.ReadPair(mem, b, c.Words, c.P);
            var (x3, y3) = FieldPrecompiles.Dbl(c, x, y);
            FieldPrecompiles.WritePair(mem, b, c.Words, x3, y3);
            return;
        }
        Span<ulong> p = stackalloc ulong[2];
        LoadParams(mem, b, p, name);
        var (a1, a2) = FieldPrecompiles.ReadPair(mem, p[0], c.Words, c.P);
        var (b1, b2) = FieldPrecompiles.ReadPair(mem, p[1], c.Words, c.P);
        var (r1, r2) = kind == 'a' ? FieldPrecompiles.Add(c, a1, a2, b1, b2) : FieldPrecompiles.Fp2(c, fp2, a1, a2, b1, b2);
        FieldPrecompiles.WritePair(mem, p[0], c.Words, r1, r2);
    }

    /// <summary>Executes precompile <paramref name="op"/> with b = the parameter pointer; returns c
    /// (0, or add256's carry out). flag is always false. <paramref name="a"/> and
    /// <paramref name="extendedArg"/> are unused by the implemented precompiles.</summary>
    public static ulong Execute(Opcode op, ulong a, ulong b, long extendedArg, IPrecompileMemory mem)
    {
        _ = (a, extendedArg);
        switch (op)
        {
            case Opcode.Keccak:
            {
                if ((b & 7) != 0) throw new EmulationFault("opc_keccak() found address not aligned to 8 bytes");
                Span<ulong> s = stackalloc ulong[25];
                ReadWords(mem, b, s);
                KeccakF.Permute(s);
                WriteWords(mem, b, s);
                return 0;
            }
            case Opcode.Sha256:
            {
                Span<ulong> p = stackalloc ulong[2];
                LoadParams(mem, b, p, "sha256");
                // State: 4 words holding the 8 state words as consecutive little-endian u32;
                // block: 8 words = the 64 message bytes in memory order (core/src/helpers.rs sha256f).
                Span<ulong> state = stackalloc ulong[4];
                Span<ulong> block = stackalloc ulong[8];
                ReadWords(mem, p[0], state);
                ReadWords(mem, p[1], block);
                Span<uint> h = stackalloc uint[8];
                for (int i = 0; i < 4; i++) { h[2 * i] = (uint)state[i]; h[2 * i + 1] = (uint)(state[i] >> 32); }
                Span<byte> bytes = stackalloc byte[64];
                for (int i = 0; i < 8; i++) BitConverter.TryWriteBytes(bytes[(8 * i)..], block[i]);
                Sha256Compression.Compress(h, bytes);
                for (int i = 0; i < 4; i++) state[i] = h[2 * i] | (ulong)h[2 * i + 1] << 32;
                WriteWords(mem, p[0], state);
                return 0;
            }
            case Opcode.Add256:
            {
                // [a ptr, b ptr, cin (direct, not an address), c ptr]
                Span<ulong> p = stackalloc ulong[4];
                LoadParams(mem, b, p, "add256", directIndex: 2);
                Span<ulong> x = stackalloc ulong[4], y = stackalloc ulong[4], c = stackalloc ulong[4];
                ReadWords(mem, p[0], x);
                ReadWords(mem, p[1], y);
                ulong carry = BigInt256.Add(x, y, p[2], c);
                WriteWords(mem, p[3], c);
                return carry;
            }
            case Opcode.Arith256:
            {
                // [a, b, c, dl, dh] pointers
                Span<ulong> p = stackalloc ulong[5];
                LoadParams(mem, b, p, "arith256");
                Span<ulong> x = stackalloc ulong[4], y = stackalloc ulong[4], z = stackalloc ulong[4];
                ReadWords(mem, p[0], x);
                ReadWords(mem, p[1], y);
                ReadWords(mem, p[2], z);
                Span<ulong> dl = stackalloc ulong[4], dh = stackalloc ulong[4];
                BigInt256.MulAdd(x, y, z, dl, dh);
                WriteWords(mem, p[3], dl);
                WriteWords(mem, p[4], dh);
                return 0;
            }
            case Opcode.Arith256Mod:
            {
                // [a, b, c, module, d] pointers
                Span<ulong> p = stackalloc ulong[5];
                LoadParams(mem, b, p, "arith256_mod");
                Span<ulong> x = stackalloc ulong[4], y = stackalloc ulong[4], z = stackalloc ulong[4], m = stackalloc ulong[4], d = stackalloc ulong[4];
                ReadWords(mem, p[0], x);
                ReadWords(mem, p[1], y);
                ReadWords(mem, p[2], z);
                ReadWords(mem, p[3], m);
                BigInt256.MulAddMod(x, y, z, m, d);
                WriteWords(mem, p[4], d);
                return 0;
            }
            case Opcode.Blake2:
            {
                // [round index (direct), state ptr (16 words), message ptr (16 words)]; the state is written back
                Span<ulong> p = stackalloc ulong[3];
                LoadParams(mem, b, p, "blake2", directIndex: 0);
                Span<ulong> v = stackalloc ulong[16], m = stackalloc ulong[16];
                ReadWords(mem, p[1], v);
                ReadWords(mem, p[2], m);
                Blake2bRound.Apply(v, m, (uint)p[0]);
                WriteWords(mem, p[1], v);
                return 0;
            }
            case Opcode.Arith384Mod:
            {
                // [a, b, c, module, d] pointers to 6-word numbers
                Span<ulong> p = stackalloc ulong[5];
                LoadParams(mem, b, p, "arith384_mod");
                Span<ulong> x = stackalloc ulong[6], y = stackalloc ulong[6], z = stackalloc ulong[6], m = stackalloc ulong[6], d = stackalloc ulong[6];
                ReadWords(mem, p[0], x);
                ReadWords(mem, p[1], y);
                ReadWords(mem, p[2], z);
                ReadWords(mem, p[3], m);
                BigInt256.MulAddMod(x, y, z, m, d, "arith384_mod");
                WriteWords(mem, p[4], d);
                return 0;
            }
            default:
                if (Field(op).Curve is null) throw new EmulationFault($"precompile {OpcodeTable.Get(op).Name} is not supported");
                ExecuteField(op, b, mem);
                return 0;
        }
    }

    /// <summary>Reports the aligned 8-byte accesses ziskemu's statistics count (§8.6). ziskemu runs
    /// these after the operation (`Emu::step` calls the statistics after the op), so call this after
    /// <see cref="Execute"/>: reads of the parameter block see the memory the operation left.</summary>
    public static void CountAccesses(Opcode op, ulong b, IPrecompileMemory mem, IMemoryAccessSink sink)
    {
        switch (op)
        {
            case Opcode.Keccak:
                return; // QUIRK §8.6: keccak's statistics routine is not wired.
            case Opcode.Sha256:
                Reads(sink, b, 2);
                Reads(sink, mem.ReadU64(b), 4);
                Reads(sink, mem.ReadU64(b + 8), 8);
                Writes(sink, mem, mem.ReadU64(b), 4);
                return;
            case Opcode.Add256:
                Reads(sink, b, 4);
                Reads(sink, mem.ReadU64(b), 4);
                Reads(sink, mem.ReadU64(b + 8), 4);
                Writes(sink, mem, mem.ReadU64(b + 24), 4);
                return;
            case Opcode.Arith256:
                Reads(sink, b, 5);
                for (int i = 0; i < 3; i++) Reads(sink, mem.ReadU64(b + 8 * (ulong)i), 4);
                Writes(sink, mem, mem.ReadU64(b + 24), 4);
                Writes(sink, mem, mem.ReadU64(b + 32), 4);
                return;
            case Opcode.Blake2:
            {
                // QUIRK §8.6: ziskemu counts blake2 with sha256's layout: 2@P, 4@P[0], 8@P[1] read, 4@P[0]
                // written — P[0] is the round index, so those land below every zone and cost nothing.
                Reads(sink, b, 2);
                ulong index = mem.ReadU64(b);
                Reads(sink, index, 4);
                Reads(sink, mem.ReadU64(b + 8), 8);
                for (int i = 0; i < 4; i++) sink.Write(index + 8 * (ulong)i, 8, 0);
                return;
            }
            case Opcode.Arith256Mod:
            case Opcode.Arith384Mod:
            {
                int w = op == Opcode.Arith256Mod ? 4 : 6;
                Reads(sink, b, 5);
                for (int i = 0; i < 4; i++) Reads(sink, mem.ReadU64(b + 8 * (ulong)i), w);
                Writes(sink, mem, mem.ReadU64(b + 32), w);
                return;
            }
            default:
            {
                var (curve, kind, _) = Field(op);
                if (curve is null) throw new EmulationFault($"precompile {OpcodeTable.Get(op).Name} is not supported");
                int words = 2 * curve.Words;   // a point or an Fp2 element
                if (kind == 'd') { Reads(sink, b, words); Writes(sink, mem, b, words); return; }
                Reads(sink, b, 2);
                Reads(sink, mem.ReadU64(b), words);
                Reads(sink, mem.ReadU64(b + 8), words);
                Writes(sink, mem, mem.ReadU64(b), words);
                return;
            }
        }
    }

    /// <summary>Reads the parameter words at P with ZisK's alignment checks: P and every pointer
    /// parameter must be 8-aligned (§3.2); <paramref name="directIndex"/> names a direct scalar.</summary>
    static void LoadParams(IPrecompileMemory mem, ulong p, Span<ulong> dst, string title, int directIndex = -1)
    {
        if ((p & 7) != 0) throw new EmulationFault($"[{title}] precompiled_check_address() found address 0x{p:X8} not aligned to 8 bytes");
        for (int i = 0; i < dst.Length; i++)
        {
            dst[i] = mem.ReadU64(p + 8 * (ulong)i);
            if (i != directIndex && (dst[i] & 7) != 0)
                throw new EmulationFault($"[{title}] precompiled_check_address() found address_{i} [0x{p:X8}]=0x{dst[i]:X8} not aligned to 8 bytes");
        }
    }

    static void ReadWords(IPrecompileMemory mem, ulong addr, Span<ulong> dst)
    {
        for (int i = 0; i < dst.Length; i++) dst[i] = mem.ReadU64(addr + 8 * (ulong)i);
    }

    static void WriteWords(IPrecompileMemory mem, ulong addr, ReadOnlySpan<ulong> src)
    {
        for (int i = 0; i < src.Length; i++) mem.WriteU64(addr + 8 * (ulong)i, src[i]);
    }

    static void Reads(IMemoryAccessSink sink, ulong addr, int words)
    {
        for (int i = 0; i < words; i++) sink.Read(addr + 8 * (ulong)i, 8);
    }

    static void Writes(IMemoryAccessSink sink, IPrecompileMemory mem, ulong addr, int words)
    {
        for (int i = 0; i < words; i++) sink.Write(addr + 8 * (ulong)i, 8, mem.ReadU64(addr + 8 * (ulong)i));
    }
}
