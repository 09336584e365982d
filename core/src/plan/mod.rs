//! The safety plan: the person's own prioritised list, in their own words, worked top to
//! bottom in a crisis. The structure follows the Stanley-Brown safety plan, with two
//! sections added for Steady's users (boundaries; what matters most). All wording is ours.
//!
//! Kept as `plan.json` through the durable store. Fields from a newer minor version are
//! kept (`extra`), never dropped. Every change is checked against the limits below, so a
//! plan on disk is always one the app can show.

pub mod state;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{InvalidInput, ListKind, Reason, TextKind, ThingKind};
use crate::store::Document;

pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MAX_ITEMS: usize = 100;
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The sections, in the order they are worked through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    WarningSigns,
    OnMyOwn,
    Distractions,
    People,
    Professionals,
    SaferSpace,
    Matters,
    Boundaries,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::WarningSigns,
        Section::OnMyOwn,
        Section::Distractions,
        Section::People,
        Section::Professionals,
        Section::SaferSpace,
        Section::Matters,
        Section::Boundaries,
    ];

    /// The section's id as the files and the catalogue write it (`warning_signs`).
    pub fn as_str(self) -> &'static str {
        match self {
            Section::WarningSigns => "warning_signs",
            Section::OnMyOwn => "on_my_own",
            Section::Distractions => "distractions",
            Section::People => "people",
            Section::Professionals => "professionals",
            Section::SaferSpace => "safer_space",
            Section::Matters => "matters",
            Section::Boundaries => "boundaries",
        }
    }

    /// Sections whose items are contacts (name, phone, ...).
    pub fn holds_contacts(self) -> bool {
        matches!(self, Section::People | Section::Professionals)
    }
}

/// One entry. Contacts use `name`, `phone`, `hours` and `note`; other sections use `text`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Item {
    pub id: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hours: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What the person writes for an item (the id is the plan's to give).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemInput {
    pub text: String,
    pub name: String,
    pub phone: String,
    pub hours: String,
    pub note: String,
}

impl ItemInput {
    /// An item of a section that holds text (not a contact).
    pub fn text(text: &str) -> ItemInput {
        ItemInput {
            text: text.into(),
            ..ItemInput::default()
        }
    }

    /// A contact: a name and a number.
    pub fn contact(name: &str, phone: &str) -> ItemInput {
        ItemInput {
            name: name.into(),
            phone: phone.into(),
            ..ItemInput::default()
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub warning_signs: Vec<Item>,
    pub on_my_own: Vec<Item>,
    pub distractions: Vec<Item>,
    pub people: Vec<Item>,
    pub professionals: Vec<Item>,
    pub safer_space: Vec<Item>,
    pub matters: Vec<Item>,
    pub boundaries: Vec<Item>,
    pub next_id: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Document for Plan {
    const NAME: &'static str = "plan";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = MAX_FILE_BYTES;

    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        let renumbered = self.repair_ids();
        self.check()?;
        Ok(renumbered.then(|| "some items shared a number, and each now has its own".into()))
    }
}

/// What the UI shows for a section: its title, a prompt, and an example on request.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SectionInfo {
    pub id: Section,
    pub title: String,
    pub prompt: String,
    pub example: String,
    #[serde(default)]
    pub contacts: bool,
}

#[derive(Deserialize)]
struct SectionsFile {
    sections: Vec<SectionEntry>,
}

/// A section as the file has it: its words are in the catalogue, by id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionEntry {
    id: Section,
}

