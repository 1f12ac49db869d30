using ZiskLlc.Isa;
using ZiskLlc.Emulator.Precompiles;

namespace ZiskLlc.Emulator.Execution
{
    /// <summary>
    /// The precompile opcodes (§3.2–3.3): executed by the precompile component; with statistics on,
    /// their counted memory accesses (§8.6) are reported AFTER the operation, as `Emu::step` calls
    /// `call_stats` after the op (so reads of the parameter block see post-state memory).
    /// </summary>
    internal sealed partial class Machine
    {
        ulong Precompile(Opcode op, ulong a, ulong b, long extendedArg, bool stats)
        {
            ulong c = PrecompileDispatch.Execute(op, a, b, extendedArg, _mem);
            if (stats) PrecompileDispatch.CountAccesses(op, b, _mem, _stats);
            return c;
        }
    }
}

namespace ZiskLlc.Emulator.Statistics
{
    /// <summary>The precompiles report their counted accesses into the cost counters.</summary>
    internal sealed partial class CostCounters : IMemoryAccessSink
    {
        void IMemoryAccessSink.Read(ulong address, int width) => Read(address, width);
        void IMemoryAccessSink.Write(ulong address, int width, ulong value) => Write(address, width, value);
    }
}
