//! A serde-decoded input, as ZisK guests read theirs with `ziskos::io::read()`: an order (structs,
//! strings, a Vec, an Option, an enum with data, i64 and u128 fields) in bincode 2's standard
//! encoding, decoded by zisk_rt::io::read. The guest prints what it read and commits a summary
//! (zisk_rt::io::commit: bincode 2 into the public outputs).
#![no_std]
#![no_main]
zisk_rt::entrypoint!(main);

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};
use zisk_rt::println;

#[derive(Deserialize, Debug)]
enum Priority {
    Low,
    Normal,
    Urgent { deadline: u32 },
}

#[derive(Deserialize, Debug)]
struct Item {
    sku: u64,
    quantity: u16,
    unit_price: i64,
}

#[derive(Deserialize, Debug)]
struct Order {
    id: u32,
    customer: String,
    items: Vec<Item>,
    note: Option<String>,
    priority: Priority,
    nonce: u128,
    tags: Vec<(char, bool)>,
}

#[derive(Serialize)]
struct Summary {
    id: u32,
    total: i64,
    units: u32,
    urgent: bool,
    customer_len: u8,
}

fn main() {
    let order: Order = zisk_rt::io::read();
    println!("order {} for {:?} ({:?})", order.id, order.customer, order.priority);
    for item in &order.items {
        println!("  {:>6} x{:<3} @ {}", item.sku, item.quantity, item.unit_price);
    }
    if let Some(note) = &order.note {
        println!("  note: {}", note);
    }
    if let Priority::Urgent { deadline } = order.priority {
        println!("  deadline {}", deadline);
    }
    println!("  nonce {:#x}, tags {:?}", order.nonce, order.tags);
    let summary = Summary {
        id: order.id,
        total: order.items.iter().map(|i| i.quantity as i64 * i.unit_price).sum(),
        units: order.items.iter().map(|i| i.quantity as u32).sum(),
        urgent: matches!(order.priority, Priority::Urgent { .. }),
        customer_len: order.customer.chars().count() as u8,
    };
    println!("total {} in {} units", summary.total, summary.units);
    zisk_rt::io::commit(&summary);
}