/// Reads the sections file: every section exactly once, each worded from `words`
/// (`content-plan-<id>-title`, `-prompt`, `-example`).
pub fn parse_sections(
    text: &str,
    words: &crate::words::Words,
) -> Result<Vec<SectionInfo>, crate::content::Problem> {
    let file = serde_json::from_str::<SectionsFile>(text).map_err(crate::content::Problem::json)?;
    let mut list = Vec::with_capacity(file.sections.len());
    for e in file.sections {
        let id = |part: &str| format!("content-plan-{}-{part}", e.id.as_str());
        list.push(SectionInfo {
            title: words.required(&id("title"))?,
            prompt: words.required(&id("prompt"))?,
            example: words.required(&id("example"))?,
            id: e.id,
            contacts: false,
        });
    }
    for s in &mut list {
        if s.title.trim().is_empty() || s.prompt.trim().is_empty() {
            return Err(crate::content::Problem::rule(format!(
                "section {:?} has no title or no prompt",
                s.id
            )));
        }
        s.contacts = s.id.holds_contacts();
    }
    for id in Section::ALL {
        if list.iter().filter(|s| s.id == id).count() != 1 {
            return Err(crate::content::Problem::rule(format!(
                "section {id:?} is missing or listed twice"
            )));
        }
    }
    if list.len() != Section::ALL.len() {
        return Err(crate::content::Problem::rule("a section is listed twice"));
    }
    Ok(list)
}

/// Every section in working order, with its words, from the one content module.
pub fn sections() -> Vec<SectionInfo> {
    crate::content::Content::shared()
        .map(|c| c.plan_sections.clone())
        .unwrap_or_default()
}

/// A section's title as the content file words it.
pub fn title(section: Section) -> String {
    crate::content::Content::shared()
        .ok()
        .and_then(|c| c.section(section))
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

fn invalid(field: &'static str, reason: Reason) -> InvalidInput {
    InvalidInput::new(field, reason)
}

/// Checks one piece of text: length, and no control characters but line breaks and tabs.
fn check_text(field: &'static str, what: TextKind, s: &str) -> Result<(), InvalidInput> {
    let n = s.chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(invalid(
            field,
            Reason::TooLong {
                what,
                max: MAX_TEXT_CHARS,
                n,
            },
        ));
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(invalid(field, Reason::ControlCharacter { what }));
    }
    Ok(())
}

impl ItemInput {
    fn check(&self, section: Section) -> Result<(), InvalidInput> {
        for (field, what, v) in [
            ("text", TextKind::Text, &self.text),
            ("name", TextKind::Name, &self.name),
            ("phone", TextKind::Phone, &self.phone),
            ("hours", TextKind::Hours, &self.hours),
            ("note", TextKind::Note, &self.note),
        ] {
            check_text(field, what, v)?;
        }
        if section.holds_contacts() {
            if self.name.trim().is_empty() && self.phone.trim().is_empty() {
                let what = TextKind::Contact;
                return Err(invalid("name", Reason::Empty { what }));
            }
        } else if self.text.trim().is_empty() {
            let what = TextKind::Text;
            return Err(invalid("text", Reason::Empty { what }));
        }
        Ok(())
    }
}

impl Plan {
    pub fn section(&self, s: Section) -> &Vec<Item> {
        match s {
            Section::WarningSigns => &self.warning_signs,
            Section::OnMyOwn => &self.on_my_own,
            Section::Distractions => &self.distractions,
            Section::People => &self.people,
            Section::Professionals => &self.professionals,
            Section::SaferSpace => &self.safer_space,
            Section::Matters => &self.matters,
            Section::Boundaries => &self.boundaries,
        }
    }

    fn section_mut(&mut self, s: Section) -> &mut Vec<Item> {
        match s {
            Section::WarningSigns => &mut self.warning_signs,
            Section::OnMyOwn => &mut self.on_my_own,
            Section::Distractions => &mut self.distractions,
            Section::People => &mut self.people,
            Section::Professionals => &mut self.professionals,
            Section::SaferSpace => &mut self.safer_space,
            Section::Matters => &mut self.matters,
            Section::Boundaries => &mut self.boundaries,
        }
    }

    pub fn is_empty(&self) -> bool {
        Section::ALL.iter().all(|s| self.section(*s).is_empty())
    }

