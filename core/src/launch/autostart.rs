//! Start at login, the freedesktop way: an entry in `$XDG_CONFIG_HOME/autostart` that runs
//! `steady --hidden`, so Steady waits in the tray. The file itself is the setting: the
//! desktop's own "startup applications" panel can remove it, and Steady then shows it off.
//!
//! Written here rather than through tauri-plugin-autostart, because that plugin ignores
//! XDG_CONFIG_HOME and does not quote the program's path (a path with a space breaks).

use std::path::{Path, PathBuf};

use crate::error::StoreError;
use crate::store::write_durably;

pub const FILE_NAME: &str = "steady.desktop";
/// Marks the entry as Steady's own, so a file of the same name from elsewhere is left be.
const MARK: &str = "X-Steady-Autostart=true";

/// `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart`.
pub fn folder() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.config_dir().join("autostart"))
}

pub fn is_enabled(folder: &Path) -> bool {
    std::fs::read_to_string(folder.join(FILE_NAME)).is_ok_and(|s| s.contains(MARK))
}

const LABEL: &str = "the start-at-login entry";

pub fn enable(folder: &Path, program: &Path) -> Result<(), StoreError> {
    let fail = |e| StoreError::from_io(LABEL, folder, e);
    std::fs::create_dir_all(folder).map_err(fail)?;
    write_durably(folder, &folder.join(FILE_NAME), entry(program).as_bytes()).map_err(fail)
}

/// Removes Steady's entry; a missing one is already off.
pub fn disable(folder: &Path) -> Result<(), StoreError> {
    let path = folder.join(FILE_NAME);
    if !path.exists() || !is_enabled(folder) {
        return Ok(());
    }
    std::fs::remove_file(&path).map_err(|e| StoreError::from_io(LABEL, folder, e))
}

/// The entry's text for the program at `program`.
pub fn entry(program: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Steady\n\
         Comment=Waits in the tray so breathing, grounding and your plan open at once\n\
         Exec={} --hidden\n\
         Icon=steady\n\
         Terminal=false\n\
         StartupNotify=false\n\
         X-GNOME-Autostart-enabled=true\n\
         {MARK}\n",
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
