//! One Steady per data folder. The first launch holds the instance lock and listens on a
//! socket in the data folder; a later launch sends its `Launch` there and exits, so the
//! running window comes forward instead of a second process touching the same files.
//!
//! A Unix socket in the data folder (not D-Bus) because it needs no session bus, works
//! the same under Xvfb, and is scoped to the folder exactly as the lock is.

use std::fmt::Display;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::launch::command_line::Launch;

pub const SOCKET_NAME: &str = "steady.sock";
/// A request is one short JSON line; anything longer is not ours.
const MAX_LINE: u64 = 16 * 1024;
/// How long either side waits on the other mid-conversation.
const TALK_TIMEOUT: Duration = Duration::from_secs(5);
/// How long the running Steady waits for a caller's one line. A launch sends it at once;
/// a caller that does not only holds its own thread, never the next launch.
const READ_TIMEOUT: Duration = Duration::from_secs(2);
/// Callers answered at once; more are turned away rather than piling up threads.
const MAX_CALLERS: usize = 8;

/// The running Steady's answer to a launch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub ok: bool,
    /// Why a launch was refused (a pattern that does not exist, say), in the running
    /// Steady's words: the catalogue's, in its language.
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum HandoffError {
    #[error("Steady is open, but did not answer ({0}).")]
    NoAnswer(io::Error),
    /// The running Steady's own words for why (see `listen`).
    #[error("{0}")]
    Refused(String),
    #[error("Steady cannot hand over to the open window on this system.")]
    Unsupported,
}

pub fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SOCKET_NAME)
}

/// Listens for later launches until the process ends. Call only while holding the
/// instance lock: a socket file left by a Steady that was killed is replaced. `on_launch`
/// refuses what the running Steady cannot open (a pattern it does not have) with its
/// words for why (`RouteRefused::words`, in the running Steady's language): they go back
/// to the later launch as the reply's text, which shows them in its terminal.
/// `not_understood` is the running Steady's words for a line that is not a launch
/// (`cli-request-not-understood`).
#[cfg(unix)]
pub fn listen<F, E>(data_dir: &Path, not_understood: String, on_launch: F) -> io::Result<()>
where
    F: Fn(Launch) -> Result<(), E> + Send + Sync + 'static,
    E: Display,
{
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::net::UnixListener;

    let path = socket_path(data_dir);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let listener = UnixListener::bind(&path)?;
    // Only this user may ask Steady to open a screen.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    let on_launch = std::sync::Arc::new(on_launch);
    let not_understood = std::sync::Arc::new(not_understood);
    let callers = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    std::thread::Builder::new()
        .name("steady-handoff".into())
        .spawn(move || {
            use std::sync::atomic::Ordering;
            for stream in listener.incoming() {
                // Each caller gets its own thread and deadline, so a slow or silent one
                // never holds up the next launch.
                let Ok(stream) = stream else { continue };
                if callers.fetch_add(1, Ordering::SeqCst) >= MAX_CALLERS {
                    callers.fetch_sub(1, Ordering::SeqCst);
                    continue; // dropping the stream closes it
                }
                let (on_launch, done) = (on_launch.clone(), callers.clone());
                let not_understood = not_understood.clone();
                let spawned = std::thread::Builder::new()
                    .name("steady-handoff-caller".into())
                    .spawn(move || {
                        let _ = answer(stream, &*on_launch, &not_understood);
                        done.fetch_sub(1, Ordering::SeqCst);
                    });
                if spawned.is_err() {
                    callers.fetch_sub(1, Ordering::SeqCst);
                }
            }
        })?;
    Ok(())
}

/// One request line as the running Steady reads it; `None` if it is not a launch. What
/// it asks for (a pattern, a length) is checked by the app, which words the refusal.
pub fn parse_request(line: &[u8]) -> Option<Launch> {
    let line = std::str::from_utf8(line).ok()?;
    serde_json::from_str(line.trim_end()).ok()
}

#[cfg(unix)]
fn answer<F, E>(
    stream: std::os::unix::net::UnixStream,
    on_launch: &F,
    not_understood: &str,
) -> io::Result<()>
where
    F: Fn(Launch) -> Result<(), E>,
    E: Display,
{
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    stream.set_write_timeout(Some(TALK_TIMEOUT))?;
    let mut line = Vec::new();
    BufReader::new((&stream).take(MAX_LINE)).read_until(b'\n', &mut line)?;
    let reply = match parse_request(&line) {
        Some(launch) => match on_launch(launch) {
            Ok(()) => Reply {
                ok: true,
                message: String::new(),
            },
            Err(refusal) => Reply {
                ok: false,
                message: refusal.to_string(),
            },
        },
        None => Reply {
            ok: false,
            message: not_understood.to_string(),
        },
    };
    let mut out = serde_json::to_vec(&reply).map_err(io::Error::other)?;
    out.push(b'\n');
    (&stream).write_all(&out)
}

