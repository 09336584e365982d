//! Logging out, shutting down or `kill` send SIGTERM, SIGHUP or SIGINT. Steady answers
//! them as it answers Quit in the tray: the page saves what is being typed, then Steady
//! quits, within the closing flow's deadline. A second signal ends it at once (the rule is
//! the core's `CloseState::signal`).

use steady_core::launch::closing::{CloseState, Signal};
use tauri::{AppHandle, Manager, Runtime};

use crate::closing;

pub fn listen<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            let kinds = [
                SignalKind::terminate(),
                SignalKind::hangup(),
                SignalKind::interrupt(),
            ];
            let mut streams = Vec::new();
            for kind in kinds {
                match signal(kind) {
                    Ok(s) => streams.push(s),
                    Err(e) => {
                        log::warn!(target: "steady", "no signal handler: {:?}", e.kind());
                        eprintln!("{}", crate::terminal_words().get("cli-no-signals", &[]));
                        return;
                    }
                }
            }
            let [term, hup, int] = &mut streams[..] else {
                return;
            };
            loop {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = hup.recv() => {}
                    _ = int.recv() => {}
                }
                match app.try_state::<CloseState>().map(|s| s.signal()) {
                    Some(Signal::Close(c)) => closing::tell_page(&app, c),
                    Some(Signal::ExitNow) | None => {
                        app.exit(0);
                        return;
                    }
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = app;
}
