//! The system-wide key combination that opens breathing: as the person writes it
//! ("ctrl + alt + b") and as Steady keeps and shows it ("Ctrl+Alt+B"), and the rule for
//! taking it from the system. X11, Windows and macOS allow one; Wayland does not, so there
//! Settings shows the `steady breathe` command to bind in the desktop's own settings.
//!
//! The rule: a new combination is tried first; if the system will not give it, the old one
//! is put back and the person is told why, and if even that fails they are told so too:
//! never left without a shortcut in silence. What is saved is what works.

use serde::Serialize;

use crate::error::{InvalidInput, Reason, ShortcutTrouble};
use crate::launch::env::Env;

/// What a new Steady uses; the person can change it or turn it off.
pub const DEFAULT: &str = "Ctrl+Alt+B";

const MODIFIERS: [(&str, &[&str]); 4] = [
    ("Ctrl", &["ctrl", "control"]),
    ("Alt", &["alt"]),
    ("Shift", &["shift"]),
    ("Super", &["super", "meta", "win"]),
];

fn invalid(reason: Reason) -> InvalidInput {
    InvalidInput::new("shortcut", reason)
}

/// Checks a combination and writes it the one way Steady shows it. It needs Ctrl, Alt or
/// Super, so a system-wide grab never swallows ordinary typing.
pub fn normalise(text: &str) -> Result<String, InvalidInput> {
    let parts: Vec<String> = text
        .split('+')
        .map(|p| p.trim().to_ascii_lowercase())
        .collect();
    let Some((key, mods)) = parts.split_last() else {
        return Err(invalid(Reason::ShortcutEmpty));
    };
    let mut held = [false; 4];
    for m in mods {
        let i = MODIFIERS
            .iter()
            .position(|(_, names)| names.contains(&m.as_str()))
            .ok_or_else(|| invalid(Reason::ShortcutNotAModifier))?;
        held[i] = true;
    }
    if !(held[0] || held[1] || held[3]) {
        return Err(invalid(Reason::ShortcutNeedsModifier));
    }
    let key = key_name(key).ok_or_else(|| invalid(Reason::ShortcutLastKey))?;
    let mut out: Vec<&str> = MODIFIERS
        .iter()
        .zip(held)
        .filter(|(_, h)| *h)
        .map(|((name, _), _)| *name)
        .collect();
    out.push(&key);
    Ok(out.join("+"))
}

fn key_name(k: &str) -> Option<String> {
    let mut chars = k.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphanumeric() => Some(c.to_ascii_uppercase().to_string()),
        _ => {
            let n: u8 = k.strip_prefix('f')?.parse().ok()?;
            (1..=12).contains(&n).then(|| format!("F{n}"))
        }
    }
}

/// The system's global keys, as the shell reaches them.
pub trait Keys {
    /// Takes the combination (written as `normalise` writes it) system-wide.
    fn register(&mut self, combo: &str) -> Result<(), KeyError>;
    /// Lets it go; one that is not held is fine.
    fn unregister(&mut self, combo: &str);
}

/// Why the system would not give Steady a combination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    /// Another program holds it.
    Taken,
    /// The system refused it for another reason.
    NotAllowed,
    /// There is no way to take a key system-wide here at all.
    Unsupported,
}

