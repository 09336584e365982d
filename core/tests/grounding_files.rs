//! The person's grounding steps and the what-helped log from disk: a damaged file is kept
//! aside and explained, and the built-in script still works.

use steady_core::grounding::state::GroundingChange;
use steady_core::Steady;

fn open(dir: &std::path::Path) -> Steady {
    Steady::open(dir, None).unwrap()
}

#[test]
fn a_corrupt_grounding_file_or_log_leaves_the_built_in_script_working() {
    let tmp = tempfile::tempdir().unwrap();
    let s = open(tmp.path());
    s.grounding
        .shape(GroundingChange::Add {
            text: "Stroke the cat".into(),
        })
        .unwrap();
    drop(s);
    std::fs::write(
        tmp.path().join("grounding.json"),
        b"{\"version\":1,\"own\":[{\"id\":",
    )
    .unwrap();
    std::fs::write(tmp.path().join("helped.json"), b"\x00\x01 not json").unwrap();
    let s = open(tmp.path());
    let notices = s.take_notices();
    assert_eq!(notices.len(), 2, "{notices:?}");
    let docs: Vec<_> = notices
        .iter()
        .filter_map(|n| match n {
            steady_core::Notice::SetAside { doc, .. } => Some(*doc),
            _ => None,
        })
        .collect();
    assert!(docs.contains(&"grounding"), "{notices:?}");
    assert!(docs.contains(&"helped"), "{notices:?}");
    let view = s.grounding.view();
    assert!(
        view.walk.iter().any(|st| st.id == "see"),
        "built-in steps still there"
    );
    // The damaged bytes are kept, not overwritten.
    let kept = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .count();
    assert_eq!(kept, 2);
    assert!(s.helped.list().unwrap().is_empty());
}
