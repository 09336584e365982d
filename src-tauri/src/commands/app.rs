//! The page's start: what the first screen needs, and the signal that it is up.

use serde::Serialize;
use steady_core::app::AppInfo;
use steady_core::words::{PageWords, Part};
use steady_core::{Notice, Settings, Steady};
use tauri::State;

use crate::deferred::AfterFirstScreen;
use crate::launch::PendingRoute;
use crate::ready::ReadySignal;

/// What Settings shows about where things are kept, and (for the tests) whether GTK
/// would note a saved file in the desktop's recent-files list.
#[derive(Serialize)]
pub struct Info {
    #[serde(flatten)]
    info: AppInfo,
    recent_files: Option<bool>,
}

#[tauri::command]
pub fn app_info(steady: State<'_, Steady>) -> Info {
    Info {
        info: steady.info(),
        recent_files: crate::traces::recent_files_enabled(),
    }
}

/// All the page needs to draw its first screen, in one call: start-up time matters.
#[derive(Serialize)]
pub struct PageStart {
    settings: Settings,
    limits: steady_core::limits::Limits,
    notices: Vec<Notice>,
    route: Option<steady_core::launch::command_line::Route>,
    words: PageWords,
    /// Home's tools in order, for each answer to "what brings you here".
    home: steady_core::paths::HomeOrders,
}

#[tauri::command]
pub fn page_start(steady: State<'_, Steady>, pending: State<'_, PendingRoute>) -> PageStart {
    let notices = steady.take_notices();
    for n in &notices {
        log::warn!(target: "steady::notice", "{}", n.code());
    }
    PageStart {
        settings: steady.settings.get(),
        limits: steady_core::limits::limits(),
        notices,
        route: pending.take(),
        words: steady.page_words(Part::FirstScreen),
        home: steady_core::paths::home_orders(),
    }
}

/// The words of every other screen, asked for once the first is drawn.
#[tauri::command]
pub fn page_words(steady: State<'_, Steady>) -> PageWords {
    steady.page_words(Part::Rest)
}

/// How far the page's start has come.
#[derive(serde::Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The first screen is painted; what the person does is held until `Live`.
    Painted,
    /// The page's modules run it: everything acts.
    Live,
}

#[tauri::command]
pub fn ui_ready(stage: Stage, ready: State<'_, ReadySignal>, after: State<'_, AfterFirstScreen>) {
    match stage {
        Stage::Painted => ready.report(),
        // What waits for the first screen (the tray, the shortcut) waits for the modules
        // too, so it never slows their loading.
        Stage::Live => {
            ready.report_live();
            after.run();
        }
    }
}
