//! What `steady` was asked to do on the command line, and `--help`. Its words are the
//! catalogue's (cli.ftl), in the language the shell passes.
//! A launch names a screen; the same `Launch` travels to a running Steady (see `handoff`).

use std::ffi::OsString;

use serde::{Deserialize, Serialize};

use crate::breathing::schedule::Length;
use crate::words::{Words, FALLBACK};

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

/// The program's name, as it is typed.
pub const PROGRAM: &str = "steady";

/// An option that takes a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Pattern,
    Minutes,
}

impl Flag {
    /// The option as it is typed.
    pub fn text(self) -> &'static str {
        match self {
            Flag::Pattern => "--pattern",
            Flag::Minutes => "--minutes",
        }
    }

    fn from_text(text: &str) -> Option<Flag> {
        [Flag::Pattern, Flag::Minutes]
            .into_iter()
            .find(|f| f.text() == text)
    }
}

/// Built-in patterns' ids the help and the mistakes give as examples.
const EXAMPLE_PATTERNS: [&str; 3] = ["box", "even", "4-7-8"];

/// A command line Steady does not understand; the process exits with status 2. What was
/// typed is kept as typed; `words` puts it in the catalogue's sentences (cli.ftl).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    /// An argument that is not valid text: as much of it as can be read.
    NotText { argument: String },
    /// `--pattern` or `--minutes` last, with nothing after it.
    NeedsValue(Flag),
    /// An option Steady does not have, as typed (`--hidden=yes` included).
    UnknownOption { option: String },
    /// A word that names no screen.
    UnknownWord { word: String },
    /// A second screen word after the first.
    TwoScreens { first: String, then: String },
    /// `--pattern` or `--minutes` without `breathe`.
    BreathingOnly,
    /// `--pattern` or `--minutes` twice.
    GivenTwice(Flag),
    /// `--pattern` with nothing in it.
    NoPatternName,
    /// A pattern name no pattern could have: too long, or holding a control character.
    NotAPatternName,
    /// `--minutes` with anything but 1, 3, 5 or 10.
    BadMinutes { value: String },
}

impl UsageError {
    /// What went wrong, then how to see what Steady understands, in `words`' language.
    pub fn words(&self, words: &Words) -> String {
        let what = match self {
            UsageError::NotText { argument } => {
                words.get("cli-not-text", &[("argument", as_typed(argument).into())])
            }
            UsageError::NeedsValue(flag) => {
                words.get("cli-needs-value", &[("option", flag.text().into())])
            }
            UsageError::UnknownOption { option } => {
                words.get("cli-unknown-option", &[("option", as_typed(option).into())])
            }
            UsageError::UnknownWord { word } => words.get(
                "cli-unknown-word",
                &[
                    ("word", as_typed(word).into()),
                    ("words", screen_words().join(", ").into()),
                ],
            ),
            UsageError::TwoScreens { first, then } => words.get(
                "cli-two-screens",
                &[
                    ("first", as_typed(first).into()),
                    ("then", as_typed(then).into()),
                ],
            ),
            UsageError::BreathingOnly => {
                let example = format!(
                    "{PROGRAM} {} {} {} {} 3",
                    Screen::Breathe.word(),
                    Flag::Pattern.text(),
                    EXAMPLE_PATTERNS[0],
                    Flag::Minutes.text()
                );
                words.get(
                    "cli-breathing-only",
                    &[
                        ("pattern", Flag::Pattern.text().into()),
                        ("minutes", Flag::Minutes.text().into()),
                        ("breathe", Screen::Breathe.word().into()),
                        ("example", example.into()),
                    ],
                )
            }
            UsageError::GivenTwice(flag) => {
                words.get("cli-given-twice", &[("option", flag.text().into())])
            }
            UsageError::NoPatternName => words.get(
                "cli-no-pattern-name",
                &[
                    ("option", Flag::Pattern.text().into()),
                    ("first", EXAMPLE_PATTERNS[0].into()),
                    ("second", EXAMPLE_PATTERNS[1].into()),
                ],
            ),
            UsageError::NotAPatternName => words.get("cli-not-a-pattern-name", &[]),
            UsageError::BadMinutes { value } => words.get(
                "cli-bad-minutes",
                &[
                    ("option", Flag::Minutes.text().into()),
                    ("value", as_typed(value).into()),
                ],
            ),
        };
        format!("{what}\n{}", try_help(words))
    }
}

/// English, from the catalogue; the shell shows `words` in the person's language.
impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(&Words::new(FALLBACK)))
    }
}

impl std::error::Error for UsageError {}

/// The line after a command line or a launch Steady could not follow.
pub fn try_help(words: &Words) -> String {
    words.get(
        "cli-try-help",
        &[("command", format!("{PROGRAM} --help").into())],
    )
}

