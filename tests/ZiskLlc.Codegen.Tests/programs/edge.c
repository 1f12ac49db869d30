/* Edge cases for both routes (issue 7 §5): every result is folded into a hash that main returns and
 * prints; the classic route is the reference. */
#include <stdarg.h>
#include <stdint.h>
#include "zisk.h"

static uint64_t h = 1469598103934665603ull;
static void mix(uint64_t v) { h = (h ^ v) * 1099511628211ull; }
static void put_hex(uint64_t v) { for (int i = 60; i >= 0; i -= 4) zisk_putchar("0123456789abcdef"[(v >> i) & 15]); zisk_putchar('\n'); }

__attribute__((noinline)) int32_t sdiv32(int32_t a, int32_t b) { return a / b; }
__attribute__((noinline)) int32_t srem32(int32_t a, int32_t b) { return a % b; }
__attribute__((noinline)) uint32_t udiv32(uint32_t a, uint32_t b) { return a / b; }
__attribute__((noinline)) int64_t sdiv64(int64_t a, int64_t b) { return a / b; }
__attribute__((noinline)) int8_t add8(int8_t a, int8_t b) { return (int8_t)(a + b); }
__attribute__((noinline)) int lt16(int16_t a, int16_t b) { return a < b; }
__attribute__((noinline)) unsigned ltu8(uint8_t a, uint8_t b) { return a < b; }
__attribute__((noinline)) uint32_t shl32(uint32_t a, int s) { return a << s; }
__attribute__((noinline)) int32_t sar32(int32_t a, int s) { return a >> s; }
__attribute__((noinline)) uint64_t shr64(uint64_t a, int s) { return a >> s; }

typedef unsigned __int128 u128;
typedef __int128 i128;
__attribute__((noinline)) u128 mul128(u128 a, u128 b) { return a * b; }
__attribute__((noinline)) u128 div128(u128 a, u128 b) { return a / b; }
__attribute__((noinline)) u128 mod128(u128 a, u128 b) { return a % b; }
__attribute__((noinline)) i128 sdiv128(i128 a, i128 b) { return a / b; }
__attribute__((noinline)) u128 shl128(u128 a, int s) { return a << s; }
__attribute__((noinline)) i128 sar128(i128 a, int s) { return a >> s; }
__attribute__((noinline)) int cmp128(i128 a, i128 b) { return (a < b) + 2 * (a == b) + 4 * ((u128)a > (u128)b); }

__attribute__((noinline)) int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

__attribute__((noinline)) long sumv(int n, ...)
{
    va_list ap; va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++) s = s * 3 + (i % 3 == 2 ? va_arg(ap, long) : va_arg(ap, int));
    va_end(ap);
    return s;
}

struct big { int64_t a, b, c; int32_t d; char e[5]; };
__attribute__((noinline)) struct big twist(struct big x) { struct big y = x; y.a += x.d; y.e[4] = x.e[0]; y.c ^= y.b; return y; }
struct pair { int32_t x; int64_t y; };
__attribute__((noinline)) struct pair mkpair(int32_t x) { struct pair p = { x, (int64_t)x * 1000000007 }; return p; }

__attribute__((noinline)) int classify(int c)
{
    switch (c) { case 0: return 5; case 1: return 9; case 2: return 13; case 3: return 2; case 4: return 7; case 5: return 1; case 7: return 3; default: return -1; }
}

static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int neg(int x) { return -x; }
static int (*const ops[3])(int) = { inc, dbl, neg };

__attribute__((noinline)) int interp(const unsigned char *code)
{
    static void *labels[] = { &&op_add, &&op_mul, &&op_end };
    int acc = 1;
    goto *labels[*code];
op_add: acc += code[1]; code += 2; goto *labels[*code];
op_mul: acc *= code[1]; code += 2; goto *labels[*code];
op_end: return acc;
}

struct __attribute__((packed)) unal { char c; uint32_t w; uint64_t q; uint16_t s; };

__attribute__((noinline)) int vla(int n) { int a[n]; for (int i = 0; i < n; i++) a[i] = i * i; int s = 0; for (int i = 0; i < n; i++) s += a[n - 1 - i] ^ i; return s; }

/* Recursion with many values live across the recursive calls and results used after them: the saves
   around a re-entrant call (one block copy each way in the direct route) must not clobber a result. */
__attribute__((noinline)) int64_t tree(int n, int64_t a, int64_t b)
{
    if (n <= 0) return a ^ b;
    int64_t c = a * 3 + n, d = b - a, e = a ^ (b << 1), f = n * 7 + b, g = c + d;
    int64_t r = tree(n - 1, c ^ e, d + f);
    int64_t s = tree(n - 2, g, r);
    return r * 5 + s + c + d + e + f + g;
}

