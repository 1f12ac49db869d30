/* interp.c - computed-goto interpreters (GNU C labels as values), the shape of LLVM test-suite's
 * Misc/evalloop and of real bytecode VMs: after -O2 the handlers become indirectbr successors that
 * carry loop state in phis. run1 has one dispatch site (each handler reached by one indirectbr: the
 * direct route lands on a per-target copy block); run2 dispatches from two sites (handlers with two
 * indirect predecessors: copies before the jump). Prints a 16-digit hash, as edge.c does. */
#ifdef HOST
#include <stdio.h>
#define PUT(c) putchar(c)
#else
#include "zisk.h"
#define PUT(c) zisk_putchar(c)
#endif
#include <stdint.h>

static uint64_t hash = 1469598103934665603ull;
static void mix(uint64_t v) { hash = (hash ^ v) * 1099511628211ull; }

enum { ADD, SUB, MUL, XOR, SHL, DUP, SWAP, JNZ, DEC, PUSH, HALT };

__attribute__((noinline)) static uint64_t run1(const int *code, uint64_t a, uint64_t b)
{
    static void *ops[] = { &&add, &&sub, &&mul, &&xor_, &&shl, &&dup, &&swap, &&jnz, &&dec, &&push, &&halt };
    const int *pc = code;
    uint64_t c = 0, n = 0;
    int rounds = 20;
#define NEXT goto *ops[*pc++]
    NEXT;
add:  a += b; n++; NEXT;
sub:  b -= a >> 3; n++; NEXT;
mul:  a = a * 3 + 1; c ^= a; NEXT;
xor_: b ^= c + n; NEXT;
shl:  c = (c << 1) | (c >> 63); NEXT;
dup:  b = a; NEXT;
swap: { uint64_t t = a; a = b; b = t; } NEXT;
jnz:  if (c & 1) pc = code + *pc; else pc++; n += 2; NEXT;
dec:  if (--rounds > 0) pc = code; NEXT;
push: c += *pc++; NEXT;
halt: return a ^ (b << 7) ^ (c << 13) ^ n;
#undef NEXT
}

__attribute__((noinline)) static uint64_t run2(const int *code, int steps)
{
    static void *ops[] = { &&add, &&sub, &&mul, &&xor_, &&shl, &&dup, &&swap, &&jnz, &&dec, &&push, &&halt };
    const int *pc = code;
    uint64_t a = 5, b = 7, c = 11;
    goto *ops[*pc++];
add:  a += b; if (--steps & 1) goto *ops[*pc++]; goto other;
sub:  b -= c; goto *ops[*pc++];
mul:  a *= 5; goto other;
xor_: c ^= a; goto *ops[*pc++];
shl:  b <<= 1; goto other;
dup:  c = a; goto *ops[*pc++];
swap: { uint64_t t = b; b = c; c = t; } goto other;
jnz:  pc = (a & 2) ? code : pc; if (steps <= 0) goto halt; goto *ops[*pc++];
dec:  steps--; goto other;
push: a += *pc++; goto *ops[*pc++];
halt: return a + 3 * b + 7 * c;
other: c += (uint64_t)steps; goto *ops[*pc++];
}

int main(void)
{
    static const int p1[] = { PUSH, 3, ADD, MUL, SHL, XOR, DUP, SUB, SWAP, ADD, JNZ, 14, MUL, SHL, DEC, HALT };
    static const int p2[] = { ADD, SUB, MUL, XOR, SHL, DUP, SWAP, PUSH, 9, DEC, ADD, JNZ, HALT };
    for (int k = 0; k < 40; k++) {
        mix(run1(p1, (uint64_t)k, 3u * k + 1));
        mix(run2(p2, 50 + k));
    }
    for (int s = 60; s >= 0; s -= 4) PUT("0123456789abcdef"[(hash >> s) & 15]);
    PUT('\n');
    return 0;
}
