/* Floating point through both routes (soft float, runtime/riscv/softfloat.c): every operation on
 * edge values (zeros, subnormals, extremes, infinities, NaNs) and a few small numeric kernels.
 * Each result is folded into a hash printed at the end, with NaNs folded as one value (which NaN an
 * invalid operation gives is the machine's choice), so that the same file built natively for the
 * host (-DHOST, hardware IEEE 754, glibc's libm) must print the very same line: the reference.
 * Conversions to integers stay in range (C leaves the rest undefined); fmin/fmax of two zeros are
 * left out (C lets either zero be the answer). */
#include <stdint.h>
#ifdef HOST
#include <math.h>
#include <stdio.h>
#define zisk_putchar putchar
#else
#include "zisk.h"
/* The C library functions the guest runtime defines (weakly, exactly specified ones). */
double sqrt(double), fmod(double, double), floor(double), ceil(double), trunc(double), round(double),
    rint(double), fmin(double, double), fmax(double, double), ldexp(double, int);
float sqrtf(float), fmodf(float, float), floorf(float), roundf(float), fmaxf(float, float);
#endif

static uint64_t h = 1469598103934665603ull;
static void mix(uint64_t v) { h = (h ^ v) * 1099511628211ull; }
static void put_hex(uint64_t v) { for (int i = 60; i >= 0; i -= 4) zisk_putchar("0123456789abcdef"[(v >> i) & 15]); }

static uint64_t dbits(double x) { union { double d; uint64_t u; } v = { x }; return v.u; }
static uint32_t fbits(float x) { union { float f; uint32_t u; } v = { x }; return v.u; }
static double dval(uint64_t x) { union { uint64_t u; double d; } v = { x }; return v.d; }
static float fval(uint32_t x) { union { uint32_t u; float f; } v = { x }; return v.f; }
static void mixd(double x) { mix(x != x ? 0x7ff8000000000000ull : dbits(x)); }
static void mixf(float x) { mix(x != x ? 0x7fc00000u : fbits(x)); }

/* Operands from memory, so that no optimiser folds them away. */
static volatile uint64_t dpat[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x0000000000000001ull, 0x800fffffffffffffull, 0x0010000000000000ull, 0x7fefffffffffffffull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull, 0x7ff4000000000001ull,
    0x400921fb54442d18ull, 0x3fb999999999999aull, 0xc07f400000000000ull, 0x4330000000000001ull,
    0x3ff0000000000001ull, 0x3fefffffffffffffull, 0x43e0000000000000ull, 0xc3e0000000000000ull,
    0x41dfffffffc00000ull, 0x3e50000000000000ull, 0x0008000000000000ull, 0x4050000000000000ull,
};
static volatile uint32_t fpat[] = {
    0x00000000u, 0x80000000u, 0x3f800000u, 0xbf800000u, 0x00000001u, 0x807fffffu, 0x00800000u,
    0x7f7fffffu, 0x7f800000u, 0xff800000u, 0x7fc00000u, 0x7fa00001u, 0x40490fdbu, 0x3dcccccdu,
    0xc3fa0000u, 0x4b000001u, 0x3f800001u, 0x3f7fffffu, 0x4f000000u, 0xcf000000u, 0x34000000u,
};
#define ND (sizeof dpat / sizeof dpat[0])
#define NF (sizeof fpat / sizeof fpat[0])

__attribute__((noinline)) double dadd(double a, double b) { return a + b; }
__attribute__((noinline)) double dsub(double a, double b) { return a - b; }
__attribute__((noinline)) double dmul(double a, double b) { return a * b; }
__attribute__((noinline)) double ddiv(double a, double b) { return a / b; }
__attribute__((noinline)) float fadd(float a, float b) { return a + b; }
__attribute__((noinline)) float fmul(float a, float b) { return a * b; }
__attribute__((noinline)) float fdiv(float a, float b) { return a / b; }
__attribute__((noinline)) float fsub(float a, float b) { return a - b; }
__attribute__((noinline)) int dcmp(double a, double b)
{
    return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5
         | __builtin_isunordered(a, b) << 6 | __builtin_isless(a, b) << 7 | __builtin_islessgreater(a, b) << 8
         | !(a < b) << 9 | !(a > b) << 10 | !(a <= b) << 11 | !(a >= b) << 12 | (!(a != b) && a == a) << 13;
}
__attribute__((noinline)) int fcmp(float a, float b)
{
    return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 | __builtin_isunordered(a, b) << 6;
}
__attribute__((noinline)) double fma_like(double a, double b, double c) { return a * b + c; }
__attribute__((noinline)) int classify(double x)
{
    return __builtin_isnan(x) | __builtin_isinf(x) << 1 | __builtin_isfinite(x) << 2 | __builtin_isnormal(x) << 3
         | __builtin_signbit(x) << 4 | (__builtin_fpclassify(0, 1, 2, 3, 4, x) << 5);
}
__attribute__((noinline)) int classifyf(float x)
{
    return __builtin_isnan(x) | __builtin_isinf(x) << 1 | __builtin_isfinite(x) << 2 | __builtin_isnormal(x) << 3;
}

