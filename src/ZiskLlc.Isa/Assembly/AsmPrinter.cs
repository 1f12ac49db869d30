using System.Globalization;
using System.Text;

namespace ZiskLlc.Isa.Assembly;

/// <summary>
/// Prints one instruction in zisk-llc's text assembly (docs/assembly.md):
/// <c>0x80000010: add r5, imm:16 -> r5 j(4, 4)</c>. The text holds every field of
/// <see cref="Instruction"/>, so <see cref="AsmParser.ParseInstruction"/> gives back an equal instruction.
/// </summary>
public static class AsmPrinter
{
    /// <summary>The instruction with its address: <c>0xADDR: …</c>.</summary>
    public static string Format(Instruction i) => $"0x{i.Paddr:x8}: {FormatBody(i)}";

    /// <summary>The instruction without its address.</summary>
    public static string FormatBody(Instruction i)
    {
        var sb = new StringBuilder();
        sb.Append(OpcodeTable.TryGet((byte)i.Op)?.Name ?? $"op:0x{(byte)i.Op:x2}");
        sb.Append(' ').Append(Source(i.ASrc, i.A, i.IndWidth)).Append(", ").Append(Source(i.BSrc, i.B, i.IndWidth));
        if (i.Store != StoreKind.None) sb.Append(" -> ").Append(Store(i));
        // ind_width is written inside ind operands; a width no operand carries is written on its own.
        bool widthShown = i.BSrc == SourceKind.Ind || i.ASrc == SourceKind.Ind || i.Store == StoreKind.Ind;
        if (!widthShown && i.IndWidth != 0) sb.Append(" width:").Append(i.IndWidth);
        if (i.StorePc) sb.Append(" store_pc");
        if (i.SetPc) sb.Append(" set_pc");
        if (i.End) sb.Append(" end");
        sb.Append(" j(").Append(Signed(i.JmpOffset1)).Append(", ").Append(Signed(i.JmpOffset2)).Append(')');
        return sb.ToString();
    }

    static string Source(SourceKind k, ulong v, byte width) => k switch
    {
        SourceKind.LastC => "c",
        SourceKind.Reg => "r" + v.ToString(CultureInfo.InvariantCulture),
        SourceKind.Imm => "imm:" + Number(v),
        SourceKind.Mem => $"mem:[0x{v:x}]",
        SourceKind.Ind => $"ind{width}:[a{Offset((long)v)}]",
        SourceKind.Step => "step",
        _ => $"src{(byte)k}:{Number(v)}",
    };

    static string Store(Instruction i) => i.Store switch
    {
        StoreKind.Reg => "r" + i.StoreOffset.ToString(CultureInfo.InvariantCulture),
        StoreKind.Mem => $"mem:[0x{(ulong)i.StoreOffset:x}]",
        StoreKind.Ind => $"ind{i.IndWidth}:[a{Offset(i.StoreOffset)}]",
        _ => $"store{(byte)i.Store}:{Signed(i.StoreOffset)}",
    };

    /// <summary>A 64-bit value: small ones (as signed) in decimal, others in hex.</summary>
    public static string Number(ulong v)
    {
        long s = (long)v;
        return s is >= -4096 and < 4096 ? s.ToString(CultureInfo.InvariantCulture) : $"0x{v:x}";
    }

    static string Signed(long v) => v.ToString(CultureInfo.InvariantCulture);

    static string Offset(long v) => v < 0
        ? (v == long.MinValue ? "-0x8000000000000000" : $"-0x{(ulong)-v:x}")
        : $"+0x{v:x}";
}
