//! Durable, versioned JSON documents: every file Steady writes goes through here.
//!
//! Rules (the person's words are the most precious thing we hold):
//! - save writes a temp file in the same folder, fsyncs it, renames it over the target and
//!   fsyncs the folder, so a reader sees the old or the new document, never half of one;
//! - a document that cannot be understood is moved aside (its bytes kept), never overwritten;
//! - a document from a newer Steady is left untouched and saves to it are refused;
//! - one exclusive lock per document, held while the handle lives, so two processes never
//!   write the same file. The OS drops the lock when a process dies, even by SIGKILL.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::StoreError;
use crate::time::utc_stamp;

/// A kind of file Steady keeps, e.g. settings or the safety plan.
pub trait Document: Serialize + DeserializeOwned + Default {
    /// File stem: `settings` is kept as `settings.json`.
    const NAME: &'static str;
    /// How the person would name it in a sentence: "your settings".
    const LABEL: &'static str;
    /// The format version this build writes.
    const VERSION: u64;
    /// Larger files are not read: no document of ours gets near this.
    const MAX_BYTES: u64 = 4 * 1024 * 1024;

    /// Move a document one step forward, from version `from` to `from + 1`.
    /// Only called for `from < VERSION`.
    fn migrate(from: u64, doc: &mut Map<String, Value>) -> Result<(), String> {
        let _ = doc;
        Err(format!("no known way to update format {from}"))
    }
}

/// Why a load did not give the stored document as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file could not be understood; it was moved aside with its bytes intact.
    SetAside { kept_as: PathBuf, reason: String },
    /// The file is there but could not be read, or could not be moved aside. It is left
    /// alone and saves are refused, so it is never overwritten.
    LeftAlone { reason: String },
    /// Written by a newer Steady: left untouched, saves refused.
    Newer { found: u64 },
}

/// One document on disk, locked for this process while the handle lives.
pub struct DocFile<D> {
    dir: PathBuf,
    path: PathBuf,
    /// Set when saving would destroy something we could not keep: saves are refused.
    blocked: Option<Blocked>,
    _lock: File,
    _doc: PhantomData<fn() -> D>,
}

#[derive(Debug, Clone)]
enum Blocked {
    Newer { found: u64 },
    Unreadable { reason: String },
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl<D: Document> DocFile<D> {
    /// Takes this document's lock in `dir` (which must exist). Fails with
    /// [`StoreError::Locked`] if another process holds it.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(format!("{}.json", D::NAME));
        let lock_path = dir.join(format!("{}.json.lock", D::NAME));
        let lock = open_lock_file(&lock_path).map_err(|e| StoreError::from_io(D::LABEL, dir, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(StoreError::Locked { path }),
            Err(TryLockError::Error(e)) => return Err(StoreError::from_io(D::LABEL, dir, e)),
        }
        let file = DocFile {
            dir: dir.to_path_buf(),
            path,
            blocked: None,
            _lock: lock,
            _doc: PhantomData,
        };
        file.remove_stale_temps();
        Ok(file)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the document. Never fails: a missing file gives defaults; anything else that
    /// stops us using the file gives defaults plus a notice saying what happened to it.
    pub fn load(&mut self) -> (D, Option<LoadNotice>) {
        self.blocked = None;
        let bytes = match read_limited(&self.path, D::MAX_BYTES) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return (D::default(), None),
            Err(ReadFail::TooLarge(len)) => {
                return self.set_aside(format!(
                    "it is {len} bytes, far larger than Steady ever writes"
                ))
            }
            Err(ReadFail::Io(e)) => {
                let reason = format!("it could not be read ({e})");
                self.blocked = Some(Blocked::Unreadable {
                    reason: reason.clone(),
                });
                return (D::default(), Some(LoadNotice::LeftAlone { reason }));
            }
        };
        match decode::<D>(&bytes) {
            Ok(doc) => (doc, None),
            Err(Decode::Newer(found)) => {
                self.blocked = Some(Blocked::Newer { found });
                (D::default(), Some(LoadNotice::Newer { found }))
            }
            Err(Decode::Bad(reason)) => self.set_aside(reason),
        }
    }

    /// Writes the whole document durably. On any error the previous file is intact.
    pub fn save(&mut self, doc: &D) -> Result<(), StoreError> {
        match &self.blocked {
            Some(Blocked::Newer { found }) => {
                return Err(StoreError::NewerVersion {
                    label: D::LABEL,
                    found: *found,
                    supported: D::VERSION,
                })
            }
            Some(Blocked::Unreadable { reason }) => {
                return Err(StoreError::KeptUnreadable {
                    label: D::LABEL,
                    path: self.path.clone(),
                    reason: reason.clone(),
                })
            }
            None => {}
        }
        let bytes = encode(doc).map_err(|e| StoreError::Encode {
            label: D::LABEL,
            reason: e.to_string(),
        })?;
        write_durably(&self.dir, &self.path, &bytes)
            .map_err(|e| StoreError::from_io(D::LABEL, &self.dir, e))
    }

    fn set_aside(&mut self, reason: String) -> (D, Option<LoadNotice>) {
        let kept_as = self.corrupt_name();
        match fs::rename(&self.path, &kept_as) {
            Ok(()) => {
                // Make the move itself durable before anything new is written here.
                let _ = sync_dir(&self.dir);
                (D::default(), Some(LoadNotice::SetAside { kept_as, reason }))
            }
            Err(e) => {
                let reason = format!("{reason}, and it could not be moved aside ({e})");
                self.blocked = Some(Blocked::Unreadable {
                    reason: reason.clone(),
                });
                (D::default(), Some(LoadNotice::LeftAlone { reason }))
            }
        }
    }

    fn corrupt_name(&self) -> PathBuf {
        let stamp = utc_stamp(std::time::SystemTime::now());
        let mut candidate = self.dir.join(format!("{}.corrupt-{stamp}.json", D::NAME));
        let mut n = 2;
        while candidate.exists() {
            candidate = self
                .dir
                .join(format!("{}.corrupt-{stamp}-{n}.json", D::NAME));
            n += 1;
        }
        candidate
    }

    /// Temp files left by a writer that died mid-save. We hold the lock, so no live
    /// writer owns them; they never replaced the real file, so nothing is lost.
    fn remove_stale_temps(&self) {
        let prefix = temp_prefix(&self.path);
        if let Ok(entries) = fs::read_dir(&self.dir) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    }
}

/// Opens (creating if needed) a lock file. In a folder that has become read-only an
/// existing lock file still opens for reading, and a shared-nothing flock works on it, so
/// the person can still read their files; saves then fail with a clear message.
pub fn open_lock_file(path: &Path) -> io::Result<File> {
    match OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
    {
        Ok(f) => Ok(f),
        Err(e) => File::open(path).map_err(|_| e),
    }
}

enum ReadFail {
    TooLarge(u64),
    Io(io::Error),
}

fn read_limited(path: &Path, max: u64) -> Result<Option<Vec<u8>>, ReadFail> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(ReadFail::Io(e)),
    };
    if meta.len() > max {
        return Err(ReadFail::TooLarge(meta.len()));
    }
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ReadFail::Io(e)),
    }
}

