using System.Text;
using ZiskLlc.Isa;

namespace ZiskLlc.Emulator.Execution;

/// <summary>A one-line rendering of an instruction for fault messages (the emulator must not depend
/// on the assembler's printer, which lives with the ROM format).</summary>
internal static class InstructionText
{
    public static string Format(Instruction i)
    {
        var sb = new StringBuilder(i.Info.Name);
        sb.Append(' ').Append(Source(i.ASrc, i.A, 0)).Append(", ").Append(Source(i.BSrc, i.B, i.IndWidth));
        switch (i.Store)
        {
            case StoreKind.Reg: sb.Append(" -> x").Append(i.StoreOffset); break;
            case StoreKind.Mem: sb.Append($" -> mem[0x{(ulong)i.StoreOffset:x}]"); break;
            case StoreKind.Ind: sb.Append($" -> ind{i.IndWidth}[a{Signed(i.StoreOffset)}]"); break;
        }
        if (i.StorePc) sb.Append(" store_pc");
        if (i.SetPc) sb.Append(" set_pc");
        sb.Append($" j({i.JmpOffset1},{i.JmpOffset2})");
        if (i.End) sb.Append(" end");
        return sb.ToString();
    }

    static string Source(SourceKind k, ulong v, byte width) => k switch
    {
        SourceKind.LastC => "c",
        SourceKind.Imm => $"0x{v:x}",
        SourceKind.Mem => $"mem[0x{v:x}]",
        SourceKind.Reg => $"x{v}",
        SourceKind.Step => "step",
        SourceKind.Ind => $"ind{width}[a{Signed((long)v)}]",
        _ => $"src{(byte)k}",
    };

    static string Signed(long v) => v < 0 ? $"-0x{(ulong)-v:x}" : $"+0x{v:x}";
}
