; Filetest: selects on compares (fused into a two-target step), on i1 values, of constants and
; of registers; min/max written as compare + select; a select of pointers whose arm is a freeze
; (the arm-sinking pass must not take a pointer for an integer).
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

define i64 @pick(i64 %a, i64 %b, i1 %f) noinline {
  %lt = icmp slt i64 %a, %b
  %min = select i1 %lt, i64 %a, i64 %b
  %k = select i1 %f, i64 100, i64 -100
  %s = add i64 %min, %k
  %ge = icmp uge i64 %s, 50
  %r = select i1 %ge, i64 %s, i64 50
  ret i64 %r
}

@g1 = global i32 11
@g2 = global i32 22

define i32 @choose(i1 %f, ptr %p) noinline {
  %fp = freeze ptr %p
  %q = select i1 %f, ptr %fp, ptr @g2
  %v = load i32, ptr %q
  ret i32 %v
}

define i32 @main() {
  %a = call i64 @pick(i64 -5, i64 7, i1 true)
  %b = call i64 @pick(i64 9, i64 3, i1 false)
  %bt = trunc i64 %b to i32
  call void @zisk_set_output(i32 1, i32 %bt)
  %c1 = call i32 @choose(i1 true, ptr @g1)
  %c2 = call i32 @choose(i1 false, ptr @g1)
  %c = add i32 %c1, %c2
  call void @zisk_set_output(i32 2, i32 %c)
  %at = trunc i64 %a to i32
  ret i32 %at
}
