; Filetest: narrow scalar globals kept as whole extended 8-byte words (WideScalars): i8/i16/i32 with
; negative initial values, signed and unsigned readers, stores of values with garbage above their
; width, volatile accesses; a global whose address escapes and one read at an offset stay as they are.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

@s32 = global i32 -5          ; signed readers: the word holds it sign-extended
@u16 = global i16 -2          ; unsigned readers: zero-extended (0xfffe)
@b8 = global i8 200
@esc = global i32 7           ; address escapes: not widened
@part = global i32 1          ; read at an offset: not widened
@p = global ptr @esc

define void @bump(i64 %big) noinline {
  %t = trunc i64 %big to i32             ; garbage above bit 31 in the register
  %x = load i32, ptr @s32
  %y = add i32 %x, %t
  store i32 %y, ptr @s32
  %t16 = trunc i64 %big to i16
  store volatile i16 %t16, ptr @u16
  %b = load i8, ptr @b8
  %c = add i8 %b, 100                    ; wraps: 300 mod 256
  store i8 %c, ptr @b8
  ret void
}

define i32 @main() {
  %s0 = load i32, ptr @s32
  %neg = icmp slt i32 %s0, 0             ; -5 < 0
  %n = zext i1 %neg to i32
  call void @zisk_set_output(i32 1, i32 %n)
  call void @bump(i64 u0x1234567800000003) ; s32 = -5 + 3 = -2
  %s1 = load i32, ptr @s32
  %lt = icmp slt i32 %s1, -1
  %l = zext i1 %lt to i32
  call void @zisk_set_output(i32 2, i32 %l)
  %s64 = sext i32 %s1 to i64
  %sh = lshr i64 %s64, 32                ; 0xffffffff if sign-extended correctly
  %st = trunc i64 %sh to i32
  call void @zisk_set_output(i32 3, i32 %st)
  %u = load volatile i16, ptr @u16
  %uz = zext i16 %u to i32               ; 3 (the low 16 bits of the argument)
  %ugt = icmp ugt i16 %u, 2
  %g = zext i1 %ugt to i32
  %uo = add i32 %uz, %g
  call void @zisk_set_output(i32 4, i32 %uo)
  %b = load i8, ptr @b8
  %bz = zext i8 %b to i32                ; 44
  call void @zisk_set_output(i32 5, i32 %bz)
  %q = load ptr, ptr @p
  store i32 9, ptr %q
  %e = load i32, ptr @esc
  call void @zisk_set_output(i32 6, i32 %e)
  %pp = getelementptr i8, ptr @part, i64 1
  %pb = load i8, ptr %pp
  %pz = zext i8 %pb to i32
  %pw = load i32, ptr @part
  %po = add i32 %pz, %pw
  call void @zisk_set_output(i32 7, i32 %po)
  ret i32 0
}
