//! Typed errors. Each has a stable `code` the page reacts to, and arguments as codes and
//! numbers; the words a person reads are the catalogue's (`assets/locales/<lang>/`):
//! `error-<code>`, and for a refused input `invalid-<reason>`. `Display` is English for
//! developers (logs, tests, a terminal), never shown on the page.

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::breathing::PhaseKind;
use crate::launch::command_line::as_typed;
use crate::words::Words;

/// Makes `Code` and the list of every code from one list, so the list cannot miss one.
macro_rules! codes {
    ($( $(#[$attr:meta])* $variant:ident ),+ $(,)?) => {
        /// Every error code the page can meet: the one list, so a code is never a loose
        /// string. Serialised in snake_case; the catalogue words it as `error-<code>`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Code {
            $( $(#[$attr])* $variant, )+
        }

        impl Code {
            /// Every code, in order: made with the enum, so none is missing.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];
        }
    };
}

codes! {
    /// Input the rules refuse; `reason` says which rule.
    Invalid,
    Locked,
    NewerVersion,
    KeptUnreadable,
    DiskFull,
    ReadOnly,
    Io,
    Encode,
    NoDataDir,
    DataDir,
    AlreadyRunning,
    /// No app on this computer takes tel: or sms: links.
    NoPhoneApp,
    /// Not available on this system (start at login off Linux).
    Unsupported,
    /// Something Steady ships is damaged.
    Damaged,
    /// A place the person chose cannot be written to.
    Path,
    /// The system's print dialog did not open.
    Print,
    /// The system-wide shortcut could not be set up (see `ShortcutTrouble`).
    ShortcutUnavailable,
    /// What was asked for is behind the lock: protection is on and Steady is locked.
    Protected,
    /// The passphrase or recovery code does not open the vault.
    WrongSecret,
    /// Too many wrong tries: unlocking waits (`seconds`), help never does.
    TryLater,
    /// Protection is already on (turning it on twice).
    ProtectionOn,
    /// Protection is off (locking, unlocking or changing what is not there).
    ProtectionOff,
}

impl Code {
    /// The code as the page gets it (`disk_full`): the catalogue's `error-<name>`.
    pub fn name(self) -> String {
        match serde_json::to_value(self) {
            Ok(Value::String(s)) => s,
            _ => format!("{self:?}"),
        }
    }
}

/// Which of Steady's files a store error is about: the document's `NAME` (`plan`,
/// `settings`, `patterns`, `grounding`, `helped`), or `history` for the plan's kept
/// versions. An id for the catalogue's `$doc`, never words.
pub type DocName = &'static str;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("Another copy of Steady is already using {}. Close it, or use that window.", .path.display())]
    Locked { path: PathBuf },

    #[error("The {doc} file was made by a newer version of Steady (format {found}; this version knows up to {supported}). It has been left exactly as it is.")]
    NewerVersion {
        doc: DocName,
        found: u64,
        supported: u64,
    },

    #[error("The {doc} file at {} is being kept as it is, so nothing in it is lost: {reason}. Changes made now are not saved.", .path.display())]
    KeptUnreadable {
        doc: DocName,
        path: PathBuf,
        reason: String,
    },

    #[error(
        "The disk is full, so the {doc} file could not be saved. The last saved copy is unchanged."
    )]
    DiskFull { doc: DocName },

    #[error("Steady is not allowed to write in {}, so the {doc} file could not be saved. The last saved copy is unchanged.", .dir.display())]
    ReadOnly { doc: DocName, dir: PathBuf },

    // The system's own words ("os error 21") stay in `source`, for the log.
    #[error("The {doc} file could not be saved: the system refused to write it. The last saved copy is unchanged.")]
    Io {
        doc: DocName,
        #[source]
        source: io::Error,
    },

    #[error("The {doc} file could not be prepared for saving ({reason}).")]
    Encode { doc: DocName, reason: String },
}