/// What was typed, as a terminal may show it: escaped as Rust's `{:?}` escapes a string
/// (control characters, quotes, backslashes), without the quotes around it, which are the
/// catalogue's.
pub fn as_typed(text: &str) -> String {
    let quoted = format!("{text:?}");
    quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .unwrap_or(&quoted)
        .to_string()
}

/// The screen words a person types (home is where Steady opens anyway).
fn screen_words() -> Vec<&'static str> {
    Screen::ALL
        .into_iter()
        .filter(|s| *s != Screen::Home)
        .map(Screen::word)
        .collect()
}

/// The exit status for a command line Steady cannot follow (as most tools use).
pub const USAGE_EXIT: i32 = 2;

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
                return Err(UsageError::NotText {
                    argument: raw.to_string_lossy().into_owned(),
                })
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
        if let Some(flag) = Flag::from_text(&flag) {
            let value = match inline {
                Some(v) => v,
                None => it.next().ok_or(UsageError::NeedsValue(flag))?,
            };
            match flag {
                Flag::Pattern => set_once(&mut launch.route.pattern, pattern_value(&value)?, flag)?,
                Flag::Minutes => set_once(&mut launch.route.minutes, minutes_value(&value)?, flag)?,
            }
            continue;
        }
        match flag.as_str() {
            "--hidden" if inline.is_none() => launch.hidden = true,
            f if f.starts_with('-') => {
                return Err(UsageError::UnknownOption { option: w });
            }
            word => {
                if let Some(first) = &screen_word {
                    return Err(UsageError::TwoScreens {
                        first: first.clone(),
                        then: word.to_string(),
                    });
                }
                let screen = Screen::from_word(word).ok_or_else(|| UsageError::UnknownWord {
                    word: word.to_string(),
                })?;
                launch.route.screen = screen;
                screen_word = Some(word.to_string());
            }
        }
    }
    let breathing = launch.route.screen == Screen::Breathe;
    if !breathing && (launch.route.pattern.is_some() || launch.route.minutes.is_some()) {
        return Err(UsageError::BreathingOnly);
    }
    Ok(Invocation::Open(launch))
}

fn set_once<T>(slot: &mut Option<T>, value: T, flag: Flag) -> Result<(), UsageError> {
    if slot.is_some() {
        return Err(UsageError::GivenTwice(flag));
    }
    *slot = Some(value);
    Ok(())
}

/// Longest pattern name Steady accepts anywhere (own patterns have the same limit).
const MAX_PATTERN_CHARS: usize = 80;

fn pattern_value(v: &str) -> Result<String, UsageError> {
    let v = v.trim();
    if v.is_empty() {
        return Err(UsageError::NoPatternName);
    }
    if v.chars().count() > MAX_PATTERN_CHARS || v.chars().any(char::is_control) {
        return Err(UsageError::NotAPatternName);
    }
    Ok(v.to_string())
}

fn minutes_value(v: &str) -> Result<u32, UsageError> {
    let bad = || UsageError::BadMinutes {
        value: v.to_string(),
    };
    let m: u32 = v.trim().parse().map_err(|_| bad())?;
    Length::from_minutes(Some(m)).map_err(|_| bad())?;
    Ok(m)
}

/// Space between the longest command in `--help` and the words beside it.
const USAGE_GAP: usize = 5;

