//! Steady's state while it runs: the data folder, the instance lock, the settings and what
//! the person should be told about them. The Tauri shell only translates calls into this.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use serde::Serialize;

use crate::breathing::{Length, OwnPatternInput, OwnPatterns, Pattern, Schedule};
use crate::command_line::Route;
use crate::directory::Directory;
use crate::error::{InvalidInput, StartError, StoreError};
use crate::grounding::{Shaping, Step};
use crate::helped::{Entry, HelpedLog, NewEntry};
use crate::history::{History, Version};
use crate::plan::{Item, ItemInput, Plan, Section};
use crate::settings::{LastBreath, Settings};
use crate::store::{
    create_private_dir, is_read_only, open_lock_file, DocFile, Document, LoadNotice,
};
use crate::store::{decode_document, encode};

/// Something the person should know, shown once in the window (or on stderr).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Notice {
    pub code: &'static str,
    pub message: String,
}

impl Notice {
    fn from_load<D: Document>(notice: LoadNotice, path: &Path) -> Notice {
        let label = D::LABEL;
        match notice {
            LoadNotice::SetAside { kept_as, reason } => Notice {
                code: "set_aside",
                message: format!(
                    "Steady could not read {label} ({reason}). The file is kept, unchanged, as {} in Steady's folder (shown in Settings), and Steady is using the defaults for now. Everything else works as before.",
                    kept_as.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                ),
            },
            LoadNotice::LeftAlone { reason } => Notice {
                code: "left_alone",
                message: format!(
                    "Steady could not use {label} ({}): {reason}. The file has been left exactly as it is, and changes made now will not be saved. Everything else works as before.",
                    path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                ),
            },
            LoadNotice::Newer { found } => Notice {
                code: "newer_version",
                message: format!(
                    "{} was saved by a newer version of Steady (format {found}). It has been left exactly as it is, and Steady is using the defaults without saving. Update Steady to use it.",
                    capitalise(label)
                ),
            },
            LoadNotice::Repaired { what } => Notice {
                code: "repaired",
                message: format!("When Steady opened {label}, it found something to mend: {what}. Nothing was lost."),
            },
            // Said once for the whole folder, not per file.
            LoadNotice::ReadOnly => Notice {
                code: "read_only",
                message: String::new(),
            },
        }
    }
}

/// One document: its file and what it holds now. Changes go through `update`, which saves
/// before anything in memory changes, so memory never claims what the disk does not hold.
struct Slot<D: Document + Clone> {
    file: DocFile<D>,
    current: D,
}

impl<D: Document + Clone> Slot<D> {
    fn open(dir: &Path, read_only: bool, notices: &mut Vec<Notice>) -> Result<Slot<D>, StartError> {
        let mut file = match DocFile::<D>::open(dir) {
            Ok(f) => f,
            Err(StoreError::Locked { .. }) => {
                return Err(StartError::AlreadyRunning {
                    dir: dir.to_path_buf(),
                })
            }
            Err(e) => return Err(e.into()),
        };
        if read_only {
            file.mark_read_only();
        }
        let (current, notice) = file.load();
        notices.extend(
            notice
                .map(|n| Notice::from_load::<D>(n, file.path()))
                .filter(|n| n.code != "read_only"),
        );
        Ok(Slot { file, current })
    }

    fn update<T>(
        &mut self,
        change: impl FnOnce(&mut D) -> Result<T, InvalidInput>,
    ) -> Result<T, ActionError> {
        let mut next = self.current.clone();
        let out = change(&mut next)?;
        self.file.save(&next)?;
        self.current = next;
        Ok(out)
    }
}

pub struct Steady {
    data_dir: PathBuf,
    directory: Directory,
    system_country: Option<String>,
    built_in_patterns: Vec<Pattern>,
    settings: Mutex<Slot<Settings>>,
    patterns: Mutex<Slot<OwnPatterns>>,
    helped: Mutex<Slot<HelpedLog>>,
    plan: Mutex<Slot<Plan>>,
    plan_history: History,
    grounding: Mutex<Slot<Shaping>>,
    built_in_grounding: Vec<Step>,
    /// Items deleted this session, newest last, so undo restores exactly what was removed
    /// (the page names only the id, never the item).
    deleted: Mutex<Vec<Deleted>>,
    read_only: bool,
    notices: Mutex<Vec<Notice>>,
    /// Held for the life of the process: one Steady per data folder. `None` in a
    /// read-only folder, where nobody can write and no lock file can be made.
    _instance: Option<File>,
}

