//! Reading and writing Steady's JSON exactly.
//!
//! serde_json alone would, on a file from elsewhere: keep the last of two equal keys and
//! drop the first (so `"version":99,"version":1` passed as format 1), refuse a UTF-8 byte
//! order mark (which common editors write), and turn an integer wider than 64 bits, or a
//! decimal with more digits than a double holds, into a nearby double, so an unknown field
//! changed on the next save. Its `arbitrary_precision` feature would keep such numbers but
//! changes how every number deserialises in every crate of the build (Tauri's IPC
//! included), so instead:
//! - [`parse`] walks the document once through serde_json's own parser, refuses duplicate
//!   keys, and keeps each number whose value a double would change as a marked string
//!   holding its exact text;
//! - [`restore_numbers`] puts that text back, unchanged, when the document is written.
//!
//! Markers begin with U+0000, which no text Steady accepts can hold; a string from a file
//! that already begins with U+0000 is marked too, so it comes back exactly as well.

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Number, Value};

use super::BadFile;

const NUMBER_MARK: &str = "\u{0}n:";
const STRING_MARK: &str = "\u{0}s:";
/// Steady's documents nest four deep; a newer Steady's additions get room to spare.
const MAX_DEPTH: usize = 32;

/// Parses a whole document strictly; the error says what kind of fault, never the text.
pub fn parse(bytes: &[u8]) -> Result<Value, BadFile> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| BadFile::NotText)?;
    // The parser's own words can quote the file: only the kind of fault is kept.
    node(text, 0).map_err(|e| {
        let words = e.to_string();
        if words.contains(TWICE) {
            BadFile::DuplicateField
        } else if words.contains(TOO_DEEP) {
            BadFile::TooDeep
        } else {
            damaged(text, &e)
        }
    })
}

/// The custom faults `node` raises, found again in its error by these words.
const TWICE: &str = "appears twice";
const TOO_DEEP: &str = "nested too deeply";

/// Where the text is damaged, and how. A fault deep inside is reported by the nested
/// parse against its own slice, so the whole text is read once more (it fails at the
/// same fault) for the category and place in the file.
fn damaged(text: &str, e: &serde_json::Error) -> BadFile {
    let whole = serde_json::from_str::<de::IgnoredAny>(text).err();
    let e = whole.as_ref().unwrap_or(e);
    BadFile::Damaged {
        category: e.classify(),
        line: e.line(),
        column: e.column(),
    }
}

fn node(text: &str, depth: usize) -> Result<Value, serde_json::Error> {
    let t = text.trim_matches([' ', '\t', '\n', '\r']);
    if t.starts_with(['{', '[']) {
        if depth >= MAX_DEPTH {
            return Err(de::Error::custom(format_args!("it is {TOO_DEEP}")));
        }
        let mut de = serde_json::Deserializer::from_str(t);
        let v = Container { depth }.deserialize(&mut de)?;
        de.end()?;
        return Ok(v);
    }
    let value = match serde_json::from_str::<Value>(t) {
        Ok(v) => v,
        // Past a double's range (1e400): serde_json refuses it, but it is the file's own.
        Err(_)
            if !t.is_empty()
                && t.bytes()
                    .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) =>
        {
            return Ok(Value::String(format!("{NUMBER_MARK}{t}")))
        }
        Err(e) => return Err(e),
    };
    Ok(match value {
        Value::Number(n) if !same_number(&n, t) => Value::String(format!("{NUMBER_MARK}{t}")),
        Value::String(s) if s.starts_with('\u{0}') => Value::String(format!("{STRING_MARK}{s}")),
        v => v,
    })
}

/// Whether writing `n` gives back the value `source` names (not always its spelling:
/// `4.50` is written `4.5`, the same number).
fn same_number(n: &Number, source: &str) -> bool {
    decimal(&n.to_string()) == decimal(source)
}

/// A JSON number as (negative, significant digits, exponent of the first digit), so two
/// spellings of one value compare equal. Zero has no digits and no sign.
fn decimal(s: &str) -> (bool, String, i64) {
    let (neg, s) = s.strip_prefix('-').map_or((false, s), |r| (true, r));
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int}{frac}");
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0').to_string();
    if digits.is_empty() {
        return (false, String::new(), 0);
    }
    let point = i64::try_from(int.len()).unwrap_or(i64::MAX);
    let lead = i64::try_from(lead).unwrap_or(i64::MAX);
    (neg, digits, exp.saturating_add(point).saturating_sub(lead))
}

/// An object or array: its members are taken as raw text and parsed in turn, so each
/// number's own spelling is still there to compare.
struct Container {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Container {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Container {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object or an array")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                // The key stays out of the words: they are matched, never shown.
                return Err(de::Error::custom(format_args!("a field {TWICE}")));
            }
            let raw = map.next_value::<Box<RawValue>>()?;
            let value = node(raw.get(), self.depth + 1).map_err(de::Error::custom)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
            out.push(node(raw.get(), self.depth + 1).map_err(de::Error::custom)?);
        }
        Ok(Value::Array(out))
    }
}

