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
        let server = Command::new("pulseaudio")
            .args(["--daemonize=no", "--exit-idle-time=-1", "--disallow-exit"])
            .env("XDG_RUNTIME_DIR", runtime.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start pulseaudio (install pulseaudio): {e}"))?;
        let pulse = Pulse { server, runtime };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !Command::new("pactl")
            .args(["list", "short", "sinks"])
            .env("XDG_RUNTIME_DIR", pulse.runtime.path())
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
    /// The app's XDG data home: what WebKit and GTK keep for themselves (the page's
    /// storage, the recent-files list a save dialog adds to) stays in the test. The cache
    /// home is left as it is: a cold one makes Mesa compile its shaders at every launch,
    /// which the benchmarks would count as Steady's own work.
    xdg: tempfile::TempDir,
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

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The built app: `STEADY_BIN`, else `<target>/debug/steady`.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("STEADY_BIN") {
        // Relative to the workspace root, wherever cargo runs the test from.
        return workspace_root().join(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("debug").join("steady")
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
            xdg: tempfile::Builder::new()
                .prefix("steady-e2e-xdg-")
                .tempdir()?,
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

    fn application(&self) -> Result<PathBuf> {
        let bin = app_binary();
        let Some(log) = &self.options.strace_log else {
            return Ok(bin);
        };
        // WebKitWebDriver starts "the browser" with its own arguments: a wrapper passes
        // them on, with strace following every process the app starts.
        let wrapper = self.artifacts.join(format!("{}-strace.sh", self.name));
        std::fs::write(
            &wrapper,
            format!(
                "#!/bin/sh\nexec strace -f -qq -e trace=connect -o '{}' '{}' \"$@\"\n",
                log.display(),
                bin.display()
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
            .env("XDG_DATA_HOME", self.xdg.path().join("data"))
            .env("LANG", "en_GB.UTF-8");
        match &self.pulse {
            Some(p) => {
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
        cmd.args(args).stdin(Stdio::null());
        self.app_env(&mut cmd)?;
        let started = Instant::now();
        let out = cmd.output()?;
        Ok((out, started.elapsed()))
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
        let log = std::fs::File::create(self.artifacts.join(format!("{}-driver.log", self.name)))?;
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native.to_string(),
        ])
        .env("DISPLAY", format!(":{}", self.display))
        .env_remove("WAYLAND_DISPLAY")
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
const [wanted, how] = arguments;
const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
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
        let child = Command::new("parec")
            .args([
                "-d",
                "auto_null.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                &format!("--rate={RECORD_RATE}"),
                "--latency-msec=20",
            ])
            .env("XDG_RUNTIME_DIR", p.runtime.path())
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

    /// Runs axe-core (pinned in tests/package.json) in the page for WCAG 2.0-2.2 A and AA
    /// rules and returns one line per violation.
    pub async fn axe_violations(&self) -> Result<Vec<String>> {
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

/// Runs an e2e test body; a failure (Err or panic) leaves a screenshot behind.
pub async fn run<F>(name: &str, options: Options, body: F)
where
    F: AsyncFnOnce(&mut App) -> Result,
{
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

impl App {
    /// Waits until the page's visible text contains `text`.
    pub async fn wait_for_body(&self, text: &str) -> Result {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !self.body_text().await?.contains(text) {
            if Instant::now() > deadline {
                return Err(format!("{text:?} did not appear").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// Fails when anything a person sees or hears now (visible text, the announcer, the
    /// names of controls) holds broken text (`null`, `undefined`, `NaN`, `[object`, an
    /// error dump), or a file path on any screen but Settings, which shows the data
    /// folder because the person asked where their words are.
    pub async fn assert_readable(&self, state: &str) -> Result {
        let v = self
            .execute(
                "const out = [document.body.innerText, document.getElementById('announce')?.textContent ?? ''];\
                 for (const e of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {\
                   for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {\
                     const v = e.getAttribute(a); if (v) out.push(v);\
                   }\
                 }\
                 return out.join('\\n');",
                vec![],
            )
            .await?;
        let text = v.as_str().unwrap_or_default();
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
