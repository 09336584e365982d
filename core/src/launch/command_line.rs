//! What `steady` was asked to do on the command line, and the words for `--help`.
//! A launch names a screen; the same `Launch` travels to a running Steady (see `handoff`).

use std::ffi::OsString;

use serde::{Deserialize, Serialize};

use crate::breathing::schedule::Length;

/// The screens a launch can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Screen {
    #[default]
    Home,
    Breathe,
    Ground,
    Plan,
    Help,
}

impl Screen {
    /// Every screen a launch can name (`word` matches without a wildcard, so a new one
    /// cannot be left out of the tests that hold this against the page and the tray).
    pub const ALL: [Screen; 5] = [
        Screen::Home,
        Screen::Breathe,
        Screen::Ground,
        Screen::Plan,
        Screen::Help,
    ];

    fn from_word(word: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.word() == word)
    }

    pub fn word(self) -> &'static str {
        match self {
            Screen::Home => "home",
            Screen::Breathe => "breathe",
            Screen::Ground => "ground",
            Screen::Plan => "plan",
            Screen::Help => "help",
        }
    }
}

/// Where to open, with breathing's choices when given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Route {
    pub screen: Screen,
    /// A pattern's id or name, as typed; the running app resolves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

impl Route {
    pub fn screen(screen: Screen) -> Route {
        Route {
            screen,
            ..Route::default()
        }
    }
}

/// A request to open Steady.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Launch {
    pub route: Route,
    /// Start in the tray without showing the window (start at login uses this).
    #[serde(default)]
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invocation {
    Open(Launch),
    PrintUsage,
    PrintVersion,
}

/// A command line Steady does not understand; the process exits with status 2.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}\nTry `steady --help` to see what Steady understands.")]
pub struct UsageError {
    pub message: String,
}

/// The exit status for a command line Steady cannot follow (as most tools use).
pub const USAGE_EXIT: i32 = 2;

fn usage_error(message: impl Into<String>) -> UsageError {
    UsageError {
        message: message.into(),
    }
}

/// Reads the arguments after the program name.
pub fn parse<I>(args: I) -> Result<Invocation, UsageError>
where
    I: IntoIterator<Item = OsString>,
{
    let mut words = Vec::new();
    for a in args {
        match a.into_string() {
            Ok(s) => words.push(s),
            Err(raw) => {
                return Err(usage_error(format!(
                    "Steady cannot read the argument {:?}: it is not valid text.",
                    raw.to_string_lossy()
                )))
            }
        }
    }
    // `--help` and `--version` win wherever they are, as people expect.
    if words.iter().any(|w| w == "--help" || w == "-h") {
        return Ok(Invocation::PrintUsage);
    }
    if words.iter().any(|w| w == "--version" || w == "-V") {
        return Ok(Invocation::PrintVersion);
    }

    let mut launch = Launch::default();
    let mut screen_word: Option<String> = None;
    let mut it = words.into_iter();
    while let Some(w) = it.next() {
        let (flag, inline) = match w.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (w.clone(), None),
        };
        match flag.as_str() {
            "--pattern" | "--minutes" => {
                let value = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .ok_or_else(|| usage_error(format!("{flag} needs a value after it.")))?,
                };
                if flag == "--pattern" {
                    set_once(&mut launch.route.pattern, pattern_value(&value)?, &flag)?;
                } else {
                    set_once(&mut launch.route.minutes, minutes_value(&value)?, &flag)?;
                }
            }
            "--hidden" if inline.is_none() => launch.hidden = true,
            f if f.starts_with('-') => {
                return Err(usage_error(format!(
                    "Steady does not know the option {w:?}."
                )));
            }
            word => {
                if let Some(first) = &screen_word {
                    return Err(usage_error(format!(
                        "Steady opens one screen at a time: {first:?} was already given, then {word:?}."
                    )));
                }
                let screen = Screen::from_word(word).ok_or_else(|| {
                    usage_error(format!(
                        "Steady does not know {word:?}. It understands: breathe, ground, plan, help."
                    ))
                })?;
                launch.route.screen = screen;
                screen_word = Some(word.to_string());
            }
        }
    }
    let breathing = launch.route.screen == Screen::Breathe;
    if !breathing && (launch.route.pattern.is_some() || launch.route.minutes.is_some()) {
        return Err(usage_error(
            "--pattern and --minutes go with breathe, as in: steady breathe --pattern box --minutes 3",
        ));
    }
    Ok(Invocation::Open(launch))
}

fn set_once<T>(slot: &mut Option<T>, value: T, flag: &str) -> Result<(), UsageError> {
    if slot.is_some() {
        return Err(usage_error(format!("{flag} was given twice.")));
    }
    *slot = Some(value);
    Ok(())
}

/// Longest pattern name Steady accepts anywhere (own patterns have the same limit).
const MAX_PATTERN_CHARS: usize = 80;

fn pattern_value(v: &str) -> Result<String, UsageError> {
    let v = v.trim();
    if v.is_empty() {
        return Err(usage_error(
            "--pattern needs a pattern's name, such as box or even.",
        ));
    }
    if v.chars().count() > MAX_PATTERN_CHARS || v.chars().any(char::is_control) {
        return Err(usage_error(
            "That is not a pattern name Steady could have: names are one short line.",
        ));
    }
    Ok(v.to_string())
}

