//! With `STEADY_REPORT_READY=1`, one line on stdout when the first screen is painted,
//! so start-up can be timed from outside: `STEADY_READY <unix epoch milliseconds>`, then
//! `STEADY_LIVE <ms>` once the page's modules run it (input before that is held); and
//! `STEADY_SHOWN <screen> <ms>` each time a screen opened from outside has been drawn.

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
        say("STEADY_READY");
    }

    /// The page's modules have taken over from the first paint.
    pub fn report_live(&self) {
        if self.enabled {
            say("STEADY_LIVE");
        }
    }

    /// Each time a screen reached from outside (launch, hand-off, tray) has been drawn.
    pub fn report_shown(&self, screen: &str) {
        if self.enabled {
            // Only a plain word, so a page cannot write arbitrary lines here.
            let word: String = screen
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .take(32)
                .collect();
            say(&format!("STEADY_SHOWN {word}"));
        }
    }
}

fn say(what: &str) {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    let mut out = std::io::stdout().lock();
    // Nothing to do if stdout is closed: the signal is for whoever listens.
    let _ = writeln!(out, "{what} {ms}");
    let _ = out.flush();
}