impl From<KeyError> for ShortcutTrouble {
    fn from(e: KeyError) -> Self {
        match e {
            KeyError::Taken => ShortcutTrouble::Taken,
            KeyError::NotAllowed => ShortcutTrouble::NotRegistered,
            KeyError::Unsupported => ShortcutTrouble::NoPlugin,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Registered and listening.
    On,
    /// Turned off by the person.
    Off,
    /// Chosen, but not working; `reason` says why.
    Unavailable,
    /// Not set up yet: that happens just after the first screen.
    Starting,
}

/// What Settings shows about the shortcut, as codes the page words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub state: State,
    /// The combination chosen; `None` when off.
    pub shortcut: Option<String>,
    /// Why it is unavailable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<ShortcutTrouble>,
    /// What to bind in the desktop's own keyboard settings instead.
    pub command: String,
    pub wayland: bool,
}

/// A change that did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the shortcut could not be changed ({trouble:?})")]
pub struct Refused {
    /// Why the new combination could not be had.
    pub trouble: ShortcutTrouble,
    pub wanted: String,
    /// The combination that worked before and could not be put back: the person now has
    /// no shortcut, and must be told.
    pub lost: Option<String>,
    /// What holds instead: the one before, put back, or not working and why.
    pub now: Status,
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError<E> {
    #[error(transparent)]
    Refused(Refused),
    /// Saving the choice failed; the one before was put back.
    #[error(transparent)]
    Save(E),
}

/// Whether this is a Wayland session, where an app cannot take a key system-wide.
pub fn wayland(env: &impl Env) -> bool {
    env.var("WAYLAND_DISPLAY").is_some()
        || env
            .var("XDG_SESSION_TYPE")
            .is_some_and(|v| v.eq_ignore_ascii_case("wayland"))
}

/// `steady breathe` with this program's full path, quoted for a shell if it needs it.
pub fn breathe_command(env: &impl Env) -> String {
    let exe = env
        .program()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "steady".into());
    let plain = exe
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c));
    if plain {
        format!("{exe} breathe")
    } else {
        format!("'{}' breathe", exe.replace('\'', "'\\''"))
    }
}

/// The shortcut as it stands, and the rule for changing it.
#[derive(Debug, Clone)]
pub struct Shortcut {
    wayland: bool,
    command: String,
    /// Registered with the system now: what a change must let go.
    held: Option<String>,
    status: Status,
}

impl Shortcut {
    /// Before it is set up: `saved` is the person's choice from the settings.
    pub fn new(env: &impl Env, saved: Option<String>) -> Shortcut {
        let (wayland, command) = (wayland(env), breathe_command(env));
        Shortcut {
            status: Status {
                state: State::Starting,
                shortcut: saved,
                reason: None,
                command: command.clone(),
                wayland,
            },
            wayland,
            command,
            held: None,
        }
    }

    pub fn status(&self) -> Status {
        self.status.clone()
    }

    /// At start: takes the saved combination (`None`: off).
    pub fn start(&mut self, keys: &mut impl Keys, saved: Option<&str>) -> Status {
        self.take(keys, saved)
    }

    /// Changes to `wanted` (normalised; `None` turns it off) and, only if the system gives
    /// it, has `save` keep the choice. If it will not, the one before is put back and
    /// nothing is saved; if saving fails, the one before is put back too.
    pub fn change<E>(
        &mut self,
        keys: &mut impl Keys,
        wanted: Option<String>,
        save: impl FnOnce(Option<String>) -> Result<(), E>,
    ) -> Result<Status, ChangeError<E>> {
        let (before, worked) = (self.status.shortcut.clone(), self.held.clone());
        if wanted.is_some() && wanted == worked {
            // Already registered: letting it go to take it again could only lose it.
            save(wanted).map_err(ChangeError::Save)?;
            return Ok(self.status());
        }
        let now = self.take(keys, wanted.as_deref());
        match (now.reason, wanted) {
            (Some(trouble), Some(wanted)) if trouble != ShortcutTrouble::Wayland => {
                let now = self.take(keys, before.as_deref());
                let lost = worked.filter(|_| now.state != State::On);
                Err(ChangeError::Refused(Refused {
                    trouble,
                    wanted,
                    lost,
                    now,
                }))
            }
            (_, wanted) => match save(wanted) {
                Ok(()) => Ok(now),
                Err(e) => {
                    self.take(keys, before.as_deref());
                    Err(ChangeError::Save(e))
                }
            },
        }
    }