    /// Adds an item at `at` (the end if `None` or past it); returns it.
    pub fn add(
        &mut self,
        section: Section,
        input: &ItemInput,
        at: Option<usize>,
    ) -> Result<Item, InvalidInput> {
        input.check(section)?;
        if self.section(section).len() >= MAX_ITEMS {
            return Err(section_full());
        }
        let item = Item {
            id: crate::ids::give(&mut self.next_id)?,
            text: input.text.clone(),
            name: input.name.clone(),
            phone: input.phone.clone(),
            hours: input.hours.clone(),
            note: input.note.clone(),
            extra: Map::new(),
        };
        let list = self.section_mut(section);
        let at = at.unwrap_or(list.len()).min(list.len());
        list.insert(at, item.clone());
        Ok(item)
    }

    pub fn edit(
        &mut self,
        section: Section,
        id: u64,
        input: &ItemInput,
    ) -> Result<Item, InvalidInput> {
        input.check(section)?;
        let item = self
            .section_mut(section)
            .iter_mut()
            .find(|i| i.id == id)
            .ok_or_else(|| gone(id))?;
        item.text = input.text.clone();
        item.name = input.name.clone();
        item.phone = input.phone.clone();
        item.hours = input.hours.clone();
        item.note = input.note.clone();
        Ok(item.clone())
    }

    /// Removes an item; returns it and where it was, for undo.
    pub fn delete(&mut self, section: Section, id: u64) -> Result<(Item, usize), InvalidInput> {
        let list = self.section_mut(section);
        let at = list
            .iter()
            .position(|i| i.id == id)
            .ok_or_else(|| gone(id))?;
        Ok((list.remove(at), at))
    }

    /// Puts a deleted item back where it was, with its id. The id must be one this plan
    /// gave and no item holds now, so an undo can never collide with a newer item.
    pub fn restore(&mut self, section: Section, item: Item, at: usize) -> Result<(), InvalidInput> {
        if self.section(section).len() >= MAX_ITEMS {
            return Err(section_full());
        }
        let taken = Section::ALL
            .iter()
            .any(|s| self.section(*s).iter().any(|i| i.id == item.id));
        if item.id == 0 || item.id > self.next_id || taken {
            return Err(gone(item.id));
        }
        let list = self.section_mut(section);
        let at = at.min(list.len());
        list.insert(at, item);
        Ok(())
    }

    /// Moves an item to position `to` in its section.
    pub fn reorder(&mut self, section: Section, id: u64, to: usize) -> Result<(), InvalidInput> {
        let list = self.section_mut(section);
        let from = list
            .iter()
            .position(|i| i.id == id)
            .ok_or_else(|| gone(id))?;
        let item = list.remove(from);
        let to = to.min(list.len());
        list.insert(to, item);
        Ok(())
    }

    /// Gives every item a unique id no greater than `next_id`, keeping every item.
    pub fn repair_ids(&mut self) -> bool {
        let mut ids: Vec<u64> = Section::ALL
            .iter()
            .flat_map(|&s| self.section(s).iter().map(|i| i.id))
            .collect();
        let changed = crate::ids::repair(ids.iter_mut(), &mut self.next_id);
        let mut mended = ids.into_iter();
        for s in Section::ALL {
            for item in self.section_mut(s) {
                item.id = mended.next().unwrap_or(item.id);
            }
        }
        changed
    }

    /// Checks a whole plan (one read from disk or imported) against every limit.
    pub fn check(&self) -> Result<(), InvalidInput> {
        let mut ids = std::collections::HashSet::new();
        for s in Section::ALL {
            let items = self.section(s);
            if items.len() > MAX_ITEMS {
                return Err(invalid(
                    "items",
                    Reason::TooMany {
                        what: ListKind::PlanSection,
                        max: MAX_ITEMS,
                        n: items.len(),
                    },
                ));
            }
            for i in items {
                for (what, v) in [
                    (TextKind::Text, &i.text),
                    (TextKind::Name, &i.name),
                    (TextKind::Phone, &i.phone),
                    (TextKind::Hours, &i.hours),
                    (TextKind::Note, &i.note),
                ] {
                    check_text("text", what, v)?;
                }
                if !ids.insert(i.id) || i.id > self.next_id {
                    return Err(invalid("id", Reason::IdClash));
                }
            }
        }
        Ok(())
    }

