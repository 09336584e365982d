//! The person's grounding steps and the what-helped log from disk: a damaged file is kept
//! aside and explained, and the built-in script still works.

use steady_core::app::GroundingChange;
use steady_core::directory::Directory;
use steady_core::Steady;

fn open(dir: &std::path::Path) -> Steady {
    Steady::open(dir, Directory::built_in().unwrap(), None).unwrap()
}

#[test]
fn a_corrupt_grounding_file_or_log_leaves_the_built_in_script_working() {
    let tmp = tempfile::tempdir().unwrap();
    let s = open(tmp.path());
    s.shape_grounding(GroundingChange::Add {
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
    assert!(notices
        .iter()
        .any(|n| n.message.contains("your grounding steps")));
    assert!(notices.iter().any(|n| n.message.contains("what-helped")));
    let view = s.grounding();
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
    assert!(s.helped().is_empty());
}
