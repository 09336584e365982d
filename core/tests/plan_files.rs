//! Plans from disk or from a file the person brings in: anything that is not a good plan
//! is refused with a reason, and nothing already kept is written over.

use serde_json::json;
use steady_core::error::{ListKind, Reason, TextKind};
use steady_core::plan::{ItemInput, Section};
use steady_core::{InvalidInput, Steady};

fn open(dir: &std::path::Path) -> Steady {
    Steady::open(dir, None).unwrap()
}

fn text(t: &str) -> ItemInput {
    ItemInput::text(t)
}

#[test]
fn files_that_are_not_good_plans_are_refused_with_a_reason() {
    let long = "x".repeat(2_001);
    let many: Vec<_> = (1..=101).map(|i| json!({ "id": i, "text": "a" })).collect();
    let cases: Vec<(Vec<u8>, Reason)> = vec![
        (b"\xff\xfe not utf-8".to_vec(), Reason::NotAPlan),
        (
            b"{\"name\": \"a shopping list\", \"items\": [1, 2]}".to_vec(),
            Reason::NotAPlan,
        ),
        (b"[1, 2, 3]".to_vec(), Reason::NotAPlan),
        (
            b"{\"version\": 1, \"matters\": [{\"id\": 1, \"te".to_vec(),
            Reason::NotAPlan,
        ),
        (b"{\"version\": 9}".to_vec(), Reason::NewerPlan),
        (
            json!({ "version": 1, "next_id": 1, "matters": [{ "id": 1, "text": long }] })
                .to_string()
                .into_bytes(),
            Reason::TooLong {
                what: TextKind::Text,
                max: 2000,
                n: 2001,
            },
        ),
        (
            json!({ "version": 1, "next_id": 101, "matters": many })
                .to_string()
                .into_bytes(),
            Reason::TooMany {
                what: ListKind::PlanSection,
                max: 100,
                n: 101,
            },
        ),
        (
            json!({ "version": 1, "next_id": 1, "matters": [{ "id": 1, "text": "bell\u{7}" }] })
                .to_string()
                .into_bytes(),
            Reason::ControlCharacter {
                what: TextKind::Text,
            },
        ),
        (
            vec![b' '; 1024 * 1024 + 1],
            Reason::FileTooLarge { max_mib: 1 },
        ),
    ];
    for (bytes, reason) in cases {
        let err = steady_core::plan::state::PlanState::parse(&bytes).unwrap_err();
        // The refusal is about the file as a whole, and says which rule.
        assert_eq!(err, InvalidInput::new("file", reason));
    }
}

#[test]
fn import_and_restore_keep_the_plan_they_replace() {
    let tmp = tempfile::tempdir().unwrap();
    let steady = open(tmp.path());
    steady
        .plan
        .add(Section::Matters, &text("mine, written here"), None)
        .unwrap();
    let incoming = br#"{"version":1,"next_id":1,"matters":[{"id":1,"text":"from the file \u05e9\u05dc\u05d5\u05dd"}]}"#;
    let preview = steady_core::plan::state::PlanState::parse(incoming).unwrap();
    assert_eq!(
        steady.plan.get().unwrap().matters[0].text,
        "mine, written here",
        "a preview changes nothing"
    );
    steady.plan.replace(preview).unwrap();
    assert_eq!(
        steady.plan.get().unwrap().matters[0].text,
        "from the file שלום"
    );
    // The replaced plan is among the versions, and can be brought back.
    let versions = steady.plan.versions().unwrap();
    let old = versions
        .iter()
        .find(|v| steady.plan.version(&v.id).unwrap().matters[0].text == "mine, written here")
        .expect("the replaced plan was kept");
    let back = steady.plan.version(&old.id).unwrap();
    steady.plan.replace(back).unwrap();
    assert_eq!(
        steady.plan.get().unwrap().matters[0].text,
        "mine, written here"
    );
    drop(steady);
    // And it is what is on disk.
    let again = open(tmp.path());
    assert_eq!(
        again.plan.get().unwrap().matters[0].text,
        "mine, written here"
    );
}

#[test]
fn a_corrupt_plan_is_set_aside_and_the_last_version_is_still_there() {
    let tmp = tempfile::tempdir().unwrap();
    let steady = open(tmp.path());
    steady
        .plan
        .add(
            Section::People,
            &ItemInput::contact("Sam", "07700 900123"),
            None,
        )
        .unwrap();
    drop(steady);
    std::fs::write(
        tmp.path().join("plan.json"),
        b"{\"version\":1,\"people\":[{\"id\":1,",
    )
    .unwrap();
    let steady = open(tmp.path());
    let notices = steady.take_notices();
    assert_eq!(notices.len(), 1);
    assert!(
        matches!(
            &notices[0],
            steady_core::Notice::SetAside { doc: "plan", .. }
        ),
        "{notices:?}"
    );
    assert!(steady.plan.get().unwrap().is_empty());
    let latest = &steady.plan.versions().unwrap()[0];
    assert_eq!(
        steady.plan.version(&latest.id).unwrap().people[0].name,
        "Sam"
    );
}
