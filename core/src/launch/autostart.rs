//! Start at login, the freedesktop way: an entry in `$XDG_CONFIG_HOME/autostart` that runs
//! `steady --hidden`, so Steady waits in the tray. The file itself is the setting: the
//! desktop's own "startup applications" panel can remove it, and Steady then shows it off.
//!
//! Written here rather than through tauri-plugin-autostart, because that plugin ignores
//! XDG_CONFIG_HOME and does not quote the program's path (a path with a space breaks).

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{DocName, StoreError};
use crate::launch::env::Env;
use crate::store::write_durably;

pub const FILE_NAME: &str = "steady.desktop";
/// Marks the entry as Steady's own, so a file of the same name from elsewhere is left be.
const MARK: &str = "X-Steady-Autostart=true";

/// What Settings shows: whether start at login can be had here, whether it is on, and
/// where the entry lives, so the person can check or remove it themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub available: bool,
    pub enabled: bool,
    pub file: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    /// Not Linux, or no home folder to hold the entry.
    #[error("start at login is not available on this system")]
    Unsupported,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// `$XDG_CONFIG_HOME/autostart` (when that is an absolute path, as the XDG rules ask), else
/// `~/.config/autostart`. `None` off Linux, or with no home folder.
pub fn folder(env: &impl Env) -> Option<PathBuf> {
    if !env.linux() {
        return None;
    }
    let config = env
        .var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| env.home().map(|h| h.join(".config")))?;
    Some(config.join("autostart"))
}

/// The program the entry starts. An AppImage runs from a temporary mount, so there the
/// entry names the image itself (`$APPIMAGE`); otherwise this program.
pub fn program(env: &impl Env) -> io::Result<PathBuf> {
    match env.var("APPIMAGE").map(PathBuf::from) {
        Some(image) if image.is_absolute() => Ok(image),
        _ => env.program(),
    }
}

pub fn status(env: &impl Env) -> Status {
    match folder(env) {
        Some(f) => Status {
            available: true,
            enabled: is_enabled(&f),
            file: Some(f.join(FILE_NAME).to_string_lossy().into_owned()),
        },
        None => Status {
            available: false,
            enabled: false,
            file: None,
        },
    }
}

/// Turns start at login on or off; what holds afterwards.
pub fn set(env: &impl Env, enabled: bool) -> Result<Status, AutostartError> {
    let f = folder(env).ok_or(AutostartError::Unsupported)?;
    if enabled {
        let program = program(env).map_err(|e| StoreError::from_io(DOC, &f, e))?;
        enable(&f, &program)?;
    } else {
        disable(&f)?;
    }
    Ok(status(env))
}

pub fn is_enabled(folder: &Path) -> bool {
    std::fs::read_to_string(folder.join(FILE_NAME)).is_ok_and(|s| s.contains(MARK))
}

/// Which file a failure is about, for the catalogue (`$doc`).
const DOC: DocName = "autostart";

pub fn enable(folder: &Path, program: &Path) -> Result<(), StoreError> {
    let fail = |e| StoreError::from_io(DOC, folder, e);
    std::fs::create_dir_all(folder).map_err(fail)?;
    write_durably(folder, &folder.join(FILE_NAME), entry(program).as_bytes()).map_err(fail)
}

/// Removes Steady's entry; a missing one is already off.
pub fn disable(folder: &Path) -> Result<(), StoreError> {
    let path = folder.join(FILE_NAME);
    if !path.exists() || !is_enabled(folder) {
        return Ok(());
    }
    std::fs::remove_file(&path).map_err(|e| StoreError::from_io(DOC, folder, e))
}

/// The entry's text for the program at `program`. `TryExec` names the program too: once
/// the package is removed, the desktop skips the entry instead of failing to start a
/// program that is gone (the XDG autostart spec ignores an entry whose TryExec is missing).
pub fn entry(program: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Steady\n\
         Comment=Waits in the tray so breathing, grounding and your plan open at once\n\
         TryExec={}\n\
         Exec={} --hidden\n\
         Icon=steady\n\
         Terminal=false\n\
         StartupNotify=false\n\
         X-GNOME-Autostart-enabled=true\n\
         {MARK}\n",
        program.to_string_lossy().replace(['\n', '\r'], ""),
        exec_arg(&program.to_string_lossy())
    )
}