    /// Lets go of what is held and takes `wanted`; what holds afterwards.
    fn take(&mut self, keys: &mut impl Keys, wanted: Option<&str>) -> Status {
        if let Some(old) = self.held.take() {
            keys.unregister(&old);
        }
        let (state, reason) = match wanted {
            None => (State::Off, None),
            // Nothing to try: the page shows the command to bind instead.
            Some(_) if self.wayland => (State::Unavailable, Some(ShortcutTrouble::Wayland)),
            Some(k) => match keys.register(k) {
                Ok(()) => {
                    self.held = Some(k.to_string());
                    (State::On, None)
                }
                Err(e) => (State::Unavailable, Some(e.into())),
            },
        };
        self.status = Status {
            state,
            shortcut: wanted.map(str::to_string),
            reason,
            command: self.command.clone(),
            wayland: self.wayland,
        };
        self.status()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::launch::env::FakeEnv;
    use std::collections::HashMap;

    /// The system's keys, made up: what it holds for Steady, what it refuses, and what
    /// another program grabs the moment Steady lets it go.
    #[derive(Default)]
    struct FakeKeys {
        held: Vec<String>,
        refuse: HashMap<String, KeyError>,
        grabbed_when_released: Vec<String>,
        calls: Vec<String>,
    }

    impl FakeKeys {
        fn refusing(combo: &str, e: KeyError) -> FakeKeys {
            let mut k = FakeKeys::default();
            k.refuse.insert(combo.into(), e);
            k
        }
    }

    impl Keys for FakeKeys {
        fn register(&mut self, combo: &str) -> Result<(), KeyError> {
            self.calls.push(format!("+{combo}"));
            if let Some(e) = self.refuse.get(combo) {
                return Err(*e);
            }
            // As X11 does: Steady cannot take what it already holds.
            if self.held.iter().any(|h| h == combo) {
                return Err(KeyError::Taken);
            }
            self.held.push(combo.into());
            Ok(())
        }

        fn unregister(&mut self, combo: &str) {
            self.calls.push(format!("-{combo}"));
            self.held.retain(|h| h != combo);
            if self.grabbed_when_released.iter().any(|g| g == combo) {
                self.refuse.insert(combo.into(), KeyError::Taken);
            }
        }
    }

    fn started(keys: &mut FakeKeys, saved: Option<&str>) -> Shortcut {
        let mut s = Shortcut::new(&FakeEnv::linux(), saved.map(str::to_string));
        assert_eq!(s.status().state, State::Starting);
        s.start(keys, saved);
        s
    }

    /// A save that records what it was given.
    fn saving(
        into: &mut Vec<Option<String>>,
    ) -> impl FnOnce(Option<String>) -> Result<(), ()> + '_ {
        move |s| {
            into.push(s);
            Ok(())
        }
    }

    #[test]
    fn at_start_the_saved_combination_is_taken() {
        let mut keys = FakeKeys::default();
        let s = started(&mut keys, Some(DEFAULT));
        let now = s.status();
        assert_eq!(
            (now.state, now.shortcut.as_deref(), now.reason),
            (State::On, Some(DEFAULT), None)
        );
        assert_eq!(keys.held, [DEFAULT]);
        assert_eq!(now.command, "/usr/bin/steady breathe");
        assert!(!now.wayland);

        let mut keys = FakeKeys::default();
        let s = started(&mut keys, None);
        assert_eq!(s.status().state, State::Off);
        assert!(keys.calls.is_empty(), "off: nothing is asked of the system");

        let mut keys = FakeKeys::refusing(DEFAULT, KeyError::Taken);
        let s = started(&mut keys, Some(DEFAULT));
        let now = s.status();
        assert_eq!(now.state, State::Unavailable);
        assert_eq!(
            now.shortcut.as_deref(),
            Some(DEFAULT),
            "the choice is still shown"
        );
        assert_eq!(now.reason, Some(ShortcutTrouble::Taken));
    }

