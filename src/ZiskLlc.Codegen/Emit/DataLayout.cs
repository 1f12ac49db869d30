using ZiskLlc.Codegen.Lower;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;
using ZiskLlc.Rom;

namespace ZiskLlc.Codegen.Emit;

/// <summary>
/// Pass <c>data</c>: places the reachable globals (constants in a read-only segment, the rest in
/// RAM from 0xA0030000) and the functions' static frames (after the data; never initialised: the
/// compiler writes every frame slot before reading it), and resolves the relocations of global
/// initialisers once code addresses are known. Both segments are written by the boot's init-data
/// stores exactly as riscv2zisk writes sections (spec §5.4), zero-initialised globals included.
/// </summary>
public sealed class DataLayout
{
    public Dictionary<string, ulong> Symbols { get; } = new(StringComparer.Ordinal);
    readonly List<(GlobalImage Image, ulong Addr)> placed = [];
    public ulong RoStart { get; } = Abi.RoDataStart;
    public ulong RoEnd { get; private set; }
    public ulong RwStart { get; } = Abi.DataStart;
    public ulong RwEnd { get; private set; }
    /// <summary>End of the static frames: the first free RAM byte.</summary>
    public ulong FreeStart { get; private set; }
    public List<Symbol> DataSymbols { get; } = [];

    public DataLayout(ModuleContext mc, IEnumerable<(string Name, long Bytes)> frames)
    {
        ulong ro = RoStart, rw = RwStart;
        // Larger alignments first would pack better; keep module order for predictable addresses.
        foreach (var g in mc.ReachableGlobals)
        {
            var img = GlobalInitializer.Encode(g, mc.Layout, ba => { var (f, b) = ba.BlockAddressTarget; return ModuleContext.BlockSymbol(f, b); });
            if (mc.Wide.TryGetValue(g.Name, out bool signed)) img = Widen(img, signed);
            ulong align = Math.Max(Math.Max(1u, img.Alignment), NaturalAlignment(img.Bytes.Length));
            ref ulong at = ref img.ReadOnly ? ref ro : ref rw;
            at = (at + align - 1) / align * align;
            Symbols[g.Name] = at;
            placed.Add((img, at));
            DataSymbols.Add(new Symbol(g.Name, at, at + (ulong)img.Bytes.Length));
            at += (ulong)Math.Max(img.Bytes.Length, 1);
        }
        RoEnd = (ro + 7) / 8 * 8;
        RwEnd = (rw + 7) / 8 * 8;
        ulong fr = RwEnd;
        foreach (var (name, bytes) in frames)
        {
            if (bytes <= 0) continue;
            fr = (fr + 15) / 16 * 16;
            Symbols[name] = fr;
            DataSymbols.Add(new Symbol(name, fr, fr + (ulong)bytes));
            fr += (ulong)bytes;
        }
        FreeStart = (fr + 15) / 16 * 16;
        if (FreeStart > Abi.StackTop - 4 * 1024 * 1024)
            throw new UserError($"the program's data and frames end at 0x{FreeStart:x}: less than the 4 MiB stack guest ABI §2 promises is left below 0x{Abi.StackTop:x}");
        if (RoEnd > MemoryMap.FloatLibRomAddr)
            throw new UserError("the program's read-only data does not fit below the soft-float library's ROM (0x87F00000)");
    }

    /// <summary>
    /// At least the alignment a global's size suggests, up to 8: a byte array that C declares with
    /// alignment 1 is often carved into structs of pointers and words (CoreMark's list nodes live in
    /// <c>static_memblk</c>, Embench's heaps in a char array), and at an odd address every 8-byte access
    /// to them crosses a word boundary and costs 159 instead of 16/18, every 2- or 4-byte one that
    /// straddles 159 instead of 106 (§8.4). Placed on an 8-byte boundary, an object's naturally aligned
    /// fields never straddle. The padding costs at most 7 bytes per global (one boot init step, §5.4).
    /// </summary>
    static ulong NaturalAlignment(int size) => size >= 8 ? 8UL : size >= 4 ? 4UL : size >= 2 ? 2UL : 1UL;

    /// <summary>A narrow scalar's image as the aligned 8-byte word holding its value extended (<see cref="WideScalars"/>).</summary>
    static GlobalImage Widen(GlobalImage img, bool signed)
    {
        ulong v = 0;
        for (int k = 0; k < img.Bytes.Length; k++) v |= (ulong)img.Bytes[k] << (8 * k);
        int bits = 8 * img.Bytes.Length;
        if (signed && bits < 64) v = (ulong)((long)(v << (64 - bits)) >> (64 - bits));
        return img with { Bytes = BitConverter.GetBytes(v), Alignment = 8 };
    }

    /// <summary>The two segments with relocations applied (<paramref name="resolve"/> gives every symbol's address).</summary>
    public (byte[] Ro, byte[] Rw) Contents(Func<string, ulong> resolve)
    {
        var ro = new byte[RoEnd - RoStart];
        var rw = new byte[RwEnd - RwStart];
        foreach (var (img, at) in placed)
        {
            var buf = img.ReadOnly ? ro : rw;
            int off = (int)(at - (img.ReadOnly ? RoStart : RwStart));
            img.Bytes.CopyTo(buf, off);
            foreach (var r in img.Relocations)
            {
                ulong v = resolve(r.Symbol) + (ulong)r.Addend;
                for (int k = 0; k < r.Size; k++) buf[off + (int)r.Offset + k] = (byte)(v >> (8 * k));
            }
        }
        return (ro, rw);
    }
}
