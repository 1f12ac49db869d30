//! The ABI's two precompiles, and the hash functions built on them.

/// Keccak-f[1600] of `state` in place (the keccak precompile: one call).
#[inline]
pub fn keccakf(state: &mut [u64; 25]) {
    unsafe { crate::ffi::zisk_keccakf(state.as_mut_ptr()) }
}

/// One SHA-256 compression (the sha256 precompile: one call). `state` holds the eight u32 state
/// words little-endian in order (word 2i in the low half of `state[i]`); `block` is the 64 message
/// bytes in memory order (`u64::from_le_bytes` of each 8-byte piece).
#[inline]
pub fn sha256f(state: &mut [u64; 4], block: &[u64; 8]) {
    unsafe { crate::ffi::zisk_sha256f(state.as_mut_ptr(), block.as_ptr()) }
}

const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// Copies 8·N bytes into u64 words in memory order. A byte-wise `from_le_bytes` costs some 20
/// instructions per word on rv64ima (no unaligned loads); a copy of unknown alignment is one call of
/// the runtime's memcpy (a DMA operation, a few steps).
#[inline(always)]
fn load<const N: usize>(bytes: &[u8]) -> [u64; N] {
    let mut words = [0u64; N];
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), words.as_mut_ptr() as *mut u8, 8 * N) };
    words
}

fn sha256_block(state: &mut [u64; 4], bytes: &[u8]) {
    let block: [u64; 8] = load(&bytes[..64]);
    sha256f(state, &block);
}

/// SHA-256 of `data` (FIPS 180-4), one precompile call per 64-byte block.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    let mut state = [0u64; 4];
    for (i, s) in state.iter_mut().enumerate() {
        *s = SHA256_IV[2 * i] as u64 | (SHA256_IV[2 * i + 1] as u64) << 32;
    }
    let mut chunks = data.chunks_exact(64);
    for c in &mut chunks {
        sha256_block(&mut state, c);
    }
    let rem = chunks.remainder();
    // The padding blocks, built in place as words (little-endian memory order).
    let mut last = [0u64; 16];
    unsafe { core::ptr::copy_nonoverlapping(rem.as_ptr(), last.as_mut_ptr() as *mut u8, rem.len()) };
    last[rem.len() / 8] |= 0x80 << (8 * (rem.len() % 8));
    let n = if rem.len() < 56 { 8 } else { 16 };
    last[n - 1] = (data.len() as u64 * 8).swap_bytes();
    sha256f(&mut state, last[..8].try_into().unwrap());
    if n == 16 {
        sha256f(&mut state, last[8..].try_into().unwrap());
    }
    let mut out = [0u8; 32];
    for i in 0..8 {
        let word = (state[i / 2] >> (32 * (i % 2))) as u32;
        out[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

const KECCAK256_RATE: usize = 136;

fn keccak_absorb(state: &mut [u64; 25], block: &[u64; KECCAK256_RATE / 8]) {
    for (lane, w) in state.iter_mut().zip(block) {
        *lane ^= w;
    }
    keccakf(state);
}

/// Keccak-256 of `data` (the original Keccak padding, as Ethereum uses), one precompile call per
/// 136-byte block.
pub fn keccak256(data: &[u8]) -> [u8; 32] {
    let mut state = [0u64; 25];
    let mut chunks = data.chunks_exact(KECCAK256_RATE);
    for c in &mut chunks {
        keccak_absorb(&mut state, &load(c));
    }
    let rem = chunks.remainder();
    let mut last = [0u64; KECCAK256_RATE / 8];
    unsafe { core::ptr::copy_nonoverlapping(rem.as_ptr(), last.as_mut_ptr() as *mut u8, rem.len()) };
    last[rem.len() / 8] ^= 0x01 << (8 * (rem.len() % 8));
    last[KECCAK256_RATE / 8 - 1] ^= 0x80 << 56;
    keccak_absorb(&mut state, &last);
    let mut out = [0u8; 32];
    unsafe { core::ptr::copy_nonoverlapping(state.as_ptr() as *const u8, out.as_mut_ptr(), 32) };
    out
}
