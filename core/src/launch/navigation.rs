//! Where the window may go: only Steady's own pages, served from inside the app. A link
//! or a script that tries to open anything else (a web page, a file) is refused, so the
//! window can never show content Steady did not ship, nor be used to reach the network.

/// Whether a URL (as scheme and host) is one of Steady's own pages: `tauri://localhost`
/// on Linux and macOS, `http(s)://tauri.localhost` on Windows.
pub fn is_own_page(scheme: &str, host: Option<&str>) -> bool {
    matches!(
        (scheme, host),
        ("tauri", Some("localhost")) | ("http" | "https", Some("tauri.localhost"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_steadys_own_pages() {
        assert!(is_own_page("tauri", Some("localhost")));
        assert!(is_own_page("http", Some("tauri.localhost")));
        for (scheme, host) in [
            ("https", Some("example.org")),
            ("http", Some("localhost")),
            ("file", None),
            ("tauri", Some("evil")),
            ("data", None),
            ("javascript", None),
        ] {
            assert!(!is_own_page(scheme, host), "{scheme} {host:?}");
        }
    }
}
