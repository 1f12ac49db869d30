; Filetest: 128-bit integers as two parts: add/sub with carries, the 128-bit product, shifts by a
; variable amount, compares of both halves.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

define i128 @wide(i128 %a, i128 %b, i128 %s) noinline {
  %p = mul i128 %a, %b
  %q = add i128 %p, %a
  %r = sub i128 %q, 1
  %t = shl i128 %r, %s
  %u = lshr i128 %t, 3
  %lt = icmp ult i128 %u, %b
  %v = select i1 %lt, i128 %u, i128 %b
  ret i128 %v
}

define i32 @main() {
  %r = call i128 @wide(i128 18446744073709551621, i128 340282366920938463463374607431768211455, i128 70)
  %w0 = trunc i128 %r to i32
  %r1 = lshr i128 %r, 32
  %w1 = trunc i128 %r1 to i32
  %r2 = lshr i128 %r, 64
  %w2 = trunc i128 %r2 to i32
  %r3 = lshr i128 %r, 96
  %w3 = trunc i128 %r3 to i32
  call void @zisk_set_output(i32 1, i32 %w1)
  call void @zisk_set_output(i32 2, i32 %w2)
  call void @zisk_set_output(i32 3, i32 %w3)
  ret i32 %w0
}
