using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZiskLlc.Emulator.Precompiles;
using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Emulator.Memory;

/// <summary>
/// The machine memory of spec §4.2–4.3: one zero-initialised RAM write section
/// [0xA0000000, 0xC0000000) plus sorted read sections (the input section at 0x40000000 and the
/// program's read-only segments). RAM is native memory obtained zeroed from the OS (pages are only
/// materialised when touched), so the 512 MiB cost nothing until used; the hot paths are one
/// subtraction and one compare. Must be disposed.
/// <para>Memory safety: RAM is a raw native buffer, so every access into it is range-checked with
/// arithmetic that cannot wrap — the offset <c>addr − RamAddr</c> (which wraps to a huge value for
/// an address below RAM, failing the test) is compared with <c>RamSize − count</c> after checking
/// <c>count ≤ RamSize</c>; no <c>addr + count</c> is ever formed (<see cref="RamOffset"/>). Read
/// sections are managed arrays, located with the same offset form (<see cref="FindSection"/>). An
/// access that fits nowhere is a ziskemu panic (§4.3): an <see cref="EmulationFault"/> whose text
/// is ziskemu's own panic message.</para>
/// </summary>
internal sealed unsafe class MachineMemory : IPrecompileMemory, IDisposable
{
    const ulong RamAddr = MemoryMap.RamAddr;
    const ulong RamSize = MemoryMap.RamSize;

    byte* _ram;
    readonly ReadSection[] _sections;
    /// <summary>Read sections intersecting RAM: writes there must look at them first (§4.3 QUIRK).</summary>
    readonly ReadSection[] _ramOverlaps;
    readonly List<byte> _stdout = new();
    /// <summary>Most UART bytes a run may write (256 MiB).</summary>
    public const int MaxStdoutBytes = 256 * 1024 * 1024;

    /// <summary>The fcall free-input word returned by an 8-byte read of exactly 0x40000000 (§3.5).</summary>
    public ulong FreeInput;

    /// <summary>Length of the input file (without the 8-byte free-input slot), for fcall 23.</summary>
    public ulong InputLength { get; }

    /// <summary>Builds the memory for a program and an input (length a multiple of 8).</summary>
    public MachineMemory(ZiskProgram program, byte[] input)
    {
        if (input.Length % 8 != 0)
            throw new UserError($"input size must be a multiple of 8 bytes (got {input.Length})");
        InputLength = (ulong)input.Length;
        var list = new List<ReadSection>();
        // §4.2: the free-input slot (8 zero bytes) then the input, merged like Mem::add_read_section.
        AddSection(list, MemoryMap.InputAddr, new byte[8], "input");
        AddSection(list, MemoryMap.InputAddr + 8, input, "input");
        foreach (var seg in program.Segments)
            if (seg.Kind == SegmentKind.ReadOnly)
                AddSection(list, seg.Address, seg.Data, seg.Name);
        _sections = list.OrderBy(s => s.Start).ToArray();
        _ramOverlaps = _sections.Where(s => s.Start < MemoryMap.RamEnd && s.End > RamAddr).ToArray();
        _ram = (byte*)NativeMemory.AllocZeroed((nuint)RamSize);
    }

    /// <summary>Appends a read section, merging with a section that ends exactly where it starts
    /// (ziskemu's `add_read_section`), zero-padded to a multiple of 8 bytes.</summary>
    static void AddSection(List<ReadSection> list, ulong start, byte[] data, string name)
    {
        if ((start & 7) != 0)
            throw new UserError($"read-only segment {(name.Length > 0 ? name + " " : "")}at 0x{start:x} is not 8-byte aligned (ZisK requires it, §4.2)");
        // A section must end below 2^64 (padding included), so that Start + Length never wraps.
        if ((ulong)data.Length > ulong.MaxValue - start - 7)
            throw new UserError($"read-only segment {(name.Length > 0 ? name + " " : "")}at 0x{start:x} of {data.Length} bytes runs past the end of the 64-bit address space");
        foreach (var s in list)
        {
            if (s.RealEnd != start) continue;
            var merged = new byte[Pad8(s.RealLength + (ulong)data.Length)];
            Array.Copy(s.Buffer, merged, (long)s.RealLength);
            Array.Copy(data, 0, merged, (long)s.RealLength, data.Length);
            s.Buffer = merged;
            s.RealLength += (ulong)data.Length;
            return;
        }
        var buf = new byte[Pad8((ulong)data.Length)];
        Array.Copy(data, buf, data.Length);
        list.Add(new ReadSection { Start = start, Buffer = buf, RealLength = (ulong)data.Length });
    }

