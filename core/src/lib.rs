//! Steady's core: everything that decides or keeps anything, with no window attached.
//! The Tauri shell (`src-tauri`) calls into this and only translates.

pub mod app;
pub mod autostart;
pub mod breathing;
pub mod command_line;
pub mod countries;
pub mod data_dir;
pub mod dial;
pub mod directory;
pub mod error;
pub mod grounding;
pub mod handoff;
pub mod help;
pub mod helped;
pub mod history;
pub mod ids;
pub mod limits;
pub mod log_file;
pub mod navigation;
pub mod plan;
pub mod settings;
pub mod shortcut;
pub mod store;
pub mod time;
pub mod urge;

pub use app::{Notice, Steady};
pub use error::{InvalidInput, StartError, StoreError};
pub use settings::Settings;
