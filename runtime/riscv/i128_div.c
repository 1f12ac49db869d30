/* i128_div.c - the 128-bit division libcalls LLVM emits for i128 udiv/urem/sdiv/srem on RV64
 * (__udivti3, __umodti3, __divti3, __modti3, and compiler-rt's __udivmodti4 / __divmodti4), and
 * the 128-bit shifts it calls in minsize functions (__ashlti3, __lshrti3, __ashrti3).
 * Rust's big-integer code and u128 formatting need them, and nothing else in the runtime provides
 * them. A Rust guest's compiler_builtins defines the same names weakly; these strong definitions win.
 *
 * Plain portable C on 64-bit hardware division only, so that both routes can compile this very file:
 * no 128-bit `/` or `%` (which would call these functions), no inline asm, no other libcall (128-bit
 * shifts, compares and the one u64 x u128 product expand inline on RV64; the build checks with
 * llvm-nm that the object references no __*ti3 symbol).
 *
 * Method (Hacker's Delight, 2nd ed., §9-4 divlu and §9-5; compiler-rt's udivmodti4):
 *  - divisor and dividend both below 2^64: one 64-bit division (and remainder);
 *  - divisor below 2^64: at most one 64-bit division for the high quotient word, then a 128/64
 *    division whose quotient fits 64 bits (div128by64: normalise, two 32-bit quotient digits each
 *    from one 64/32 hardware division and at most two corrections);
 *  - divisor of 2^64 or more: the quotient fits 64 bits; one div128by64 of the dividend shifted
 *    right once by the divisor's top 64 normalised bits gives it, too small by at most one, and a
 *    single compare corrects it. Divisor greater than the dividend: quotient 0 at once.
 * Division by zero (undefined in C; Rust checks first) gives RISC-V's answers: quotient all ones,
 * remainder the dividend. */
typedef unsigned __int128 u128;
typedef __int128 i128;
typedef unsigned long long u64;

/* Leading zeros of x != 0 by binary search: RV64IM has no clz instruction, and LLVM's expansion of
 * __builtin_clzll (a popcount of the smeared value) takes about 40 instructions against at most 17. */
__attribute__((always_inline)) static inline int clz64(u64 x) {
    int n = 0;
    if ((x >> 32) == 0) { n = 32; x <<= 32; }
    if ((x >> 48) == 0) { n += 16; x <<= 16; }
    if ((x >> 56) == 0) { n += 8; x <<= 8; }
    if ((x >> 60) == 0) { n += 4; x <<= 4; }
    if ((x >> 62) == 0) { n += 2; x <<= 2; }
    return n + (int)((x >> 63) ^ 1);
}

/* (u1:u0) / v for a normalised v (top bit set) and u1 < v, so the quotient fits 64 bits;
 * *r = the remainder. Two 32-bit quotient digits, each from one 64/32 hardware division that is at
 * most 2 too large, corrected against the next dividend digit (Hacker's Delight divlu). */
__attribute__((always_inline)) static inline u64 div128by64norm(u64 u1, u64 u0, u64 v, u64 *r) {
    const u64 b = 1ull << 32;
    u64 vn1 = v >> 32, vn0 = v & 0xffffffffu;  /* divisor digits */
    u64 un1 = u0 >> 32, un0 = u0 & 0xffffffffu;

    u64 q1 = u1 / vn1, rhat = u1 - q1 * vn1;   /* first quotient digit */
    while (q1 >= b || q1 * vn0 > (rhat << 32 | un1)) {
        q1--;
        rhat += vn1;
        if (rhat >= b) break;
    }
    u64 un21 = (u1 << 32 | un1) - q1 * v;      /* exact modulo 2^64: the true value is below v */

    u64 q0 = un21 / vn1;                       /* second digit, same correction */
    rhat = un21 - q0 * vn1;
    while (q0 >= b || q0 * vn0 > (rhat << 32 | un0)) {
        q0--;
        rhat += vn1;
        if (rhat >= b) break;
    }
    *r = (un21 << 32 | un0) - q0 * v;
    return q1 << 32 | q0;
}

