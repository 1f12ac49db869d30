/* csmith.h - a freestanding stand-in for Csmith's runtime header (tools/fuzz.py, issue 9).
 *
 * Csmith programs `#include "csmith.h"`; its own header pulls in <string.h>, <math.h> and printf,
 * which a guest (guest ABI: -ffreestanding -nostdlib) does not have. This one, found first on the
 * include path (-I tools/csmith), keeps Csmith's CRC-32 checksum and safe-math wrappers
 * (/usr/include/csmith/safe_math.h, from libcsmith-dev) and prints "checksum = %X\n" by hand:
 * through zisk_putchar on the guest, putchar on the host (-DCSMITH_HOST), so both print the same. */
#ifndef RANDOM_RUNTIME_H
#define RANDOM_RUNTIME_H
#include <stdint.h>
#include <limits.h>
#include <float.h>
#include <stddef.h>

#ifdef CSMITH_HOST
int putchar(int);
#define csmith_putc(c) putchar(c)
#else
#include "zisk.h"
#define csmith_putc(c) zisk_putchar(c)
#endif

#define assert(x) ((void)0)
/* generated code prints indexes under `if (print_hash_value)`, which is 0 without --argc */
#define printf(...) 0
/* only the float wrappers of safe_math.h use these (programs made with --float) */
#define fabsf __builtin_fabsf
#define fabs __builtin_fabs
#define ldexpf __builtin_ldexpf
#define ldexp __builtin_ldexp

#define COUNT(n)
#define TC
#define SAFE
#define UNDEFINED(__val) (__val)
#define LOG_INDEX
#define LOG_EXEC
#define STATIC static
#define FUNC_NAME(x) (safe_##x)
#include "/usr/include/csmith/safe_math.h"
#undef FUNC_NAME
#define INT_BIT (sizeof(int) * CHAR_BIT)
#define _CSMITH_BITFIELD(x) (((x) > INT_BIT) ? ((x) % INT_BIT) : (x))

static void csmith_puts(const char *s) { while (*s) csmith_putc(*s++); }

static void csmith_hex(uint64_t v) /* %lX: upper-case, no leading zeros */
{
    char buf[17];
    int n = 0;
    do { buf[n++] = "0123456789ABCDEF"[v & 15]; v >>= 4; } while (v);
    while (n) csmith_putc(buf[--n]);
}

static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFUL;

static void crc32_gentab(void)
{
    const uint32_t poly = 0xEDB88320UL;
    for (int i = 0; i < 256; i++) {
        uint32_t crc = i;
        for (int j = 8; j > 0; j--) crc = (crc & 1) ? (crc >> 1) ^ poly : crc >> 1;
        crc32_tab[i] = crc;
    }
}

static void crc32_byte(uint8_t b)
{
    crc32_context = ((crc32_context >> 8) & 0x00FFFFFF) ^ crc32_tab[(crc32_context ^ b) & 0xFF];
}

static void crc32_8bytes(uint64_t val)
{
    for (int s = 0; s < 64; s += 8) crc32_byte((val >> s) & 0xff);
}

static void transparent_crc(uint64_t val, char *vname, int flag)
{
    crc32_8bytes(val);
    if (flag) { csmith_puts("...checksum after hashing "); csmith_puts(vname); csmith_puts(" : "); csmith_hex(crc32_context ^ 0xFFFFFFFFUL); csmith_putc('\n'); }
}

/* void *: --float programs pass float and double addresses (clang 22 rejects float * for char *). */
static void transparent_crc_bytes(void *p, int nbytes, char *vname, int flag)
{
    const char *ptr = p;
    for (int i = 0; i < nbytes; i++) crc32_byte(ptr[i]);
    if (flag) { csmith_puts("...checksum after hashing "); csmith_puts(vname); csmith_puts(" : "); csmith_hex(crc32_context ^ 0xFFFFFFFFUL); csmith_putc('\n'); }
}

static void platform_main_begin(void) {}

static void platform_main_end(uint32_t crc, int flag)
{
    (void)flag;
    csmith_puts("checksum = ");
    csmith_hex(crc);
    csmith_putc('\n');
}
#endif
