//! The person's preferences: how Steady looks and sounds, and which country's help to show.

pub mod state;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{InvalidInput, Reason};
use crate::store::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system's light or dark preference.
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Motion {
    /// Follow the system's reduced-motion preference.
    #[default]
    System,
    /// No scaling or sliding, whatever the system says.
    Reduce,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    pub text_size: TextSize,
    pub motion: Motion,
    /// Sound cues on or off.
    pub sound: bool,
    /// 0 to 100.
    pub volume: u8,
    /// ISO 3166-1 alpha-2 code the person chose; `None` means "guess from the system".
    pub country: Option<String>,
    /// The language the person chose (`de`); `None` follows the system's.
    pub language: Option<String>,
    /// Closing the window keeps Steady in the tray, ready to reopen at once.
    pub close_to_tray: bool,
    /// The person has been told, once, what closing to the tray means.
    pub tray_explained: bool,
    /// The system-wide key to breathing; `None` is off.
    pub shortcut: Option<String>,
    /// Single letters (B, G, U, P, W, H, S) open screens. Off, only F1, Escape, Space and
    /// modified keys act, so stray typing can never leave a screen (WCAG 2.1.4).
    pub single_keys: bool,
    /// Keep a note in "what helped" after a session without asking each time. Off by
    /// default: nothing is logged unless the person says so.
    pub keep_helped: bool,
    /// The breathing pattern and length used last, so B starts the same again at once.
    pub last_breath: Option<LastBreath>,
    /// With protection on, lock after this many minutes without a key or a click
    /// (one of `LOCK_AFTER_CHOICES`; 0 is never).
    pub lock_after_minutes: u32,
    /// The window and the tray say "Notes" instead of naming Steady, so a glance at the
    /// taskbar does not tell what it is.
    pub discreet: bool,
    /// What brings the person to Steady, once they have answered or skipped the question
    /// (`None`: not asked yet). Changes only the order and words of home's tools.
    pub brings: Option<crate::paths::Brings>,
    /// Fields written by a newer minor version: kept so a save does not drop them.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The idle times, in minutes, after which Steady can lock itself (0: never).
pub const LOCK_AFTER_CHOICES: [u32; 6] = [0, 5, 10, 15, 30, 60];

/// A breathing choice: a pattern id and a length (`None`: until stopped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastBreath {
    pub pattern: String,
    #[serde(default)]
    pub minutes: Option<u32>,
}

impl Default for LastBreath {
    /// The first time: even breathing, three minutes.
    fn default() -> Self {
        LastBreath {
            pattern: crate::breathing::DEFAULT_PATTERN.to_string(),
            minutes: Some(3),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            text_size: TextSize::Normal,
            motion: Motion::System,
            sound: true,
            volume: 60,
            country: None,
            language: None,
            close_to_tray: true,
            tray_explained: false,
            shortcut: Some(crate::launch::shortcut::DEFAULT.to_string()),
            single_keys: true,
            keep_helped: false,
            last_breath: None,
            lock_after_minutes: 10,
            discreet: false,
            brings: None,
            extra: Map::new(),
        }
    }
}

impl Settings {
    /// The volume the cues play at: silent when sound is off.
    pub fn cue_volume(&self) -> u8 {
        if self.sound {
            self.volume
        } else {
            0
        }
    }

    /// Whether a session's cues play: sound is on and the output is ready to play now.
    /// (A session never waits for a sound card; a late one joins the next session.)
    pub fn cues_play(&self, output_ready: bool) -> bool {
        self.sound && output_ready
    }
}

impl Document for Settings {
    const NAME: &'static str = "settings";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 256 * 1024;

    /// A setting the page could not have sent (volume 255, a country that does not exist,
    /// a shortcut of "q") goes back to its default; the rest are kept.
    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        let mut reset = Vec::new();
        while let Err(e) = self.clone().validated() {
            let d = Settings::default();
            match e.field {
                "volume" => self.volume = d.volume,
                "country" => self.country = d.country,
                "language" => self.language = d.language,
                "shortcut" => self.shortcut = d.shortcut,
                "last_breath" => self.last_breath = d.last_breath,
                "lock_after_minutes" => self.lock_after_minutes = d.lock_after_minutes,
                _ => return Err(e),
            }
            reset.push(e.field);
        }
        if let Ok(tidy) = self.clone().validated() {
            *self = tidy;
        }
        Ok((!reset.is_empty()).then(|| {
            format!(
                "some settings could not be used ({}) and are back to how Steady starts",
                reset.join(", ")
            )
        }))
    }
}

impl Settings {
    /// Checks values a type alone cannot; returns the settings with the country upper-cased.
    pub fn validated(mut self) -> Result<Self, InvalidInput> {
        if self.volume > 100 {
            let (min, max) = (0, 100);
            return Err(InvalidInput::new(
                "volume",
                Reason::VolumeRange { min, max },
            ));
        }
        if let Some(c) = &self.country {
            let c = c.trim().to_ascii_uppercase();
            // ZZ is the person's own answer, "my country is not listed".
            if c != crate::help::NOT_LISTED && !crate::help::countries::exists(&c) {
                return Err(InvalidInput::new("country", Reason::UnknownCountry));
            }
            self.country = Some(c);
        }
        if let Some(l) = &self.language {
            let l = l.trim().to_ascii_lowercase();
            if !crate::words::languages().contains(&l.as_str()) {
                return Err(InvalidInput::new("language", Reason::UnknownLanguage));
            }
            self.language = Some(l);
        }
        if let Some(k) = &self.shortcut {
            self.shortcut = Some(crate::launch::shortcut::normalise(k)?);
        }
        if !LOCK_AFTER_CHOICES.contains(&self.lock_after_minutes) {
            return Err(InvalidInput::new("lock_after_minutes", Reason::LockAfter));
        }
        if let Some(b) = &self.last_breath {
            crate::breathing::Length::from_minutes(b.minutes)
                .map_err(|e| InvalidInput::new("last_breath", e.reason))?;
        }
        Ok(self)
    }
}

