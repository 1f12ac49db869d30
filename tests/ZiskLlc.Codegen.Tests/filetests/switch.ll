; Filetest: a dense switch (jump table: one step to the case), a sparse one (compare tree), and
; the default edges. Each table entry is its target's first instruction moved there: @dense's
; entries set the result, @dense2's start with a compare-and-branch (both jumps relative to the
; entry), a memset (a DMA step whose jmp_offset1 carries the fill byte) and a store.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

define i32 @dense(i32 %x) noinline {
  switch i32 %x, label %def [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %c
    i32 3, label %d
    i32 4, label %b
    i32 5, label %c
  ]
a: ret i32 10
b: ret i32 20
c: ret i32 30
d: ret i32 40
def: ret i32 -1
}

@buf = global [16 x i8] zeroinitializer
@g = global i64 0
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define i32 @dense2(i32 %x, i64 %y) noinline {
  switch i32 %x, label %def [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %c
    i32 3, label %a
  ]
a:
  %ca = icmp slt i64 %y, 5
  br i1 %ca, label %a1, label %a2
a1: ret i32 100
a2: ret i32 200
b:
  call void @llvm.memset.p0.i64(ptr @buf, i8 7, i64 16, i1 false)
  %l = load volatile i8, ptr getelementptr (i8, ptr @buf, i64 15)
  %lz = zext i8 %l to i32
  ret i32 %lz
c:
  store volatile i64 9, ptr @g
  %v = load volatile i64, ptr @g
  %vt = trunc i64 %v to i32
  ret i32 %vt
def: ret i32 -1
}

define i32 @sparse(i64 %x) noinline {
  switch i64 %x, label %def [
    i64 7, label %a
    i64 1000, label %b
    i64 -5, label %c
  ]
a: ret i32 1
b: ret i32 2
c: ret i32 3
def: ret i32 0
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc2, %loop ]
  %d = call i32 @dense(i32 %i)
  %i64 = sext i32 %i to i64
  %k = mul i64 %i64, 1000
  %s = call i32 @sparse(i64 %k)
  %acc1 = add i32 %acc, %d
  %acc2 = add i32 %acc1, %s
  %i1 = add i32 %i, 1
  %c = icmp eq i32 %i1, 8
  br i1 %c, label %done, label %loop
done:
  %m = call i32 @sparse(i64 -5)
  %r = add i32 %acc2, %m
  %e0 = call i32 @dense2(i32 0, i64 3)
  %e1 = call i32 @dense2(i32 3, i64 9)
  %e2 = call i32 @dense2(i32 1, i64 0)
  %e3 = call i32 @dense2(i32 2, i64 0)
  %e4 = call i32 @dense2(i32 4, i64 0)
  %f0 = add i32 %e0, %e1
  %f1 = add i32 %f0, %e2
  %f2 = add i32 %f1, %e3
  %f3 = add i32 %f2, %e4
  call void @zisk_set_output(i32 1, i32 %f3)
  ret i32 %r
}