    static long Pad8(ulong n) => (long)((n + 7) & ~7UL);

    /// <summary>The bytes written to the UART so far.</summary>
    public byte[] Stdout => _stdout.ToArray();

    /// <summary>True when [addr, addr + count) lies wholly inside RAM (§4.2), with its RAM offset.
    /// Wrap-free for every addr and count: no sum is formed, and <c>RamSize − count</c> is only
    /// computed once <c>count ≤ RamSize</c> is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool RamOffset(ulong addr, ulong count, out ulong off)
    {
        off = addr - RamAddr;
        return count <= RamSize && off <= RamSize - count;
    }

    // ---------------------------------------------------------------- reads

    /// <summary>8-byte read (SRC_MEM), RAM fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Read8(ulong addr)
    {
        ulong off = addr - RamAddr;
        if (off <= RamSize - 8) return Unsafe.ReadUnaligned<ulong>(_ram + off);
        return ReadSlow(addr, 8);
    }

    /// <summary>Read of width 1/2/4/8 at any alignment, zero-extended (§4.3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Read(ulong addr, int width)
    {
        ulong off = addr - RamAddr;
        if (off <= RamSize - (ulong)width)
        {
            byte* p = _ram + off;
            return width switch
            {
                8 => Unsafe.ReadUnaligned<ulong>(p),
                4 => Unsafe.ReadUnaligned<uint>(p),
                2 => Unsafe.ReadUnaligned<ushort>(p),
                _ => *p,
            };
        }
        return ReadSlow(addr, width);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    ulong ReadSlow(ulong addr, int width)
    {
        // (RAM was tried by the caller's fast path.) ziskemu's panic text, §4.3.
        var s = FindSection(addr, (ulong)width)
            ?? throw new EmulationFault($"Mem::read() section not found for addr: {addr}={addr:x} with width: {width}");
        // §4.3: an 8-byte read of exactly INPUT_ADDR returns free_input, not the buffer.
        if (addr == MemoryMap.InputAddr && width == 8) return FreeInput;
        var span = s.Buffer.AsSpan((int)(addr - s.Start));
        return width switch
        {
            8 => BinaryPrimitives.ReadUInt64LittleEndian(span),
            4 => BinaryPrimitives.ReadUInt32LittleEndian(span),
            2 => BinaryPrimitives.ReadUInt16LittleEndian(span),
            _ => span[0],
        };
    }

    /// <summary>The read section wholly containing [addr, addr+count), or null (binary search).
    /// Containment is tested as <c>addr − Start ≤ Length − count</c> once <c>addr ≥ Start</c> and
    /// <c>count ≤ Length</c> are known: nothing wraps, so the span taken from it is in bounds.</summary>
    ReadSection? FindSection(ulong addr, ulong count)
    {
        int lo = 0, hi = _sections.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = _sections[mid];
            if (addr < s.Start) hi = mid - 1;
            else if (count > s.Length || addr - s.Start > s.Length - count) lo = mid + 1;
            else return s;
        }
        return null;
    }

    // ---------------------------------------------------------------- writes

