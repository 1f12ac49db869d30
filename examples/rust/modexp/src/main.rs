//! Big-integer modular arithmetic on u128/i128:
//!  * b^e mod m for 64-bit moduli, each product reduced with a u128 remainder (__umodti3);
//!  * the inverse of b mod m by the extended Euclidean algorithm on i128 (__divti3, __modti3);
//!  * a 256-bit b^e mod m (odd m) by Montgomery multiplication on four u64 limbs with u128 products.
//! Input (one record): u64 count n, then n triples (b, e, m) of u64, then the 256-bit b, e, m, each
//! 32 bytes little-endian. Prints one line per result; public outputs 0..7: the 256-bit result as
//! little-endian u32 words.
#![no_std]
#![no_main]
zisk_rt::entrypoint!(main);

use zisk_rt::{println, read_input_slice, set_output};

fn modpow64(b: u64, mut e: u64, m: u64) -> u64 {
    let m = m as u128;
    let mut base = b as u128 % m;
    let mut acc = 1u128 % m;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * base % m;
        }
        base = base * base % m;
        e >>= 1;
    }
    acc as u64
}

fn inverse(a: u64, m: u64) -> Option<u64> {
    let (mut old_r, mut r) = (a as i128, m as i128);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    if old_r != 1 {
        return None;
    }
    Some(old_s.rem_euclid(m as i128) as u64)
}

type U256 = [u64; 4];

fn geq(a: &U256, b: &U256) -> bool {
    for i in (0..4).rev() {
        if a[i] != b[i] {
            return a[i] > b[i];
        }
    }
    true
}

fn sub(a: &U256, b: &U256) -> U256 {
    let mut r = [0u64; 4];
    let mut borrow = 0u64;
    for i in 0..4 {
        let (d, b1) = a[i].overflowing_sub(b[i]);
        let (d, b2) = d.overflowing_sub(borrow);
        r[i] = d;
        borrow = (b1 | b2) as u64;
    }
    r
}

/// 2a mod m for a < m.
fn double_mod(a: &U256, m: &U256) -> U256 {
    let carry = a[3] >> 63;
    let r = [a[0] << 1, a[1] << 1 | a[0] >> 63, a[2] << 1 | a[1] >> 63, a[3] << 1 | a[2] >> 63];
    if carry == 1 || geq(&r, m) { sub(&r, m) } else { r }
}

/// a·b·2^-256 mod m (CIOS Montgomery multiplication); minv = -m^-1 mod 2^64.
fn mont_mul(a: &U256, b: &U256, m: &U256, minv: u64) -> U256 {
    let mut t = [0u64; 6];
    for i in 0..4 {
        let mut c = 0u64;
        for j in 0..4 {
            let s = t[j] as u128 + a[j] as u128 * b[i] as u128 + c as u128;
            t[j] = s as u64;
            c = (s >> 64) as u64;
        }
        let s = t[4] as u128 + c as u128;
        t[4] = s as u64;
        t[5] = (s >> 64) as u64;
        let u = t[0].wrapping_mul(minv);
        let s = t[0] as u128 + u as u128 * m[0] as u128;
        let mut c = (s >> 64) as u64;
        for j in 1..4 {
            let s = t[j] as u128 + u as u128 * m[j] as u128 + c as u128;
            t[j - 1] = s as u64;
            c = (s >> 64) as u64;
        }
        let s = t[4] as u128 + c as u128;
        t[3] = s as u64;
        t[4] = t[5] + (s >> 64) as u64;
    }
    let r = [t[0], t[1], t[2], t[3]];
    if t[4] != 0 || geq(&r, m) { sub(&r, m) } else { r }
}

fn modpow256(b: &U256, e: &U256, m: &U256) -> U256 {
    let mut inv = 1u64; // m[0]^-1 mod 2^64 by Newton's iteration (m odd)
    for _ in 0..6 {
        inv = inv.wrapping_mul(2u64.wrapping_sub(m[0].wrapping_mul(inv)));
    }
    let minv = inv.wrapping_neg();
    let mut r = [1u64, 0, 0, 0]; // R = 2^256 mod m, then R^2 mod m, by doubling
    if geq(&r, m) {
        r = sub(&r, m);
    }
    for _ in 0..256 {
        r = double_mod(&r, m);
    }
    let one_m = r;
    for _ in 0..256 {
        r = double_mod(&r, m);
    }
    let base = mont_mul(b, &r, m, minv);
    let mut x = one_m;
    for i in (0..256).rev() {
        x = mont_mul(&x, &x, m, minv);
        if e[i / 64] >> (i % 64) & 1 == 1 {
            x = mont_mul(&x, &base, m, minv);
        }
    }
    mont_mul(&x, &[1, 0, 0, 0], m, minv)
}

fn u64_at(bytes: &[u8], off: usize) -> u64 {
    u64::from_le_bytes(bytes[off..off + 8].try_into().unwrap())
}

fn u256_at(bytes: &[u8], off: usize) -> U256 {
    [u64_at(bytes, off), u64_at(bytes, off + 8), u64_at(bytes, off + 16), u64_at(bytes, off + 24)]
}

fn main() {
    let input = read_input_slice();
    let n = u64_at(input, 0) as usize;
    for k in 0..n {
        let off = 8 + 24 * k;
        let (b, e, m) = (u64_at(input, off), u64_at(input, off + 8), u64_at(input, off + 16));
        println!("{}^{} mod {} = {}", b, e, m, modpow64(b, e, m));
        match inverse(b, m) {
            Some(x) => println!("1/{} mod {} = {}", b, m, x),
            None => println!("1/{} mod {}: none", b, m),
        }
    }
    let off = 8 + 24 * n;
    let (b, e, m) = (u256_at(input, off), u256_at(input, off + 32), u256_at(input, off + 64));
    let r = modpow256(&b, &e, &m);
    println!("modexp256 = 0x{:016x}{:016x}{:016x}{:016x}", r[3], r[2], r[1], r[0]);
    for i in 0..8 {
        set_output(i, (r[i / 2] >> (32 * (i % 2))) as u32);
    }
}
