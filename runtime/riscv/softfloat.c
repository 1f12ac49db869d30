/* softfloat.c - IEEE 754 binary32 and binary64 arithmetic in integer code, for the soft-float
 * lp64 ABI of guest ABI v1 (§1: rv64ima, no F/D).
 *
 * What: the libcalls LLVM's RISC-V backend emits for `float` and `double` operations when there is
 * no FPU (the libgcc/compiler-rt names and signatures: __adddf3, __ltsf2, __fixdfdi, __floatunsisf,
 * __extendsfdf2, ...), plus three entry points of the direct route's own (__zisk_fcmp*,
 * __zisk_fpclass*, __zisk_fpto*_sat*). The classic route links this file into every ELF; the direct
 * route compiles the same file to IR and links it when a program computes with floats, so both
 * routes run the very same arithmetic and their results are identical by construction.
 *
 * Semantics: round to nearest, ties to even (the only mode, as RISC-V's dynamic mode after reset);
 * subnormals in and out, no flush to zero; no exception flags. A NaN operand gives that operand
 * quieted (the first one if both are NaN); an invalid operation (inf - inf, 0 * inf, 0/0, inf/inf)
 * gives the default quiet NaN (positive, payload 0; RISC-V's canonical NaN). Float to integer
 * conversions truncate and saturate: NaN gives 0, values beyond the range give its nearest end
 * (LLVM's fptosi.sat semantics; plain fptosi is poison there, so any answer is allowed).
 *
 * Assumes: no floating-point operation of its own (every value is handled as its bits through a
 * union and an empty asm, so compiling this file never emits a call to itself), and no 128-bit division (the only
 * wide operations are a 64x64->128 product and shifts). tests/ZiskLlc.Toolchain.Tests checks it
 * against the host's hardware arithmetic (SoftFloatTests) and that it calls nothing.
 *
 * SF(name) names every exported function; the host test renames them (-D'SF(n)=host_##n').
 */
#include <stdint.h>

#ifndef SF
#define SF(name) name
#endif

typedef uint64_t u64;
typedef int64_t i64;
typedef uint32_t u32;
typedef int32_t i32;
typedef unsigned __int128 u128;
typedef __int128 i128;

#define INLINE static inline __attribute__((always_inline))

/* A format: M mantissa bits, E exponent bits, W = 1 + E + M bits in all (float 23/8, double 52/11).
 * Every helper takes M and E as arguments; always_inline makes them constants in each export. */
#define W_(m, e) (1 + (e) + (m))
#define SIGN_(m, e) ((u64)1 << (W_(m, e) - 1))
#define EMAX_(m, e) (((u64)1 << (e)) - 1)
#define BIAS_(e) ((1 << ((e) - 1)) - 1)
#define MMASK_(m) (((u64)1 << (m)) - 1)
#define QUIET_(m) ((u64)1 << ((m) - 1))
#define QNAN_(m, e) ((EMAX_(m, e) << (m)) | QUIET_(m))

/* The bits of a value. The empty asm hides where they come from: without it LLVM's InstCombine
 * recognises the class tests below on a bitcast value (exponent all ones and a non-zero mantissa)
 * and turns them back into fcmp, which the soft-float backend lowers to a call of __unorddf2 —
 * this file calling itself, forever. (It costs nothing: no instruction, no step.) */
INLINE u64 fbits(float x) { union { float f; u32 u; } v = { x }; u64 u = v.u; __asm__("" : "+r"(u)); return u; }
INLINE u64 dbits(double x) { union { double d; u64 u; } v = { x }; u64 u = v.u; __asm__("" : "+r"(u)); return u; }
INLINE float fval(u64 x) { union { u32 u; float f; } v = { (u32)x }; return v.f; }
INLINE double dval(u64 x) { union { u64 u; double d; } v = { x }; return v.d; }

INLINE long clz64(u64 x) { return __builtin_clzll(x); } /* x != 0 */

INLINE int is_nan(u64 a, int m, int e) { return ((a >> m) & EMAX_(m, e)) == EMAX_(m, e) && (a & MMASK_(m)); }
INLINE int is_inf(u64 a, int m, int e) { return ((a >> m) & EMAX_(m, e)) == EMAX_(m, e) && !(a & MMASK_(m)); }
INLINE int is_zero(u64 a, int m, int e) { return (a & (SIGN_(m, e) - 1)) == 0; }

