; Filetest: calls with register and memory arguments (more than eight parts), a two-part result,
; a variadic callee reading its arguments from the caller's area (va_start), an indirect call.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

define i64 @many(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j) noinline {
  %1 = add i64 %a, %j
  %2 = mul i64 %1, %i
  %3 = sub i64 %2, %b
  ret i64 %3
}

define { i64, i64 } @two(i64 %x) noinline {
  %y = add i64 %x, 1
  %r0 = insertvalue { i64, i64 } undef, i64 %x, 0
  %r1 = insertvalue { i64, i64 } %r0, i64 %y, 1
  ret { i64, i64 } %r1
}

define i64 @sum(i32 %n, ...) noinline {
entry:
  %ap = alloca ptr
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %k = phi i32 [ 0, %entry ], [ %k1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %p = load ptr, ptr %ap
  %v = load i64, ptr %p
  %p1 = getelementptr i8, ptr %p, i64 8
  store ptr %p1, ptr %ap
  %acc1 = add i64 %acc, %v
  %k1 = add i32 %k, 1
  %c = icmp eq i32 %k1, %n
  br i1 %c, label %done, label %loop
done:
  call void @llvm.va_end.p0(ptr %ap)
  ret i64 %acc1
}

@fp = global ptr @many

define i32 @main() {
  %f = load ptr, ptr @fp
  %a = call i64 %f(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  %t = call { i64, i64 } @two(i64 %a)
  %t1 = extractvalue { i64, i64 } %t, 1
  %s = call i64 (i32, ...) @sum(i32 3, i64 %t1, i64 100, i64 1000)
  %r = trunc i64 %s to i32
  ret i32 %r
}
