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
/// <see cref="ZiskPipeline.UnrollBodyLimit"/> IR instructions is not unrolled at all.
/// <para>Each round marks the loops whose inner loops are all settled (unrolled away, or marked not to be
/// unrolled again, as LLVM marks the loops it has partially unrolled) as ready, gives every other loop
/// <c>llvm.loop.unroll.disable</c> with the marker <c>zisk-llc.unroll.pending</c> beside it (LLVM reads
/// the disable hint as a boolean attribute: a second operand must be a constant, so the marker is a hint
/// of its own, which LLVM ignores), runs the unroller, then settles the ready loops the unroller left
/// alone (a disable hint) and lifts the pending ones. Assumes: loops in LLVM's simplified form (LICM has
/// run). Guarantees: every loop is offered to the unroller once, after its inner loops; the hints left
/// are disables on settled loops.</para>
/// </summary>
static class UnrollRounds
{
    const string Pending = "zisk-llc.unroll.pending", Disable = "llvm.loop.unroll.disable";

    /// <summary>Runs the rounds: <paramref name="unroll"/> runs the unroll pass over the module.</summary>
    public static int Run(nint context, IrModule module, int bodyLimit, Action unroll)
    {
        int rounds = 0;
        // A round settles at least one level of every nest; 16 bounds a pathological nest.
        while (rounds < 16 && Mark(context, module, bodyLimit))
        {
            unroll();
            Settle(context, module);
            rounds++;
        }
        return rounds;
    }

    /// <summary>Marks one round; false when no loop is left to offer.</summary>
    static bool Mark(nint context, IrModule module, int bodyLimit)
    {
        uint kind = LoopHints.LoopKind(context);
        nint pending = LoopHints.Hint(context, Pending), disable = LoopHints.Hint(context, Disable);
        bool any = false;
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            var (blocks, loops) = NaturalLoops.Find(f);
            if (loops.Count == 0) continue;
            nint Latch(NaturalLoop l) => blocks[l.Latches[0]].Instructions.Last().Handle;
            var open = loops.Where(l => !LoopHints.HasHint(Latch(l), kind, Disable)).ToList();
            foreach (var l in open)
            {
                bool wait = open.Any(inner => l.Contains(inner));
                if (!wait && l.Body.Sum(k => blocks[k].Instructions.Count()) <= bodyLimit) { any = true; continue; }
                foreach (var latch in l.Latches)
                {
                    var t = blocks[latch].Instructions.Last().Handle;
                    LoopHints.AddHint(context, t, kind, disable);
                    if (wait) LoopHints.AddHint(context, t, kind, pending);
                }
            }
        }
        return any;
    }

    /// <summary>After the unroller: every loop still open was offered and left as it was (settled now);
    /// pending hints are lifted.</summary>
    static void Settle(nint context, IrModule module)
    {
        uint kind = LoopHints.LoopKind(context);
        nint disable = LoopHints.Hint(context, Disable);
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            var (blocks, loops) = NaturalLoops.Find(f);
            foreach (var l in loops)
            {
                var latches = l.Latches.Select(k => blocks[k].Instructions.Last().Handle).ToList();
                if (LoopHints.HasHint(latches[0], kind, Pending))
                    foreach (var t in latches) LoopHints.RemoveHints(context, t, kind, Pending, Disable);
                else if (!LoopHints.HasHint(latches[0], kind, Disable))
                    foreach (var t in latches) LoopHints.AddHint(context, t, kind, disable);
            }
        }
    }
}
