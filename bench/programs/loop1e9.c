/* The limits benchmark's long run (issue 9 item 5): about 10^9 ZisK steps in one emulator run, over a
 * 1 MiB table, so memory use must stay flat while the step count grows. */
#include "zisk.h"
static unsigned table[1 << 18];
int main(void) {
    unsigned h = 2166136261u;
    for (unsigned round = 0; round < 500; round++)
        for (unsigned i = 0; i < (1u << 18); i += 1) { table[i] += h; h = (h ^ table[i]) * 16777619u; }
    return (int)h;
}