    /// The plan as Markdown, for the person to keep elsewhere.
    /// The plan as Markdown under `heading` (the catalogue's words for "my safety plan").
    pub fn to_markdown(&self, heading: &str) -> String {
        let mut out = format!("# {heading}\n");
        for s in Section::ALL {
            let items = self.section(s);
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("\n## {}\n\n", title(s)));
            for (n, i) in items.iter().enumerate() {
                let line = if s.holds_contacts() {
                    [&i.name, &i.phone, &i.hours, &i.note]
                        .iter()
                        .filter(|v| !v.trim().is_empty())
                        .map(|v| v.trim())
                        .collect::<Vec<_>>()
                        .join(" · ")
                } else {
                    i.text.trim().to_string()
                };
                // Continuation lines stay inside the list item.
                out.push_str(&format!("{}. {}\n", n + 1, line.replace('\n', "\n   ")));
            }
        }
        out
    }
}

/// A file to hand to the person: a suggested name and its bytes.
pub struct Export {
    pub file_name: &'static str,
    /// For the save dialog's filter: what the files are called, and their extension.
    pub kind_name: &'static str,
    pub extension: &'static str,
    pub bytes: Vec<u8>,
}

impl Plan {
    /// `markdown` or `json` (the JSON is plan.json itself, which Steady can bring back in).
    pub fn export(&self, format: &str, heading: &str) -> Result<Export, InvalidInput> {
        match format {
            "markdown" => Ok(Export {
                file_name: "my-safety-plan.md",
                kind_name: "Markdown",
                extension: "md",
                bytes: self.to_markdown(heading).into_bytes(),
            }),
            "json" => Ok(Export {
                file_name: "my-safety-plan.json",
                kind_name: "JSON",
                extension: "json",
                bytes: crate::store::encode(self)
                    .map_err(|_| invalid("plan", Reason::EncodeFailed))?,
            }),
            _ => Err(invalid("format", Reason::UnknownFormat)),
        }
    }
}

fn section_full() -> InvalidInput {
    let (what, max) = (ListKind::PlanSection, MAX_ITEMS);
    invalid("items", Reason::Full { what, max })
}

