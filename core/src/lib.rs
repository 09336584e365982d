//! Steady's core: everything that decides or keeps anything, with no window attached.
//! The Tauri shell (`src-tauri`) calls into this and only translates.
//!
//! One folder per feature (each owns its saved files and rules), plus what they share:
//! `store` (durable files, history, time, the data folder, the log file), `launch` (command
//! line, hand-off, start at login, shortcut, tray menu, closing), `content` (the built-in
//! data) and `app`, which only composes the features.

pub mod app;
pub mod breathing;
pub mod content;
pub mod error;
pub mod grounding;
pub mod help;
pub mod helped;
pub mod ids;
pub mod launch;
pub mod limits;
pub mod own_lists;
pub mod paths;
pub mod plan;
pub mod settings;
pub mod store;
pub mod urge;
pub mod vault;
pub mod words;

pub use app::{Notice, Steady};
pub use error::{ActionError, InvalidInput, StartError, StoreError};
pub use settings::Settings;