/* x >> s with every shifted-out bit ORed into the result's lowest bit (the sticky bit). */
INLINE u64 shr_sticky(u64 x, long s)
{
    if (s <= 0) return x;
    if (s >= 64) return x != 0;
    return (x >> s) | ((x << (64 - s)) != 0);
}

/* x / 2^s rounded to nearest, ties to even, for x < 2^63 and s >= 1: adding half an ulp less one,
 * plus the kept lowest bit (ties go to even), cannot overflow. */
INLINE u64 shr_round(u64 x, long s)
{
    if (s >= 64) return 0;                         /* x < 2^63 is less than half of 2^s */
    return (x + (((u64)1 << (s - 1)) - 1) + ((x >> s) & 1)) >> s;
}

/* The format's value nearest to sig * 2^exp with sign `sign` (already at the sign bit). sig != 0;
 * its lowest bit may be a sticky bit standing for a non-zero rest below it, which is exact as long
 * as the rounding point lies at least two bits above it (every caller leaves 9 or more). The
 * callers' fast paths hand over sig with its leading one at bit 62 (nothing to do) or 61 (one
 * shift); anything else takes a count of leading zeros, which RV64IMA does not have in one
 * instruction. */
INLINE u64 pack(u64 sign, long exp, u64 sig, int m, int e)
{
    if (sig >> 62)
    {
        if (sig >> 63) { sig = (sig >> 1) | (sig & 1); exp++; }
    }
    else if (sig >> 61) { sig <<= 1; exp--; }
    else { long n = clz64(sig) - 1; sig <<= n; exp -= n; }
    long be = exp + 62 + BIAS_(e);                  /* biased exponent of the leading one */
    if (be >= 1)
    {
        if ((u64)be >= EMAX_(m, e)) return sign | (EMAX_(m, e) << m);   /* overflow: infinity */
        /* r in [2^m, 2^(m+1)]: adding it to (be - 1) << m carries a rounded-up significand into
         * the exponent, and one that reaches the top exponent is exactly infinity. */
        return sign | (((u64)(be - 1) << m) + shr_round(sig, 62 - m));
    }
    /* Subnormal: the leading one sits 1 - be places below the smallest normal exponent. A result
     * rounded up to 2^m is the smallest normal, and sign | 2^m encodes exactly that. */
    return sign | shr_round(sig, 62 - m + 1 - be);
}

/* Significand and exponent of a finite non-zero value: value = *sig * 2^*exp, with the leading one
 * of *sig at bit m (subnormals are normalised). */
INLINE void unpack(u64 a, int m, int e, u64 *sig, long *exp)
{
    long be = (long)((a >> m) & EMAX_(m, e));
    u64 s = a & MMASK_(m);
    if (be) { *sig = s | ((u64)1 << m); *exp = be - BIAS_(e) - m; return; }
    long n = clz64(s) - (63 - m);
    *sig = s << n;
    *exp = 1 - BIAS_(e) - m - n;
}

/* unpack for a normal number: no test for a subnormal on the fast path. */
INLINE void unpack_normal(u64 a, int m, int e, u64 *sig, long *exp)
{
    *sig = (a & MMASK_(m)) | ((u64)1 << m);
    *exp = (long)((a >> m) & EMAX_(m, e)) - BIAS_(e) - m;
}

/* True when both are normal numbers (biased exponent 1 .. max - 1): the fast path of every
 * operation, one unsigned compare each. */
INLINE int both_normal(u64 a, u64 b, int m, int e)
{
    return ((a >> m) & EMAX_(m, e)) - 1 < EMAX_(m, e) - 1 && ((b >> m) & EMAX_(m, e)) - 1 < EMAX_(m, e) - 1;
}

