//! ziskos-compatible precompile calls (`ziskos::syscalls::…`), on the ABI's precompile functions.

/// Keccak-f[1600] permutation of `*state` in place (ziskos `syscall_keccak_f`).
pub extern "C" fn syscall_keccak_f(state: *mut [u64; 25]) {
    unsafe { crate::ffi::zisk_keccakf(state as *mut u64) }
}

/// The parameter block of ziskos' sha256 call.
#[derive(Debug)]
#[repr(C)]
pub struct SyscallSha256Params<'a> {
    pub state: &'a mut [u64; 4],
    pub input: &'a [u64; 8],
}

/// One SHA-256 compression of `params.input` into `params.state` (ziskos `syscall_sha256_f`).
pub extern "C" fn syscall_sha256_f(params: &mut SyscallSha256Params) {
    unsafe { crate::ffi::zisk_sha256f(params.state.as_mut_ptr(), params.input.as_ptr()) }
}
