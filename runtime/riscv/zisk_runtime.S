/* zisk_runtime.S - the runtime functions of guest ABI §3 for the classic route.
 *
 * Each is a few RISC-V instructions that riscv2zisk turns into one ZisK step each (spec §7).
 * UART_ADDR and OUTPUT_ADDR have bit 31 set, so `li` needs three (or two) instructions for them
 * (lui sign-extends); code runs at 0x80000000, so one auipc reaches them instead, and the store
 * takes the low part as its offset: every call is one to two steps shorter. */
#define INPUT_ADDR   0x40000000

        .globl  __zisk_uart
        .set    __zisk_uart, 0xA0000200
        .globl  __zisk_output
        .set    __zisk_output, 0xA0010000

        .text
        .p2align 2

/* void zisk_putchar(int c): one-byte store at UART_ADDR (§4.3); `sb` writes the low byte, c & 0xFF.
 * No masking step: a byte store costs 32 when the register holds a value <= 0xFF (any ASCII
 * character) and 106 otherwise (§8.4), so masking (one more step, 68) would only pay off for
 * values above 0xFF, which is rare. */
        .globl  zisk_putchar
        .type   zisk_putchar,@function
zisk_putchar:
1:      auipc   t0, %pcrel_hi(__zisk_uart)
        sb      a0, %pcrel_lo(1b)(t0)
        ret
        .size   zisk_putchar, .-zisk_putchar

/* _Noreturn void zisk_exit(int code): output word 0 = (uint32_t) code, then ecall 93 (§5.5). */
        .globl  zisk_exit
        .type   zisk_exit,@function
zisk_exit:
1:      auipc   t0, %pcrel_hi(__zisk_output)
        sw      a0, %pcrel_lo(1b)(t0)
        li      a7, 93
        ecall
        .size   zisk_exit, .-zisk_exit

/* void zisk_set_output(uint32_t index, uint32_t value): u32 at OUTPUT_ADDR + 4*index (§5.8).
 * lp64 passes a uint32_t sign-extended; for the defined indexes 0..63 that is the zero extension,
 * so the index is scaled as it is. */
        .globl  zisk_set_output
        .type   zisk_set_output,@function
zisk_set_output:
        slli    a0, a0, 2
1:      auipc   t0, %pcrel_hi(__zisk_output)
        add     t0, t0, a0
        sw      a1, %pcrel_lo(1b)(t0)
        ret
        .size   zisk_set_output, .-zisk_set_output

/* const uint8_t *zisk_input(uint64_t *len): the first input record in ziskos framing (§5.7):
 * *len = the u64 at INPUT_ADDR + 8, returns INPUT_ADDR + 16. */
        .globl  zisk_input
        .type   zisk_input,@function
zisk_input:
        lui     t0, INPUT_ADDR >> 12
        ld      t1, 8(t0)
        sd      t1, 0(a0)
        addi    a0, t0, 16
        ret
        .size   zisk_input, .-zisk_input

/* void zisk_keccakf(uint64_t state[25]): the keccak precompile, `csrs 0x800, ptr` (§5.9, §7.6). */
        .globl  zisk_keccakf
        .type   zisk_keccakf,@function
zisk_keccakf:
        csrs    0x800, a0
        ret
        .size   zisk_keccakf, .-zisk_keccakf

/* void zisk_sha256f(uint64_t state[4], const uint64_t block[8]): the sha256 precompile takes a
 * pointer to the pair [state, block] (§3.3); the pair lives on the (16-aligned) stack. */
        .globl  zisk_sha256f
        .type   zisk_sha256f,@function
zisk_sha256f:
        addi    sp, sp, -16
        sd      a0, 0(sp)
        sd      a1, 8(sp)
        csrs    0x805, sp
        addi    sp, sp, 16
        ret
        .size   zisk_sha256f, .-zisk_sha256f

/* void __zisk_trap(void): the target of llc's -trap-func (llvm.trap, reached unreachable,
 * __builtin_trap, abort). llc would otherwise emit `unimp`, a CSR write that ZisK does not treat
 * as a halt (§7.6). 0xffffffff is a reserved encoding: riscv2zisk turns it into `halt` with
 * end = true (§7.0), so the run ends at once with an error (guest ABI §2). */
        .globl  __zisk_trap
        .type   __zisk_trap,@function
__zisk_trap:
        .word   0xffffffff
        .size   __zisk_trap, .-__zisk_trap
