namespace ZiskLlc.Isa;

/// <summary>The ZisK memory map and fixed addresses (spec §4.1, §2, §5.3).</summary>
public static class MemoryMap
{
    public const ulong RomEntry = 0x1000;
    public const ulong RomExit = 0x1004;
    public const ulong FloatHandlerAddr = 0x1008;
    public const ulong FloatHandlerReturnAddr = 0x1090;
    public const ulong RomEntrySize = 0x100000;
    public const ulong MaxZiskOsRomAddr = 0x0FFFFFFF;
    public const ulong InputAddr = 0x40000000;
    public const ulong FreeInputAddr = InputAddr;
    public const ulong MaxInputSize = 0x40000000;
    /// <summary>Default limit of the input file (ziskemu --max-input-mem), §4.2.</summary>
    public const ulong DefaultMaxInputMem = 128UL * 1024 * 1024;
    public const ulong RomAddr = 0x80000000;
    public const ulong RomAddrMax = 0x87FFFFFF;
    public const ulong FloatLibRomAddr = 0x87F00000;
    public const ulong RamAddr = 0xA0000000;
    public const ulong RamSize = 0x20000000;
    public const ulong RamEnd = RamAddr + RamSize;
    public const ulong SysAddr = RamAddr;
    public const ulong SysSize = 0x10000;
    /// <summary>Nominal address of x_i (not aliased with the register file, §2).</summary>
    public static ulong RegAddr(int i) => RamAddr + 8UL * (uint)i;
    public const ulong X32Addr = 0xA0000100;
    public const ulong X33Addr = 0xA0000108;
    public const ulong UartAddr = 0xA0000200;
    public const ulong ExtraParamsAddr = 0xA0000F00;
    public const ulong FregFirst = 0xA0001000;
    public const ulong FregInst = 0xA0001108;
    public const ulong FregRa = 0xA0001110;
    public const ulong FregX0 = 0xA0001118;
    public const ulong CsrAddr = 0xA0008000;
    public static ulong CsrAddrOf(uint csr) => CsrAddr + 8UL * csr;
    public const ulong MtvecAddr = 0xA0009828;
    public const ulong ArchIdCsrAddr = 0xA000F890;
    public const ulong ArchIdZisk = 0x0FFFEEEE;
    public const ulong OutputAddr = 0xA0010000;
    public const ulong OutputMaxSize = 0x10000;
    public const ulong AvailableMemAddr = 0xA0030000;
    public const ulong FloatLibRamAddr = 0xBFFF0000;
    public const ulong FloatLibSp = 0xBFFFFFF0;
    public const ulong DefaultMaxSteps = 0xF_FFFF_FFFF;
    /// <summary>Registers addressed by SRC_REG/STORE_REG (§2).</summary>
    public const int RegisterCount = 32;
    /// <summary>Public output words reported by ziskemu -c (§5.8).</summary>
    public const int OutputWords = 64;
    /// <summary>Rows of the proof-side ROM table (§6.3, §9.3).</summary>
    public const int MaxRomRows = 1 << 22;

    /// <summary>True when [addr, addr+width) lies in RAM.</summary>
    public static bool InRam(ulong addr, ulong width) => addr >= RamAddr && addr + width <= RamEnd && addr + width >= addr;
}
