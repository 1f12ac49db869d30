; Filetest: globals and their initialisers: scalars, arrays, a string, a struct holding pointers
; to other globals (relocations), zero-initialised data, read-only constants; stores then loads.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_putchar(i32)

@counter = global i32 5
@arr = global [5 x i16] [i16 1, i16 -2, i16 3, i16 -4, i16 5]
@msg = constant [4 x i8] c"ok!\0A"
@zeros = global [16 x i64] zeroinitializer
%rec = type { ptr, i64, ptr }
@rec = global %rec { ptr @arr, i64 -1, ptr getelementptr (i8, ptr @msg, i64 1) }
@big = constant i128 170141183460469231731687303715884105727

define i32 @main() {
entry:
  %c = load i32, ptr @counter
  %c1 = add i32 %c, 10
  store i32 %c1, ptr @counter
  %p = load ptr, ptr @rec
  %e = getelementptr i16, ptr %p, i64 3
  %v = load i16, ptr %e
  %vs = sext i16 %v to i32
  %z = getelementptr [16 x i64], ptr @zeros, i64 0, i64 9
  store i64 42, ptr %z
  %zl = load i64, ptr %z
  %zt = trunc i64 %zl to i32
  %q = getelementptr %rec, ptr @rec, i64 0, i32 2
  %m = load ptr, ptr %q
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %ch = getelementptr i8, ptr @msg, i64 %i
  %b = load i8, ptr %ch
  %bz = zext i8 %b to i32
  call void @zisk_putchar(i32 %bz)
  %i1 = add i64 %i, 1
  %d = icmp eq i64 %i1, 4
  br i1 %d, label %done, label %loop
done:
  %m0 = load i8, ptr %m
  %m0z = zext i8 %m0 to i32
  %bg = load i128, ptr @big
  %bgh = lshr i128 %bg, 100
  %bgt = trunc i128 %bgh to i32
  %c2 = load i32, ptr @counter
  %r1 = add i32 %c2, %vs
  %r2 = add i32 %r1, %zt
  %r3 = add i32 %r2, %m0z
  %r4 = add i32 %r3, %bgt
  ret i32 %r4
}
