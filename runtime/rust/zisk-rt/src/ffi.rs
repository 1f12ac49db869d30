//! The runtime functions of guest ABI v1 §3, as the C ABI declares them (`runtime/include/zisk.h`).
//! Both routes of zisk-llc implement them; a guest program may call them directly.

extern "C" {
    /// Writes the byte `c & 0xFF` to the UART.
    pub fn zisk_putchar(c: i32);
    /// Public output word 0 = `code`, then ends the run normally.
    pub fn zisk_exit(code: i32) -> !;
    /// Public output word `index` (0..63) = `value`.
    pub fn zisk_set_output(index: u32, value: u32);
    /// The first input record: `*len` = its length, returns its bytes.
    pub fn zisk_input(len: *mut u64) -> *const u8;
    /// Keccak-f[1600] of the 25-lane state in place (8-byte aligned).
    pub fn zisk_keccakf(state: *mut u64);
    /// One SHA-256 compression of `block` (64 bytes in memory order) into `state` (the eight u32
    /// state words, little-endian, in order); both 8-byte aligned.
    pub fn zisk_sha256f(state: *mut u64, block: *const u64);
}
