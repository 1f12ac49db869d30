namespace ZiskLlc.Llvm;

/// <summary>
/// The direct route's IR optimisation pipeline: LLVM passes, run through the new pass manager
/// (<see cref="LlvmSession.RunZiskPipeline"/>), that suit a machine where code size costs nothing.
/// A ZisK ROM holds up to 2^22 instructions and proving cost grows with executed steps only
/// (spec §8.1, §9.4), so inlining and loop unrolling can be far more aggressive than a CPU's
/// pipeline allows: every inlined call saves its call, return and argument moves, every unrolled
/// iteration its induction step and loop branch, and both expose constants (table addresses,
/// trip counts) that the backend then folds into absolute operands. The classic route does not run
/// these passes (llc gets the IR as it is), so `compare` and `make bench` report the direct route
/// with and without them.
/// </summary>
public static class ZiskPipeline
{
    /// <summary>The name that selects this pipeline (and <see cref="None"/>, the backend alone).</summary>
    public const string Name = "zisk", None = "none";

    const string Combine = "instcombine<no-verify-fixpoint>";

    /// <summary>
    /// The passes, in opt's <c>-passes=</c> syntax:
    /// <list type="number">
    /// <item>for a whole program, <see cref="Internalize"/> first (every definition but the entry point
    /// and the backend's runtime names made internal), then globaldce (dead functions and globals go
    /// before any expensive pass sees them), then the inliner over the call graph, bottom-up, each
    /// function cleaned after inlining (instcombine, simplifycfg, SROA for the callee's locals that
    /// become the caller's, early CSE), then the whole-program passes of LLVM's LTO pipeline: globalopt
    /// (a global only ever stored with its initial value becomes a constant, one only main uses becomes
    /// a local) and interprocedural SCCP (constants through the arguments and results of internal
    /// functions), then globaldce again. On an internalized program they see every use: rvt-multiply
    /// 0.51 → 0.19, statemate 0.82 → 0.25 (their inputs are constant tables; a program that reads its
    /// input with zisk_input keeps it opaque), the corpus geomean 0.558 → 0.51;</item>
    /// <item>per function: LICM (loop-invariant code out, scalar promotion of memory in loops), then
    /// full, partial and runtime unrolling (in rounds, inner loops first, bodies over
    /// <see cref="UnrollBodyLimit"/> left rolled: <see cref="UnrollRounds"/>), then full unrolling (<see cref="FullUnrollPass"/>,
    /// up to 16 iterations) of the copies of loops that gained constant bounds when an outer loop unrolled
    /// (<see cref="UnrollRounds.Reoffer"/>: ud 0.641 → 0.060), then bit-tracking DCE, instcombine, simplifycfg and early
    /// CSE over MemorySSA to fold what unrolling exposed (constant trip counts, adjacent addresses).
    /// BDCE goes first because unrolled shift chains carry bits nothing reads (aha-mont64's 64 copies of
    /// a 128-bit shift-subtract step): removing them first makes instcombine four times faster there
    /// (270 → 70 ms) with the same result. Early CSE rather than GVN: a third of GVN's time on the
    /// programs where it is costly (picojpeg, tarfind), and on the corpus the same steps geomean
    /// (nettle-aes 0.81 → 0.71: GVN's rewrite of an induction variable kept loop strength reduction
    /// from its pointer form; statemate 0.75 → 0.82: loads GVN forwards across a join); then LICM once more:
    /// unrolling makes loads invariant that were not before (an index that was an inner induction variable is
    /// now a constant: edn's filter loop loaded 32 coefficients from a constant table on every iteration,
    /// 0.584 → 0.492; aha-mont64's repetition loop turns out to repeat a computation on constant inputs, which
    /// leaves the loop whole, 0.519 → 0.157), for no measurable compile time;</item>
    /// <item>induction-variable simplification (widened induction variables, exit tests rewritten on
    /// the unrolled loops: ud 0.72 → 0.64, the corpus geomean 0.560 → 0.558, for a few milliseconds), then
    /// loop strength reduction (llc runs it too, before instruction selection): an induction
    /// variable scaled into several addresses becomes pointer increments, and address arithmetic
    /// leaves the loop. Its cost model is RISC-V's (reg + 12-bit displacement), close to ZisK's
    /// indirect operand (reg + any displacement); measured on the corpus it cuts the steps geomean
    /// by 4 % (rvt-median 0.92 → 0.71), though two programs lose up to 4 %.</item>
    /// </list>
    /// Between items 1 and 2, <see cref="LoopHints"/> marks the loops that still call a function for
    /// no runtime unrolling (rvt-towers 0.934 → 0.859). Vectorisers are absent (ZisK has no vector
    /// unit), and so is any pass that would need a lowering the backend lacks.
    /// </summary>
    public const string Passes = InlinePasses + "," + LoopPasses;

