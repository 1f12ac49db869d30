; Floating-point IR forms C rarely writes, through both routes (EdgeProgramTests): all 16 fcmp
; predicates for double and float, llvm.fpto[su]i.sat at odd widths, llvm.is.fpclass with every
; class bit, frem and math intrinsics calling the program's own C library functions (guest ABI
; §4), powi, fmuladd, copysign, fabs, fneg and 128-bit conversions, over a table of edge values.
; The classic route's llc expands several of these itself (is.fpclass, the saturating conversions,
; the predicates through libgcc's compare family), so agreement is a differential check of the
; direct route's lowering. Results are hashed into output words 1 and 2.
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

declare void @zisk_set_output(i32, i32)

@vals = global [14 x double] [double 0.0, double -0.0, double 1.5, double -2.75, double 300.7, double -129.5, double 1.0e300, double -1.0e300, double 0x7FF0000000000000, double 0xFFF0000000000000, double 0x7FF8000000000000, double 4.9e-324, double 0x41E0000000000000, double 0xC3E0000000000000]
@h = global i64 1469598103934665603

define void @mix(i64 %v) noinline {
  %o = load i64, ptr @h
  %x = xor i64 %o, %v
  %m = mul i64 %x, 1099511628211
  store i64 %m, ptr @h
  ret void
}

define double @sqrt(double %x) noinline {
  %r = fmul double %x, 5.0e-1
  ret double %r
}

define double @fmod(double %x, double %y) noinline {
  %d = fdiv double %x, %y
  %t = call i64 @llvm.fptosi.sat.i64.f64(double %d)
  %f = sitofp i64 %t to double
  %p = fmul double %f, %y
  %r = fsub double %x, %p
  ret double %r
}

define float @fminf(float %x, float %y) noinline {
  %c = fcmp olt float %x, %y
  %r = select i1 %c, float %x, float %y
  ret float %r
}

define void @mixd(double %x) {
  %b = bitcast double %x to i64
  call void @mix(i64 %b)
  ret void
}

define void @mixf(float %x) {
  %b = bitcast float %x to i32
  %z = zext i32 %b to i64
  call void @mix(i64 %z)
  ret void
}

define void @preds_double(double %a, double %b) noinline {
  %c0 = fcmp false double %a, %b
  %z0 = zext i1 %c0 to i64
  %s0 = shl i64 %z0, 0
  %m0 = or i64 0, %s0
  %c1 = fcmp oeq double %a, %b
  %z1 = zext i1 %c1 to i64
  %s1 = shl i64 %z1, 1
  %m1 = or i64 %m0, %s1
  %c2 = fcmp ogt double %a, %b
  %z2 = zext i1 %c2 to i64
  %s2 = shl i64 %z2, 2
  %m2 = or i64 %m1, %s2
  %c3 = fcmp oge double %a, %b
  %z3 = zext i1 %c3 to i64
  %s3 = shl i64 %z3, 3
  %m3 = or i64 %m2, %s3
  %c4 = fcmp olt double %a, %b
  %z4 = zext i1 %c4 to i64
  %s4 = shl i64 %z4, 4
  %m4 = or i64 %m3, %s4
  %c5 = fcmp ole double %a, %b
  %z5 = zext i1 %c5 to i64
  %s5 = shl i64 %z5, 5
  %m5 = or i64 %m4, %s5
  %c6 = fcmp one double %a, %b
  %z6 = zext i1 %c6 to i64
  %s6 = shl i64 %z6, 6
  %m6 = or i64 %m5, %s6
  %c7 = fcmp ord double %a, %b
  %z7 = zext i1 %c7 to i64
  %s7 = shl i64 %z7, 7
  %m7 = or i64 %m6, %s7
  %c8 = fcmp ueq double %a, %b
  %z8 = zext i1 %c8 to i64
  %s8 = shl i64 %z8, 8
  %m8 = or i64 %m7, %s8
  %c9 = fcmp ugt double %a, %b
  %z9 = zext i1 %c9 to i64
  %s9 = shl i64 %z9, 9
  %m9 = or i64 %m8, %s9
  %c10 = fcmp uge double %a, %b
  %z10 = zext i1 %c10 to i64
  %s10 = shl i64 %z10, 10
  %m10 = or i64 %m9, %s10
  %c11 = fcmp ult double %a, %b
  %z11 = zext i1 %c11 to i64
  %s11 = shl i64 %z11, 11
  %m11 = or i64 %m10, %s11
  %c12 = fcmp ule double %a, %b
  %z12 = zext i1 %c12 to i64
  %s12 = shl i64 %z12, 12
  %m12 = or i64 %m11, %s12
  %c13 = fcmp une double %a, %b
  %z13 = zext i1 %c13 to i64
  %s13 = shl i64 %z13, 13
  %m13 = or i64 %m12, %s13
  %c14 = fcmp uno double %a, %b
  %z14 = zext i1 %c14 to i64
  %s14 = shl i64 %z14, 14
  %m14 = or i64 %m13, %s14
  %c15 = fcmp true double %a, %b
  %z15 = zext i1 %c15 to i64
  %s15 = shl i64 %z15, 15
  %m15 = or i64 %m14, %s15
  call void @mix(i64 %m15)
  ret void
}

