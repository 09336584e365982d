//! The shell's one error type. Whatever goes wrong in a command reaches the page as
//! `{code, field?, reason?, args?}`: a code from the core's one list; for a refused input
//! (`invalid`) the field it is about and the rule it breaks (`reason`); and the arguments
//! the words need (`args`: numbers and codes, such as `{doc: "plan"}`). The words are the
//! catalogue's (`error-<code>`, `invalid-<reason>`); no English and nothing the person
//! wrote is sent. The log gets the code, the field and the reason, or the kind of system
//! fault.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use steady_core::error::VaultError;
use steady_core::error::{Code, ShortcutTrouble};
use steady_core::help::dial::NoPhoneApp;
use steady_core::store::private::Protected;
use steady_core::ActionError;
use steady_core::{InvalidInput, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Action(#[from] ActionError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    NoPhoneApp(#[from] NoPhoneApp),
    #[error("Starting at login is not available on this system yet.")]
    Unsupported,
    /// `what` is an id for the part that is damaged (sent as `args.what`), not words.
    #[error("Part of Steady itself is damaged ({what}).")]
    Damaged { what: &'static str },
    #[error("Steady cannot save to that place.")]
    Path,
    #[error("The print dialog could not open.")]
    Print,
    /// The system-wide shortcut was not set up. The shortcut's own code decides why
    /// (`steady_core::launch::shortcut`) and builds this with it; the page gets
    /// `{code: "shortcut_unavailable", reason, args: {reason}}`.
    #[error("The shortcut could not be set up ({0:?}).")]
    ShortcutUnavailable(ShortcutTrouble),
}

impl From<Protected> for Error {
    fn from(p: Protected) -> Self {
        Error::Action(p.into())
    }
}

impl From<InvalidInput> for Error {
    fn from(e: InvalidInput) -> Self {
        Error::Action(ActionError::Invalid(e))
    }
}

impl Error {
    pub fn code(&self) -> Code {
        match self {
            Error::Action(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::NoPhoneApp(e) => e.code(),
            Error::Unsupported => Code::Unsupported,
            Error::Damaged { .. } => Code::Damaged,
            Error::Path => Code::Path,
            Error::Print => Code::Print,
            Error::ShortcutUnavailable(_) => Code::ShortcutUnavailable,
        }
    }

    fn invalid(&self) -> Option<&InvalidInput> {
        match self {
            Error::Action(ActionError::Invalid(i)) => Some(i),
            _ => None,
        }
    }

    /// The input a refusal is about, for the page to mark.
    pub fn field(&self) -> Option<&'static str> {
        self.invalid().map(|i| i.field)
    }

    /// Why, as a code: the rule a refused input breaks, or why the shortcut failed.
    pub fn reason(&self) -> Option<String> {
        match self {
            Error::Action(ActionError::Invalid(i)) => Some(i.reason.name().to_string()),
            Error::ShortcutUnavailable(t) => Some(code_of(t)),
            _ => None,
        }
    }

    /// What the catalogue's words for this error take (`$doc`, `$kind`, `$max`, ...).
    pub fn args(&self) -> Map<String, Value> {
        let one = |k: &str, v: Value| Map::from_iter([(k.to_string(), v)]);
        match self {
            Error::Action(ActionError::Invalid(i)) => i.reason.args(),
            Error::Action(ActionError::Store(s)) | Error::Store(s) => {
                s.doc().map_or_else(Map::new, |doc| one("doc", doc.into()))
            }
            Error::Action(ActionError::Vault(VaultError::TryLater { seconds })) => {
                one("seconds", (*seconds).into())
            }
            Error::Action(ActionError::Protected | ActionError::Vault(_)) => Map::new(),
            Error::NoPhoneApp(NoPhoneApp::Call) => one("kind", "call".into()),
            Error::NoPhoneApp(NoPhoneApp::Text) => one("kind", "text".into()),
            Error::Damaged { what } => one("what", (*what).into()),
            Error::ShortcutUnavailable(t) => one("reason", code_of(t).into()),
            Error::Unsupported | Error::Path | Error::Print => Map::new(),
        }
    }

    fn log(&self) {
        match self {
            Error::Action(ActionError::Store(s)) | Error::Store(s) => {
                log::warn!(target: "steady::error", "{}", s.log_detail())
            }
            // Codes only: a reason's arguments are numbers and codes, but the log needs
            // no more than which rule.
            _ => log::info!(
                target: "steady::error",
                "{:?} {} {}",
                self.code(),
                self.field().unwrap_or(""),
                self.reason().unwrap_or_default()
            ),
        }
    }
}

/// A code enum's snake_case name, as serde writes it.
fn code_of<T: Serialize>(t: &T) -> String {
    match serde_json::to_value(t) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Serialised once, as it leaves for the page: the one place an error is logged.
        self.log();
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("code", &self.code())?;
        if let Some(field) = self.field() {
            out.serialize_entry("field", field)?;
        }
        if let Some(reason) = self.reason() {
            out.serialize_entry("reason", &reason)?;
        }
        let args = self.args();
        if !args.is_empty() {
            out.serialize_entry("args", &args)?;
        }
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use steady_core::error::{Reason, TextKind};

    fn wire(e: Error) -> Value {
        serde_json::to_value(&e).unwrap()
    }

    #[test]
    fn a_refusal_is_a_code_a_field_a_reason_and_its_arguments() {
        let e = InvalidInput::new(
            "name",
            Reason::TooLong {
                what: TextKind::PatternName,
                max: 60,
                n: 61,
            },
        );
        assert_eq!(
            wire(e.into()),
            json!({
                "code": "invalid",
                "field": "name",
                "reason": "too_long",
                "args": { "what": "pattern_name", "max": 60, "n": 61 },
            })
        );
        let e = InvalidInput::new("country", Reason::UnknownCountry);
        assert_eq!(
            wire(e.into()),
            json!({ "code": "invalid", "field": "country", "reason": "unknown_country" })
        );
    }

    #[test]
    fn other_errors_are_a_code_and_the_arguments_their_words_take() {
        let disk = StoreError::DiskFull { doc: "plan" };
        assert_eq!(
            wire(disk.into()),
            json!({ "code": "disk_full", "args": { "doc": "plan" } })
        );
        let newer = ActionError::Store(StoreError::NewerVersion {
            doc: "settings",
            found: 9,
            supported: 1,
        });
        assert_eq!(
            wire(newer.into()),
            json!({ "code": "newer_version", "args": { "doc": "settings" } })
        );
        assert_eq!(
            wire(NoPhoneApp::Text.into()),
            json!({ "code": "no_phone_app", "args": { "kind": "text" } })
        );
        assert_eq!(
            wire(Error::ShortcutUnavailable(ShortcutTrouble::Taken)),
            json!({
                "code": "shortcut_unavailable",
                "reason": "taken",
                "args": { "reason": "taken" },
            })
        );
        assert_eq!(wire(Error::Path), json!({ "code": "path" }));
        assert_eq!(
            wire(Error::Damaged { what: "content" }),
            json!({ "code": "damaged", "args": { "what": "content" } })
        );
    }
}
