//! The navigation guard: the window shows Steady's own pages and nothing else (the rule
//! is the core's). A refused navigation is noted on stderr, without the address, which
//! could hold something the person typed.

use tauri::plugin::{Builder, TauriPlugin};
use tauri::Runtime;

pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard")
        .on_navigation(|_, url| {
            let ok = steady_core::launch::navigation::is_own_page(url.scheme(), url.host_str());
            if !ok {
                eprintln!(
                    "{}",
                    crate::terminal_words().get(
                        "cli-navigation-refused",
                        &[("scheme", url.scheme().to_string().into())]
                    )
                );
            }
            ok
        })
        .build()
}