/* (u1:u0) / v for v != 0 and u1 < v: normalise, divide, shift the remainder back. */
__attribute__((always_inline)) static inline u64 div128by64(u64 u1, u64 u0, u64 v, u64 *r) {
    int s = clz64(v);
    if (s) {
        v <<= s;
        u1 = (u1 << s) | (u0 >> (64 - s));
        u0 <<= s;
    }
    u64 q = div128by64norm(u1, u0, v, r);
    *r >>= s;
    return q;
}

__attribute__((always_inline)) static inline u128 udivmod(u128 n, u128 d, u128 *rem) {
    u64 n1 = (u64)(n >> 64), n0 = (u64)n, d1 = (u64)(d >> 64), d0 = (u64)d;
    if (d1 == 0) {
        if (n1 == 0) {
            if (d0 == 0) { *rem = n; return ~(u128)0; }
            *rem = n0 % d0;
            return n0 / d0;
        }
        if (d0 == 0) { *rem = n; return ~(u128)0; }
        u64 q1 = 0;
        if (n1 >= d0) { q1 = n1 / d0; n1 -= q1 * d0; }
        u64 r, q0 = div128by64(n1, n0, d0, &r);
        *rem = r;
        return (u128)q1 << 64 | q0;
    }
    if (d1 > n1) { *rem = n; return 0; }
    /* d >= 2^64: normalise d so its top 64 bits v1 have the top bit set; (n >> 1) / v1 fits 64 bits
     * since n >> 65 < 2^63 <= v1. Undoing the normalisation gives q, which is the quotient or one
     * too large; minus one it is the quotient or one too small (Hacker's Delight §9-5). */
    int s = clz64(d1);
    u64 v1 = s ? (d1 << s) | (d0 >> (64 - s)) : d1;
    u64 t, q = div128by64norm(n1 >> 1, (n1 << 63) | (n0 >> 1), v1, &t) >> (63 - s);
    if (q) q--;
    u128 r = n - (u128)q * d;
    if (r >= d) { q++; r -= d; }
    *rem = r;
    return q;
}

u128 __udivti3(u128 a, u128 b) { u128 r; return udivmod(a, b, &r); }
u128 __umodti3(u128 a, u128 b) { u128 r; udivmod(a, b, &r); return r; }
u128 __udivmodti4(u128 a, u128 b, u128 *rem) {
    u128 r, q = udivmod(a, b, &r);
    if (rem) *rem = r;
    return q;
}

/* Signed forms work on magnitudes (the negation of INT128_MIN is its own magnitude as u128);
 * the quotient is negative when the signs differ, the remainder takes the dividend's sign, so
 * MIN / -1 wraps to MIN with remainder 0, as RISC-V's div does. */
static inline u128 magnitude(i128 x) { u128 m = (u128)(x >> 127); return ((u128)x ^ m) - m; }

i128 __divti3(i128 a, i128 b) {
    if (b == 0) return -1;
    u128 r, q = udivmod(magnitude(a), magnitude(b), &r);
    return (a < 0) != (b < 0) ? (i128)-q : (i128)q;
}

i128 __modti3(i128 a, i128 b) {
    u128 r;
    udivmod(magnitude(a), magnitude(b), &r);
    return a < 0 ? (i128)-r : (i128)r;
}

i128 __divmodti4(i128 a, i128 b, i128 *rem) {
    if (b == 0) { *rem = a; return -1; }
    u128 r, q = udivmod(magnitude(a), magnitude(b), &r);
    *rem = a < 0 ? (i128)-r : (i128)r;
    return (a < 0) != (b < 0) ? (i128)-q : (i128)q;
}

/* The 128-bit shifts, which llc calls instead of expanding them inline in functions optimised for
 * size (clang -Oz: minsize). Written with 128-bit shifts of C, which this file (-O2) expands inline. */
u128 __ashlti3(u128 a, int b) { return a << (b & 127); }
u128 __lshrti3(u128 a, int b) { return a >> (b & 127); }
i128 __ashrti3(i128 a, int b) { return a >> (b & 127); }
