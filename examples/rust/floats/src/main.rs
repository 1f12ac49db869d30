//! Floating point in a guest (soft float in both routes, runtime/riscv/softfloat.c): statistics over
//! the input's f64 values (one record of little-endian bit patterns): a compensated sum, the mean,
//! the variance, a square root by Newton's method (core has no sqrt), min and max (f64::min/max are
//! llvm.minnum/maxnum: the C library's fmin/fmax), remainders (`%` is frem: fmod), an f32 dot
//! product, and saturating `as` conversions. Values are printed as their bits, and the mean and
//! standard deviation with four decimals. Public output 0: the mean × 1000 as i32; 1, 2: the bits of
//! the standard deviation.
#![no_std]
#![no_main]
zisk_rt::entrypoint!(main);

extern crate alloc;

use alloc::vec::Vec;
use zisk_rt::{println, read_input_slice, set_output};

fn newton_sqrt(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let mut r = if x > 1.0 { x } else { 1.0 };
    for _ in 0..80 {
        r = 0.5 * (r + x / r);
    }
    r
}

fn main() {
    let xs: Vec<f64> = read_input_slice()
        .chunks_exact(8)
        .map(|c| f64::from_bits(u64::from_le_bytes(c.try_into().expect("8 bytes"))))
        .collect();
    let n = xs.len() as f64;
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for &x in &xs {
        let y = x - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    let mean = sum / n;
    let var = xs.iter().fold(0.0f64, |a, &x| a + (x - mean) * (x - mean)) / n;
    let sd = newton_sqrt(var);
    let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let rem = xs.iter().fold(0.0f64, |a, &x| a + x % 7.5);
    let dot: f32 = xs.iter().zip(xs.iter().rev()).fold(0.0f32, |a, (&x, &y)| a + (x as f32) * (y as f32));
    let milli: Vec<i32> = xs.iter().map(|&x| (x * 1000.0) as i32).collect();
    let bytes: Vec<u8> = xs.iter().map(|&x| x as u8).collect();
    let wide: Vec<u64> = xs.iter().map(|&x| x as u64).collect();
    println!("n = {}", xs.len());
    println!("sum {:016x} mean {:016x} var {:016x} sd {:016x}", sum.to_bits(), mean.to_bits(), var.to_bits(), sd.to_bits());
    println!("min {:016x} max {:016x} rem {:016x} dot {:08x}", lo.to_bits(), hi.to_bits(), rem.to_bits(), dot.to_bits());
    println!("as i32 {:?}", milli);
    println!("as u8 {:?}", bytes);
    println!("as u64 {:?}", wide);
    println!("mean = {:.4}, sd = {:.4}", mean, sd);
    set_output(0, (mean * 1000.0) as i32 as u32);
    set_output(1, sd.to_bits() as u32);
    set_output(2, (sd.to_bits() >> 32) as u32);
}
