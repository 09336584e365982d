//! Durable, versioned JSON documents: every file Steady writes goes through here.
//!
//! Rules (the person's words are the most precious thing we hold):
//! - save writes a private temp file in the same folder, fsyncs it, renames it over the
//!   target and fsyncs the folder (`write`), so a reader sees the old or the new document,
//!   never half of one;
//! - only regular files are read, and never more than a document's size cap;
//! - a document that cannot be understood, or that breaks the rules input from the page
//!   must meet, is moved aside (its bytes kept), never overwritten;
//! - a document from a newer Steady is left untouched and saves to it are refused;
//! - one exclusive lock per document, held while the handle lives, so two processes never
//!   write the same file. The OS drops the lock when a process dies, even by SIGKILL;
//! - in a folder Steady may not write to, documents open read-only: they can be read, and
//!   every save is refused with a clear reason.

pub mod data_dir;
pub mod history;
mod json;
pub mod log_file;
pub mod private;
pub mod slot;
pub mod time;
mod write;

use std::fs::{self, File, TryLockError};
use std::io::{self, Read};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{InvalidInput, StoreError};
use crate::store::time::utc_stamp;
use crate::vault::key::Key;
use crate::vault::seal;

use write::{private_options, sync_dir, temp_prefix};
pub use write::{write_durably, write_durably_with, Faults, NoFaults, Step};

/// A kind of file Steady keeps, e.g. settings or the safety plan.
pub trait Document: Serialize + DeserializeOwned + Default {
    /// File stem: `settings` is kept as `settings.json`. Also the document's id in an
    /// error or a notice (the catalogue's `$doc`).
    const NAME: &'static str;
    /// The format version this build writes.
    const VERSION: u64;
    /// Larger files are not read: no document of ours gets near this.
    const MAX_BYTES: u64 = 4 * 1024 * 1024;

    /// Move a document one step forward, from version `from` to `from + 1`.
    /// Only called for `from < VERSION`.
    fn migrate(from: u64, doc: &mut Map<String, Value>) -> Result<(), BadFile> {
        let _ = doc;
        Err(BadFile::NoMigration { from })
    }

    /// Checks a document read from disk against the same rules as input from the page,
    /// and mends what can be mended without losing anything (ids that collide, say).
    /// `Ok(Some(what))` says what was mended, for the log; `Err(rule)` means the file
    /// breaks a rule that cannot be mended, and it is set aside.
    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        Ok(None)
    }
}

/// Why a file (or bytes offered as one) cannot be read as a document. For the log and
/// for tests: it never holds any of the file's content, only the kind of fault and,
/// for damaged JSON, where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadFile {
    #[error("it is empty")]
    Empty,
    #[error("it is not text")]
    NotText,
    #[error("the same field appears twice in it")]
    DuplicateField,
    #[error("it is nested far more deeply than Steady ever writes")]
    TooDeep,
    /// serde_json's own fault, by its category and place (its message can quote the file).
    #[error(
        "its text is damaged or incomplete ({category:?} fault at line {line}, column {column})"
    )]
    Damaged {
        category: serde_json::error::Category,
        line: usize,
        column: usize,
    },
    #[error("it is not a Steady file")]
    NotSteady,
    #[error("it is not a Steady file (no format version)")]
    NoVersion,
    #[error("it could not be updated from format {from}")]
    NoMigration { from: u64 },
    #[error("its contents are not what Steady expects")]
    Unexpected,
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
    /// Read and in use, after mending what is described (nothing was dropped).
    Repaired { what: String },
    /// The folder is read-only: the file is read, and saves are refused.
    ReadOnly,
    /// Protection is on but the file was plain (protection was being turned on when
    /// Steady stopped, or someone put a plain file there). Read, and sealed at its next
    /// save, which the app makes at once.
    WasPlain,
}

