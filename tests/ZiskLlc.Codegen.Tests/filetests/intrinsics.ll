; Filetest: integer intrinsics: min/max, abs, bit counts, byte swap, funnel shift, overflow and
; saturating arithmetic, three-way compare.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i64 @llvm.smax.i64(i64, i64)
declare i32 @llvm.abs.i32(i32, i1)
declare i64 @llvm.ctpop.i64(i64)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i64 @llvm.cttz.i64(i64, i1)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i8 @llvm.scmp.i8.i32(i32, i32)

define i32 @f(i32 %a, i64 %b) noinline {
  %1 = call i32 @llvm.umin.i32(i32 %a, i32 1000)
  %2 = call i64 @llvm.smax.i64(i64 %b, i64 -3)
  %3 = call i32 @llvm.abs.i32(i32 %a, i1 false)
  %4 = call i64 @llvm.ctpop.i64(i64 %b)
  %5 = call i32 @llvm.ctlz.i32(i32 %a, i1 false)
  %6 = call i64 @llvm.cttz.i64(i64 %b, i1 false)
  %7 = call i32 @llvm.bswap.i32(i32 %a)
  %8 = call i32 @llvm.fshl.i32(i32 %a, i32 %7, i32 %5)
  %9 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %b, i64 %b)
  %o = extractvalue { i64, i1 } %9, 1
  %a16 = trunc i32 %a to i16
  %10 = call i16 @llvm.sadd.sat.i16(i16 %a16, i16 30000)
  %11 = call i8 @llvm.scmp.i8.i32(i32 %a, i32 %1)
  %s1 = trunc i64 %2 to i32
  %s2 = trunc i64 %4 to i32
  %s3 = trunc i64 %6 to i32
  %s4 = zext i1 %o to i32
  %s5 = sext i16 %10 to i32
  %s6 = sext i8 %11 to i32
  %x1 = add i32 %1, %s1
  %x2 = xor i32 %x1, %3
  %x3 = add i32 %x2, %s2
  %x4 = mul i32 %x3, %s3
  %x5 = add i32 %x4, %8
  %x6 = add i32 %x5, %s4
  %x7 = xor i32 %x6, %s5
  %x8 = add i32 %x7, %s6
  ret i32 %x8
}

define i32 @main() {
  %r = call i32 @f(i32 -123456, i64 8589934592)
  %r2 = call i32 @f(i32 77, i64 -1)
  call void @zisk_set_output(i32 1, i32 %r2)
  ret i32 %r
}
