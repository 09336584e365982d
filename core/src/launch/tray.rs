//! The tray menu: the way back to Steady while its window is hidden. On Linux the icon's
//! own clicks are not reported, so everything is in the menu. This is its one list: the
//! shell builds the menu from it and acts on a click through it.

use crate::launch::command_line::Screen;

/// What a menu item does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Bring the window forward on this screen.
    Open(Screen),
    ShowOrHide,
    /// Lock Steady (with protection on; otherwise nothing).
    Lock,
    /// Close through the page (so what is being typed is saved), then end Steady.
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// The menu item's id, which a click reports.
    pub id: &'static str,
    pub action: Action,
    /// Its words in the catalogue (tray.ftl).
    pub words: &'static str,
}

/// The menu, in order. A separator goes between the screens and the window's own items.
pub const MENU: [Item; 7] = [
    Item {
        id: "breathe",
        action: Action::Open(Screen::Breathe),
        words: "tray-breathe",
    },
    Item {
        id: "ground",
        action: Action::Open(Screen::Ground),
        words: "tray-ground",
    },
    Item {
        id: "plan",
        action: Action::Open(Screen::Plan),
        words: "tray-plan",
    },
    Item {
        id: "help",
        action: Action::Open(Screen::Help),
        words: "tray-help",
    },
    Item {
        id: "show-hide",
        action: Action::ShowOrHide,
        words: "tray-show-hide",
    },
    Item {
        id: "lock",
        action: Action::Lock,
        words: "tray-lock",
    },
    Item {
        id: "quit",
        action: Action::Quit,
        words: "tray-quit",
    },
];

/// The tray icon's tooltip, in the catalogue.
pub const TOOLTIP: &str = "tray-tooltip";

/// What the desktop shows of Steady (the window's title, the tray's tooltip), as message
/// ids: neutral ones when the person asked for a discreet name.
pub fn desktop_names(discreet: bool) -> (&'static str, &'static str) {
    if discreet {
        ("tray-window-title-discreet", "tray-tooltip-discreet")
    } else {
        ("tray-window-title", TOOLTIP)
    }
}

/// What the item a click reports does; `None` for an id that is not in the menu.
pub fn action(id: &str) -> Option<Action> {
    MENU.iter().find(|i| i.id == id).map(|i| i.action)
}

/// Whether a separator goes before the item at `index`: the first that is not a screen.
pub fn separator_before(index: usize) -> bool {
    let opens = |i: usize| matches!(MENU.get(i).map(|m| m.action), Some(Action::Open(_)));
    index > 0 && opens(index - 1) && !opens(index) && index < MENU.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_found_by_its_id_and_ids_are_unique() {
        for (n, item) in MENU.iter().enumerate() {
            assert_eq!(action(item.id), Some(item.action), "{}", item.id);
            assert!(
                MENU[..n].iter().all(|other| other.id != item.id),
                "{} twice",
                item.id
            );
        }
        assert_eq!(action("nonsense"), None);
    }

    #[test]
    fn the_screens_match_their_names_and_quit_goes_through_the_page() {
        assert_eq!(action("breathe"), Some(Action::Open(Screen::Breathe)));
        assert_eq!(action("ground"), Some(Action::Open(Screen::Ground)));
        assert_eq!(action("plan"), Some(Action::Open(Screen::Plan)));
        assert_eq!(action("help"), Some(Action::Open(Screen::Help)));
        assert_eq!(action("show-hide"), Some(Action::ShowOrHide));
        assert_eq!(action("quit"), Some(Action::Quit));
    }

    #[test]
    fn one_separator_between_the_screens_and_the_window_s_own_items() {
        let at: Vec<usize> = (0..=MENU.len()).filter(|&i| separator_before(i)).collect();
        assert_eq!(at, [4]);
        assert_eq!(MENU[4].id, "show-hide");
    }
}

#[cfg(test)]
mod words {
    use super::*;

    #[test]
    fn every_item_and_the_tooltip_have_words() {
        let words = crate::words::Words::new(crate::words::FALLBACK);
        for id in MENU.iter().map(|i| i.words).chain([TOOLTIP]) {
            assert!(words.has(id), "tray.ftl has no {id}");
        }
    }
}
