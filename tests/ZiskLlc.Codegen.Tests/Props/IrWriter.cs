using System.Numerics;
using System.Text;

namespace ZiskLlc.Codegen.Tests.Props;

/// <summary>
/// Writes a batch of <see cref="OpCase"/>s as one LLVM IR module (text): case k is the function
/// @c{k}, which makes its operands as the case says (immediates, loads of globals, truncs of wider
/// globals whose upper bits are garbage, wrapping adds, allocas, parameters), optionally calls an empty
/// function so that they live in memory slots, performs the operation and writes the result's
/// 64-bit words to the UART through @out64 (eight zisk_putchar bytes each) — or returns it to main,
/// which writes it. Output words would fit only 64 values; the UART takes any number. main calls
/// the cases in order and returns their count (public output word 0).
/// </summary>
public static class IrWriter
{
    static string T(int w) => "i" + w;

    /// <summary>A w-bit constant as LLVM text (signed decimal; true/false for i1).</summary>
    public static string Const(BigInteger v, int w) => w == 1 ? (v.IsZero ? "false" : "true") : Ref.S(v & Ref.Mask(w), w).ToString();

    static int Container(int w) => w < 64 ? 64 : 128;

    public static string Write(IReadOnlyList<OpCase> cases)
    {
        var sb = new StringBuilder();
        var globals = new StringBuilder();
        var decls = new SortedSet<string>(StringComparer.Ordinal);
        sb.Append("target datalayout = \"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"\n");
        sb.Append("target triple = \"riscv64-unknown-unknown-elf\"\n\n");
        sb.Append("declare void @zisk_putchar(i32)\ndeclare void @zisk_set_output(i32, i32)\n\n");
        sb.Append("define void @nop() #0 {\n  ret void\n}\n\n");
        sb.Append("define void @out64(i64 %v) #0 {\n");
        for (int k = 0; k < 8; k++)
        {
            if (k == 0) sb.Append("  %b0 = trunc i64 %v to i32\n");
            else sb.Append($"  %s{k} = lshr i64 %v, {8 * k}\n  %b{k} = trunc i64 %s{k} to i32\n");
            sb.Append($"  call void @zisk_putchar(i32 %b{k})\n");
        }
        sb.Append("  ret void\n}\n\n");

        var main = new StringBuilder("define i32 @main() {\n");
        for (int k = 0; k < cases.Count; k++) WriteCase(sb, main, globals, decls, cases[k], k);
        main.Append($"  ret i32 {cases.Count}\n}}\n\n");
        sb.Append(main).Append(globals).Append('\n');
        foreach (var d in decls) sb.Append(d).Append('\n');
        sb.Append("\nattributes #0 = { noinline }\n");
        return sb.ToString();
    }

    static void WriteCase(StringBuilder sb, StringBuilder main, StringBuilder globals, SortedSet<string> decls, OpCase c, int k)
    {
        int n = c.Args.Length;
        var body = new StringBuilder();
        var ops = new string[n];
        var pars = new List<string>();
        var callArgs = new List<string>();
        for (int j = 0; j < n; j++)
        {
            int w = c.ArgWidth(j);
            string g = $"@g{k}_{j}", v = $"%o{j}";
            var src = c.Srcs[j];
            if (src == Src.Trunc && w == 128) src = Src.Load;
            // Wider than 128 bits (icmp only: a bit-field struct's whole load) the operands are plain.
            if (w > 128 && src is not (Src.Imm or Src.Load or Src.Fold)) src = Src.Load;
            switch (src)
            {
                case Src.Imm: ops[j] = Const(c.Args[j], w); break;
                case Src.Load:
                    globals.Append($"{g} = global {T(w)} {Const(c.Args[j], w)}\n");
                    body.Append($"  {v} = load {T(w)}, ptr {g}\n");
                    ops[j] = v; break;
                case Src.Trunc:
                {
                    int cw = Container(w);
                    var full = c.Args[j] | (c.Garbage[j] << w & Ref.Mask(cw));
                    globals.Append($"{g} = global {T(cw)} {Const(full, cw)}\n");
                    body.Append($"  %t{j} = load {T(cw)}, ptr {g}\n  {v} = trunc {T(cw)} %t{j} to {T(w)}\n");
                    ops[j] = v; break;
                }
                case Src.Ext or Src.Shr:
                {
                    // The global holds an input whose inner operation gives the operand (Nested.Value):
                    // for Ext its low n bits are the value's; for Shr the value shifted back, low bits from garbage.
                    var (nn, signed) = Nested.Of(c.Garbage[j], w);
                    if (src == Src.Ext)
                    {
                        globals.Append($"{g} = global {T(nn)} {Const(c.Args[j] & Ref.Mask(nn), nn)}\n");
                        body.Append($"  %t{j} = load {T(nn)}, ptr {g}\n  {v} = {(signed ? "sext" : "zext")} {T(nn)} %t{j} to {T(w)}\n");
                    }
                    else
                    {
                        var input = Nested.ShrInput(c.Args[j], c.Garbage[j], w);
                        globals.Append($"{g} = global {T(w)} {Const(input, w)}\n");
                        body.Append($"  %t{j} = load {T(w)}, ptr {g}\n  {v} = {(signed ? "ashr" : "lshr")} {T(w)} %t{j}, {nn}\n");
                    }
                    ops[j] = v; break;
                }
                case Src.Fold:
                {
                    var key = c.Garbage[j] & Ref.Mask(w);
                    body.Append($"  {v} = xor {T(w)} {Const(c.Args[j] ^ key, w)}, {Const(key, w)}\n");
                    ops[j] = v; break;
                }
                case Src.Wrap or Src.Slot:
                {
                    var add = (c.Garbage[j] | 1) & Ref.Mask(w);
                    globals.Append($"{g} = global {T(w)} {Const(c.Args[j] - add, w)}\n");
                    body.Append($"  %t{j} = load {T(w)}, ptr {g}\n");
                    if (src == Src.Wrap) body.Append($"  {v} = add {T(w)} %t{j}, {Const(add, w)}\n");
                    else body.Append($"  %u{j} = add {T(w)} %t{j}, {Const(add, w)}\n  %al{j} = alloca {T(w)}\n" +
                        $"  store {T(w)} %u{j}, ptr %al{j}\n  {v} = load {T(w)}, ptr %al{j}\n");
                    ops[j] = v; break;
                }
                default:
                {
                    string ea = c.Ext.Length > 0 && w < 64 ? c.Ext + " " : "";
                    pars.Add($"{T(w)} {ea}%a{j}");
                    ops[j] = $"%a{j}";
                    if ((c.Garbage[j] & 1).IsZero || w == 128) callArgs.Add($"{T(w)} {ea}{Const(c.Args[j], w)}");
                    else
                    {
                        int cw = Container(w);
                        var full = c.Args[j] | (c.Garbage[j] << w & Ref.Mask(cw));
                        globals.Append($"@m{k}_{j} = global {T(cw)} {Const(full, cw)}\n");
                        main.Append($"  %m{k}_{j}t = load {T(cw)}, ptr @m{k}_{j}\n  %m{k}_{j} = trunc {T(cw)} %m{k}_{j}t to {T(w)}\n");
                        callArgs.Add($"{T(w)} {ea}%m{k}_{j}");
                    }
                    break;
                }
            }
        }
        if (c.Spill) body.Append("  call void @nop()\n");
        string tw = T(c.W), trw = T(c.RW), f = c.Flags.Length > 0 && c.Kind != "rot" ? c.Flags + " " : "";
        var results = new List<(string V, int W)>();
        switch (c.Kind)
        {
            case "bin": body.Append($"  %r = {c.Op} {f}{tw} {ops[0]}, {ops[1]}\n"); break;
            case "icmp": body.Append($"  %r = icmp {c.Op} {tw} {ops[0]}, {ops[1]}\n"); break;
            case "cmpsel":
                body.Append($"  %cc = icmp {c.Op} {tw} {ops[0]}, {ops[1]}\n  %r = select i1 %cc, {tw} {ops[2]}, {tw} {ops[3]}\n");
                break;
            case "cmpbr":
                body.Append($"  %cc = icmp {c.Op} {tw} {ops[0]}, {ops[1]}\n  br i1 %cc, label %yes, label %no\nyes:\n  br label %join\nno:\n  br label %join\n");
                body.Append($"join:\n  %r = phi {tw} [ {ops[2]}, %yes ], [ {ops[3]}, %no ]\n");
                break;
            case "select": body.Append($"  %r = select i1 {ops[0]}, {tw} {ops[1]}, {tw} {ops[2]}\n"); break;
            case "cast": body.Append($"  %r = {c.Op} {f}{tw} {ops[0]} to {trw}\n"); break;
            case "un":
            {
                bool flagArg = c.Op is "abs" or "ctlz" or "cttz";
                string name = $"llvm.{c.Op}.{tw}";
                decls.Add($"declare {tw} @{name}({tw}{(flagArg ? ", i1" : "")})");
                body.Append($"  %r = call {tw} @{name}({tw} {ops[0]}{(flagArg ? (c.Flags == "poison" ? ", i1 true" : ", i1 false") : "")})\n");
                break;
            }
            case "bi":
            {
                string name = c.Op.EndsWith("cmp", StringComparison.Ordinal) ? $"llvm.{c.Op}.{trw}.{tw}" : $"llvm.{c.Op}.{tw}";
                decls.Add($"declare {trw} @{name}({tw}, {tw})");
                body.Append($"  %r = call {trw} @{name}({tw} {ops[0]}, {tw} {ops[1]})\n");
                break;
            }
            case "fsh":
                decls.Add($"declare {tw} @llvm.{c.Op}.{tw}({tw}, {tw}, {tw})");
                body.Append($"  %r = call {tw} @llvm.{c.Op}.{tw}({tw} {ops[0]}, {tw} {ops[1]}, {tw} {ops[2]})\n");
                break;
            case "rot":
            {
                string call = $"call {tw} @llvm.{c.Op}.{tw}({tw} {ops[0]}, {tw} {ops[0]}, {tw} ";
                decls.Add($"declare {tw} @llvm.{c.Op}.{tw}({tw}, {tw}, {tw})");
                if (c.Flags != "pair") { body.Append($"  %r = {call}{ops[1]})\n"); break; }
                // A constant amount stays a constant (the lowering's rotate-by-constant path), else an add.
                string s2 = c.Srcs[1] == Src.Imm ? Const(c.Args[1] + 5 & Ref.Mask(c.W), c.W) : "%s2";
                if (c.Srcs[1] != Src.Imm) body.Append($"  %s2 = add {tw} {ops[1]}, 5\n");
                body.Append($"  %q = {call}{ops[1]})\n  %q2 = {call}{s2})\n  %r = xor {tw} %q, %q2\n");
                break;
            }
            default:
            {
                string st = $"{{{tw}, i1}}", name = $"llvm.{c.Op}.with.overflow.{tw}";
                decls.Add($"declare {st} @{name}({tw}, {tw})");
                body.Append($"  %s = call {st} @{name}({tw} {ops[0]}, {tw} {ops[1]})\n");
                body.Append($"  %r = extractvalue {st} %s, 0\n  %ov = extractvalue {st} %s, 1\n");
                results.Add(("%ov", 1));
                break;
            }
        }
        string res = "%r";
        if (c.Post.Length > 0)
        {
            body.Append($"  %pr = {c.Post} {trw} %r, {c.PostK}\n");
            res = "%pr";
        }
        results.Insert(0, (res, c.RW));
        string er = c.Ext.Length > 0 && c.RW < 64 ? c.Ext + " " : "";
        string retTy = c.Ret ? er + trw : "void";
        sb.Append($"define {retTy} @c{k}({string.Join(", ", pars)}) #0 {{\n").Append(body);
        if (c.Ret)
        {
            sb.Append($"  ret {trw} {res}\n}}\n\n");
            main.Append($"  %r{k} = call {er}{trw} @c{k}({string.Join(", ", callArgs)})\n");
            Out(main, $"%r{k}", c.RW, c.SextOut, $"x{k}");
        }
        else
        {
            foreach (var (v, w) in results) Out(sb, v, w, c.SextOut, "x" + v[1..]);
            sb.Append("  ret void\n}\n\n");
            main.Append($"  call void @c{k}({string.Join(", ", callArgs)})\n");
        }
    }

    /// <summary>Writes value v of width w as one or two 64-bit words (extended as the case says).</summary>
    static void Out(StringBuilder sb, string v, int w, bool sext, string p)
    {
        int to = w <= 64 ? 64 : 128;
        string e = v;
        if (w < to) { e = $"%{p}e"; sb.Append($"  {e} = {(sext ? "sext" : "zext")} {T(w)} {v} to {T(to)}\n"); }
        if (to == 64) { sb.Append($"  call void @out64(i64 {e})\n"); return; }
        sb.Append($"  %{p}lo = trunc i128 {e} to i64\n  %{p}h = lshr i128 {e}, 64\n  %{p}hi = trunc i128 %{p}h to i64\n");
        sb.Append($"  call void @out64(i64 %{p}lo)\n  call void @out64(i64 %{p}hi)\n");
    }
}