/// One argument of an `Exec=` line, quoted as the Desktop Entry spec asks: reserved
/// characters mean double quotes, inside which `"` `` ` `` `$` `\` take a backslash; then
/// the string-value escaping doubles every backslash again, and `%` becomes `%%`.
pub fn exec_arg(arg: &str) -> String {
    const RESERVED: &str = " \t\n\"'\\><~|&;$*?#()`";
    let quoted = if arg.is_empty() || arg.chars().any(|c| RESERVED.contains(c)) {
        let mut q = String::from("\"");
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        q
    } else {
        arg.to_string()
    };
    quoted.replace('\\', "\\\\").replace('%', "%%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_stay_plain_and_odd_ones_are_quoted() {
        assert_eq!(exec_arg("/usr/bin/steady"), "/usr/bin/steady");
        assert_eq!(
            exec_arg("/home/a b/steady"),
            "\"/home/a b/steady\"",
            "a space needs quotes"
        );
        assert_eq!(exec_arg("/x/100%/steady"), "/x/100%%/steady");
        // `$` inside quotes takes a backslash, and the backslash is doubled by the
        // string escaping: four characters `\\$` in the file.
        assert_eq!(exec_arg("/a $b"), "\"/a \\\\$b\"");
    }

    use crate::launch::env::FakeEnv;

    #[test]
    fn the_entry_lives_in_the_xdg_config_folder_or_under_home() {
        let env = FakeEnv::linux();
        assert_eq!(
            folder(&env),
            Some(PathBuf::from("/home/a/.config/autostart"))
        );
        let env = FakeEnv::linux().with("XDG_CONFIG_HOME", "/cfg");
        assert_eq!(folder(&env), Some(PathBuf::from("/cfg/autostart")));
        // The XDG rules: an empty or relative value is ignored.
        for ignored in ["", "cfg", "./cfg"] {
            let env = FakeEnv::linux().with("XDG_CONFIG_HOME", ignored);
            assert_eq!(
                folder(&env),
                Some(PathBuf::from("/home/a/.config/autostart")),
                "{ignored:?}"
            );
        }
    }

    #[test]
    fn no_folder_off_linux_or_without_a_home() {
        let mut env = FakeEnv::linux().with("XDG_CONFIG_HOME", "/cfg");
        env.linux = false;
        assert_eq!(folder(&env), None);
        let s = status(&env);
        assert_eq!(
            s,
            Status {
                available: false,
                enabled: false,
                file: None
            }
        );
        assert!(matches!(set(&env, true), Err(AutostartError::Unsupported)));
        let mut env = FakeEnv::linux();
        env.home = None;
        assert_eq!(folder(&env), None);
        // With XDG_CONFIG_HOME set, no home is needed.
        let env = FakeEnv {
            home: None,
            ..FakeEnv::linux().with("XDG_CONFIG_HOME", "/cfg")
        };
        assert_eq!(folder(&env), Some(PathBuf::from("/cfg/autostart")));
    }

    #[test]
    fn an_appimage_is_named_itself_not_its_temporary_mount() {
        let env = FakeEnv::linux();
        assert_eq!(program(&env).unwrap(), Path::new("/usr/bin/steady"));
        let env = FakeEnv::linux().with("APPIMAGE", "/home/a/Steady.AppImage");
        assert_eq!(program(&env).unwrap(), Path::new("/home/a/Steady.AppImage"));
        for ignored in ["", "Steady.AppImage"] {
            let env = FakeEnv::linux().with("APPIMAGE", ignored);
            assert_eq!(program(&env).unwrap(), Path::new("/usr/bin/steady"));
        }
    }

    #[test]
    fn set_writes_and_removes_the_entry_and_says_what_holds() {
        let dir = tempfile::tempdir().unwrap();
        let env = FakeEnv {
            program: Some(PathBuf::from("/opt/Steady App/steady")),
            ..FakeEnv::linux().with("XDG_CONFIG_HOME", dir.path())
        };
        let file = dir.path().join("autostart").join(FILE_NAME);
        let off = status(&env);
        assert!(off.available && !off.enabled);
        assert_eq!(off.file.as_deref(), Some(&*file.to_string_lossy()));

        let on = set(&env, true).unwrap();
        assert!(on.enabled);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.contains("Exec=\"/opt/Steady App/steady\" --hidden\n")
                && text.contains("TryExec=/opt/Steady App/steady\n"),
            "{text}"
        );
        assert_eq!(status(&env), on);

        assert!(!set(&env, false).unwrap().enabled);
        assert!(!file.exists());
    }

    #[test]
    fn with_no_program_path_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let env = FakeEnv {
            program: None,
            ..FakeEnv::linux().with("XDG_CONFIG_HOME", dir.path())
        };
        match set(&env, true) {
            Err(AutostartError::Store(e)) => assert_eq!(e.doc(), Some("autostart")),
            other => panic!("{other:?}"),
        }
        assert!(!status(&env).enabled);
        assert!(!dir.path().join("autostart").exists());
    }

    #[test]
    fn on_off_and_a_stranger_s_file() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("autostart");
        assert!(!is_enabled(&folder));
        enable(&folder, Path::new("/opt/Steady App/steady")).unwrap();
        assert!(is_enabled(&folder));
        let text = std::fs::read_to_string(folder.join(FILE_NAME)).unwrap();
        assert!(
            text.contains("Exec=\"/opt/Steady App/steady\" --hidden\n"),
            "{text}"
        );
        disable(&folder).unwrap();
        assert!(!is_enabled(&folder));
        disable(&folder).unwrap(); // already off: fine

        // Someone else's steady.desktop is not ours to report or remove.
        std::fs::write(folder.join(FILE_NAME), "[Desktop Entry]\nName=Other\n").unwrap();
        assert!(!is_enabled(&folder));
        disable(&folder).unwrap();
        assert!(folder.join(FILE_NAME).exists());
    }
}
