//! Where Steady keeps the person's files.

use std::path::PathBuf;

use crate::error::StartError;

/// Environment variable that overrides the data folder (tests always set it).
pub const DATA_DIR_ENV: &str = "STEADY_DATA_DIR";

/// `STEADY_DATA_DIR` if set and not empty, else the system's per-user data folder
/// (`~/.local/share/steady` on Linux). The folder is not created here.
pub fn resolve(env_value: Option<std::ffi::OsString>) -> Result<PathBuf, StartError> {
    if let Some(v) = env_value.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(v));
    }
    directories::ProjectDirs::from("", "", "steady")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StartError::NoDataDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_wins_and_empty_is_ignored() {
        assert_eq!(
            resolve(Some("/tmp/x".into())).unwrap(),
            PathBuf::from("/tmp/x")
        );
        // An empty override must not mean "the current folder": it is as if unset.
        let empty = resolve(Some("".into())).map_err(|e| e.code());
        assert_eq!(empty, resolve(None).map_err(|e| e.code()));
        if let Ok(p) = empty {
            assert!(p.is_absolute(), "{p:?}");
        }
    }
}