define void @preds_float(float %a, float %b) noinline {
  %c0 = fcmp false float %a, %b
  %z0 = zext i1 %c0 to i64
  %s0 = shl i64 %z0, 0
  %m0 = or i64 0, %s0
  %c1 = fcmp oeq float %a, %b
  %z1 = zext i1 %c1 to i64
  %s1 = shl i64 %z1, 1
  %m1 = or i64 %m0, %s1
  %c2 = fcmp ogt float %a, %b
  %z2 = zext i1 %c2 to i64
  %s2 = shl i64 %z2, 2
  %m2 = or i64 %m1, %s2
  %c3 = fcmp oge float %a, %b
  %z3 = zext i1 %c3 to i64
  %s3 = shl i64 %z3, 3
  %m3 = or i64 %m2, %s3
  %c4 = fcmp olt float %a, %b
  %z4 = zext i1 %c4 to i64
  %s4 = shl i64 %z4, 4
  %m4 = or i64 %m3, %s4
  %c5 = fcmp ole float %a, %b
  %z5 = zext i1 %c5 to i64
  %s5 = shl i64 %z5, 5
  %m5 = or i64 %m4, %s5
  %c6 = fcmp one float %a, %b
  %z6 = zext i1 %c6 to i64
  %s6 = shl i64 %z6, 6
  %m6 = or i64 %m5, %s6
  %c7 = fcmp ord float %a, %b
  %z7 = zext i1 %c7 to i64
  %s7 = shl i64 %z7, 7
  %m7 = or i64 %m6, %s7
  %c8 = fcmp ueq float %a, %b
  %z8 = zext i1 %c8 to i64
  %s8 = shl i64 %z8, 8
  %m8 = or i64 %m7, %s8
  %c9 = fcmp ugt float %a, %b
  %z9 = zext i1 %c9 to i64
  %s9 = shl i64 %z9, 9
  %m9 = or i64 %m8, %s9
  %c10 = fcmp uge float %a, %b
  %z10 = zext i1 %c10 to i64
  %s10 = shl i64 %z10, 10
  %m10 = or i64 %m9, %s10
  %c11 = fcmp ult float %a, %b
  %z11 = zext i1 %c11 to i64
  %s11 = shl i64 %z11, 11
  %m11 = or i64 %m10, %s11
  %c12 = fcmp ule float %a, %b
  %z12 = zext i1 %c12 to i64
  %s12 = shl i64 %z12, 12
  %m12 = or i64 %m11, %s12
  %c13 = fcmp une float %a, %b
  %z13 = zext i1 %c13 to i64
  %s13 = shl i64 %z13, 13
  %m13 = or i64 %m12, %s13
  %c14 = fcmp uno float %a, %b
  %z14 = zext i1 %c14 to i64
  %s14 = shl i64 %z14, 14
  %m14 = or i64 %m13, %s14
  %c15 = fcmp true float %a, %b
  %z15 = zext i1 %c15 to i64
  %s15 = shl i64 %z15, 15
  %m15 = or i64 %m14, %s15
  call void @mix(i64 %m15)
  ret void
}