/// The language chosen in Settings, read without opening Steady: for what the terminal
/// says (`--help`, a refused command line), which runs while another Steady may hold the
/// folder. Any trouble (no file, a damaged, foreign or newer one) is `None`, the system's
/// language; the file is only read, never set aside or changed.
pub fn chosen_language(data_dir: &std::path::Path) -> Option<String> {
    crate::store::peek::<Settings>(data_dir)?.language
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{decode_document, encode};

    #[test]
    fn round_trip_keeps_everything_including_unknown_fields() {
        let bytes = br#"{"version":1,"theme":"dark","text_size":"larger","sound":false,
            "volume":30,"country":"IE","lock_screen":{"after_minutes":5}}"#;
        let s: Settings = decode_document(bytes).unwrap().unwrap();
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.text_size, TextSize::Larger);
        assert!(!s.sound);
        assert_eq!(s.volume, 30);
        assert_eq!(s.country.as_deref(), Some("IE"));
        let again: Settings = decode_document(&encode(&s).unwrap()).unwrap().unwrap();
        assert_eq!(again, s);
        assert!(again.extra.contains_key("lock_screen"));
    }

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = decode_document(br#"{"version":1,"volume":10}"#)
            .unwrap()
            .unwrap();
        assert_eq!(s.volume, 10);
        assert_eq!(s.theme, Theme::System);
        assert!(s.sound);
    }

    #[test]
    fn bad_values_are_refused_whole() {
        for bad in [
            &br#"{"version":1,"theme":"neon"}"#[..],
            br#"{"version":1,"volume":5000}"#,
            br#"{"version":1,"sound":"yes"}"#,
        ] {
            assert!(decode_document::<Settings>(bad).is_err());
        }
    }

    #[test]
    fn settings_from_disk_meet_the_same_rules_as_the_page() {
        use crate::store::Document;
        let bytes = br#"{"version":1,"volume":255,"country":"QQ","shortcut":"q","theme":"dark"}"#;
        let mut s: Settings = decode_document(bytes).unwrap().unwrap();
        let what = s.check_loaded().unwrap().unwrap();
        assert!(what.contains("volume") && what.contains("country") && what.contains("shortcut"));
        let d = Settings::default();
        assert_eq!(
            (s.volume, &s.country, &s.shortcut),
            (d.volume, &d.country, &d.shortcut)
        );
        assert_eq!(s.theme, Theme::Dark, "good settings are kept");
        let mut fine: Settings = decode_document(br#"{"version":1,"country":"ie"}"#)
            .unwrap()
            .unwrap();
        assert_eq!(fine.check_loaded().unwrap(), None);
        assert_eq!(fine.country.as_deref(), Some("IE"));
    }

    #[test]
    fn validation() {
        let ok = Settings {
            country: Some(" gb ".into()),
            ..Settings::default()
        };
        assert_eq!(ok.validated().unwrap().country.as_deref(), Some("GB"));
        let loud = Settings {
            volume: 101,
            ..Settings::default()
        };
        assert_eq!(
            loud.validated().unwrap_err(),
            InvalidInput::new("volume", Reason::VolumeRange { min: 0, max: 100 })
        );
        let odd = Settings {
            country: Some("Ü1".into()),
            ..Settings::default()
        };
        assert_eq!(
            odd.validated().unwrap_err(),
            InvalidInput::new("country", Reason::UnknownCountry)
        );
    }
}

#[cfg(test)]
mod sound_rules {
    use super::Settings;

    #[test]
    fn cues_are_silent_when_sound_is_off_and_never_wait_for_a_card() {
        let on = Settings::default();
        assert_eq!(on.cue_volume(), on.volume);
        assert!(on.cues_play(true));
        assert!(
            !on.cues_play(false),
            "no output ready: the session goes on silent"
        );
        let off = Settings {
            sound: false,
            ..Settings::default()
        };
        assert_eq!(off.cue_volume(), 0);
        assert!(!off.cues_play(true));
    }
}

#[cfg(test)]
mod chosen_language_from_the_terminal {
    use super::chosen_language;
    use std::fs;

    #[test]
    fn the_choice_is_read_and_anything_odd_is_the_system_s_language() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.json");
        assert_eq!(chosen_language(dir.path()), None, "no file");
        fs::write(&file, r#"{"version":1,"language":"nl"}"#).unwrap();
        assert_eq!(chosen_language(dir.path()).as_deref(), Some("nl"));
        for odd in [
            r#"{"version":1,"language":"xx-not-a-language"}"#,
            r#"{"version":99,"language":"de"}"#,
            r#"{"language":"de"}"#,
            "{\"version\":1,\"language\":\"de\"",
            "\u{0}\u{1}not json",
        ] {
            fs::write(&file, odd).unwrap();
            assert_eq!(chosen_language(dir.path()), None, "{odd:?}");
            // Only read: nothing set aside, nothing changed.
            assert_eq!(fs::read_to_string(&file).unwrap(), odd);
            assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        }
    }
}
