//! The system-wide key combination that opens breathing, as the person writes it
//! ("ctrl + alt + b") and as Steady keeps and shows it ("Ctrl+Alt+B").

use crate::error::InvalidInput;

/// What a new Steady uses; the person can change it or turn it off.
pub const DEFAULT: &str = "Ctrl+Alt+B";

const MODIFIERS: [(&str, &[&str]); 4] = [
    ("Ctrl", &["ctrl", "control"]),
    ("Alt", &["alt"]),
    ("Shift", &["shift"]),
    ("Super", &["super", "meta", "win"]),
];

fn invalid(message: impl Into<String>) -> InvalidInput {
    InvalidInput {
        field: "shortcut",
        message: message.into(),
    }
}

/// Checks a combination and writes it the one way Steady shows it. It needs Ctrl, Alt or
/// Super, so a system-wide grab never swallows ordinary typing.
pub fn normalise(text: &str) -> Result<String, InvalidInput> {
    let parts: Vec<String> = text
        .split('+')
        .map(|p| p.trim().to_ascii_lowercase())
        .collect();
    let Some((key, mods)) = parts.split_last() else {
        return Err(invalid("Type a key combination, such as Ctrl+Alt+B."));
    };
    let mut held = [false; 4];
    for m in mods {
        let i = MODIFIERS
            .iter()
            .position(|(_, names)| names.contains(&m.as_str()))
            .ok_or_else(|| {
                invalid(format!(
                    "{m:?} is not a modifier key. Use Ctrl, Alt, Shift or Super, then one key, such as Ctrl+Alt+B."
                ))
            })?;
        held[i] = true;
    }
    if !(held[0] || held[1] || held[3]) {
        return Err(invalid(
            "Include Ctrl, Alt or Super, so the shortcut does not take over ordinary typing.",
        ));
    }
    let key = key_name(key).ok_or_else(|| {
        invalid("End with one letter, digit or function key (F1 to F12), such as Ctrl+Alt+B.")
    })?;
    let mut out: Vec<&str> = MODIFIERS
        .iter()
        .zip(held)
        .filter(|(_, h)| *h)
        .map(|((name, _), _)| *name)
        .collect();
    out.push(&key);
    Ok(out.join("+"))
}

fn key_name(k: &str) -> Option<String> {
    let mut chars = k.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphanumeric() => Some(c.to_ascii_uppercase().to_string()),
        _ => {
            let n: u8 = k.strip_prefix('f')?.parse().ok()?;
            (1..=12).contains(&n).then(|| format!("F{n}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinations_are_written_one_way() {
        assert_eq!(normalise("ctrl + alt + b").unwrap(), "Ctrl+Alt+B");
        assert_eq!(normalise("Alt+Control+b").unwrap(), "Ctrl+Alt+B");
        assert_eq!(normalise("super+shift+5").unwrap(), "Shift+Super+5");
        assert_eq!(normalise("Ctrl+F9").unwrap(), "Ctrl+F9");
        assert_eq!(normalise(DEFAULT).unwrap(), DEFAULT);
    }

    #[test]
    fn combinations_that_would_take_over_typing_or_make_no_sense_are_refused() {
        for bad in [
            "",
            "b",
            "Shift+B",
            "Ctrl+",
            "Ctrl+Alt",
            "Ctrl+Hyper+B",
            "Ctrl+BB",
            "Ctrl+F13",
            "Ctrl+F0",
            "Ctrl+é",
            "Ctrl+Alt+B+C",
        ] {
            assert!(normalise(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