    /// <summary>Item 1 of <see cref="Passes"/>: inlining and its clean-up.</summary>
    public const string InlinePasses = $"globaldce,cgscc(inline,function({Combine},simplifycfg,sroa,early-cse)),globalopt,ipsccp,globaldce";

    /// <summary>Items 2 and 3 of <see cref="Passes"/>, run after <see cref="LoopHints"/> has marked the loops
    /// that still call a function once inlining is done.</summary>
    public const string LoopPasses = $"function(loop-mssa(licm),loop-unroll<O3;runtime>,{Cleanup}";

    /// <summary><see cref="LoopPasses"/> as run, in three parts: LICM, then the unroller in
    /// <see cref="UnrollRounds"/> (inner loops first, bodies over <see cref="UnrollBodyLimit"/> not
    /// unrolled), then the clean-up.</summary>
    public const string LicmPasses = "function(loop-mssa(licm))", UnrollPass = "loop-unroll<O3;runtime>",
        FullUnrollPass = "loop-unroll<O3;no-partial;no-runtime;full-unroll-max=16>",
        CleanupPasses = "function(" + Cleanup;

    const string Cleanup = $"bdce,{Combine},simplifycfg,early-cse<memssa>,loop-mssa(licm)),function(loop(indvars,loop-reduce))";

    /// <summary>
    /// The largest loop body (IR instructions, as the inner rounds of unrolling have left it) that is
    /// unrolled (<see cref="UnrollRounds"/>). Unrolling saves a loop's overhead, two or three steps per
    /// iteration (the induction step, the compare-and-branch) plus what the constant index folds into
    /// addresses; past about 300 instructions that is under 1 % of the body's own steps, while the copies
    /// cost compile time in every later pass. Measured on the corpus: 300 leaves the steps geomean at
    /// 0.512 (edn +0.004) and cuts picojpeg's IR from 35,000 to 24,000 instructions (compile time
    /// 420 → 270 ms); 200 cuts it to 20,000 but picojpeg loses 1.8 % of its steps, nettle-sha256 1.2 %.
    /// </summary>
    public const int UnrollBodyLimit = 300;

    /// <summary>
    /// The thresholds, as LLVM command-line options (the only way the C API reaches them; they are
    /// process-wide and set once, before the first run). Inlining up to cost 500 (the -O3 default is
    /// 250: at 250 coremark, slre and ud lose 5–40 %; with the program internalized, a function called
    /// once is inlined whatever its size, and 500 gives the steps 2000 gave, in half the pipeline time
    /// on the programs that inline most — coremark 460 → 190 ms) and unrolling up to 2000 (default 300 for full unrolling, 150 for partial), partial and
    /// runtime unrolling on, at most 8 copies of a body with a runtime trip count — beyond that the
    /// remainder loop and the unrolled loop's entry checks cost more steps than they save on the short
    /// loops real programs have (measured on the corpus: 8 beat 4 by 1 %). The full-unrolling analysis
    /// simulates up to 128 iterations (default 10) to see what constant folding removes, and may then
    /// raise the threshold up to 4× for that loop (LLVM's own boost): MD5's 64 rounds, a loop whose
    /// body picks one of four formulas by the round number, unroll into straight-line code with the
    /// choices and the rotation of a, b, c, d folded away (md5sum 0.806 → 0.394 of the classic steps;
    /// the pipeline takes about 15 % longer on the corpus). Induction-variable simplification does not
    /// rewrite loop exit values (<c>-replexitval=never</c>): the value a loop leaves is already in a
    /// register at its exit, recomputing it from the trip count after the loop is an expression of
    /// steps, and that rewriting was most of the pass's time on unrolled loops (aha-mont64 10 → 0.5 ms,
    /// edn 6 → 1.5 ms); the corpus steps geomean is unchanged (0.512; coremark 0.884 → 0.882, sglib
    /// 0.765 → 0.760, qrduino 0.766 → 0.771). Instcombine does not sink instructions into the blocks that
    /// use them (<c>-instcombine-code-sinking=false</c>): every corpus program runs the same number of steps
    /// either way (LICM sinks what only a loop's exit uses, and the backend places values itself), while on
    /// long unrolled chains sinking was half of instcombine's time (aha-mont64's clean-up instcombine
    /// 52 → 26 ms, its whole compile 145 → 90 ms).
    /// </summary>
    public static readonly string[] Options =
        ["-inline-threshold=500", "-unroll-threshold=2000", "-unroll-allow-partial", "-unroll-runtime", "-unroll-max-count=8",
         "-unroll-max-iteration-count-to-analyze=128", "-replexitval=never",
         "-instcombine-code-sinking=false"];
}
