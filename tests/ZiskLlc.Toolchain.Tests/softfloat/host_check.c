/* host_check.c - runtime/riscv/softfloat.c against the host's hardware IEEE 754 arithmetic.
 *
 * Built natively (x86-64 SSE2: binary32/binary64, round to nearest even, no flush to zero) with the
 * exported functions renamed host_*, it runs every operation on random bit patterns biased towards
 * the hard cases (subnormals, exponent extremes, infinities, NaNs, zeros, near-equal operands for
 * cancellation, operands far apart for alignment, short significands for exact results and ties)
 * and compares bits with the hardware's result. NaN results are compared as "is a NaN" (which NaN
 * the hardware picks is its own rule). Float-to-integer conversions are compared with the
 * saturating semantics softfloat.c documents; the C library functions with the host's libm (glibc,
 * exact for these; the C names are renamed host_* too). Prints "checks N failures F"; exit status 1 if F > 0.
 * usage: host_check [iterations] [seed]
 */
#define _GNU_SOURCE
#define SF(n) host_##n
#define sqrt host_sqrt
#define sqrtf host_sqrtf
#define fmod host_fmod
#define fmodf host_fmodf
#define ldexp host_ldexp
#define ldexpf host_ldexpf
#define scalbn host_scalbn
#define scalbnf host_scalbnf
#define fmin host_fmin
#define fminf host_fminf
#define fmax host_fmax
#define fmaxf host_fmaxf
#define fminimum_num host_fminimum_num
#define fminimum_numf host_fminimum_numf
#define fmaximum_num host_fmaximum_num
#define fmaximum_numf host_fmaximum_numf
#define fminimum host_fminimum
#define fminimumf host_fminimumf
#define fmaximum host_fmaximum
#define fmaximumf host_fmaximumf
#define trunc host_trunc
#define truncf host_truncf
#define floor host_floor
#define floorf host_floorf
#define ceil host_ceil
#define ceilf host_ceilf
#define round host_round
#define roundf host_roundf
#define roundeven host_roundeven
#define roundevenf host_roundevenf
#define rint host_rint
#define rintf host_rintf
#define nearbyint host_nearbyint
#define nearbyintf host_nearbyintf
#include "softfloat.c"
#undef sqrt
#undef sqrtf
#undef fmod
#undef fmodf
#undef ldexp
#undef ldexpf
#undef scalbn
#undef scalbnf
#undef fmin
#undef fminf
#undef fmax
#undef fmaxf
#undef fminimum_num
#undef fminimum_numf
#undef fmaximum_num
#undef fmaximum_numf
#undef fminimum
#undef fminimumf
#undef fmaximum
#undef fmaximumf
#undef trunc
#undef truncf
#undef floor
#undef floorf
#undef ceil
#undef ceilf
#undef round
#undef roundf
#undef roundeven
#undef roundevenf
#undef rint
#undef rintf
#undef nearbyint
#undef nearbyintf
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static u64 state = 0x9e3779b97f4a7c15ull;
static u64 next(void)
{
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return state;
}

static long checks, failures;
static void fail(const char *op, u64 a, u64 b, u64 got, u64 want)
{
    if (++failures <= 20) printf("FAIL %s a=%016llx b=%016llx got=%016llx want=%016llx\n", op,
                                 (unsigned long long)a, (unsigned long long)b, (unsigned long long)got, (unsigned long long)want);
}

/* A random value of the format (m mantissa bits, e exponent bits), biased to the hard cases. */
static u64 pick(int m, int e)
{
    u64 emax = ((u64)1 << e) - 1, sign = (next() & 1) << (m + e), man = next() & MMASK_(m), ex;
    switch (next() % 10)
    {
    case 0: return next() & ((SIGN_(m, e) << 1) - 1);              /* any pattern */
    case 1: ex = (u64[]){ 0, 1, 2, emax - 2, emax - 1, emax }[next() % 6]; break;
    case 2: ex = BIAS_(e) + (next() % 128) - 64; break;                 /* ordinary magnitudes */
    case 3: ex = next() % emax; man &= ~(u64)0 << (next() % (m + 1)); break; /* short significand */
    case 4: ex = BIAS_(e) + (next() % 16) - 8; man &= ~(u64)0 << (m - next() % 8); break; /* small integers and halves */
    case 5: ex = 0; man >>= next() % m; break;                          /* subnormals of any size */
    case 6: ex = next() % 2 ? 0 : emax; man = next() % 3 == 0 ? 0 : man; break;
    default: ex = next() % (emax + 1); break;
    }
    return sign | (ex << m) | man;
}

