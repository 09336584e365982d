//! End-to-end harness: the real Steady binary in a real window under Xvfb, driven through
//! tauri-driver and WebKitWebDriver.
//!
//! Each `App` owns its own Xvfb display, tauri-driver (on free ports) and temporary data
//! folder, so tests never touch a person's data. When a test panics, `Drop` saves a
//! screenshot to `tests/e2e-artifacts/<test>.png` and stops everything it started.

use std::future::Future;
use std::io::{BufRead, BufReader, Read};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

pub use fantoccini::key::Key;

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T = ()> = std::result::Result<T, Error>;

/// Every WebDriver call gets this long before the test fails instead of hanging CI.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// What to start the app with.
#[derive(Clone, Default)]
pub struct Options {
    /// Extra environment for the app (on top of a clean, test-only data folder).
    pub env: Vec<(String, String)>,
    /// Run the app under `strace -f -e trace=connect`, logging to this file.
    pub strace_log: Option<PathBuf>,
    /// Use this data folder instead of a fresh one (it is not deleted afterwards).
    pub data_dir: Option<PathBuf>,
    /// What sound output the app finds.
    pub sound: SoundDevice,
    /// Command-line arguments for the app (`breathe`, `--hidden`, ...).
    pub args: Vec<String>,
}

impl Options {
    /// The app with the system in `locale` (`de_AT.UTF-8`), as `LANG` and `LC_ALL` say it.
    pub fn locale(locale: &str) -> Options {
        Options {
            env: vec![
                ("LANG".into(), locale.into()),
                ("LC_ALL".into(), locale.into()),
            ],
            ..Options::default()
        }
    }

