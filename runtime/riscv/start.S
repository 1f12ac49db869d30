/* start.S - program entry of the classic route (guest ABI §2; spec §5.3, §5.5).
 *
 * The BIOS calls the ELF entry with a0 = INPUT_ADDR and a1 = OUTPUT_ADDR. Like ziskos' _start we
 * set gp and sp, call main(0, NULL), store its result as public output word 0 and end with
 * ecall 93, which jumps to the BIOS publish loop (§5.5: 168 steps from the ecall). */
        .section .text.init,"ax",@progbits
        .globl  _start
        .type   _start,@function
_start:
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop
        la      sp, _init_stack_top
        li      a0, 0                   /* argc */
        li      a1, 0                   /* argv */
        call    main
        /* output word 0 = (uint32_t) main's result; zisk_exit never returns */
        tail    zisk_exit
        .size   _start, .-_start
