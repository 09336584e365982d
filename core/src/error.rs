//! Typed errors. Each has a stable `code` the UI can react to, and a `Display` text written
//! for the person reading it: plain words, what happened, and that their words are safe.

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// Every error code the page can meet: the one list, so a code is never a loose string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// Input the rules refuse; the message says which rule.
    Invalid,
    Locked,
    NewerVersion,
    KeptUnreadable,
    DiskFull,
    ReadOnly,
    Io,
    Encode,
    NoDataDir,
    DataDir,
    AlreadyRunning,
    /// No app on this computer takes tel: or sms: links.
    NoPhoneApp,
    /// Not available on this system (start at login off Linux).
    Unsupported,
    /// Something Steady ships is damaged.
    Damaged,
    /// A place the person chose cannot be written to.
    Path,
    /// The system's print dialog did not open.
    Print,
    /// Another program holds that key combination.
    ShortcutUnavailable,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("Another copy of Steady is already using {}. Close it, or use that window.", .path.display())]
    Locked { path: PathBuf },

    #[error("{label} file was made by a newer version of Steady (format {found}; this version knows up to {supported}). It has been left exactly as it is. Update Steady to change it.", label = capitalise(.label))]
    NewerVersion {
        label: &'static str,
        found: u64,
        supported: u64,
    },

    #[error("{label} file at {} is being kept as it is, so nothing in it is lost: {reason}. Changes made now are not saved.", .path.display(), label = capitalise(.label))]
    KeptUnreadable {
        label: &'static str,
        path: PathBuf,
        reason: String,
    },

    #[error("The disk is full, so {label} could not be saved. The last saved copy is unchanged. Free some space and try again.")]
    DiskFull { label: &'static str },

    #[error("Steady is not allowed to write in {}, so {label} could not be saved. The last saved copy is unchanged.", .dir.display())]
    ReadOnly { label: &'static str, dir: PathBuf },

    // The system's own words ("os error 21") stay in `source`, for the log.
    #[error("{label} could not be saved: the system refused to write it. The last saved copy is unchanged, and what you wrote is still here.", label = capitalise(.label))]
    Io {
        label: &'static str,
        #[source]
        source: io::Error,
    },

    #[error("{label} could not be prepared for saving ({reason}).", label = capitalise(.label))]
    Encode { label: &'static str, reason: String },
}

impl StoreError {
    pub fn from_io(label: &'static str, dir: &Path, e: io::Error) -> Self {
        use io::ErrorKind as K;
        match e.kind() {
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => StoreError::DiskFull { label },
            K::PermissionDenied | K::ReadOnlyFilesystem => StoreError::ReadOnly {
                label,
                dir: dir.to_path_buf(),
            },
            _ => StoreError::Io { label, source: e },
        }
    }

    /// What the log may say: the code and, for a system fault, its kind and number;
    /// never a path's contents or anything the person wrote.
    pub fn log_detail(&self) -> String {
        match self {
            StoreError::Io { label, source } => format!(
                "{:?} saving {label}: {:?} (os error {:?})",
                self.code(),
                source.kind(),
                source.raw_os_error()
            ),
            StoreError::DiskFull { label }
            | StoreError::ReadOnly { label, .. }
            | StoreError::NewerVersion { label, .. }
            | StoreError::KeptUnreadable { label, .. }
            | StoreError::Encode { label, .. } => format!("{:?} saving {label}", self.code()),
            StoreError::Locked { .. } => format!("{:?}", self.code()),
        }
    }

    pub fn code(&self) -> Code {
        match self {
            StoreError::Locked { .. } => Code::Locked,
            StoreError::NewerVersion { .. } => Code::NewerVersion,
            StoreError::KeptUnreadable { .. } => Code::KeptUnreadable,
            StoreError::DiskFull { .. } => Code::DiskFull,
            StoreError::ReadOnly { .. } => Code::ReadOnly,
            StoreError::Io { .. } => Code::Io,
            StoreError::Encode { .. } => Code::Encode,
        }
    }
}

/// Errors from starting Steady's core.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("Steady could not find a folder for its data: no home folder is known. Set STEADY_DATA_DIR to a folder Steady may use.")]
    NoDataDir,

    #[error("Steady could not use its data folder {} ({source}). Set STEADY_DATA_DIR to a folder Steady may write to.", .dir.display())]
    DataDir {
        dir: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("Steady is already open for this data folder ({}).", .dir.display())]
    AlreadyRunning { dir: PathBuf },

    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(transparent)]
    Content(#[from] crate::content::ContentError),
}

impl StartError {
    pub fn code(&self) -> Code {
        match self {
            StartError::NoDataDir => Code::NoDataDir,
            StartError::DataDir { .. } => Code::DataDir,
            StartError::AlreadyRunning { .. } => Code::AlreadyRunning,
            StartError::Store(e) => e.code(),
            StartError::Content(_) => Code::Damaged,
        }
    }
}

/// Why something the person asked for did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ActionError {
    pub fn code(&self) -> Code {
        match self {
            ActionError::Invalid(_) => Code::Invalid,
            ActionError::Store(e) => e.code(),
        }
    }
}

/// A setting or other input the person (or a page) sent that Steady will not accept.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{message}")]
pub struct InvalidInput {
    pub field: &'static str,
    pub message: String,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
