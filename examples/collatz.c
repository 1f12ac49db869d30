/* A small guest program for the demo (guest ABI v1, ../shared/spec/guest-abi.md):
 * finds the start below 10000 with the longest Collatz chain, prints it through the UART
 * and returns the chain length as public output word 0. */
#include "zisk.h"

static void put_str(const char *s) { while (*s) zisk_putchar(*s++); }

static void put_dec(unsigned long v) {
    char buf[24];
    int n = 0;
    do { buf[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) zisk_putchar(buf[--n]);
}

static unsigned chain_length(unsigned long n) {
    unsigned len = 1;
    while (n != 1) { n = (n & 1) ? 3 * n + 1 : n / 2; len++; }
    return len;
}

int main(void) {
    unsigned best = 0;
    unsigned long best_start = 1;
    for (unsigned long s = 1; s < 10000; s++) {
        unsigned len = chain_length(s);
        if (len > best) { best = len; best_start = s; }
    }
    put_str("longest Collatz chain below 10000 starts at ");
    put_dec(best_start);
    put_str(", length ");
    put_dec(best);
    put_str("\n");
    zisk_set_output(1, (unsigned)best_start);
    return (int)best;
}
