//! `tel:` and `sms:` addresses for a number the person wrote, and nothing else: the only
//! links Steady hands to the system. Most desktops have no app for them; then the person
//! is told so in plain words, and the number stays on screen to dial on a phone.

use crate::error::{InvalidInput, Reason};

/// `call` or `text` plus a written number ("+44 (0)7700 900-123") to a `tel:`/`sms:` URI.
/// Only digits and a leading `+` survive; anything else a number should not hold is refused.
pub fn contact_uri(kind: &str, number: &str) -> Result<String, InvalidInput> {
    let scheme = match kind {
        "call" => "tel",
        "text" => "sms",
        _ => return Err(InvalidInput::new("kind", Reason::CallOrText)),
    };
    let trimmed = number.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +-().*".contains(c);
    if trimmed.is_empty() || !trimmed.chars().all(allowed) {
        // The number stays out of the refusal: the page still shows it, to copy.
        return Err(InvalidInput::new("number", Reason::NotAPhoneNumber));
    }
    // A leading `*` is part of some short codes (Chile's *4141), and tel: allows it.
    let plus = if trimmed.starts_with('+') {
        "+"
    } else if trimmed.starts_with('*') {
        "*"
    } else {
        ""
    };
    if trimmed.chars().skip(1).any(|c| c == '*') {
        return Err(InvalidInput::new("number", Reason::NotAPhoneNumber));
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let (min, max) = (2, 15);
    if !(min..=max).contains(&digits.len()) {
        return Err(InvalidInput::new(
            "number",
            Reason::PhoneDigits { min, max },
        ));
    }
    Ok(format!("{scheme}:{plus}{digits}"))
}

/// No app on this computer took the `tel:`/`sms:` link (the usual case on a desktop). The
/// words say what happened and what still works; the page shows the number large after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NoPhoneApp {
    #[error("This computer cannot place calls. Dial this number on a phone instead:")]
    Call,
    #[error("This computer cannot send texts. Send this from a phone instead:")]
    Text,
}

impl NoPhoneApp {
    pub fn for_kind(kind: &str) -> NoPhoneApp {
        if kind == "text" {
            NoPhoneApp::Text
        } else {
            NoPhoneApp::Call
        }
    }

    /// Stable, for the page to react to.
    pub fn code(&self) -> crate::error::Code {
        crate::error::Code::NoPhoneApp
    }
}

/// A launcher's report with the link and its number taken out, so a log holds no number
/// from the person's plan: `Launcher "gio" "open" "tel:0770" failed` -> `... "tel:…" failed`.
pub fn redact(report: &str, uri: &str) -> String {
    let (scheme, digits) = uri.split_once(':').unwrap_or(("", uri));
    let digits = digits.trim_start_matches('+');
    let mut out = report.replace(uri, &format!("{scheme}:…"));
    if digits.len() >= 2 {
        out = out.replace(digits, "…");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_become_clean_uris_and_nothing_else_gets_through() {
        assert_eq!(
            contact_uri("call", " +44 (0)7700 900-123 ").unwrap(),
            "tel:+4407700900123"
        );
        assert_eq!(contact_uri("text", "741741").unwrap(), "sms:741741");
        assert_eq!(contact_uri("call", "116 123").unwrap(), "tel:116123");
        for bad in ["javascript:alert(1)", "https://x", "12;34", "", "sms:123"] {
            let e = contact_uri("call", bad).unwrap_err();
            assert_eq!(
                (e.field, e.reason),
                ("number", Reason::NotAPhoneNumber),
                "{bad}"
            );
        }
        let e = contact_uri("call", "1").unwrap_err();
        assert_eq!(e.reason, Reason::PhoneDigits { min: 2, max: 15 });
        let e = contact_uri("open", "123").unwrap_err();
        assert_eq!((e.field, e.reason), ("kind", Reason::CallOrText));
    }

    #[test]
    fn no_phone_app_speaks_plainly_and_a_log_keeps_no_number() {
        let call = NoPhoneApp::for_kind("call");
        assert_eq!(call.code(), crate::error::Code::NoPhoneApp);
        assert!(call.to_string().contains("cannot place calls"));
        assert!(NoPhoneApp::for_kind("text")
            .to_string()
            .contains("cannot send texts"));
        let uri = contact_uri("call", "07700 900123").unwrap();
        let raw = format!(
            "Launcher \"gio\" \"open\" \"{uri}\" failed with ExitStatus(unix_wait_status(512))"
        );
        let clean = redact(&raw, &uri);
        assert!(!clean.contains("07700900123"), "{clean}");
        assert!(
            clean.contains("tel:…") && clean.contains("ExitStatus"),
            "{clean}"
        );
        let plus = contact_uri("text", "+44 7700 900123").unwrap();
        assert!(
            !redact(&format!("no app for {plus} (447700900123)"), &plus).contains("447700900123")
        );
    }
}
