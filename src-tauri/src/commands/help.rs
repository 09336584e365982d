//! Get help now: what it shows, the country it is for, and handing a number to the system.

use steady_core::help::{dial, qr, HelpView};
use steady_core::Steady;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use super::Error;

#[tauri::command]
pub fn help_view(steady: State<'_, Steady>) -> HelpView {
    steady.help_view()
}

#[tauri::command]
pub fn set_country(steady: State<'_, Steady>, code: Option<String>) -> Result<(), Error> {
    Ok(steady.settings.set_country(code)?)
}

/// Hands a `tel:` or `sms:` link to the system, if it has an app for it. Most desktops do
/// not: then `no_phone_app` for the page, and the launcher's own report, with the number
/// taken out, to the log. Off the main thread: a launcher may take a moment to say it
/// failed, and the window must not freeze meanwhile.
#[tauri::command]
pub async fn open_contact<R: Runtime>(
    app: AppHandle<R>,
    kind: String,
    number: String,
) -> Result<(), Error> {
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
    log::warn!(
        target: "steady",
        "no app took the {kind} link: {}",
        dial::redact(&report, &uri)
    );
    Err(dial::NoPhoneApp::for_kind(&kind).into())
}

/// The QR code that carries a number to a phone: its camera opens the dialler with it.
#[tauri::command]
pub fn phone_code(
    kind: String,
    number: String,
    keyword: Option<String>,
) -> Result<qr::PhoneCode, Error> {
    Ok(qr::phone_code(&kind, &number, keyword.as_deref())?)
}