/// One document on disk, locked for this process while the handle lives.
pub struct DocFile<D> {
    dir: PathBuf,
    path: PathBuf,
    /// Set when saving would destroy something we could not keep: saves are refused.
    blocked: Option<Blocked>,
    /// `None` in a read-only folder, where no lock file can be made (and nobody can write).
    _lock: Option<File>,
    /// The data key, while protection is on and Steady is unlocked: saves are sealed with
    /// it, and a sealed file opens only with it.
    key: Option<Key>,
    _doc: PhantomData<fn() -> D>,
}

#[derive(Debug, Clone)]
enum Blocked {
    Newer { found: u64 },
    Unreadable { reason: String },
    ReadOnly,
}

impl<D: Document> DocFile<D> {
    /// Takes this document's lock in `dir` (which must exist). Fails with
    /// [`StoreError::Locked`] if another process holds it.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let path = document_path::<D>(dir);
        let lock_path = dir.join(format!("{}.json.lock", D::NAME));
        let lock = match open_lock_file(&lock_path) {
            Ok(lock) => Some(lock),
            Err(e) if is_read_only(&e) => None,
            Err(e) => return Err(StoreError::from_io(D::NAME, dir, e)),
        };
        if let Some(lock) = &lock {
            match lock.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => return Err(StoreError::Locked { path }),
                Err(TryLockError::Error(e)) => return Err(StoreError::from_io(D::NAME, dir, e)),
            }
        }
        let file = DocFile {
            dir: dir.to_path_buf(),
            path,
            blocked: lock.is_none().then_some(Blocked::ReadOnly),
            _lock: lock,
            key: None,
            _doc: PhantomData,
        };
        file.remove_stale_temps();
        Ok(file)
    }

    /// Seal saves with this key, and open sealed files with it (`None`: plain files).
    pub fn set_key(&mut self, key: Option<Key>) {
        self.key = key;
    }

    /// Refuses every save from now on: the folder cannot be written.
    pub fn mark_read_only(&mut self) {
        self.blocked = Some(Blocked::ReadOnly);
    }

    /// Whether saves are refused because the folder cannot be written.
    pub fn read_only(&self) -> bool {
        matches!(self.blocked, Some(Blocked::ReadOnly))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the document. Never fails: a missing file gives defaults; anything else that
    /// stops us using the file gives defaults plus a notice saying what happened to it.
    pub fn load(&mut self) -> (D, Option<LoadNotice>) {
        let read_only = self.read_only();
        self.blocked = read_only.then_some(Blocked::ReadOnly);
        let bytes = match read_regular(&self.path, D::MAX_BYTES) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return (D::default(), read_only.then_some(LoadNotice::ReadOnly)),
            Err(ReadFail::TooLarge) => {
                return self.set_aside(format!(
                    "it is larger than {} bytes, far larger than Steady ever writes",
                    D::MAX_BYTES
                ))
            }
            Err(ReadFail::NotAFile) => return self.set_aside("it is not an ordinary file".into()),
            Err(ReadFail::Io(e)) => {
                let reason = if is_read_only(&e) {
                    "Steady is not allowed to read it".to_string()
                } else {
                    "the system could not read it".to_string()
                };
                self.blocked = Some(Blocked::Unreadable {
                    reason: reason.clone(),
                });
                return (D::default(), Some(LoadNotice::LeftAlone { reason }));
            }
        };
        let was_plain = !seal::is_sealed(&bytes);
        let bytes = match (&self.key, was_plain) {
            (_, true) => zeroize::Zeroizing::new(bytes),
            (Some(key), false) => match seal::open(key, D::NAME, &bytes) {
                Ok(plain) => plain,
                Err(e) => return self.set_aside(e.to_string()),
            },
            // Sealed, and no key to open it with: never overwrite what cannot be read.
            (None, false) => {
                let reason = "it is protected, and Steady has no key for it".to_string();
                self.blocked = Some(Blocked::Unreadable {
                    reason: reason.clone(),
                });
                return (D::default(), Some(LoadNotice::LeftAlone { reason }));
            }
        };
        let was_plain = was_plain && self.key.is_some();
        let mut doc = match decode::<D>(&bytes) {
            Ok(doc) => doc,
            Err(Decode::Newer(found)) => {
                self.blocked = Some(Blocked::Newer { found });
                return (D::default(), Some(LoadNotice::Newer { found }));
            }
            Err(Decode::Bad(bad)) => return self.set_aside(bad.to_string()),
        };
        match doc.check_loaded() {
            Err(rule) => self.set_aside(format!("it breaks a rule ({}: {rule})", rule.field)),
            Ok(_) if read_only => (doc, Some(LoadNotice::ReadOnly)),
            Ok(_) if was_plain => (doc, Some(LoadNotice::WasPlain)),
            Ok(Some(what)) => (doc, Some(LoadNotice::Repaired { what })),
            Ok(None) => (doc, None),
        }
    }

    /// Writes the whole document durably. On any error the previous file is intact.
    pub fn save(&mut self, doc: &D) -> Result<(), StoreError> {
        self.save_with(doc, &NoFaults)
    }

    /// `save`, with faults injected into the write (for the fault-injection tests).
    pub fn save_with(&mut self, doc: &D, faults: &dyn Faults) -> Result<(), StoreError> {
        match &self.blocked {
            Some(Blocked::Newer { found }) => {
                return Err(StoreError::NewerVersion {
                    doc: D::NAME,
                    found: *found,
                    supported: D::VERSION,
                })
            }
            Some(Blocked::Unreadable { reason }) => {
                return Err(StoreError::KeptUnreadable {
                    doc: D::NAME,
                    path: self.path.clone(),
                    reason: reason.clone(),
                })
            }
            Some(Blocked::ReadOnly) => {
                return Err(StoreError::ReadOnly {
                    doc: D::NAME,
                    dir: self.dir.clone(),
                })
            }
            None => {}
        }
        let bytes = zeroize::Zeroizing::new(encode(doc).map_err(|e| StoreError::Encode {
            doc: D::NAME,
            reason: e.to_string(),
        })?);
        let bytes = match &self.key {
            Some(key) => seal::seal(key, D::NAME, &bytes).map_err(|e| StoreError::Encode {
                doc: D::NAME,
                reason: e.to_string(),
            })?,
            None => bytes.to_vec(),
        };
        write_durably_with(&self.dir, &self.path, &bytes, faults)
            .map_err(|e| StoreError::from_io(D::NAME, &self.dir, e))
    }

    fn set_aside(&mut self, reason: String) -> (D, Option<LoadNotice>) {
        if self.read_only() {
            let reason = format!("{reason}; the folder is read-only, so it stays where it is");
            return (D::default(), Some(LoadNotice::LeftAlone { reason }));
        }
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

/// Opens (creating if needed, mode 0600) a lock file. In a folder that has become
/// read-only an existing lock file still opens for reading, and a flock works on it.
pub fn open_lock_file(path: &Path) -> io::Result<File> {
    match private_options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
    {
        Ok(f) => Ok(f),
        Err(e) => File::open(path).map_err(|_| e),
    }
}

/// The error a folder gives when Steady may read but not write there.
pub fn is_read_only(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Makes a folder only its owner may enter (0700). An existing folder that others could
/// read is tightened; the answer says whether that happened.
pub fn create_private_dir(dir: &Path) -> io::Result<bool> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir)?.permissions().mode();
        if mode & 0o077 != 0 {
            match fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o700 | 0o700)) {
                Ok(()) => return Ok(true),
                // A folder we cannot change (read-only) is still usable for reading.
                Err(e) if is_read_only(&e) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
    }
    Ok(false)
}

