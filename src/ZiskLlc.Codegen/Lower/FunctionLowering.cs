using System.Numerics;
using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>What is known of the bits of a virtual register above a width: zero (<c>Sign</c> false)
/// or copies of bit Bits−1 (<c>Sign</c> true).</summary>
readonly record struct Fact(bool Sign, int Bits);

/// <summary>
/// Pass <c>lower</c>: LLVM IR of one function → machine IR (legalisation and instruction selection
/// in one walk over the IR, which is read once).
/// <para>Assumes: the module passed the lowering pipeline (no invoke, atomics or expect intrinsics)
/// and <see cref="ModuleContext"/> found the function reachable.</para>
/// <para>Guarantees: every value is a list of parts of ≤ 64 bits (<see cref="PartLayout"/>) held in
/// virtual registers or folded as immediates; an integer narrower than 64 bits may carry garbage
/// above its width, and every operation that observes those bits (compares, right shifts,
/// division, extension, odd-width stores) normalises first — cheaply, because each virtual register
/// remembers what is known of its upper bits (<see cref="Fact"/>). Phis become parallel copies on
/// their edges (critical edges split); compares feeding a branch or select in the same block fuse
/// into one two-target step (§1.5); addresses with constant offsets fold into indirect operands.
/// Constructs outside the supported set throw <see cref="UserError"/> naming function, instruction
/// and source location.</para>
/// </summary>
public sealed partial class FunctionLowering
{
    readonly ModuleContext mc;
    readonly IrFunction fn;
    readonly MFunction mf;
    readonly PartLayout parts;
    readonly Dictionary<nint, Operand[]> values = [];
    readonly Dictionary<nint, MBlock> blockOf = [];
    readonly Dictionary<nint, MBlock> lastOf = [];
    readonly Dictionary<nint, List<nint>> users = [];
    readonly Dictionary<nint, (Operand Base, string? Sym, long Off)> addr = [];
    readonly Dictionary<int, Fact> facts = [];
    readonly HashSet<nint> deferred = [];
    /// <summary>Pure instructions sunk into the arm of the select that alone uses them (lowered there, on demand).</summary>
    readonly HashSet<nint> sunk = [];
    readonly Dictionary<nint, IrInstruction[]> phisOf = [];
    MBlock cur = null!;
    IrInstruction at;
    int edgeCount;
    Operand vaPtr = Operand.None;
    Operand spAtEntry = Operand.None;
    bool hasDynamicAlloca;
    readonly Abi abi;
    HashSet<nint> signExt = [];
    HashSet<nint> zeroExt = [];

    public FunctionLowering(ModuleContext mc, IrFunction fn, Abi abi)
    {
        this.mc = mc;
        this.fn = fn;
        this.abi = abi;
        parts = mc.Parts;
        mf = new MFunction(fn.Name) { Recursive = mc.Recursive.Contains(fn.Name) };
    }

    /// <summary>Lowers the function; throws <see cref="UserError"/> for unsupported constructs.</summary>
    public MFunction Run()
    {
        var order = ReversePostOrder();
        IndexUsers(order);
        foreach (var b in order)
        {
            blockOf[b.Handle] = mf.NewBlock(Label(b));
            phisOf[b.Handle] = b.Instructions.TakeWhile(i => i.Opcode == IrOpcode.Phi).ToArray();
        }
        LoopDepths(order);
        {
            int k = 0;
            foreach (var b in fn.Blocks)
            {
                if (blockOf.TryGetValue(b.Handle, out var mb)) mb.Aliases.Add($"{fn.Name}$ba{k}");
                if (mb is not null && mc.AddressTakenBlocks.Contains(b.Handle)) mb.AddressTaken = true;
                k++;
            }
        }
        (signExt, zeroExt) = ExtensionAnalysis.Analyze(fn, order, c => CallReturnsExtended(c, "signext"), c => CallReturnsExtended(c, "zeroext"),
            LoadedSigned, ShiftSkipsNormalisation);
        foreach (var b in order)
            foreach (var phi in phisOf[b.Handle])
            {
                values[phi.Handle] = NewParts(phi.Type);
                NoteExtension(phi);
            }
        var entry = blockOf[order[0].Handle];
        cur = entry;
        Prologue(order[0]);
        foreach (var p in mf.Params) if (p.IsVReg) home[p.VRegId] = (entry, entry.Insts.Count > 0 ? entry.Insts[^1] : null);
        foreach (var b in order)
            foreach (var phi in phisOf[b.Handle])
                if (values[phi.Handle] is [{ IsVReg: true } pv]) home[pv.VRegId] = (blockOf[b.Handle], null);
        foreach (var b in order)
        {
            // The entry block's MIR block may already have grown (prologue); others start fresh.
            if (b.Handle != order[0].Handle) cur = blockOf[b.Handle];
            FindSinkable(b);
            foreach (var inst in b.Instructions)
            {
                if (inst.Opcode == IrOpcode.Phi || sunk.Contains(inst.Handle)) continue;
                at = inst;
                int fresh = mf.VRegCount;
                try { Lower(inst); NoteExtension(inst); NoteHome(inst, fresh); }
                catch (UnsupportedException e) { throw Diag(inst, e.Message); }
                catch (UserError) { throw; }
                catch (InvalidOperationException e) { throw Diag(inst, e.Message); }
            }
        }
        return mf;
    }

