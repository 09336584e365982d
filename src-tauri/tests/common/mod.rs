//! Steady in Tauri's mock runtime, with the real capability file, for the shell's tests.
// Each test file uses a part of this.
#![allow(dead_code)]

use serde_json::Value;
use steady_core::Steady;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// Homes of the test process's own, set once before any app is built: WebKit's folder
/// (`org.steady.companion`, which Tauri makes in the XDG data home for every window, mock
/// or not), a sound library's files (PulseAudio's cookie and runtime link) and anything
/// else that follows `HOME` or the XDG variables land in `<target>/tmp/steady-mock-homes`,
/// never in the real home. ALSA is given an empty configuration there, so the sound device
/// is missing on every machine alike.
fn private_homes() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let root = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("steady-mock-homes");
        let alsa = root.join("alsa-none.conf");
        for sub in ["home", "data", "config", "cache", "state", "runtime"] {
            std::fs::create_dir_all(root.join(sub)).expect("a private home");
        }
        if !alsa.exists() {
            std::fs::write(&alsa, "# no sound devices, for tests\n").expect("an ALSA config");
        }
        let private = <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o700);
        std::fs::set_permissions(root.join("runtime"), private).expect("a private runtime folder");
        // Every test of the file calls this before building its app, so no other thread is
        // yet inside a library that reads the environment.
        std::env::set_var("HOME", root.join("home"));
        std::env::set_var("XDG_DATA_HOME", root.join("data"));
        std::env::set_var("XDG_CONFIG_HOME", root.join("config"));
        std::env::set_var("XDG_CACHE_HOME", root.join("cache"));
        std::env::set_var("XDG_STATE_HOME", root.join("state"));
        std::env::set_var("XDG_RUNTIME_DIR", root.join("runtime"));
        std::env::set_var("ALSA_CONFIG_PATH", alsa);
    });
}

/// Runs this test binary again, every test but `skip` (the one calling this), with `HOME`
/// a new empty folder and no XDG variables, as on a fresh machine; fails if any test
/// failed there or anything appeared in that home.
pub fn run_again_in_a_fresh_home(skip: &str) {
    let home = tempfile::tempdir().expect("a fresh home");
    let mut cmd = std::process::Command::new(std::env::current_exe().expect("this test binary"));
    cmd.args(["--exact", "--skip", skip, "--test-threads=4"])
        .env("HOME", home.path());
    for k in [
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
        "XDG_RUNTIME_DIR",
        "ALSA_CONFIG_PATH",
    ] {
        cmd.env_remove(k);
    }
    let out = cmd.output().expect("the test binary runs again");
    assert!(
        out.status.success(),
        "the tests failed in a fresh home:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let left: Vec<String> = walk(home.path())
        .iter()
        .map(|p| {
            p.strip_prefix(home.path())
                .unwrap_or(p)
                .display()
                .to_string()
        })
        .collect();
    assert!(
        left.is_empty(),
        "the tests left this in the home folder (it belongs in their temporary folders):\n{}",
        left.join("\n")
    );
}

/// Everything under `dir`, folders included.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

/// The app on the data folder `dir`, `prepare` given the core before the app takes it.
pub fn app_with(
    dir: &std::path::Path,
    country: Option<&str>,
    prepare: impl FnOnce(&Steady),
) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    private_homes();
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
