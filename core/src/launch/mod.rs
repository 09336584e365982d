//! How Steady is started, reached from outside and closed: the command line, a later
//! launch handing its request to the running one, start at login, the global shortcut,
//! the tray menu, what closing the window does, and the pages the window may show. Where
//! the system is involved, it is reached through `env::Env` or a small trait of the
//! module's own, so each rule is tested here with no desktop.

pub mod autostart;
pub mod closing;
pub mod command_line;
pub mod env;
pub mod handoff;
pub mod navigation;
pub mod shortcut;
pub mod tray;
