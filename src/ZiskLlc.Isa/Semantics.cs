namespace ZiskLlc.Isa;

/// <summary>
/// The value semantics of every opcode that is a pure function of a and b (spec §3.1, quirks §9.2).
/// The opcode table refers to these methods and the emulator calls them directly, so there is exactly
/// one implementation of each operation.
/// </summary>
public static class Semantics
{
    static ulong Sx32(ulong v) => (ulong)(long)(int)(uint)v;
    static ulong B(bool v, out bool flag) { flag = v; return v ? 1UL : 0UL; }

    public static ulong Flag(ulong a, ulong b, out bool flag) { flag = true; return 0; }
    public static ulong CopyB(ulong a, ulong b, out bool flag) { flag = false; return b; }
    public static ulong Minu(ulong a, ulong b, out bool flag) { flag = false; return a < b ? a : b; }
    public static ulong Min(ulong a, ulong b, out bool flag) { flag = false; return (long)a < (long)b ? a : b; }
    public static ulong Maxu(ulong a, ulong b, out bool flag) { flag = false; return a > b ? a : b; }
    public static ulong Max(ulong a, ulong b, out bool flag) { flag = false; return (long)a > (long)b ? a : b; }
    public static ulong Ltu(ulong a, ulong b, out bool flag) => B(a < b, out flag);
    public static ulong Lt(ulong a, ulong b, out bool flag) => B((long)a < (long)b, out flag);
    public static ulong Eq(ulong a, ulong b, out bool flag) => B(a == b, out flag);
    public static ulong Add(ulong a, ulong b, out bool flag) { flag = false; return a + b; }
    public static ulong Sub(ulong a, ulong b, out bool flag) { flag = false; return a - b; }
    public static ulong Leu(ulong a, ulong b, out bool flag) => B(a <= b, out flag);
    public static ulong Le(ulong a, ulong b, out bool flag) => B((long)a <= (long)b, out flag);
    public static ulong And(ulong a, ulong b, out bool flag) { flag = false; return a & b; }
    public static ulong Or(ulong a, ulong b, out bool flag) { flag = false; return a | b; }
    public static ulong Xor(ulong a, ulong b, out bool flag) { flag = false; return a ^ b; }

    // W forms compare the low 32 bits and return the chosen operand sign-extended (§3.1).
    public static ulong MinuW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((uint)a < (uint)b ? a : b); }
    public static ulong MinW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((int)a < (int)b ? a : b); }
    public static ulong MaxuW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((uint)a > (uint)b ? a : b); }
    public static ulong MaxW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((int)a > (int)b ? a : b); }
    public static ulong LtuW(ulong a, ulong b, out bool flag) => B((uint)a < (uint)b, out flag);
    public static ulong LtW(ulong a, ulong b, out bool flag) => B((int)a < (int)b, out flag);
    public static ulong EqW(ulong a, ulong b, out bool flag) => B((uint)a == (uint)b, out flag);
    public static ulong AddW(ulong a, ulong b, out bool flag) { flag = false; return Sx32(a + b); }
    public static ulong SubW(ulong a, ulong b, out bool flag) { flag = false; return Sx32(a - b); }
    public static ulong LeuW(ulong a, ulong b, out bool flag) => B((uint)a <= (uint)b, out flag);
    public static ulong LeW(ulong a, ulong b, out bool flag) => B((int)a <= (int)b, out flag);

    public static ulong Sll(ulong a, ulong b, out bool flag) { flag = false; return a << (int)(b & 63); }
    public static ulong Srl(ulong a, ulong b, out bool flag) { flag = false; return a >> (int)(b & 63); }
    public static ulong Sra(ulong a, ulong b, out bool flag) { flag = false; return (ulong)((long)a >> (int)(b & 63)); }
    // QUIRK §9.2: the 32-bit shifts mask the amount with 31.
    public static ulong SllW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((uint)a << (int)(b & 31)); }
    public static ulong SrlW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((uint)a >> (int)(b & 31)); }
    public static ulong SraW(ulong a, ulong b, out bool flag) { flag = false; return (ulong)(long)((int)a >> (int)(b & 31)); }
    public static ulong SignExtendB(ulong a, ulong b, out bool flag) { flag = false; return (ulong)(long)(sbyte)b; }
    public static ulong SignExtendH(ulong a, ulong b, out bool flag) { flag = false; return (ulong)(long)(short)b; }
    public static ulong SignExtendW(ulong a, ulong b, out bool flag) { flag = false; return Sx32(b); }
    public static ulong PubOut(ulong a, ulong b, out bool flag) { flag = false; return b; }

    public static ulong Mulu(ulong a, ulong b, out bool flag) { flag = false; return a * b; }
    public static ulong Muluh(ulong a, ulong b, out bool flag) { flag = false; return Math.BigMul(a, b, out _); }
    public static ulong Mulsuh(ulong a, ulong b, out bool flag)
    {
        flag = false;
        // signed(a) * unsigned(b): the unsigned high word minus b when a is negative.
        ulong hi = Math.BigMul(a, b, out _);
        return (long)a < 0 ? hi - b : hi;
    }
    public static ulong Mul(ulong a, ulong b, out bool flag) { flag = false; return a * b; }
    public static ulong Mulh(ulong a, ulong b, out bool flag) { flag = false; return (ulong)Math.BigMul((long)a, (long)b, out _); }
    public static ulong MulW(ulong a, ulong b, out bool flag) { flag = false; return Sx32((ulong)((long)(int)a * (int)b)); }

    public static ulong Divu(ulong a, ulong b, out bool flag)
    {
        if (b == 0) { flag = true; return ulong.MaxValue; }
        flag = false; return a / b;
    }
    public static ulong Remu(ulong a, ulong b, out bool flag)
    {
        if (b == 0) { flag = true; return a; }
        flag = false; return a % b;
    }
    public static ulong Div(ulong a, ulong b, out bool flag)
    {
        if (b == 0) { flag = true; return ulong.MaxValue; }
        flag = false;
        if ((long)a == long.MinValue && (long)b == -1) return a;
        return (ulong)((long)a / (long)b);
    }
    public static ulong Rem(ulong a, ulong b, out bool flag)
    {
        if (b == 0) { flag = true; return a; }
        flag = false;
        if ((long)b == -1) return 0;
        return (ulong)((long)a % (long)b);
    }
    public static ulong DivuW(ulong a, ulong b, out bool flag)
    {
        if ((uint)b == 0) { flag = true; return ulong.MaxValue; }
        flag = false; return Sx32((uint)a / (uint)b);
    }
    public static ulong RemuW(ulong a, ulong b, out bool flag)
    {
        if ((uint)b == 0) { flag = true; return Sx32(a); }
        flag = false; return Sx32((uint)a % (uint)b);
    }
    public static ulong DivW(ulong a, ulong b, out bool flag)
    {
        if ((int)b == 0) { flag = true; return ulong.MaxValue; }
        flag = false;
        // QUIRK §3.1/§9.2: the quotient is computed in 64 bits, so MIN/-1 gives 0x0000000080000000.
        return (ulong)((long)(int)a / (int)b);
    }
    public static ulong RemW(ulong a, ulong b, out bool flag)
    {
        if ((int)b == 0) { flag = true; return Sx32(a); }
        flag = false;
        return (ulong)((long)(int)a % (int)b);
    }
}
