//! What the person should be told once, at start: a code and its arguments. The words are
//! the catalogue's (`notice-<code>`); nothing here is prose.

use std::path::Path;

use serde::Serialize;

use crate::store::{Document, LoadNotice};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "code", content = "args", rename_all = "snake_case")]
pub enum Notice {
    /// A file could not be understood; it is kept, unchanged, under another name.
    SetAside { doc: &'static str, kept_as: String },
    /// A file could not be used and is left as it is; changes are not saved.
    LeftAlone { doc: &'static str },
    /// Saved by a newer Steady: left as it is, defaults in use, nothing saved.
    NewerVersion { doc: &'static str, found: u64 },
    /// Something was mended on load (ids that collided); nothing was lost.
    Repaired { doc: &'static str },
    /// Protection is on, but the file was found unprotected; it is sealed now.
    SealedNow { doc: &'static str },
    /// The data folder cannot be written: everything reads, nothing saves.
    ReadOnly,
    /// The data folder was open to other people on this computer; now it is not.
    FolderTightened,
}

impl Notice {
    /// One of each kind, for the test that every notice has words in the catalogue.
    /// `code` below matches without a wildcard, so a new kind cannot be added without
    /// passing here (it sits beside it).
    pub fn every() -> Vec<Notice> {
        vec![
            Notice::SetAside {
                doc: "plan",
                kept_as: String::new(),
            },
            Notice::LeftAlone { doc: "plan" },
            Notice::NewerVersion {
                doc: "plan",
                found: 2,
            },
            Notice::Repaired { doc: "plan" },
            Notice::SealedNow { doc: "plan" },
            Notice::ReadOnly,
            Notice::FolderTightened,
        ]
    }

    pub fn code(&self) -> &'static str {
        match self {
            Notice::SetAside { .. } => "set_aside",
            Notice::LeftAlone { .. } => "left_alone",
            Notice::NewerVersion { .. } => "newer_version",
            Notice::Repaired { .. } => "repaired",
            Notice::SealedNow { .. } => "sealed_now",
            Notice::ReadOnly => "read_only",
            Notice::FolderTightened => "folder_tightened",
        }
    }

    /// The notice for a load, if the person needs one. The load's reason is not kept:
    /// a parser's words can quote the file, and the file is the person's.
    pub(crate) fn from_load<D: Document>(notice: LoadNotice) -> Option<Notice> {
        let doc = D::NAME;
        Some(match notice {
            LoadNotice::SetAside { kept_as, .. } => Notice::SetAside {
                doc,
                kept_as: file_name(&kept_as),
            },
            LoadNotice::LeftAlone { .. } => Notice::LeftAlone { doc },
            LoadNotice::Newer { found } => Notice::NewerVersion { doc, found },
            LoadNotice::Repaired { .. } => Notice::Repaired { doc },
            LoadNotice::WasPlain => Notice::SealedNow { doc },
            // Said once for the whole folder, not per file.
            LoadNotice::ReadOnly => return None,
        })
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}
