//! Steady's words: the Fluent catalogue in `assets/locales/<lang>/*.ftl`, one for the page
//! and the shell alike. The page gets the catalogue's text and formats it with
//! @fluent/bundle; the shell (tray, command line) formats here. Which language is used is
//! decided here, once.

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use serde_json::{Map, Value};
use unic_langid::LanguageIdentifier;

use crate::error::Reason;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language every message exists in; the others fall back to it.
pub const FALLBACK: &str = "en";
/// A made-up language that marks every word from the catalogue (accented letters), so a
/// test can find any visible text that did not come through it.
pub const PSEUDO: &str = "en-XA";
/// Set to a language tag to override the system's (and `en-XA` for the pseudo-locale).
pub const LANG_ENV: &str = "STEADY_LANG";

/// What the page needs to word itself.
#[derive(Debug, Clone, Serialize)]
pub struct PageWords {
    pub lang: String,
    pub pseudo: bool,
    pub resources: Vec<&'static str>,
}

/// A language's files, by tag (`en`), if Steady has it.
pub fn files(lang: &str) -> Option<&'static [(&'static str, &'static str)]> {
    LOCALES.iter().find(|(l, _)| *l == lang).map(|(_, f)| *f)
}

/// A language's words for the crisis directory (`crisis-lines.json` in its folder).
pub fn directory_words(lang: &str) -> Option<&'static str> {
    DIRECTORY_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, text)| *text)
}

/// The languages Steady has, in tag order.
pub fn languages() -> Vec<&'static str> {
    LOCALES.iter().map(|(l, _)| *l).collect()
}

/// The language to use, from Steady's override, then the person's choice in Settings
/// (`chosen`), then the system's locale variables (in the order POSIX gives them),
/// falling back to English. `get` reads one variable.
pub fn choose(chosen: Option<&str>, get: impl Fn(&str) -> Option<String>) -> String {
    if let Some(wanted) = get(LANG_ENV).filter(|v| !v.is_empty()) {
        if wanted.eq_ignore_ascii_case(PSEUDO) {
            return PSEUDO.to_string();
        }
        if let Some(l) = matching(&wanted) {
            return l.to_string();
        }
    }
    if let Some(l) = chosen.and_then(matching) {
        return l.to_string();
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.is_empty()) {
            // The first variable set decides, as POSIX has it.
            return matching(&v).unwrap_or(FALLBACK).to_string();
        }
    }
    FALLBACK.to_string()
}

/// Steady's language for a POSIX locale (`de_AT.UTF-8`) or a tag (`de-AT`).
fn matching(locale: &str) -> Option<&'static str> {
    let tag = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    languages()
        .into_iter()
        .find(|l| l.eq_ignore_ascii_case(&tag))
        .or_else(|| languages().into_iter().find(|l| *l == primary))
}

/// The files the first screen (home, with any notices or errors) is worded from: sent
/// with `page_start`, the rest once it is drawn, so the first paint waits for less.
pub const FIRST_SCREEN: [&str; 4] = ["app.ftl", "home.ftl", "notices.ftl", "errors.ftl"];

/// The files of the words the page paints its first home with before its modules (and
/// the Fluent library) have loaded: resolved here, by `Words::first_paint`.
pub const FIRST_PAINT: [&str; 2] = ["app.ftl", "home.ftl"];

/// Which part of the catalogue the page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    FirstScreen,
    Rest,
    /// Every file: after the language changes while Steady runs.
    All,
}

/// The page's words for a language chosen by `choose`.
pub fn for_page(lang: &str, part: Part) -> PageWords {
    let pseudo = lang == PSEUDO;
    let files = files(if pseudo { FALLBACK } else { lang })
        .or_else(|| files(FALLBACK))
        .unwrap_or_default();
    PageWords {
        lang: lang.to_string(),
        pseudo,
        resources: files
            .iter()
            .filter(|(name, _)| match part {
                Part::All => true,
                first_or_rest => {
                    FIRST_SCREEN.contains(name) == (first_or_rest == Part::FirstScreen)
                }
            })
            .map(|(_, text)| *text)
            .collect(),
    }
}