/* A second operand related to the first: nearby (cancellation), a few binades away (alignment,
 * sticky bits), the negation, or unrelated. */
static u64 partner(u64 a, int m, int e)
{
    u64 mask = (SIGN_(m, e) << 1) - 1;
    switch (next() % 6)
    {
    case 0: return (a + (next() % 5) - 2) & mask;
    case 1: return (a ^ SIGN_(m, e)) + (next() % 3) - 1;
    case 2: return (a + ((next() % (2 * (m + 8))) << m) - ((u64)(m + 8) << m)) & mask;
    case 3: return (a ^ SIGN_(m, e) ^ (next() & 7)) & mask;
    default: return pick(m, e);
    }
}

static int dnan(u64 x) { return is_nan(x, 52, 11); }
static int fnan(u64 x) { return is_nan(x, 23, 8); }
static void same_d(const char *op, u64 a, u64 b, u64 got, u64 want)
{
    checks++;
    if (dnan(want) ? !dnan(got) : got != want) fail(op, a, b, got, want);
}
static void same_f(const char *op, u64 a, u64 b, u64 got, u64 want)
{
    checks++;
    if (fnan(want) ? !fnan(got) : got != want) fail(op, a, b, got, want);
}
static void same_i(const char *op, u64 a, u64 b, u64 got, u64 want)
{
    checks++;
    if (got != want) fail(op, a, b, got, want);
}

static int hw_cmp_d(double x, double y) { return x < y ? -1 : x == y ? 0 : x > y ? 1 : 2; }
static int hw_cmp_f(float x, float y) { return x < y ? -1 : x == y ? 0 : x > y ? 1 : 2; }

