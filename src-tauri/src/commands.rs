//! The page's only way in. Each command translates one call into the core and back;
//! no rules live here.

use serde::Serialize;
use steady_core::app::AppInfo;
use steady_core::breathing::{OwnPatternInput, Pattern, Schedule};
use steady_core::helped::{Entry, NewEntry};
use steady_core::history::Version;
use steady_core::plan::{Item, ItemInput, Plan, Section, SectionInfo};
use steady_core::{Notice, Settings, Steady};

pub use crate::error::Error;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::deferred::AfterFirstScreen;
use crate::launch::PendingRoute;
use crate::ready::ReadySignal;
use crate::sound::{Sound, SoundStatus};

#[tauri::command]
pub fn app_info(steady: State<'_, Steady>) -> AppInfo {
    steady.info()
}

#[tauri::command]
pub fn get_settings(steady: State<'_, Steady>) -> Settings {
    steady.settings()
}

#[tauri::command]
pub fn save_settings(
    steady: State<'_, Steady>,
    sound: State<'_, Sound>,
    mut settings: Settings,
) -> Result<Settings, Error> {
    // The shortcut changes only through `shortcut_set`, which also registers it.
    settings.shortcut = steady.settings().shortcut;
    let saved = steady.save_settings(settings)?;
    sound.set_volume(if saved.sound { saved.volume } else { 0 });
    Ok(saved)
}

/// All the page needs to draw its first screen, in one call: start-up time matters.
#[derive(Serialize)]
pub struct PageStart {
    settings: Settings,
    limits: steady_core::limits::Limits,
    notices: Vec<Notice>,
    route: Option<steady_core::command_line::Route>,
}

#[tauri::command]
pub fn page_start(steady: State<'_, Steady>, pending: State<'_, PendingRoute>) -> PageStart {
    let notices = steady.take_notices();
    for n in &notices {
        log::warn!(target: "steady::notice", "{}", n.code);
    }
    PageStart {
        settings: steady.settings(),
        limits: steady_core::limits::limits(),
        notices,
        route: pending.take(),
    }
}

#[tauri::command]
pub fn help_view(steady: State<'_, Steady>) -> steady_core::help::HelpView {
    steady.help_view()
}

#[tauri::command]
pub fn set_country(steady: State<'_, Steady>, code: Option<String>) -> Result<(), Error> {
    Ok(steady.set_country(code)?)
}

#[tauri::command]
pub fn ui_ready(ready: State<'_, ReadySignal>, after: State<'_, AfterFirstScreen>) {
    ready.report();
    after.run();
}

// ------------------------------------------------------------------ breathing

#[tauri::command]
pub fn breathing_patterns(steady: State<'_, Steady>) -> Vec<Pattern> {
    steady.patterns()
}

#[derive(Serialize)]
pub struct Session {
    pattern: Pattern,
    schedule: Schedule,
    sound: SoundStatus,
    sound_on: bool,
}

/// Computes the session's schedule and starts its sound from the same schedule.
#[tauri::command]
pub fn breathing_start(
    steady: State<'_, Steady>,
    sound: State<'_, Sound>,
    pattern_id: String,
    minutes: Option<u32>,
) -> Result<Session, Error> {
    let (pattern, schedule) = steady.breathing_schedule(&pattern_id, minutes)?;
    let settings = steady.settings();
    let status = sound.status();
    let sound_on = settings.sound && status == SoundStatus::Ready;
    if sound_on {
        sound.play(&schedule, settings.volume);
    }
    Ok(Session {
        pattern,
        schedule,
        sound: status,
        sound_on,
    })
}

/// The pattern and length B starts at once.
#[tauri::command]
pub fn breathing_last(steady: State<'_, Steady>) -> steady_core::settings::LastBreath {
    steady.last_breath()
}

#[tauri::command]
pub fn breathing_pause(sound: State<'_, Sound>) {
    sound.pause();
}

#[tauri::command]
pub fn breathing_resume(sound: State<'_, Sound>) {
    sound.resume();
}

#[tauri::command]
pub fn breathing_stop(sound: State<'_, Sound>) {
    sound.stop();
}

#[tauri::command]
pub fn sound_status(sound: State<'_, Sound>) -> SoundStatus {
    sound.status()
}

#[tauri::command]
pub fn pattern_add(steady: State<'_, Steady>, input: OwnPatternInput) -> Result<Pattern, Error> {
    Ok(steady.add_pattern(&input)?)
}

#[tauri::command]
pub fn pattern_update(
    steady: State<'_, Steady>,
    id: String,
    input: OwnPatternInput,
) -> Result<Pattern, Error> {
    Ok(steady.update_pattern(&id, &input)?)
}

#[tauri::command]
pub fn pattern_delete(steady: State<'_, Steady>, id: String) -> Result<Pattern, Error> {
    Ok(steady.delete_pattern(&id)?)
}

// ------------------------------------------------------------------ what helped

#[tauri::command]
pub fn helped_add(steady: State<'_, Steady>, entry: NewEntry) -> Result<Entry, Error> {
    Ok(steady.add_helped(entry)?)
}

#[tauri::command]
pub fn helped_delete(steady: State<'_, Steady>, id: u64) -> Result<(), Error> {
    Ok(steady.delete_helped(id)?)
}

#[tauri::command]
pub fn helped_clear(steady: State<'_, Steady>) -> Result<(), Error> {
    Ok(steady.clear_helped()?)
}

// ------------------------------------------------------------------ grounding, urges

#[tauri::command]
pub fn grounding_get(steady: State<'_, Steady>) -> steady_core::app::GroundingView {
    steady.grounding()
}