impl StoreError {
    pub fn from_io(doc: DocName, dir: &Path, e: io::Error) -> Self {
        use io::ErrorKind as K;
        match e.kind() {
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => StoreError::DiskFull { doc },
            K::PermissionDenied | K::ReadOnlyFilesystem => StoreError::ReadOnly {
                doc,
                dir: dir.to_path_buf(),
            },
            _ => StoreError::Io { doc, source: e },
        }
    }

    /// Which file it is about (`None` for the folder's lock).
    pub fn doc(&self) -> Option<DocName> {
        match self {
            StoreError::Locked { .. } => None,
            StoreError::NewerVersion { doc, .. }
            | StoreError::KeptUnreadable { doc, .. }
            | StoreError::DiskFull { doc }
            | StoreError::ReadOnly { doc, .. }
            | StoreError::Io { doc, .. }
            | StoreError::Encode { doc, .. } => Some(doc),
        }
    }

    /// What the log may say: the code and, for a system fault, its kind and number;
    /// never a path's contents or anything the person wrote.
    pub fn log_detail(&self) -> String {
        match self {
            StoreError::Io { doc, source } => format!(
                "{:?} saving {doc}: {:?} (os error {:?})",
                self.code(),
                source.kind(),
                source.raw_os_error()
            ),
            StoreError::DiskFull { doc }
            | StoreError::ReadOnly { doc, .. }
            | StoreError::NewerVersion { doc, .. }
            | StoreError::KeptUnreadable { doc, .. }
            | StoreError::Encode { doc, .. } => format!("{:?} saving {doc}", self.code()),
            StoreError::Locked { .. } => format!("{:?}", self.code()),
        }
    }

    pub fn code(&self) -> Code {
        match self {
            StoreError::Locked { .. } => Code::Locked,
            StoreError::NewerVersion { .. } => Code::NewerVersion,
            StoreError::KeptUnreadable { .. } => Code::KeptUnreadable,
            StoreError::DiskFull { .. } => Code::DiskFull,
            StoreError::ReadOnly { .. } => Code::ReadOnly,
            StoreError::Io { .. } => Code::Io,
            StoreError::Encode { .. } => Code::Encode,
        }
    }
}

/// Errors from starting Steady's core.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("Steady could not find a folder for its data: no home folder is known. Set STEADY_DATA_DIR to a folder Steady may use.")]
    NoDataDir,

    #[error("Steady could not use its data folder {} ({source}). Set STEADY_DATA_DIR to a folder Steady may write to.", .dir.display())]
    DataDir {
        dir: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("Steady is already open for this data folder ({}).", .dir.display())]
    AlreadyRunning { dir: PathBuf },

    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(transparent)]
    Content(#[from] crate::content::ContentError),
}

impl StartError {
    pub fn code(&self) -> Code {
        match self {
            StartError::NoDataDir => Code::NoDataDir,
            StartError::DataDir { .. } => Code::DataDir,
            StartError::AlreadyRunning { .. } => Code::AlreadyRunning,
            StartError::Store(e) => e.code(),
            StartError::Content(_) => Code::Damaged,
        }
    }

    /// Why, in the person's words: the catalogue's `error-<code>`, with which of Steady's
    /// files (`$doc`) where one is involved. The terminal shows this, never `Display`.
    pub fn words(&self, words: &Words) -> String {
        let id = format!("error-{}", self.code().name());
        match self {
            StartError::Store(e) => match e.doc() {
                Some(doc) => words.get(&id, &[("doc", doc.into())]),
                None => words.get(&id, &[]),
            },
            _ => words.get(&id, &[]),
        }
    }