    /// The screen the app should open on, from its arguments.
    fn first_screen(&self) -> &str {
        self.args
            .iter()
            .find(|a| ["breathe", "ground", "plan", "help"].contains(&a.as_str()))
            .map_or("home", String::as_str)
    }
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum SoundDevice {
    /// None at all, even on a machine with a sound card (ALSA gets an empty config).
    #[default]
    Missing,
    /// A private PulseAudio server with only a null sink, which tests can record from.
    NullSink,
}

/// A private PulseAudio server for one test.
struct Pulse {
    server: Child,
    runtime: tempfile::TempDir,
}

impl Pulse {
    fn start() -> Result<Pulse> {
        let runtime = tempfile::Builder::new().prefix("steady-pulse-").tempdir()?;
        let mut server = Command::new("pulseaudio");
        server
            .args(["--daemonize=no", "--exit-idle-time=-1", "--disallow-exit"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        Pulse::homes(runtime.path(), &mut server)?;
        let server = server
            .spawn()
            .map_err(|e| format!("could not start pulseaudio (install pulseaudio): {e}"))?;
        let pulse = Pulse { server, runtime };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !pulse
            .command("pactl")?
            .args(["list", "short", "sinks"])
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("auto_null"))
        {
            if Instant::now() > deadline {
                return Err("pulseaudio's null sink did not appear within 10 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(pulse)
    }

    /// The server and its tools keep their cookie and state in the server's own folder,
    /// never in `~/.config/pulse`.
    fn homes(runtime: &Path, cmd: &mut Command) -> Result {
        let home = runtime.join("home");
        std::fs::create_dir_all(&home)?;
        cmd.env("XDG_RUNTIME_DIR", runtime)
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("XDG_DATA_HOME", home.join("data"));
        Ok(())
    }

    /// A PulseAudio tool (`pactl`, `parec`) talking to this server.
    fn command(&self, tool: &str) -> Result<Command> {
        let mut cmd = Command::new(tool);
        Pulse::homes(self.runtime.path(), &mut cmd)?;
        Ok(cmd)
    }
}

impl Drop for Pulse {
    fn drop(&mut self) {
        terminate(&mut self.server);
    }
}

/// What the null sink played, recorded from its monitor.
pub struct Recording {
    child: Child,
    started: Instant,
    // Drains parec's output as it comes, so the pipe never fills and stalls it.
    reader: std::thread::JoinHandle<Vec<u8>>,
}

/// Mono samples at this rate from [`Recording::finish`].
pub const RECORD_RATE: u32 = 8_000;

impl Recording {
    /// Stops and returns the samples (16-bit, mono, [`RECORD_RATE`]) and how long it ran.
    pub fn finish(mut self) -> Result<(Vec<i16>, Duration)> {
        let took = self.started.elapsed();
        terminate(&mut self.child);
        let raw = self
            .reader
            .join()
            .map_err(|_| "the recording reader failed")?;
        Ok((
            raw.chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect(),
            took,
        ))
    }
}

pub struct App {
    name: String,
    pub client: Option<Client>,
    xvfb: Child,
    display: u32,
    driver: Option<Child>,
    driver_port: u16,
    data: DataDir,
    options: Options,
    artifacts: PathBuf,
    pulse: Option<Pulse>,
    /// HOME and the XDG homes of the app (and of its drivers): what WebKit, GTK, GLib and
    /// PulseAudio keep for themselves stays in the test.
    homes: PrivateHomes,
}

enum DataDir {
    Temp(tempfile::TempDir),
    Given(PathBuf),
}

impl DataDir {
    fn path(&self) -> &Path {
        match self {
            DataDir::Temp(t) => t.path(),
            DataDir::Given(p) => p,
        }
    }
}

/// Every screen a key opens from home, with its key (each test that visits them all uses this).
pub const SCREENS: &[(&str, char)] = &[
    ("breathe", 'b'),
    ("ground", 'g'),
    ("urge", 'u'),
    ("plan", 'p'),
    ("helped", 'w'),
    ("reminder", 'r'),
    ("close-call", 'c'),
    ("lists", 'l'),
    ("help", 'h'),
    ("settings", 's'),
];

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Cargo's target folder: `CARGO_TARGET_DIR`, else `<workspace>/target`.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The built app: `STEADY_BIN`, else `<target>/debug/steady`.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("STEADY_BIN") {
        // Relative to the workspace root, wherever cargo runs the test from.
        return workspace_root().join(p);
    }
    target_dir().join("debug").join("steady")
}

// ------------------------------------------------------------ homes

/// Homes of its own for a process under test: `HOME` and the XDG data, config, cache,
/// state and runtime folders all point into one temporary folder, removed with it. What
/// WebKit keeps (`org.steady.companion`: its storage and caches), the recent-files list a
/// save dialog adds to, dconf's and GLib's runtime files, a PulseAudio client's cookie and
/// GTK's settings all stay in the test.
///
/// Two caches are kept apart on purpose, across runs, in `<target>/tmp/steady-e2e-caches`:
/// Mesa's shader cache and GStreamer's plugin registry (WebKit starts GStreamer). Cold,
/// they make every launch compile shaders and scan plugins, which the benchmarks would
/// count as Steady's own work. Mesa finds its cache from the password file's home, not
/// `HOME`, so without this it would write in the real `~/.cache`.
pub struct PrivateHomes {
    dir: tempfile::TempDir,
}

impl PrivateHomes {
    pub fn new() -> Result<PrivateHomes> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::Builder::new()
            .prefix("steady-e2e-homes-")
            .tempdir()?;
        for sub in ["home", "data", "config", "cache", "state", "runtime"] {
            std::fs::create_dir_all(dir.path().join(sub))?;
        }
        // GLib and dconf want a private runtime folder, as the session gives one.
        std::fs::set_permissions(
            dir.path().join("runtime"),
            std::fs::Permissions::from_mode(0o700),
        )?;
        std::fs::create_dir_all(shared_caches().join("mesa"))?;
        Ok(PrivateHomes { dir })
    }

    /// The XDG data home (`XDG_DATA_HOME`).
    pub fn data_home(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// `HOME`, which the harness also makes the app's working folder.
    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// Points `cmd`'s homes here (a test's own `Options::env` may still override one).
    pub fn apply(&self, cmd: &mut Command) {
        let d = self.dir.path();
        cmd.env("HOME", d.join("home"))
            .env("XDG_DATA_HOME", d.join("data"))
            .env("XDG_CONFIG_HOME", d.join("config"))
            .env("XDG_CACHE_HOME", d.join("cache"))
            .env("XDG_STATE_HOME", d.join("state"))
            .env("XDG_RUNTIME_DIR", d.join("runtime"))
            .env("MESA_SHADER_CACHE_DIR", shared_caches().join("mesa"))
            .env(
                "GST_REGISTRY_1_0",
                shared_caches().join("gstreamer-1.0-registry.bin"),
            );
    }
}

/// The caches every test's app shares, across runs (see [`PrivateHomes`]).
fn shared_caches() -> PathBuf {
    target_dir().join("tmp").join("steady-e2e-caches")
}

/// The real home folders a test must leave as they were: `HOME` and, if it differs, the
/// home the password file names (which Mesa and some libraries use whatever `HOME` says).
/// [`RealHome::snapshot`] notes what is there; [`RealHome::check`] fails if anything new
/// appeared, or a file Steady's stack would write to changed.
///
/// New entries are looked for at the top of each home, and two levels deep under
/// `.cache`, `.config`, `.local/share` and `.local/state` (so `~/.config/pulse/cookie`
/// and `~/.local/share/org.steady.companion/...` are both seen); deeper changes show as
/// a changed folder one level down. Changes to existing entries are not compared, except
/// for the files below, so the person's own programs writing their caches meanwhile do not
/// fail a test.
pub struct RealHome {
    homes: Vec<PathBuf>,
    entries: std::collections::BTreeSet<PathBuf>,
    watched: Vec<(PathBuf, Option<(u64, std::time::SystemTime)>)>,
}

/// Entries of a home whose size or time must not change during a test: the desktop's
/// recent-files list, Steady's own default data folder, and WebKit's folders for Steady.
const WATCHED: [&str; 5] = [
    ".local/share/recently-used.xbel",
    ".local/share/steady",
    ".local/share/org.steady.companion",
    ".cache/org.steady.companion",
    ".config/autostart/steady.desktop",
];

impl RealHome {
    pub fn snapshot() -> RealHome {
        let mut homes: Vec<PathBuf> = std::env::var_os("HOME")
            .map(PathBuf::from)
            .into_iter()
            .collect();
        if let Some(h) = passwd_home() {
            if !homes.contains(&h) {
                homes.push(h);
            }
        }
        let entries = homes.iter().flat_map(|h| home_entries(h)).collect();
        let watched = homes
            .iter()
            .flat_map(|h| WATCHED.iter().map(move |w| h.join(w)))
            .map(|p| {
                let seen = stamp(&p);
                (p, seen)
            })
            .collect();
        RealHome {
            homes,
            entries,
            watched,
        }
    }

    /// The paths in the real home that appeared or changed since the snapshot.
    pub fn changes(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .homes
            .iter()
            .flat_map(|h| home_entries(h))
            .filter(|p| !self.entries.contains(p))
            .map(|p| format!("new: {}", p.display()))
            .collect();
        out.extend(
            self.watched
                .iter()
                .filter(|(p, before)| stamp(p) != *before)
                .map(|(p, _)| format!("changed: {}", p.display())),
        );
        out
    }

    /// Fails, naming every path, if the real home is not as the snapshot found it.
    pub fn check(&self) -> Result {
        let changes = self.changes();
        if changes.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "the test left something in the real home (everything belongs in its temporary folders):\n{}",
                changes.join("\n")
            )
            .into())
        }
    }
}

fn passwd_home() -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    let mut buf = vec![0u8; 16 * 1024];
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    let rc = unsafe {
        libc::getpwuid_r(
            libc::getuid(),
            &mut pw,
            buf.as_mut_ptr().cast(),
            buf.len(),
            &mut found,
        )
    };
    if rc != 0 || found.is_null() || pw.pw_dir.is_null() {
        return None;
    }
    let dir = unsafe { std::ffi::CStr::from_ptr(pw.pw_dir) };
    Some(PathBuf::from(std::ffi::OsStr::from_bytes(dir.to_bytes())))
}

/// A home's entries: its own, and two levels under its XDG folders.
fn home_entries(home: &Path) -> Vec<PathBuf> {
    let list = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|r| r.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    let mut out = list(home);
    for xdg in [".cache", ".config", ".local/share", ".local/state"] {
        for first in list(&home.join(xdg)) {
            let deeper = if first.symlink_metadata().is_ok_and(|m| m.is_dir()) {
                list(&first)
            } else {
                Vec::new()
            };
            out.push(first);
            out.extend(deeper);
        }
    }
    out
}

/// A file's or folder's size and time, if it exists.
fn stamp(p: &Path) -> Option<(u64, std::time::SystemTime)> {
    let m = p.symlink_metadata().ok()?;
    Some((m.len(), m.modified().ok()?))
}

fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let home_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|c| c.join("bin").join("tauri-driver"));
    match home_bin {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("tauri-driver"),
    }
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

