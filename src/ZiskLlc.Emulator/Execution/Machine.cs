using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZiskLlc.Emulator.Memory;
using ZiskLlc.Emulator.Statistics;
using ZiskLlc.Isa;
using S = ZiskLlc.Isa.Semantics;

namespace ZiskLlc.Emulator.Execution;

/// <summary>Type-level switch of the interpreter loop: the JIT compiles one loop per mode and
/// removes every statistics branch from the fast one.</summary>
internal interface IRunMode;
internal struct FastMode : IRunMode;
internal struct StatsMode : IRunMode;

/// <summary>
/// The ZisK machine state and the interpreter loop (spec §1.5). Hot state (c, flag, step, the
/// current slot) lives in locals; registers in a 32-word array; memory behind a one-compare RAM fast
/// path. Rare opcodes (precompiles, DMA, fcall, halt, profile) go through <see cref="SlowOp"/>.
/// </summary>
internal sealed partial class Machine : IDisposable
{
    readonly CodeImage _image;
    readonly MachineMemory _mem;
    readonly ulong[] _regs = new ulong[MemoryMap.RegisterCount];
    readonly CostCounters _stats = new();
    readonly EmulatorOptions _options;

    /// <summary>Set by `halt` (§3.1).</summary>
    public bool Error;
    /// <summary>Slot and step of the step being executed, kept for fault reports.</summary>
    public int CurrentSlot;
    public ulong CurrentStep;

    public Machine(CodeImage image, MachineMemory mem, EmulatorOptions options)
    {
        _image = image;
        _mem = mem;
        _options = options;
    }

    public CodeImage Image => _image;
    public MachineMemory Memory => _mem;
    public CostCounters Stats => _stats;