    /// The folder or file it is about, where one is: for the terminal that started
    /// Steady, never the log or the page.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StartError::DataDir { dir, .. } | StartError::AlreadyRunning { dir } => Some(dir),
            StartError::Store(StoreError::Locked { path })
            | StartError::Store(StoreError::KeptUnreadable { path, .. }) => Some(path),
            StartError::Store(StoreError::ReadOnly { dir, .. }) => Some(dir),
            _ => None,
        }
    }

    /// What the log may say: the code and, for a system fault, its kind and number; never
    /// a path.
    pub fn log_detail(&self) -> String {
        match self {
            StartError::DataDir { source, .. } => format!(
                "{:?}: {:?} (os error {:?})",
                self.code(),
                source.kind(),
                source.raw_os_error()
            ),
            StartError::Store(e) => e.log_detail(),
            StartError::Content(e) => format!("{:?}: {e}", self.code()),
            StartError::NoDataDir | StartError::AlreadyRunning { .. } => {
                format!("{:?}", self.code())
            }
        }
    }
}

/// Why something the person asked for did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("That is behind the lock: unlock Steady first.")]
    Protected,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl ActionError {
    pub fn code(&self) -> Code {
        match self {
            ActionError::Invalid(_) => Code::Invalid,
            ActionError::Store(e) => e.code(),
            ActionError::Protected => Code::Protected,
            ActionError::Vault(e) => e.code(),
        }
    }
}

/// Why the vault did not do what was asked. Nothing here holds a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("That passphrase or recovery code does not open Steady.")]
    WrongSecret,
    #[error("Too many wrong tries; unlocking waits {seconds} s.")]
    TryLater { seconds: u64 },
    #[error("Protection is already on.")]
    AlreadyOn,
    #[error("Protection is off.")]
    Off,
}

impl VaultError {
    pub fn code(&self) -> Code {
        match self {
            VaultError::WrongSecret => Code::WrongSecret,
            VaultError::TryLater { .. } => Code::TryLater,
            VaultError::AlreadyOn => Code::ProtectionOn,
            VaultError::Off => Code::ProtectionOff,
        }
    }
}

/// A setting or other input the person (or a page) sent that Steady will not accept: the
/// input it is about, and the rule it breaks. Neither holds anything the person wrote.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("{reason}")]
pub struct InvalidInput {
    pub field: &'static str,
    pub reason: Reason,
}

impl InvalidInput {
    pub fn new(field: &'static str, reason: Reason) -> Self {
        InvalidInput { field, reason }
    }
}

/// Makes `Reason`, its names and one sample of each from one list, so neither the names
/// nor the samples can miss a reason. Each reason is `Variant = "wire_name"`, with its
/// arguments as `field: Type = sample`.
macro_rules! reasons {
    ($(
        $(#[$attr:meta])*
        $variant:ident = $name:literal $({ $($field:ident : $ty:ty = $sample:expr),+ $(,)? })?
    ),+ $(,)?) => {
        /// Every rule an input can break: one list for the whole app. On the wire it is
        /// `reason` (the name) and `args` (the fields, if any); the catalogue words it as
        /// `invalid-<name>` with those arguments. An argument is a number or a code, never
        /// anything the person typed. `Display` is for developers.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
        #[serde(tag = "reason", content = "args")]
        pub enum Reason {
            $(
                $(#[$attr])*
                #[serde(rename = $name)]
                $variant $({ $($field: $ty),+ })?,
            )+
        }

        impl Reason {
            /// The reason's name: `reason` on the wire, `invalid-<name>` in the catalogue.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Reason::$variant { .. } => $name, )+
                }
            }

            /// One of every reason, with sample arguments (for tests of the catalogue).
            pub fn every() -> Vec<Reason> {
                vec![ $( Reason::$variant $({ $($field: $sample),+ })?, )+ ]
            }
        }
    };
}

