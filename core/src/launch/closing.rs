//! What closing the window does. Closing never loses typing: the close is held, the page
//! is told to save what is pending, and it answers by quitting, hiding to the tray, or (the
//! first time) holding while it explains the tray. If the page does not answer in time
//! (hung, or busy), Steady does what the close asked anyway. A logout signal closes the
//! same way; a second one ends Steady at once.
//!
//! The shell only carries this out: it holds the close, sends the page the `Closing`,
//! waits, and quits or hides as told here.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, Ordering};

use serde::Serialize;

use crate::settings::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Save, then end Steady.
    Quit,
    /// Save, then hide the window; Steady stays in the tray.
    Tray,
    /// As `Tray`, but first tell the person what that means (once).
    Explain,
}

/// What the shell does to end a close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// End Steady.
    Exit,
    /// Hide the window; Steady waits in the tray.
    Hide,
}

/// A close in progress, as the page is told of it. The page answers with its
/// `generation`, so an answer to an earlier close is never taken for this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Closing {
    pub mode: Mode,
    pub generation: u64,
}

/// What a logout signal (SIGTERM, SIGHUP, SIGINT) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// The first: close as the Quit item does, so the page saves first.
    Close(Closing),
    /// A later one: end at once.
    ExitNow,
}

const TRAY_ABSENT: u8 = 0;
const TRAY_PRESENT: u8 = 1;
/// It is built just after the first screen: a close before then counts on it.
const TRAY_COMING: u8 = 2;

/// Which close is in progress, whether the page has answered it, and whether there is a
/// tray to close to. Shared by the window's thread, the page's commands and the timers.
#[derive(Debug, Default)]
pub struct CloseState {
    generation: AtomicU64,
    answered: AtomicU64,
    /// Without a tray icon, closing quits. Absent until the shell says one is coming.
    tray: AtomicU8,
    /// A close hid the window while the tray was still coming.
    hidden_awaiting_tray: AtomicBool,
    signals: AtomicU32,
}

impl CloseState {
    /// The tray is about to be built; until then, a close counts on it.
    pub fn tray_coming(&self) {
        self.tray.store(TRAY_COMING, Ordering::SeqCst);
    }

    /// The tray was built, or could not be. If a close already hid the window, counting
    /// on a tray that then did not come, Steady ends (`Some(Exit)`), as any close without a
    /// tray does: the page saved before the window was hidden, and a hidden Steady with no
    /// tray could not be reached.
    pub fn tray_built(&self, present: bool) -> Option<Ending> {
        let v = if present { TRAY_PRESENT } else { TRAY_ABSENT };
        self.tray.store(v, Ordering::SeqCst);
        let hidden = self.hidden_awaiting_tray.swap(false, Ordering::SeqCst);
        (!present && hidden).then_some(Ending::Exit)
    }

    /// A tray icon exists, or is about to.
    pub fn has_tray(&self) -> bool {
        self.tray.load(Ordering::SeqCst) != TRAY_ABSENT
    }

    /// What closing the window does now: to the tray if there is one and the person wants
    /// that (explained the first time), else quit.
    pub fn mode(&self, settings: &Settings) -> Mode {
        match (
            self.has_tray(),
            settings.close_to_tray,
            settings.tray_explained,
        ) {
            (true, true, false) => Mode::Explain,
            (true, true, true) => Mode::Tray,
            _ => Mode::Quit,
        }
    }

    /// Starts a close: numbers it, for the page to answer.
    pub fn begin(&self, mode: Mode) -> Closing {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        Closing { mode, generation }
    }

    /// The close button (or the window manager) asked to close.
    pub fn close_requested(&self, settings: &Settings) -> Closing {
        self.begin(self.mode(settings))
    }

    /// The page has saved, for this close (`None`: the latest) or a later one.
    fn answer(&self, generation: Option<u64>) {
        let g = generation.unwrap_or_else(|| self.generation.load(Ordering::SeqCst));
        self.answered.fetch_max(g, Ordering::SeqCst);
    }

