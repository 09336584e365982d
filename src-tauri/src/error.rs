//! The shell's one error type. Whatever goes wrong in a command reaches the page as
//! `{code, message, field?}`: a code from the core's one list, words for the person, and
//! the field a refusal is about. The log gets the code and the field, or the kind of
//! system fault, never the message, which can quote what the person typed.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use steady_core::error::Code;
use steady_core::help::dial::NoPhoneApp;
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
    #[error("Part of Steady itself is damaged ({what}). Installing Steady again mends it; your own words are not affected.")]
    Damaged { what: &'static str },
    #[error("Steady cannot save to that place. Choose a folder of your own, such as Documents.")]
    Path,
    #[error("The print dialog could not open. You can save the plan as a text file instead.")]
    Print,
    /// The words come from the shortcut's own check (which program holds it, and so on).
    #[error("{0}")]
    ShortcutUnavailable(String),
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

    /// The input a refusal is about, for the page to mark.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Action(ActionError::Invalid(i)) => Some(i.field),
            _ => None,
        }
    }

    fn log(&self) {
        match self {
            Error::Action(ActionError::Store(s)) | Error::Store(s) => {
                log::warn!(target: "steady::error", "{}", s.log_detail())
            }
            _ => {
                log::info!(target: "steady::error", "{:?} {}", self.code(), self.field().unwrap_or(""))
            }
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Serialised once, as it leaves for the page: the one place an error is logged.
        self.log();
        let field = self.field();
        let mut out = s.serialize_struct("Error", if field.is_some() { 3 } else { 2 })?;
        out.serialize_field("code", &self.code())?;
        out.serialize_field("message", &self.to_string())?;
        if let Some(f) = field {
            out.serialize_field("field", f)?;
        }
        out.end()
    }
}
