//! Any bytes at all through the loader for `patterns.json`: the same path as the file read from
//! disk. It must answer (a document, a reason, or "newer"), never panic, and whatever loads
//! must save and load back exactly.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::load_and_round_trip::<steady_core::breathing::OwnPatterns>(data);
});
