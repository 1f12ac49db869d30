/* i128_div.c - the 128-bit division libcalls LLVM emits for i128 udiv/urem/sdiv/srem on RV64
 * (__udivti3, __umodti3, __divti3, __modti3). Rust's big-integer code needs them, and nothing else
 * in the runtime provides them. Written without 128-bit division (which would call itself):
 * 64-bit hardware division when both operands fit, else restoring shift-subtract division.
 * Division by zero (undefined in C; Rust checks first) gives RISC-V's answers: quotient all ones,
 * remainder the dividend. */
typedef unsigned __int128 u128;
typedef __int128 i128;
typedef unsigned long long u64;

static int clz128(u128 x) {
    u64 hi = (u64)(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((u64)x);
}

static u128 udivmod(u128 n, u128 d, u128 *rem) {
    if (d == 0) { *rem = n; return ~(u128)0; }
    if ((n >> 64) == 0 && (d >> 64) == 0) {
        u64 a = (u64)n, b = (u64)d;
        *rem = a % b;
        return a / b;
    }
    if (d > n) { *rem = n; return 0; }
    int shift = clz128(d) - clz128(n);
    d <<= shift;
    u128 q = 0;
    for (int i = 0; i <= shift; i++) {
        q <<= 1;
        if (n >= d) { n -= d; q |= 1; }
        d >>= 1;
    }
    *rem = n;
    return q;
}

u128 __udivti3(u128 a, u128 b) { u128 r; return udivmod(a, b, &r); }
u128 __umodti3(u128 a, u128 b) { u128 r; udivmod(a, b, &r); return r; }

/* Signed forms work on magnitudes (the negation of INT128_MIN is its own magnitude as u128);
 * the quotient is negative when the signs differ, the remainder takes the dividend's sign. */
i128 __divti3(i128 a, i128 b) {
    u128 ua = a < 0 ? -(u128)a : (u128)a, ub = b < 0 ? -(u128)b : (u128)b, r;
    if (b == 0) return (i128)~(u128)0;
    u128 q = udivmod(ua, ub, &r);
    return (a < 0) != (b < 0) ? (i128)-q : (i128)q;
}

i128 __modti3(i128 a, i128 b) {
    u128 ua = a < 0 ? -(u128)a : (u128)a, ub = b < 0 ? -(u128)b : (u128)b, r;
    if (b == 0) return a;
    udivmod(ua, ub, &r);
    return a < 0 ? (i128)-r : (i128)r;
}
