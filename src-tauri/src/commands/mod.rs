//! The page's only way in, grouped by feature as the core is. Each command translates one
//! call into the core and back; no rules live here. The one list of commands is in
//! `build.rs`.

pub mod app;
pub mod breathing;
pub mod grounding;
pub mod help;
pub mod helped;
pub mod lists;
pub mod plan;
pub mod protection;
pub mod settings;
pub mod urge;

pub use crate::error::Error;
