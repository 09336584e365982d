//! Steady while it runs: the data folder and its lock, and the features, composed. Each
//! feature (settings, breathing, plan, grounding, helped, help) owns its files and rules;
//! this only opens them together and joins the few things that cross between them.

mod first_paint;
mod folder;
mod notice;
mod protection;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;

pub use first_paint::FirstPaint;
pub use notice::Notice;

use crate::breathing::state::Breathing;
use crate::breathing::Length;
use crate::content::Content;
use crate::error::{ActionError, RouteRefused, StartError};
use crate::grounding::state::Grounding;
use crate::help::state::Help;
use crate::help::HelpView;
use crate::helped::state::Helped;
use crate::launch::command_line::Route;
use crate::own_lists::state::Lists;
use crate::plan::state::PlanState;
use crate::settings::state::SettingsState;
use crate::store::create_private_dir;
use crate::store::private::{Opening, Private};
use crate::store::slot::{lock, Slot};
use crate::store::Document;
use crate::vault::file::VaultFile;
use crate::vault::{Status, Vault};

pub struct Steady {
    data_dir: PathBuf,
    read_only: bool,
    /// The language of the words (see `words::choose`): from start, and again whenever
    /// the person changes it in Settings.
    lang: std::sync::RwLock<String>,
    /// The shell's words in that language, built on first use (the tray, a message): not
    /// on the way to the first screen.
    words: Mutex<Option<std::sync::Arc<crate::words::Words>>>,
    notices: Mutex<Vec<Notice>>,
    pub settings: SettingsState,
    pub breathing: Breathing,
    pub plan: PlanState,
    pub grounding: Grounding,
    pub helped: Helped,
    /// The person's own lists: true sentences, for my next session, moments.
    pub lists: Lists,
    pub help: Help,
    /// Protection at rest: whether it is on, and the data key while unlocked.
    pub vault: Vault,
    /// Held for the life of the process: one Steady per data folder. `None` in a
    /// read-only folder, where nobody can write and no lock file can be made.
    _instance: Option<File>,
}

/// What the settings screen shows about where things are kept.
#[derive(Debug, Clone, Serialize)]
pub struct AppInfo {
    pub version: &'static str,
    pub data_dir: String,
    /// The language the system's locale asks for, which "the system's language" means.
    pub system_language: String,
}

