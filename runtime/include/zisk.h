/* zisk.h - the runtime functions of zisk-llc guest ABI v1 (spec/guest-abi.md §3).
 *
 * Include this in a C guest program. Prototypes only: the runtime provides the definitions
 * (runtime/riscv/ for the classic route; the direct route emits them itself). Besides these, the
 * runtime provides memcpy, memmove, memset, memcmp and bcmp (guest ABI §4) on ZisK's DMA
 * operations; every other library function is the program's own. */
#ifndef ZISK_H
#define ZISK_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/* Writes the byte c & 0xFF to the UART (one-byte store at 0xA0000200); the emulator prints it. */
void zisk_putchar(int c);

/* Public output word 0 = (uint32_t)code, then ends the run normally (ecall 93). */
_Noreturn void zisk_exit(int code);

/* Public output word index (0..63; other indexes are undefined behaviour) = value. */
void zisk_set_output(uint32_t index, uint32_t value);

/* The first input record in ziskos framing: *len = its length (the u64 at 0x40000008), returns its
 * bytes (0x40000010). Run with an input file (8 zero bytes is the empty input): without one nothing
 * is mapped there and the run stops with a bad access. */
const uint8_t *zisk_input(uint64_t *len);

/* Keccak-f[1600] permutation of the 25-word state, in place (keccak precompile).
 * state must be 8-byte aligned. */
void zisk_keccakf(uint64_t state[25]);

/* One SHA-256 compression of block into state (sha256 precompile): state holds the eight 32-bit
 * state words as consecutive little-endian u32 in memory order, block the 64 message bytes in memory
 * order. Both must be 8-byte aligned. */
void zisk_sha256f(uint64_t state[4], const uint64_t block[8]);

#ifdef __cplusplus
}
#endif
#endif
