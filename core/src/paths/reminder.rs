//! "A reminder hit me" (`assets/reminder.json`): the steps of the partner's flow, in order,
//! each with the source of its technique. The words are the catalogue's (reminder.ftl).

use serde::{Deserialize, Serialize};

use crate::content::Problem;

/// What a step does; the page draws each kind its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Name it: a reminder of what happened, not necessarily something happening now.
    Name,
    /// This is now: the date, the time, the person's own statements and true sentences.
    Now,
    /// One step for the body.
    Body,
    /// Then a choice: breathe, ground, note it for later, or reach someone.
    Choose,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    /// Where the technique comes from (for maintainers and reviewers).
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u64,
    #[allow(dead_code)] // read for the maintainers; the check only needs it present
    about: String,
    steps: Vec<Step>,
}

/// Reads and checks the built-in flow: version 1, each id once, each with a source, and
/// the choice last, so the flow always ends in something the person can do.
pub fn parse(text: &str) -> Result<Vec<Step>, Problem> {
    let file: File = serde_json::from_str(text).map_err(Problem::json)?;
    if file.version != 1 {
        return Err(Problem::rule(format!("version {} is not 1", file.version)));
    }
    let steps = file.steps;
    if steps.last().map(|s| s.kind) != Some(StepKind::Choose) {
        return Err(Problem::rule("the last step must be the choice"));
    }
    for (i, s) in steps.iter().enumerate() {
        let id_ok = !s.id.is_empty()
            && s.id.len() <= 32
            && s.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(Problem::rule(format!(
                "step {i}: id {:?} is not a plain word",
                s.id
            )));
        }
        if steps[..i].iter().any(|t| t.id == s.id) {
            return Err(Problem::rule(format!("step id {:?} twice", s.id)));
        }
        if s.source.trim().is_empty() {
            return Err(Problem::rule(format!("step {:?} has no source", s.id)));
        }
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_flow_names_now_body_then_choose() {
        let steps = crate::content::Content::shared().unwrap().reminder.clone();
        let kinds: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                StepKind::Name,
                StepKind::Now,
                StepKind::Body,
                StepKind::Choose
            ]
        );
    }

    #[test]
    fn a_flow_that_does_not_end_in_a_choice_or_repeats_an_id_fails_to_load() {
        let ok = crate::content::REMINDER.1;
        assert!(parse(ok).is_ok());
        let no_choice = ok.replace(r#""kind": "choose""#, r#""kind": "body""#);
        assert!(parse(&no_choice).is_err());
        let twice = ok.replace(r#""id": "body""#, r#""id": "now""#);
        assert!(parse(&twice).is_err());
        let typo = ok.replace(r#""kind": "now""#, r#""kind": "nwo""#);
        assert!(parse(&typo).is_err());
    }
}
