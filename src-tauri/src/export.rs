//! Writing an export where the person chose, with the same durable save as the store.

use std::path::Path;

use crate::error::Error;

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    steady_core::store::write_durably(dir, path, bytes)
        .map_err(|e| steady_core::StoreError::from_io("export", dir, e).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_whole_file_and_replaces_an_old_one() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("my-safety-plan.md");
        std::fs::write(&path, b"old").unwrap();
        write(&path, b"# My safety plan\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"# My safety plan\n");
        // The person's plan, wherever it is saved, is readable by them alone.
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let missing = tmp.path().join("no-such-folder").join("x.md");
        let err = write(&missing, b"x").unwrap_err();
        assert!(!err.to_string().is_empty());
    }
}
