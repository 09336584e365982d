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
pub mod renderer;
pub mod shortcut;
pub mod signals;
pub mod sound;
pub mod traces;
pub mod tray;

use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use steady_core::help::directory::system_country;
use steady_core::launch::closing::CloseState;
use steady_core::launch::command_line::{self, Invocation, Launch, USAGE_EXIT};
use steady_core::launch::handoff::{self, HandoffError};
use steady_core::store::data_dir;
use steady_core::words::{self, Words};
use steady_core::{StartError, Steady};
use tauri::{Builder, Manager, Runtime, WebviewWindowBuilder};

// `COMMANDS` and `steady_handler!`, written by build.rs from its one list of commands, which
// also makes the build manifest; tests/command_list.rs checks the capability against it.
include!(concat!(env!("OUT_DIR"), "/command_list.rs"));

const VERSION: &str = env!("CARGO_PKG_VERSION");
/// How long a later launch waits for the running Steady to answer (it may be starting).
const HANDOFF_WAIT: Duration = Duration::from_secs(5);

/// What Steady says on the terminal, in the language the running Steady speaks: the one
/// chosen in Settings (read, never changed), else the environment's. Made on first use,
/// since most runs say nothing there. Where the core is at hand, `steady.words()` is the
/// same.
pub fn terminal_words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let chosen = data_folder()
            .ok()
            .and_then(|dir| steady_core::settings::chosen_language(&dir));
        Words::new(&words::choose(chosen.as_deref(), |k| std::env::var(k).ok()))
    })
}

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
        // No log to say it in: the kind of fault is the one clue, so the terminal has it.
        Err(e) => eprintln!(
            "{}",
            steady.words().get(
                "cli-no-log",
                &[("detail", format!("{:?}", e.kind()).into())]
            )
        ),
    }
}

/// The data folder: `STEADY_DATA_DIR`, else the system's place for it.
fn data_folder() -> Result<std::path::PathBuf, StartError> {
    data_dir::resolve(std::env::var_os(data_dir::DATA_DIR_ENV))
}

/// Opens the core for the data folder from the environment.
pub fn open_core() -> Result<Steady, StartError> {
    Steady::open(&data_folder()?, system_country())
}

/// The whole app; returns the process exit status.
pub fn run() -> i32 {
    let launch = match command_line::parse(std::env::args_os().skip(1)) {
        Ok(Invocation::Open(l)) => l,
        Ok(Invocation::PrintUsage) => {
            print!("{}", command_line::usage(VERSION, terminal_words()));
            return 0;
        }
        Ok(Invocation::PrintVersion) => {
            println!("steady {VERSION}");
            return 0;
        }
        Err(e) => {
            eprintln!("{}", e.words(terminal_words()));
            return USAGE_EXIT;
        }
    };
    let steady = match open_core() {
        Ok(s) => s,
        // Before any window work, so a second launch is quick and touches no files.
        Err(StartError::AlreadyRunning { dir }) => return hand_over(&dir, &launch),
        Err(e) => {
            say_start_failed(&e);
            return 1;
        }
    };
    start_log(&steady);
    let route = match steady.resolve_route(launch.route.clone()) {
        Ok(r) => r,
        Err(e) => {
            let words = steady.words();
            eprintln!("{}\n{}", e.words(&words), command_line::try_help(&words));
            return USAGE_EXIT;
        }
    };
    if let Some(msg) = missing_display(&steady.words()) {
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
        // The window is made here, not from the config alone, so the webview keeps its
        // storage inside Steady's folder.
        let config = app
            .config()
            .app
            .windows
            .iter()
            .find(|w| w.label == launch::MAIN_WINDOW)
            .cloned()
            .ok_or("the window is missing from tauri.conf.json")?;
        let mut window = WebviewWindowBuilder::from_config(app.handle(), &config)?
            .data_directory(traces::webview_dir(&data_dir));
        if let Some(script) = first_paint_script(app.handle()) {
            window = window.initialization_script(script);
        }
        window.build()?;
        traces::no_recent_files();
        // Only with the discreet name: building the shell's words costs start-up time.
        if app.state::<Steady>().settings.get().discreet {
            tray::apply_names(app.handle());
        }
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
            log::error!(target: "steady", "the window could not open: {e}");
            eprintln!("{}", terminal_words().get("cli-no-window", &[]));
            1
        }
    }
}

/// Home's look, order and words for the page's first frame, as a script that runs before
/// the page's own (ui/start.js paints with it): nothing when home is not the first screen.
fn first_paint_script<R: Runtime>(app: &tauri::AppHandle<R>) -> Option<String> {
    let route = app.state::<launch::PendingRoute>().peek()?;
    let paint = app.state::<Steady>().first_paint(&route)?;
    let json = serde_json::to_string(&paint).ok()?;
    Some(format!("window.steadyFirstPaint = {json};"))
}