/* Conversions, in range. */
static void conversions(double x)
{
    if (x == x && x > -2147483648.0 && x < 2147483648.0) mix((uint64_t)(int32_t)x);
    if (x == x && x > -1.0 && x < 4294967296.0) mix((uint32_t)x);
    if (x == x && x > -9223372036854775808.0 && x < 9223372036854775808.0) mix((uint64_t)(int64_t)x);
    if (x == x && x > -1.0 && x < 18446744073709551616.0) mix((uint64_t)x);
    if (x == x && x > -1.7e38 && x < 1.7e38) { __int128 t = (__int128)x; mix((uint64_t)t); mix((uint64_t)(t >> 64)); }
    if (x == x && x > -100.0 && x < 100.0) { mix((uint64_t)(int8_t)x); mix((uint64_t)(uint16_t)(x < 0 ? -x : x)); }
    mixf((float)x);
    mixd((double)(float)x);
}

static double newton_sqrt(double x)
{
    if (!(x > 0)) return x == 0 ? x : (x - x) / (x - x);
    double r = x > 1 ? x / 2 : 1;
    for (int i = 0; i < 60; i++) r = 0.5 * (r + x / r);
    return r;
}

static int mandel(double cr, double ci)
{
    double zr = 0, zi = 0;
    int n = 0;
    while (n < 200 && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; n++; }
    return n;
}

int main(void)
{
    for (unsigned i = 0; i < ND; i++)
    {
        double a = dval(dpat[i]);
        for (unsigned j = 0; j < ND; j++)
        {
            double b = dval(dpat[j]);
            mixd(dadd(a, b)); mixd(dsub(a, b)); mixd(dmul(a, b)); mixd(ddiv(a, b));
            mix((uint64_t)dcmp(a, b));
            mixd(fma_like(a, b, dval(dpat[(i + j) % ND])));
        }
        mixd(-a); mixd(__builtin_fabs(a)); mixd(__builtin_copysign(2.5, a)); mixd(__builtin_copysign(a, -1.0));
        mix((uint64_t)classify(a));
        mixd(sqrt(a)); mixd(floor(a)); mixd(ceil(a)); mixd(trunc(a)); mixd(round(a)); mixd(rint(a * 3.5));
        mixd(ldexp(a, (int)i * 97 - 1100)); mixd(fmod(a, dval(dpat[(i + 5) % ND])));
        if (!(a == 0 && dval(dpat[(i + 3) % ND]) == 0))
        { mixd(fmin(a, dval(dpat[(i + 3) % ND]))); mixd(fmax(a, dval(dpat[(i + 3) % ND]))); }
        mixd(__builtin_powi(a, (int)(i % 7) - 3));
        conversions(a);
        conversions(a * 1e10);
        conversions(a / 3.0 + 0.5);
    }
    for (unsigned i = 0; i < NF; i++)
    {
        float a = fval(fpat[i]);
        for (unsigned j = 0; j < NF; j++)
        {
            float b = fval(fpat[j]);
            mixf(fadd(a, b)); mixf(fsub(a, b)); mixf(fmul(a, b)); mixf(fdiv(a, b));
            mix((uint64_t)fcmp(a, b));
        }
        mixd((double)a);
        mixf(-a); mixf(__builtin_fabsf(a));
        mix((uint64_t)classifyf(a));
        mixf(sqrtf(a)); mixf(floorf(a)); mixf(roundf(a)); mixf(fmodf(a, fval(fpat[(i + 4) % NF])));
        if (!(a == 0 && fval(fpat[(i + 2) % NF]) == 0)) mixf(fmaxf(a, fval(fpat[(i + 2) % NF])));
        conversions((double)a);
        if (a == a && a > -2147483648.0f && a < 2147483648.0f) mix((uint64_t)(int32_t)a);
        if (a == a && a > -1.0f && a < 18446744073709551616.0f) mix((uint64_t)a);
    }
    /* integers to floating point, every width */
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < 200; i++)
    {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        uint64_t v = x >> (i % 64);
        mixd((double)(int64_t)v); mixd((double)v); mixd((double)(int32_t)v); mixd((double)(uint32_t)v);
        mixf((float)(int64_t)v); mixf((float)v); mixf((float)(int32_t)v); mixf((float)(uint16_t)v); mixd((double)(int8_t)v);
        unsigned __int128 w = (unsigned __int128)v << (i % 70) | x;
        mixd((double)w); mixd((double)(__int128)w); mixf((float)w);
    }
    /* small kernels */
    double s = 0;
    for (int k = 1; k <= 1000; k++) s += 1.0 / ((double)k * k);
    mixd(s);
    float fs = 0;
    for (int k = 1; k <= 1000; k++) fs += 1.0f / (float)k;
    mixf(fs);
    for (int k = 0; k < 20; k++) mixd(newton_sqrt(dval(dpat[k % ND]) * (k + 1)));
    int it = 0;
    for (int yy = -10; yy <= 10; yy++)
        for (int xx = -20; xx <= 10; xx++) it += mandel(xx / 10.0, yy / 10.0);
    mix((uint64_t)it);
    double m[4][4], p[4][4];
    for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) m[r][c] = (r + 1) * 0.5 - c * 0.25;
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) { double acc = 0; for (int k = 0; k < 4; k++) acc += m[r][k] * m[k][c]; p[r][c] = acc; }
    for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) mixd(p[r][c]);
    put_hex(h);
    zisk_putchar('\n');
    return (int)(h & 0x7f);
}