    // ---------------------------------------------------------------- set-up

    List<IrBlock> ReversePostOrder()
    {
        var blocks = fn.Blocks.ToList();
        var seen = new HashSet<nint>();
        var post = new List<IrBlock>();
        var stack = new Stack<(IrBlock B, int Next, IReadOnlyList<IrBlock> Succ)>();
        seen.Add(blocks[0].Handle);
        stack.Push((blocks[0], 0, Successors(blocks[0])));
        while (stack.Count > 0)
        {
            var (b, k, succ) = stack.Pop();
            if (k < succ.Count)
            {
                stack.Push((b, k + 1, succ));
                var s = succ[k];
                if (seen.Add(s.Handle)) stack.Push((s, 0, Successors(s)));
                continue;
            }
            post.Add(b);
        }
        post.Reverse();
        return post;
    }

    static IReadOnlyList<IrBlock> Successors(IrBlock b)
    {
        var term = b.Instructions.Last();
        return term.Successors;
    }

    void IndexUsers(List<IrBlock> order)
    {
        foreach (var b in order)
            foreach (var i in b.Instructions)
                foreach (var o in i.Operands)
                    if (o.Kind == IrValueKind.Instruction)
                    {
                        if (!users.TryGetValue(o.Handle, out var l)) users[o.Handle] = l = [];
                        l.Add(i.Handle);
                    }
    }

    void LoopDepths(List<IrBlock> order)
    {
        var rpo = new Dictionary<nint, int>();
        for (int i = 0; i < order.Count; i++) rpo[order[i].Handle] = i;
        var depth = new int[order.Count];
        for (int i = 0; i < order.Count; i++)
            foreach (var s in Successors(order[i]))
                if (rpo.TryGetValue(s.Handle, out var h) && h <= i)
                    for (int k = h; k <= i; k++) depth[k]++;
        for (int i = 0; i < order.Count; i++) blockOf[order[i].Handle].Depth = Math.Min(depth[i], 8);
    }

    string Label(IrBlock b)
    {
        var n = b.Name;
        return $"{fn.Name}.{(n.Length > 0 ? n : "bb" + blockOf.Count)}";
    }

    UserError Diag(IrInstruction inst, string why)
    {
        var text = inst.ToString();
        if (text.Length > 200) text = text[..200] + "…";
        var loc = inst.DebugLocation is { } d ? $" at {d}" : "";
        return new UserError($"function @{fn.Name}, instruction '{text}'{loc}: {why}");
    }

