//! Harness: see harness.rs
