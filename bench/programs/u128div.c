/* u128div.c - 128-bit division libcall benchmark (guest ABI v1): 1000 rounds of u128 and i128
 * division and remainder on operands of every shape (both halves wide, narrow divisor, divisor
 * wider than the dividend, negative operands), folded into a checksum that main returns and prints.
 * Build: clang-22 (guest ABI flags) -emit-llvm, then `zisk-llc build-elf`, `zisk-llc run --stats`. */
#include "zisk.h"

typedef unsigned __int128 u128;
typedef __int128 i128;

static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {                       /* xorshift64* */
    state ^= state >> 12; state ^= state << 25; state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
}

static void put_hex(uint64_t v) {
    for (int i = 60; i >= 0; i -= 4) zisk_putchar("0123456789abcdef"[(v >> i) & 15]);
}

int main(void) {
    u128 acc = 0;
    for (int i = 0; i < 1000; i++) {
        u128 a = (u128)next() << 64 | next();
        u128 b;
        switch (i & 3) {
        case 0: b = (u128)next() << (next() & 63) | next(); break;   /* wide divisor */
        case 1: b = next() >> (next() & 63) | 1; break;             /* 64-bit divisor */
        case 2: b = (u128)(next() >> 32) << 64 | next(); break;     /* high word set */
        default: a >>= next() & 127; b = next() | 1; break;         /* narrow dividend */
        }
        acc += a / b;
        acc ^= a % b;
        acc += (u128)((i128)a / (i128)b);
        acc ^= (u128)((i128)a % (i128)b);
    }
    put_hex((uint64_t)(acc >> 64)); put_hex((uint64_t)acc); zisk_putchar('\n');
    return (int)(uint32_t)acc;
}
