//! Any bytes at all through the plan loader: the same path as a plan.json read from disk
//! or a file brought in by the person (`PlanState::parse`, the import path). It must
//! answer (a plan or a reason), never panic, and whatever loads must save and load back
//! exactly.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use steady_core::plan::{Plan, MAX_FILE_BYTES};
use steady_core::store::{decode_document, encode};
use steady_core::plan::state::PlanState;

fuzz_target!(|data: &[u8]| {
    // The plan.json path: decode, check and mend, save, load again.
    let loaded = common::load_and_round_trip::<Plan>(data);

    // The import path.
    let imported = PlanState::parse(data);
    if let Ok(plan) = &imported {
        // Whatever imports must save and load back to the same plan.
        let bytes = encode(plan).expect("an imported plan encodes");
        let again: Plan = decode_document(&bytes)
            .expect("re-read")
            .expect("same version");
        assert_eq!(&again, plan);
    }
    // Import is the load path with a size cap: both take the same files, to the same plan.
    if data.len() as u64 <= MAX_FILE_BYTES {
        assert_eq!(
            imported.ok(),
            loaded,
            "import and load disagree about the same bytes"
        );
    }
});