/// The tray and the shortcut, once the first screen is up.
fn start_the_rest<R: Runtime>(app: &tauri::AppHandle<R>) {
    let built = tray::build(app);
    if let Err(e) = &built {
        eprintln!("{}", e.words(&app.state::<Steady>().words()));
    }
    if let Some(ending) = app.state::<CloseState>().tray_built(built.is_ok()) {
        closing::end(app, ending);
    }
    shortcut::start(app);
}

/// Later launches come here: their route is checked, then shown.
fn listen_for_launches<R: Runtime>(app: &tauri::AppHandle<R>, dir: &Path) {
    let steady = app.state::<Steady>();
    let not_understood = steady.words().get("cli-request-not-understood", &[]);
    let not_listening = steady.words().get("cli-not-listening", &[]);
    let app = app.clone();
    let listening = handoff::listen(dir, not_understood, move |l: Launch| {
        let steady = app.state::<Steady>();
        match steady.resolve_route(l.route) {
            Ok(route) => {
                // `--hidden` (start at login) while already running: nothing to show.
                if !l.hidden {
                    launch::open(&app, route);
                }
                Ok(())
            }
            // In this Steady's words, for the terminal that asked.
            Err(refused) => Err(refused.words(&steady.words())),
        }
    });
    if let Err(e) = listening {
        log::warn!(target: "steady", "not listening for later launches: {:?}", e.kind());
        eprintln!("{not_listening}");
    }
}

/// Hands this launch to the Steady already running for the folder; the exit status.
fn hand_over(dir: &Path, l: &Launch) -> i32 {
    match handoff::hand_over(dir, l, HANDOFF_WAIT) {
        Ok(()) => 0,
        // The running Steady's words, then this terminal's.
        Err(HandoffError::Refused(message)) => {
            eprintln!("{message}\n{}", command_line::try_help(terminal_words()));
            USAGE_EXIT
        }
        Err(HandoffError::Unsupported) => {
            eprintln!("{}", handoff_failed(terminal_words(), dir, "unsupported"));
            1
        }
        Err(HandoffError::NoAnswer(e)) => {
            log::warn!(target: "steady", "the open Steady did not answer: {:?}", e.kind());
            eprintln!("{}", handoff_failed(terminal_words(), dir, "no_answer"));
            1
        }
    }
}

/// The running Steady could not be reached; `why` is `unsupported` or `no_answer`.
fn handoff_failed(words: &Words, dir: &Path, why: &str) -> String {
    let folder = dir.display().to_string();
    words.get(
        "cli-handoff-failed",
        &[("folder", folder.into()), ("why", why.into())],
    )
}

/// GTK aborts without a display; say so plainly instead.
fn missing_display(words: &Words) -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let set = |k| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY")).then(|| no_display(words))
}

fn no_display(words: &Words) -> String {
    words.get(
        "cli-no-display",
        &[
            ("display", "DISPLAY".into()),
            ("wayland", "WAYLAND_DISPLAY".into()),
        ],
    )
}

/// Why Steady could not start, in the person's words (`error-<code>`), and the folder or
/// file it is about on a line of its own. The core's `Display` is for developers: the
/// log gets the code and the kind of fault (when there is a log to get them).
fn say_start_failed(e: &StartError) {
    log::warn!(target: "steady", "could not start: {}", e.log_detail());
    let words = terminal_words();
    let reason = e.words(words);
    eprintln!(
        "{}",
        words.get("cli-start-failed", &[("reason", reason.into())])
    );
    if let Some(path) = e.path() {
        let detail = path.display().to_string();
        eprintln!(
            "{}",
            words.get("cli-start-detail", &[("detail", detail.into())])
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use steady_core::words::{FALLBACK, PSEUDO};

    #[test]
    fn the_terminal_s_words_read_as_they_did_in_english() {
        let en = Words::new(FALLBACK);
        // tests/tests/foundation.rs looks for "needs a graphical desktop".
        assert_eq!(
            no_display(&en),
            "Steady needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session."
        );
        assert_eq!(
            handoff_failed(&en, Path::new("/data/steady"), "no_answer"),
            "Steady is already open for this data folder (/data/steady), but its window could not be brought forward: it did not answer. Use the open window or its tray icon."
        );
        assert!(handoff_failed(&en, Path::new("/d"), "unsupported")
            .contains("this system cannot hand over to the open window."));
        assert_eq!(
            tray::TrayError::LibraryMissing.words(&en),
            "Steady runs without a tray icon because the tray library (ayatana-appindicator3) is missing; closing the window quits."
        );
    }

    #[test]
    fn the_pseudo_locale_marks_the_words_but_not_the_names_of_things() {
        let xa = Words::new(PSEUDO);
        let said = no_display(&xa);
        assert!(
            said.contains("DISPLAY") && said.contains("WAYLAND_DISPLAY"),
            "{said}"
        );
        assert!(!said.contains("graphical"), "{said}");
        let said = handoff_failed(&xa, Path::new("/data/steady"), "no_answer");
        assert!(
            said.contains("(/data/steady)") && !said.contains("open window"),
            "{said}"
        );
    }
}