/// Rewrites serde_json's output of a document parsed by [`parse`]: each marked number
/// becomes its exact text again, each marked string its own text. Works on whole string
/// tokens, so text that merely contains a marker's characters is never touched.
pub fn restore_numbers(json: Vec<u8>) -> Vec<u8> {
    const NUMBER: &[u8] = b"\"\\u0000n:";
    const STRING: &[u8] = b"\"\\u0000s:";
    const EITHER: &[u8] = b"\"\\u0000";
    if !json.windows(EITHER.len()).any(|w| w == EITHER) {
        return json;
    }
    let mut out = Vec::with_capacity(json.len());
    let mut i = 0;
    while i < json.len() {
        if json[i] != b'"' {
            out.push(json[i]);
            i += 1;
            continue;
        }
        // A whole string token: find its closing quote, stepping over escapes.
        let start = i;
        i += 1;
        while i < json.len() && json[i] != b'"' {
            i += if json[i] == b'\\' { 2 } else { 1 };
        }
        let end = (i + 1).min(json.len());
        let token = &json[start..end];
        let body = token.get(NUMBER.len()..token.len().saturating_sub(1));
        // A key is never marked (only values are): keep it exactly, whatever it holds.
        let is_key = json[end..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b':');
        match body {
            _ if is_key => out.extend_from_slice(token),
            Some(digits)
                if token.starts_with(NUMBER)
                    && !digits.is_empty()
                    && digits
                        .iter()
                        .all(|b| b.is_ascii_digit() || b"+-.eE".contains(b)) =>
            {
                out.extend_from_slice(digits);
            }
            Some(_) if token.starts_with(STRING) => {
                out.push(b'"');
                out.extend_from_slice(&token[STRING.len()..]);
            }
            _ => out.extend_from_slice(token),
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(src: &str) -> String {
        let v = parse(src.as_bytes()).unwrap();
        String::from_utf8(restore_numbers(serde_json::to_vec(&v).unwrap())).unwrap()
    }

    #[test]
    fn duplicate_keys_are_refused_at_any_depth() {
        for bad in [
            r#"{"version":99,"version":1}"#,
            r#"{"a":[{"id":1,"id":2}]}"#,
        ] {
            let e = parse(bad.as_bytes()).unwrap_err();
            assert_eq!(e, BadFile::DuplicateField);
            assert!(
                !e.to_string().contains("version"),
                "nothing of the file is quoted: {e}"
            );
        }
        assert!(parse(br#"{"a":{"id":1},"b":{"id":1}}"#).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let v = parse(b"\xEF\xBB\xBF{\"version\":1}").unwrap();
        assert_eq!(v["version"], 1);
    }

    #[test]
    fn numbers_a_double_would_change_come_back_exactly() {
        for n in [
            "123456789012345678901234567890",
            "-98765432109876543210",
            "4444444444400054.0013935832",
            "0.1000000000000000000000000001",
            "1e400",
        ] {
            let src = format!(r#"{{"x":{n},"y":[{n}]}}"#);
            assert_eq!(round_trip(&src), src, "{n}");
        }
        // Numbers a double holds stay numbers, so typed fields still read them.
        let v = parse(br#"{"a":4.50,"b":18446744073709551615,"c":-3,"d":1e2}"#).unwrap();
        assert!(v["a"].is_f64() && v["b"].is_u64() && v["c"].is_i64() && v["d"].is_f64());
    }

    #[test]
    fn text_that_looks_like_a_marker_is_kept_as_text() {
        let src = r#"{"a":"\u0000n:5","b":"x\"\u0000n:6","c":"\\u0000n:7"}"#;
        let back: Value = serde_json::from_str(&round_trip(src)).unwrap();
        let orig: Value = serde_json::from_str(src).unwrap();
        assert_eq!(back, orig);
    }

    #[test]
    fn keys_that_look_like_markers_are_kept_exactly() {
        // Found by fuzzing: such a key lost its first characters, or became a bare number.
        let src = r#"{"\u0000s:ace":[1],"\u0000n:5":true,"x":{"\u0000s:":"\u0000s:y"}}"#;
        let back: Value = serde_json::from_str(&round_trip(src)).unwrap();
        let orig: Value = serde_json::from_str(src).unwrap();
        assert_eq!(back, orig);
    }

    #[test]
    fn depth_is_bounded() {
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        assert_eq!(parse(deep.as_bytes()).unwrap_err(), BadFile::TooDeep);
        let fine = format!("{}{}", "[".repeat(10), "]".repeat(10));
        assert!(parse(fine.as_bytes()).is_ok());
    }

    #[test]
    fn trailing_bytes_and_bad_utf8_are_refused() {
        assert!(matches!(
            parse(br#"{"a":1} x"#),
            Err(BadFile::Damaged {
                line: 1,
                column: 9,
                ..
            })
        ));
        assert_eq!(parse(b"{\"a\":\"\xff\"}"), Err(BadFile::NotText));
    }

    #[test]
    fn damage_is_told_by_kind_and_place_without_the_text() {
        let src = "{\n  \"a\": [1, 2],\n  \"secret words\": @\n}";
        let e = parse(src.as_bytes()).unwrap_err();
        let BadFile::Damaged { category, line, .. } = e else {
            panic!("{e:?}");
        };
        assert_eq!((category, line), (serde_json::error::Category::Syntax, 3));
        assert!(!e.to_string().contains("secret"), "{e}");
        let cut = parse(br#"{"a": [1, "#).unwrap_err();
        assert!(
            matches!(
                cut,
                BadFile::Damaged {
                    category: serde_json::error::Category::Eof,
                    ..
                }
            ),
            "{cut:?}"
        );
    }
}
