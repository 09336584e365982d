//! Work that waits until the first screen can be used: the tray, the global shortcut and
//! the sound device. Each costs start-up time (D-Bus, X11 and sound-system probing on a
//! 2-core machine), and none is needed in the first second.

use std::sync::Mutex;
use std::time::Duration;

/// Whatever happens first of: the page says it is ready, or this much time has passed
/// (a hidden window may never paint, and a page may fail).
pub const AT_THE_LATEST: Duration = Duration::from_millis(1500);

type Job = Box<dyn FnOnce() + Send>;

#[derive(Default)]
pub struct AfterFirstScreen(Mutex<Option<Job>>);

impl AfterFirstScreen {
    pub fn new(job: impl FnOnce() + Send + 'static) -> Self {
        AfterFirstScreen(Mutex::new(Some(Box::new(job))))
    }

    /// Sets the job (the app's setup does, before the page can be ready).
    pub fn set(&self, job: impl FnOnce() + Send + 'static) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(Box::new(job));
    }

    /// Runs the job if it has not run yet.
    pub fn run(&self) {
        let job = self.0.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(job) = job {
            job();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;

    #[test]
    fn the_job_runs_once_whoever_asks_first() {
        let n = Arc::new(AtomicU32::new(0));
        let m = Arc::clone(&n);
        let after = AfterFirstScreen::new(move || {
            m.fetch_add(1, Ordering::SeqCst);
        });
        after.run();
        after.run();
        assert_eq!(n.load(Ordering::SeqCst), 1);
    }
}