define void @classes_double(double %a) noinline {
  %c0 = call i1 @llvm.is.fpclass.f64(double %a, i32 1)
  %z0 = zext i1 %c0 to i64
  %s0 = shl i64 %z0, 0
  %m0 = or i64 0, %s0
  %c1 = call i1 @llvm.is.fpclass.f64(double %a, i32 2)
  %z1 = zext i1 %c1 to i64
  %s1 = shl i64 %z1, 1
  %m1 = or i64 %m0, %s1
  %c2 = call i1 @llvm.is.fpclass.f64(double %a, i32 4)
  %z2 = zext i1 %c2 to i64
  %s2 = shl i64 %z2, 2
  %m2 = or i64 %m1, %s2
  %c3 = call i1 @llvm.is.fpclass.f64(double %a, i32 8)
  %z3 = zext i1 %c3 to i64
  %s3 = shl i64 %z3, 3
  %m3 = or i64 %m2, %s3
  %c4 = call i1 @llvm.is.fpclass.f64(double %a, i32 16)
  %z4 = zext i1 %c4 to i64
  %s4 = shl i64 %z4, 4
  %m4 = or i64 %m3, %s4
  %c5 = call i1 @llvm.is.fpclass.f64(double %a, i32 32)
  %z5 = zext i1 %c5 to i64
  %s5 = shl i64 %z5, 5
  %m5 = or i64 %m4, %s5
  %c6 = call i1 @llvm.is.fpclass.f64(double %a, i32 64)
  %z6 = zext i1 %c6 to i64
  %s6 = shl i64 %z6, 6
  %m6 = or i64 %m5, %s6
  %c7 = call i1 @llvm.is.fpclass.f64(double %a, i32 128)
  %z7 = zext i1 %c7 to i64
  %s7 = shl i64 %z7, 7
  %m7 = or i64 %m6, %s7
  %c8 = call i1 @llvm.is.fpclass.f64(double %a, i32 256)
  %z8 = zext i1 %c8 to i64
  %s8 = shl i64 %z8, 8
  %m8 = or i64 %m7, %s8
  %c9 = call i1 @llvm.is.fpclass.f64(double %a, i32 512)
  %z9 = zext i1 %c9 to i64
  %s9 = shl i64 %z9, 9
  %m9 = or i64 %m8, %s9
  %c10 = call i1 @llvm.is.fpclass.f64(double %a, i32 3)
  %z10 = zext i1 %c10 to i64
  %s10 = shl i64 %z10, 10
  %m10 = or i64 %m9, %s10
  %c11 = call i1 @llvm.is.fpclass.f64(double %a, i32 1020)
  %z11 = zext i1 %c11 to i64
  %s11 = shl i64 %z11, 11
  %m11 = or i64 %m10, %s11
  %c12 = call i1 @llvm.is.fpclass.f64(double %a, i32 516)
  %z12 = zext i1 %c12 to i64
  %s12 = shl i64 %z12, 12
  %m12 = or i64 %m11, %s12
  %c13 = call i1 @llvm.is.fpclass.f64(double %a, i32 96)
  %z13 = zext i1 %c13 to i64
  %s13 = shl i64 %z13, 13
  %m13 = or i64 %m12, %s13
  call void @mix(i64 %m13)
  ret void
}

