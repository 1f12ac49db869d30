namespace ZiskLlc.Codegen.Mir;

/// <summary>The virtual registers an instruction or terminator reads and writes (for liveness, the
/// allocator and its checker). Operand a of an indirect access is an ordinary read.</summary>
public static class UseDef
{
    public static void Uses(MInst i, List<int> into)
    {
        switch (i.Kind)
        {
            case MKind.Op:
                if (i.A.IsVReg) into.Add(i.A.VRegId);
                if (i.B.IsVReg) into.Add(i.B.VRegId);
                break;
            case MKind.Call:
                if (i.Callee.IsVReg) into.Add(i.Callee.VRegId);
                foreach (var a in i.Args) if (a.IsVReg) into.Add(a.VRegId);
                break;
        }
    }

    public static void Defs(MInst i, List<int> into)
    {
        switch (i.Kind)
        {
            case MKind.Op:
                if (i.D.IsVReg) into.Add(i.D.VRegId);
                break;
            case MKind.Call:
                foreach (var r in i.Results) if (r.IsVReg) into.Add(r.VRegId);
                break;
        }
    }

    public static void Uses(MTerm t, MFunction f, List<int> into)
    {
        switch (t.Kind)
        {
            case TermKind.Br:
                if (t.A.IsVReg) into.Add(t.A.VRegId);
                if (t.B.IsVReg) into.Add(t.B.VRegId);
                break;
            case TermKind.Ret:
                foreach (var v in t.Values) if (v.IsVReg) into.Add(v.VRegId);
                if (f.Ra.IsVReg) into.Add(f.Ra.VRegId);
                break;
            case TermKind.Table or TermKind.IndirectJmp:
                if (t.A.IsVReg) into.Add(t.A.VRegId);
                break;
        }
    }

    /// <summary>Whether an instruction of <paramref name="b"/> in [from, to) defines <paramref name="v"/>
    /// (an operation's destination or a call's result).</summary>
    public static bool DefinedIn(MBlock b, int from, int to, Operand v)
    {
        for (int k = from; k < to; k++)
        {
            var i = b.Insts[k];
            if (i.Kind == MKind.Op ? i.D == v : i.Kind == MKind.Call && i.Results.Contains(v)) return true;
        }
        return false;
    }

    /// <summary>How many times each virtual register is defined (parameters and the return address count
    /// as definitions on entry) and read, over the whole function.</summary>
    public static (int[] Defs, int[] Uses) Count(MFunction f)
    {
        var defs = new int[f.VRegCount];
        var uses = new int[f.VRegCount];
        var tmp = new List<int>();
        foreach (var b in f.Blocks)
        {
            Tally(f, b.Insts, ref defs, ref uses, +1);
            tmp.Clear(); Uses(b.Term, f, tmp); foreach (var u in tmp) uses[u]++;
        }
        foreach (var p in f.Params) if (p.IsVReg) defs[p.VRegId]++;
        if (f.Ra.IsVReg) defs[f.Ra.VRegId]++;
        return (defs, uses);
    }

    /// <summary>Adds (<paramref name="sign"/> = 1) or takes away (−1) the definitions and reads of
    /// <paramref name="insts"/> in the counts <see cref="Count"/> made, grown first to the function's
    /// present register count: a pass that replaces a few instructions keeps its counts exact by
    /// taking the old ones away and adding the new ones, instead of recounting the whole function
    /// (quadratic in functions with many rewrites).</summary>
    public static void Tally(MFunction f, IEnumerable<MInst> insts, ref int[] defs, ref int[] uses, int sign)
    {
        if (defs.Length < f.VRegCount) { Array.Resize(ref defs, f.VRegCount); Array.Resize(ref uses, f.VRegCount); }
        var tmp = new List<int>();
        foreach (var i in insts)
        {
            tmp.Clear(); Defs(i, tmp); foreach (var d in tmp) defs[d] += sign;
            tmp.Clear(); Uses(i, tmp); foreach (var u in tmp) uses[u] += sign;
        }
    }

    /// <summary>Rewrites every virtual-register operand through <paramref name="map"/>.</summary>
    public static void Rewrite(MFunction f, Func<Operand, Operand> map)
    {
        Operand M(Operand o) => o.IsVReg ? map(o) : o;
        foreach (var b in f.Blocks)
        {
            foreach (var i in b.Insts)
            {
                i.A = M(i.A); i.B = M(i.B); i.D = M(i.D);
                i.Callee = M(i.Callee);
                for (int k = 0; k < i.Args.Length; k++) i.Args[k] = M(i.Args[k]);
                for (int k = 0; k < i.Results.Length; k++) i.Results[k] = M(i.Results[k]);
            }
            var t = b.Term;
            t.A = M(t.A); t.B = M(t.B);
            for (int k = 0; k < t.Values.Length; k++) t.Values[k] = M(t.Values[k]);
        }
        for (int k = 0; k < f.Params.Count; k++) f.Params[k] = M(f.Params[k]);
        f.Ra = M(f.Ra);
    }
}
