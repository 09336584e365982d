//! Changing the language while Steady runs: everything built in is worded again at once,
//! the choice is kept for the next start, and a language Steady lacks is refused.
//! (Its own test binary: the language is the process's, and other tests expect English.)

use steady_core::error::ActionError;
use steady_core::Steady;

fn walk_titles(s: &Steady) -> Vec<String> {
    s.grounding
        .view()
        .walk
        .into_iter()
        .map(|st| st.title)
        .collect()
}

#[test]
fn a_language_chosen_in_settings_rewords_everything_and_is_kept() {
    // The system says English; the person's choice and the override are not set.
    std::env::remove_var("STEADY_LANG");
    std::env::set_var("LANG", "en_GB.UTF-8");
    std::env::remove_var("LC_ALL");
    std::env::remove_var("LC_MESSAGES");
    let dir = tempfile::tempdir().unwrap();
    let english;
    {
        let s = Steady::open(dir.path(), Some("GB".into())).unwrap();
        assert_eq!(s.lang(), "en");
        english = walk_titles(&s);
        assert_eq!(english[0], "Eyes open, feet on the floor");

        assert_eq!(s.set_language(Some("de".into())).unwrap(), "de");
        assert_eq!(s.lang(), "de");
        // Grounding, breathing, the directory and the shell's words, at once.
        let german = walk_titles(&s);
        assert_eq!(german.len(), english.len());
        assert_ne!(german[0], english[0]);
        let even = s.breathing.find("even").unwrap();
        assert_ne!(even.name, "Even breathing");
        let help = s.help_view();
        let names: Vec<_> = help.countries.iter().map(|c| c.name.as_str()).collect();
        assert!(names.contains(&"Deutschland"), "{names:?}");
        assert_ne!(s.words().get("tray-breathe", &[]), "Breathe");
        // Page words: the whole catalogue, in German.
        let page = s.page_words(steady_core::words::Part::All);
        assert_eq!(page.lang, "de");

        // A language Steady has no words in is refused, and nothing changes.
        match s.set_language(Some("tlh".into())) {
            Err(ActionError::Invalid(e)) => assert_eq!(e.field, "language"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(s.lang(), "de");
    }
    {
        // The next start speaks German, whatever the system says.
        let s = Steady::open(dir.path(), Some("GB".into())).unwrap();
        assert_eq!(s.lang(), "de");
        assert_eq!(s.settings.get().language.as_deref(), Some("de"));
        assert_ne!(walk_titles(&s)[0], english[0]);
        // Back to the system's language.
        assert_eq!(s.set_language(None).unwrap(), "en");
        assert_eq!(walk_titles(&s), english);
    }
}