    /// <summary>Parameters, the return address, the variadic area pointer, static frames.</summary>
    void Prologue(IrBlock entryBlock)
    {
        var ps = fn.Parameters;
        for (int k = 0; k < ps.Count; k++)
        {
            var p = ps[k];
            var v = NewParts(p.Type);
            values[p.Handle] = v;
            mf.Params.AddRange(v);
            // The ABI extends narrow arguments as their attribute says (at the call).
            if (p.Type.Kind == IrTypeKind.Integer && p.Type.IntegerWidth < 64)
            {
                if (fn.HasAttribute((uint)k + 1, "signext")) facts[v[0].VRegId] = new Fact(true, p.Type.IntegerWidth);
                else if (fn.HasAttribute((uint)k + 1, "zeroext")) facts[v[0].VRegId] = new Fact(false, p.Type.IntegerWidth);
            }
        }
        if (fn.IsVarArg)
        {
            vaPtr = Operand.V(mf.NewVReg());
            mf.Params.Add(vaPtr);
        }
        mf.Ra = Operand.V(mf.NewVReg());
        // Allocas: static ones of the entry block get fixed offsets in the frame; the rest are dynamic.
        long frame = 0;
        var statics = new List<(IrInstruction I, long Off)>();
        foreach (var inst in entryBlock.Instructions)
        {
            if (inst.Opcode != IrOpcode.Alloca) continue;
            var count = inst.Operands[0];
            if (count.Kind != IrValueKind.ConstantInt) continue;
            long size = (long)parts.Layout.AbiSize(inst.AllocatedType) * (long)count.UnsignedInteger;
            long align = Math.Max(8, LlvmAlign(inst));
            frame = (frame + align - 1) / align * align;
            statics.Add((inst, frame));
            frame += Math.Max(size, 1);
            frame = (frame + 7) / 8 * 8;
        }
        foreach (var inst in fn.Instructions)
            if (inst.Opcode == IrOpcode.Alloca && !statics.Any(s => s.I.Handle == inst.Handle)) hasDynamicAlloca = true;
            else if (inst.IntrinsicFamily is "llvm.stacksave" or "llvm.stackrestore") hasDynamicAlloca = true;
        if (!mf.Recursive)
        {
            mf.StaticAllocaBytes = frame;
            foreach (var (i, off) in statics)
            {
                values[i.Handle] = [Operand.Addr(mf.FrameSymbol, off)];
                addr[i.Handle] = (Operand.Zero, mf.FrameSymbol, off);
            }
        }
        else if (frame > 0)
        {
            // A re-entrant function's allocas live in a per-activation stack frame (software stack at SP).
            frame = (frame + 15) / 16 * 16;
            mf.StackFrameBytes = frame;
            var sp = Emit(Opcode.Add, Operand.M(abi.SpAddr), Operand.Imm(-frame));
            Put(Opcode.CopyB, Operand.Zero, sp, Operand.M(abi.SpAddr));
            foreach (var (i, off) in statics)
            {
                var p = off == 0 ? sp : Emit(Opcode.Add, sp, Operand.Imm(off));
                values[i.Handle] = [p];
                addr[i.Handle] = (p, null, 0);
            }
        }
        if (hasDynamicAlloca)
        {
            spAtEntry = Emit(Opcode.CopyB, Operand.Zero, Operand.M(abi.SpAddr));
        }
    }

    static long LlvmAlign(IrInstruction i) => Math.Max(1, (long)i.Alignment);

    // ---------------------------------------------------------------- values

