; Filetest: one-part integer arithmetic on registers and immediates (add, sub, mul by constants and
; values, division, shifts, narrow values normalised before right shifts and division).
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

define i64 @arith(i64 %a, i64 %b, i32 %c) noinline {
  %s = add i64 %a, %b
  %d = sub i64 %s, 7
  %m = mul i64 %d, 10
  %p = mul i64 %m, %b
  %q = udiv i64 %p, %a
  %r = srem i64 %q, -3
  %sh = shl i64 %r, 3
  %n = add i32 %c, 1
  %u = lshr i32 %n, 2
  %v = sdiv i32 %n, 5
  %w = ashr i32 %v, 1
  %x = xor i32 %u, %w
  %xe = zext i32 %x to i64
  %t = or i64 %sh, %xe
  ret i64 %t
}

define i32 @main() {
  %r = call i64 @arith(i64 12345, i64 678, i32 -100)
  %lo = trunc i64 %r to i32
  %h = lshr i64 %r, 32
  %hi = trunc i64 %h to i32
  call void @zisk_set_output(i32 1, i32 %hi)
  ret i32 %lo
}