/// Every ASCII letter as an accented look-alike: the pseudo-locale's mark. The same
/// table as the page's (ui/lib/words.js), so tests find buttons by these names.
pub fn pseudo(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ƀ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ļ', 'Ɱ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                'a'..='z' => LOWER[(c as u8 - b'a') as usize],
                'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
                other => other,
            })
            .collect(),
    )
}

/// The shell's words in one language.
pub struct Words {
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    pub fn new(lang: &str) -> Words {
        let pseudo_on = lang == PSEUDO;
        let id: LanguageIdentifier = lang
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        if pseudo_on {
            bundle.set_transform(Some(pseudo));
        }
        // English first: a message a language lacks falls back to it; the language's own
        // then overrides. A file that does not parse is a build fault the tests catch; the
        // good messages in it still load.
        let mut add = |lang: &str| {
            for (_, text) in files(lang).unwrap_or_default() {
                let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
                bundle.add_resource_overriding(res);
            }
        };
        add(FALLBACK);
        if !pseudo_on && lang != FALLBACK {
            add(lang);
        }
        Words { bundle }
    }

    /// The message, formatted; its id if the catalogue lacks it (a test catches that).
    pub fn get(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Built-in content's words: a message English lacks too is a damaged content file.
    pub fn required(&self, id: &str) -> Result<String, crate::content::Problem> {
        if self.has(id) {
            Ok(self.get(id, &[]))
        } else {
            Err(crate::content::Problem::rule(format!(
                "no words for {id:?} in the catalogue (content.ftl)"
            )))
        }
    }

    /// The messages of `FIRST_PAINT` that need no arguments, formatted: `id` for a
    /// message's value, `id.attribute` for its attributes. The page draws home with
    /// these while its Fluent library is still loading (ui/start.js).
    pub fn first_paint(&self) -> std::collections::BTreeMap<String, String> {
        let mut out = std::collections::BTreeMap::new();
        let ids = files(FALLBACK)
            .unwrap_or_default()
            .iter()
            .filter(|(name, _)| FIRST_PAINT.contains(name))
            .flat_map(|(_, text)| message_ids(text));
        for id in ids {
            let Some(message) = self.bundle.get_message(&id) else {
                continue;
            };
            let mut put = |key: String, pattern| {
                let mut errors = Vec::new();
                let text = self.bundle.format_pattern(pattern, None, &mut errors);
                // A message that needs arguments is left to the page's own formatting.
                if errors.is_empty() {
                    out.insert(key, text.into_owned());
                }
            };
            if let Some(value) = message.value() {
                put(id.clone(), value);
            }
            for attribute in message.attributes() {
                put(format!("{id}.{}", attribute.id()), attribute.value());
            }
        }
        out
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).is_some()
    }

    /// A refused input in words: `invalid-<reason>`, with the reason's own arguments, as
    /// the page words it.
    pub fn invalid(&self, reason: &Reason) -> String {
        self.get_json(&format!("invalid-{}", reason.name()), &reason.args())
    }

    /// The message with arguments as the page gets them: numbers and codes.
    pub fn get_json(&self, id: &str, args: &Map<String, Value>) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .filter_map(|(k, v)| {
                let value = match v {
                    Value::String(s) => FluentValue::from(s.as_str()),
                    Value::Number(n) => match n.as_u64() {
                        Some(u) => FluentValue::from(u),
                        None => FluentValue::from(n.as_f64()?),
                    },
                    _ => return None,
                };
                Some((k.as_str(), value))
            })
            .collect();
        self.get(id, &args)
    }
}