struct Deleted {
    section: Section,
    item: Item,
    at: usize,
}

/// How many deletions undo can reach back to.
const UNDO_DEPTH: usize = 50;

/// What the settings screen shows about where things are kept.
#[derive(Debug, Clone, Serialize)]
pub struct AppInfo {
    pub version: &'static str,
    pub data_dir: String,
}

impl Steady {
    /// Opens (creating if needed) the data folder, takes the instance lock and loads the
    /// settings. Only a missing or unusable folder, or another running Steady, fail.
    pub fn open(
        data_dir: &Path,
        directory: Directory,
        system_country: Option<String>,
    ) -> Result<Steady, StartError> {
        let tightened = create_private_dir(data_dir).map_err(|source| StartError::DataDir {
            dir: data_dir.to_path_buf(),
            source,
        })?;
        let instance = take_instance_lock(data_dir)?;
        let read_only = instance.is_none() || !can_write(data_dir);
        let built_in_patterns =
            crate::breathing::patterns::built_in().map_err(|e| StartError::DataDir {
                dir: data_dir.to_path_buf(),
                source: std::io::Error::other(format!(
                    "the built-in breathing patterns are damaged: {e}"
                )),
            })?;
        let mut notices = Vec::new();
        if read_only {
            notices.push(Notice {
                code: "read_only",
                message: format!(
                    "Steady may not write in its folder ({}), so it has opened read-only: you can read your plan and use every exercise, but changes will not be saved. Check the folder's permissions or free the disk, then start Steady again.",
                    data_dir.display()
                ),
            });
        }
        if tightened {
            notices.push(Notice {
                code: "folder_tightened",
                message: format!(
                    "Other people on this computer could open Steady's folder ({}). Steady has changed it so only you can.",
                    data_dir.display()
                ),
            });
        }
        let settings = Slot::open(data_dir, read_only, &mut notices)?;
        let patterns = Slot::open(data_dir, read_only, &mut notices)?;
        let helped = Slot::open(data_dir, read_only, &mut notices)?;
        let plan = Slot::open(data_dir, read_only, &mut notices)?;
        let grounding = Slot::open(data_dir, read_only, &mut notices)?;
        // A damaged built-in script is a build fault the tests catch; if it ever
        // happens, the person's own steps still work and they are told.
        let built_in_grounding = crate::grounding::built_in().unwrap_or_else(|e| {
            notices.push(Notice {
                code: "grounding_damaged",
                message: format!("Steady's built-in grounding steps could not be read ({e}). Your own steps still work."),
            });
            Vec::new()
        });
        let plan_history = History::new(data_dir, "plan");
        if !read_only {
            plan_history.remove_stale_temps();
        }
        Ok(Steady {
            grounding: Mutex::new(grounding),
            built_in_grounding,
            plan: Mutex::new(plan),
            plan_history,
            data_dir: data_dir.to_path_buf(),
            directory,
            system_country,
            built_in_patterns,
            settings: Mutex::new(settings),
            patterns: Mutex::new(patterns),
            helped: Mutex::new(helped),
            deleted: Mutex::new(Vec::new()),
            read_only,
            notices: Mutex::new(notices),
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
        }
    }

    pub fn settings(&self) -> Settings {
        lock(&self.settings).current.clone()
    }

    /// Validates and saves. On failure nothing changes, in memory or on disk.
    pub fn save_settings(&self, new: Settings) -> Result<Settings, ActionError> {
        let new = new.validated()?;
        lock(&self.settings).update(|s| {
            *s = new.clone();
            Ok(new)
        })
    }

    // ---------------------------------------------------------------- breathing

    /// Built-in patterns (breath-free first), then the person's own.
    pub fn patterns(&self) -> Vec<Pattern> {
        let own = lock(&self.patterns).current.patterns.clone();
        self.built_in_patterns.iter().cloned().chain(own).collect()
    }

    /// A pattern by id or by name (any case), as typed on a command line.
    pub fn find_pattern(&self, wanted: &str) -> Result<Pattern, InvalidInput> {
        let wanted = wanted.trim();
        let all = self.patterns();
        let lower = wanted.to_lowercase();
        all.iter()
            .find(|p| p.id == wanted)
            .or_else(|| all.iter().find(|p| p.name.to_lowercase() == lower))
            .cloned()
            .ok_or_else(|| {
                let names: Vec<String> = all
                    .iter()
                    .map(|p| {
                        if p.own {
                            format!("\"{}\"", p.name)
                        } else {
                            p.id.clone()
                        }
                    })
                    .collect();
                InvalidInput {
                    field: "pattern",
                    message: format!(
                        "Steady has no breathing pattern called {wanted:?}. It has: {}.",
                        names.join(", ")
                    ),
                }
            })
    }

    /// A launch's route with its pattern turned into the pattern's id.
    pub fn resolve_route(&self, mut route: Route) -> Result<Route, InvalidInput> {
        Length::from_minutes(route.minutes)?;
        if let Some(p) = &route.pattern {
            route.pattern = Some(self.find_pattern(p)?.id);
        }
        Ok(route)
    }

    pub fn add_pattern(&self, input: &OwnPatternInput) -> Result<Pattern, ActionError> {
        lock(&self.patterns).update(|p| p.add(input))
    }

    pub fn update_pattern(
        &self,
        id: &str,
        input: &OwnPatternInput,
    ) -> Result<Pattern, ActionError> {
        lock(&self.patterns).update(|p| p.update(id, input))
    }

    pub fn delete_pattern(&self, id: &str) -> Result<Pattern, ActionError> {
        lock(&self.patterns).update(|p| p.delete(id))
    }

    /// The session's schedule; `minutes: None` runs until stopped.
    pub fn breathing_schedule(
        &self,
        pattern_id: &str,
        minutes: Option<u32>,
    ) -> Result<(Pattern, Schedule), ActionError> {
        let length = Length::from_minutes(minutes)?;
        let pattern = self
            .patterns()
            .into_iter()
            .find(|p| p.id == pattern_id)
            .ok_or_else(|| InvalidInput {
                field: "pattern",
                message: format!("There is no breathing pattern called {pattern_id:?}."),
            })?;
        let schedule = Schedule::new(&pattern, length);
        self.remember_breath(LastBreath {
            pattern: pattern.id.clone(),
            minutes,
        });
        Ok((pattern, schedule))
    }

    /// What B starts: the pattern and length used last, or even breathing for three
    /// minutes; a remembered pattern that has since been deleted falls back too.
    pub fn last_breath(&self) -> LastBreath {
        let last = self.settings().last_breath.unwrap_or_default();
        if self.patterns().iter().any(|p| p.id == last.pattern) {
            last
        } else {
            LastBreath::default()
        }
    }

    /// Kept quietly: a session never waits on, or fails for, this save (a read-only
    /// folder, a full disk); the next start then uses the older choice.
    fn remember_breath(&self, choice: LastBreath) {
        let mut s = self.settings();
        if s.last_breath.as_ref() != Some(&choice) {
            s.last_breath = Some(choice);
            let _ = self.save_settings(s);
        }
    }

    // ---------------------------------------------------------------- safety plan

    pub fn plan(&self) -> Plan {
        lock(&self.plan).current.clone()
    }

    /// Saves a change to the plan, then keeps the saved version in the history. A failed
    /// history write does not undo the save: the plan itself is safe on disk.
    fn change_plan<T>(
        &self,
        change: impl FnOnce(&mut Plan) -> Result<T, InvalidInput>,
    ) -> Result<T, ActionError> {
        let mut slot = lock(&self.plan);
        let out = slot.update(change)?;
        if let Ok(bytes) = encode(&slot.current) {
            let _ = self.plan_history.keep(&bytes);
        }
        Ok(out)
    }

    pub fn plan_add(
        &self,
        section: Section,
        input: &ItemInput,
        at: Option<usize>,
    ) -> Result<Item, ActionError> {
        self.change_plan(|p| p.add(section, input, at))
    }

    pub fn plan_edit(
        &self,
        section: Section,
        id: u64,
        input: &ItemInput,
    ) -> Result<Item, ActionError> {
        self.change_plan(|p| p.edit(section, id, input))
    }

    /// Deletes an item and remembers it for undo; returns it.
    pub fn plan_delete(&self, section: Section, id: u64) -> Result<Item, ActionError> {
        let (item, at) = self.change_plan(|p| p.delete(section, id))?;
        let mut deleted = lock(&self.deleted);
        deleted.push(Deleted {
            section,
            item: item.clone(),
            at,
        });
        let over = deleted.len().saturating_sub(UNDO_DEPTH);
        deleted.drain(..over);
        Ok(item)
    }

    /// Puts back an item deleted this session, as it was and where it was.
    pub fn plan_undo_delete(&self, section: Section, id: u64) -> Result<(), ActionError> {
        let mut deleted = lock(&self.deleted);
        let i = deleted
            .iter()
            .rposition(|d| d.section == section && d.item.id == id)
            .ok_or_else(|| InvalidInput {
                field: "id",
                message: "That item can no longer be brought back.".into(),
            })?;
        let d = &deleted[i];
        self.change_plan(|p| p.restore(d.section, d.item.clone(), d.at))?;
        deleted.remove(i);
        Ok(())
    }

    pub fn plan_reorder(&self, section: Section, id: u64, to: usize) -> Result<(), ActionError> {
        self.change_plan(|p| p.reorder(section, id, to))
    }

    pub fn plan_versions(&self) -> Vec<Version> {
        self.plan_history.list()
    }

    /// Deletes a plan kept when it was replaced (only the person ends a pin).
    pub fn plan_unpin(&self, id: &str) -> Result<(), ActionError> {
        self.plan_history.unpin(id).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ActionError::Invalid(InvalidInput {
                    field: "version",
                    message: "That kept plan is no longer there.".into(),
                })
            } else {
                ActionError::Store(StoreError::from_io(
                    "your safety plan",
                    self.plan_history_dir().as_path(),
                    e,
                ))
            }
        })
    }

    /// Reads and checks a plan from bytes (a kept version, or a file to import).
    pub fn parse_plan(bytes: &[u8]) -> Result<Plan, InvalidInput> {
        if bytes.len() as u64 > crate::plan::MAX_FILE_BYTES {
            return Err(InvalidInput {
                field: "file",
                message: "That file is larger than 1 MiB, far larger than any plan. Nothing has been changed.".into(),
            });
        }
        let mut plan = match decode_document::<Plan>(bytes) {
            Ok(Some(p)) => p,
            Ok(None) => return Err(InvalidInput {
                field: "file",
                message:
                    "That plan was saved by a newer version of Steady. Nothing has been changed."
                        .into(),
            }),
            Err(reason) => {
                return Err(InvalidInput {
                    field: "file",
                    message: format!(
                        "That is not a Steady safety plan: {reason}. Nothing has been changed."
                    ),
                })
            }
        };
        // Ids are mended as on load (every item kept); limits are checked as on input.
        plan.check_loaded().map_err(|message| InvalidInput {
            field: "file",
            message: format!("That plan cannot be used: {message} Nothing has been changed."),
        })?;
        Ok(plan)
    }

    pub fn plan_version(&self, id: &str) -> Result<Plan, ActionError> {
        let bytes = self.plan_history.read(id).map_err(|_| InvalidInput {
            field: "version",
            message: "That earlier version is no longer kept.".into(),
        })?;
        Ok(Self::parse_plan(&bytes)?)
    }

    /// Replaces the whole plan (restore or import). The plan being replaced is pinned in
    /// the history first, where rotation never reaches it.
    pub fn replace_plan(&self, new: Plan) -> Result<Plan, ActionError> {
        new.check()?;
        let mut slot = lock(&self.plan);
        if !slot.current.is_empty() {
            let bytes = encode(&slot.current).map_err(|e| InvalidInput {
                field: "plan",
                message: format!(
                    "Your current plan could not be kept aside ({e}); nothing was replaced."
                ),
            })?;
            self.plan_history.pin(&bytes).map_err(|e| {
                ActionError::Store(StoreError::from_io(
                    "your safety plan",
                    self.plan_history_dir().as_path(),
                    e,
                ))
            })?;
        }
        slot.update(|p| {
            *p = new.clone();
            Ok(())
        })?;
        if let Ok(bytes) = encode(&slot.current) {
            let _ = self.plan_history.keep(&bytes);
        }
        Ok(new)
    }

    fn plan_history_dir(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    // ---------------------------------------------------------------- grounding

    /// The steps to walk, and every step with whether it is hidden (for shaping).
    pub fn grounding(&self) -> GroundingView {
        let shaping = lock(&self.grounding).current.clone();
        GroundingView {
            walk: shaping.walk(&self.built_in_grounding),
            all: shaping
                .merged(&self.built_in_grounding)
                .into_iter()
                .map(|s| {
                    let hidden = shaping.hidden.contains(&s.id);
                    ShapedStep { step: s, hidden }
                })
                .collect(),
            statements: shaping.statements,
        }
    }

    pub fn shape_grounding(&self, change: GroundingChange) -> Result<GroundingView, ActionError> {
        let built_in = self.built_in_grounding.clone();
        lock(&self.grounding).update(|s| match change {
            GroundingChange::Add { text } => s.add_own(&text).map(|_| ()),
            GroundingChange::Edit { id, text } => s.edit_own(&id, &text),
            GroundingChange::Delete { id } => s.delete_own(&id),
            GroundingChange::Hide { id, hidden } => {
                s.set_hidden(&id, hidden);
                Ok(())
            }
            GroundingChange::Move { id, down } => s.nudge(&built_in, &id, down),
            GroundingChange::Statements { statements } => s.set_statements(&statements),
        })?;
        Ok(self.grounding())
    }

    // ---------------------------------------------------------------- what helped

    pub fn helped(&self) -> Vec<Entry> {
        lock(&self.helped).current.entries.clone()
    }

    pub fn add_helped(&self, entry: NewEntry) -> Result<Entry, ActionError> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        lock(&self.helped).update(|log| log.add(entry, now))
    }

    pub fn delete_helped(&self, id: u64) -> Result<(), ActionError> {
        lock(&self.helped).update(|log| {
            log.delete(id);
            Ok(())
        })
    }

    pub fn clear_helped(&self) -> Result<(), ActionError> {
        lock(&self.helped).update(|log| {
            log.clear();
            Ok(())
        })
    }

    /// Notices gathered at start, in order. Taking them clears them: each is shown once.
    pub fn take_notices(&self) -> Vec<Notice> {
        std::mem::take(&mut *lock(&self.notices))
    }

    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// Everything "Get help now" shows, in the order it shows it.
    pub fn help_view(&self) -> crate::help::HelpView {
        let chosen = self.settings().country;
        crate::help::view(
            &self.directory,
            &self.plan(),
            chosen.as_deref(),
            self.system_country.as_deref(),
        )
    }

    /// Sets (or, with `None`, forgets) the person's country for help.
    pub fn set_country(&self, code: Option<String>) -> Result<(), ActionError> {
        let mut s = self.settings();
        s.country = code;
        self.save_settings(s).map(|_| ())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ShapedStep {
    #[serde(flatten)]
    pub step: Step,
    pub hidden: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroundingView {
    pub walk: Vec<Step>,
    pub all: Vec<ShapedStep>,
    pub statements: Vec<String>,
}

/// One change the person makes to their grounding script.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum GroundingChange {
    Add { text: String },
    Edit { id: String, text: String },
    Delete { id: String },
    Hide { id: String, hidden: bool },
    Move { id: String, down: bool },
    Statements { statements: Vec<String> },
}

/// Why something the person asked for did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ActionError {
    pub fn code(&self) -> crate::error::Code {
        match self {
            ActionError::Invalid(_) => crate::error::Code::Invalid,
            ActionError::Store(e) => e.code(),
        }
    }
}

/// Whether a file can be made in `dir` (false on a read-only disk or folder).
fn can_write(dir: &Path) -> bool {
    let probe = dir.join(format!(".write-check-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(e) => !is_read_only(&e),
    }
}

/// The instance lock; `None` when the folder is read-only and has no lock file yet.
fn take_instance_lock(dir: &Path) -> Result<Option<File>, StartError> {
    let path = dir.join("steady.lock");
    let file = match open_lock_file(&path) {
        Ok(f) => f,
        Err(e) if is_read_only(&e) => return Ok(None),
        Err(source) => {
            return Err(StartError::DataDir {
                dir: dir.to_path_buf(),
                source,
            })
        }
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Err(StartError::AlreadyRunning {
            dir: dir.to_path_buf(),
        }),
        Err(TryLockError::Error(source)) => Err(StartError::DataDir {
            dir: dir.to_path_buf(),
            source,
        }),
    }
}

/// A panic while holding a lock must not take the person's settings down with it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
