; Filetest: pass `peephole` — a field extract then scaled as a table index, ((x >> s) & m) << k, in
; fewer steps for s > k, s = k and s < k, and left alone when the extracted field has another use.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

@t32 = global [256 x i32] zeroinitializer
@t64 = global [256 x i64] zeroinitializer

define i32 @above(i32 %x) noinline {          ; s = 8 > k = 2
  %a = lshr i32 %x, 8
  %b = and i32 %a, 255
  %c = zext i32 %b to i64
  %p = getelementptr i32, ptr @t32, i64 %c
  %v = load i32, ptr %p
  ret i32 %v
}

define i32 @equal(i32 %x) noinline {          ; s = k = 2
  %a = lshr i32 %x, 2
  %b = and i32 %a, 63
  %c = zext i32 %b to i64
  %p = getelementptr i32, ptr @t32, i64 %c
  %v = load i32, ptr %p
  ret i32 %v
}

define i64 @below(i64 %x) noinline {          ; s = 1 < k = 3
  %a = lshr i64 %x, 1
  %b = and i64 %a, 7
  %p = getelementptr i64, ptr @t64, i64 %b
  %v = load i64, ptr %p
  ret i64 %v
}

define i64 @shared(i64 %x) noinline {         ; the field is also used itself: unchanged
  %a = lshr i64 %x, 4
  %b = and i64 %a, 15
  %p = getelementptr i64, ptr @t64, i64 %b
  %v = load i64, ptr %p
  %s = add i64 %v, %b
  ret i64 %s
}

define i32 @main() {
  br label %fill
fill:
  %i = phi i64 [ 0, %0 ], [ %n, %fill ]
  %i32 = trunc i64 %i to i32
  %v32 = mul i32 %i32, 2654435761
  %p32 = getelementptr i32, ptr @t32, i64 %i
  store i32 %v32, ptr %p32
  %v64 = mul i64 %i, 11400714819323198485
  %p64 = getelementptr i64, ptr @t64, i64 %i
  store i64 %v64, ptr %p64
  %n = add i64 %i, 1
  %done = icmp eq i64 %n, 256
  br i1 %done, label %go, label %fill
go:
  %r1 = call i32 @above(i32 305419896)
  call void @zisk_set_output(i32 1, i32 %r1)
  %r2 = call i32 @equal(i32 305419896)
  call void @zisk_set_output(i32 2, i32 %r2)
  %r3 = call i64 @below(i64 13)
  %t3 = trunc i64 %r3 to i32
  call void @zisk_set_output(i32 3, i32 %t3)
  %r4 = call i64 @shared(i64 1000)
  %t4 = trunc i64 %r4 to i32
  call void @zisk_set_output(i32 4, i32 %t4)
  ret i32 0
}
