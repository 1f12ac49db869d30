namespace ZiskLlc.Riscv.Tests;

/// <summary>Hand encoders for RISC-V instruction words (RISC-V manual formats), used to build test code.</summary>
internal static class Enc
{
    public static uint R(uint op, uint f3, uint f7, int rd, int rs1, int rs2) =>
        op | ((uint)rd << 7) | (f3 << 12) | ((uint)rs1 << 15) | ((uint)rs2 << 20) | (f7 << 25);
    public static uint I(uint op, uint f3, int rd, int rs1, int imm) =>
        op | ((uint)rd << 7) | (f3 << 12) | ((uint)rs1 << 15) | ((uint)(imm & 0xFFF) << 20);
    public static uint S(uint op, uint f3, int rs1, int rs2, int imm) =>
        op | ((uint)(imm & 0x1F) << 7) | (f3 << 12) | ((uint)rs1 << 15) | ((uint)rs2 << 20) | ((uint)((imm >> 5) & 0x7F) << 25);
    public static uint B(uint f3, int rs1, int rs2, int imm) =>
        0x63 | ((uint)((imm >> 11) & 1) << 7) | ((uint)((imm >> 1) & 0xF) << 8) | (f3 << 12) | ((uint)rs1 << 15) | ((uint)rs2 << 20)
        | ((uint)((imm >> 5) & 0x3F) << 25) | ((uint)((imm >> 12) & 1) << 31);
    public static uint U(uint op, int rd, uint imm20) => op | ((uint)rd << 7) | (imm20 << 12);
    public static uint J(int rd, int imm) =>
        0x6F | ((uint)rd << 7) | ((uint)((imm >> 12) & 0xFF) << 12) | ((uint)((imm >> 11) & 1) << 20)
        | ((uint)((imm >> 1) & 0x3FF) << 21) | ((uint)((imm >> 20) & 1) << 31);
    public static uint Csr(uint f3, int rd, int rs1OrUimm, uint csr) => 0x73 | ((uint)rd << 7) | (f3 << 12) | ((uint)rs1OrUimm << 15) | (csr << 20);
    public static uint Amo(uint f3, uint f5, int rd, int rs1, int rs2) => R(0x2F, f3, f5 << 2, rd, rs1, rs2);

    public static uint Add(int rd, int rs1, int rs2) => R(0x33, 0, 0, rd, rs1, rs2);
    public static uint Addi(int rd, int rs1, int imm) => I(0x13, 0, rd, rs1, imm);
    public static uint Csrrs(int rd, uint csr, int rs1) => Csr(2, rd, rs1, csr);

    /// <summary>Little-endian bytes of a mix of 32-bit words and 16-bit halfwords (values ≤ 0xFFFF with low bits ≠ 11 are halfwords).</summary>
    public static byte[] Code(params uint[] items)
    {
        var b = new List<byte>();
        foreach (var w in items)
        {
            bool half = w <= 0xFFFF && (w & 3) != 3;
            b.Add((byte)w); b.Add((byte)(w >> 8));
            if (!half) { b.Add((byte)(w >> 16)); b.Add((byte)(w >> 24)); }
        }
        return b.ToArray();
    }
}