impl Steady {
    /// Opens (creating if needed) the data folder, takes the instance lock and loads every
    /// feature's files. Only a missing or unusable folder, another running Steady, or
    /// damaged built-in content fail.
    pub fn open(data_dir: &Path, system_country: Option<String>) -> Result<Steady, StartError> {
        // English content first: it is the fallback of every language, so damage there
        // is the one content failure that stops the start.
        let content = Content::in_language(crate::words::FALLBACK)?;
        let tightened = create_private_dir(data_dir).map_err(|source| StartError::DataDir {
            dir: data_dir.to_path_buf(),
            source,
        })?;
        let instance = folder::take_instance_lock(data_dir)?;
        let read_only = instance.is_none() || !folder::can_write(data_dir);
        let mut notices = Vec::new();
        if read_only {
            notices.push(Notice::ReadOnly);
        }
        if tightened {
            notices.push(Notice::FolderTightened);
        }
        let settings: Slot<crate::settings::Settings> =
            open_slot(data_dir, read_only, &mut notices)?;
        let lang = crate::words::choose(settings.current.language.as_deref(), |k| {
            std::env::var(k).ok()
        });
        crate::content::use_language(&lang);
        let (vault, notice) = Vault::open(data_dir, read_only)?;
        notices.extend(notice.and_then(Notice::from_load::<VaultFile>));
        // With protection on, what the person wrote stays closed until they unlock.
        let protected = vault.status() != Status::Off;
        let patterns = open_private(data_dir, read_only, protected, &mut notices)?;
        let helped = open_private(data_dir, read_only, protected, &mut notices)?;
        let plan = open_private(data_dir, read_only, protected, &mut notices)?;
        let grounding = open_private(data_dir, read_only, protected, &mut notices)?;
        let lists = open_private(data_dir, read_only, protected, &mut notices)?;
        Ok(Steady {
            data_dir: data_dir.to_path_buf(),
            read_only,
            words: Mutex::new(None),
            lang: std::sync::RwLock::new(lang),
            notices: Mutex::new(notices),
            settings: SettingsState::new(settings),
            breathing: Breathing::new(content, patterns),
            plan: PlanState::new(data_dir, plan, read_only),
            grounding: Grounding::new(content, grounding),
            helped: Helped::new(helped),
            lists: Lists::new(lists),
            help: Help::new(content, system_country),
            vault,
            _instance: instance,
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Opened in a folder Steady may not write to: everything reads, nothing saves.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION"),
            data_dir: self.data_dir.display().to_string(),
            system_language: crate::words::choose(None, |k| {
                std::env::var(k)
                    .ok()
                    .filter(|_| k != crate::words::LANG_ENV)
            }),
        }
    }

    /// The language Steady speaks now.
    pub fn lang(&self) -> String {
        self.lang.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The person chose a language in Settings (`None`: the system's): from now on
    /// everything is worded in it, the page once it asks for its words again. Returns
    /// the language now spoken.
    pub fn set_language(&self, chosen: Option<String>) -> Result<String, ActionError> {
        let mut s = self.settings.get();
        s.language = chosen;
        let saved = self.settings.save(s)?;
        let lang = crate::words::choose(saved.language.as_deref(), |k| std::env::var(k).ok());
        crate::content::use_language(&lang);
        *self.lang.write().unwrap_or_else(|e| e.into_inner()) = lang.clone();
        *lock(&self.words) = None;
        Ok(lang)
    }

    /// The catalogue for the page, in the language spoken now: the first screen's part,
    /// or the rest.
    pub fn page_words(&self, part: crate::words::Part) -> crate::words::PageWords {
        crate::words::for_page(&self.lang(), part)
    }

    /// "A reminder hit me", with the person's own words for its "this is now" step.
    pub fn reminder_view(&self) -> crate::paths::ReminderView {
        let grounding = self.grounding.view();
        let sentences = self.lists.list(crate::own_lists::ListName::TrueSentences);
        let locked = grounding.locked || sentences.is_err();
        crate::paths::ReminderView {
            steps: Content::shared()
                .map(|c| c.reminder.clone())
                .unwrap_or_default(),
            statements: grounding.statements,
            true_sentences: sentences
                .unwrap_or_default()
                .into_iter()
                .map(|e| e.text)
                .collect(),
            locked,
        }
    }

    /// The shell's words (tray, messages), in the language spoken now.
    pub fn words(&self) -> std::sync::Arc<crate::words::Words> {
        lock(&self.words)
            .get_or_insert_with(|| std::sync::Arc::new(crate::words::Words::new(&self.lang())))
            .clone()
    }

    /// Notices gathered at start, in order. Taking them clears them: each is shown once.
    pub fn take_notices(&self) -> Vec<Notice> {
        std::mem::take(&mut *lock(&self.notices))
    }

    /// A launch's route with its pattern turned into the pattern's id. A refusal is in
    /// words for the terminal that asked.
    pub fn resolve_route(&self, mut route: Route) -> Result<Route, RouteRefused> {
        Length::from_minutes(route.minutes)?;
        if let Some(p) = &route.pattern {
            let found = self
                .breathing
                .find(p)
                .map_err(|_| RouteRefused::NoSuchPattern {
                    wanted: p.trim().to_string(),
                    choices: self.breathing.command_line_names(),
                })?;
            route.pattern = Some(found.id);
        }
        Ok(route)
    }

    /// Everything "Get help now" shows: the directory joined with the person's country
    /// and their own people from the plan (or, while locked, word that they are behind
    /// the lock: the crisis lines never are).
    pub fn help_view(&self) -> HelpView {
        self.help
            .view(&self.settings.get(), self.plan.get().ok().as_ref())
    }
}

fn open_private<D: Document + Clone>(
    dir: &Path,
    read_only: bool,
    protected: bool,
    notices: &mut Vec<Notice>,
) -> Result<Private<D>, StartError> {
    let how = if protected {
        Opening::Locked
    } else {
        Opening::Plain
    };
    let (private, notice) = Private::open(dir, read_only, how)?;
    notices.extend(notice.and_then(Notice::from_load::<D>));
    Ok(private)
}

fn open_slot<D: Document + Clone>(
    dir: &Path,
    read_only: bool,
    notices: &mut Vec<Notice>,
) -> Result<Slot<D>, StartError> {
    let (slot, notice) = Slot::open(dir, read_only)?;
    notices.extend(notice.and_then(Notice::from_load::<D>));
    Ok(slot)
}