    /// The page has saved and asks Steady to end.
    pub fn page_quit(&self, generation: Option<u64>) -> Ending {
        self.answer(generation);
        Ending::Exit
    }

    /// The page has saved and asks Steady to hide. With no tray to come back from, that
    /// would leave Steady running where nobody can reach it: it ends instead.
    pub fn page_hide(&self, generation: Option<u64>) -> Ending {
        self.answer(generation);
        self.ending(Mode::Tray)
    }

    /// The page has saved and is asking the person what closing should do: nothing
    /// happens until they choose, and there is no fallback.
    pub fn page_hold(&self, generation: Option<u64>) {
        self.answer(generation);
    }

    /// Once the page has had its time: what Steady does itself if it did not answer this
    /// close (nor a later one). `None`: it answered.
    pub fn unanswered(&self, closing: &Closing) -> Option<Ending> {
        (self.answered.load(Ordering::SeqCst) < closing.generation)
            .then(|| self.ending(closing.mode))
    }

    /// A logout signal arrived.
    pub fn signal(&self) -> Signal {
        if self.signals.fetch_add(1, Ordering::SeqCst) == 0 {
            Signal::Close(self.begin(Mode::Quit))
        } else {
            Signal::ExitNow
        }
    }

    fn ending(&self, mode: Mode) -> Ending {
        match (mode, self.tray.load(Ordering::SeqCst)) {
            (Mode::Quit, _) | (_, TRAY_ABSENT) => Ending::Exit,
            (_, TRAY_COMING) => {
                self.hidden_awaiting_tray.store(true, Ordering::SeqCst);
                Ending::Hide
            }
            _ => Ending::Hide,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(close_to_tray: bool, tray_explained: bool) -> Settings {
        Settings {
            close_to_tray,
            tray_explained,
            ..Settings::default()
        }
    }

    fn with_tray() -> CloseState {
        let s = CloseState::default();
        s.tray_coming();
        assert_eq!(s.tray_built(true), None);
        s
    }

    #[test]
    fn with_a_tray_closing_explains_once_then_hides_and_the_setting_can_make_it_quit() {
        let s = with_tray();
        assert_eq!(s.mode(&settings(true, false)), Mode::Explain);
        assert_eq!(s.mode(&settings(true, true)), Mode::Tray);
        assert_eq!(s.mode(&settings(false, false)), Mode::Quit);
        assert_eq!(s.mode(&settings(false, true)), Mode::Quit);
        // A new Steady explains first.
        assert_eq!(s.mode(&Settings::default()), Mode::Explain);
    }

    #[test]
    fn without_a_tray_closing_always_quits() {
        let s = CloseState::default();
        assert!(!s.has_tray());
        for (to_tray, explained) in [(true, false), (true, true), (false, false)] {
            assert_eq!(s.mode(&settings(to_tray, explained)), Mode::Quit);
        }
        // Nor does the page's "hide" leave Steady unreachable.
        let c = s.begin(Mode::Tray);
        assert_eq!(s.page_hide(Some(c.generation)), Ending::Exit);
        assert_eq!(
            s.unanswered(&s.begin(Mode::Explain)),
            Some(Ending::Exit),
            "the fallback quits too"
        );
    }

    #[test]
    fn a_close_before_the_tray_is_built_counts_on_it() {
        let s = CloseState::default();
        s.tray_coming();
        assert!(s.has_tray());
        assert_eq!(s.mode(&settings(true, true)), Mode::Tray);
    }

    #[test]
    fn a_window_hidden_for_a_tray_that_never_came_ends_steady_as_closing_without_one_does() {
        let s = CloseState::default();
        s.tray_coming();
        let c = s.close_requested(&settings(true, true));
        assert_eq!(s.page_hide(Some(c.generation)), Ending::Hide);
        assert_eq!(s.tray_built(false), Some(Ending::Exit));
        assert!(!s.has_tray());
        assert_eq!(s.mode(&settings(true, true)), Mode::Quit);

        // The tray failed before the page answered: the hide becomes the end at once.
        let s = CloseState::default();
        s.tray_coming();
        let c = s.close_requested(&settings(true, true));
        assert_eq!(s.tray_built(false), None);
        assert_eq!(s.page_hide(Some(c.generation)), Ending::Exit);

        // Hidden before the tray came, and the tray came: nothing to undo.
        let s = CloseState::default();
        s.tray_coming();
        let c = s.close_requested(&settings(true, true));
        assert_eq!(s.unanswered(&c), Some(Ending::Hide));
        assert_eq!(s.tray_built(true), None);

        // Never hidden: nothing to end.
        let s = CloseState::default();
        s.tray_coming();
        assert_eq!(s.tray_built(false), None);
    }

    #[test]
    fn each_close_is_numbered_and_an_answer_covers_it_and_earlier_ones() {
        let s = with_tray();
        let first = s.close_requested(&settings(true, true));
        let second = s.close_requested(&settings(true, true));
        assert_eq!(first.generation + 1, second.generation);
        assert_eq!(second.mode, Mode::Tray);
        assert_eq!(s.page_hide(Some(second.generation)), Ending::Hide);
        assert_eq!(s.unanswered(&first), None);
        assert_eq!(s.unanswered(&second), None);
    }

    #[test]
    fn an_answer_to_an_earlier_close_does_not_cover_a_later_one() {
        let s = with_tray();
        let first = s.close_requested(&settings(true, true));
        let second = s.close_requested(&settings(true, true));
        s.page_hide(Some(first.generation));
        assert_eq!(s.unanswered(&first), None);
        assert_eq!(s.unanswered(&second), Some(Ending::Hide));
        // A late answer for the first close (a slow page) changes nothing.
        s.page_hide(Some(first.generation));
        assert_eq!(s.unanswered(&second), Some(Ending::Hide));
    }

    #[test]
    fn an_answer_without_a_number_is_for_the_latest_close() {
        let s = with_tray();
        let c = s.close_requested(&settings(true, true));
        assert_eq!(s.page_quit(None), Ending::Exit);
        assert_eq!(s.unanswered(&c), None);
    }

    #[test]
    fn a_silent_page_gets_what_the_close_asked_for() {
        let s = with_tray();
        let quit = s.begin(Mode::Quit);
        assert_eq!(s.unanswered(&quit), Some(Ending::Exit));
        let tray = s.begin(Mode::Tray);
        assert_eq!(s.unanswered(&tray), Some(Ending::Hide));
        // Explaining hides when the page cannot explain.
        let explain = s.begin(Mode::Explain);
        assert_eq!(s.unanswered(&explain), Some(Ending::Hide));
    }

    #[test]
    fn a_hold_answers_the_close_so_nothing_happens_while_the_person_chooses() {
        let s = with_tray();
        let c = s.close_requested(&settings(true, false));
        assert_eq!(c.mode, Mode::Explain);
        s.page_hold(Some(c.generation));
        assert_eq!(s.unanswered(&c), None);
        // The person closes again while the note is open: a new close, with its own wait.
        let again = s.close_requested(&settings(true, false));
        assert_eq!(s.unanswered(&again), Some(Ending::Hide));
        // They choose "keep in the tray".
        assert_eq!(s.page_hide(Some(again.generation)), Ending::Hide);
        assert_eq!(s.unanswered(&again), None);
    }

    #[test]
    fn the_first_signal_closes_through_the_page_and_the_second_ends_at_once() {
        let s = with_tray();
        let Signal::Close(c) = s.signal() else {
            panic!("the first signal should close through the page");
        };
        assert_eq!(c.mode, Mode::Quit, "a signal never hides to the tray");
        assert_eq!(s.unanswered(&c), Some(Ending::Exit));
        assert_eq!(s.signal(), Signal::ExitNow);
        assert_eq!(s.signal(), Signal::ExitNow);
    }

    #[test]
    fn the_page_is_told_the_mode_and_number() {
        let c = Closing {
            mode: Mode::Explain,
            generation: 3,
        };
        assert_eq!(
            serde_json::to_value(c).unwrap(),
            serde_json::json!({"mode": "explain", "generation": 3})
        );
    }
}
