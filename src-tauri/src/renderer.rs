//! Which of WebKitGTK's drawing paths the window uses. Steady's screens are still text and
//! one moving shape; WebKitGTK's DMA-BUF renderer re-composites the whole window for each
//! step of the breathing shape, and with software GL (no GPU, or a driver it cannot use)
//! that cost about 29% of a core during a breathing session here, against 7% on the
//! shared-memory path, which also holds about 70 MiB less. So Steady takes that path
//! unless the person's environment has already chosen (`WEBKIT_DISABLE_DMABUF_RENDERER=0`
//! gives the DMA-BUF renderer back).

/// The variable WebKitGTK reads, in the web process it starts, which inherits it.
pub const VARIABLE: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";

/// What to set, given what the environment already says: nothing when it says anything.
pub fn choice(already: Option<&std::ffi::OsStr>) -> Option<&'static str> {
    match already {
        Some(_) => None,
        None => Some("1"),
    }
}

/// Call first thing in `main`, before any thread exists (setting the environment is only
/// sound while the process has one thread).
pub fn choose() {
    #[cfg(target_os = "linux")]
    if let Some(value) = choice(std::env::var_os(VARIABLE).as_deref()) {
        std::env::set_var(VARIABLE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn the_persons_own_setting_is_kept() {
        assert_eq!(choice(None), Some("1"));
        assert_eq!(choice(Some(OsStr::new("0"))), None);
        assert_eq!(choice(Some(OsStr::new("1"))), None);
        assert_eq!(choice(Some(OsStr::new(""))), None);
    }
}
