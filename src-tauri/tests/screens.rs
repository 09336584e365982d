//! The page's one screen registry (ui/start.js) held against the other places that name
//! screens: every screen a launch (command line, desktop action, tray) can open exists on
//! the page, and every single-key screen has a key of its own.

use std::collections::BTreeMap;

use steady_core::launch::command_line::Screen;

/// `name: { key: 'x', ... }` entries of the registry, as (name, key if any).
fn registry() -> BTreeMap<String, Option<char>> {
    let page = include_str!("../../ui/start.js");
    let start = page
        .find("const screens = {")
        .expect("the registry in ui/start.js");
    let body = &page[start..];
    let body = &body[..body.find("\n  };").expect("the registry's end")];
    let mut out = BTreeMap::new();
    for line in body.lines().skip(1) {
        let line = line.trim();
        let Some((name, rest)) = line.split_once(": {") else {
            continue;
        };
        let name = name.trim_matches('\'').to_string();
        let key = rest.split("key: '").nth(1).and_then(|k| k.chars().next());
        out.insert(name, key);
    }
    out
}

#[test]
fn every_screen_a_launch_can_name_is_on_the_page() {
    let screens = registry();
    assert!(screens.len() > 5, "the registry was not read: {screens:?}");
    for s in Screen::ALL {
        assert!(
            screens.contains_key(s.word()),
            "`steady {}` names a screen ui/start.js does not have",
            s.word()
        );
    }
}

#[test]
fn single_keys_are_unique_and_leave_the_global_keys_alone() {
    let mut seen = BTreeMap::new();
    for (name, key) in registry() {
        let Some(k) = key else { continue };
        assert!(k.is_ascii_lowercase(), "{name}: key {k:?}");
        if let Some(other) = seen.insert(k, name.clone()) {
            panic!("{name} and {other} both use {k:?}");
        }
    }
    assert_eq!(
        seen.get(&'h').map(String::as_str),
        Some("help"),
        "H is help, everywhere"
    );
}