reasons! {
    /// A text longer than Steady keeps.
    #[error("{what:?} can be up to {max} characters; this one is {n}.")]
    TooLong = "too_long" { what: TextKind = TextKind::Text, max: usize = 2_000, n: usize = 2_001 },
    /// A text holding an invisible control character (a line break, for a name).
    #[error("{what:?} holds a control character that cannot be kept.")]
    ControlCharacter = "control_character" { what: TextKind = TextKind::Note },
    /// A text shorter than Steady takes (a passphrase).
    #[error("{what:?} needs at least {min} characters.")]
    TooShort = "too_short" { what: TextKind = TextKind::Passphrase, min: usize = 8 },
    /// Typed as a code, but it cannot be one (a recovery code of the wrong length).
    #[error("{what:?} is not a code Steady gives.")]
    NotACode = "not_a_code" { what: TextKind = TextKind::RecoveryCode },
    /// Something read from a file is not whole (a vault's keys).
    #[error("Part of it cannot be read.")]
    Unreadable = "unreadable",
    /// Nothing written where something is needed.
    #[error("{what:?} is empty.")]
    Empty = "empty" { what: TextKind = TextKind::Contact },
    /// A list already as long as Steady keeps: one more does not fit.
    #[error("{what:?} already holds {max}, as many as Steady keeps.")]
    Full = "full" { what: ListKind = ListKind::PlanSection, max: usize = 100 },
    /// A whole list (set at once, or read from a file) longer than Steady keeps.
    #[error("{what:?} holds {n}; Steady keeps up to {max}.")]
    TooMany = "too_many" { what: ListKind = ListKind::Statements, max: usize = 20, n: usize = 21 },
    /// What it is about is no longer there (deleted meanwhile, or never was).
    #[error("That {what:?} is no longer there.")]
    Gone = "gone" { what: ThingKind = ThingKind::PlanItem },
    /// Two items of a plan share an id, or an id is past the plan's last.
    #[error("Two items share an id, or an id is out of range.")]
    IdClash = "id_clash",
    /// A list has given every id there is.
    #[error("No more ids can be given in this list.")]
    NoMoreIds = "no_more_ids",
    /// An export format Steady does not write.
    #[error("No such export format.")]
    UnknownFormat = "unknown_format",
    /// The plan could not be turned into bytes (to export it, or to keep it aside).
    #[error("The plan could not be encoded.")]
    EncodeFailed = "encode_failed",
    /// A file offered as a plan is far larger than any plan.
    #[error("The file is larger than {max_mib} MiB.")]
    FileTooLarge = "file_too_large" { max_mib: u64 = 1 },
    /// A file offered as a plan was saved by a newer Steady.
    #[error("The plan was saved by a newer version of Steady.")]
    NewerPlan = "newer_plan",
    /// A file offered as a plan is a protected copy: it needs its passphrase.
    #[error("The file is protected; its passphrase opens it.")]
    ProtectedFile = "protected_file",
    /// A file offered as a plan is not one (not JSON, not Steady's, damaged).
    #[error("Not a Steady safety plan.")]
    NotAPlan = "not_a_plan",
    /// No breathing pattern has that id.
    #[error("Steady has no breathing pattern by that name.")]
    NoSuchPattern = "no_such_pattern",
    /// A session length other than those offered.
    #[error("A session lasts 1, 3, 5 or 10 minutes, or until you stop it.")]
    SessionLength = "session_length",
    /// A phase of a breath outside 0 to `max` seconds (or not a number).
    #[error("{phase:?} lasts from 0 to {max} seconds.")]
    PhaseRange = "phase_range" { phase: PhaseKind = PhaseKind::HoldIn, max: u32 = 20 },
    /// A phase not in half seconds.
    #[error("{phase:?} is not in half seconds.")]
    HalfSeconds = "half_seconds" { phase: PhaseKind = PhaseKind::Out },
    /// A pattern without a breath in or a breath out.
    #[error("A pattern needs a breath in and a breath out.")]
    NeedsInAndOut = "needs_in_and_out",
    /// An urge wave shorter or longer than offered.
    #[error("A wave lasts from {min} to {max} minutes.")]
    WaveLength = "wave_length" { min: u32 = 5, max: u32 = 30 },
    /// A volume past the top of the scale.
    #[error("Volume goes from {min} to {max}.")]
    VolumeRange = "volume_range" { min: u8 = 0, max: u8 = 100 },
    /// An idle time for locking other than those offered.
    #[error("Steady locks after 5, 10, 15, 30 or 60 minutes, or never.")]
    LockAfter = "lock_after",
    /// A country code Steady does not know.
    #[error("No such country.")]
    UnknownCountry = "unknown_country",
    /// A language Steady has no words in.
    #[error("No such language.")]
    UnknownLanguage = "unknown_language",
    /// A shortcut with no keys in it.
    #[error("The shortcut names no keys.")]
    ShortcutEmpty = "shortcut_empty",
    /// A shortcut with a part before its key that is not Ctrl, Alt, Shift or Super.
    #[error("The shortcut holds something that is not a modifier key.")]
    ShortcutNotAModifier = "shortcut_not_a_modifier",
    /// A shortcut without Ctrl, Alt or Super, which would take over ordinary typing.
    #[error("The shortcut needs Ctrl, Alt or Super.")]
    ShortcutNeedsModifier = "shortcut_needs_modifier",
    /// A shortcut whose last key is not one letter, digit or F1 to F12.
    #[error("The shortcut does not end with one letter, digit or function key.")]
    ShortcutLastKey = "shortcut_last_key",
    /// A "what helped" entry for a tool Steady does not have.
    #[error("No such tool.")]
    NoSuchTool = "no_such_tool",
    /// A rating of how the person feels outside the scale.
    #[error("A rating goes from {min} to {max}.")]
    RatingRange = "rating_range" { min: u8 = 0, max: u8 = 10 },
    /// A "what helped" note from a file that is too long or holds a control character.
    #[error("A note is longer than Steady keeps, or holds a control character.")]
    BadDetail = "bad_detail",
    /// A contact action other than a call or a text.
    #[error("Only a call or a text can be started.")]
    CallOrText = "call_or_text",
    /// A number holding more than digits, spaces, `+-().`.
    #[error("That does not look like a phone number.")]
    NotAPhoneNumber = "not_a_phone_number",
    /// A number with too few or too many digits.
    #[error("A phone number has between {min} and {max} digits.")]
    PhoneDigits = "phone_digits" { min: usize = 2, max: usize = 15 },
}

