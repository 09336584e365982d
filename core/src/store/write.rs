//! The one way Steady writes a file: a private temp file in the same folder, fsync,
//! rename over the target, fsync the folder. A reader sees the old or the new file,
//! never half of one.
//!
//! Each step can be made to fail through [`Faults`], so the fault-injection tests can stop
//! a save at every point of the sequence and check that what is left is still readable.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The steps of a durable write, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Creating the temp file.
    Create,
    /// Writing the bytes (a fault here leaves half of them in the temp file).
    Write,
    /// Flushing the temp file to disk.
    Sync,
    /// Renaming it over the target.
    Rename,
    /// Flushing the folder, after the rename.
    SyncFolder,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Create,
        Step::Write,
        Step::Sync,
        Step::Rename,
        Step::SyncFolder,
    ];
}

/// Where a write may be made to fail; the real app uses [`NoFaults`].
pub trait Faults {
    /// Called before `step`; an error stops the write there, as the system would.
    fn before(&self, step: Step) -> io::Result<()>;
}

pub struct NoFaults;

impl Faults for NoFaults {
    fn before(&self, _: Step) -> io::Result<()> {
        Ok(())
    }
}

pub(crate) fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.tmp-")
}

/// Writes `bytes` to `target` durably. The new file is readable by its owner alone.
pub fn write_durably(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    write_durably_with(dir, target, bytes, &NoFaults)
}

pub fn write_durably_with(
    dir: &Path,
    target: &Path,
    bytes: &[u8],
    faults: &dyn Faults,
) -> io::Result<()> {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = dir.join(format!("{}{}-{n}", temp_prefix(target), std::process::id()));
    let mut renamed = false;
    let result = (|| {
        faults.before(Step::Create)?;
        let mut file = private_options().write(true).create_new(true).open(&temp)?;
        // Half the bytes first, so a fault at `Write` leaves a torn temp file behind.
        let half = bytes.len() / 2;
        file.write_all(&bytes[..half])?;
        faults.before(Step::Write)?;
        file.write_all(&bytes[half..])?;
        faults.before(Step::Sync)?;
        file.sync_all()?;
        drop(file);
        faults.before(Step::Rename)?;
        fs::rename(&temp, target)?;
        renamed = true;
        faults.before(Step::SyncFolder)?;
        sync_dir(dir)
    })();
    if result.is_err() && !renamed {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Options that create a file as mode 0600 on Unix.
pub(crate) fn private_options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
pub(crate) fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows has no directory fsync; MoveFileEx with write-through is what rename uses.
    Ok(())
}
