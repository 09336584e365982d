//! A bare Tauri 2 window: the floor Steady's start-up and memory are compared against.
//! The page calls `ready` once its first frame is painted (the same rule as Steady's page);
//! `ready` prints `BARE_READY <unix epoch ms>`.

// No console window on Windows release builds, as in Steady.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands {
    use std::io::Write;
    use std::time::{SystemTime, UNIX_EPOCH};

    #[tauri::command]
    pub fn ready() {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "BARE_READY {ms}");
        let _ = out.flush();
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::ready])
        .run(tauri::generate_context!())
        .expect("the bare window failed to start");
}
