//! ZisK's hello-world workload: the SHA-256 of a 32-byte value, n times over (starting from 32 zero
//! bytes), n read from the input as a little-endian u64. The hash goes to public outputs 0..7 (big-
//! endian words, as ZisK's own example) and is printed. Every compression is one sha256 precompile
//! call (zisk_rt::sha256: a 32-byte message and its padding fill one 64-byte block).
#![no_std]
#![no_main]
zisk_rt::entrypoint!(main);

use zisk_rt::{println, read_input, set_output};

fn main() {
    let input = read_input();
    let n = u64::from_le_bytes(input.as_slice().try_into().expect("the input is a u64 (8 bytes)"));

    let mut hash = [0u8; 32];
    for _ in 0..n {
        hash = zisk_rt::sha256(&hash);
    }

    for i in 0..8 {
        set_output(i, u32::from_be_bytes(hash[4 * i..4 * i + 4].try_into().unwrap()));
    }
    println!("sha256^{}(0^32) = {}", n, Hex(&hash));
}

struct Hex<'a>(&'a [u8]);

impl core::fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{:02x}", b))
    }
}
