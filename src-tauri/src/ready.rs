//! With `STEADY_REPORT_READY=1`, one line on stdout when the first screen is interactive,
//! so start-up can be timed from outside: `STEADY_READY <unix epoch milliseconds>`.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub const ENV: &str = "STEADY_REPORT_READY";

pub struct ReadySignal {
    enabled: bool,
    sent: AtomicBool,
}

impl ReadySignal {
    pub fn from_env() -> Self {
        ReadySignal {
            enabled: std::env::var(ENV).is_ok_and(|v| v == "1"),
            sent: AtomicBool::new(false),
        }
    }

    pub fn report(&self) {
        if !self.enabled || self.sent.swap(true, Ordering::SeqCst) {
            return;
        }
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        let mut out = std::io::stdout().lock();
        // Nothing to do if stdout is closed: the signal is for whoever listens.
        let _ = writeln!(out, "STEADY_READY {ms}");
        let _ = out.flush();
    }
}
