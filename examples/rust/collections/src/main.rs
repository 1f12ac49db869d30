//! alloc's collections, iterators, formatting and u128 in one guest: the input text (one record) is
//! split into lowercase ASCII words counted in a BTreeMap; the guest prints every word with its count
//! (aligned columns), the three most frequent, the words grouped by length, and u128 values
//! (34!, Fibonacci 180, a product of word counts) in decimal and hex. Public output 0: the number of
//! words; 1: the number of distinct words.
#![no_std]
#![no_main]
zisk_rt::entrypoint!(main);

extern crate alloc;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use zisk_rt::{println, read_input_slice, set_output};

fn main() {
    let text = core::str::from_utf8(read_input_slice()).expect("the input is UTF-8 text");
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();

    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for w in &words {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    println!("words: {}, distinct: {}", words.len(), counts.len());
    for (w, n) in &counts {
        println!("{:<14}|{:>4}", w, n);
    }

    let mut by_count: Vec<(&str, u32)> = counts.iter().map(|(w, n)| (*w, *n)).collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top: Vec<String> = by_count.iter().take(3).map(|(w, n)| alloc::format!("{}={}", w, n)).collect();
    println!("top: {}", top.join(", "));

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in counts.keys() {
        by_len.entry(w.len()).or_default().push(w);
    }
    for (len, ws) in by_len.iter().rev().take(2) {
        println!("length {}: {:?}", len, ws);
    }

    let factorial: u128 = (1..=34u128).product();
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..180 {
        (a, b) = (b, a.wrapping_add(b));
    }
    let product = counts.values().fold(1u128, |acc, &n| acc.wrapping_mul(n as u128 + 1));
    println!("34! = {} = {:#x}", factorial, factorial);
    println!("fib(180) = {}", a);
    println!("prod(count+1) = {:>40}", product);
    println!("{:?}", (u128::MAX / 3, i128::MIN / 7, product % 1_000_000_007));

    set_output(0, words.len() as u32);
    set_output(1, counts.len() as u32);
}
