//! ziskos-compatible I/O (`ziskos::io`): input records and committed public outputs.

/// The next input record, in place (ziskos `io::read_slice`).
pub fn read_slice<'a>() -> &'a [u8] {
    crate::next_record()
}

/// The next input record, in place (ziskos' older name of [`read_slice`]).
pub fn read_input_slice<'a>() -> &'a [u8] {
    crate::next_record()
}

/// Decodes the next input record as a `T` in bincode 2's standard encoding (ziskos `io::read`);
/// a record that does not decode is a panic.
#[cfg(feature = "serde")]
pub fn read<T: serde::de::DeserializeOwned>() -> T {
    match crate::bincode::decode_from_slice(read_slice()) {
        Ok((value, _)) => value,
        Err(e) => panic!("Deserialization failed: {}", e),
    }
}

/// Appends `value`, encoded with bincode 2's standard encoding, to the public outputs
/// (ziskos `io::commit`).
#[cfg(feature = "serde")]
pub fn commit<T: serde::Serialize>(value: &T) {
    match crate::bincode::encode_to_vec(value) {
        Ok(bytes) => commit_slice(&bytes),
        Err(e) => panic!("Serialization failed: {}", e),
    }
}

/// Bytes committed so far: the output stream's length.
static mut COMMITTED: usize = 0;

/// Appends bytes to the public outputs (ziskos `io::commit_slice`): they are packed little-endian
/// into successive u32 output words from word 0, a partly filled word being shared with the next
/// call. More than 256 bytes in all is a panic.
pub fn commit_slice(buf: &[u8]) {
    let mut pos = unsafe { COMMITTED };
    assert!(pos + buf.len() <= 256, "public outputs are limited to 64 words (256 bytes)");
    let mut i = 0;
    while i < buf.len() {
        let id = pos / 4;
        let mut word = crate::output_word(id);
        while i < buf.len() && pos / 4 == id {
            let shift = 8 * (pos % 4);
            word = (word & !(0xFF << shift)) | (buf[i] as u32) << shift;
            pos += 1;
            i += 1;
        }
        crate::set_output(id, word);
    }
    unsafe { COMMITTED = pos }
}