INLINE u64 add(u64 a, u64 b, int m, int e)
{
    const u64 sbit = SIGN_(m, e), emax = EMAX_(m, e);
    u64 sa, sb;
    long xa, xb;
    if (both_normal(a, b, m, e))
    {
        if ((b & (sbit - 1)) > (a & (sbit - 1))) { u64 t = a; a = b; b = t; }
        unpack_normal(a, m, e, &sa, &xa);
        unpack_normal(b, m, e, &sb, &xb);
    }
    else
    {
        u64 ea = (a >> m) & emax, eb = (b >> m) & emax;
        if (ea == emax || eb == emax)
        {
            if (is_nan(a, m, e)) return a | QUIET_(m);
            if (is_nan(b, m, e)) return b | QUIET_(m);
            if (ea == emax) return (eb == emax && ((a ^ b) & sbit)) ? QNAN_(m, e) : a; /* inf - inf */
            return b;
        }
        if (is_zero(a, m, e)) return is_zero(b, m, e) ? (a & b) : b;  /* -0 + -0 = -0, else +0 */
        if (is_zero(b, m, e)) return a;
        /* |a| >= |b| from here on: the bits compare as the magnitudes do. */
        if ((b & (sbit - 1)) > (a & (sbit - 1))) { u64 t = a; a = b; b = t; }
        unpack(a, m, e, &sa, &xa);
        unpack(b, m, e, &sb, &xb);
    }
    /* Leading ones at bit 61: a carry has room below bit 63, and 61 - m guard bits lie below the
     * rounding point. */
    sa <<= 61 - m;
    sb = shr_sticky(sb << (61 - m), xa - xb);
    u64 sum = ((a ^ b) & sbit) ? sa - sb : sa + sb;
    if (sum == 0) return 0;                        /* exact cancellation is +0 when rounding to nearest */
    return pack(a & sbit, xa - (61 - m), sum, m, e);
}

INLINE u64 mul(u64 a, u64 b, int m, int e)
{
    const u64 sbit = SIGN_(m, e), sign = (a ^ b) & sbit, inf = EMAX_(m, e) << m;
    u64 sa, sb;
    long xa, xb;
    if (!both_normal(a, b, m, e))
    {
        if (is_nan(a, m, e)) return a | QUIET_(m);
        if (is_nan(b, m, e)) return b | QUIET_(m);
        if (is_inf(a, m, e)) return is_zero(b, m, e) ? QNAN_(m, e) : sign | inf;
        if (is_inf(b, m, e)) return is_zero(a, m, e) ? QNAN_(m, e) : sign | inf;
        if (is_zero(a, m, e) || is_zero(b, m, e)) return sign;
        unpack(a, m, e, &sa, &xa);
        unpack(b, m, e, &sb, &xb);
    }
    else
    {
        unpack_normal(a, m, e, &sa, &xa);
        unpack_normal(b, m, e, &sb, &xb);
    }
    if (2 * (m + 1) <= 64)                         /* float: the 47- or 48-bit product is exact */
        return pack(sign, xa + xb - (61 - 2 * m), (sa * sb) << (61 - 2 * m), m, e);
    /* double: with the factors' leading ones at bits 63 and 62 the product's is at bit 125 or 126,
     * so its high word has it at 61 or 62 and the low word is the sticky rest. */
    u128 p = (u128)(sa << (63 - m)) * (sb << (62 - m));
    u64 sig = (u64)(p >> 64) | ((u64)p != 0);
    return pack(sign, xa + xb - (63 - m) - (62 - m) + 64, sig, m, e);
}

INLINE u64 divide(u64 a, u64 b, int m, int e)
{
    const u64 sbit = SIGN_(m, e), sign = (a ^ b) & sbit, inf = EMAX_(m, e) << m;
    u64 sa, sb;
    long xa, xb;
    if (!both_normal(a, b, m, e))
    {
        if (is_nan(a, m, e)) return a | QUIET_(m);
        if (is_nan(b, m, e)) return b | QUIET_(m);
        if (is_inf(a, m, e)) return is_inf(b, m, e) ? QNAN_(m, e) : sign | inf;
        if (is_inf(b, m, e)) return sign;
        if (is_zero(b, m, e)) return is_zero(a, m, e) ? QNAN_(m, e) : sign | inf;
        if (is_zero(a, m, e)) return sign;
        unpack(a, m, e, &sa, &xa);
        unpack(b, m, e, &sb, &xb);
    }
    else
    {
        unpack_normal(a, m, e, &sa, &xa);
        unpack_normal(b, m, e, &sb, &xb);
    }
    if (sa < sb) { sa <<= 1; xa--; }               /* sa / sb in [1, 2) */
    if (m + 1 <= 32)
    {
        /* float: one division, a quotient in [2^38, 2^39), the remainder as sticky bit. */
        u64 q = (sa << 38) / sb, r = (sa << 38) - q * sb;
        return pack(sign, xa - xb - 38 - 23, ((q << 23) | (r != 0)), m, e);
    }
    /* double: the leading quotient bit is 1, then 11 bits at a time (each remainder < sb < 2^53
     * shifted by 11 still fits in 64 bits); five steps give q in [2^55, 2^56). */
    u64 q = 1, r = sa - sb;
    for (int i = 0; i < 5; i++) { r <<= 11; u64 d = r / sb; r -= d * sb; q = (q << 11) | d; }
    return pack(sign, xa - xb - 55 - 6, (q << 6) | (r != 0), m, e);
}

