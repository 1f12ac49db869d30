; Filetest: pass `rebase` — reads after an induction step take the stepped value, so the induction
; variable dies at the step and the back-edge copy coalesces away. @scan: the load after the step
; reads [next − 4], the exit's copy becomes add next, −4. @down: the load comes before the step
; (unchanged), the exit's copy is rewritten. @kept: the old value is compared after the step (a
; terminator read), so nothing is rewritten and the copy stays.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

@arr = global [12 x i32] [i32 1, i32 2, i32 3, i32 5, i32 8, i32 13, i32 21, i32 34, i32 55, i32 89, i32 144, i32 233]

define i64 @scan(ptr %p, i32 %x) noinline {
entry:
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q.next, %loop ]
  %q.next = getelementptr i32, ptr %q, i64 1
  %v = load i32, ptr %q
  %c = icmp slt i32 %v, %x
  br i1 %c, label %loop, label %exit
exit:
  %q.lcssa = phi ptr [ %q, %loop ]
  %d = ptrtoint ptr %q.lcssa to i64
  %b = ptrtoint ptr %p to i64
  %n = sub i64 %d, %b
  ret i64 %n
}

define i32 @down(ptr %end, i32 %x) noinline {
entry:
  br label %loop
loop:
  %r = phi ptr [ %end, %entry ], [ %r.next, %loop ]
  %g = getelementptr i32, ptr %r, i64 -1
  %w = load i32, ptr %g
  %r.next = getelementptr i32, ptr %r, i64 -2
  %c = icmp sgt i32 %w, %x
  br i1 %c, label %loop, label %exit
exit:
  %r.lcssa = phi ptr [ %r, %loop ]
  %w.lcssa = phi i32 [ %w, %loop ]
  %at = load i32, ptr %r.lcssa
  %s = add i32 %at, %w.lcssa
  ret i32 %s
}

define i64 @kept(ptr %p, ptr %e) noinline {
entry:
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %q.next = getelementptr i32, ptr %q, i64 1
  %v = load i32, ptr %q
  %v64 = sext i32 %v to i64
  %acc.next = add i64 %acc, %v64
  %c = icmp ult ptr %q, %e
  br i1 %c, label %loop, label %exit
exit:
  ret i64 %acc.next
}

define i32 @main() {
  %n = call i64 @scan(ptr @arr, i32 20)
  %n32 = trunc i64 %n to i32
  call void @zisk_set_output(i32 1, i32 %n32)
  %end = getelementptr i32, ptr @arr, i64 12
  %s = call i32 @down(ptr %end, i32 10)
  call void @zisk_set_output(i32 2, i32 %s)
  %last = getelementptr i32, ptr @arr, i64 9
  %t = call i64 @kept(ptr @arr, ptr %last)
  %t32 = trunc i64 %t to i32
  call void @zisk_set_output(i32 3, i32 %t32)
  ret i32 0
}