define void @classes_float(float %a) noinline {
  %c0 = call i1 @llvm.is.fpclass.f32(float %a, i32 1)
  %z0 = zext i1 %c0 to i64
  %s0 = shl i64 %z0, 0
  %m0 = or i64 0, %s0
  %c1 = call i1 @llvm.is.fpclass.f32(float %a, i32 2)
  %z1 = zext i1 %c1 to i64
  %s1 = shl i64 %z1, 1
  %m1 = or i64 %m0, %s1
  %c2 = call i1 @llvm.is.fpclass.f32(float %a, i32 4)
  %z2 = zext i1 %c2 to i64
  %s2 = shl i64 %z2, 2
  %m2 = or i64 %m1, %s2
  %c3 = call i1 @llvm.is.fpclass.f32(float %a, i32 8)
  %z3 = zext i1 %c3 to i64
  %s3 = shl i64 %z3, 3
  %m3 = or i64 %m2, %s3
  %c4 = call i1 @llvm.is.fpclass.f32(float %a, i32 16)
  %z4 = zext i1 %c4 to i64
  %s4 = shl i64 %z4, 4
  %m4 = or i64 %m3, %s4
  %c5 = call i1 @llvm.is.fpclass.f32(float %a, i32 32)
  %z5 = zext i1 %c5 to i64
  %s5 = shl i64 %z5, 5
  %m5 = or i64 %m4, %s5
  %c6 = call i1 @llvm.is.fpclass.f32(float %a, i32 64)
  %z6 = zext i1 %c6 to i64
  %s6 = shl i64 %z6, 6
  %m6 = or i64 %m5, %s6
  %c7 = call i1 @llvm.is.fpclass.f32(float %a, i32 128)
  %z7 = zext i1 %c7 to i64
  %s7 = shl i64 %z7, 7
  %m7 = or i64 %m6, %s7
  %c8 = call i1 @llvm.is.fpclass.f32(float %a, i32 256)
  %z8 = zext i1 %c8 to i64
  %s8 = shl i64 %z8, 8
  %m8 = or i64 %m7, %s8
  %c9 = call i1 @llvm.is.fpclass.f32(float %a, i32 512)
  %z9 = zext i1 %c9 to i64
  %s9 = shl i64 %z9, 9
  %m9 = or i64 %m8, %s9
  %c10 = call i1 @llvm.is.fpclass.f32(float %a, i32 3)
  %z10 = zext i1 %c10 to i64
  %s10 = shl i64 %z10, 10
  %m10 = or i64 %m9, %s10
  %c11 = call i1 @llvm.is.fpclass.f32(float %a, i32 1020)
  %z11 = zext i1 %c11 to i64
  %s11 = shl i64 %z11, 11
  %m11 = or i64 %m10, %s11
  %c12 = call i1 @llvm.is.fpclass.f32(float %a, i32 516)
  %z12 = zext i1 %c12 to i64
  %s12 = shl i64 %z12, 12
  %m12 = or i64 %m11, %s12
  %c13 = call i1 @llvm.is.fpclass.f32(float %a, i32 96)
  %z13 = zext i1 %c13 to i64
  %s13 = shl i64 %z13, 13
  %m13 = or i64 %m12, %s13
  call void @mix(i64 %m13)
  ret void
}