/* -1 less, 0 equal, 1 greater, 2 unordered. */
INLINE int compare(u64 a, u64 b, int m, int e)
{
    const u64 sbit = SIGN_(m, e);
    if (is_nan(a, m, e) || is_nan(b, m, e)) return 2;
    if (is_zero(a, m, e) && is_zero(b, m, e)) return 0;   /* +0 == -0 */
    if ((a & b) & sbit) return a > b ? -1 : a < b;         /* both negative: larger bits are smaller */
    if (a & sbit) return -1;
    if (b & sbit) return 1;
    return a < b ? -1 : a > b;
}

/* An integer's magnitude (two words) as the nearest value of the format. */
INLINE u64 from_int(u64 sign, u64 hi, u64 lo, int m, int e)
{
    if (hi == 0) return lo == 0 ? 0 : pack(sign, 0, lo, m, e);
    long n = 64 - clz64(hi);                        /* (hi:lo) >> n fits one word; the rest is sticky */
    u64 sig = n == 64 ? hi | (lo != 0) : (hi << (64 - n)) | (lo >> n) | ((lo & (((u64)1 << n) - 1)) != 0);
    return pack(sign, n, sig, m, e);
}

/* Truncation toward zero, saturated to [-2^(bits-1), 2^(bits-1) - 1] (sgn) or [0, 2^bits - 1]:
 * the result's two words. NaN gives 0. bits is 1..128. */
INLINE u128 to_int(u64 a, int m, int e, int bits, int sgn)
{
    const u64 sbit = SIGN_(m, e);
    long neg = (a & sbit) != 0;
    u128 max = sgn ? (((u128)1 << (bits - 1)) - 1) : (bits == 128 ? ~(u128)0 : ((u128)1 << bits) - 1);
    u128 min = sgn ? -((u128)1 << (bits - 1)) : 0;  /* as the two's complement bits */
    if (is_nan(a, m, e)) return 0;
    if (is_inf(a, m, e)) return neg ? min : max;
    if (is_zero(a, m, e)) return 0;
    u64 sig;
    long exp;
    unpack(a, m, e, &sig, &exp);
    long lead = exp + m;                            /* value in [2^lead, 2^(lead+1)) */
    if (lead < 0) return 0;
    if (lead >= 128) return neg ? min : max;
    u128 mag = exp >= 0 ? (u128)sig << exp : (u128)(sig >> -exp);
    if (neg)
    {
        if (!sgn) return 0;
        if (lead >= bits - 1 && mag > ((u128)1 << (bits - 1))) return min;
        return -mag;
    }
    if (lead >= bits || mag > max) return max;
    return mag;
}

INLINE u64 extend_sd(u64 a)          /* float -> double: exact */
{
    u64 sign = (a >> 31) << 63;
    if (is_nan(a, 23, 8)) return sign | QNAN_(52, 11) | ((a & MMASK_(23)) << 29);
    if (is_inf(a, 23, 8)) return sign | (EMAX_(52, 11) << 52);
    if (is_zero(a, 23, 8)) return sign;
    u64 sig;
    long exp;
    unpack(a, 23, 8, &sig, &exp);
    return pack(sign, exp - (62 - 23), sig << (62 - 23), 52, 11);
}

INLINE u64 trunc_ds(u64 a)           /* double -> float: rounded once */
{
    u64 sign = (a >> 63) << 31;
    if (is_nan(a, 52, 11)) return sign | QNAN_(23, 8) | ((a & MMASK_(52)) >> 29);
    if (is_inf(a, 52, 11)) return sign | (EMAX_(23, 8) << 23);
    if (is_zero(a, 52, 11)) return sign;
    u64 sig;
    long exp;
    unpack(a, 52, 11, &sig, &exp);
    return pack(sign, exp - (62 - 52), sig << (62 - 52), 23, 8);
}

