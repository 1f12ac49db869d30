using System.Text;

namespace ZiskLlc.Codegen.Mir;

/// <summary>Prints machine IR (for --print-after and golden tests): one instruction per line.</summary>
public static class MirPrinter
{
    public static string Print(MFunction f)
    {
        var sb = new StringBuilder();
        sb.Append("func @").Append(f.Name).Append('(').Append(string.Join(", ", f.Params)).Append(") ra=").Append(f.Ra);
        if (f.Recursive) sb.Append(" recursive");
        if (f.StaticAllocaBytes > 0) sb.Append(" frame=").Append(f.StaticAllocaBytes);
        if (f.StackFrameBytes > 0) sb.Append(" stack=").Append(f.StackFrameBytes);
        sb.Append('\n');
        foreach (var b in f.Blocks)
        {
            sb.Append(b.Name).Append(':');
            if (b.Depth > 0) sb.Append("  ; depth ").Append(b.Depth);
            sb.Append('\n');
            foreach (var i in b.Insts) sb.Append("    ").Append(i).Append('\n');
            sb.Append("    ").Append(b.Term).Append('\n');
        }
        return sb.ToString();
    }
}