    #[test]
    fn a_change_that_works_lets_the_old_one_go_and_is_saved() {
        let mut keys = FakeKeys::default();
        let mut s = started(&mut keys, Some(DEFAULT));
        let mut saved = Vec::new();
        let now = s
            .change(&mut keys, Some("Ctrl+Alt+G".into()), saving(&mut saved))
            .unwrap();
        assert_eq!(
            (now.state, now.shortcut.as_deref()),
            (State::On, Some("Ctrl+Alt+G"))
        );
        assert_eq!(keys.held, ["Ctrl+Alt+G"]);
        assert_eq!(saved, [Some("Ctrl+Alt+G".to_string())]);
        assert_eq!(s.status(), now);
    }

    #[test]
    fn a_change_the_system_refuses_puts_the_old_one_back_and_saves_nothing() {
        for trouble in [KeyError::Taken, KeyError::NotAllowed] {
            let mut keys = FakeKeys::refusing("Ctrl+Alt+G", trouble);
            let mut s = started(&mut keys, Some(DEFAULT));
            let mut saved = Vec::new();
            let Err(ChangeError::Refused(r)) =
                s.change(&mut keys, Some("Ctrl+Alt+G".into()), saving(&mut saved))
            else {
                panic!("the change should be refused");
            };
            assert_eq!(r.trouble, ShortcutTrouble::from(trouble));
            assert_eq!(r.wanted, "Ctrl+Alt+G");
            assert_eq!(r.lost, None);
            assert_eq!(
                (r.now.state, r.now.shortcut.as_deref()),
                (State::On, Some(DEFAULT))
            );
            assert_eq!(keys.held, [DEFAULT], "the old one works again");
            assert!(saved.is_empty());
            assert_eq!(s.status(), r.now);
        }
    }

    #[test]
    fn when_the_old_one_cannot_be_put_back_either_the_person_is_told() {
        let mut keys = FakeKeys::refusing("Ctrl+Alt+G", KeyError::Taken);
        let mut s = started(&mut keys, Some(DEFAULT));
        // Another program takes Ctrl+Alt+B the moment Steady lets it go.
        keys.grabbed_when_released.push(DEFAULT.into());
        let mut saved = Vec::new();
        let Err(ChangeError::Refused(r)) =
            s.change(&mut keys, Some("Ctrl+Alt+G".into()), saving(&mut saved))
        else {
            panic!("the change should be refused");
        };
        assert_eq!(r.trouble, ShortcutTrouble::Taken);
        assert_eq!(
            r.lost.as_deref(),
            Some(DEFAULT),
            "the loss is said, not silent"
        );
        assert_eq!(r.now.state, State::Unavailable);
        assert_eq!(r.now.shortcut.as_deref(), Some(DEFAULT));
        assert_eq!(r.now.reason, Some(ShortcutTrouble::Taken));
        assert!(keys.held.is_empty());
        assert!(saved.is_empty(), "the saved choice is still the old one");
        assert_eq!(s.status(), r.now, "Settings shows it too");
    }

    #[test]
    fn a_change_away_from_one_that_never_worked_loses_nothing() {
        let mut keys = FakeKeys::refusing(DEFAULT, KeyError::Taken);
        keys.refuse
            .insert("Ctrl+Alt+G".into(), KeyError::NotAllowed);
        let mut s = started(&mut keys, Some(DEFAULT));
        let Err(ChangeError::Refused(r)) =
            s.change(&mut keys, Some("Ctrl+Alt+G".into()), |_| Ok::<(), ()>(()))
        else {
            panic!("the change should be refused");
        };
        assert_eq!(r.trouble, ShortcutTrouble::NotRegistered);
        assert_eq!(r.lost, None);
        assert_eq!(
            r.now.reason,
            Some(ShortcutTrouble::Taken),
            "the old one is tried again"
        );
    }