/* ------------------------------------------------------------------ exported functions */

#define F(x) fbits(x)
#define D(x) dbits(x)

float SF(__addsf3)(float a, float b) { return fval(add(F(a), F(b), 23, 8)); }
float SF(__subsf3)(float a, float b) { return fval(add(F(a), F(b) ^ SIGN_(23, 8), 23, 8)); }
float SF(__mulsf3)(float a, float b) { return fval(mul(F(a), F(b), 23, 8)); }
float SF(__divsf3)(float a, float b) { return fval(divide(F(a), F(b), 23, 8)); }
float SF(__negsf2)(float a) { return fval(F(a) ^ SIGN_(23, 8)); }
double SF(__adddf3)(double a, double b) { return dval(add(D(a), D(b), 52, 11)); }
double SF(__subdf3)(double a, double b) { return dval(add(D(a), D(b) ^ SIGN_(52, 11), 52, 11)); }
double SF(__muldf3)(double a, double b) { return dval(mul(D(a), D(b), 52, 11)); }
double SF(__divdf3)(double a, double b) { return dval(divide(D(a), D(b), 52, 11)); }
double SF(__negdf2)(double a) { return dval(D(a) ^ SIGN_(52, 11)); }

/* Comparisons as libgcc defines them: the sign of the result tells the relation; an unordered pair
 * answers 1 from the eq/ne/lt/le/cmp family and -1 from ge/gt, so that each predicate is false. */
