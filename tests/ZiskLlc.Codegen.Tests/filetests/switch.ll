; Filetest: a dense switch (jump table: one step to the case), a sparse one (compare tree), and
; the default edges.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

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
  ret i32 %r
}
