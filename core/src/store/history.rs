//! Earlier versions of a document, kept in `backups/` so the person can go back: the last
//! `KEEP` distinct versions, newest first, plus every version that an import or a restore
//! replaced, pinned outside the rotation until the person deletes it. Written with the
//! same durable save as the store.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;

use crate::store::slot::lock;
use crate::store::time::utc_stamp;
use crate::store::{create_private_dir, write_durably};
use crate::vault::key::Key;
use crate::vault::seal;

pub const KEEP: usize = 20;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Version {
    /// The file's name in `backups/`: what the UI sends back to preview or restore it.
    pub id: String,
    /// `20261124T011500Z`.
    pub taken: String,
    pub bytes: u64,
    /// Kept because an import or a restore replaced it: never rotated out.
    pub pinned: bool,
}

/// Versions are numbered far below this; a larger number is not a name Steady wrote.
const MAX_SEQ: u64 = 1_000_000_000_000;
/// A kept version is a plan; anything far larger is not one of ours.
const MAX_VERSION_BYTES: u64 = 4 * 1024 * 1024;

pub struct History {
    dir: PathBuf,
    name: &'static str,
    /// The data key while protection is on and Steady is unlocked: versions are sealed.
    key: Mutex<Option<Key>>,
}

/// Tells versions apart by content. Plain: FNV-1a, enough for that. Sealed: keyed
/// BLAKE2b, so a file's name says nothing about what is in it to someone without the key.
fn fingerprint(bytes: &[u8], key: Option<&Key>) -> u64 {
    match key {
        None => bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
        }),
        Some(key) => {
            use blake2::Digest;
            let digest = blake2::Blake2b512::new()
                .chain_update(key.bytes())
                .chain_update(bytes)
                .finalize();
            let mut first = [0u8; 8];
            first.copy_from_slice(&digest[..8]);
            u64::from_le_bytes(first)
        }
    }
}

impl History {
    pub fn new(data_dir: &Path, name: &'static str) -> History {
        History {
            dir: data_dir.join("backups"),
            name,
            key: Mutex::new(None),
        }
    }

    /// The sealed kind of a version (its associated data).
    fn kind(&self) -> String {
        format!("{}-version", self.name)
    }

    fn key(&self) -> Option<Key> {
        lock(&self.key).clone()
    }

    /// Seal versions from now on with `key` (or keep them plain with `None`).
    pub fn set_key(&self, key: Option<Key>) {
        *lock(&self.key) = key;
    }

    /// The bytes to write for a version: sealed while a key is set.
    fn stored(&self, bytes: &[u8]) -> io::Result<Vec<u8>> {
        match self.key() {
            None => Ok(bytes.to_vec()),
            Some(key) => seal::seal(&key, &self.kind(), bytes)
                .map_err(|_| io::Error::other("the version could not be sealed")),
        }
    }

    /// Writes every kept version again in the form the current key asks for (sealed, or
    /// plain), each durably and under its own name, so an interruption leaves every
    /// version whole in one form or the other. `from` opens the ones sealed before.
    pub fn rewrite_all(&self, from: Option<&Key>) -> io::Result<()> {
        for v in self.list() {
            let path = self.dir.join(&v.id);
            let bytes = crate::store::read_regular_file(&path, MAX_VERSION_BYTES)?;
            let plain = self.open_with(&bytes, from.or(self.key().as_ref()))?;
            write_durably(&self.dir, &path, &self.stored(&plain)?)?;
        }
        Ok(())
    }