    Operand[] NewParts(IrType t)
    {
        var ps = parts.Of(t);
        var r = new Operand[ps.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Operand.V(mf.NewVReg());
        return r;
    }

    /// <summary>The parts of a value: constants fold to immediates.</summary>
    Operand[] Vals(IrValue v)
    {
        switch (v.Kind)
        {
            case IrValueKind.Instruction:
                if (values.TryGetValue(v.Handle, out var r)) return r;
                if (deferred.Contains(v.Handle)) return LowerDeferred(v.AsInstruction);
                if (sunk.Remove(v.Handle))
                {
                    // Lowered where it is needed: in the select arm that is its only user.
                    var si = v.AsInstruction;
                    var saved = at;
                    at = si;
                    Lower(si);
                    NoteExtension(si);
                    at = saved;
                    return values[v.Handle];
                }
                throw new InvalidOperationException($"value {v} used before it is defined");
            case IrValueKind.Argument:
                return values[v.Handle];
            case IrValueKind.ConstantInt:
            {
                var words = v.IntegerWords;
                var res = new Operand[words.Length];
                int w = v.Type.IntegerWidth;
                for (int i = 0; i < words.Length; i++) res[i] = Operand.Imm(words[i]);
                // Narrow constants are materialised sign-extended (as the extension analysis assumes); i1 stays 0/1.
                if (w is >= 2 and < 64) res[0] = Operand.Imm(SignExtend(words[0], w));
                return res;
            }
            case IrValueKind.ConstantPointerNull: return [Operand.Zero];
            case IrValueKind.Undef or IrValueKind.Poison or IrValueKind.ConstantAggregateZero:
                return parts.Of(v.Type).Select(_ => Operand.Zero).ToArray();
            case IrValueKind.GlobalVariable or IrValueKind.Function or IrValueKind.GlobalAlias:
            {
                var (sym, off) = mc.Resolve(v.Name);
                return [Operand.Addr(sym, off)];
            }
            case IrValueKind.ConstantExpr:
            {
                var (sym, off) = GlobalInitializer.EvaluateAddress(v, parts.Layout);
                if (parts.Of(v.Type).Length != 1) throw new UnsupportedException($"constant expression of type {v.Type}");
                return [sym is null ? Operand.Imm((ulong)(long)(off & ulong.MaxValue)) : Operand.Addr(mc.Resolve(sym).Sym, (long)off + mc.Resolve(sym).Off)];
            }
            case IrValueKind.ConstantStruct or IrValueKind.ConstantArray or IrValueKind.ConstantVector
                or IrValueKind.ConstantDataArray or IrValueKind.ConstantDataVector:
            {
                var t = v.Type;
                var list = new List<Operand>();
                uint n = t.Kind == IrTypeKind.Struct ? (uint)t.StructElements.Count : t.Kind == IrTypeKind.Array ? (uint)t.ArrayLength : t.VectorLength;
                for (uint i = 0; i < n; i++) list.AddRange(Vals(v.AggregateElement(i)));
                return list.ToArray();
            }
            case IrValueKind.BlockAddress:
                return [Operand.Addr(BlockAddressLabel(v))];
            case IrValueKind.ConstantFP when v.FloatBits is { } bits:
                return [Operand.Imm(bits)];
            case IrValueKind.ConstantFP:
                throw new UnsupportedException($"floating-point constant of type {v.Type} (the direct route computes with float and double only)");
            default:
                throw new UnsupportedException($"operand of kind {v.Kind}");
        }
    }

    Operand Val(IrValue v) => Vals(v)[0];

    /// <summary>
    /// Select arms computed only on their own path (as llc sinks them into branches): a pure one-part
    /// instruction whose only user, in the same block, is a select using it as an arm — or another such
    /// instruction — is lowered inside that arm's block, so each path pays only for its own value.
    /// </summary>
    void FindSinkable(IrBlock b)
    {
        var insts = b.Instructions.ToList();
        for (int k = insts.Count - 1; k >= 0; k--)
        {
            var i = insts[k];
            if (i.Opcode is not (IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul or IrOpcode.And or IrOpcode.Or or IrOpcode.Xor
                or IrOpcode.Shl or IrOpcode.LShr or IrOpcode.AShr or IrOpcode.UDiv or IrOpcode.SDiv or IrOpcode.URem or IrOpcode.SRem
                or IrOpcode.Trunc or IrOpcode.ZExt or IrOpcode.SExt or IrOpcode.Freeze)) continue;
            if (i.Type.Kind != IrTypeKind.Integer || parts.Of(i.Type).Length != 1 || i.Type.IntegerWidth < 2) continue;
            if (!users.TryGetValue(i.Handle, out var us) || us.Count != 1) continue;
            var u = new IrInstruction(us[0]);
            if (u.Block.Handle != b.Handle) continue;
            bool arm = u.Opcode == IrOpcode.Select && u.Operands[0].Handle != i.Handle && u.Type.Kind == IrTypeKind.Integer && parts.Of(u.Type).Length == 1 && u.Type.IntegerWidth >= 2;
            if (arm || sunk.Contains(u.Handle)) sunk.Add(i.Handle);
        }
    }

    /// <summary>Records the analysis' verdict on a freshly defined narrow value (see <see cref="ExtensionAnalysis"/>).</summary>
    void NoteExtension(IrInstruction i)
    {
        bool sx = signExt.Contains(i.Handle), zx = zeroExt.Contains(i.Handle);
        if (!(sx || zx) || !values.TryGetValue(i.Handle, out var v) || v.Length != 1 || !v[0].IsVReg) return;
        int w = i.Type.IntegerWidth;
        if (FactOf(v[0]) is { Sign: false } f && f.Bits < w) return;       // already the strongest useful fact
        // Both: the top bit of the w-bit value is zero, so it is zero-extended from w−1 bits.
        var nf = sx && zx ? new Fact(false, w - 1) : zx ? new Fact(false, w) : new Fact(true, w);
        if (FactOf(v[0]) is { } o && o.Sign == nf.Sign && o.Bits <= nf.Bits) return;
        facts[v[0].VRegId] = nf;
    }

    bool LoadedSigned(IrInstruction load) =>
        load.Operands[0] is { Kind: IrValueKind.GlobalVariable } g && mc.Wide.TryGetValue(g.Name, out bool wideSigned) ? wideSigned   // the word's own extension
        : parts.Of(load.Type) is [{ Bits: 8 or 16 or 32 }] && WantsSignExtension(load);

    bool ShiftSkipsNormalisation(IrInstruction sh) =>
        sh.Opcode is IrOpcode.LShr or IrOpcode.AShr && sh.Type.Kind == IrTypeKind.Integer && sh.Type.IntegerWidth < 64
        && sh.Operands[1] is { Kind: IrValueKind.ConstantInt } k && k.UnsignedInteger > 0 && k.UnsignedInteger < sh.Type.IntegerWidth
        && sh.Operands[0].Kind != IrValueKind.ConstantInt && OnlyLowBitsUsed(sh, sh.Type.IntegerWidth - (int)k.UnsignedInteger);


    /// <summary>A call whose result the callee returns extended as <paramref name="attribute"/> (signext or
    /// zeroext) says: its definition's attribute (the ABI makes the callee extend), for an indirect call the call site's.</summary>
    bool CallReturnsExtended(IrInstruction call, string attribute)
    {
        if (call.InlineAsm is not null) return false;
        if (call.DirectCallee is { } f) return !f.IsDeclaration && mc.Defined.ContainsKey(f.Name) && f.HasAttribute(0, attribute);
        return call.CallSiteHasAttribute(0, attribute);
    }

    string BlockAddressLabel(IrValue ba)
    {
        var (f, b0) = ba.BlockAddressTarget;
        if (f.Handle == fn.Handle && blockOf.TryGetValue(b0.Handle, out var mb)) mb.AddressTaken = true;
        return ModuleContext.BlockSymbol(f, b0);
    }

    void Set(IrInstruction i, params Operand[] ps) => values[i.Handle] = ps;

    // ---------------------------------------------------------------- emission helpers

    // Local value numbering of pure operations within one block (GEPs with the same index scale it
    // once): an entry dies when the block changes or when a copy redefines one of its operands.
    readonly Dictionary<(Opcode, Operand, Operand), Operand> pure = [];
    MBlock? pureBlock;

    static bool IsPure(Opcode op, Operand a, Operand b) =>
        a.Kind is not (OpKind.Mem or OpKind.Ind or OpKind.LastC) && b.Kind is not (OpKind.Mem or OpKind.Ind or OpKind.LastC)
        && OpcodeTable.Get(op) is { InputSize: 0 } info && info.Type is OpType.Binary or OpType.BinaryE or OpType.Arith;

    Operand Emit(Opcode op, Operand a, Operand b, Fact? fact = null, long extra = 0)
    {
        bool cse = extra == 0 && IsPure(op, a, b);
        if (cse)
        {
            if (pureBlock != cur) { pure.Clear(); pureBlock = cur; }
            if (pure.TryGetValue((op, a, b), out var known)) return known;
        }
        var d = Operand.V(mf.NewVReg());
        cur.Insts.Add(MInst.Make(op, a, b, d, extra));
        if (fact is { } f) facts[d.VRegId] = f;
        if (cse) pure[(op, a, b)] = d;
        return d;
    }

    void Put(Opcode op, Operand a, Operand b, Operand d, long extra = 0) => cur.Insts.Add(MInst.Make(op, a, b, d, extra));

    void Copy(Operand dst, Operand src)
    {
        cur.Insts.Add(MInst.Make(Opcode.CopyB, Operand.Zero, src, dst));
        if (pure.Count > 0)
            foreach (var k in pure.Where(kv => kv.Key.Item2 == dst || kv.Key.Item3 == dst || kv.Value == dst).Select(kv => kv.Key).ToList()) pure.Remove(k);
    }

    Fact? FactOf(Operand x) => x.IsVReg && facts.TryGetValue(x.VRegId, out var f) ? f : null;

    static ulong Mask(int w) => w >= 64 ? ulong.MaxValue : (1UL << w) - 1;

    static ulong SignExtend(ulong v, int w) => w >= 64 ? v : (ulong)(((long)(v << (64 - w))) >> (64 - w));

    /// <summary>A virtual register holding x (for operands that must be written, e.g. select results).</summary>
    Operand InVReg(Operand x) => x.IsVReg ? x : Emit(Opcode.CopyB, Operand.Zero, x);
}
