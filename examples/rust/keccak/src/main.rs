//! Keccak-256 of a message two ways: on ZisK's keccak precompile (zisk_rt::keccak256, one
//! precompile call per 136-byte block) and in software (the tiny-keccak crate, Debian's
//! librust-tiny-keccak-dev). Input: one record, [mode][message]; mode b'p' hashes with the
//! precompile only, b's' in software only, b'b' both (the run fails unless they agree) and also
//! prints the message's SHA-256 (zisk_rt::sha256, on the sha256 precompile).
//! Public outputs 0..7: the hash as little-endian u32 words.
#![no_std]
#![no_main]
zisk_rt::entrypoint!(main);

use tiny_keccak::{Hasher, Keccak};
use zisk_rt::{println, read_input_slice, set_output};

fn software(message: &[u8]) -> [u8; 32] {
    let mut k = Keccak::v256();
    k.update(message);
    let mut out = [0u8; 32];
    k.finalize(&mut out);
    out
}

fn main() {
    let input = read_input_slice();
    let (mode, message) = input.split_first().expect("input: [mode byte][message]");
    let hash = match mode {
        b'p' => zisk_rt::keccak256(message),
        b's' => software(message),
        b'b' => {
            let (p, s) = (zisk_rt::keccak256(message), software(message));
            println!("precompile {}", Hex(&p));
            println!("software   {}", Hex(&s));
            assert_eq!(p, s, "the precompile and tiny-keccak disagree");
            println!("sha256     {}", Hex(&zisk_rt::sha256(message)));
            p
        }
        _ => panic!("unknown mode {:?} (p, s or b)", *mode as char),
    };
    for i in 0..8 {
        set_output(i, u32::from_le_bytes(hash[4 * i..4 * i + 4].try_into().unwrap()));
    }
    println!("keccak256 of {} bytes = {}", message.len(), Hex(&hash));
}

struct Hex<'a>(&'a [u8]);

impl core::fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{:02x}", b))
    }
}