    /// <summary>Runs from ROM_ENTRY until `end` or the step limit; returns true when `end` was
    /// reached. Throws <see cref="EmulationFault"/> (with <see cref="CurrentSlot"/> set) on a fault.</summary>
    public bool Run<TMode>(ulong maxSteps, out ulong steps) where TMode : struct, IRunMode
    {
        var mem = _mem;
        var st = _stats;
        var image = _image;
        int idx = image.EntrySlot;
        var code = image.Code;
        ref ulong regs = ref MemoryMarshal.GetArrayDataReference(_regs);
        ulong c = 0, step = 0;
        bool flag = false;

        while (step < maxSteps)
        {
            CurrentSlot = idx;
            CurrentStep = step;
            ulong costBefore = typeof(TMode) == typeof(StatsMode) && st.SlotSteps is not null ? st.MemoryCost + st.OpsTotal : 0;
            ref DecodedInst e = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(code), idx);

            // §1.5 step 2: a.
            ulong a;
            switch (e.ASrc)
            {
                case (byte)SourceKind.Reg: a = Unsafe.Add(ref regs, (nint)e.A); break;
                case (byte)SourceKind.Imm: a = e.A; break;
                case (byte)SourceKind.LastC: a = c; break;
                case (byte)SourceKind.Mem:
                    a = mem.Read8(e.A);
                    if (typeof(TMode) == typeof(StatsMode)) st.Read(e.A, 8);
                    break;
                default: a = step; break; // SRC_STEP (validated at decode)
            }

            // Step 3: b (SRC_IND uses the a just built).
            ulong b;
            switch (e.BSrc)
            {
                case (byte)SourceKind.Reg: b = Unsafe.Add(ref regs, (nint)e.B); break;
                case (byte)SourceKind.Imm: b = e.B; break;
                case (byte)SourceKind.LastC: b = c; break;
                case (byte)SourceKind.Mem:
                    b = mem.Read8(e.B);
                    if (typeof(TMode) == typeof(StatsMode)) st.Read(e.B, 8);
                    break;
                default:
                    {
                        ulong addr = a + e.B;
                        b = mem.Read(addr, e.Width);
                        if (typeof(TMode) == typeof(StatsMode)) st.Read(addr, e.Width);
                        break;
                    }
            }

            // Steps 4–5: the operation.
            switch (e.Op)
            {
                case (byte)Opcode.Flag: c = S.Flag(a, b, out flag); break;
                case (byte)Opcode.CopyB: c = S.CopyB(a, b, out flag); break;
                case (byte)Opcode.Add: c = S.Add(a, b, out flag); break;
                case (byte)Opcode.Sub: c = S.Sub(a, b, out flag); break;
                case (byte)Opcode.And: c = S.And(a, b, out flag); break;
                case (byte)Opcode.Or: c = S.Or(a, b, out flag); break;
                case (byte)Opcode.Xor: c = S.Xor(a, b, out flag); break;
                case (byte)Opcode.Eq: c = S.Eq(a, b, out flag); break;
                case (byte)Opcode.Ltu: c = S.Ltu(a, b, out flag); break;
                case (byte)Opcode.Lt: c = S.Lt(a, b, out flag); break;
                case (byte)Opcode.Leu: c = S.Leu(a, b, out flag); break;
                case (byte)Opcode.Le: c = S.Le(a, b, out flag); break;
                case (byte)Opcode.Minu: c = S.Minu(a, b, out flag); break;
                case (byte)Opcode.Min: c = S.Min(a, b, out flag); break;
                case (byte)Opcode.Maxu: c = S.Maxu(a, b, out flag); break;
                case (byte)Opcode.Max: c = S.Max(a, b, out flag); break;
                case (byte)Opcode.MinuW: c = S.MinuW(a, b, out flag); break;
                case (byte)Opcode.MinW: c = S.MinW(a, b, out flag); break;
                case (byte)Opcode.MaxuW: c = S.MaxuW(a, b, out flag); break;
                case (byte)Opcode.MaxW: c = S.MaxW(a, b, out flag); break;
                case (byte)Opcode.LtuW: c = S.LtuW(a, b, out flag); break;
                case (byte)Opcode.LtW: c = S.LtW(a, b, out flag); break;
                case (byte)Opcode.EqW: c = S.EqW(a, b, out flag); break;
                case (byte)Opcode.AddW: c = S.AddW(a, b, out flag); break;
                case (byte)Opcode.SubW: c = S.SubW(a, b, out flag); break;
                case (byte)Opcode.LeuW: c = S.LeuW(a, b, out flag); break;
                case (byte)Opcode.LeW: c = S.LeW(a, b, out flag); break;
                case (byte)Opcode.Sll: c = S.Sll(a, b, out flag); break;
                case (byte)Opcode.Srl: c = S.Srl(a, b, out flag); break;
                case (byte)Opcode.Sra: c = S.Sra(a, b, out flag); break;
                case (byte)Opcode.SllW: c = S.SllW(a, b, out flag); break;
                case (byte)Opcode.SrlW: c = S.SrlW(a, b, out flag); break;
                case (byte)Opcode.SraW: c = S.SraW(a, b, out flag); break;
                case (byte)Opcode.SignExtendB: c = S.SignExtendB(a, b, out flag); break;
                case (byte)Opcode.SignExtendH: c = S.SignExtendH(a, b, out flag); break;
                case (byte)Opcode.SignExtendW: c = S.SignExtendW(a, b, out flag); break;
                case (byte)Opcode.PubOut: c = S.PubOut(a, b, out flag); break;
                case (byte)Opcode.Mulu: c = S.Mulu(a, b, out flag); break;
                case (byte)Opcode.Muluh: c = S.Muluh(a, b, out flag); break;
                case (byte)Opcode.Mulsuh: c = S.Mulsuh(a, b, out flag); break;
                case (byte)Opcode.Mul: c = S.Mul(a, b, out flag); break;
                case (byte)Opcode.Mulh: c = S.Mulh(a, b, out flag); break;
                case (byte)Opcode.MulW: c = S.MulW(a, b, out flag); break;
                case (byte)Opcode.Divu: c = S.Divu(a, b, out flag); break;
                case (byte)Opcode.Remu: c = S.Remu(a, b, out flag); break;
                case (byte)Opcode.Div: c = S.Div(a, b, out flag); break;
                case (byte)Opcode.Rem: c = S.Rem(a, b, out flag); break;
                case (byte)Opcode.DivuW: c = S.DivuW(a, b, out flag); break;
                case (byte)Opcode.RemuW: c = S.RemuW(a, b, out flag); break;
                case (byte)Opcode.DivW: c = S.DivW(a, b, out flag); break;
                case (byte)Opcode.RemW: c = S.RemW(a, b, out flag); break;
                case CodeImage.OpEmpty: break; // QUIRK §6.2: c and flag unchanged, pc unchanged
                default:
                    c = SlowOp(ref e, a, b, typeof(TMode) == typeof(StatsMode), out flag);
                    break;
            }

            // Step 6: statistics (opcode cost, §8.3).
            if (typeof(TMode) == typeof(StatsMode))
            {
                st.OnOp(e.Op, a, b);
                st.VariableCost = 0;
            }

            // Step 7: store.
            if (e.Store != (byte)StoreKind.None)
            {
                ulong v = (e.Flags & DecodedInst.StorePc) != 0 ? e.Paddr + (ulong)e.J2 : c;
                switch (e.Store)
                {
                    case (byte)StoreKind.Reg:
                        Unsafe.Add(ref regs, (nint)e.StoreOffset) = v;
                        break;
                    case (byte)StoreKind.Mem:
                        mem.Write((ulong)e.StoreOffset, 8, v);
                        if (typeof(TMode) == typeof(StatsMode)) st.Write((ulong)e.StoreOffset, 8, v);
                        break;
                    default:
                        {
                            ulong addr = a + (ulong)e.StoreOffset;
                            mem.Write(addr, e.Width, v);
                            if (typeof(TMode) == typeof(StatsMode)) st.Write(addr, e.Width, v);
                            break;
                        }
                }
            }

            // Steps 8–10: pc, end, step.
            if (typeof(TMode) == typeof(StatsMode) && st.SlotSteps is { } prof)
            {
                if (idx >= prof.Length) st.GrowProfile(code.Length);
                st.SlotSteps![idx]++;
                st.SlotCost![idx] += CostReport.MainPerStep + st.MemoryCost + st.OpsTotal - costBefore;
            }
            step++;
            int next;
            if ((e.Flags & DecodedInst.SetPc) != 0)
            {
                bool end = (e.Flags & DecodedInst.End) != 0;
                next = image.Lookup(c + (ulong)e.J1);
                code = image.Code;
                if (end) { steps = step; CurrentSlot = next; return true; }
            }
            else
            {
                next = flag ? e.Next1 : e.Next2;
                if ((e.Flags & DecodedInst.End) != 0) { steps = step; return true; }
                if (next < 0)
                {
                    next = image.ResolveNext(idx, flag);
                    code = image.Code;
                }
            }
            idx = next;
        }
        CurrentSlot = idx;
        steps = step;
        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _mem.Dispose();
}