#define CMP_FAMILY(T, s, m, e, X)                                                            \
    static inline int cmp1_##s(T a, T b) { int c = compare(X(a), X(b), m, e); return c == 2 ? 1 : c; } \
    static inline int cmpm_##s(T a, T b) { int c = compare(X(a), X(b), m, e); return c == 2 ? -1 : c; } \
    int SF(__eq##s##2)(T a, T b) { return cmp1_##s(a, b); }                                  \
    int SF(__ne##s##2)(T a, T b) { return cmp1_##s(a, b); }                                  \
    int SF(__lt##s##2)(T a, T b) { return cmp1_##s(a, b); }                                  \
    int SF(__le##s##2)(T a, T b) { return cmp1_##s(a, b); }                                  \
    int SF(__cmp##s##2)(T a, T b) { return cmp1_##s(a, b); }                                 \
    int SF(__ge##s##2)(T a, T b) { return cmpm_##s(a, b); }                                  \
    int SF(__gt##s##2)(T a, T b) { return cmpm_##s(a, b); }                                  \
    int SF(__unord##s##2)(T a, T b) { return is_nan(X(a), m, e) || is_nan(X(b), m, e); }     \
    /* The direct route's one compare per fcmp: -1, 0, 1 or 2 (unordered). */               \
    long SF(__zisk_fcmp##s)(T a, T b) { return compare(X(a), X(b), m, e); }
CMP_FAMILY(float, sf, 23, 8, F)
CMP_FAMILY(double, df, 52, 11, D)

/* llvm.is.fpclass's class bits: 0 signalling NaN, 1 quiet NaN, 2 -inf, 3 -normal, 4 -subnormal,
 * 5 -0, 6 +0, 7 +subnormal, 8 +normal, 9 +inf. */
INLINE long fpclass(u64 a, int m, int e)
{
    int neg = (a & SIGN_(m, e)) != 0;
    u64 be = (a >> m) & EMAX_(m, e), man = a & MMASK_(m);
    if (be == EMAX_(m, e)) return man ? ((man & QUIET_(m)) ? 2 : 1) : neg ? 1 << 2 : 1 << 9;
    if (be) return neg ? 1 << 3 : 1 << 8;
    if (man) return neg ? 1 << 4 : 1 << 7;
    return neg ? 1 << 5 : 1 << 6;
}
long SF(__zisk_fpclasssf)(float a) { return fpclass(F(a), 23, 8); }
long SF(__zisk_fpclassdf)(double a) { return fpclass(D(a), 52, 11); }

#define CONV_FAMILY(T, s, m, e, X, V)                                                        \
    i32 SF(__fix##s##si)(T a) { return (i32)to_int(X(a), m, e, 32, 1); }                      \
    i64 SF(__fix##s##di)(T a) { return (i64)to_int(X(a), m, e, 64, 1); }                      \
    i128 SF(__fix##s##ti)(T a) { return (i128)to_int(X(a), m, e, 128, 1); }                   \
    u32 SF(__fixuns##s##si)(T a) { return (u32)to_int(X(a), m, e, 32, 0); }                   \
    u64 SF(__fixuns##s##di)(T a) { return (u64)to_int(X(a), m, e, 64, 0); }                   \
    u128 SF(__fixuns##s##ti)(T a) { return to_int(X(a), m, e, 128, 0); }                      \
    /* fptosi.sat / fptoui.sat to an integer of `bits` bits (1..64). */                      \
    i64 SF(__zisk_fptosi_sat##s)(T a, long bits) { return (i64)to_int(X(a), m, e, (int)bits, 1); } \
    u64 SF(__zisk_fptoui_sat##s)(T a, long bits) { return (u64)to_int(X(a), m, e, (int)bits, 0); } \
    T SF(__floatsi##s)(i32 a) { u64 v = a < 0 ? -(u64)a : (u64)a; return V(from_int(a < 0 ? SIGN_(m, e) : 0, 0, v, m, e)); } \
    T SF(__floatdi##s)(i64 a) { u64 v = a < 0 ? -(u64)a : (u64)a; return V(from_int(a < 0 ? SIGN_(m, e) : 0, 0, v, m, e)); } \
    T SF(__floatti##s)(i128 a) { u128 v = a < 0 ? -(u128)a : (u128)a; return V(from_int(a < 0 ? SIGN_(m, e) : 0, (u64)(v >> 64), (u64)v, m, e)); } \
    T SF(__floatunsi##s)(u32 a) { return V(from_int(0, 0, a, m, e)); }                        \
    T SF(__floatundi##s)(u64 a) { return V(from_int(0, 0, a, m, e)); }                        \
    T SF(__floatunti##s)(u128 a) { return V(from_int(0, (u64)(a >> 64), (u64)a, m, e)); }
CONV_FAMILY(float, sf, 23, 8, F, fval)
CONV_FAMILY(double, df, 52, 11, D, dval)

double SF(__extendsfdf2)(float a) { return dval(extend_sd(F(a))); }
float SF(__truncdfsf2)(double a) { return fval(trunc_ds(D(a))); }

/* llvm.powi: repeated squaring, as libgcc does (not correctly rounded; neither is libgcc's). */
float SF(__powisf2)(float a, int b)
{
    u64 r = fbits(1.0f), x = F(a);
    for (unsigned n = b < 0 ? -(unsigned)b : (unsigned)b; ; x = mul(x, x, 23, 8))
    {
        if (n & 1) r = mul(r, x, 23, 8);
        if (!(n >>= 1)) break;
    }
    return fval(b < 0 ? divide(fbits(1.0f), r, 23, 8) : r);
}
double SF(__powidf2)(double a, int b)
{
    u64 r = dbits(1.0), x = D(a);
    for (unsigned n = b < 0 ? -(unsigned)b : (unsigned)b; ; x = mul(x, x, 52, 11))
    {
        if (n & 1) r = mul(r, x, 52, 11);
        if (!(n >>= 1)) break;
    }
    return dval(b < 0 ? divide(dbits(1.0), r, 52, 11) : r);
}

/* ------------------------------------------------------------------ C library functions (weak)
 * The math-library functions LLVM's intrinsics lower to whose results C and IEEE 754 define exactly
 * (correctly rounded sqrt; exact fmod, ldexp, fmin/fmax, C23's fminimum/fminimum_num and the
 * roundings to integers). Guest ABI
 * §4 makes the C library the program's own, so these are weak: a program's own definition wins
 * (lld and llvm-link alike). They are here for programs that have none: a Rust guest's
 * compiler_builtins, which defines them, is not part of its bitcode (RustBuilder), and f64::max
 * or % on floats would otherwise leave fmax or fmod undefined. Transcendental functions (exp, sin,
 * pow, ...) are not exactly specified and stay the program's business. */
#define WEAK __attribute__((weak))

/* floor(sqrt(sig * 2^k)) for sig < 2^(2h) and k even, digit by digit (two bits of the radicand per
 * step, h + k/2 steps), and whether it is exact. Root and remainder stay below 2^(h + k/2 + 2), so
 * everything is one 64-bit word; the radicand's low k bits are zeros and are not even formed. */
INLINE u64 isqrt_shifted(u64 sig, int h, int k, int *exact)
{
    u64 root = 0, rem = 0;
    for (long i = h + k / 2 - 1; i >= 0; i--)
    {
        long at = 2 * i - k;                           /* where the next two bits sit in sig */
        rem = (rem << 2) | (at >= 0 ? (sig >> at) & 3 : 0);
        u64 t = (root << 2) | 1;                       /* (2 root + 1)^2 - 4 root^2 */
        root <<= 1;
        if (rem >= t) { rem -= t; root |= 1; }
    }
    *exact = rem == 0;
    return root;
}

INLINE u64 sqrt_(u64 a, int m, int e)
{
    const u64 sbit = SIGN_(m, e);
    if (is_nan(a, m, e)) return a | QUIET_(m);
    if (is_zero(a, m, e)) return a;                     /* sqrt(-0) = -0 */
    if (a & sbit) return QNAN_(m, e);
    if (is_inf(a, m, e)) return a;
    u64 sig;
    long exp;
    unpack(a, m, e, &sig, &exp);
    if (exp & 1) { sig <<= 1; exp--; }                 /* an even exponent halves exactly */
    /* 2^m <= sig < 2^(m+2): h = (m+3)/2 digits of two bits; shifted by the even k >= m + 4 the root
     * is at least 2^(m+2): two bits below the rounding point, and the remainder as sticky bit. */
    const int h = (m + 3) / 2, k = (m + 5) & ~1;
    int exact;
    u64 r = isqrt_shifted(sig, h, k, &exact);
    return pack(0, (exp - k) / 2, r | !exact, m, e);
}

/* fmod: the remainder of x / y truncated, exact, with the sign of x. */
INLINE u64 fmod_(u64 a, u64 b, int m, int e)
{
    const u64 sbit = SIGN_(m, e);
    if (is_nan(a, m, e)) return a | QUIET_(m);
    if (is_nan(b, m, e)) return b | QUIET_(m);
    if (is_inf(a, m, e) || is_zero(b, m, e)) return QNAN_(m, e);
    if (is_inf(b, m, e) || is_zero(a, m, e) || (a & (sbit - 1)) < (b & (sbit - 1))) return a;
    u64 sx, sy;
    long ex, ey;
    unpack(a, m, e, &sx, &ex);
    unpack(b, m, e, &sy, &ey);
    /* (sx * 2^(ex - ey)) mod sy, a chunk of the shift at a time: r < sy < 2^(m+1) leaves 63 - m bits. */
    u64 r = sx % sy;
    for (long d = ex - ey; d > 0; )
    {
        long s = d < 63 - m ? d : 63 - m;
        r = (r << s) % sy;
        d -= s;
    }
    if (r == 0) return a & sbit;
    return pack(a & sbit, ey, r, m, e);                 /* exact: r * 2^ey is representable */
}

INLINE u64 ldexp_(u64 a, long n, int m, int e)
{
    if (is_nan(a, m, e)) return a | QUIET_(m);
    if (is_inf(a, m, e) || is_zero(a, m, e)) return a;
    if (n > 100000) n = 100000;                         /* far beyond any overflow or underflow */
    if (n < -100000) n = -100000;
    u64 sig;
    long exp;
    unpack(a, m, e, &sig, &exp);
    return pack(a & SIGN_(m, e), exp + n - (62 - m), sig << (62 - m), m, e);
}

/* IEEE 754-2019 minimumNumber/maximumNumber (nan_wins = 0: a NaN loses to a number) and
 * minimum/maximum (nan_wins = 1: a NaN operand is the result); -0 < +0 in both. */
INLINE u64 minmax_(u64 a, u64 b, int m, int e, int max, int nan_wins)
{
    if (is_nan(a, m, e)) return is_nan(b, m, e) || nan_wins ? a | QUIET_(m) : b;
    if (is_nan(b, m, e)) return nan_wins ? b | QUIET_(m) : a;
    int c = compare(a, b, m, e);
    if (c == 0) c = (a & SIGN_(m, e)) ? ((b & SIGN_(m, e)) ? 0 : -1) : ((b & SIGN_(m, e)) ? 1 : 0);
    return (c < 0) != max ? a : b;
}

/* Rounding to an integral value: 0 toward zero, 1 down, 2 up, 3 to nearest with ties away from
 * zero, 4 to nearest with ties to even. */
INLINE u64 round_(u64 a, int m, int e, int mode)
{
    const u64 sbit = SIGN_(m, e), neg = a & sbit, mag = a & (sbit - 1);
    if (is_nan(a, m, e)) return a | QUIET_(m);
    long ex = (long)((a >> m) & EMAX_(m, e)) - BIAS_(e);   /* unbiased exponent */
    if (ex >= m || mag == 0) return a;                     /* integral already (or inf, or zero) */
    const u64 one = (u64)BIAS_(e) << m;                    /* the bits of 1.0 */
    if (ex < 0)                                            /* 0 < |a| < 1 */
    {
        int up;
        switch (mode)
        {
        case 1: up = neg != 0; break;
        case 2: up = neg == 0; break;
        case 3: up = ex == -1; break;                      /* |a| >= 0.5 */
        case 4: up = ex == -1 && mag != ((u64)(BIAS_(e) - 1) << m); break;  /* > 0.5 */
        default: up = 0;
        }
        return neg | (up ? one : 0);
    }
    u64 frac = MMASK_(m) >> ex;                            /* the fraction bits of a */
    if ((mag & frac) == 0) return a;
    u64 add = 0;
    switch (mode)
    {
    case 1: add = neg ? frac : 0; break;
    case 2: add = neg ? 0 : frac; break;
    case 3: add = (frac >> 1) + 1; break;                  /* half an ulp of the integer part */
    case 4: add = (frac >> 1) + ((mag >> (m - ex)) & 1); break;
    }
    /* A carry out of the fraction rounds the magnitude up, into the exponent if need be. */
    return neg | ((mag + add) & ~frac);
}

#define LIBM_FAMILY(T, suf, m, e, X, V)                                                       \
    WEAK T sqrt##suf(T a) { return V(sqrt_(X(a), m, e)); }                                    \
    WEAK T fmod##suf(T a, T b) { return V(fmod_(X(a), X(b), m, e)); }                         \
    WEAK T ldexp##suf(T a, int n) { return V(ldexp_(X(a), n, m, e)); }                        \
    WEAK T scalbn##suf(T a, int n) { return V(ldexp_(X(a), n, m, e)); }                       \
    WEAK T fmin##suf(T a, T b) { return V(minmax_(X(a), X(b), m, e, 0, 0)); }                \
    WEAK T fmax##suf(T a, T b) { return V(minmax_(X(a), X(b), m, e, 1, 0)); }                \
    WEAK T fminimum_num##suf(T a, T b) { return V(minmax_(X(a), X(b), m, e, 0, 0)); }        \
    WEAK T fmaximum_num##suf(T a, T b) { return V(minmax_(X(a), X(b), m, e, 1, 0)); }        \
    WEAK T fminimum##suf(T a, T b) { return V(minmax_(X(a), X(b), m, e, 0, 1)); }            \
    WEAK T fmaximum##suf(T a, T b) { return V(minmax_(X(a), X(b), m, e, 1, 1)); }            \
    WEAK T trunc##suf(T a) { return V(round_(X(a), m, e, 0)); }                               \
    WEAK T floor##suf(T a) { return V(round_(X(a), m, e, 1)); }                               \
    WEAK T ceil##suf(T a) { return V(round_(X(a), m, e, 2)); }                                \
    WEAK T round##suf(T a) { return V(round_(X(a), m, e, 3)); }                               \
    WEAK T roundeven##suf(T a) { return V(round_(X(a), m, e, 4)); }                           \
    WEAK T rint##suf(T a) { return V(round_(X(a), m, e, 4)); }                                \
    WEAK T nearbyint##suf(T a) { return V(round_(X(a), m, e, 4)); }
LIBM_FAMILY(double, , 52, 11, D, dval)
LIBM_FAMILY(float, f, 23, 8, F, fval)