/// Sends a launch to the running Steady and waits for its answer. The running one may
/// still be starting, so connecting is retried until `wait` has passed.
#[cfg(unix)]
pub fn hand_over(data_dir: &Path, launch: &Launch, wait: Duration) -> Result<(), HandoffError> {
    use std::os::unix::net::UnixStream;

    let path = socket_path(data_dir);
    let deadline = Instant::now() + wait;
    let stream = loop {
        match UnixStream::connect(&path) {
            Ok(s) => break s,
            Err(e) if Instant::now() >= deadline => return Err(HandoffError::NoAnswer(e)),
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    let talk = || -> io::Result<Reply> {
        stream.set_read_timeout(Some(TALK_TIMEOUT))?;
        stream.set_write_timeout(Some(TALK_TIMEOUT))?;
        let mut msg = serde_json::to_vec(launch).map_err(io::Error::other)?;
        msg.push(b'\n');
        (&stream).write_all(&msg)?;
        let mut line = String::new();
        BufReader::new((&stream).take(MAX_LINE)).read_line(&mut line)?;
        serde_json::from_str(line.trim_end()).map_err(io::Error::other)
    };
    match talk() {
        Ok(Reply { ok: true, .. }) => Ok(()),
        Ok(Reply { message, .. }) => Err(HandoffError::Refused(message)),
        Err(e) => Err(HandoffError::NoAnswer(e)),
    }
}

#[cfg(not(unix))]
pub fn listen<F, E>(_data_dir: &Path, _not_understood: String, _on_launch: F) -> io::Result<()>
where
    F: Fn(Launch) -> Result<(), E> + Send + Sync + 'static,
    E: Display,
{
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "hand-over needs Unix sockets",
    ))
}

#[cfg(not(unix))]
pub fn hand_over(_data_dir: &Path, _launch: &Launch, _wait: Duration) -> Result<(), HandoffError> {
    Err(HandoffError::Unsupported)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::launch::command_line::{Route, Screen};
    use std::sync::mpsc;

    use crate::error::InvalidInput;

    /// A refusal as the app makes one.
    fn refusal() -> InvalidInput {
        crate::launch::shortcut::normalise("").unwrap_err()
    }

    const NOT_UNDERSTOOD: &str = "not a launch";

    fn accept(_: Launch) -> Result<(), InvalidInput> {
        Ok(())
    }

    fn breathe(pattern: &str) -> Launch {
        Launch {
            route: Route {
                screen: Screen::Breathe,
                pattern: Some(pattern.into()),
                minutes: Some(3),
            },
            hidden: false,
        }
    }

    #[test]
    fn a_launch_reaches_the_running_one_and_its_answer_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let (tx, rx) = mpsc::channel();
        listen(dir.path(), NOT_UNDERSTOOD.into(), move |l: Launch| {
            let refuse = l.route.pattern.as_deref() == Some("nope");
            tx.send(l).unwrap();
            if refuse {
                Err(refusal())
            } else {
                Ok(())
            }
        })
        .unwrap();
        hand_over(dir.path(), &breathe("box"), Duration::from_secs(2)).unwrap();
        assert_eq!(rx.recv().unwrap(), breathe("box"));
        match hand_over(dir.path(), &breathe("nope"), Duration::from_secs(2)) {
            Err(HandoffError::Refused(m)) => assert_eq!(m, refusal().to_string()),
            other => panic!("{other:?}"),
        }
        // The socket is private to this user.
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(socket_path(dir.path()))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_socket_left_by_a_killed_steady_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(socket_path(dir.path()), b"stale").unwrap();
        listen(dir.path(), NOT_UNDERSTOOD.into(), accept).unwrap();
        hand_over(dir.path(), &Launch::default(), Duration::from_secs(2)).unwrap();
    }

    #[test]
    fn nobody_listening_is_reported_after_the_wait() {
        let dir = tempfile::tempdir().unwrap();
        let t = Instant::now();
        let r = hand_over(dir.path(), &Launch::default(), Duration::from_millis(200));
        assert!(matches!(r, Err(HandoffError::NoAnswer(_))), "{r:?}");
        assert!(t.elapsed() >= Duration::from_millis(200));
    }

    #[test]
    fn a_listener_that_starts_late_is_still_reached() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let late = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(150));
            listen(&path, NOT_UNDERSTOOD.into(), accept).unwrap();
        });
        hand_over(dir.path(), &Launch::default(), Duration::from_secs(3)).unwrap();
        late.join().unwrap();
    }

    #[test]
    fn garbage_and_silent_callers_do_not_stop_the_listener() {
        use std::os::unix::net::UnixStream;
        let dir = tempfile::tempdir().unwrap();
        listen(dir.path(), NOT_UNDERSTOOD.into(), accept).unwrap();
        let mut junk = UnixStream::connect(socket_path(dir.path())).unwrap();
        junk.write_all(b"{not json\n").unwrap();
        let mut reply = String::new();
        BufReader::new(&junk).read_line(&mut reply).unwrap();
        assert!(reply.contains("\"ok\":false"), "{reply}");
        assert!(reply.contains(NOT_UNDERSTOOD), "{reply}");
        // A caller that connects and says nothing, then goes away.
        drop(UnixStream::connect(socket_path(dir.path())).unwrap());
        hand_over(dir.path(), &Launch::default(), Duration::from_secs(2)).unwrap();
    }

    #[test]
    fn a_caller_that_holds_its_line_open_does_not_delay_the_next_launch() {
        use std::os::unix::net::UnixStream;
        let dir = tempfile::tempdir().unwrap();
        let (tx, rx) = mpsc::channel();
        listen(dir.path(), NOT_UNDERSTOOD.into(), move |l: Launch| {
            tx.send(l).unwrap();
            Ok::<(), InvalidInput>(())
        })
        .unwrap();
        // Connected, half a line written, then silence (held open for the whole test).
        let mut slow = UnixStream::connect(socket_path(dir.path())).unwrap();
        slow.write_all(b"{\"route\":").unwrap();
        // The next launch is answered while the slow caller still holds its connection:
        // before, it waited behind it for the full talk timeout.
        hand_over(dir.path(), &breathe("box"), Duration::from_secs(2)).unwrap();
        assert_eq!(rx.recv().unwrap(), breathe("box"));
        let mut reply = String::new();
        slow.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let _ = BufReader::new(&slow).read_line(&mut reply);
        assert!(
            !reply.contains("\"ok\":true"),
            "the half line was not taken as a launch"
        );
    }
}
