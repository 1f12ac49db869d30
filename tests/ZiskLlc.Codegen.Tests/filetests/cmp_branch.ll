; Filetest: compares fused with the branch that uses them (one two-target step), a counted loop
; with a phi, signed and unsigned predicates against immediates and registers.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

define i32 @count(i32 %n, i32 %lim) noinline {
entry:
  %z = icmp slt i32 %n, 1
  br i1 %z, label %done, label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %next ]
  %acc = phi i32 [ 0, %entry ], [ %acc2, %next ]
  %big = icmp ugt i32 %i, %lim
  br i1 %big, label %odd, label %even
odd:
  %a1 = add i32 %acc, 3
  br label %next
even:
  %a2 = add i32 %acc, %i
  br label %next
next:
  %acc2 = phi i32 [ %a1, %odd ], [ %a2, %even ]
  %i1 = add nuw nsw i32 %i, 1
  %c = icmp eq i32 %i1, %n
  br i1 %c, label %done, label %loop
done:
  %res = phi i32 [ 0, %entry ], [ %acc2, %next ]
  ret i32 %res
}

define i32 @main() {
  %r = call i32 @count(i32 20, i32 9)
  ret i32 %r
}