/* The saturating truncation softfloat.c promises, from the hardware's own conversion in range. */
static i64 sat_s(double x, int bits)
{
    double lim = ldexp(1.0, bits - 1);
    if (x != x) return 0;
    if (x >= lim) return (i64)(((u64)1 << (bits - 1)) - 1);
    if (x <= -lim) return -(i64)((u64)1 << (bits - 1));
    return (i64)x;
}
static u64 sat_u(double x, int bits)
{
    double lim = ldexp(1.0, bits);
    if (x != x || x <= -1.0) return 0;
    if (x >= lim) return bits == 64 ? ~(u64)0 : ((u64)1 << bits) - 1;
    return x < 0 ? 0 : (u64)x;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 200000;
    if (argc > 2) state ^= (u64)atoll(argv[2]) * 0x2545f4914f6cdd1dull;
    for (long it = 0; it < n; it++)
    {
        /* double */
        u64 a = pick(52, 11), b = next() % 2 ? partner(a, 52, 11) : pick(52, 11);
        double x = dval(a), y = dval(b);
        same_d("adddf3", a, b, D(host___adddf3(x, y)), D(x + y));
        same_d("subdf3", a, b, D(host___subdf3(x, y)), D(x - y));
        same_d("muldf3", a, b, D(host___muldf3(x, y)), D(x * y));
        same_d("divdf3", a, b, D(host___divdf3(x, y)), D(x / y));
        int c = hw_cmp_d(x, y);
        same_i("zisk_fcmpdf", a, b, (u64)host___zisk_fcmpdf(x, y), (u64)(i64)c);
        same_i("ltdf2", a, b, host___ltdf2(x, y) < 0, x < y);
        same_i("ledf2", a, b, host___ledf2(x, y) <= 0, x <= y);
        same_i("eqdf2", a, b, host___eqdf2(x, y) == 0, x == y);
        same_i("nedf2", a, b, host___nedf2(x, y) != 0, !(x == y));
        same_i("gtdf2", a, b, host___gtdf2(x, y) > 0, x > y);
        same_i("gedf2", a, b, host___gedf2(x, y) >= 0, x >= y);
        same_i("unorddf2", a, b, host___unorddf2(x, y) != 0, c == 2);
        same_f("truncdfsf2", a, 0, F(host___truncdfsf2(x)), F((float)x));
        same_i("fixdfsi", a, 0, (u64)(i64)host___fixdfsi(x), (u64)sat_s(x, 32));
        same_i("fixdfdi", a, 0, (u64)host___fixdfdi(x), (u64)sat_s(x, 64));
        same_i("fixunsdfsi", a, 0, host___fixunsdfsi(x), sat_u(x, 32));
        same_i("fixunsdfdi", a, 0, host___fixunsdfdi(x), sat_u(x, 64));
        int bits = 1 + next() % 64;
        same_i("fptosi_satdf", a, bits, (u64)host___zisk_fptosi_satdf(x, bits), (u64)sat_s(x, bits));
        same_i("fptoui_satdf", a, bits, host___zisk_fptoui_satdf(x, bits), sat_u(x, bits));
        if (fabs(x) < 1.6e38)
        {
            i128 t = host___fixdfti(x);
            i128 w = (i128)x;
            same_i("fixdfti.lo", a, 0, (u64)t, (u64)w);
            same_i("fixdfti.hi", a, 0, (u64)(t >> 64), (u64)(w >> 64));
        }
        if (x > -1.0 && x < 3.4e38)
        {
            u128 t = host___fixunsdfti(x), w = x < 0 ? 0 : (u128)x;
            same_i("fixunsdfti.lo", a, 0, (u64)t, (u64)w);
            same_i("fixunsdfti.hi", a, 0, (u64)(t >> 64), (u64)(w >> 64));
        }
        int ex = (int)(next() % 9) - 4;
        same_d("powidf2", a, (u64)ex, D(host___powidf2(x, ex)), D(__builtin_powi(x, ex)));

        /* float */
        u64 fa = pick(23, 8), fb = next() % 2 ? partner(fa, 23, 8) : pick(23, 8);
        float fx = fval(fa), fy = fval(fb);
        same_f("addsf3", fa, fb, F(host___addsf3(fx, fy)), F(fx + fy));
        same_f("subsf3", fa, fb, F(host___subsf3(fx, fy)), F(fx - fy));
        same_f("mulsf3", fa, fb, F(host___mulsf3(fx, fy)), F(fx * fy));
        same_f("divsf3", fa, fb, F(host___divsf3(fx, fy)), F(fx / fy));
        same_i("zisk_fcmpsf", fa, fb, (u64)host___zisk_fcmpsf(fx, fy), (u64)(i64)hw_cmp_f(fx, fy));
        same_i("ltsf2", fa, fb, host___ltsf2(fx, fy) < 0, fx < fy);
        same_i("gesf2", fa, fb, host___gesf2(fx, fy) >= 0, fx >= fy);
        same_i("unordsf2", fa, fb, host___unordsf2(fx, fy) != 0, fx != fx || fy != fy);
        same_d("extendsfdf2", fa, 0, D(host___extendsfdf2(fx)), D((double)fx));
        same_i("fixsfsi", fa, 0, (u64)(i64)host___fixsfsi(fx), (u64)sat_s(fx, 32));
        same_i("fixsfdi", fa, 0, (u64)host___fixsfdi(fx), (u64)sat_s(fx, 64));
        same_i("fixunssfsi", fa, 0, host___fixunssfsi(fx), sat_u(fx, 32));
        same_i("fixunssfdi", fa, 0, host___fixunssfdi(fx), sat_u(fx, 64));
        same_i("fptosi_satsf", fa, bits, (u64)host___zisk_fptosi_satsf(fx, bits), (u64)sat_s(fx, bits));
        same_i("fptoui_satsf", fa, bits, host___zisk_fptoui_satsf(fx, bits), sat_u(fx, bits));
        same_f("powisf2", fa, (u64)ex, F(host___powisf2(fx, ex)), F(__builtin_powif(fx, ex)));
        same_i("fpclasssf", fa, 0, host___zisk_fpclasssf(fx) & 0x3fc,
               (u64)(isinf(fx) ? (signbit(fx) ? 1 << 2 : 1 << 9) : fx != fx ? 0 : fpclassify(fx) == FP_NORMAL ? (signbit(fx) ? 1 << 3 : 1 << 8)
                     : fpclassify(fx) == FP_SUBNORMAL ? (signbit(fx) ? 1 << 4 : 1 << 7) : (signbit(fx) ? 1 << 5 : 1 << 6)));

        /* the C library functions (weak): against the host's libm, which computes them exactly */
        same_d("sqrt", a, 0, D(host_sqrt(x)), D(sqrt(x)));
        same_f("sqrtf", fa, 0, F(host_sqrtf(fx)), F(sqrtf(fx)));
        same_d("fmod", a, b, D(host_fmod(x, y)), D(fmod(x, y)));
        same_f("fmodf", fa, fb, F(host_fmodf(fx, fy)), F(fmodf(fx, fy)));
        int sh = (int)(next() % 2200) - 1100;
        same_d("ldexp", a, (u64)sh, D(host_ldexp(x, sh)), D(ldexp(x, sh)));
        same_f("ldexpf", fa, (u64)sh, F(host_ldexpf(fx, sh / 8)), F(ldexpf(fx, sh / 8)));
        if (!(x == 0 && y == 0))
        {
            same_d("fmin", a, b, D(host_fmin(x, y)), D(fmin(x, y)));
            same_d("fmax", a, b, D(host_fmax(x, y)), D(fmax(x, y)));
        }
        if (!(fx == 0 && fy == 0)) same_f("fminf", fa, fb, F(host_fminf(fx, fy)), F(fminf(fx, fy)));
        same_d("fminimum_num", a, b, D(host_fminimum_num(x, y)), D(x != x ? y : y != y ? x : x == y ? (signbit(x) ? x : y) : x < y ? x : y));
        same_d("fmaximum", a, b, D(host_fmaximum(x, y)), D(x != x || y != y ? x + y : x == y ? (signbit(x) ? y : x) : x > y ? x : y));
        same_f("fmaximum_numf", fa, fb, F(host_fmaximum_numf(fx, fy)), F(fx != fx ? fy : fy != fy ? fx : fx == fy ? (signbit(fx) ? fy : fx) : fx > fy ? fx : fy));
        same_d("fmin(-0,+0)", 0, 0, D(host_fmin(-0.0, 0.0)), D(-0.0));
        same_d("fmax(-0,+0)", 0, 0, D(host_fmax(-0.0, 0.0)), D(0.0));
        same_d("trunc", a, 0, D(host_trunc(x)), D(trunc(x)));
        same_d("floor", a, 0, D(host_floor(x)), D(floor(x)));
        same_d("ceil", a, 0, D(host_ceil(x)), D(ceil(x)));
        same_d("round", a, 0, D(host_round(x)), D(round(x)));
        same_d("rint", a, 0, D(host_rint(x)), D(rint(x)));
        same_d("nearbyint", a, 0, D(host_nearbyint(x)), D(nearbyint(x)));
        same_d("roundeven", a, 0, D(host_roundeven(x)), D(roundeven(x)));
        same_f("truncf", fa, 0, F(host_truncf(fx)), F(truncf(fx)));
        same_f("floorf", fa, 0, F(host_floorf(fx)), F(floorf(fx)));
        same_f("ceilf", fa, 0, F(host_ceilf(fx)), F(ceilf(fx)));
        same_f("roundf", fa, 0, F(host_roundf(fx)), F(roundf(fx)));
        same_f("rintf", fa, 0, F(host_rintf(fx)), F(rintf(fx)));

        /* integers to floats: random widths of random values */
        u64 r = next() >> (next() % 64);
        i64 s = next() % 2 ? (i64)r : -(i64)r;
        u128 wide = ((u128)(next() >> (next() % 64)) << 64 | next()) >> (next() % 128);
        i128 swide = next() % 2 ? (i128)wide : -(i128)wide;
        same_d("floatdidf", (u64)s, 0, D(host___floatdidf(s)), D((double)s));
        same_d("floatundidf", r, 0, D(host___floatundidf(r)), D((double)r));
        same_d("floatsidf", (u64)s, 0, D(host___floatsidf((i32)s)), D((double)(i32)s));
        same_d("floatunsidf", r, 0, D(host___floatunsidf((u32)r)), D((double)(u32)r));
        same_d("floattidf", (u64)(wide >> 64), (u64)wide, D(host___floattidf(swide)), D((double)swide));
        same_d("floatuntidf", (u64)(wide >> 64), (u64)wide, D(host___floatuntidf(wide)), D((double)wide));
        same_f("floatdisf", (u64)s, 0, F(host___floatdisf(s)), F((float)s));
        same_f("floatundisf", r, 0, F(host___floatundisf(r)), F((float)r));
        same_f("floatsisf", (u64)s, 0, F(host___floatsisf((i32)s)), F((float)(i32)s));
        same_f("floatunsisf", r, 0, F(host___floatunsisf((u32)r)), F((float)(u32)r));
        same_f("floattisf", (u64)(wide >> 64), (u64)wide, F(host___floattisf(swide)), F((float)swide));
        same_f("floatuntisf", (u64)(wide >> 64), (u64)wide, F(host___floatuntisf(wide)), F((float)wide));
    }
    printf("checks %ld failures %ld\n", checks, failures);
    return failures != 0;
}