async fn within<T, F: Future<Output = std::result::Result<T, fantoccini::error::CmdError>>>(
    what: &str,
    f: F,
) -> Result<T> {
    match tokio::time::timeout(CALL_TIMEOUT, f).await {
        Ok(r) => r.map_err(|e| format!("{what}: {e}").into()),
        Err(_) => Err(format!("{what}: no answer within {CALL_TIMEOUT:?}").into()),
    }
}

/// Starts Xvfb and returns it with its display number once it answers.
pub fn start_xvfb() -> Result<(Child, u32)> {
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start Xvfb (install xvfb): {e}"))?;
    let mut line = String::new();
    let stdout = xvfb.stdout.take().ok_or("Xvfb has no stdout")?;
    BufReader::new(stdout).read_line(&mut line)?;
    let display: u32 = line
        .trim()
        .parse()
        .map_err(|_| format!("Xvfb gave no display number: {line:?}"))?;
    // GTK fails to start if the app comes up before the server answers.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !Command::new("xdpyinfo")
        .args(["-display", &format!(":{display}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
    {
        if Instant::now() > deadline {
            return Err("Xvfb did not answer within 10 s".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((xvfb, display))
}

impl App {
    /// Starts Xvfb, tauri-driver and the app, and waits for the home screen.
    pub async fn launch(name: &str, options: Options) -> Result<App> {
        let artifacts = workspace_root().join("tests").join("e2e-artifacts");
        std::fs::create_dir_all(&artifacts)?;
        let bin = app_binary();
        if !bin.exists() {
            return Err(format!(
                "{} is missing: build it first with `cargo build -p steady`",
                bin.display()
            )
            .into());
        }
        let data = match &options.data_dir {
            Some(p) => DataDir::Given(p.clone()),
            None => DataDir::Temp(tempfile::Builder::new().prefix("steady-e2e-").tempdir()?),
        };
        // As Steady makes its own folder: private. A looser one is tightened with a notice,
        // which only the test of that notice should meet.
        if data.path().is_dir() {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o700))?;
        }
        let pulse = match options.sound {
            SoundDevice::NullSink => Some(Pulse::start()?),
            SoundDevice::Missing => None,
        };
        let (xvfb, display) = start_xvfb()?;
        let mut app = App {
            pulse,
            name: name.to_string(),
            client: None,
            xvfb,
            display,
            driver: None,
            driver_port: 0,
            data,
            options,
            artifacts,
            homes: PrivateHomes::new()?,
        };
        app.start_session().await?;
        Ok(app)
    }

    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }

    pub fn display(&self) -> u32 {
        self.display
    }

    /// The app's own XDG data home (where GTK keeps its recent-files list).
    pub fn xdg_data_home(&self) -> PathBuf {
        self.homes.data_home()
    }

    /// The app's own `HOME`, which is also its working folder (where a save dialog opens).
    pub fn app_home(&self) -> PathBuf {
        self.homes.home()
    }

    /// What tauri-driver and WebKitWebDriver wrote in the current session, and the app's
    /// stderr (its stdout is in [`App::app_log`]).
    pub fn driver_log(&self) -> PathBuf {
        self.artifacts.join(format!("{}-driver.log", self.name))
    }

    /// What the app wrote to stdout in the current session (see [`App::output_lines`]).
    pub fn app_log(&self) -> PathBuf {
        self.artifacts.join(format!("{}-app.log", self.name))
    }

    fn application(&self) -> Result<PathBuf> {
        let bin = app_binary();
        // WebKitWebDriver starts "the browser" with its own arguments, and does not pass
        // on what it writes to stdout: a wrapper passes the arguments on and keeps the
        // app's stdout in `<name>-app.log` (optionally under strace, following every
        // process the app starts).
        let run = match &self.options.strace_log {
            Some(log) => format!(
                "strace -f -qq -e trace=connect -o '{}' '{}'",
                log.display(),
                bin.display()
            ),
            None => format!("'{}'", bin.display()),
        };
        let wrapper = self.homes.dir.path().join("steady.sh");
        std::fs::write(
            &wrapper,
            format!(
                "#!/bin/sh\nexec {run} \"$@\" >> '{}'\n",
                self.app_log().display()
            ),
        )?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))?;
        }
        Ok(wrapper)
    }

    async fn start_session(&mut self) -> Result {
        // WebKitWebDriver occasionally refuses a session under heavy load; a fresh
        // tauri-driver on fresh ports, after a pause, has always taken it.
        let mut last = String::new();
        for attempt in 0..4u64 {
            match self.try_session().await {
                Ok(client) => {
                    self.client = Some(client);
                    let first = self.options.first_screen().to_string();
                    return self.wait_for_screen(&first).await;
                }
                Err(e) => {
                    last = e.to_string();
                    eprintln!(
                        "{}: session attempt {} failed: {last}",
                        self.name,
                        attempt + 1
                    );
                    if let Some(mut d) = self.driver.take() {
                        terminate(&mut d);
                    }
                    signal_by_data_dir(self.data.path(), libc::SIGKILL);
                    tokio::time::sleep(Duration::from_millis(1_000 * (attempt + 1))).await;
                }
            }
        }
        Err(format!("WebDriver session did not start after 4 tries: {last}").into())
    }

    /// The environment the app runs with: its display, data folder, sound and extras.
    fn app_env(&self, cmd: &mut Command) -> Result {
        cmd.env("DISPLAY", format!(":{}", self.display))
            .env_remove("WAYLAND_DISPLAY")
            .env("STEADY_DATA_DIR", self.data.path())
            .env("LANG", "en_GB.UTF-8");
        self.homes.apply(cmd);
        match &self.pulse {
            Some(p) => {
                // The private server's socket is in its runtime folder.
                cmd.env("XDG_RUNTIME_DIR", p.runtime.path());
            }
            None => {
                let empty = self.artifacts.join("alsa-none.conf");
                std::fs::write(&empty, "# no sound devices, for tests\n")?;
                cmd.env("ALSA_CONFIG_PATH", empty);
            }
        }
        for (k, v) in &self.options.env {
            cmd.env(k, v);
        }
        Ok(())
    }

    /// Starts Steady again from a "shell" beside the running one (same display, data
    /// folder and environment) and waits for it to exit: its output and how long it took.
    pub fn launch_again(&self, args: &[&str]) -> Result<(std::process::Output, Duration)> {
        let mut cmd = Command::new(app_binary());
        cmd.args(args)
            .current_dir(self.homes.home())
            .stdin(Stdio::null());
        self.app_env(&mut cmd)?;
        let started = Instant::now();
        let out = cmd.output()?;
        Ok((out, started.elapsed()))
    }

    /// The lines of the app's output so far in this session that contain `needle`: its
    /// stdout ([`App::app_log`]), then its stderr (in [`App::driver_log`]).
    pub fn output_lines(&self, needle: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for log in [self.app_log(), self.driver_log()] {
            let text = std::fs::read(&log).map_err(|e| format!("{}: {e}", log.display()))?;
            out.extend(
                String::from_utf8_lossy(&text)
                    .lines()
                    .filter(|l| l.contains(needle))
                    .map(String::from),
            );
        }
        Ok(out)
    }

    /// Waits until the app's output holds at least `count` lines containing `needle` (a
    /// refused navigation noted on stderr; with `STEADY_REPORT_READY=1`, `STEADY_SHOWN
    /// <screen>` on stdout once the page has drawn a screen it was sent to from outside),
    /// and returns them all.
    pub async fn wait_for_output(&self, needle: &str, count: usize) -> Result<Vec<String>> {
        let deadline = Instant::now() + TEXT_WAIT;
        loop {
            let lines = self.output_lines(needle)?;
            if lines.len() >= count {
                return Ok(lines);
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "waited {TEXT_WAIT:?} for {count} lines of the app's output with {needle:?}; there are {}",
                    lines.len()
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether Steady's window is mapped on the display (shown, not hidden to the tray).
    pub fn window_visible(&self) -> Result<bool> {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "^Steady$"])
            .env("DISPLAY", format!(":{}", self.display))
            .output()
            .map_err(|e| format!("could not run xdotool (install xdotool): {e}"))?;
        Ok(!String::from_utf8_lossy(&out.stdout).trim().is_empty())
    }

    /// Waits until the window is shown (`true`) or hidden (`false`).
    pub async fn wait_visible(&self, shown: bool) -> Result {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.window_visible()? != shown {
            if Instant::now() > deadline {
                return Err(format!(
                    "the window did not become {}",
                    if shown { "visible" } else { "hidden" }
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// Presses keys on the X display itself, as a person would anywhere on the desktop.
    pub fn system_key(&self, combo: &str) -> Result {
        let ok = Command::new("xdotool")
            .args(["key", combo])
            .env("DISPLAY", format!(":{}", self.display))
            .status()
            .map_err(|e| format!("could not run xdotool (install xdotool): {e}"))?
            .success();
        if ok {
            Ok(())
        } else {
            Err(format!("xdotool key {combo} failed").into())
        }
    }

    /// The X id of Steady's window on this test's display.
    fn window_id(&self) -> Result<String> {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "^Steady$"])
            .env("DISPLAY", format!(":{}", self.display))
            .output()
            .map_err(|e| format!("could not run xdotool (install xdotool): {e}"))?;
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .map(str::to_string)
            .ok_or_else(|| "Steady's window was not found on the display".into())
    }

    /// Resizes the window, as a person dragging its corner would, and waits until the
    /// page has been laid out at that size.
    pub async fn resize(&self, width: u32, height: u32) -> Result {
        let id = self.window_id()?;
        let ok = Command::new("xdotool")
            .args(["windowsize", &id, &width.to_string(), &height.to_string()])
            .env("DISPLAY", format!(":{}", self.display))
            .status()?
            .success();
        if !ok {
            return Err("xdotool windowsize failed".into());
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let size = self
                .execute("return [window.innerWidth, window.innerHeight]", vec![])
                .await?;
            if size == json!([width, height]) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(
                    format!("the page stayed at {size} instead of {width}x{height}").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// A screenshot of Steady's window alone, once the page has painted.
    pub async fn screenshot_window(&self, name: &str) -> Result<PathBuf> {
        self.painted().await?;
        let id = self.window_id()?;
        self.import(name, &id)
    }

    /// Waits until no CSS transition or animation is running (a theme just switched
    /// fades its colours for 150 ms: checked mid-fade, contrast would read wrong), then
    /// for a painted frame.
    pub async fn settled(&self) -> Result {
        self.execute_async(
            "const done = arguments[arguments.length - 1];\
             const wait = () => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {})));\
             requestAnimationFrame(() => wait().then(() => requestAnimationFrame(() => done(true))));",
            vec![],
        )
        .await?;
        Ok(())
    }

    /// Resolves once the page has painted what it was last asked to draw.
    async fn painted(&self) -> Result {
        self.execute_async(
            "const done = arguments[arguments.length - 1];\
             requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));",
            vec![],
        )
        .await?;
        Ok(())
    }

    /// Whether the app is still running (it holds its instance lock while it is).
    pub fn running(&self) -> bool {
        std::fs::File::open(self.data.path().join("steady.lock"))
            .is_ok_and(|f| f.try_lock().is_err())
    }

    async fn try_session(&mut self) -> Result<Client> {
        let port = free_port()?;
        let native = free_port()?;
        let log = std::fs::File::create(self.driver_log())?;
        std::fs::File::create(self.app_log())?;
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native.to_string(),
        ])
        .env("DISPLAY", format!(":{}", self.display))
        .env_remove("WAYLAND_DISPLAY")
        .current_dir(self.homes.home())
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log);
        self.app_env(&mut cmd)?;
        let driver = cmd.spawn().map_err(|e| {
            format!("could not start tauri-driver (cargo install tauri-driver): {e}")
        })?;
        self.driver = Some(driver);
        self.driver_port = port;
        // tauri-driver listens at once; WebKitWebDriver behind it a little later.
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err()
            || TcpStream::connect(("127.0.0.1", native)).is_err()
        {
            if Instant::now() > deadline {
                return Err("tauri-driver and WebKitWebDriver did not listen within 15 s".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert(
            "tauri:options".into(),
            json!({ "application": self.application()?, "args": self.options.args }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps);
        match tokio::time::timeout(Duration::from_secs(60), builder.connect(&url)).await {
            Ok(Ok(c)) => Ok(c),
            Ok(Err(e)) => Err(format!("WebDriver session did not start: {e}").into()),
            Err(_) => Err("WebDriver session did not start within 60 s".into()),
        }
    }

    fn client(&self) -> Result<&Client> {
        self.client
            .as_ref()
            .ok_or_else(|| "no WebDriver session".into())
    }

    /// Ends the session (the app closes), then stops tauri-driver.
    async fn end_session(&mut self) -> Result {
        if let Some(c) = self.client.take() {
            let _ = tokio::time::timeout(CALL_TIMEOUT, c.close()).await;
        }
        if let Some(mut d) = self.driver.take() {
            terminate(&mut d);
        }
        if let Some(log) = &self.options.strace_log {
            end_traced(log);
        }
        // The app holds its instance lock until it has exited. If it outlives its
        // session (seen under heavy load), end it: it is ours, by its data folder.
        let lock = self.data.path().join("steady.lock");
        let free = || match std::fs::File::open(&lock) {
            Ok(f) => f.try_lock().is_ok(),
            Err(_) => true,
        };
        let started = Instant::now();
        let mut signalled = None;
        while !free() {
            let waited = started.elapsed();
            if waited > Duration::from_secs(10) && signalled.is_none() {
                eprintln!(
                    "{}: the app outlived its session; sending SIGTERM",
                    self.name
                );
                signal_by_data_dir(self.data.path(), libc::SIGTERM);
                signalled = Some(libc::SIGTERM);
            } else if waited > Duration::from_secs(15) && signalled == Some(libc::SIGTERM) {
                signal_by_data_dir(self.data.path(), libc::SIGKILL);
                signalled = Some(libc::SIGKILL);
            } else if waited > Duration::from_secs(20) {
                return Err("the app did not exit, even when killed".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// Waits for the app to exit by itself (its instance lock freed), as after the person
    /// closes its window.
    pub async fn wait_until_closed(&self, limit: Duration) -> Result {
        let lock = self.data.path().join("steady.lock");
        let deadline = Instant::now() + limit;
        loop {
            let free = match std::fs::File::open(&lock) {
                Ok(f) => f.try_lock().is_ok(),
                Err(_) => true,
            };
            if free {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("the app did not close within {limit:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Closes the app and opens it again on the same data folder.
    pub async fn restart(&mut self) -> Result {
        self.end_session().await?;
        self.start_session().await
    }

    /// Closes everything. Call at the end of a passing test.
    pub async fn close(mut self) -> Result {
        self.end_session().await?;
        terminate(&mut self.xvfb);
        Ok(())
    }

    // ------------------------------------------------------------ queries

    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        within("execute", self.client()?.execute(script, args)).await
    }

    /// Runs `script` with a `done` callback as its last argument.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        within("execute_async", self.client()?.execute_async(script, args)).await
    }

    /// Calls one of Steady's commands from inside the page, as the UI would.
    pub async fn invoke(&self, cmd: &str, args: Value) -> Result<Value> {
        let v = self
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 window.__TAURI__.core.invoke(arguments[0], arguments[1])\
                   .then(ok => done({ok}), err => done({err}));",
                vec![json!(cmd), args],
            )
            .await?;
        match v.get("err") {
            Some(e) if !e.is_null() => Err(format!("{cmd} failed: {e}").into()),
            _ => Ok(v.get("ok").cloned().unwrap_or(Value::Null)),
        }
    }

    /// The screen shown now (`home`, `help`, `settings`, ...).
    pub async fn screen(&self) -> Result<String> {
        let v = self
            .execute(
                "return document.getElementById('screen')?.dataset.screen ?? null",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub async fn wait_for_screen(&self, name: &str) -> Result {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if self.screen().await.ok().as_deref() == Some(name) {
                return Ok(());
            }
            if Instant::now() > deadline {
                let now = self.screen().await.unwrap_or_default();
                return Err(format!("screen {name:?} did not appear (showing {now:?})").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for the element with this accessible name: `aria-label`, the text of its
    /// `<label>`s, or its text without `aria-hidden` parts (such as key hints).
    pub async fn by_name(&self, name: &str) -> Result<Element> {
        self.wait_for(name, "name").await
    }

    /// Waits for the innermost visible element whose whole text is `text`.
    pub async fn by_text(&self, text: &str) -> Result<Element> {
        self.wait_for(text, "text").await
    }

    async fn wait_for(&self, wanted: &str, how: &str) -> Result<Element> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let tag = self
                .execute(
                    r#"
const [asked, how] = arguments;
const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
// Compared as the page's text is: any run of spaces (a no-break one too) as one space.
const wanted = clean(asked);
const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const shownText = (e) => {
  const c = e.cloneNode(true);
  c.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove());
  return clean(c.textContent);
};
const byIds = (ids) => clean((ids || '').split(/\s+/).map((i) => document.getElementById(i)).filter(Boolean).map(shownText).join(' '));
const name = (e) => clean(e.getAttribute('aria-label'))
  || byIds(e.getAttribute('aria-labelledby'))
  || clean([...(e.labels || [])].map(shownText).join(' '))
  || shownText(e);
let found;
if (how === 'name') {
  found = [...document.querySelectorAll('button, a, input, select, textarea, [role], h1, h2, h3, legend')]
    .find((e) => visible(e) && name(e) === wanted);
} else {
  found = [...document.querySelectorAll('body *')]
    .filter((e) => visible(e) && shownText(e) === wanted)
    .pop();
}
if (!found) return null;
const id = 'e2e-' + Math.random().toString(36).slice(2);
found.setAttribute('data-e2e', id);
return id;"#,
                    vec![json!(wanted), json!(how)],
                )
                .await?;
            if let Some(id) = tag.as_str() {
                let css = format!("[data-e2e=\"{id}\"]");
                // The page may redraw between tagging and finding: then look again.
                match within("find", self.client()?.find(Locator::Css(&css))).await {
                    Ok(e) => return Ok(e),
                    Err(e) if Instant::now() > deadline => return Err(e),
                    Err(_) => {}
                }
            }
            if Instant::now() > deadline {
                return Err(format!("nothing with {how} {wanted:?} appeared").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The accessible name of the focused element (as `by_name` computes it).
    pub async fn focused_name(&self) -> Result<String> {
        let v = self
            .execute(
                r#"
const e = document.activeElement;
if (!e) return '';
const shown = (x) => { const c = x.cloneNode(true); c.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove()); return c.textContent; };
const labelled = (e.getAttribute('aria-labelledby') || '').split(/\s+/)
  .map((i) => document.getElementById(i)).filter(Boolean).map(shown).join(' ');
return (e.getAttribute('aria-label') || labelled || shown(e) || '').replace(/\s+/g, ' ').trim();"#,
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub async fn click_name(&self, name: &str) -> Result {
        let e = self.by_name(name).await?;
        within("click", e.click()).await
    }

    /// Starts noting every key the page is given, after the page's own listeners have
    /// seen it (see [`App::keys_handled`]).
    pub async fn watch_keys(&self) -> Result {
        self.execute(
            "window.e2eKeys = [];\
             if (!window.e2eKeyWatch) {\
               window.e2eKeyWatch = true;\
               window.addEventListener('keydown', (e) => window.e2eKeys.push([e.key, e.defaultPrevented]));\
             }",
            vec![],
        )
        .await?;
        Ok(())
    }

    /// Waits until the page has handled `count` keys since [`App::watch_keys`], and returns
    /// those it acted on: the page prevents the default of every key it acts on (opening a
    /// screen, pausing), so a key it ignored proves, once handled, that it did nothing.
    pub async fn keys_handled(&self, count: usize) -> Result<Vec<String>> {
        let deadline = Instant::now() + TEXT_WAIT;
        loop {
            let seen = self
                .execute("return window.e2eKeys ?? null", vec![])
                .await?;
            let seen = seen
                .as_array()
                .ok_or("keys are not being watched: call watch_keys first")?;
            if seen.len() >= count {
                return Ok(seen
                    .iter()
                    .filter(|k| k[1] == json!(true))
                    .map(|k| k[0].as_str().unwrap_or_default().to_string())
                    .collect());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "the page handled {} of {count} keys within {TEXT_WAIT:?}: {seen:?}",
                    seen.len()
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Presses and releases one key, delivered to whatever has focus.
    pub async fn press(&self, key: impl Into<char>) -> Result {
        let k = key.into();
        let seq = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k });
        let c = self.client()?;
        within("press", c.perform_actions(seq)).await?;
        within("release", c.release_actions()).await
    }

    pub async fn body_text(&self) -> Result<String> {
        let v = self
            .execute("return document.body.innerText", vec![])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Saves a PNG of the whole display to `tests/e2e-artifacts/<name>.png`, once the
    /// page has painted what it shows now.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        self.painted().await?;
        self.grab(name)
    }

    /// The display as it is, without waiting (used when a test has failed).
    fn grab(&self, name: &str) -> Result<PathBuf> {
        self.import(name, "root")
    }

    /// Saves X window `window` (or "root", the whole display) as `<name>.png`.
    fn import(&self, name: &str, window: &str) -> Result<PathBuf> {
        let path = self.artifacts.join(format!("{name}.png"));
        let ok = Command::new("import")
            .args(["-display", &format!(":{}", self.display), "-window", window])
            .arg(&path)
            .status()
            .map_err(|e| format!("import (imagemagick) did not run: {e}"))?
            .success();
        if ok {
            Ok(path)
        } else {
            Err("import could not take a screenshot".into())
        }
    }

    /// Starts recording what the app plays (needs [`SoundDevice::NullSink`]).
    pub fn record(&self) -> Result<Recording> {
        let p = self
            .pulse
            .as_ref()
            .ok_or("no sound device to record from")?;
        let child = p
            .command("parec")?
            .args([
                "-d",
                "auto_null.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                &format!("--rate={RECORD_RATE}"),
                "--latency-msec=20",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("parec did not start (install pulseaudio-utils): {e}"))?;
        let mut child = child;
        let mut out = child.stdout.take().ok_or("parec has no output")?;
        let reader = std::thread::spawn(move || {
            let mut raw = Vec::new();
            let _ = out.read_to_end(&mut raw);
            raw
        });
        Ok(Recording {
            child,
            started: Instant::now(),
            reader,
        })
    }

    // ------------------------------------------------------------ accessibility

    /// Runs axe-core (pinned in tests/package.json) for the WCAG 2.0-2.2 A and AA rules on
    /// what the page shows now, in every one of [`LOOKS`] (each theme at the default and at
    /// the largest text size), and returns one line per violation naming `what` and the
    /// look: `help/dark/larger: color-contrast (serious): ...`. The page's own look is put
    /// back afterwards.
    pub async fn axe_in_every_look(&self, what: &str) -> Result<Vec<String>> {
        let before = self
            .execute(
                "const r = document.documentElement.dataset; return [r.theme ?? null, r.text ?? null];",
                vec![],
            )
            .await?;
        let mut problems = Vec::new();
        for (theme, text) in LOOKS {
            self.set_look(&json!(theme), &json!(text)).await?;
            problems.extend(
                self.axe_violations()
                    .await
                    .map_err(|e| format!("{what}/{theme}/{text}: {e}"))?
                    .into_iter()
                    .map(|v| format!("{what}/{theme}/{text}: {v}")),
            );
        }
        self.set_look(&before[0], &before[1]).await?;
        Ok(problems)
    }

    /// Shows the page in a theme and text size (`null` for the page's default), as the
    /// settings would, without saving them.
    async fn set_look(&self, theme: &Value, text: &Value) -> Result {
        self.execute(
            "const r = document.documentElement.dataset;\
             if (arguments[0] === null) delete r.theme; else r.theme = arguments[0];\
             if (arguments[1] === null) delete r.text; else r.text = arguments[1];",
            vec![theme.clone(), text.clone()],
        )
        .await?;
        Ok(())
    }

    /// One axe run on the page as it looks now.
    async fn axe_violations(&self) -> Result<Vec<String>> {
        if self.execute("return typeof axe", vec![]).await? != json!("object") {
            let path = workspace_root()
                .join("tests")
                .join("node_modules")
                .join("axe-core")
                .join("axe.min.js");
            let mut source = String::new();
            std::fs::File::open(&path)
                .map_err(|e| format!("{}: {e} (run npm ci in tests/)", path.display()))?
                .read_to_string(&mut source)?;
            self.execute(&format!("{source}\n;return true;"), vec![])
                .await?;
        }
        self.settled().await?;
        let v = self
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
  .then((r) => done(r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)))
  .catch((e) => done([`axe failed: ${e}`]));"#,
                vec![],
            )
            .await?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default())
    }
}

/// Signals every process whose environment names this data folder: the app and the
/// WebKit processes it started, and nothing else on the machine.
fn signal_by_data_dir(dir: &Path, signal: i32) {
    for pid in pids_with_data_dir(dir) {
        unsafe {
            libc::kill(pid, signal);
        }
    }
}

/// Processes whose environment names this data folder.
fn pids_with_data_dir(dir: &Path) -> Vec<i32> {
    let wanted = format!("STEADY_DATA_DIR={}", dir.display()).into_bytes();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pid = entry.file_name().to_str()?.parse::<i32>().ok()?;
            let env = std::fs::read(entry.path().join("environ")).ok()?;
            env.split(|b| *b == 0)
                .any(|kv| kv == wanted.as_slice())
                .then_some(pid)
        })
        .collect()
}

impl App {
    /// Sends `signal` to Steady's main process only, as `kill <pid>` or a session
    /// manager would; its WebKit processes are left running.
    pub fn signal_main(&self, signal: i32) -> Result {
        let main: Vec<i32> = self
            .app_pids()
            .into_iter()
            .filter(|pid| {
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|c| c.trim() == "steady")
            })
            .collect();
        if main.is_empty() {
            return Err("Steady's main process was not found".into());
        }
        for pid in main {
            unsafe {
                libc::kill(pid, signal);
            }
        }
        Ok(())
    }

    /// The app's own processes (the app and the WebKit processes it started), not the
    /// test drivers.
    pub fn app_pids(&self) -> Vec<i32> {
        pids_with_data_dir(self.data.path())
            .into_iter()
            .filter(|pid| {
                let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
                !matches!(comm.trim(), "tauri-driver" | "WebKitWebDriver")
            })
            .collect()
    }
}

/// CPU time (user + system) of these processes so far, in seconds.
pub fn cpu_seconds(pids: &[i32]) -> f64 {
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    pids.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/stat")).ok())
        .filter_map(|stat| {
            // Fields after the command name, which may itself hold spaces.
            let rest = stat.rsplit_once(") ")?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some(f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?)
        })
        .sum::<f64>()
        / ticks
}

/// When WebKitWebDriver stops the traced "browser" it stops strace, which detaches and
/// leaves the app running; the PIDs strace logged are the app's process tree.
fn end_traced(log: &Path) {
    let Ok(text) = std::fs::read_to_string(log) else {
        return;
    };
    let mut pids: Vec<i32> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect();
    pids.sort_unstable();
    pids.dedup();
    for pid in pids {
        #[cfg(unix)]
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
    }
}

/// SIGTERM, then SIGKILL if the process has not exited within 5 s.
pub fn terminate(child: &mut Child) {
    // SIGTERM first: tauri-driver then stops WebKitWebDriver, which SIGKILL would orphan.
    #[cfg(unix)]
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for App {
    fn drop(&mut self) {
        if std::thread::panicking() {
            match self.grab(&format!("{}-failure", self.name)) {
                Ok(p) => eprintln!("screenshot of the failure: {}", p.display()),
                Err(e) => eprintln!("no screenshot: {e}"),
            }
        }
        if let Some(mut d) = self.driver.take() {
            terminate(&mut d);
        }
        // Without its display the app exits too, whatever state the session was in.
        terminate(&mut self.xvfb);
    }
}

/// Runs an e2e test body; a failure (Err or panic) leaves a screenshot behind. Afterwards
/// the real home must be as it was (see [`RealHome`]).
pub async fn run<F>(name: &str, options: Options, body: F)
where
    F: AsyncFnOnce(&mut App) -> Result,
{
    let home = RealHome::snapshot();
    let mut app = match App::launch(name, options).await {
        Ok(a) => a,
        Err(e) => panic!("{name}: could not start Steady: {e}"),
    };
    if let Err(e) = body(&mut app).await {
        panic!("{name}: {e}");
    }
    if let Err(e) = app.close().await {
        panic!("{name}: closing: {e}");
    }
    if let Err(e) = home.check() {
        panic!("{name}: {e}");
    }
}

/// Words that must never reach a person: programming leftovers, error dumps.
const BROKEN: [&str; 10] = [
    "null",
    "undefined",
    "NaN",
    "[object",
    "Os {",
    "ExitStatus",
    "panicked",
    "Error(",
    "Err(",
    "::",
];

/// The looks every accessibility check covers: each theme, at the default text size and
/// at the largest.
pub const LOOKS: [(&str, &str); 4] = [
    ("light", "normal"),
    ("dark", "normal"),
    ("light", "larger"),
    ("dark", "larger"),
];

/// How long [`App::wait_for_text`] waits.
pub const TEXT_WAIT: Duration = Duration::from_secs(20);

/// In the page: resolves once an element matching the selector shows the text, or at the
/// deadline with what the matching elements showed instead. Looks again after every change
/// to the page (at most once a frame), and every 250 ms for changes no mutation reports.
const WAIT_FOR_TEXT: &str = r#"
const [selector, wanted, limit] = arguments;
const done = arguments[arguments.length - 1];
const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
const want = clean(wanted);
const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const look = () => {
  let all;
  try { all = [...document.querySelectorAll(selector)]; } catch (e) { return { error: String(e) }; }
  const shown = all.filter(visible);
  const hit = shown.find((e) => clean(e.innerText).includes(want));
  if (hit) return { found: hit.innerText };
  return { seen: shown.slice(0, 5).map((e) => clean(e.innerText).slice(0, 1500)), hidden: all.length - shown.length };
};
let finished = false;
let queued = false;
let observer = null;
let tick = null;
let timer = null;
const finish = (r) => {
  if (finished) return;
  finished = true;
  observer?.disconnect();
  clearInterval(tick);
  clearTimeout(timer);
  done(r);
};
const check = () => {
  queued = false;
  const r = look();
  if (r.found !== undefined || r.error) finish(r);
};
const soon = () => { if (!queued) { queued = true; requestAnimationFrame(check); } };
observer = new MutationObserver(soon);
observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
tick = setInterval(check, 250);
timer = setTimeout(() => finish(look()), limit);
check();
"#;

impl App {
    /// Waits until an element matching the CSS `selector` shows `text` in its visible text
    /// (white space runs count as one space; an empty `text` waits for a visible element
    /// alone), for up to [`TEXT_WAIT`]. Returns that element's text. On time-out the error
    /// names the selector and the text awaited, and what the matching elements showed.
    pub async fn wait_for_text(&self, selector: &str, text: &str) -> Result<String> {
        self.wait_for_text_within(selector, text, TEXT_WAIT).await
    }

    /// [`App::wait_for_text`], for up to `limit` (a breathing session, a wave).
    pub async fn wait_for_text_within(
        &self,
        selector: &str,
        text: &str,
        limit: Duration,
    ) -> Result<String> {
        let deadline = Instant::now() + limit;
        loop {
            // In slices, each well inside WebDriver's script time-out.
            let slice = deadline
                .saturating_duration_since(Instant::now())
                .min(Duration::from_secs(20));
            let v = self
                .execute_async(
                    WAIT_FOR_TEXT,
                    vec![
                        json!(selector),
                        json!(text),
                        json!(slice.as_millis() as u64),
                    ],
                )
                .await?;
            if let Some(found) = v.get("found").and_then(Value::as_str) {
                return Ok(found.to_string());
            }
            if let Some(e) = v.get("error") {
                return Err(format!("{selector:?} is not a CSS selector: {e}").into());
            }
            if Instant::now() >= deadline {
                let seen = v["seen"].as_array().cloned().unwrap_or_default();
                let hidden = v["hidden"].as_u64().unwrap_or(0);
                let what = if text.is_empty() {
                    format!("for {selector:?} to be shown")
                } else {
                    format!("for {selector:?} to show {text:?}")
                };
                let now = if seen.is_empty() {
                    format!("nothing matching it is shown ({hidden} hidden)")
                } else {
                    format!(
                        "it shows:\n{}",
                        seen.iter()
                            .map(|t| format!("  {}", t.as_str().unwrap_or_default()))
                            .collect::<Vec<_>>()
                            .join("\n")
                    )
                };
                return Err(format!("waited {limit:?} {what}; {now}").into());
            }
        }
    }

    /// Everything a person sees or hears now: visible text, the window's title, the
    /// announcer, and the names and hints of controls, one per line.
    pub async fn seen_text(&self) -> Result<String> {
        let v = self
            .execute(
                "const out = [document.body.innerText, document.title, document.getElementById('announce')?.textContent ?? ''];\
                 for (const e of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {\
                   for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {\
                     const v = e.getAttribute(a); if (v) out.push(v);\
                   }\
                 }\
                 return out.join('\\n');",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Fails when anything a person sees or hears now (visible text, the announcer, the
    /// names of controls) holds broken text (`null`, `undefined`, `NaN`, `[object`, an
    /// error dump), or a file path on any screen but Settings, which shows the data
    /// folder because the person asked where their words are.
    pub async fn assert_readable(&self, state: &str) -> Result {
        let text = self.seen_text().await?;
        let text = text.as_str();
        for word in BROKEN {
            let hit = text.split(char::is_whitespace).any(|w| {
                let w = w.trim_matches(|c: char| ".,;:!?\"'“”()".contains(c) && !word.contains(c));
                w == word || (word.len() > 4 && w.contains(word))
            });
            if hit {
                return Err(format!("{state}: the page shows {word:?}:\n{text}").into());
            }
        }
        if self.screen().await? != "settings" {
            for root in ["/home/", "/tmp/", "/root/", "/usr/", "/etc/", "/var/"] {
                if text.contains(root) {
                    return Err(format!("{state}: a path nobody asked for:\n{text}").into());
                }
            }
        }
        Ok(())
    }
}

/// A full safety plan for the benchmarks: 8 sections x 100 items of ~200 characters.
pub fn full_plan() -> steady_core::plan::Plan {
    let mut p = steady_core::plan::Plan::default();
    for s in steady_core::plan::Section::ALL {
        for i in 0..100 {
            let line =
                format!("{i}: a step in my own words, with some length to it 🌊 שלום 你好 — ");
            let input = if s.holds_contacts() {
                steady_core::plan::ItemInput {
                    name: format!("Person {i}"),
                    phone: "07700 900123".into(),
                    note: line.repeat(2),
                    ..steady_core::plan::ItemInput::default()
                }
            } else {
                steady_core::plan::ItemInput {
                    text: line.repeat(3),
                    ..steady_core::plan::ItemInput::default()
                }
            };
            p.add(s, &input, None).expect("within limits");
        }
    }
    p
}

/// The system's own windows (dialogs) on the app's display, and keyboard-only moves.
impl App {
    /// Presses Tab until the control named `name` has the focus, then Enter: a person
    /// working by keyboard alone.
    pub async fn tab_to_and_enter(&self, name: &str) -> Result {
        for _ in 0..60 {
            self.press(Key::Tab).await?;
            if self.focused_name().await? == name {
                return self.press(Key::Enter).await;
            }
        }
        Err(format!("Tab never reached {name:?}").into())
    }

    /// Waits for a visible window on the app's display whose whole title is one of `titles`;
    /// returns its X id.
    pub async fn dialog(&self, titles: &str) -> Result<String> {
        let display = format!(":{}", self.display());
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let out = std::process::Command::new("xdotool")
                .args([
                    "search",
                    "--onlyvisible",
                    "--name",
                    &format!("^({titles})$"),
                ])
                .env("DISPLAY", &display)
                .output()?;
            if let Some(id) = String::from_utf8_lossy(&out.stdout).lines().last() {
                return Ok(id.trim().to_string());
            }
            if Instant::now() > deadline {
                let tree = std::process::Command::new("xwininfo")
                    .args(["-display", &display, "-root", "-tree"])
                    .output()?;
                return Err(format!(
                    "no window titled {titles:?} appeared:\n{}",
                    String::from_utf8_lossy(&tree.stdout)
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether X window `id` is still shown on the app's display.
    pub fn still_shown(&self, id: &str) -> Result<bool> {
        let out = std::process::Command::new("xwininfo")
            .args(["-display", &format!(":{}", self.display()), "-id", id])
            .output()?;
        Ok(String::from_utf8_lossy(&out.stdout).contains("IsViewable"))
    }

    /// Presses keys on the app's display, delivered to the window that has the focus.
    pub fn xdotool(&self, args: &[&str]) -> Result {
        let ok = std::process::Command::new("xdotool")
            .args(args)
            .env("DISPLAY", format!(":{}", self.display()))
            .status()?
            .success();
        if ok {
            Ok(())
        } else {
            Err(format!("xdotool {args:?} failed").into())
        }
    }

    /// Answers the system's save dialog as a person in a hurry would: Enter, to save under
    /// the name offered, in the folder it opens on (the harness makes that the app's own
    /// home), until `target` exists. A key that went nowhere is pressed again once the
    /// dialog has the focus; a dialog that closed with nothing saved is an error.
    pub async fn save_in_dialog(&self, window: &str, target: &Path) -> Result {
        let mut tries = 0;
        while !target.exists() {
            if self.still_shown(window)? {
                tries += 1;
                if tries > 5 {
                    return Err(format!("the dialog took no Enter in {tries} tries").into());
                }
                self.xdotool(&["windowfocus", window])?;
                self.xdotool(&["key", "--clearmodifiers", "Return"])?;
            } else {
                let saved: Vec<_> = std::fs::read_dir(self.app_home())?
                    .flatten()
                    .map(|e| e.path())
                    .collect();
                return Err(format!(
                    "the dialog closed, and nothing is at {} (the folder holds {saved:?})",
                    target.display()
                )
                .into());
            }
            let deadline = Instant::now() + Duration::from_secs(5);
            while !target.exists() && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        Ok(())
    }
}
