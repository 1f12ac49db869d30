namespace ZiskLlc.Llvm;

/// <summary>
/// Loop unrolling inner loops first, one nesting level per round, so that a loop's body is measured as
/// unrolling has left it: LLVM's unroller weighs a loop only by its unrolled size (trip count × body
/// against <c>-unroll-threshold</c>), and with the threshold a zkVM's free code size invites, an outer
/// loop of four iterations around inner loops unrolled just before is copied whole — picojpeg's block
/// loops, each four copies of an already unrolled transform, grow its IR from 15,000 to 35,000
/// instructions and double its compile time for a few per cent of its steps. The loop overhead
/// unrolling saves is a few steps per iteration whatever the body; what it costs grows with the
/// body. So a loop whose body (as the earlier rounds left it) holds more than
/// <see cref="ZiskPipeline.UnrollBodyLimit"/> IR instructions is not unrolled at all, unless the source
/// asks for it (<c>#pragma unroll</c>).
/// <para>Each round marks the loops whose inner loops are all settled (unrolled away, or marked not to be
/// unrolled again, as LLVM marks the loops it has partially unrolled) as ready, gives every other loop
/// <c>llvm.loop.unroll.disable</c> with the marker <c>zisk-llc.unroll.pending</c> beside it (LLVM reads
/// the disable hint as a boolean attribute: a second operand must be a constant, so the marker is a hint
/// of its own, which LLVM ignores), runs the unroller, then settles the ready loops the unroller left
/// alone (a disable hint) and lifts the pending ones. Assumes: loops in LLVM's simplified form (LICM has
/// run). Guarantees: every loop is offered to the unroller once, after its inner loops (and copies of one left
/// alone, once more: <see cref="Reoffer"/>); the hints left are disables on settled loops, with the marker
/// <c>zisk-llc.unroll.offered</c> (ignored by LLVM) on those the unroller left alone.</para>
/// </summary>
static class UnrollRounds
{
    const string Pending = "zisk-llc.unroll.pending", Offered = "zisk-llc.unroll.offered", Disable = "llvm.loop.unroll.disable";

    /// <summary>Runs the rounds: <paramref name="unroll"/> runs the unroll pass over the functions given, or
    /// over the module when given null (the first round, where most functions with loops have loops ready:
    /// one pass manager for all of them; later rounds go function by function, since each pass run
    /// recomputes the analyses of every function it visits).</summary>
    public static int Run(nint context, IrModule module, int bodyLimit, Action<IReadOnlyList<IrFunction>?> unroll)
    {
        int rounds = 0;
        // A round settles at least one level of every nest; 16 bounds a pathological nest (its outer loops then
        // stay rolled: a round always ends settled, with no pending hint left).
        while (rounds < 16)
        {
            var (ready, open) = Mark(context, module, bodyLimit);
            if (open.Count == 0) break;
            if (ready.Count > 0) unroll(rounds == 0 ? null : ready);
            Settle(context, open);
            rounds++;
        }
        return rounds;
    }