/// Where a document is kept in `dir`: `settings` as `settings.json`.
fn document_path<D: Document>(dir: &Path) -> PathBuf {
    dir.join(format!("{}.json", D::NAME))
}

/// Reads a plain document in `dir` without taking its lock or changing anything: a look
/// from outside the running Steady (the terminal's language). `None` for anything Steady
/// would not use as it is: no file, a damaged, sealed or newer one, or one breaking a rule.
pub fn peek<D: Document>(dir: &Path) -> Option<D> {
    let bytes = read_regular(&document_path::<D>(dir), D::MAX_BYTES).ok()??;
    let mut doc = decode::<D>(&bytes).ok()?;
    doc.check_loaded().ok()?;
    Some(doc)
}

/// Reads a regular file of at most `max` bytes (see `read_regular`), as an io result.
pub fn read_regular_file(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    match read_regular(path, max) {
        Ok(Some(b)) => Ok(b),
        Ok(None) => Err(io::Error::new(io::ErrorKind::NotFound, "no such file")),
        Err(ReadFail::TooLarge) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "larger than Steady ever writes",
        )),
        Err(ReadFail::NotAFile) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not an ordinary file",
        )),
        Err(ReadFail::Io(e)) => Err(e),
    }
}

enum ReadFail {
    TooLarge,
    NotAFile,
    Io(io::Error),
}