define void @conversions(double %a) noinline {
  %f = fptrunc double %a to float
  %q0 = call i8 @llvm.fptosi.sat.i8.f64(double %a)
  %e0 = sext i8 %q0 to i64
  call void @mix(i64 %e0)
  %q1 = call i8 @llvm.fptoui.sat.i8.f64(double %a)
  %e1 = zext i8 %q1 to i64
  call void @mix(i64 %e1)
  %q2 = call i32 @llvm.fptosi.sat.i32.f32(float %f)
  %e2 = sext i32 %q2 to i64
  call void @mix(i64 %e2)
  %q3 = call i64 @llvm.fptoui.sat.i64.f64(double %a)
  call void @mix(i64 %q3)
  %q4 = call i16 @llvm.fptosi.sat.i16.f32(float %f)
  %e4 = sext i16 %q4 to i64
  call void @mix(i64 %e4)
  %q5 = call i1 @llvm.fptoui.sat.i1.f64(double %a)
  %e5 = zext i1 %q5 to i64
  call void @mix(i64 %e5)
  %q6 = call i33 @llvm.fptosi.sat.i33.f64(double %a)
  %e6 = sext i33 %q6 to i64
  call void @mix(i64 %e6)
  %q7 = call i64 @llvm.fptosi.sat.i64.f32(float %f)
  call void @mix(i64 %q7)
  %q8 = call i32 @llvm.fptoui.sat.i32.f64(double %a)
  %e8 = zext i32 %q8 to i64
  call void @mix(i64 %e8)
  %w = call i128 @llvm.fptosi.sat.i128.f64(double %a)
  %wl = trunc i128 %w to i64
  %wh0 = lshr i128 %w, 64
  %wh = trunc i128 %wh0 to i64
  call void @mix(i64 %wl)
  call void @mix(i64 %wh)
  %u = call i128 @llvm.fptoui.sat.i128.f32(float %f)
  %ul = trunc i128 %u to i64
  call void @mix(i64 %ul)
  %bits = bitcast double %a to i64
  %wide = sext i64 %bits to i128
  %wide2 = shl i128 %wide, 20
  %fw = sitofp i128 %wide2 to double
  call void @mixd(double %fw)
  %fu = uitofp i128 %wide2 to float
  call void @mixf(float %fu)
  %n7 = trunc i64 %bits to i7
  %f7 = sitofp i7 %n7 to float
  call void @mixf(float %f7)
  %n1 = trunc i64 %bits to i1
  %f1 = uitofp i1 %n1 to double
  call void @mixd(double %f1)
  %x = fpext float %f to double
  call void @mixd(double %x)
  ret void
}

define void @math(double %a, double %b) noinline {
  %f = fptrunc double %a to float
  %g = fptrunc double %b to float
  %r = frem double %a, %b
  call void @mixd(double %r)
  %s = call double @llvm.sqrt.f64(double %a)
  call void @mixd(double %s)
  %mn = call float @llvm.minnum.f32(float %f, float %g)
  call void @mixf(float %mn)
  %p3 = call double @llvm.powi.f64.i32(double %a, i32 3)
  call void @mixd(double %p3)
  %pm = call float @llvm.powi.f32.i32(float %f, i32 -2)
  call void @mixf(float %pm)
  %fm = call double @llvm.fmuladd.f64(double %a, double %b, double 1.0)
  call void @mixd(double %fm)
  %cs = call double @llvm.copysign.f64(double %a, double %b)
  call void @mixd(double %cs)
  %ab = call float @llvm.fabs.f32(float %f)
  call void @mixf(float %ab)
  %ng = fneg double %a
  call void @mixd(double %ng)
  %nf = fneg float %g
  call void @mixf(float %nf)
  ret void
}

define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i1, %outer.next ]
  %pa = getelementptr [14 x double], ptr @vals, i64 0, i64 %i
  %a = load double, ptr %pa
  call void @classes_double(double %a)
  %af = fptrunc double %a to float
  call void @classes_float(float %af)
  call void @conversions(double %a)
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
  %pb = getelementptr [14 x double], ptr @vals, i64 0, i64 %j
  %b = load double, ptr %pb
  call void @preds_double(double %a, double %b)
  %bf = fptrunc double %b to float
  call void @preds_float(float %af, float %bf)
  call void @math(double %a, double %b)
  %j1 = add i64 %j, 1
  %jd = icmp eq i64 %j1, 14
  br i1 %jd, label %outer.next, label %inner
outer.next:
  %i1 = add i64 %i, 1
  %id = icmp eq i64 %i1, 14
  br i1 %id, label %done, label %outer
done:
  %hv = load i64, ptr @h
  %lo = trunc i64 %hv to i32
  %hi0 = lshr i64 %hv, 32
  %hi = trunc i64 %hi0 to i32
  call void @zisk_set_output(i32 1, i32 %lo)
  call void @zisk_set_output(i32 2, i32 %hi)
  ret i32 0
}