impl Reason {
    /// The arguments as the page gets them (`args`): a JSON object, empty for a reason
    /// without any.
    pub fn args(&self) -> Map<String, Value> {
        match serde_json::to_value(self) {
            Ok(Value::Object(mut wire)) => match wire.remove("args") {
                Some(Value::Object(args)) => args,
                _ => Map::new(),
            },
            _ => Map::new(),
        }
    }
}

/// Which text an input rule is about (`what` in `too_long`, `control_character`, `empty`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextKind {
    /// A plan item's text.
    Text,
    /// A contact's name.
    Name,
    /// A contact's number.
    Phone,
    /// A contact's hours.
    Hours,
    /// A contact's note.
    Note,
    /// A contact as a whole: a name or a number.
    Contact,
    /// A grounding step of the person's own.
    Step,
    /// A "this is now" statement.
    Statement,
    /// The name of the person's own breathing pattern.
    PatternName,
    /// The passphrase that protects what the person wrote.
    Passphrase,
    /// The recovery code that opens Steady when the passphrase is forgotten.
    RecoveryCode,
}

/// Which list a limit is about (`what` in `full`, `too_many`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    /// One section of the safety plan.
    PlanSection,
    /// Grounding steps of the person's own.
    OwnSteps,
    /// Breathing patterns of the person's own.
    OwnPatterns,
    /// "This is now" statements.
    Statements,
    /// The "what helped" notes.
    Helped,
    /// One of the person's own lists (true sentences, for my next session, moments).
    OwnList,
}

/// What is no longer there (`what` in `gone`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThingKind {
    /// An item of the plan.
    PlanItem,
    /// An item deleted this session, to bring back.
    DeletedItem,
    /// A plan kept aside when it was replaced.
    KeptPlan,
    /// An earlier version of the plan.
    Version,
    /// A grounding step.
    Step,
    /// A breathing pattern of the person's own.
    Pattern,
    /// An entry of one of the person's own lists.
    ListEntry,
}