    /// <summary>
    /// The last chance, after <see cref="Run"/>: a loop the unroller left alone when it was offered (its trip
    /// count unknown then) may since have been copied by the full unrolling of a loop around it, and in each copy
    /// its bounds are now constants. Triangular nests are the common case (<c>for (i..) for (j = 0; j &lt; i; j++)</c>:
    /// once the outer loop is unrolled, the copy for i = 2 runs twice); Embench's ud is one, and unrolling those
    /// copies lets its whole decomposition of a constant matrix fold (ud 0.641 → 0.060 of the classic steps).
    /// Loops marked <c>Offered</c> by <see cref="Settle"/> (never those too large, nor those LLVM unrolled at run
    /// time and marked itself; a loop LLVM unrolled partially by a constant factor is marked, as it carries no
    /// hint of LLVM's) that have copies, pass <see cref="CountedFromConstant"/> and whose body is still within <paramref name="bodyLimit"/> get
    /// their disable hint lifted, and <paramref name="unroll"/> runs full unrolling only over the functions that
    /// hold one; every loop is settled again after. Returns the number of functions with a loop re-offered.
    /// </summary>
    public static int Reoffer(nint context, IrModule module, int bodyLimit, Action<IReadOnlyList<IrFunction>> unroll)
    {
        uint kind = LoopHints.LoopKind(context);
        List<IrFunction> fs = [];
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            var (blocks, loops) = NaturalLoops.Find(f);
            bool any = false;
            var ids = loops.Select(l => LoopHints.LoopId(blocks[l.Latches[0]].Terminator.Handle, kind)).ToList();
            var copies = ids.Where(id => id != 0).CountBy(id => id).ToDictionary();   // loop ID → loops that carry it
            var size = new int[blocks.Count];
            for (int i = 0; i < loops.Count; i++)
            {
                var l = loops[i];
                var latches = l.Latches.Select(k => blocks[k].Terminator.Handle).ToList();
                // Only a loop with copies: one left alone and never copied has the bounds it had when offered.
                if (!LoopHints.HasHint(latches[0], kind, Offered) || copies[ids[i]] < 2
                    || !CountedFromConstant(blocks, l) || !BodyWithin(blocks, l, bodyLimit, size)) continue;
                foreach (var t in latches) LoopHints.RemoveHints(context, t, kind, Offered, Disable);
                any = true;
            }
            if (any) fs.Add(f);
        }
        if (fs.Count == 0) return 0;
        unroll(fs);
        Settle(context, fs, offered: false);
        return fs.Count;
    }

    /// <summary>Marks one round; returns the functions with a loop offered (<c>Ready</c>) and those with any
    /// loop not yet settled (<c>Open</c>, a superset; none: every loop is settled).</summary>
    static (List<IrFunction> Ready, List<IrFunction> Open) Mark(nint context, IrModule module, int bodyLimit)
    {
        List<IrFunction> ready = [], touched = [];
        uint kind = LoopHints.LoopKind(context);
        nint pending = LoopHints.Hint(context, Pending), disable = LoopHints.Hint(context, Disable);
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            var (blocks, loops) = NaturalLoops.Find(f);
            if (loops.Count == 0) continue;
            bool any = false;
            var open = loops.Where(l => !LoopHints.HasHint(blocks[l.Latches[0]].Terminator.Handle, kind, Disable)).ToList();
            if (open.Count == 0) continue;
            touched.Add(f);
            var size = new int[blocks.Count];   // instructions per block, counted when first needed (0: not yet)
            bool Within(NaturalLoop l) => BodyWithin(blocks, l, bodyLimit, size);
            // Fewest blocks first: a loop comes after every loop nested in it (a strict subset of its blocks).
            // A loop waits for an inner one offered or waiting this round; one settled now for its size settles
            // its outer loops too (their bodies hold it), so no round is spent on them.
            var waitsOrOffered = new HashSet<NaturalLoop>();
            foreach (var l in open.OrderBy(l => l.Body.Count))
            {
                bool wait = waitsOrOffered.Any(inner => l.Contains(inner));
                if (!wait && (Within(l) || AskedFor(blocks[l.Latches[0]].Terminator.Handle, kind)))
                { any = true; waitsOrOffered.Add(l); continue; }
                if (wait) waitsOrOffered.Add(l);
                foreach (var latch in l.Latches)
                {
                    var t = blocks[latch].Terminator.Handle;
                    LoopHints.AddHint(context, t, kind, disable);
                    if (wait) LoopHints.AddHint(context, t, kind, pending);
                }
            }
            if (any) ready.Add(f);
        }
        return (ready, touched);
    }

    /// <summary>True if <paramref name="l"/>'s body holds at most <paramref name="limit"/> IR instructions, counted
    /// block by block until the limit is passed; <paramref name="size"/> memoises each block's count (0: not yet).</summary>
    static bool BodyWithin(List<IrBlock> blocks, NaturalLoop l, int limit, int[] size)
    {
        int n = 0;
        foreach (var k in l.Body)
        {
            if (size[k] == 0) size[k] = blocks[k].Instructions.Count();
            if ((n += size[k]) > limit) return false;
        }
        return true;
    }

    /// <summary>True if the loop's copies may have a constant trip count: its one latch leaves on a compare of a
    /// constant with an induction variable (a phi of the header, or that phi plus or minus a constant) that enters
    /// the loop as a constant. A syntactic test, so that only such loops cost the unroller's trip-count analysis:
    /// tarfind's 175 copies of string-scanning loops (exits on a loaded byte) cost 14 ms for nothing without it.</summary>
    static bool CountedFromConstant(List<IrBlock> blocks, NaturalLoop l)
    {
        if (l.Latches.Count != 1) return false;
        var br = blocks[l.Latches[0]].Terminator;
        if (br.Opcode != IrOpcode.Br || br.Operands.Count != 3) return false;
        var cond = br.Operands[0];
        if (cond.IsConstantInt) return true;    // an exit test already folded: one iteration
        if (cond.Kind != IrValueKind.Instruction || cond.AsInstruction.Opcode != IrOpcode.ICmp) return false;
        var ops = cond.AsInstruction.Operands;
        var iv = ops[1].IsConstantInt ? ops[0] : ops[0].IsConstantInt ? ops[1] : default;
        // Through a cast (the compare is often on the source's 32-bit counter, truncated) and a constant step.
        for (int k = 0; k < 3 && iv.Handle != 0 && iv.Kind == IrValueKind.Instruction; k++)
        {
            var i = iv.AsInstruction;
            if (i.Opcode is IrOpcode.Trunc or IrOpcode.ZExt or IrOpcode.SExt) iv = i.Operands[0];
            else if (i.Opcode is IrOpcode.Add or IrOpcode.Sub && i.Operands[1].IsConstantInt) iv = i.Operands[0];
            else break;
        }
        if (iv.Handle == 0 || iv.Kind != IrValueKind.Instruction) return false;
        var phi = iv.AsInstruction;
        if (phi.Opcode != IrOpcode.Phi || phi.Block.Handle != blocks[l.Header].Handle) return false;
        var body = l.Body.Select(k => blocks[k].Handle).ToHashSet();
        return phi.PhiIncoming.Any(p => !body.Contains(p.Block.Handle) && p.Value.IsConstantInt);
    }

    /// <summary>True if the source asked for this loop's unrolling (<c>#pragma unroll</c>: a full, count or enable
    /// hint): the unroller then follows the pragma whatever the body's size.</summary>
    static bool AskedFor(nint latch, uint kind) =>
        LoopHints.HasHint(latch, kind, "llvm.loop.unroll.full") || LoopHints.HasHint(latch, kind, "llvm.loop.unroll.count")
        || LoopHints.HasHint(latch, kind, "llvm.loop.unroll.enable");

    /// <summary>After the unroller: every loop still open was offered and left as it was (settled now, and
    /// marked <c>Offered</c> for <see cref="Reoffer"/> when <paramref name="offered"/>); pending hints are lifted.</summary>
    static void Settle(nint context, List<IrFunction> open, bool offered = true)
    {
        uint kind = LoopHints.LoopKind(context);
        nint disable = LoopHints.Hint(context, Disable), mark = LoopHints.Hint(context, Offered);
        foreach (var f in open)
        {
            var (blocks, loops) = NaturalLoops.Find(f);
            foreach (var l in loops)
            {
                var latches = l.Latches.Select(k => blocks[k].Terminator.Handle).ToList();
                if (LoopHints.HasHint(latches[0], kind, Pending))
                    foreach (var t in latches) LoopHints.RemoveHints(context, t, kind, Pending, Disable);
                else if (!LoopHints.HasHint(latches[0], kind, Disable))
                    foreach (var t in latches)
                    {
                        LoopHints.AddHint(context, t, kind, disable);
                        if (offered) LoopHints.AddHint(context, t, kind, mark);
                    }
            }
        }
    }
}
