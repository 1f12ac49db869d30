; Filetest: pass `seladdr` — an access through a select of two addresses is done in the select's
; arms with the address in the displacement, and an operation that is a select's one reader is
; computed in each arm. @pick2: (c ? A : B)[i + j], the offsets added before the branch; @pick1: one
; offset; @put: a store; @twice: the selected address is read twice, so it stays a value and nothing
; moves; @nonconst: one arm is not an immediate address, so the add (not the access) moves into the arms;
; @subsel: x − (c ? m : 0) in each arm; @twouse: a select read twice stays as it is.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

@A = global [8 x i8] c"\01\02\03\04\05\06\07\08"
@B = global [8 x i8] c"\10\20\30\40\50\60\70\80"

define i32 @pick2(i1 %c, i64 %i, i64 %j) noinline {
  %s = select i1 %c, ptr @A, ptr @B
  %g1 = getelementptr i8, ptr %s, i64 %i
  %g2 = getelementptr i8, ptr %g1, i64 %j
  %v = load i8, ptr %g2
  %z = zext i8 %v to i32
  ret i32 %z
}

define i32 @pick1(i1 %c, i64 %i) noinline {
  %s = select i1 %c, ptr @A, ptr @B
  %g = getelementptr i8, ptr %s, i64 %i
  %v = load i8, ptr %g
  %z = zext i8 %v to i32
  ret i32 %z
}

define void @put(i1 %c, i64 %i, i8 %x) noinline {
  %s = select i1 %c, ptr @A, ptr @B
  %g = getelementptr i8, ptr %s, i64 %i
  store i8 %x, ptr %g
  ret void
}

define i32 @twice(i1 %c, i64 %i) noinline {
  %s = select i1 %c, ptr @A, ptr @B
  %g = getelementptr i8, ptr %s, i64 %i
  %v = load i8, ptr %g
  %w = load i8, ptr %s
  %z = zext i8 %v to i32
  %y = zext i8 %w to i32
  %r = add i32 %z, %y
  ret i32 %r
}

define i32 @nonconst(i1 %c, ptr %p, i64 %i) noinline {
  %s = select i1 %c, ptr @A, ptr %p
  %g = getelementptr i8, ptr %s, i64 %i
  %v = load i8, ptr %g
  %z = zext i8 %v to i32
  ret i32 %z
}

define i64 @subsel(i1 %c, i64 %x, i64 %m) noinline {
  %s = select i1 %c, i64 %m, i64 0
  %r = sub i64 %x, %s
  ret i64 %r
}

define i64 @twouse(i1 %c, i64 %x, i64 %m) noinline {
  %s = select i1 %c, i64 %m, i64 7
  %r = sub i64 %x, %s
  %q = mul i64 %r, %s
  ret i64 %q
}

define i32 @main() {
  %a = call i32 @pick2(i1 true, i64 2, i64 3)
  call void @zisk_set_output(i32 1, i32 %a)
  %b = call i32 @pick2(i1 false, i64 1, i64 1)
  call void @zisk_set_output(i32 2, i32 %b)
  %c = call i32 @pick1(i1 false, i64 7)
  call void @zisk_set_output(i32 3, i32 %c)
  call void @put(i1 true, i64 0, i8 99)
  call void @put(i1 false, i64 1, i8 77)
  %d = call i32 @twice(i1 true, i64 1)
  call void @zisk_set_output(i32 4, i32 %d)
  %e = call i32 @twice(i1 false, i64 1)
  call void @zisk_set_output(i32 5, i32 %e)
  %f = call i32 @nonconst(i1 false, ptr @B, i64 6)
  call void @zisk_set_output(i32 6, i32 %f)
  %g0 = call i64 @subsel(i1 true, i64 50, i64 8)
  %g1 = call i64 @subsel(i1 false, i64 50, i64 8)
  %g2 = call i64 @twouse(i1 true, i64 50, i64 8)
  %g3 = call i64 @twouse(i1 false, i64 50, i64 8)
  %h0 = add i64 %g0, %g1
  %h0t = trunc i64 %h0 to i32
  call void @zisk_set_output(i32 7, i32 %h0t)
  %h1 = add i64 %g2, %g3
  %h1t = trunc i64 %h1 to i32
  call void @zisk_set_output(i32 8, i32 %h1t)
  ret i32 0
}
