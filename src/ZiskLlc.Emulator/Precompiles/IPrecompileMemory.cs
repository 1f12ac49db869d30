namespace ZiskLlc.Emulator.Precompiles;

/// <summary>
/// The machine memory as the precompiles see it: aligned 64-bit words, little-endian (spec §3.2–3.3).
/// Reads and writes follow the emulator's access rules of §4.3 and throw <see cref="EmulationFault"/>
/// on a bad access. Accesses made through this interface are NOT counted in the statistics: the
/// accesses that ziskemu counts for a precompile are listed separately (§8.6).
/// </summary>
public interface IPrecompileMemory
{
    /// <summary>Reads the 8-byte little-endian word at <paramref name="address"/>.</summary>
    ulong ReadU64(ulong address);
    /// <summary>Writes the 8-byte little-endian word at <paramref name="address"/>.</summary>
    void WriteU64(ulong address, ulong value);
}
