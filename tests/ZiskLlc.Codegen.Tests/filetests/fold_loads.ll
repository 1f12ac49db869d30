; Filetest: loads of 8-byte globals folded into their users' memory operands (pass `fold`), also
; in the blocks entered only from the load's block — and every case where they must not be: the same
; word stored in between, a store through a pointer (in the block or on the path to a later block), a
; call, a use in a block with another predecessor, more than four users.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

@a = global i64 5
@b = global i64 7
@c = global i64 0

define void @bump() noinline {
  %x = load i64, ptr @a
  %y = add i64 %x, 100
  store i64 %y, ptr @a
  ret void
}

; folds: both loads read straight into the add; the store to @c does not touch @a or @b
define i64 @fold_ok() noinline {
  %x = load i64, ptr @a
  %y = load i64, ptr @b
  store i64 1, ptr @c
  %s = add i64 %x, %y
  ret i64 %s
}

; must not fold: @a is written between the load and its use
define i64 @same_word() noinline {
  %x = load i64, ptr @a
  store i64 1000, ptr @a
  %s = add i64 %x, 1
  ret i64 %s
}

; must not fold: a store through a pointer may write @b
define i64 @through_pointer(ptr %p) noinline {
  %x = load i64, ptr @b
  store i64 2000, ptr %p
  %s = add i64 %x, 1
  ret i64 %s
}

; must not fold: the call writes @a
define i64 @across_call() noinline {
  %x = load i64, ptr @a
  call void @bump()
  %s = add i64 %x, 1
  ret i64 %s
}

; the branch compares memory with memory in one step
define i64 @branch() noinline {
  %x = load i64, ptr @a
  %y = load i64, ptr @b
  %lt = icmp slt i64 %x, %y
  br i1 %lt, label %t, label %f
t:
  ret i64 1
f:
  ret i64 2
}

; used in a block entered only from the load's block: folded there
define i64 @other_block(i1 %f) noinline {
  %x = load i64, ptr @b
  br i1 %f, label %t, label %e
t:
  %s = add i64 %x, 3
  ret i64 %s
e:
  ret i64 0
}

; used in a block with another predecessor: stays a load
define i64 @join_block(i1 %f) noinline {
entry:
  %x = load i64, ptr @b
  br i1 %f, label %t, label %j
t:
  store i64 1, ptr @a
  br label %j
j:
  %s = add i64 %x, 3
  ret i64 %s
}

; a store through a pointer on the path to the later use: stays a load
define i64 @store_on_path(i1 %f, ptr %p) noinline {
entry:
  %x = load i64, ptr @b
  br i1 %f, label %t, label %e
t:
  store i64 100, ptr %p
  %s = add i64 %x, 3
  ret i64 %s
e:
  ret i64 %x
}

define i32 @main() {
  %r1 = call i64 @fold_ok()
  %t1 = trunc i64 %r1 to i32
  call void @zisk_set_output(i32 1, i32 %t1)
  %r2 = call i64 @same_word()
  %t2 = trunc i64 %r2 to i32
  call void @zisk_set_output(i32 2, i32 %t2)
  %r3 = call i64 @through_pointer(ptr @b)
  %t3 = trunc i64 %r3 to i32
  call void @zisk_set_output(i32 3, i32 %t3)
  %r4 = call i64 @across_call()
  %t4 = trunc i64 %r4 to i32
  call void @zisk_set_output(i32 4, i32 %t4)
  %r5 = call i64 @branch()
  %t5 = trunc i64 %r5 to i32
  call void @zisk_set_output(i32 5, i32 %t5)
  %r6 = call i64 @other_block(i1 true)
  %t6 = trunc i64 %r6 to i32
  call void @zisk_set_output(i32 6, i32 %t6)
  %r7 = call i64 @join_block(i1 true)
  %t8 = trunc i64 %r7 to i32
  call void @zisk_set_output(i32 7, i32 %t8)
  %r8 = call i64 @store_on_path(i1 true, ptr @b)
  %t9 = trunc i64 %r8 to i32
  call void @zisk_set_output(i32 8, i32 %t9)
  %c = load i64, ptr @c
  %t7 = trunc i64 %c to i32
  ret i32 %t7
}
