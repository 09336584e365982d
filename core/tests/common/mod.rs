//! Shared by the core's integration tests.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file and folder below `dir`, deepest first.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}
