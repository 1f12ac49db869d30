//! ZisK's hello world: the SHA-256 of the 32-byte hash, n times over (starting from 32 zero bytes),
//! n read from the input as a little-endian u64; the hash goes to public outputs 0..7 as big-endian
//! words. The code is ZisK's example (the `sha2` crate in software, `ziskos::read_input` and
//! `ziskos::set_output`) with the lines a no_std guest needs (`#![no_std]`, `Vec` from alloc), and it
//! prints the hash. An optional 9th input byte b'p' hashes with ZisK's sha256 precompile instead
//! (`ziskos::sha256`, a zisk-rt addition: one precompile call per hash), for comparing the two.
#![no_std]
#![no_main]
ziskos::entrypoint!(main);

extern crate alloc;

use alloc::vec::Vec;
use core::convert::TryInto;
use sha2::{Digest, Sha256};
use ziskos::{println, read_input, set_output};

fn main() {
    // Read the input data as a byte array from ziskos
    let input: Vec<u8> = read_input();
    let precompile = input.len() == 9 && input[8] == b'p';

    // Get the 'n' value converting the input byte array into a u64 value
    let n: u64 = u64::from_le_bytes(input[..input.len().min(8)].try_into().expect("the input is a u64 (8 bytes)"));

    let mut hash = [0u8; 32];

    // Compute SHA-256 hashing 'n' times
    for _ in 0..n {
        if precompile {
            hash = ziskos::sha256(&hash);
        } else {
            let mut hasher = Sha256::new();
            hasher.update(hash);
            let digest = &hasher.finalize();
            hash = Into::<[u8; 32]>::into(*digest);
        }
    }

    // Split 'hash' value into chunks of 32 bits and write them to ziskos output
    for i in 0..8 {
        let val = u32::from_be_bytes(hash[i * 4..i * 4 + 4].try_into().unwrap());
        set_output(i, val);
    }
    println!("sha256^{}(0^32) = {}", n, Hex(&hash));
}

struct Hex<'a>(&'a [u8]);

impl core::fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{:02x}", b))
    }
}