int main(void)
{
    volatile int32_t imin = INT32_MIN, m1 = -1, seven = 7, two = 2;
    mix(sdiv32(imin, 1)); mix(sdiv32(-seven, two)); mix(srem32(-seven, two)); mix(udiv32(0xFFFFFFFFu, 3));
    mix(sdiv64(INT64_MIN, 3)); mix(srem32(imin, 3)); mix((uint32_t)m1 / 7u);
    mix(add8(127, 1)); mix(add8(-128, -1)); mix(lt16(-1, 1)); mix(ltu8(200, 100)); mix(lt16(-32768, 32767));
    mix(shl32(1, 31)); mix(sar32(INT32_MIN, 31)); mix(shr64(1ull << 63, 63)); mix(sar32(-5, 1)); mix(shl32(0xFFFFFFFF, 0));
    u128 a = ((u128)0xFFFFFFFFFFFFFFFFull << 64) | 0xFFFFFFFFFFFFFFFFull, b = (u128)0x123456789abcdefull * 0x1000000001ull;
    u128 p = mul128(a, b); mix((uint64_t)p); mix((uint64_t)(p >> 64));
    u128 q = div128(a, b); mix((uint64_t)q); mix((uint64_t)(q >> 64));
    u128 r = mod128(a, 0x1234567); mix((uint64_t)r);
    u128 c = a + 1; mix((uint64_t)c); mix((uint64_t)(c >> 64));
    u128 d = (u128)1 - 2; mix((uint64_t)(d >> 64));
    i128 sq = sdiv128(-(i128)1000000000000000000ll * 1000, 7); mix((uint64_t)sq); mix((uint64_t)((u128)sq >> 64));
    for (int s = 0; s < 128; s += 9) { mix((uint64_t)(shl128(b, s) >> 64)); mix((uint64_t)sar128(-(i128)b, s)); }
    mix(cmp128(-1, 1)); mix(cmp128(5, 5)); mix(cmp128((i128)1 << 100, 3));
    mix(depth(20000));
    mix(sumv(12, 1, 2, 3L, 4, 5, 600000000000L, 7, 8, -9L, 10, 11, 12L));
    struct big x = { 1, 2, 3, 4, { 'a', 'b', 'c', 'd', 'e' } };
    struct big y = twist(x); mix(y.a); mix(y.c); mix(y.e[4]); mix(y.d);
    struct pair pp = mkpair(-3); mix(pp.x); mix(pp.y);
    for (int i = -1; i < 9; i++) mix(classify(i));
    for (int i = 0; i < 9; i++) mix(ops[i % 3](i * 5));
    static const unsigned char prog[] = { 0, 5, 1, 3, 0, 2, 1, 7, 2 };
    mix(interp(prog));
    struct unal u; unsigned char buf[40];
    for (int i = 0; i < 40; i++) buf[i] = (unsigned char)(i * 37 + 11);
    __builtin_memcpy(&u, buf + 3, sizeof u); mix(u.c); mix(u.w); mix(u.q); mix(u.s);
    volatile uint64_t v = 0x0123456789abcdefull;
    mix(__builtin_popcountll(v)); mix(__builtin_clzll(v)); mix(__builtin_ctzll(v << 4)); mix(__builtin_bswap64(v));
    mix(__builtin_bswap32((uint32_t)v)); mix(__builtin_bswap16((uint16_t)v)); mix(__builtin_clz((uint32_t)v)); mix(__builtin_popcount((uint32_t)v));
    mix((v << 13) | (v >> 51)); mix(((uint32_t)v << 7) | ((uint32_t)v >> 25));
    int ov; mix(__builtin_add_overflow((int32_t)imin, (int32_t)m1, &ov)); mix(ov);
    uint64_t um; mix(__builtin_mul_overflow(v, v, &um)); mix(um);
    mix(vla(17));
    volatile int fill = 0x1A5; unsigned char mb[23];   /* a fill byte known only at run time (its low byte 0xA5) */
    __builtin_memset(mb, 0, sizeof mb); __builtin_memset(mb + 2, fill, 19); __builtin_memset(mb + 5, fill + 1, (unsigned long)seven);
    for (int i = 0; i < 23; i++) mix(mb[i]);
    mix(tree(12, 3, 1000));
    put_hex(h);
    return (int)(h ^ (h >> 32));
}
