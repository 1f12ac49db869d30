/* zisk_mem.S - memcpy, memmove, memset, memcmp and bcmp on ZisK's DMA operations (guest ABI §4).
 *
 * These are the marker patterns of ZisK's own toolchain (the .s files of ziskos/entrypoint/src/dma), which
 * riscv2zisk recognises (spec §5.9, §7.6):
 *   csrs 0x813, src ; add x0, dst, cnt   -> param store + dma_memcpy (2 steps, memmove-safe)
 *   csrs 0x814, p2  ; add rd, p1, cnt    -> param store + dma_memcmp -> rd
 *   csrs 0x816, dst ; addi x0, cnt, V    -> dma_xmemset with fill byte V (register-count form;
 *                                           the immediate-count form crashes ZisK v0.18.0)
 * The fill byte of memset must be an immediate, hence ZisK's 256-entry jump table. */
        .text

        .globl  memcpy
        .type   memcpy,@function
        .p2align 4
memcpy:
        csrs    0x813, a1
        add     x0, a0, a2
        ret
        .size   memcpy, .-memcpy

/* dma_memcpy has memmove semantics (§3.4), so memmove is the same pattern. */
        .globl  memmove
        .type   memmove,@function
        .p2align 4
memmove:
        csrs    0x813, a1
        add     x0, a0, a2
        ret
        .size   memmove, .-memmove

        .globl  memcmp
        .type   memcmp,@function
        .p2align 4
memcmp:
        csrs    0x814, a1
        add     a0, a0, a2
        ret
        .size   memcmp, .-memcmp

/* bcmp only needs zero / non-zero: memcmp's result serves. */
        .globl  bcmp
        .type   bcmp,@function
        .p2align 4
bcmp:
        csrs    0x814, a1
        add     a0, a0, a2
        ret
        .size   bcmp, .-bcmp

/* void *memset(void *s, int c, size_t n): a0 = s (returned unchanged), a1 = c, a2 = n. */
        .globl  memset
        .type   memset,@function
        .p2align 4
memset:
        bnez    a1, 1f
        csrs    0x816, a0
        addi    x0, a2, 0
        ret
1:      andi    a1, a1, 0xff
        slli    a1, a1, 4
        lla     t0, .Lmemset_table
        add     t0, t0, a1
        jr      t0
        /* entry V (16 bytes): memset(a0, V, a2) */
        .p2align 4
.Lmemset_table:
        .set    fill, 0
        .rept   256
        csrs    0x816, a0
        addi    x0, a2, fill
        ret
        nop
        .set    fill, fill + 1
        .endr
        .size   memset, .-memset
