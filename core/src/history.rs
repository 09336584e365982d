//! Earlier versions of a document, kept in `backups/` so the person can go back: the last
//! `KEEP` distinct versions, newest first. Written with the same durable save as the store.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::store::write_durably;
use crate::time::utc_stamp;

pub const KEEP: usize = 20;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Version {
    /// The file's name in `backups/`: what the UI sends back to preview or restore it.
    pub id: String,
    /// `20261124T011500Z`.
    pub taken: String,
    pub bytes: u64,
}

pub struct History {
    dir: PathBuf,
    name: &'static str,
}

/// FNV-1a: enough to tell versions apart by content; not for security.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl History {
    pub fn new(data_dir: &Path, name: &'static str) -> History {
        History {
            dir: data_dir.join("backups"),
            name,
        }
    }

    /// `plan-000042-20261124T011500Z-<hash>.json` -> (42, stamp, hash). The sequence
    /// number orders versions even when several are kept in one second.
    fn parse(&self, file: &str) -> Option<(u64, String, u64)> {
        let rest = file
            .strip_prefix(self.name)?
            .strip_prefix('-')?
            .strip_suffix(".json")?;
        let mut parts = rest.splitn(3, '-');
        let seq = parts.next()?.parse().ok()?;
        let stamp = parts.next()?.to_string();
        let hash = u64::from_str_radix(parts.next()?, 16).ok()?;
        Some((seq, stamp, hash))
    }

    /// Kept versions, newest first.
    pub fn list(&self) -> Vec<Version> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut v: Vec<(u64, Version)> = entries
            .flatten()
            .filter_map(|e| {
                let id = e.file_name().to_str()?.to_string();
                let (seq, taken, _) = self.parse(&id)?;
                let bytes = e.metadata().ok()?.len();
                Some((seq, Version { id, taken, bytes }))
            })
            .collect();
        v.sort_by_key(|(seq, _)| std::cmp::Reverse(*seq));
        v.into_iter().map(|(_, v)| v).collect()
    }

    /// Keeps these bytes as a version unless the newest kept version is the same; then
    /// drops the oldest beyond `KEEP`.
    pub fn keep(&self, bytes: &[u8]) -> io::Result<()> {
        let hash = fingerprint(bytes);
        let newest = self.list().first().and_then(|v| self.parse(&v.id));
        if newest.as_ref().is_some_and(|(_, _, h)| *h == hash) {
            return Ok(());
        }
        fs::create_dir_all(&self.dir)?;
        let seq = newest.map_or(1, |(s, _, _)| s + 1);
        let stamp = utc_stamp(std::time::SystemTime::now());
        let path = self
            .dir
            .join(format!("{}-{seq:06}-{stamp}-{hash:016x}.json", self.name));
        write_durably(&self.dir, &path, bytes)?;
        for old in self.list().into_iter().skip(KEEP) {
            let _ = fs::remove_file(self.dir.join(old.id));
        }
        Ok(())
    }

    /// The bytes of a kept version. Only names this history wrote are accepted, so an id
    /// can never reach outside `backups/`.
    pub fn read(&self, id: &str) -> io::Result<Vec<u8>> {
        if self.parse(id).is_none() || id.contains(['/', '\\']) || id.starts_with('.') {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such version"));
        }
        fs::read(self.dir.join(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_last_twenty_distinct_versions_newest_first() {
        let tmp = tempfile::tempdir().unwrap();
        let h = History::new(tmp.path(), "plan");
        h.keep(b"v0").unwrap();
        h.keep(b"v0").unwrap();
        assert_eq!(h.list().len(), 1, "the same version twice is kept once");
        for i in 1..30 {
            h.keep(format!("v{i}").as_bytes()).unwrap();
        }
        let list = h.list();
        assert_eq!(list.len(), KEEP);
        assert_eq!(h.read(&list[0].id).unwrap(), b"v29");
        assert_eq!(h.read(&list[KEEP - 1].id).unwrap(), b"v10");
    }

    #[test]
    fn ids_cannot_reach_outside_the_backups_folder() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("plan.json"), b"secret").unwrap();
        let h = History::new(tmp.path(), "plan");
        for id in [
            "../plan.json",
            "plan-1-2-00.json/../../plan.json",
            "settings.json",
            "",
        ] {
            assert!(h.read(id).is_err(), "{id}");
        }
    }
}
