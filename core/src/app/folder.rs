//! The data folder as a whole: whether Steady may write in it, and the instance lock that
//! keeps one Steady per folder.

use std::fs::{File, TryLockError};
use std::path::Path;

use crate::error::StartError;
use crate::store::{is_read_only, open_lock_file};

/// Whether a file can be made in `dir` (false on a read-only disk or folder).
pub fn can_write(dir: &Path) -> bool {
    let probe = dir.join(format!(".write-check-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(e) => !is_read_only(&e),
    }
}

/// The instance lock; `None` when the folder is read-only and has no lock file yet.
pub fn take_instance_lock(dir: &Path) -> Result<Option<File>, StartError> {
    let path = dir.join("steady.lock");
    let file = match open_lock_file(&path) {
        Ok(f) => f,
        Err(e) if is_read_only(&e) => return Ok(None),
        Err(source) => {
            return Err(StartError::DataDir {
                dir: dir.to_path_buf(),
                source,
            })
        }
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Err(StartError::AlreadyRunning {
            dir: dir.to_path_buf(),
        }),
        Err(TryLockError::Error(source)) => Err(StartError::DataDir {
            dir: dir.to_path_buf(),
            source,
        }),
    }
}
