//! Steady's window: wires the core into Tauri. Commands live in `commands`; start-up
//! checks (display, data folder, second instance) in `run`.

pub mod autostart;
pub mod closing;
pub mod commands;
pub mod deferred;
pub mod error;
pub mod export;
pub mod launch;
pub mod navigation;
pub mod ready;
pub mod shortcut;
pub mod signals;
pub mod sound;
pub mod tray;

use std::path::Path;
use std::time::Duration;

use steady_core::help::directory::system_country;
use steady_core::launch::closing::CloseState;
use steady_core::launch::command_line::{self, Invocation, Launch, USAGE_EXIT};
use steady_core::launch::handoff::{self, HandoffError};
use steady_core::store::data_dir;
use steady_core::{StartError, Steady};
use tauri::{Builder, Manager, Runtime};

// `COMMANDS` and `steady_handler!`, written by build.rs from its one list of commands, which
// also makes the build manifest; tests/command_list.rs checks the capability against it.
include!(concat!(env!("OUT_DIR"), "/command_list.rs"));

const VERSION: &str = env!("CARGO_PKG_VERSION");
/// How long a later launch waits for the running Steady to answer (it may be starting).
const HANDOFF_WAIT: Duration = Duration::from_secs(5);

/// Everything the app registers, for the real runtime and the mock one alike.
pub fn setup<R: Runtime>(
    builder: Builder<R>,
    steady: Steady,
    sound: sound::Sound,
    route: command_line::Route,
) -> Builder<R> {
    let shortcuts = shortcut::Shortcuts::new(&steady);
    builder
        .on_window_event(closing::on_window_event)
        .plugin(navigation::guard())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(steady)
        .manage(sound)
        .manage(ready::ReadySignal::from_env())
        .manage(launch::PendingRoute::new(route))
        .manage(CloseState::default())
        .manage(shortcuts)
        .manage(deferred::AfterFirstScreen::default())
        .invoke_handler(logged(steady_handler!()))
}

/// Each command by name in the log (at debug level: `STEADY_LOG=debug`), never its
/// arguments, which carry what the person wrote.
fn logged<R: Runtime>(
    handler: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    move |invoke| {
        log::debug!(target: "steady::command", "{}", invoke.message.command());
        handler(invoke)
    }
}

/// The maintainer's log in the data folder's `logs/`, at the level `STEADY_LOG` names
/// (error, warn, info, debug; info by default). A folder that cannot hold it (read-only)
/// means no log, never a stopped Steady.
pub fn start_log(steady: &Steady) {
    let level = std::env::var("STEADY_LOG")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(log::LevelFilter::Info);
    if steady.read_only() {
        return;
    }
    match steady_core::store::log_file::LogFile::open(steady.data_dir(), level) {
        Ok(file) => {
            if file.install().is_ok() {
                log::info!(target: "steady", "started, version {VERSION}");
            }
        }
        Err(e) => eprintln!("Steady runs without its log ({:?}).", e.kind()),
    }
}

/// Opens the core for the data folder from the environment.
pub fn open_core() -> Result<Steady, StartError> {
    let dir = data_dir::resolve(std::env::var_os(data_dir::DATA_DIR_ENV))?;
    Steady::open(&dir, system_country())
}

/// The whole app; returns the process exit status.
pub fn run() -> i32 {
    let launch = match command_line::parse(std::env::args_os().skip(1)) {
        Ok(Invocation::Open(l)) => l,
        Ok(Invocation::PrintUsage) => {
            print!("{}", command_line::usage(VERSION));
            return 0;
        }
        Ok(Invocation::PrintVersion) => {
            println!("steady {VERSION}");
            return 0;
        }
        Err(e) => {
            eprintln!("{e}");
            return USAGE_EXIT;
        }
    };
    let steady = match open_core() {
        Ok(s) => s,
        // Before any window work, so a second launch is quick and touches no files.
        Err(StartError::AlreadyRunning { dir }) => return hand_over(&dir, &launch),
        Err(e) => {
            eprintln!("Steady could not start: {e}");
            return 1;
        }
    };
    start_log(&steady);
    let route = match steady.resolve_route(launch.route.clone()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}\nTry `steady --help` to see what Steady understands.");
            return USAGE_EXIT;
        }
    };
    if let Some(msg) = missing_display() {
        eprintln!("{msg}");
        return 1;
    }
    let data_dir = steady.data_dir().to_path_buf();
    let hidden = launch.hidden;
    let app = setup(
        Builder::default(),
        steady,
        sound::Sound::start_later(),
        route,
    )
    .plugin(shortcut::plugin())
    .setup(move |app| {
        if !hidden {
            if let Some(w) = app.get_webview_window(launch::MAIN_WINDOW) {
                launch::show(&w);
            }
        }
        listen_for_launches(app.handle(), &data_dir);
        signals::listen(app.handle());
        app.state::<CloseState>().tray_coming();
        let handle = app.handle().clone();
        app.state::<deferred::AfterFirstScreen>().set(move || {
            handle.state::<sound::Sound>().open();
            let h = handle.clone();
            let _ = handle.run_on_main_thread(move || start_the_rest(&h));
        });
        if hidden {
            app.state::<deferred::AfterFirstScreen>().run();
        } else {
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                std::thread::sleep(deferred::AT_THE_LATEST);
                handle.state::<deferred::AfterFirstScreen>().run();
            });
        }
        Ok(())
    });
    match app.run(tauri::generate_context!()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Steady could not open its window: {e}");
            1
        }
    }
}

/// The tray and the shortcut, once the first screen is up.
fn start_the_rest<R: Runtime>(app: &tauri::AppHandle<R>) {
    let built = tray::build(app);
    if let Err(e) = &built {
        eprintln!("Steady runs without a tray icon ({e}); closing the window quits.");
    }
    if let Some(ending) = app.state::<CloseState>().tray_built(built.is_ok()) {
        closing::end(app, ending);
    }
    shortcut::start(app);
}

/// Later launches come here: their route is checked, then shown.
fn listen_for_launches<R: Runtime>(app: &tauri::AppHandle<R>, dir: &Path) {
    let app = app.clone();
    let listening = handoff::listen(dir, move |l: Launch| {
        app.state::<Steady>().resolve_route(l.route).map(|route| {
            // `--hidden` (start at login) while already running: nothing to show.
            if !l.hidden {
                launch::open(&app, route);
            }
        })
    });
    if let Err(e) = listening {
        eprintln!("Steady cannot hear later launches ({e}); starting it again will say it is already open.");
    }
}

/// Hands this launch to the Steady already running for the folder; the exit status.
fn hand_over(dir: &Path, l: &Launch) -> i32 {
    match handoff::hand_over(dir, l, HANDOFF_WAIT) {
        Ok(()) => 0,
        Err(HandoffError::Refused(message)) => {
            eprintln!("{message}\nTry `steady --help` to see what Steady understands.");
            USAGE_EXIT
        }
        Err(e) => {
            eprintln!(
                "Steady is already open for this data folder ({}), but its window could not be brought forward: {e} Use the open window or its tray icon.",
                dir.display()
            );
            1
        }
    }
}

/// GTK aborts without a display; say so plainly instead.
fn missing_display() -> Option<&'static str> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let set = |k| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY")).then_some(
        "Steady needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session.",
    )
}
