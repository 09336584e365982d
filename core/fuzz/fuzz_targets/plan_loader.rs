//! Any bytes at all through the plan loader: the same path as a plan.json read from disk
//! or a file brought in by the person. It must answer (a plan or a reason), never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use steady_core::store::{decode_document, encode};
use steady_core::{plan::Plan, Steady};

fuzz_target!(|data: &[u8]| {
    if let Ok(plan) = Steady::parse_plan(data) {
        // Whatever loads must save and load back to the same plan.
        let bytes = encode(&plan).expect("a loaded plan encodes");
        let again: Plan = decode_document(&bytes)
            .expect("re-read")
            .expect("same version");
        assert_eq!(again, plan);
    }
});
