//! The bridge to the phone: a QR code holding a `tel:` or `sms:` link, so a phone's camera
//! opens its dialler (or messages) with the number already in it. Made here, from the
//! number alone, with no network; the page shows it large, dark on a light quiet zone in
//! both themes, because phone cameras read that reliably and not the reverse.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::Serialize;

use super::dial::contact_uri;
use crate::error::{InvalidInput, Reason};

/// Longest keyword a texted link may carry ("HOME", "SHOUT", "CONNECT").
const KEYWORD_MAX: usize = 20;

/// What the page shows for one number.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PhoneCode {
    /// `tel:988`, `sms:741741?body=HOME`.
    pub link: String,
    /// A whole SVG image, one unit a module, with a four-module light border.
    pub svg: String,
    /// The size of the square in modules, border included (the page scales it).
    pub modules: usize,
}

/// The link a code holds: `call`/`text` and a written number, plus a texted keyword.
pub fn link(kind: &str, number: &str, keyword: Option<&str>) -> Result<String, InvalidInput> {
    let uri = contact_uri(kind, number)?;
    match keyword.map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) if kind == "text" => {
            if k.chars().count() > KEYWORD_MAX || !k.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(InvalidInput::new("keyword", Reason::NotAPhoneNumber));
            }
            Ok(format!("{uri}?body={k}"))
        }
        _ => Ok(uri),
    }
}

/// The QR code for a number, as SVG.
pub fn phone_code(
    kind: &str,
    number: &str,
    keyword: Option<&str>,
) -> Result<PhoneCode, InvalidInput> {
    let link = link(kind, number, keyword)?;
    // Medium correction: a little smudge or glare on the screen still reads. A link of at
    // most ~45 characters always fits; the error branch is for the impossible.
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M)
        .map_err(|_| InvalidInput::new("number", Reason::NotAPhoneNumber))?;
    let modules = code.width().saturating_add(8);
    let image = code
        .render::<svg::Color<'_>>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // The XML prolog means nothing inside a page.
    let svg = match image.find("<svg") {
        Some(at) => image[at..].to_string(),
        None => image,
    };
    Ok(PhoneCode { link, svg, modules })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_number_and_a_texted_keyword() {
        assert_eq!(
            link("call", "1-800-799-7233", None).unwrap(),
            "tel:18007997233"
        );
        assert_eq!(
            link("text", "741741", Some("HOME")).unwrap(),
            "sms:741741?body=HOME"
        );
        assert_eq!(link("call", "988", Some("HOME")).unwrap(), "tel:988");
        assert_eq!(link("call", "*4141", None).unwrap(), "tel:*4141");
        assert!(link("text", "741741", Some("HOME&x=1")).is_err());
        assert!(link("call", "javascript:alert(1)", None).is_err());
    }

    #[test]
    fn the_image_is_dark_on_light_and_square() {
        let c = phone_code("call", "116 123", None).unwrap();
        assert!(c.svg.starts_with("<svg") && c.svg.ends_with("</svg>"));
        assert!(c.svg.contains(r##"fill="#ffffff""##) && c.svg.contains(r##"fill="#000000""##));
        assert!(c
            .svg
            .contains(&format!(r#"viewBox="0 0 {0} {0}""#, c.modules)));
    }
}
