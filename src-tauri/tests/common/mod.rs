//! Steady in Tauri's mock runtime, with the real capability file, for the shell's tests.
// Each test file uses a part of this.
#![allow(dead_code)]

use serde_json::Value;
use steady_core::Steady;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// The app on the data folder `dir`, `prepare` given the core before the app takes it.
pub fn app_with(
    dir: &std::path::Path,
    country: Option<&str>,
    prepare: impl FnOnce(&Steady),
) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    // Private, as Steady makes its own folder; a looser one gets a notice of its own.
    let private = <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o700);
    std::fs::set_permissions(dir, private).expect("a private folder");
    let steady = Steady::open(dir, country.map(String::from)).expect("the core opens");
    prepare(&steady);
    let app = steady_app::setup(
        mock_builder(),
        steady,
        steady_app::sound::Sound::start(),
        Default::default(),
    )
    .build(tauri::generate_context!())
    .expect("the app builds");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the window opens");
    (app, window)
}

pub fn app(
    dir: &std::path::Path,
    country: Option<&str>,
) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    app_with(dir, country, |_| {})
}

/// A call as the page makes it, from the app's own origin on Linux and macOS.
pub fn request(cmd: &str, args: Value) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("the app's origin"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

pub fn call(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(w, request(cmd, args)).map(|b| b.deserialize::<Value>().unwrap_or(Value::Null))
}
