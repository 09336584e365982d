//! Any bytes at all as the one line a later launch sends to the running Steady. It must be
//! a launch or `None`, never a panic, and a launch must travel again as the same launch.
#![no_main]

use libfuzzer_sys::fuzz_target;
use steady_core::launch::handoff::parse_request;

fuzz_target!(|data: &[u8]| {
    if let Some(launch) = parse_request(data) {
        // As `hand_over` sends it: one JSON line.
        let mut line = serde_json::to_vec(&launch).expect("a launch serialises");
        assert!(!line.contains(&b'\n'), "a launch must stay on one line");
        assert_eq!(
            parse_request(&line),
            Some(launch.clone()),
            "a launch does not read back as itself: {}",
            String::from_utf8_lossy(&line)
        );
        line.push(b'\n');
        assert_eq!(parse_request(&line), Some(launch), "with its newline");
    }
});
