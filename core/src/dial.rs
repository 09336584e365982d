//! `tel:` and `sms:` addresses for a number the person wrote, and nothing else: the only
//! links Steady hands to the system.

use crate::error::InvalidInput;

/// `call` or `text` plus a written number ("+44 (0)7700 900-123") to a `tel:`/`sms:` URI.
/// Only digits and a leading `+` survive; anything else a number should not hold is refused.
pub fn contact_uri(kind: &str, number: &str) -> Result<String, InvalidInput> {
    let scheme = match kind {
        "call" => "tel",
        "text" => "sms",
        _ => {
            return Err(InvalidInput {
                field: "kind",
                message: "Steady can only start a call or a text.".into(),
            })
        }
    };
    let trimmed = number.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +-().".contains(c);
    if trimmed.is_empty() || !trimmed.chars().all(allowed) {
        return Err(InvalidInput {
            field: "number",
            message: format!("“{trimmed}” does not look like a phone number, so it cannot be dialled from here. You can still copy it."),
        });
    }
    let plus = if trimmed.starts_with('+') { "+" } else { "" };
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if !(2..=15).contains(&digits.len()) {
        return Err(InvalidInput {
            field: "number",
            message: "A phone number has between 2 and 15 digits.".into(),
        });
    }
    Ok(format!("{scheme}:{plus}{digits}"))
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
        for bad in [
            "javascript:alert(1)",
            "https://x",
            "12;34",
            "",
            "1",
            "sms:123",
        ] {
            assert!(contact_uri("call", bad).is_err(), "{bad}");
        }
        assert!(contact_uri("open", "123").is_err());
    }
}