fn minutes_value(v: &str) -> Result<u32, UsageError> {
    let bad = || {
        usage_error(format!(
            "--minutes takes 1, 3, 5 or 10 (not {v:?}). Leave it out to choose on the screen."
        ))
    };
    let m: u32 = v.trim().parse().map_err(|_| bad())?;
    Length::from_minutes(Some(m)).map_err(|_| bad())?;
    Ok(m)
}

/// `steady --help`.
pub fn usage(version: &str) -> String {
    format!(
        "Steady {version}: a calm place for hard moments.

Usage:
  steady                 open Steady at its first screen
  steady breathe         open guided breathing
      --pattern NAME     the pattern to breathe with, by name or id (e.g. box, even, 4-7-8)
      --minutes N        how long: 1, 3, 5 or 10
  steady ground          open grounding
  steady plan            open your safety plan
  steady help            open Get help now: your people, then crisis lines
  steady --hidden        start in the tray without showing the window
  steady --help          show this text
  steady --version       show the version

If Steady is already open, these bring its window forward on that screen.
You can bind `steady breathe` to a key in your desktop's keyboard settings.
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Invocation, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn open(args: &[&str]) -> Launch {
        match p(args) {
            Ok(Invocation::Open(l)) => l,
            other => panic!("{args:?} gave {other:?}"),
        }
    }

    #[test]
    fn no_words_opens_home() {
        assert_eq!(open(&[]), Launch::default());
        assert_eq!(open(&["home"]).route.screen, Screen::Home);
    }

    #[test]
    fn each_screen_word_opens_its_screen() {
        for (w, s) in [
            ("breathe", Screen::Breathe),
            ("ground", Screen::Ground),
            ("plan", Screen::Plan),
            ("help", Screen::Help),
        ] {
            assert_eq!(open(&[w]).route, Route::screen(s));
        }
    }

    #[test]
    fn breathe_takes_pattern_and_minutes_in_either_spelling() {
        let want = Route {
            screen: Screen::Breathe,
            pattern: Some("box".into()),
            minutes: Some(3),
        };
        assert_eq!(
            open(&["breathe", "--pattern", "box", "--minutes", "3"]).route,
            want
        );
        assert_eq!(
            open(&["breathe", "--pattern=box", "--minutes=3"]).route,
            want
        );
        assert_eq!(
            open(&["--minutes", "3", "breathe", "--pattern", " box "]).route,
            want
        );
        // Names with spaces arrive as one argument from a shell or a .desktop file.
        assert_eq!(
            open(&["breathe", "--pattern", "Box breathing"])
                .route
                .pattern,
            Some("Box breathing".into())
        );
    }

    #[test]
    fn help_and_version_win_anywhere() {
        assert_eq!(p(&["--help"]), Ok(Invocation::PrintUsage));
        assert_eq!(p(&["breathe", "-h"]), Ok(Invocation::PrintUsage));
        assert_eq!(p(&["--version"]), Ok(Invocation::PrintVersion));
        assert_eq!(p(&["nonsense", "-V"]), Ok(Invocation::PrintVersion));
        // The word `help` is the crisis screen, not usage.
        assert_eq!(open(&["help"]).route.screen, Screen::Help);
    }

    #[test]
    fn hidden_starts_in_the_tray() {
        assert!(open(&["--hidden"]).hidden);
        assert!(!open(&["breathe"]).hidden);
    }

    #[test]
    fn bad_command_lines_are_refused_with_a_reason() {
        for (args, says) in [
            (&["breath"][..], "does not know \"breath\""),
            (&["breathe", "ground"], "one screen at a time"),
            (&["--verbose"], "option \"--verbose\""),
            (&["-x"], "option \"-x\""),
            (&["breathe", "--minutes"], "needs a value"),
            (&["breathe", "--minutes", "7"], "1, 3, 5 or 10"),
            (&["breathe", "--minutes", "0"], "1, 3, 5 or 10"),
            (&["breathe", "--minutes", "-3"], "1, 3, 5 or 10"),
            (&["breathe", "--minutes", "three"], "1, 3, 5 or 10"),
            (&["breathe", "--minutes", "99999999999"], "1, 3, 5 or 10"),
            (&["breathe", "--pattern", ""], "pattern's name"),
            (&["breathe", "--pattern", "a\nb"], "one short line"),
            (
                &["breathe", "--pattern", "a", "--pattern", "b"],
                "given twice",
            ),
            (&["ground", "--minutes", "3"], "go with breathe"),
            (&["--pattern", "box"], "go with breathe"),
            (&["--hidden=yes"], "option"),
        ] {
            let e = p(args).expect_err(&format!("{args:?} should be refused"));
            assert!(
                e.to_string().contains(says),
                "{args:?}: {e} (wanted {says:?})"
            );
            assert!(e.to_string().contains("steady --help"));
        }
    }

    #[test]
    fn arguments_that_are_not_text_are_refused() {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStringExt;
            let raw = OsString::from_vec(vec![0x66, 0xff, 0x6f]);
            assert!(parse([raw]).is_err());
        }
    }

    #[test]
    fn a_launch_survives_the_trip_to_a_running_steady() {
        let l = open(&["breathe", "--pattern", "4-7-8", "--minutes", "5"]);
        let back: Launch = serde_json::from_str(&serde_json::to_string(&l).unwrap()).unwrap();
        assert_eq!(back, l);
    }

    #[test]
    fn usage_names_every_word() {
        let u = usage("1.2.3");
        for w in [
            "1.2.3",
            "breathe",
            "--pattern",
            "--minutes",
            "ground",
            "plan",
            "help",
            "--hidden",
            "--version",
        ] {
            assert!(u.contains(w), "usage lacks {w}");
        }
    }
}
