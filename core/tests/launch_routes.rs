//! A launch's route against the person's real patterns, and the folder Steady makes.

use steady_core::breathing::{OwnPatternInput, Seconds};
use steady_core::error::{Reason, RouteRefused};
use steady_core::launch::command_line::{Route, Screen};
use steady_core::words::{Words, PSEUDO};
use steady_core::{InvalidInput, Steady};

fn open(dir: &std::path::Path) -> Steady {
    Steady::open(dir, None).unwrap()
}

fn breathe(pattern: &str) -> Route {
    Route {
        screen: Screen::Breathe,
        pattern: Some(pattern.into()),
        minutes: Some(3),
    }
}

#[test]
fn patterns_are_found_by_id_or_by_name_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let steady = open(dir.path());
    for asked in ["box", "Box breathing", "BOX BREATHING", " box "] {
        assert_eq!(
            steady
                .resolve_route(breathe(asked))
                .unwrap()
                .pattern
                .as_deref(),
            Some("box"),
            "{asked:?}"
        );
    }
    let own = steady
        .breathing
        .add(&OwnPatternInput {
            name: "Slow evening".into(),
            seconds: serde_json::from_str::<Seconds>(r#"{"in":4,"out":8}"#).unwrap(),
        })
        .unwrap();
    assert_eq!(
        steady
            .resolve_route(breathe("slow evening"))
            .unwrap()
            .pattern,
        Some(own.id)
    );
    // Routes without a pattern pass through unchanged.
    assert_eq!(
        steady.resolve_route(Route::screen(Screen::Plan)).unwrap(),
        Route::screen(Screen::Plan)
    );
}

#[test]
fn an_unknown_pattern_is_refused_with_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let steady = open(dir.path());
    // Words for the terminal that asked: what was typed there, and what there is.
    let e = steady.resolve_route(breathe("boxx")).unwrap_err();
    let RouteRefused::NoSuchPattern { wanted, choices } = &e else {
        panic!("{e:?}");
    };
    assert_eq!(wanted, "boxx");
    for id in ["even", "box", "4-7-8"] {
        assert!(choices.iter().any(|c| c == id), "{choices:?}");
    }
    let words = e.to_string();
    assert!(
        words.contains("\"boxx\"") && words.contains("4-7-8"),
        "{words}"
    );
    // The terminal's words are the catalogue's, in the running Steady's language.
    let en = Words::new("en");
    let said = e.words(&en);
    assert!(
        said.starts_with("Steady has no breathing pattern called \"boxx\". It has: ")
            && said.contains("4-7-8"),
        "{said}"
    );
    let marked = e.words(&Words::new(PSEUDO));
    assert!(
        !marked.contains("Steady has") && marked.contains("\"boxx\""),
        "{marked}"
    );
    let e = steady
        .resolve_route(Route {
            minutes: Some(7),
            ..breathe("box")
        })
        .unwrap_err();
    assert_eq!(
        e.words(&en),
        "A session lasts 1, 3, 5 or 10 minutes, or until you stop it."
    );
    let RouteRefused::Invalid(e) = e else {
        panic!("{e:?}");
    };
    assert_eq!(e, InvalidInput::new("minutes", Reason::SessionLength));
}

#[cfg(unix)]
#[test]
fn the_data_folder_steady_makes_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("new").join("steady");
    let _steady = open(&data);
    let mode = std::fs::metadata(&data).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700);
}