/// `steady --help`, in `words`' language. The commands are laid out here; the words
/// beside them are the catalogue's, and the column is as wide as the longest command.
pub fn usage(version: &str, words: &Words) -> String {
    let w = |id: &str| words.get(id, &[]);
    let cmd = |rest: &str| {
        if rest.is_empty() {
            format!("  {PROGRAM}")
        } else {
            format!("  {PROGRAM} {rest}")
        }
    };
    let option = |flag: Flag, stands_for: &str| format!("      {} {}", flag.text(), w(stands_for));
    let examples = EXAMPLE_PATTERNS.join(", ");
    let rows = [
        (cmd(""), w("cli-usage-home")),
        (cmd(Screen::Breathe.word()), w("cli-usage-breathe")),
        (
            option(Flag::Pattern, "cli-usage-name"),
            words.get("cli-usage-pattern", &[("examples", examples.into())]),
        ),
        (
            option(Flag::Minutes, "cli-usage-number"),
            w("cli-usage-minutes"),
        ),
        (cmd(Screen::Ground.word()), w("cli-usage-ground")),
        (cmd(Screen::Plan.word()), w("cli-usage-plan")),
        (cmd(Screen::Help.word()), w("cli-usage-help")),
        (cmd("--hidden"), w("cli-usage-hidden")),
        (cmd("--help"), w("cli-usage-show-help")),
        (cmd("--version"), w("cli-usage-show-version")),
    ];
    let width = rows
        .iter()
        .map(|(c, _)| c.chars().count())
        .max()
        .unwrap_or(0)
        + USAGE_GAP;
    let mut out = words.get("cli-usage-title", &[("version", version.into())]);
    out.push_str("\n\n");
    out.push_str(&w("cli-usage-heading"));
    out.push('\n');
    for (command, about) in rows {
        let pad = width.saturating_sub(command.chars().count());
        out.push_str(&format!("{command}{:pad$}{about}\n", ""));
    }
    out.push('\n');
    out.push_str(&w("cli-usage-already-open"));
    out.push('\n');
    let bind = format!("{PROGRAM} {}", Screen::Breathe.word());
    out.push_str(&words.get("cli-usage-bind", &[("command", bind.into())]));
    out.push('\n');
    out
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
        let u = usage("1.2.3", &Words::new(FALLBACK));
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

    #[test]
    fn usage_in_english_reads_as_it_always_has() {
        assert_eq!(
            usage("1.2.3", &Words::new(FALLBACK)),
            "Steady 1.2.3: a calm place for hard moments.

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
        );
    }

    #[test]
    fn usage_in_the_pseudo_locale_marks_the_words_and_keeps_the_commands() {
        let u = usage("1.2.3", &Words::new(crate::words::PSEUDO));
        for kept in [
            "  steady breathe ",
            "      --pattern ",
            "      --minutes ",
            "  steady --hidden ",
            "box, even, 4-7-8",
            "`steady breathe`",
        ] {
            assert!(u.contains(kept), "usage lacks {kept:?}:\n{u}");
        }
        assert!(!u.contains("open guided breathing"), "{u}");
        // The column still lines up: every description starts at the same place.
        let column = |line: &str| {
            let chars: Vec<char> = line.chars().collect();
            let first = chars.iter().position(|c| *c != ' ')?;
            (first + 2..chars.len())
                .find(|&i| chars[i] != ' ' && chars[i - 1] == ' ' && chars[i - 2] == ' ')
        };
        let starts: Vec<Option<usize>> = u
            .lines()
            .filter(|l| l.starts_with("  "))
            .map(column)
            .collect();
        assert_eq!(starts.len(), 10, "{u}");
        assert!(
            starts[0].is_some() && starts.windows(2).all(|w| w[0] == w[1]),
            "{starts:?}\n{u}"
        );
    }

    /// One of every mistake, as the shell would show it.
    fn every_mistake() -> Vec<UsageError> {
        vec![
            UsageError::NotText {
                argument: "f\u{fffd}o".into(),
            },
            UsageError::NeedsValue(Flag::Minutes),
            UsageError::UnknownOption {
                option: "--fast".into(),
            },
            UsageError::UnknownWord {
                word: "breath".into(),
            },
            UsageError::TwoScreens {
                first: "breathe".into(),
                then: "ground".into(),
            },
            UsageError::BreathingOnly,
            UsageError::GivenTwice(Flag::Pattern),
            UsageError::NoPatternName,
            UsageError::NotAPatternName,
            UsageError::BadMinutes { value: "7".into() },
        ]
    }

    #[test]
    fn every_mistake_is_worded_whole_in_english() {
        let en = Words::new(FALLBACK);
        for e in every_mistake() {
            let words = e.words(&en);
            assert!(
                !words.contains('{') && !words.contains("cli-"),
                "{e:?}: {words}"
            );
            assert!(
                words.ends_with("\nTry `steady --help` to see what Steady understands."),
                "{e:?}: {words}"
            );
            assert_eq!(words, e.to_string());
        }
        assert_eq!(
            UsageError::BreathingOnly.words(&en).lines().next(),
            Some("--pattern and --minutes go with breathe, as in: steady breathe --pattern box --minutes 3")
        );
        assert_eq!(
            UsageError::UnknownWord {
                word: "breath".into()
            }
            .words(&en)
            .lines()
            .next(),
            Some("Steady does not know \"breath\". It understands: breathe, ground, plan, help.")
        );
    }

    #[test]
    fn every_mistake_is_marked_in_the_pseudo_locale_but_what_was_typed_is_not() {
        let xa = Words::new(crate::words::PSEUDO);
        for e in every_mistake() {
            let words = e.words(&xa);
            assert!(
                !words.contains("Steady") && !words.contains("Try"),
                "{e:?}: {words}"
            );
            assert!(words.contains("`steady --help`"), "{e:?}: {words}");
        }
        let typed = UsageError::UnknownOption {
            option: "--fast".into(),
        };
        assert!(typed.words(&xa).contains("\"--fast\""));
    }

    #[test]
    fn what_was_typed_is_shown_escaped() {
        assert_eq!(as_typed("box"), "box");
        assert_eq!(as_typed("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(as_typed("say \"hi\""), "say \\\"hi\\\"");
        let e = UsageError::UnknownWord {
            word: "\u{1b}]0;x\u{7}".into(),
        };
        assert!(!e.to_string().contains('\u{1b}'), "{e}");
    }
}
