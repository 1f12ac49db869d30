/* ZisK-style inline assembly (issue 10 item 4): precompiles called with `csrs CSR, reg` as ziskos
 * does; the classic route's riscv2zisk and the direct route must give the same results. Prints a
 * 16-digit hash of everything. */
#include <stdint.h>
#include "zisk.h"

static uint64_t h = 1469598103934665603ull;
static void mix(uint64_t v) { h = (h ^ v) * 1099511628211ull; }

int main(void)
{
    static uint64_t state[25];
    for (int i = 0; i < 25; i++) state[i] = (uint64_t)i * 0x9E3779B97F4A7C15ull;
    __asm__ volatile("csrs 0x800, %0" : : "r"(state) : "memory");   /* keccak-f[1600] */
    for (int i = 0; i < 25; i++) mix(state[i]);
    static uint64_t a[4] = { ~0ull, ~0ull, 5, 0 }, b[4] = { 1, 0, 7, 0 }, c[4];
    static uint64_t params[4];
    params[0] = (uint64_t)a; params[1] = (uint64_t)b; params[2] = 1; params[3] = (uint64_t)c;
    uint64_t carry;
    __asm__ volatile("csrrs %0, 0x811, %1" : "=r"(carry) : "r"(params) : "memory"); /* add256 */
    for (int i = 0; i < 4; i++) mix(c[i]);
    mix(carry);
    for (int i = 60; i >= 0; i -= 4) zisk_putchar("0123456789abcdef"[(h >> i) & 15]);
    zisk_putchar('\n');
    return (int)h;
}
