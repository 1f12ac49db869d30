using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>
/// Analysis: narrow scalar globals kept in a whole 8-byte word. An <c>i8</c>/<c>i16</c>/<c>i32</c>
/// global that the program only ever loads and stores whole, by name (never through another
/// pointer: its address is not taken, offset, stored, passed or named by an initialiser or alias),
/// is laid out as an aligned 8-byte word holding its value extended. Its loads become aligned 8-byte
/// reads (16 against 106 for a 4-byte one, spec §8.4), which <c>fold</c> puts straight into the
/// users' operands (SRC_MEM, §1.3), and its stores aligned 8-byte writes of the extended value.
/// <para>Assumes: the whole program (the direct route compiles nothing else that could name it).</para>
/// <para>Guarantees: every access of a widened global is a load or store of its own type at offset 0;
/// <see cref="Signed"/> says which extension the word holds, chosen by the loads' users (signed
/// compares, sext, ashr, signed division want it signed; everything else zero-extended).</para>
/// </summary>
public static class WideScalars
{
    /// <summary>The widened globals, each with true when its word holds the value sign-extended.</summary>
    public static Dictionary<string, bool> Find(ModuleContext mc)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in mc.ReachableGlobals)
            if (g.ValueType is { Kind: IrTypeKind.Integer } t && t.IntegerWidth is 8 or 16 or 32 && g.Alignment <= 8)
                candidates.Add(g.Name);
        if (candidates.Count == 0) return [];
        var bad = new HashSet<string>(StringComparer.Ordinal);
        var loads = new Dictionary<nint, string>();

        void Escapes(IrValue v, int depth)
        {
            if (depth > 32) return;
            if (v.Kind == IrValueKind.GlobalVariable) { bad.Add(v.Name); return; }
            if (v.Kind is IrValueKind.ConstantExpr or IrValueKind.ConstantStruct or IrValueKind.ConstantArray or IrValueKind.ConstantVector)
                foreach (var o in v.Operands) Escapes(o, depth + 1);
        }

        foreach (var g in mc.ReachableGlobals)
            if (g.Initializer is { } init) Escapes(init, 0);
        foreach (var (_, a) in mc.Aliases) bad.Add(a.Sym);

        var votes = new Dictionary<string, (int Signed, int Unsigned)>(StringComparer.Ordinal);
        foreach (var f in mc.ReachableFunctions)
            foreach (var i in f.Instructions)
            {
                var ops = i.Operands;
                for (int k = 0; k < ops.Count; k++)
                {
                    var o = ops[k];
                    var kind = o.Kind;
                    if (kind == IrValueKind.Instruction) continue;
                    if (kind != IrValueKind.GlobalVariable) { Escapes(o, 0); continue; }
                    if (!candidates.Contains(o.Name)) continue;
                    var vt = o.AsGlobal.ValueType;
                    bool direct = (i.Opcode == IrOpcode.Load && k == 0 && i.Type.Handle == vt.Handle)
                                  || (i.Opcode == IrOpcode.Store && k == 1 && ops[0].Type.Handle == vt.Handle && ops[0].Handle != o.Handle);
                    if (!direct) bad.Add(o.Name);
                    else if (i.Opcode == IrOpcode.Load) loads[i.Handle] = o.Name;
                }
            }

        foreach (var name in candidates)
            if (!bad.Contains(name)) votes[name] = (0, 0);
        foreach (var (h, name) in loads)
        {
            if (!votes.ContainsKey(name)) continue;
            var (s, u) = votes[name];
            foreach (var user in new IrValue(h).Users)
            {
                if (user.Kind != IrValueKind.Instruction) continue;
                var x = user.AsInstruction;
                if (x.Opcode is IrOpcode.SExt or IrOpcode.AShr or IrOpcode.SDiv or IrOpcode.SRem
                    || x.IntPredicate is IrIntPredicate.Slt or IrIntPredicate.Sle or IrIntPredicate.Sgt or IrIntPredicate.Sge) s++;
                else if (x.Opcode is IrOpcode.ZExt or IrOpcode.LShr or IrOpcode.UDiv or IrOpcode.URem
                    || x.IntPredicate is IrIntPredicate.Ult or IrIntPredicate.Ule or IrIntPredicate.Ugt or IrIntPredicate.Uge) u++;
            }
            votes[name] = (s, u);
        }
        return votes.ToDictionary(kv => kv.Key, kv => kv.Value.Signed > kv.Value.Unsigned, StringComparer.Ordinal);
    }
}