/// The ids of the messages (not terms) in one FTL source.
fn message_ids(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn english_is_there_and_every_file_parses() {
        let en = files(FALLBACK).expect("English");
        assert!(!en.is_empty());
        for lang in languages() {
            for (file, text) in files(lang).unwrap_or_default() {
                if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                    panic!("{lang}/{file}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn the_language_comes_from_the_override_then_the_system_then_english() {
        assert_eq!(choose(None, env(&[])), "en");
        assert_eq!(choose(None, env(&[("LANG", "en_GB.UTF-8")])), "en");
        assert_eq!(choose(None, env(&[("LANG", "xx_YY.UTF-8")])), "en");
        assert_eq!(
            choose(None, env(&[("STEADY_LANG", "en-XA"), ("LANG", "en_US")])),
            PSEUDO
        );
        // LC_ALL outranks LANG.
        assert_eq!(
            choose(None, env(&[("LC_ALL", "C"), ("LANG", "en_US")])),
            "en"
        );
        // A region Steady has no words for still gets the language: Austria, Belgium,
        // Mexico.
        assert_eq!(choose(None, env(&[("LANG", "de_AT.UTF-8")])), "de");
        assert_eq!(choose(None, env(&[("LANG", "nl_BE.UTF-8")])), "nl");
        assert_eq!(choose(None, env(&[("LC_ALL", "es_MX.UTF-8")])), "es");
        assert_eq!(choose(None, env(&[("LANG", "fr_CH.UTF-8")])), "fr");
        // The person's choice outranks the system; the override outranks both.
        assert_eq!(choose(Some("nl"), env(&[("LANG", "de_DE.UTF-8")])), "nl");
        assert_eq!(
            choose(Some("nl"), env(&[("STEADY_LANG", "fr"), ("LANG", "de_DE")])),
            "fr"
        );
        // A choice Steady no longer has falls through to the system.
        assert_eq!(choose(Some("xx"), env(&[("LANG", "es_ES.UTF-8")])), "es");
    }

    #[test]
    fn a_refused_input_is_worded_with_its_arguments() {
        use crate::error::TextKind;
        let en = Words::new(FALLBACK);
        assert_eq!(
            en.invalid(&Reason::SessionLength),
            "A session lasts 1, 3, 5 or 10 minutes, or until you stop it."
        );
        assert_eq!(
            en.invalid(&Reason::TooLong {
                what: TextKind::Name,
                max: 80,
                n: 81
            }),
            "The name can be up to 80 characters; this one is 81 characters. Nothing has been changed."
        );
    }

    #[test]
    fn the_first_paint_has_home_worded_and_leaves_messages_with_arguments_to_the_page() {
        let en = Words::new(FALLBACK).first_paint();
        assert_eq!(
            en.get("home-title").map(String::as_str),
            Some("You are here. Take your time.")
        );
        assert_eq!(
            en.get("app-brand.aria-label").map(String::as_str),
            Some("Steady, home")
        );
        // `{ $scale } You can skip this.`: formatted by the page, with its argument.
        assert!(!en.contains_key("app-rating-help"));
        // Nothing from other screens' files.
        assert!(!en.keys().any(|k| k.starts_with("breathe-")));
        // Another language's own words, and the pseudo-locale's marks.
        let de = Words::new("de").first_paint();
        assert_ne!(de.get("home-title"), en.get("home-title"));
        let marked = Words::new(PSEUDO).first_paint();
        assert!(marked
            .values()
            .all(|v| !v.bytes().any(|b| b.is_ascii_alphabetic())));
    }

    #[test]
    fn the_pseudo_locale_marks_every_letter_and_keeps_the_rest() {
        // The same look-alikes as the page (ui/lib/words.js).
        assert_eq!(pseudo("Breathe in, 4 Me"), "Ƀŕéáţĥé íñ, 4 Ɱé");
        assert!(!pseudo("The quick brown fox jumps over the lazy dog")
            .bytes()
            .any(|b| b.is_ascii_alphabetic()));
        let w = Words::new(PSEUDO);
        let page = for_page(PSEUDO, Part::FirstScreen);
        assert!(page.pseudo && !page.resources.is_empty());
        // Every file goes to the page, once: the first screen's part or the rest.
        let rest = for_page("en", Part::Rest).resources.len();
        assert_eq!(page.resources.len(), FIRST_SCREEN.len());
        assert_eq!(
            page.resources.len() + rest,
            files("en").unwrap_or_default().len()
        );
        let en = Words::new("en");
        let id = "app-name";
        if en.has(id) {
            assert_eq!(w.get(id, &[]), pseudo(&en.get(id, &[])));
        }
    }
}