    /// <summary>Write of the low <paramref name="width"/> bytes of <paramref name="value"/> (§4.3):
    /// first a read section containing the range (QUIRK), else RAM, else fault; a 1-byte write at
    /// UART_ADDR also goes to stdout.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ulong addr, int width, ulong value)
    {
        ulong off = addr - RamAddr;
        if (off <= RamSize - (ulong)width && off != MemoryMap.UartAddr - RamAddr && _ramOverlaps.Length == 0)
        {
            byte* p = _ram + off;
            switch (width)
            {
                case 8: Unsafe.WriteUnaligned(p, value); break;
                case 4: Unsafe.WriteUnaligned(p, (uint)value); break;
                case 2: Unsafe.WriteUnaligned(p, (ushort)value); break;
                default: *p = (byte)value; break;
            }
            return;
        }
        WriteSlow(addr, width, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    void WriteSlow(ulong addr, int width, ulong value)
    {
        var s = FindSection(addr, (ulong)width);
        Span<byte> dst;
        if (s is not null) dst = s.Buffer.AsSpan((int)(addr - s.Start), width);
        else if (RamOffset(addr, (ulong)width, out ulong off)) dst = new Span<byte>(_ram + off, width);
        else throw new EmulationFault($"Mem::write_silent() invalid addr={addr}={addr:x} write section start={RamAddr:x} end={MemoryMap.RamEnd:x}");
        Span<byte> le = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(le, value);
        le[..width].CopyTo(dst);
        if (addr == MemoryMap.UartAddr && width == 1)
        {
            // ziskemu streams UART bytes; we keep them, so a runaway output loop must end cleanly
            // rather than exhaust memory.
            if (_stdout.Count >= MaxStdoutBytes)
                throw new EmulationFault($"the program wrote more than {MaxStdoutBytes / (1024 * 1024)} MiB to the UART");
            _stdout.Add((byte)value);
        }
    }

    // ---------------------------------------------------------------- block access (DMA, §3.4)

    /// <summary>The bytes of [addr, addr+count) as readable by DMA (§3.4): a read section wholly
    /// containing it (raw buffer: the free-input slot reads as its buffer bytes), else RAM, else
    /// ziskemu's `get_readable_section` panic. Any count is safe: once the range is known to be
    /// inside a section (a .NET array) or RAM (512 MiB), its length fits an int.</summary>
    public Span<byte> ReadableBlock(ulong addr, ulong count)
    {
        var s = FindSection(addr, count);
        if (s is not null) return s.Buffer.AsSpan((int)(addr - s.Start), (int)count);
        if (RamOffset(addr, count, out ulong off)) return new Span<byte>(_ram + off, (int)count);
        throw new EmulationFault($"Mem::get_read_section() invalid addr={addr}={addr:x},count={count} read section start={RamAddr:x} end={MemoryMap.RamEnd:x}");
    }

    /// <summary>The RAM bytes of [addr, addr+count) for a DMA destination; a range inside a read
    /// section or not wholly inside RAM panics like ziskemu's `get_writeable_section` (§3.4).</summary>
    public Span<byte> WritableBlock(ulong addr, ulong count)
    {
        var s = FindSection(addr, count);
        if (s is not null)
            throw new EmulationFault($"Mem::get_write_section() invalid addr={addr}={addr:x},count={count} write section start={s.Start:x} end={s.End:x} is read only section");
        if (RamOffset(addr, count, out ulong off)) return new Span<byte>(_ram + off, (int)count);
        throw new EmulationFault($"Mem::get_section() invalid addr={addr}={addr:x},count={count} write section start={RamAddr:x} end={MemoryMap.RamEnd:x}");
    }

    // ---------------------------------------------------------------- precompiles

    /// <inheritdoc/>
    public ulong ReadU64(ulong address) => Read(address, 8);

    /// <inheritdoc/>
    public void WriteU64(ulong address, ulong value) => Write(address, 8, value);

    /// <summary>Reads the 64 public output words (u32 at OUTPUT_ADDR, §5.8).</summary>
    public uint[] Outputs()
    {
        var r = new uint[MemoryMap.OutputWords];
        for (int i = 0; i < r.Length; i++) r[i] = (uint)Read(MemoryMap.OutputAddr + 4UL * (uint)i, 4);
        return r;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ram != null) { NativeMemory.Free(_ram); _ram = null; }
    }

    sealed class ReadSection
    {
        public ulong Start;
        public byte[] Buffer = [];
        public ulong RealLength;
        public ulong RealEnd => Start + RealLength;
        /// <summary>The padded length; Start + Length &lt; 2^64 is checked when the section is added.</summary>
        public ulong Length => (ulong)Buffer.LongLength;
        public ulong End => Start + Length;
    }
}
