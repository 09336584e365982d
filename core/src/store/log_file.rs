//! A log for whoever maintains Steady, through the `log` facade: what ran and what failed,
//! by command name, error code and the kind of system fault. Never a word the person
//! wrote: nothing that carries their text is ever formatted into a record (the callers
//! log codes and fields, not messages), and the file is private like everything else.
//!
//! Kept in `logs/` in the data folder: `steady.log`, and the one before it as
//! `steady.1.log` once it passes `MAX_BYTES`, so the whole log never exceeds twice that.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::store::create_private_dir;
use crate::store::time::utc_stamp;

/// One file's size before it is rotated.
pub const MAX_BYTES: u64 = 256 * 1024;
pub const FOLDER: &str = "logs";

pub struct LogFile {
    dir: PathBuf,
    inner: Mutex<Option<(File, u64)>>,
    level: log::LevelFilter,
}

impl LogFile {
    /// Opens (creating, private) `logs/` in `data_dir`.
    pub fn open(data_dir: &Path, level: log::LevelFilter) -> io::Result<LogFile> {
        let dir = data_dir.join(FOLDER);
        create_private_dir(&dir)?;
        let file = LogFile {
            dir,
            inner: Mutex::new(None),
            level,
        };
        file.reopen()?;
        Ok(file)
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join("steady.log")
    }

    fn reopen(&self) -> io::Result<()> {
        let path = self.path();
        let mut options = fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let f = options.open(&path)?;
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        *self.lock() = Some((f, len));
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<(File, u64)>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn write_line(&self, line: &str) -> io::Result<()> {
        let full = {
            let mut guard = self.lock();
            let Some((file, len)) = guard.as_mut() else {
                return Ok(());
            };
            file.write_all(line.as_bytes())?;
            *len = len.saturating_add(line.len() as u64);
            *len > MAX_BYTES
        };
        if full {
            *self.lock() = None;
            fs::rename(self.path(), self.dir.join("steady.1.log"))?;
            self.reopen()?;
        }
        Ok(())
    }

    /// Makes this the process's logger (once per process; later calls are refused).
    pub fn install(self) -> Result<(), log::SetLoggerError> {
        let level = self.level;
        log::set_boxed_logger(Box::new(self))?;
        log::set_max_level(level);
        Ok(())
    }
}

impl log::Log for LogFile {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= self.level
    }

    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!(
            "{} {:<5} {}: {}\n",
            utc_stamp(std::time::SystemTime::now()),
            record.level(),
            record.target(),
            record.args()
        );
        // A log that cannot be written must never stop Steady.
        let _ = self.write_line(&line);
    }

    fn flush(&self) {
        if let Some((f, _)) = self.lock().as_mut() {
            let _ = f.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use log::Log;

    #[test]
    fn lines_go_to_a_private_file_that_rotates_past_its_cap() {
        let tmp = tempfile::tempdir().unwrap();
        let log = LogFile::open(tmp.path(), log::LevelFilter::Debug).unwrap();
        let record = |msg: &str| {
            log.log(
                &log::Record::builder()
                    .args(format_args!("{msg}"))
                    .level(log::Level::Info)
                    .target("steady")
                    .build(),
            )
        };
        record("command plan_add");
        let text = fs::read_to_string(log.path()).unwrap();
        assert!(text.contains("INFO  steady: command plan_add\n"), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&log.path()), 0o600);
            assert_eq!(mode(&tmp.path().join(FOLDER)), 0o700);
        }
        let long = "x".repeat(1000);
        for _ in 0..(MAX_BYTES / 1000 + 5) {
            record(&long);
        }
        let kept = tmp.path().join(FOLDER).join("steady.1.log");
        assert!(kept.exists(), "rotated");
        let now = fs::metadata(log.path()).unwrap().len();
        assert!(now < MAX_BYTES, "the current file starts again: {now}");
        assert!(fs::metadata(&kept).unwrap().len() <= MAX_BYTES + 2_000);
    }
}
