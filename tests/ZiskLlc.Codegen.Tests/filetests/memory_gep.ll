; Filetest: loads and stores of i8/i16/i32/i64 through getelementptr with constant offsets folded
; into the indirect operand, a variable index scaled, an alloca at a static address.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

%pair = type { i32, i16, i8 }
@tab = global [4 x %pair] zeroinitializer

define i32 @fill(i32 %n) noinline {
  %buf = alloca [8 x i64]
  br label %loop
loop:
  %i = phi i64 [ 0, %0 ], [ %i1, %loop ]
  %e = getelementptr [4 x %pair], ptr @tab, i64 0, i64 %i
  %ni = trunc i64 %i to i32
  %v = mul i32 %ni, %n
  store i32 %v, ptr %e
  %f = getelementptr inbounds %pair, ptr %e, i64 0, i32 1
  %v16 = trunc i32 %v to i16
  store i16 %v16, ptr %f
  %g = getelementptr inbounds %pair, ptr %e, i64 0, i32 2
  store i8 -1, ptr %g
  %slot = getelementptr [8 x i64], ptr %buf, i64 0, i64 %i
  %w = sext i32 %v to i64
  store i64 %w, ptr %slot
  %i1 = add i64 %i, 1
  %c = icmp eq i64 %i1, 4
  br i1 %c, label %sum, label %loop
sum:
  %p2 = getelementptr [4 x %pair], ptr @tab, i64 0, i64 2, i32 1
  %h = load i16, ptr %p2
  %hz = zext i16 %h to i32
  %p3 = getelementptr [4 x %pair], ptr @tab, i64 0, i64 3, i32 2
  %b = load i8, ptr %p3
  %bs = sext i8 %b to i32
  %s3 = getelementptr [8 x i64], ptr %buf, i64 0, i64 3
  %l = load i64, ptr %s3
  %lt = trunc i64 %l to i32
  %x = add i32 %hz, %bs
  %y = add i32 %x, %lt
  ret i32 %y
}

define i32 @main() {
  %r = call i32 @fill(i32 1000)
  ret i32 %r
}