/// Why the system-wide shortcut was not set up, for the page (`shortcut_unavailable` with
/// `reason`). The shortcut's own code decides which one applies and builds the error with
/// it; the system's words go to the log, never to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShortcutTrouble {
    /// Another program holds that combination.
    Taken,
    /// The desktop (Wayland) does not let an app set a key that works everywhere.
    Wayland,
    /// Global shortcuts are not available in this build or on this system.
    NoPlugin,
    /// The system refused it for another reason.
    NotRegistered,
}

/// A launch's route Steady cannot open, in English words for the terminal that asked: the
/// command line's words, with what was typed there and what there is. They go to that
/// terminal only (directly, or back through the hand-off), never to the log or the page.
#[derive(Debug, thiserror::Error)]
pub enum RouteRefused {
    #[error("Steady has no breathing pattern called {wanted:?}. It has: {}.", .choices.join(", "))]
    NoSuchPattern {
        wanted: String,
        /// Built-in patterns by id, the person's own by name in quotes.
        choices: Vec<String>,
    },
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
}

impl RouteRefused {
    /// The refusal in the person's words (`cli-no-such-pattern`, or the refused input's
    /// `invalid-<reason>`). `Display` is English for developers.
    pub fn words(&self, words: &Words) -> String {
        match self {
            RouteRefused::NoSuchPattern { wanted, choices } => words.get(
                "cli-no-such-pattern",
                &[
                    ("wanted", as_typed(wanted).into()),
                    ("choices", choices.join(", ").into()),
                ],
            ),
            RouteRefused::Invalid(e) => words.invalid(&e.reason),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_listed_once_under_its_wire_name() {
        let every = Reason::every();
        let mut names: Vec<&str> = every.iter().map(Reason::name).collect();
        for r in &every {
            let wire = serde_json::to_value(r).unwrap();
            assert_eq!(wire["reason"], r.name(), "{r:?}");
            assert!(
                r.name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}",
                r.name()
            );
            // Arguments are numbers and codes only.
            for (k, v) in r.args() {
                assert!(v.is_u64() || v.is_string(), "{}: {k} = {v}", r.name());
            }
        }
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "a name is used twice");
    }

    #[test]
    fn a_start_error_is_worded_by_its_code_and_never_by_its_display() {
        let en = Words::new(crate::words::FALLBACK);
        let e = StartError::DataDir {
            dir: PathBuf::from("/nowhere/steady"),
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        };
        assert_eq!(
            e.words(&en),
            "Steady could not use its data folder. Set STEADY_DATA_DIR to a folder Steady may write to."
        );
        assert_eq!(e.path(), Some(Path::new("/nowhere/steady")));
        assert!(!e.log_detail().contains("nowhere"), "{}", e.log_detail());
        let e = StartError::Store(StoreError::NewerVersion {
            doc: "settings",
            found: 9,
            supported: 1,
        });
        let said = e.words(&en);
        assert!(
            said.starts_with("A newer version of Steady made your settings."),
            "{said}"
        );
        assert_eq!(e.path(), None);
        let e = StartError::Content(crate::content::ContentError {
            file: "grounding.json",
            problem: crate::content::Problem::rule("x"),
        });
        assert!(e
            .words(&en)
            .starts_with("Part of Steady itself is damaged."));
    }

    #[test]
    fn arguments_go_to_the_page_as_an_object() {
        let r = Reason::TooLong {
            what: TextKind::PatternName,
            max: 60,
            n: 61,
        };
        assert_eq!(
            Value::Object(r.args()),
            serde_json::json!({ "what": "pattern_name", "max": 60, "n": 61 })
        );
        assert!(Reason::NotAPlan.args().is_empty());
        assert_eq!(Code::DiskFull.name(), "disk_full");
    }
}
