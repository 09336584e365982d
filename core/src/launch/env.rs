//! What the launch rules read from the system around them: environment variables, the
//! home folder, this program's own path, and whether this is Linux. Behind a trait, so
//! each rule is tested with a made-up system and never reads or changes the real one.

use std::ffi::OsString;
use std::io;
use std::path::PathBuf;

pub trait Env {
    /// An environment variable exactly as set.
    fn var_os(&self, name: &str) -> Option<OsString>;
    /// The person's home folder.
    fn home(&self) -> Option<PathBuf>;
    /// The path of the running program.
    fn program(&self) -> io::Result<PathBuf>;
    /// Whether this is Linux, where the freedesktop rules apply.
    fn linux(&self) -> bool;

    /// An environment variable; an empty one counts as unset, as the XDG rules say.
    fn var(&self, name: &str) -> Option<OsString> {
        self.var_os(name).filter(|v| !v.is_empty())
    }
}

/// The system Steady is running on.
pub struct System;

impl Env for System {
    fn var_os(&self, name: &str) -> Option<OsString> {
        std::env::var_os(name)
    }

    fn home(&self) -> Option<PathBuf> {
        // `$HOME`, else the account's entry: what the rest of Steady uses too.
        directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf())
    }

    fn program(&self) -> io::Result<PathBuf> {
        std::env::current_exe()
    }

    fn linux(&self) -> bool {
        cfg!(target_os = "linux")
    }
}

/// A made-up system for the launch rules' tests.
#[cfg(test)]
pub(crate) struct FakeEnv {
    pub vars: Vec<(String, OsString)>,
    pub home: Option<PathBuf>,
    pub program: Option<PathBuf>,
    pub linux: bool,
}

#[cfg(test)]
impl FakeEnv {
    /// Linux, a home folder at /home/a, the program at /usr/bin/steady, no variables.
    pub fn linux() -> FakeEnv {
        FakeEnv {
            vars: Vec::new(),
            home: Some(PathBuf::from("/home/a")),
            program: Some(PathBuf::from("/usr/bin/steady")),
            linux: true,
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<OsString>) -> FakeEnv {
        self.vars.push((name.to_string(), value.into()));
        self
    }
}

#[cfg(test)]
impl Env for FakeEnv {
    fn var_os(&self, name: &str) -> Option<OsString> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    fn home(&self) -> Option<PathBuf> {
        self.home.clone()
    }

    fn program(&self) -> io::Result<PathBuf> {
        self.program
            .clone()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no program path"))
    }

    fn linux(&self) -> bool {
        self.linux
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_variable_counts_as_unset() {
        let env = FakeEnv::linux().with("X", "").with("Y", "y");
        assert_eq!(env.var_os("X"), Some(OsString::new()));
        assert_eq!(env.var("X"), None);
        assert_eq!(env.var("Y"), Some(OsString::from("y")));
        assert_eq!(env.var("Z"), None);
    }
}
