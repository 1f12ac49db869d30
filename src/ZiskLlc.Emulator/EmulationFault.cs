namespace ZiskLlc.Emulator;

/// <summary>
/// A condition under which ZisK's emulator panics (bad memory access, misaligned precompile pointer,
/// DMA into read-only memory, fcall misuse …, spec §4.3, §3.2–3.5). The run ends with an error; the
/// emulator adds the pc and the disassembled instruction to the message.
/// </summary>
public sealed class EmulationFault(string message) : Exception(message);