/// The refusal names no id: the page knows which item it asked about.
fn gone(_id: u64) -> InvalidInput {
    let what = ThingKind::PlanItem;
    invalid("id", Reason::Gone { what })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{decode_document, encode};
    use proptest::prelude::*;

    fn text(t: &str) -> ItemInput {
        ItemInput::text(t)
    }

    #[test]
    fn every_section_has_words_in_working_order() {
        let list = sections();
        assert_eq!(
            list.iter().map(|s| s.id).collect::<Vec<_>>(),
            Section::ALL.to_vec()
        );
        for s in &list {
            assert!(!s.prompt.is_empty() && !s.example.is_empty() && !s.title.is_empty());
        }
    }

    #[test]
    fn add_edit_reorder_delete_restore() {
        let mut p = Plan::default();
        let a = p
            .add(Section::OnMyOwn, &text("Walk round the block"), None)
            .unwrap();
        let b = p
            .add(Section::OnMyOwn, &text("Cold water on my wrists"), None)
            .unwrap();
        let c = p
            .add(Section::OnMyOwn, &text("Text my sister"), Some(0))
            .unwrap();
        let order = |p: &Plan| p.on_my_own.iter().map(|i| i.id).collect::<Vec<_>>();
        assert_eq!(order(&p), vec![c.id, a.id, b.id]);
        p.reorder(Section::OnMyOwn, b.id, 0).unwrap();
        assert_eq!(order(&p), vec![b.id, c.id, a.id]);
        p.edit(Section::OnMyOwn, a.id, &text("Walk to the park"))
            .unwrap();
        let (gone, at) = p.delete(Section::OnMyOwn, c.id).unwrap();
        assert_eq!(at, 1);
        p.restore(Section::OnMyOwn, gone, at).unwrap();
        assert_eq!(order(&p), vec![b.id, c.id, a.id]);
        assert!(p.check().is_ok());
    }

    #[test]
    fn contacts_need_a_name_or_number_and_other_items_need_text() {
        let mut p = Plan::default();
        let err = p
            .add(Section::People, &ItemInput::default(), None)
            .unwrap_err();
        let what = TextKind::Contact;
        assert_eq!(err, invalid("name", Reason::Empty { what }));
        let sam = ItemInput {
            name: "Sam".into(),
            phone: "+44 7700 900123".into(),
            ..ItemInput::default()
        };
        assert!(p.add(Section::People, &sam, None).is_ok());
        let err = p.add(Section::Matters, &text("   "), None).unwrap_err();
        let what = TextKind::Text;
        assert_eq!(err, invalid("text", Reason::Empty { what }));
    }

    #[test]
    fn limits_are_refused_with_a_reason_and_nothing_changes() {
        let mut p = Plan::default();
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        let err = p.add(Section::Boundaries, &text(&long), None).unwrap_err();
        let (what, max, n) = (TextKind::Text, 2000, 2001);
        assert_eq!(err, invalid("text", Reason::TooLong { what, max, n }));
        let err = p
            .add(Section::Boundaries, &text("bell \u{7}"), None)
            .unwrap_err();
        assert_eq!(err, invalid("text", Reason::ControlCharacter { what }));
        let note = ItemInput {
            name: "Sam".into(),
            note: "x".repeat(MAX_TEXT_CHARS + 5),
            ..ItemInput::default()
        };
        let err = p.add(Section::People, &note, None).unwrap_err();
        let (what, n) = (TextKind::Note, 2005);
        assert_eq!(err, invalid("note", Reason::TooLong { what, max, n }));
        assert!(p.is_empty());
        for i in 0..MAX_ITEMS {
            p.add(Section::WarningSigns, &text(&format!("sign {i}")), None)
                .unwrap();
        }
        let err = p
            .add(Section::WarningSigns, &text("one more"), None)
            .unwrap_err();
        let (what, max) = (ListKind::PlanSection, 100);
        assert_eq!(err, invalid("items", Reason::Full { what, max }));
        // Exactly at the limit is fine; line breaks and tabs are the person's own.
        assert!(p
            .add(Section::Matters, &text(&"é".repeat(MAX_TEXT_CHARS)), None)
            .is_ok());
        assert!(p
            .add(Section::Matters, &text("line one\n\tline two"), None)
            .is_ok());
    }

    #[test]
    fn unknown_fields_from_a_newer_minor_version_are_kept() {
        let bytes = br#"{"version":1,"next_id":2,"mood_colour":"blue",
            "matters":[{"id":1,"text":"My kids","photo":"kids.jpg"}],
            "people":[{"id":2,"name":"Sam","phone":"07700 900123","relation":"sister"}]}"#;
        let p: Plan = decode_document(bytes).unwrap().unwrap();
        let again: Value = serde_json::from_slice(&encode(&p).unwrap()).unwrap();
        assert_eq!(again["mood_colour"], "blue");
        assert_eq!(again["matters"][0]["photo"], "kids.jpg");
        assert_eq!(again["people"][0]["relation"], "sister");
    }

    #[test]
    fn a_json_export_is_a_plan_steady_can_bring_back() {
        let mut p = Plan::default();
        p.add(Section::Matters, &text("My dog 🐕"), None).unwrap();
        let e = p.export("json", "My safety plan").unwrap();
        assert_eq!(e.file_name, "my-safety-plan.json");
        assert_eq!(crate::plan::state::PlanState::parse(&e.bytes).unwrap(), p);
        let err = p.export("pdf", "My safety plan").err();
        assert_eq!(err, Some(invalid("format", Reason::UnknownFormat)));
    }

    #[test]
    fn numbers_in_unknown_fields_come_back_exactly() {
        // Found by the fuzzer: without serde_json's float_roundtrip, this drifted on save.
        let bytes =
            r#"{"version":1,"nexs":[{"i________":4444444444400054.0013935832,"texq":"🌊"}]}"#;
        let p: Plan = decode_document(bytes.as_bytes()).unwrap().unwrap();
        let again: Plan = decode_document(&encode(&p).unwrap()).unwrap().unwrap();
        assert_eq!(again, p);
    }

    #[test]
    fn markdown_export() {
        let mut p = Plan::default();
        p.add(
            Section::WarningSigns,
            &text("Checking his phone again\nat 3am"),
            None,
        )
        .unwrap();
        p.add(
            Section::People,
            &ItemInput::contact("Sam", "07700 900123"),
            None,
        )
        .unwrap();
        let md = p.to_markdown("My safety plan");
        assert!(md.starts_with("# My safety plan\n"));
        assert!(md.contains(
            "## Signs that a hard moment is coming\n\n1. Checking his phone again\n   at 3am\n"
        ));
        assert!(md.contains("1. Sam · 07700 900123\n"));
        assert!(!md.contains("My boundaries"), "empty sections are left out");
    }

    fn any_text() -> impl Strategy<Value = String> {
        // Emoji, right-to-left, CJK, combining marks, line breaks: all kept exactly.
        prop::collection::vec(
            prop::sample::select(vec![
                "a",
                "Z",
                " ",
                "\n",
                "\t",
                "é",
                "e\u{301}",
                "🌊",
                "👩🏽‍🦱",
                "שלום",
                "مرحبا",
                "你好",
                "\u{200f}",
                "ß",
                "0",
            ]),
            0..40,
        )
        .prop_map(|v| v.concat())
    }

    fn any_plan() -> impl Strategy<Value = Plan> {
        prop::collection::vec((0usize..8, any_text(), any_text(), any_text()), 0..40).prop_map(
            |ops| {
                let mut p = Plan::default();
                for (s, t, n, ph) in ops {
                    let section = Section::ALL[s];
                    let input = ItemInput {
                        text: format!("x{t}"),
                        name: format!("n{n}"),
                        phone: ph,
                        ..ItemInput::default()
                    };
                    let _ = p.add(section, &input, None);
                }
                p
            },
        )
    }

    proptest! {
        #[test]
        fn any_plan_round_trips_exactly(p in any_plan()) {
            prop_assert!(p.check().is_ok());
            let back: Plan = decode_document(&encode(&p).unwrap()).unwrap().unwrap();
            prop_assert_eq!(back, p);
        }

        #[test]
        fn reorder_keeps_every_item(p in any_plan(), s in 0usize..8, to in 0usize..50) {
            let mut p = p;
            let section = Section::ALL[s];
            prop_assume!(!p.section(section).is_empty());
            let first = p.section(section)[0].id;
            let mut before: Vec<u64> = p.section(section).iter().map(|i| i.id).collect();
            p.reorder(section, first, to).unwrap();
            let mut after: Vec<u64> = p.section(section).iter().map(|i| i.id).collect();
            before.sort_unstable();
            after.sort_unstable();
            prop_assert_eq!(before, after);
        }

        #[test]
        fn the_loader_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_document::<Plan>(&bytes);
        }
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;

    /// The published schema (core/schemas/plan.schema.json) says what the code enforces.
    #[test]
    fn the_schema_matches_the_code() {
        let schema: Value =
            serde_json::from_str(include_str!("../../schemas/plan.schema.json")).unwrap();
        assert_eq!(schema["properties"]["version"]["const"], Plan::VERSION);
        assert_eq!(schema["$defs"]["text"]["maxLength"], MAX_TEXT_CHARS);
        assert_eq!(schema["$defs"]["items"]["maxItems"], MAX_ITEMS);
        assert_eq!(
            schema["additionalProperties"], true,
            "unknown fields are kept"
        );
        assert_eq!(schema["$defs"]["item"]["additionalProperties"], true);
        for s in Section::ALL {
            let key = serde_json::to_value(s).unwrap();
            let key = key.as_str().unwrap();
            assert_eq!(schema["properties"][key]["$ref"], "#/$defs/items", "{key}");
        }
    }
}
