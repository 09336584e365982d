//! Logging out, shutting down or `kill` send SIGTERM, SIGHUP or SIGINT. Steady answers
//! them as it answers the close button: the page saves what is being typed, then Steady
//! quits, within the closing flow's deadline. A second signal ends it at once.

use tauri::{AppHandle, Runtime};

use crate::closing::{self, Mode};

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
                        eprintln!(
                            "Steady cannot save on logout ({e}); closing the window still saves."
                        );
                        return;
                    }
                }
            }
            let [term, hup, int] = &mut streams[..] else {
                return;
            };
            tokio::select! {
                _ = term.recv() => {}
                _ = hup.recv() => {}
                _ = int.recv() => {}
            }
            closing::begin(&app, Mode::Quit);
            tokio::select! {
                _ = term.recv() => {}
                _ = hup.recv() => {}
                _ = int.recv() => {}
            }
            app.exit(0);
        });
    }
    #[cfg(not(unix))]
    let _ = app;
}
