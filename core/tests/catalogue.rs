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

/// Every `"cli-…"` id named in the Rust code that words the terminal (the core and the
/// shell), with the file it is in.
fn cli_ids_in_code() -> BTreeSet<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = BTreeSet::new();
    let mut folders = vec![root.join("core/src"), root.join("src-tauri/src")];
    while let Some(dir) = folders.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (at, _) in text.match_indices("\"cli-") {
                let id: String = text[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if id == "cli-" {
                    continue; // the prefix itself, not an id
                }
                let file = path.strip_prefix(&root).unwrap_or(&path);
                found.insert((id, file.display().to_string()));
            }
        }
    }
    found
}

#[test]
fn every_word_the_terminal_is_given_is_in_the_catalogue_and_every_one_is_used() {
    let ids = message_ids();
    let used = cli_ids_in_code();
    assert!(
        used.iter().any(|(id, _)| id == "cli-try-help"),
        "the scan found no cli- ids: {used:?}"
    );
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !ids.contains(id))
        .map(|(id, file)| format!("{id} ({file})"))
        .collect();
    assert!(missing.is_empty(), "cli.ftl has no words for: {missing:?}");
    let named: BTreeSet<&String> = used.iter().map(|(id, _)| id).collect();
    let unused: Vec<&String> = ids
        .iter()
        .filter(|id| id.starts_with("cli-") && !named.contains(id))
        .collect();
    assert!(
        unused.is_empty(),
        "cli.ftl words nothing the code says: {unused:?}"
    );
}

#[test]
fn every_kind_of_breathing_phase_has_words() {
    let ids = message_ids();
    let mut missing = Vec::new();
    for kind in steady_core::breathing::PhaseKind::ALL {
        let code = serde_json::to_value(kind).expect("a kind");
        let code = code.as_str().expect("a kind's code");
        for prefix in ["breathe-phase-", "breathe-own-part-", "patterns-part-"] {
            let id = format!("{prefix}{code}");
            if !ids.contains(&id) {
                missing.push(id);
            }
        }
    }
    assert!(missing.is_empty(), "no words for: {missing:?}");
}

#[test]
fn every_step_of_a_reminder_hit_me_every_halt_need_and_every_own_list_has_words() {
    let ids = message_ids();
    let mut wanted = Vec::new();
    let content = steady_core::content::Content::shared().expect("content");
    for step in &content.reminder {
        wanted.push(format!("reminder-{}-title", step.id));
        wanted.push(format!("reminder-{}-text", step.id));
    }
    for need in &content.halt {
        wanted.push(format!("urge-halt-{need}"));
        wanted.push(format!("urge-halt-{need}-do"));
    }
    for list in steady_core::own_lists::ListName::ALL {
        let code = serde_json::to_value(list).expect("a list");
        let code = code.as_str().expect("a list's code");
        for part in ["title", "about", "add-label", "hint", "empty"] {
            wanted.push(format!("lists-{code}-{part}"));
        }
    }
    let missing: Vec<_> = wanted.into_iter().filter(|id| !ids.contains(id)).collect();
    assert!(missing.is_empty(), "no words for: {missing:?}");
}
