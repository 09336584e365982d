//! Every error the page can be sent has words in the catalogue: `error-<code>` for each
//! code, and `invalid-<reason>` for each reason an input is refused. The lists come from
//! the enums themselves (made by one macro with them), so a new code or reason without
//! words fails here.

use std::collections::BTreeSet;
use std::path::PathBuf;

use steady_core::error::{Code, Reason};

/// The ids of every message in the English catalogue, read as text: a line that starts
/// an entry is `<id> =` at the start of the line.
fn message_ids() -> BTreeSet<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/locales/en");
    let mut ids = BTreeSet::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir)
        .expect("assets/locales/en")
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("a catalogue file");
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let first = id.chars().next();
            if first.is_some_and(|c| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                ids.insert(id.to_string());
            }
        }
    }
    assert!(files > 0, "no .ftl files in {}", dir.display());
    ids
}

#[test]
fn every_error_code_has_words() {
    let ids = message_ids();
    let missing: Vec<String> = Code::ALL
        .iter()
        .map(|c| format!("error-{}", c.name()))
        .filter(|id| !ids.contains(id))
        .collect();
    assert!(missing.is_empty(), "no words for: {missing:?}");
}

#[test]
fn every_reason_an_input_is_refused_has_words() {
    let ids = message_ids();
    let missing: Vec<String> = Reason::every()
        .iter()
        .map(|r| format!("invalid-{}", r.name()))
        .filter(|id| !ids.contains(id))
        .collect();
    assert!(missing.is_empty(), "no words for: {missing:?}");
}

#[test]
fn the_catalogue_words_no_reason_that_does_not_exist() {
    let reasons: BTreeSet<String> = Reason::every()
        .iter()
        .map(|r| format!("invalid-{}", r.name()))
        .collect();
    let stale: Vec<String> = message_ids()
        .into_iter()
        .filter(|id| id.starts_with("invalid-") && !reasons.contains(id))
        .collect();
    assert!(stale.is_empty(), "words for no reason: {stale:?}");
}

#[test]
fn every_notice_has_words() {
    let ids = message_ids();
    let missing: Vec<String> = steady_core::Notice::every()
        .iter()
        .map(|n| format!("notice-{}", n.code()))
        .filter(|id| !ids.contains(id))
        .collect();
    assert!(missing.is_empty(), "no words for: {missing:?}");
}
