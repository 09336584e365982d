// The catalogue's files: every `assets/locales/<lang>/*.ftl`, built into the binary. The
// list is read from the folder, so a new file or language needs no list edited by hand.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = std::fs::read_dir(&root)
        .map(|d| d.flatten().filter(|e| e.path().is_dir()).collect())
        .unwrap_or_default();
    langs.sort_by_key(|e| e.file_name());
    let mut code = String::from(
        "/// Every language's catalogue files, from build.rs: (language, [(file, text)]).\n\
         pub const LOCALES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for lang in &langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = std::fs::read_dir(lang.path())
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort_by_key(|e| e.file_name());
        let _ = writeln!(code, "    ({:?}, &[", lang.file_name().to_string_lossy());
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            // Named from this checkout's manifest folder when the crate compiles, not as an
            // absolute path: a target folder shared by two checkouts (or a moved one) then
            // still builds each checkout's own words.
            let name = f.file_name().to_string_lossy().into_owned();
            let lang_name = lang.file_name().to_string_lossy().into_owned();
            let _ = writeln!(
                code,
                "        ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),",
                format!("/../assets/locales/{lang_name}/{name}")
            );
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    // Each language's words for the crisis directory (assets/locales/<lang>/crisis-lines.json).
    code.push_str(
        "/// Each language's words for the crisis directory, from build.rs: (language, text).\n\
         pub const DIRECTORY_WORDS: &[(&str, &str)] = &[\n",
    );
    for lang in &langs {
        let lang_name = lang.file_name().to_string_lossy().into_owned();
        if lang.path().join("crisis-lines.json").is_file() {
            println!(
                "cargo:rerun-if-changed={}",
                lang.path().join("crisis-lines.json").display()
            );
            let _ = writeln!(
                code,
                "    ({lang_name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),",
                format!("/../assets/locales/{lang_name}/crisis-lines.json")
            );
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("could not write {}: {e}", out.display());
    }
}