#[tauri::command]
pub fn grounding_shape(
    steady: State<'_, Steady>,
    change: steady_core::app::GroundingChange,
) -> Result<steady_core::app::GroundingView, Error> {
    Ok(steady.shape_grounding(change)?)
}

#[tauri::command]
pub fn urge_wave(minutes: u32, check_ins: bool) -> Result<steady_core::urge::Wave, Error> {
    Ok(steady_core::urge::Wave::new(minutes, check_ins)?)
}

#[tauri::command]
pub fn helped_list(steady: State<'_, Steady>) -> Vec<Entry> {
    steady.helped()
}

// ------------------------------------------------------------------ safety plan

#[tauri::command]
pub fn plan_sections() -> Result<Vec<SectionInfo>, Error> {
    steady_core::plan::sections().map_err(|_| Error::Damaged {
        what: "the plan's prompts",
    })
}

#[tauri::command]
pub fn plan_get(steady: State<'_, Steady>) -> Plan {
    steady.plan()
}

#[tauri::command]
pub fn plan_add(
    steady: State<'_, Steady>,
    section: Section,
    input: ItemInput,
    at: Option<usize>,
) -> Result<Item, Error> {
    Ok(steady.plan_add(section, &input, at)?)
}

#[tauri::command]
pub fn plan_edit(
    steady: State<'_, Steady>,
    section: Section,
    id: u64,
    input: ItemInput,
) -> Result<Item, Error> {
    Ok(steady.plan_edit(section, id, &input)?)
}

#[tauri::command]
pub fn plan_delete(steady: State<'_, Steady>, section: Section, id: u64) -> Result<Item, Error> {
    Ok(steady.plan_delete(section, id)?)
}

/// Undo names only the id: the core restores the item it kept, as it was.
#[tauri::command]
pub fn plan_undo_delete(steady: State<'_, Steady>, section: Section, id: u64) -> Result<(), Error> {
    Ok(steady.plan_undo_delete(section, id)?)
}

#[tauri::command]
pub fn plan_unpin(steady: State<'_, Steady>, id: String) -> Result<(), Error> {
    Ok(steady.plan_unpin(&id)?)
}

#[tauri::command]
pub fn plan_reorder(
    steady: State<'_, Steady>,
    section: Section,
    id: u64,
    to: usize,
) -> Result<(), Error> {
    Ok(steady.plan_reorder(section, id, to)?)
}

#[tauri::command]
pub fn plan_versions(steady: State<'_, Steady>) -> Vec<Version> {
    steady.plan_versions()
}

#[tauri::command]
pub fn plan_version(steady: State<'_, Steady>, id: String) -> Result<Plan, Error> {
    Ok(steady.plan_version(&id)?)
}

#[tauri::command]
pub fn plan_restore_version(steady: State<'_, Steady>, id: String) -> Result<Plan, Error> {
    let plan = steady.plan_version(&id)?;
    Ok(steady.replace_plan(plan)?)
}

/// Checks a file the person picked (its bytes, read by the page) without changing anything.
#[tauri::command]
pub fn plan_import_preview(bytes: Vec<u8>) -> Result<Plan, Error> {
    Ok(Steady::parse_plan(&bytes)?)
}

#[tauri::command]
pub fn plan_import(steady: State<'_, Steady>, bytes: Vec<u8>) -> Result<Plan, Error> {
    let plan = Steady::parse_plan(&bytes)?;
    Ok(steady.replace_plan(plan)?)
}

/// Asks where to save (the system dialog), then writes the plan there durably. Returns
/// the path, or `None` if the person cancelled. Async: the dialog must not block the
/// main thread.
#[tauri::command]
pub async fn plan_export<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    format: String,
) -> Result<Option<String>, Error> {
    let export = steady.plan().export(&format)?;
    let (label, ext) = if format == "json" {
        ("JSON", "json")
    } else {
        ("Markdown", "md")
    };
    let chosen = app
        .dialog()
        .file()
        .set_file_name(export.file_name)
        .add_filter(label, &[ext])
        .blocking_save_file();
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let path = chosen.into_path().map_err(|_| Error::Path)?;
    crate::export::write(&path, &export.bytes)?;
    Ok(Some(path.display().to_string()))
}

/// Opens the system print dialog for the page (paper or PDF). `window.print()` alone does
/// nothing in the Linux webview, so the page asks for it here.
#[tauri::command]
pub fn print_page<R: Runtime>(webview: tauri::Webview<R>) -> Result<(), Error> {
    webview.print().map_err(|e| {
        log::warn!(target: "steady::error", "print: {e}");
        Error::Print
    })
}

/// Hands a `tel:` or `sms:` link to the system, if it has an app for it. Most desktops do
/// not: then `no_phone_app` in plain words for the page, and the launcher's own report,
/// with the number taken out, to stderr only. Off the main thread: a launcher may take a
/// moment to say it failed, and the window must not freeze meanwhile.
#[tauri::command]
pub async fn open_contact<R: Runtime>(
    app: AppHandle<R>,
    kind: String,
    number: String,
) -> Result<(), Error> {
    use steady_core::dial;
    let uri = dial::contact_uri(&kind, &number)?;
    let link = uri.clone();
    let report = match tauri::async_runtime::spawn_blocking(move || {
        app.opener().open_url(link, None::<&str>)
    })
    .await
    {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(e)) => e.to_string(),
        Err(e) => e.to_string(),
    };
    eprintln!(
        "steady: no app took the {kind} link: {}",
        dial::redact(&report, &uri)
    );
    Err(dial::NoPhoneApp::for_kind(&kind).into())
}
