//! zisk-rt: the runtime of Rust guests built by zisk-llc (`zisk-llc build-rust`).
//!
//! Everything here sits on the `zisk_*` functions of zisk-llc's guest ABI v1
//! (`shared/spec/guest-abi.md` §3), declared in [`ffi`]; each route of zisk-llc supplies their
//! implementation (the classic route links `runtime/riscv/`). Where ZisK's own guest crate
//! `ziskos` has an API for the same thing, the names and signatures are the same, so that an
//! existing ZisK guest builds against zisk-rt with only its dependency line changed:
//!
//! * [`entrypoint!`] — the program's entry (`fn()`, `fn() -> i32` or `fn() -> Result<..>`);
//! * [`read_input`], [`read_input_slice`], [`read_input_reset`], [`io::read_slice`],
//!   [`io::read_input_slice`] — the input records (ziskos framing, machine spec §5.7);
//! * [`set_output`], [`io::commit_slice`] — the 64 public output words;
//! * [`io::read`], [`io::commit`] (feature `serde`) — serde values in bincode 2's standard encoding;
//! * [`syscalls::syscall_keccak_f`], [`syscalls::syscall_sha256_f`] — the two precompiles of the ABI.
//!
//! Besides: [`print!`]/[`println!`] over `zisk_putchar`, [`keccakf`], [`sha256f`], [`sha256`] and
//! [`keccak256`] on the precompiles, a bump allocator as the global allocator, and a panic handler
//! that prints the panic message and ends the run with an error.
#![no_std]
#![feature(core_intrinsics)]
#![allow(internal_features)]

extern crate alloc;

pub mod ffi;
mod hash;
mod heap;
pub mod io;
pub mod syscalls;
#[cfg(feature = "serde")]
pub mod bincode;

pub use hash::{keccak256, keccakf, sha256, sha256f};

use alloc::vec::Vec;
use core::fmt::{self, Write};
use core::ptr::{addr_of, addr_of_mut};

// ---------------------------------------------------------------------------------------------
// Entry point

/// What an entry point may return: `()` (success), an `i32` exit code (0 is success) or a
/// `Result` of either (`Err` is exit code 1) — as ziskos' trait of the same name.
pub trait ZiskTermination {
    fn to_exit_code(self) -> i32;
}

impl ZiskTermination for () {
    #[inline]
    fn to_exit_code(self) -> i32 {
        0
    }
}

impl ZiskTermination for i32 {
    #[inline]
    fn to_exit_code(self) -> i32 {
        self
    }
}

impl<T: ZiskTermination, E> ZiskTermination for Result<T, E> {
    #[inline]
    fn to_exit_code(self) -> i32 {
        match self {
            Ok(v) => v.to_exit_code(),
            Err(_) => 1,
        }
    }
}

/// Declares the program's entry function: `zisk_rt::entrypoint!(main);` with `#![no_main]`.
///
/// It defines the ABI's `int main(void)` (guest ABI §2). The ABI sets public output word 0 to
/// main's result, so the generated `main` returns the word the program itself last wrote there
/// ([`set_output`] / [`io::commit_slice`]; 0 if none): the outputs are exactly what the program
/// wrote, as under ziskos. An exit code other than 0 ends the run with an error after printing it.
#[macro_export]
macro_rules! entrypoint {
    ($path:path) => {
        fn __zisk_rt_entry() -> i32 {
            $crate::ZiskTermination::to_exit_code($path())
        }

        mod __zisk_rt_generated_main {
            #[no_mangle]
            extern "C" fn main() -> i32 {
                $crate::__finish(super::__zisk_rt_entry())
            }
        }
    };
}

#[doc(hidden)]
pub fn __finish(code: i32) -> i32 {
    if code != 0 {
        println!("zisk-rt: the entry point returned exit code {}", code);
        trap();
    }
    output_word(0) as i32
}

/// Ends the run normally at once, with the public outputs as written so far.
pub fn exit() -> ! {
    unsafe { ffi::zisk_exit(output_word(0) as i32) }
}

/// Ends the run with an error (the trap of guest ABI §2).
pub fn trap() -> ! {
    core::intrinsics::abort()
}

// ---------------------------------------------------------------------------------------------
// Input (ziskos framing: records [u64 LE length][bytes][zero pad to 8], the first at 0x40000008)

/// The next record's length word; null before the first read.
static mut INPUT_CURSOR: *const u8 = core::ptr::null();

/// The next input record, in place (zero copy). The first call returns the record `zisk_input`
/// gives; later calls the records that follow it.
pub(crate) fn next_record() -> &'static [u8] {
    unsafe {
        let (data, len) = if INPUT_CURSOR.is_null() {
            let mut len = 0u64;
            let data = ffi::zisk_input(&mut len);
            (data, len as usize)
        } else {
            let len = (INPUT_CURSOR as *const u64).read();
            (INPUT_CURSOR.add(8), len as usize)
        };
        INPUT_CURSOR = data.add((len + 7) & !7);
        core::slice::from_raw_parts(data, len)
    }
}

/// The next input record, copied (ziskos `read_input`).
pub fn read_input() -> Vec<u8> {
    next_record().to_vec()
}

/// The next input record, in place (ziskos `read_input_slice`).
pub fn read_input_slice<'a>() -> &'a [u8] {
    next_record()
}

/// Makes the next read return the first record again (ziskos `read_input_reset`).
pub fn read_input_reset() {
    unsafe { INPUT_CURSOR = core::ptr::null() }
}

// ---------------------------------------------------------------------------------------------
// Public outputs

/// What the program wrote to the 64 output words, kept so that the entry point can return word 0
/// and commit_slice can fill a partly written word.
static mut OUTPUTS: [u32; 64] = [0; 64];

pub(crate) fn output_word(id: usize) -> u32 {
    unsafe { (*addr_of!(OUTPUTS))[id] }
}

/// Public output word `id` (0..63) = `value` (ziskos `set_output`).
pub fn set_output(id: usize, value: u32) {
    assert!(id < 64, "Maximum number of public outputs: 64");
    unsafe {
        (*addr_of_mut!(OUTPUTS))[id] = value;
        ffi::zisk_set_output(id as u32, value);
    }
}

// ---------------------------------------------------------------------------------------------
// Printing

/// The UART as a `core::fmt::Write`: every byte through `zisk_putchar`.
pub struct Uart;

impl Write for Uart {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_bytes(s.as_bytes());
        Ok(())
    }
}

/// Writes raw bytes to the UART.
pub fn write_bytes(bytes: &[u8]) {
    for &b in bytes {
        unsafe { ffi::zisk_putchar(b as i32) }
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    let _ = Uart.write_fmt(args);
}

/// `print!` to the UART (the emulator's stdout).
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::_print(format_args!($($arg)*)) };
}

/// `println!` to the UART (the emulator's stdout).
#[macro_export]
macro_rules! println {
    () => { $crate::_print(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::_print(format_args!("{}\n", format_args!($($arg)*))) };
}

// ---------------------------------------------------------------------------------------------
// Panics

/// Prints `panicked at FILE:LINE:COL:` and the message, then ends the run with an error.
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let _ = writeln!(Uart, "{}", info);
    trap()
}