enum Decode {
    Newer(u64),
    Bad(String),
}

/// Parses, checks the version, migrates and deserialises. Public to the crate so the
/// fuzz target and property tests reach exactly the loader's logic.
fn decode<D: Document>(bytes: &[u8]) -> Result<D, Decode> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Decode::Bad("it is empty".into()));
    }
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| Decode::Bad(format!("it is not valid JSON ({e})")))?;
    let Value::Object(mut map) = value else {
        return Err(Decode::Bad("it is not a Steady file".into()));
    };
    let version = match map.remove("version") {
        Some(Value::Number(n)) => n.as_u64().filter(|v| *v >= 1),
        _ => None,
    }
    .ok_or_else(|| Decode::Bad("it is not a Steady file (no format version)".into()))?;
    if version > D::VERSION {
        return Err(Decode::Newer(version));
    }
    for from in version..D::VERSION {
        D::migrate(from, &mut map).map_err(|e| {
            Decode::Bad(format!("it could not be updated from format {from} ({e})"))
        })?;
    }
    serde_json::from_value(Value::Object(map))
        .map_err(|e| Decode::Bad(format!("its contents are not what Steady expects ({e})")))
}

/// Public decoder for tests and fuzzing: `Ok(None)` means "from a newer Steady".
pub fn decode_document<D: Document>(bytes: &[u8]) -> Result<Option<D>, String> {
    match decode::<D>(bytes) {
        Ok(d) => Ok(Some(d)),
        Err(Decode::Newer(_)) => Ok(None),
        Err(Decode::Bad(r)) => Err(r),
    }
}

#[derive(Serialize)]
struct Envelope<'a, D> {
    version: u64,
    #[serde(flatten)]
    doc: &'a D,
}

/// The bytes `save` writes for a document.
pub fn encode<D: Document>(doc: &D) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(&Envelope {
        version: D::VERSION,
        doc,
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.tmp-")
}

/// Temp file in the same folder, fsync, rename over the target, fsync the folder.
pub fn write_durably(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = dir.join(format!("{}{}-{n}", temp_prefix(target), std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, target)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows has no directory fsync; MoveFileEx with write-through is what rename uses.
    Ok(())
}