    #[test]
    fn turning_it_off_lets_it_go_and_is_saved() {
        let mut keys = FakeKeys::default();
        let mut s = started(&mut keys, Some(DEFAULT));
        let mut saved = Vec::new();
        let now = s.change(&mut keys, None, saving(&mut saved)).unwrap();
        assert_eq!(
            (now.state, now.shortcut, now.reason),
            (State::Off, None, None)
        );
        assert!(keys.held.is_empty());
        assert_eq!(saved, [None]);
        // And on again.
        let now = s
            .change(&mut keys, Some(DEFAULT.into()), |_| Ok::<(), ()>(()))
            .unwrap();
        assert_eq!(now.state, State::On);
        assert_eq!(keys.held, [DEFAULT]);
    }

    #[test]
    fn the_same_combination_again_is_not_let_go() {
        let mut keys = FakeKeys::default();
        let mut s = started(&mut keys, Some(DEFAULT));
        let mut saved = Vec::new();
        let now = s
            .change(&mut keys, Some(DEFAULT.into()), saving(&mut saved))
            .unwrap();
        assert_eq!(now.state, State::On);
        assert_eq!(
            keys.calls,
            [format!("+{DEFAULT}")],
            "asked of the system once"
        );
        assert_eq!(saved, [Some(DEFAULT.to_string())]);
    }

    #[test]
    fn if_saving_fails_the_old_one_is_put_back() {
        let mut keys = FakeKeys::default();
        let mut s = started(&mut keys, Some(DEFAULT));
        let r = s.change(&mut keys, Some("Ctrl+Alt+G".into()), |_| Err("disk full"));
        assert!(matches!(r, Err(ChangeError::Save("disk full"))), "{r:?}");
        assert_eq!(keys.held, [DEFAULT]);
        assert_eq!(s.status().shortcut.as_deref(), Some(DEFAULT));
        assert_eq!(s.status().state, State::On);
    }

    #[test]
    fn on_wayland_nothing_is_registered_and_the_choice_is_still_kept() {
        let env = FakeEnv::linux().with("WAYLAND_DISPLAY", "wayland-0");
        let mut keys = FakeKeys::default();
        let mut s = Shortcut::new(&env, Some(DEFAULT.into()));
        let now = s.start(&mut keys, Some(DEFAULT));
        assert_eq!(now.state, State::Unavailable);
        assert_eq!(now.reason, Some(ShortcutTrouble::Wayland));
        assert!(now.wayland);
        assert!(keys.calls.is_empty());
        // A change is kept for a desktop that allows it, and is not an error.
        let mut saved = Vec::new();
        let now = s
            .change(&mut keys, Some("Ctrl+Alt+G".into()), saving(&mut saved))
            .unwrap();
        assert_eq!(now.reason, Some(ShortcutTrouble::Wayland));
        assert_eq!(now.shortcut.as_deref(), Some("Ctrl+Alt+G"));
        assert_eq!(saved, [Some("Ctrl+Alt+G".to_string())]);
        let now = s.change(&mut keys, None, |_| Ok::<(), ()>(())).unwrap();
        assert_eq!(now.state, State::Off);
        assert!(keys.calls.is_empty());
    }

    #[test]
    fn with_no_key_service_the_change_is_refused_and_nothing_is_lost() {
        let mut keys = FakeKeys::default();
        keys.refuse.insert(DEFAULT.into(), KeyError::Unsupported);
        keys.refuse
            .insert("Ctrl+Alt+G".into(), KeyError::Unsupported);
        let mut s = started(&mut keys, Some(DEFAULT));
        assert_eq!(s.status().reason, Some(ShortcutTrouble::NoPlugin));
        let Err(ChangeError::Refused(r)) =
            s.change(&mut keys, Some("Ctrl+Alt+G".into()), |_| Ok::<(), ()>(()))
        else {
            panic!("the change should be refused");
        };
        assert_eq!(r.trouble, ShortcutTrouble::NoPlugin);
        assert_eq!(r.lost, None);
    }

