using System.Text;
using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The memory rules of spec §4.2–4.3.</summary>
public class MemoryTests
{
    static readonly MemorySegment Ro = new(0x8000_1000, SegmentKind.ReadOnly, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "rodata");

    [Fact]
    public void Read_only_sections_are_readable_zero_padded_and_writable_quirk()
    {
        var r = Run(Seq(
            OutWord(0, M, 0x8000_1008),                                            // bytes 9,10,11 then padding zeros
            I(Opcode.CopyB, Im, 0, Im, 0xEE, StoreKind.Mem, 0x8000_1000),            // QUIRK: write into RO
            OutWord(1, M, 0x8000_1000),
            I(Opcode.CopyB, Im, 0x8000_1000, Ind, 15, StoreKind.Mem, (long)Out + 16, w: 1), // last padding byte
            I(Opcode.Flag)), segments: [Ro]).Ok();
        Assert.Equal(0x0B0A09UL, r.Out64(0));
        Assert.Equal(0xEEUL, r.Out64(1));
        Assert.Equal(0UL, r.Out64(2));
    }

    [Fact]
    public void Reading_past_the_padded_end_of_a_section_faults()
    {
        var r = Run(Seq(OutWord(0, M, 0x8000_1009), I(Opcode.Flag)), segments: [Ro]);
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Contains("Mem::read() section not found for addr: 2147487753=80001009 with width: 8", r.Message);
    }

    [Fact]
    public void Read_write_segments_are_not_preloaded()
    {
        var rw = new MemorySegment(0xA003_0000, SegmentKind.ReadWrite, [1, 2, 3, 4, 5, 6, 7, 8]);
        var r = Run(Seq(OutWord(0, M, 0xA003_0000), I(Opcode.Flag)), segments: [rw]).Ok();
        Assert.Equal(0UL, r.Out64(0));
    }

    [Fact]
    public void Misaligned_read_only_segment_is_rejected_at_load()
    {
        var bad = new MemorySegment(0x8000_1004, SegmentKind.ReadOnly, [1]);
        var e = Assert.Throws<UserError>(() => Run(Seq(I(Opcode.Flag)), segments: [bad]));
        Assert.Contains("0x80001004", e.Message);
    }

    [Fact]
    public void Input_follows_the_free_input_slot_and_reading_the_slot_gives_free_input()
    {
        byte[] input = [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88];
        var r = Run(Seq(
            OutWord(0, M, MemoryMap.InputAddr + 8),
            OutWord(1, M, MemoryMap.InputAddr),                                    // free_input = 0
            I(Opcode.CopyB, Im, MemoryMap.InputAddr, Ind, 0, StoreKind.Mem, (long)Out + 16, w: 4), // 4-byte read: buffer
            I(Opcode.Flag)), input: input).Ok();
        Assert.Equal(0x8877665544332211UL, r.Out64(0));
        Assert.Equal(0UL, r.Out64(1));
        Assert.Equal(0UL, r.Out64(2));
    }

    [Fact]
    public void Input_length_must_be_a_multiple_of_8()
    {
        Assert.Throws<UserError>(() => Run(Seq(I(Opcode.Flag)), input: new byte[5]));
    }

    [Fact]
    public void Code_is_not_readable()
    {
        var r = Run([I(Opcode.CopyB, Im, 0, M, 0x1000, pc: 0x1000, end: true)]);
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Contains("Mem::read() section not found for addr: 4096=1000 with width: 8", r.Message);
        Assert.Equal(0UL, r.Steps);
    }

    [Theory]
    [InlineData(0x9000_0000UL, 8)]
    [InlineData(0xBFFF_FFFCUL, 8)]   // crosses the end of RAM
    [InlineData(0xC000_0000UL, 1)]
    public void Unmapped_reads_fault(ulong addr, byte width)
    {
        var r = Run(Seq(I(Opcode.CopyB, Im, addr, Ind, 0, w: width), I(Opcode.Flag)));
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Contains($"Mem::read() section not found for addr: {addr}={addr:x} with width: {width}", r.Message);
    }

    [Fact]
    public void Unmapped_writes_fault_and_the_last_RAM_bytes_are_writable()
    {
        var ok = Run(Seq(I(Opcode.CopyB, Im, 0xBFFF_FFF8, Im, 7, StoreKind.Ind, 0, w: 8), I(Opcode.Flag))).Ok();
        Assert.Equal(2UL, ok.Steps);
        var bad = Run(Seq(I(Opcode.CopyB, Im, 0xBFFF_FFFA, Im, 7, StoreKind.Ind, 0, w: 8), I(Opcode.Flag)));
        Assert.Equal(RunEnd.Fault, bad.End);
        var rom = Run(Seq(I(Opcode.CopyB, Im, 0, Im, 7, StoreKind.Mem, 0x8000_0000), I(Opcode.Flag)));
        Assert.Equal(RunEnd.Fault, rom.End);
    }

    [Fact]
    public void Any_width_at_any_alignment_little_endian()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 0x0807_0605_0403_0201, StoreKind.Mem, (long)Out + 5),   // unaligned 8-byte store
            I(Opcode.CopyB, Im, Out, Ind, 6, StoreKind.Mem, (long)Out + 16, w: 4),             // crossing 4-byte read
            I(Opcode.CopyB, Im, Out, Ind, 7, StoreKind.Ind, 30, w: 2),                         // 2-byte store at Out+30
            I(Opcode.Flag))).Ok();
        Assert.Equal(0x0302_0100_0000_0000UL, r.Out64(0));
        Assert.Equal(0x0000_0000_0504_0302UL, r.Out64(2));
        Assert.Equal(0x0403UL << 48, r.Out64(3));
    }

    [Fact]
    public void One_byte_writes_to_the_UART_go_to_stdout()
    {
        var code = new List<Instruction>();
        foreach (var ch in "hi\n") code.Add(I(Opcode.CopyB, Im, 0, Im, 0x100 | (ulong)ch, StoreKind.Ind, (long)MemoryMap.UartAddr, w: 1));
        code.Add(I(Opcode.CopyB, Im, 0, Im, 0x41, StoreKind.Mem, (long)MemoryMap.UartAddr)); // 8-byte write: not printed
        code.Add(I(Opcode.Flag));
        var r = Run(Seq([.. code])).Ok();
        Assert.Equal("hi\n", Encoding.ASCII.GetString(r.Stdout));
    }

    [Fact]
    public void Outputs_are_the_64_words_at_OUTPUT_ADDR()
    {
        var r = Run(Seq(I(Opcode.CopyB, Im, 0, Im, 0xDEAD_BEEF_0000_0001, StoreKind.Mem, (long)Out + 63 * 4 - 4), I(Opcode.Flag))).Ok();
        Assert.Equal(64, r.Outputs.Length);
        Assert.Equal(1u, r.Outputs[62]);
        Assert.Equal(0xDEADBEEFu, r.Outputs[63]);
    }

    [Fact]
    public void Registers_are_not_aliased_with_their_nominal_addresses()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 5, StoreKind.Reg, 1),
            OutWord(0, M, MemoryMap.RegAddr(1)),
            I(Opcode.CopyB, Im, 0, Im, 9, StoreKind.Mem, (long)MemoryMap.RegAddr(1)),
            OutWord(1, R, 1),
            I(Opcode.Flag))).Ok();
        Assert.Equal(0UL, r.Out64(0));
        Assert.Equal(5UL, r.Out64(1));
    }
}