    fn open_with(&self, bytes: &[u8], key: Option<&Key>) -> io::Result<Vec<u8>> {
        if !seal::is_sealed(bytes) {
            return Ok(bytes.to_vec());
        }
        let key = key.ok_or_else(|| io::Error::other("the version is protected"))?;
        seal::open(key, &self.kind(), bytes)
            .map(|p| p.to_vec())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "the version does not open"))
    }

    /// `plan-000042-20261124T011500Z-<hash>.json` -> (42, stamp, hash). The sequence
    /// number orders versions even when several are kept in one second.
    fn parse(&self, file: &str) -> Option<(u64, String, u64)> {
        let rest = file
            .strip_prefix(self.name)?
            .strip_prefix('-')?
            .strip_suffix(".json")?;
        let mut parts = rest.splitn(3, '-');
        let seq = parts.next()?.parse().ok().filter(|s| *s < MAX_SEQ)?;
        let stamp = parts.next()?.to_string();
        let hash = u64::from_str_radix(parts.next()?, 16).ok()?;
        Some((seq, stamp, hash))
    }

    /// `plan-pinned-20261124T011500Z-<hash>.json` -> (stamp, hash).
    fn parse_pinned(&self, file: &str) -> Option<(String, u64)> {
        let rest = file
            .strip_prefix(self.name)?
            .strip_prefix("-pinned-")?
            .strip_suffix(".json")?;
        let (stamp, hash) = rest.split_once('-')?;
        let hash = u64::from_str_radix(hash, 16).ok()?;
        Some((stamp.to_string(), hash))
    }

    /// Rotating versions, newest first.
    fn rotating(&self) -> Vec<(u64, Version)> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut v: Vec<(u64, Version)> = entries
            .flatten()
            .filter_map(|e| {
                let id = e.file_name().to_str()?.to_string();
                let (seq, taken, _) = self.parse(&id)?;
                let bytes = e.metadata().ok()?.len();
                Some((
                    seq,
                    Version {
                        id,
                        taken,
                        bytes,
                        pinned: false,
                    },
                ))
            })
            .collect();
        v.sort_by_key(|(seq, _)| std::cmp::Reverse(*seq));
        v
    }

    /// Pinned versions (newest first), then the rotating ones (newest first).
    pub fn list(&self) -> Vec<Version> {
        let mut pinned: Vec<Version> = fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let id = e.file_name().to_str()?.to_string();
                let (taken, _) = self.parse_pinned(&id)?;
                let bytes = e.metadata().ok()?.len();
                Some(Version {
                    id,
                    taken,
                    bytes,
                    pinned: true,
                })
            })
            .collect();
        pinned.sort_by(|a, b| b.taken.cmp(&a.taken).then(b.id.cmp(&a.id)));
        pinned.extend(self.rotating().into_iter().map(|(_, v)| v));
        pinned
    }

    /// Temp files a writer killed mid-save left in `backups/`. Call only while holding the
    /// instance lock: then no live writer owns them, and none ever replaced a version.
    pub fn remove_stale_temps(&self) {
        for e in fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') && name.contains(".tmp-") {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    /// Keeps these bytes outside the rotation, until the person deletes them.
    pub fn pin(&self, bytes: &[u8]) -> io::Result<()> {
        create_private_dir(&self.dir)?;
        let hash = fingerprint(bytes, self.key().as_ref());
        let stamp = utc_stamp(std::time::SystemTime::now());
        let path = self
            .dir
            .join(format!("{}-pinned-{stamp}-{hash:016x}.json", self.name));
        write_durably(&self.dir, &path, &self.stored(bytes)?)
    }

    /// Deletes a pinned version (only pinned ones: the rotation looks after itself).
    pub fn unpin(&self, id: &str) -> io::Result<()> {
        if self.parse_pinned(id).is_none() || id.contains(['/', '\\']) {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such version"));
        }
        fs::remove_file(self.dir.join(id))
    }

    /// Keeps these bytes as a version unless the newest kept version is the same; then
    /// drops the oldest beyond `KEEP`.
    pub fn keep(&self, bytes: &[u8]) -> io::Result<()> {
        let hash = fingerprint(bytes, self.key().as_ref());
        let newest = self.rotating().first().and_then(|(_, v)| self.parse(&v.id));
        if newest.as_ref().is_some_and(|(_, _, h)| *h == hash) {
            return Ok(());
        }
        create_private_dir(&self.dir)?;
        // `parse` only accepts numbers below MAX_SEQ, so this cannot overflow.
        let seq = newest.map_or(Some(1), |(s, _, _)| s.checked_add(1));
        let seq = seq.ok_or_else(|| io::Error::other("the version numbers have run out"))?;
        let stamp = utc_stamp(std::time::SystemTime::now());
        let path = self
            .dir
            .join(format!("{}-{seq:06}-{stamp}-{hash:016x}.json", self.name));
        write_durably(&self.dir, &path, &self.stored(bytes)?)?;
        for (_, old) in self.rotating().into_iter().skip(KEEP) {
            let _ = fs::remove_file(self.dir.join(old.id));
        }
        Ok(())
    }

    /// The bytes of a kept version. Only names this history wrote are accepted, so an id
    /// can never reach outside `backups/`.
    pub fn read(&self, id: &str) -> io::Result<Vec<u8>> {
        let ours = self.parse(id).is_some() || self.parse_pinned(id).is_some();
        if !ours || id.contains(['/', '\\']) || id.starts_with('.') {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such version"));
        }
        let bytes = crate::store::read_regular_file(&self.dir.join(id), MAX_VERSION_BYTES)?;
        self.open_with(&bytes, self.key().as_ref())
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
