//! What the page needs to paint home before its modules load: given to the window when
//! it is made, so the first frame waits for no call to the core (ui/start.js).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Steady;
use crate::launch::command_line::{Route, Screen};
use crate::paths::{Brings, HomeOrders};
use crate::settings::{Motion, TextSize, Theme};

/// Home's look, order and words, ready to draw.
#[derive(Debug, Serialize)]
pub struct FirstPaint {
    pub lang: String,
    pub settings: Look,
    pub home: HomeOrders,
    /// Home's words, formatted (`Words::first_paint`).
    pub words: BTreeMap<String, String>,
}

/// The settings home is drawn with, and nothing else of them.
#[derive(Debug, Serialize)]
pub struct Look {
    pub theme: Theme,
    pub text_size: TextSize,
    pub motion: Motion,
    pub brings: Option<Brings>,
}

impl Steady {
    /// Home, if home is what the first screen will be: not when the launch asked for
    /// another screen or a session, nor while a notice waits (the page's modules word
    /// those, and draw the first screen themselves).
    pub fn first_paint(&self, route: &Route) -> Option<FirstPaint> {
        let plain_home =
            route.screen == Screen::Home && route.pattern.is_none() && route.minutes.is_none();
        if !plain_home || !super::lock(&self.notices).is_empty() {
            return None;
        }
        let s = self.settings.get();
        Some(FirstPaint {
            lang: self.lang(),
            settings: Look {
                theme: s.theme,
                text_size: s.text_size,
                motion: s.motion,
                brings: s.brings,
            },
            home: crate::paths::home_orders(),
            words: self.words().first_paint(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_is_painted_first_only_for_a_plain_launch_with_nothing_to_say() {
        let dir = tempfile::tempdir().expect("temp folder");
        let steady = Steady::open(dir.path(), None).expect("opens");
        let home = Route::screen(Screen::Home);
        // (The temporary folder was made private: a notice, shown once.)
        assert!(steady.first_paint(&home).is_none());
        steady.take_notices();
        let paint = steady
            .first_paint(&home)
            .expect("a plain launch paints home");
        assert_eq!(paint.settings.brings, None);
        assert!(paint.words.contains_key("home-title"));
        assert!(!paint.home.everyone.is_empty());
        // Another screen, or a session asked for: drawn by the page's modules instead.
        assert!(steady
            .first_paint(&Route::screen(Screen::Breathe))
            .is_none());
        let timed = Route {
            minutes: Some(3),
            ..Route::screen(Screen::Home)
        };
        assert!(steady.first_paint(&timed).is_none());
        // A notice waiting: the modules word it above home.
        super::super::lock(&steady.notices).push(crate::Notice::ReadOnly);
        assert!(steady.first_paint(&home).is_none());
        steady.take_notices();
        assert!(steady.first_paint(&home).is_some());
    }
}