    #[test]
    fn a_change_before_start_is_taken_and_start_then_keeps_it() {
        let mut keys = FakeKeys::default();
        let mut s = Shortcut::new(&FakeEnv::linux(), Some(DEFAULT.into()));
        let now = s
            .change(&mut keys, Some("Ctrl+Alt+G".into()), |_| Ok::<(), ()>(()))
            .unwrap();
        assert_eq!(now.state, State::On);
        s.start(&mut keys, Some("Ctrl+Alt+G"));
        assert_eq!(keys.held, ["Ctrl+Alt+G"]);
        assert_eq!(s.status().state, State::On);
    }

    #[test]
    fn wayland_is_known_from_the_session() {
        assert!(!wayland(&FakeEnv::linux()));
        assert!(!wayland(&FakeEnv::linux().with("WAYLAND_DISPLAY", "")));
        assert!(wayland(
            &FakeEnv::linux().with("WAYLAND_DISPLAY", "wayland-0")
        ));
        assert!(wayland(
            &FakeEnv::linux().with("XDG_SESSION_TYPE", "wayland")
        ));
        assert!(!wayland(&FakeEnv::linux().with("XDG_SESSION_TYPE", "x11")));
    }

    #[test]
    fn the_command_to_bind_names_this_program_quoted_for_a_shell() {
        let with = |p: Option<&str>| FakeEnv {
            program: p.map(Into::into),
            ..FakeEnv::linux()
        };
        assert_eq!(
            breathe_command(&with(Some("/usr/bin/steady"))),
            "/usr/bin/steady breathe"
        );
        assert_eq!(
            breathe_command(&with(Some("/opt/My Apps/steady"))),
            "'/opt/My Apps/steady' breathe"
        );
        assert_eq!(
            breathe_command(&with(Some("/home/o'neil/steady"))),
            r"'/home/o'\''neil/steady' breathe"
        );
        assert_eq!(breathe_command(&with(None)), "steady breathe");
    }

    #[test]
    fn the_page_gets_codes() {
        let mut keys = FakeKeys::refusing(DEFAULT, KeyError::Taken);
        let s = started(&mut keys, Some(DEFAULT));
        assert_eq!(
            serde_json::to_value(s.status()).unwrap(),
            serde_json::json!({
                "state": "unavailable",
                "shortcut": "Ctrl+Alt+B",
                "reason": "taken",
                "command": "/usr/bin/steady breathe",
                "wayland": false,
            })
        );
        let mut keys = FakeKeys::default();
        let on = serde_json::to_value(started(&mut keys, Some(DEFAULT)).status()).unwrap();
        assert!(on.get("reason").is_none(), "{on}");
        assert_eq!(on["state"], "on");
        assert_eq!(
            serde_json::to_value(ShortcutTrouble::NotRegistered).unwrap(),
            "not_registered"
        );
    }

    #[test]
    fn combinations_are_written_one_way() {
        assert_eq!(normalise("ctrl + alt + b").unwrap(), "Ctrl+Alt+B");
        assert_eq!(normalise("Alt+Control+b").unwrap(), "Ctrl+Alt+B");
        assert_eq!(normalise("super+shift+5").unwrap(), "Shift+Super+5");
        assert_eq!(normalise("Ctrl+F9").unwrap(), "Ctrl+F9");
        assert_eq!(normalise(DEFAULT).unwrap(), DEFAULT);
    }

    #[test]
    fn combinations_that_would_take_over_typing_or_make_no_sense_are_refused() {
        for bad in [
            "",
            "b",
            "Shift+B",
            "Ctrl+",
            "Ctrl+Alt",
            "Ctrl+Hyper+B",
            "Ctrl+BB",
            "Ctrl+F13",
            "Ctrl+F0",
            "Ctrl+é",
            "Ctrl+Alt+B+C",
        ] {
            assert!(normalise(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
