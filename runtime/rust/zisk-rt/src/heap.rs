//! The global allocator: a bump allocator over a fixed RAM region.
//!
//! The region is not a static: ZisK spends one boot step per 8 bytes of every allocated section,
//! .bss included (machine spec §5.4), so a heap array would cost 32 Mi steps per 256 MiB before the
//! program starts. Guest ABI v1 leaves the heap to the program (any RAM above its data, RAM ending
//! at 0xBFFF0000) without naming where data and stack end, so zisk-rt takes
//! [`HEAP_START`, `HEAP_END`): the classic route puts data at 0xA0030000 and its 4 MiB stack just
//! above, far below; 15 MiB under the float library's RAM stay free for a route that puts its stack
//! at the top. The first allocation checks that neither the stack nor the program's data lies in
//! the region, and panics if one does. RAM is zero at start, so memory never used before needs no
//! clearing for `alloc_zeroed`. Freeing or growing the most recent allocation works in place;
//! other frees are ignored, as usual for short zkVM programs.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::null_mut;

/// First byte of the heap region.
pub const HEAP_START: usize = 0xB000_0000;
/// End of the heap region (exclusive).
pub const HEAP_END: usize = 0xBF00_0000;

/// The first free byte; 0 before the first allocation.
static mut NEXT: usize = 0;
/// Below this address the region may have been written (above it, RAM is still zero).
static mut HIGH: usize = HEAP_START;
/// A static whose address shows where the program's data lies.
static mut PROBE: u8 = 0;

#[inline(never)]
fn check_region() {
    let local = 0u8;
    let stack = core::ptr::addr_of!(local) as usize;
    let data = core::ptr::addr_of!(PROBE) as usize;
    if (HEAP_START..HEAP_END).contains(&stack) || data >= HEAP_START {
        panic!(
            "zisk-rt: the heap region {:#x}..{:#x} overlaps the stack ({:#x}) or the data ({:#x})",
            HEAP_START, HEAP_END, stack, data
        );
    }
}

struct Bump;

unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if NEXT == 0 {
            check_region();
            NEXT = HEAP_START;
        }
        let start = (NEXT + layout.align() - 1) & !(layout.align() - 1);
        if start > HEAP_END || HEAP_END - start < layout.size() {
            return null_mut();
        }
        NEXT = start + layout.size();
        if NEXT > HIGH {
            HIGH = NEXT;
        }
        start as *mut u8
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let high = HIGH;
        let p = self.alloc(layout);
        if !p.is_null() && (p as usize) < high {
            // part of it was handed out before: clear that part (the rest is still zero)
            core::ptr::write_bytes(p, 0, core::cmp::min(layout.size(), high - p as usize));
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ptr as usize + layout.size() == NEXT {
            NEXT = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = ptr as usize;
        if p + layout.size() == NEXT && HEAP_END - p >= new_size {
            NEXT = p + new_size;
            if NEXT > HIGH {
                HIGH = NEXT;
            }
            return ptr;
        }
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, core::cmp::min(layout.size(), new_size));
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Bump = Bump;
