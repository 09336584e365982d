//! How Steady is started and reached from outside: the command line, a later launch
//! handing its request to the running one, start at login, the global shortcut, and the
//! pages the window may show.

pub mod autostart;
pub mod command_line;
pub mod handoff;
pub mod navigation;
pub mod shortcut;
