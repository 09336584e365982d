//! The two paths through Steady: what brings the person here (asked once, optional, kept
//! in settings and on this computer only), and the one thing it changes: which tools home
//! offers first, and the words home uses. "Rather not say", or no answer, is today's home.

pub mod halt;
pub mod reminder;

use serde::{Deserialize, Serialize};

/// What the person said brings them to Steady.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Brings {
    /// A partner hurt by betrayal, or by a partner's sex or porn addiction.
    Partner,
    /// Someone in recovery from compulsive sexual behaviour.
    Recovery,
    /// Both, or something else.
    Both,
    /// Asked, and the person chose not to say (or skipped the question).
    RatherNotSay,
}

/// Home's tools (screen names) in the order home offers them. Every tool is always
/// there; only the first ones change.
const EVERYONE: [&str; 10] = [
    "breathe",
    "ground",
    "urge",
    "plan",
    "help",
    "helped",
    "reminder",
    "close-call",
    "lists",
    "settings",
];

/// The tools that come first for each answer, before the rest in their usual order.
fn first(brings: Option<Brings>) -> &'static [&'static str] {
    match brings {
        Some(Brings::Partner) => &["reminder", "breathe", "ground"],
        Some(Brings::Recovery) => &["urge", "breathe", "ground"],
        Some(Brings::Both) => &["reminder", "urge", "breathe"],
        Some(Brings::RatherNotSay) | None => &[],
    }
}

/// Home's order for an answer (or none).
pub fn home_order(brings: Option<Brings>) -> Vec<&'static str> {
    let lead = first(brings);
    lead.iter()
        .copied()
        .chain(EVERYONE.iter().copied().filter(|s| !lead.contains(s)))
        .collect()
}

/// What "A reminder hit me" shows: its steps, and for "this is now" the person's own
/// statements (from grounding) and true sentences. While locked, only the steps.
#[derive(Debug, Clone, Serialize)]
pub struct ReminderView {
    pub steps: Vec<reminder::Step>,
    pub statements: Vec<String>,
    pub true_sentences: Vec<String>,
    /// What the person wrote is behind the lock (the flow still works without it).
    pub locked: bool,
}

/// Every answer's order, for the page to pick from as the setting changes.
#[derive(Debug, Clone, Serialize)]
pub struct HomeOrders {
    pub partner: Vec<&'static str>,
    pub recovery: Vec<&'static str>,
    pub both: Vec<&'static str>,
    /// Rather not say, and not asked yet.
    pub everyone: Vec<&'static str>,
}

pub fn home_orders() -> HomeOrders {
    HomeOrders {
        partner: home_order(Some(Brings::Partner)),
        recovery: home_order(Some(Brings::Recovery)),
        both: home_order(Some(Brings::Both)),
        everyone: home_order(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_keeps_every_tool_once_and_only_reorders() {
        for b in [
            None,
            Some(Brings::Partner),
            Some(Brings::Recovery),
            Some(Brings::Both),
            Some(Brings::RatherNotSay),
        ] {
            let mut order = home_order(b);
            assert_eq!(order.len(), EVERYONE.len(), "{b:?}");
            order.sort_unstable();
            let mut all = EVERYONE.to_vec();
            all.sort_unstable();
            assert_eq!(order, all, "{b:?}");
        }
    }

    #[test]
    fn each_path_leads_with_its_own_tool_and_no_answer_is_todays_home() {
        assert_eq!(home_order(Some(Brings::Partner))[0], "reminder");
        assert_eq!(home_order(Some(Brings::Recovery))[0], "urge");
        assert_eq!(home_order(Some(Brings::Both))[..2], ["reminder", "urge"]);
        assert_eq!(home_order(None), EVERYONE);
        assert_eq!(home_order(Some(Brings::RatherNotSay)), EVERYONE);
    }
}
