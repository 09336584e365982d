//! HALT (`assets/halt.json`): before acting on an urge, a check for hungry, angry, lonely,
//! tired, each with something to do about it. The ids are data; the words the catalogue's.

use serde::Deserialize;

use crate::content::Problem;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u64,
    #[allow(dead_code)] // for maintainers
    about: String,
    source: String,
    needs: Vec<String>,
}

/// The needs to check, in order: version 1, a source, each id a plain word, once.
pub fn parse(text: &str) -> Result<Vec<String>, Problem> {
    let f: File = serde_json::from_str(text).map_err(Problem::json)?;
    if f.version != 1 {
        return Err(Problem::rule(format!("version {} is not 1", f.version)));
    }
    if f.source.trim().is_empty() {
        return Err(Problem::rule("no source"));
    }
    if f.needs.is_empty() {
        return Err(Problem::rule("no needs to check"));
    }
    for (i, n) in f.needs.iter().enumerate() {
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(Problem::rule(format!("need {n:?} is not a plain word")));
        }
        if f.needs[..i].contains(n) {
            return Err(Problem::rule(format!("need {n:?} twice")));
        }
    }
    Ok(f.needs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_check_is_hungry_angry_lonely_tired() {
        let needs = crate::content::Content::shared().unwrap().halt.clone();
        assert_eq!(needs, ["hungry", "angry", "lonely", "tired"]);
        let twice = crate::content::HALT.1.replace("\"tired\"", "\"angry\"");
        assert!(parse(&twice).is_err());
        let no_source = crate::content::HALT
            .1
            .replace("\"source\": \"HALT", "\"source\": \" \", \"x\": \"");
        assert!(parse(&no_source).is_err());
    }
}