/// Reads a regular file of at most `max` bytes. A FIFO, a device or a folder is refused
/// before it is opened for long (a FIFO would block, `/dev/zero` would never end), and
/// the cap is applied while reading, so a file that grows meanwhile cannot exhaust memory.
fn read_regular(path: &Path, max: u64) -> Result<Option<Vec<u8>>, ReadFail> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(ReadFail::Io(e)),
    };
    if !meta.is_file() {
        return Err(ReadFail::NotAFile);
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    // Never block on open, should the file be swapped for a FIFO after the check above.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(ReadFail::Io(e)),
    };
    match file.metadata() {
        Ok(m) if m.is_file() => {}
        Ok(_) => return Err(ReadFail::NotAFile),
        Err(e) => return Err(ReadFail::Io(e)),
    }
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadFail::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadFail::TooLarge);
    }
    Ok(Some(bytes))
}

enum Decode {
    Newer(u64),
    Bad(BadFile),
}

/// Parses, checks the version, migrates and deserialises. Public to the crate so the
/// fuzz target and property tests reach exactly the loader's logic.
fn decode<D: Document>(bytes: &[u8]) -> Result<D, Decode> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Decode::Bad(BadFile::Empty));
    }
    let value = json::parse(bytes).map_err(Decode::Bad)?;
    let Value::Object(mut map) = value else {
        return Err(Decode::Bad(BadFile::NotSteady));
    };
    let version = match map.remove("version") {
        Some(Value::Number(n)) => n.as_u64().filter(|v| *v >= 1),
        _ => None,
    }
    .ok_or(Decode::Bad(BadFile::NoVersion))?;
    if version > D::VERSION {
        return Err(Decode::Newer(version));
    }
    for from in version..D::VERSION {
        D::migrate(from, &mut map).map_err(|_| Decode::Bad(BadFile::NoMigration { from }))?;
    }
    serde_json::from_value(Value::Object(map)).map_err(|_| Decode::Bad(BadFile::Unexpected))
}

/// Public decoder for tests and fuzzing: `Ok(None)` means "from a newer Steady".
pub fn decode_document<D: Document>(bytes: &[u8]) -> Result<Option<D>, BadFile> {
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

/// The bytes `save` writes for a document. Numbers kept from the file come back exactly.
pub fn encode<D: Document>(doc: &D) -> Result<Vec<u8>, serde_json::Error> {
    let bytes = serde_json::to_vec_pretty(&Envelope {
        version: D::VERSION,
        doc,
    })?;
    let mut bytes = json::restore_numbers(bytes);
    bytes.push(b'\n');
    Ok(bytes)
}
