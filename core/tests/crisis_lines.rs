//! One named test per entry of `assets/crisis-lines.json`, so a failure names the line:
//! its numbers are in its country's format, it names a source with an address, its check
//! date is real, and the QR code made for each number reads back as exactly its link.

use libtest_mimic::{Arguments, Failed, Trial};
use steady_core::help::directory::{ContactKind, Country, Directory, Emergency, Line, Source};
use steady_core::help::qr;

/// How a country writes its numbers, beyond short codes (3 to 6 digits, which every
/// country has): the leading digits and the number of digits. From each numbering plan.
fn formats(country: &str) -> &'static [(&'static str, usize)] {
    match country {
        "US" | "CA" => &[("1800", 11), ("1866", 11), ("1", 11)],
        "GB" => &[("08", 11), ("07", 11)],
        "IE" => &[("1800", 10)],
        "AU" => &[("13", 6), ("1300", 10), ("1800", 10), ("04", 10)],
        "NZ" => &[("0800", 10), ("0508", 10)],
        "DE" => &[("0800", 11)],
        "NL" => &[("0800", 8)],
        "IN" => &[("1800", 11)],
        "ES" => &[("6", 9), ("9", 9)],
        "MX" => &[("800", 10)],
        "JP" => &[("0120", 10)],
        "KR" => &[("15", 8)],
        "IT" => &[("0", 10)],
        "SE" => &[("020", 9)],
        "BE" => &[("0800", 9)],
        "AT" => &[("0800", 10)],
        "NO" => &[("2", 8)],
        "FI" => &[("09", 10), ("080", 9)],
        "PL" => &[("800", 9)],
        "SG" => &[("1800", 11), ("6", 8), ("8", 8), ("9", 8)],
        "PH" => &[("09", 11)],
        "ZA" => &[("0800", 10)],
        "AR" => &[("0800", 11), ("011", 11)],
        "DK" => &[("70", 8)],
        "PT" => &[("808", 9), ("800", 9)],
        "CO" => &[("3", 10)],
        "HK" => &[("2", 8), ("3", 8)],
        _ => &[],
    }
}

/// Country calling codes for numbers written in international form.
fn calling_code(country: &str) -> Option<&'static str> {
    match country {
        "SG" => Some("65"),
        _ => None,
    }
}

fn in_format(country: &str, written: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_ascii_digit() || " -()".contains(c);
    let (body, international) = match written.strip_prefix('+') {
        Some(rest) => (rest, true),
        None => (written.strip_prefix('*').unwrap_or(written), false),
    };
    if body.is_empty() || !body.chars().all(allowed) {
        return Err(format!(
            "{written:?} holds more than digits, spaces and dashes"
        ));
    }
    let mut digits: String = body.chars().filter(char::is_ascii_digit).collect();
    if international {
        let code = calling_code(country).ok_or(format!("{written:?}: no calling code known"))?;
        digits = digits
            .strip_prefix(code)
            .ok_or(format!("{written:?} is not +{code}"))?
            .to_string();
    }
    if (3..=6).contains(&digits.len()) && !international {
        return Ok(());
    }
    if formats(country)
        .iter()
        .any(|(lead, len)| digits.starts_with(lead) && digits.len() == *len)
    {
        Ok(())
    } else {
        Err(format!("{written:?} is not in {country}'s format"))
    }
}

/// `YYYY-MM-DD`, a real day, not in the future.
fn real_date(s: &str) -> Result<(), String> {
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return Err(format!("{s:?} is not YYYY-MM-DD"));
    }
    let (y, m, d): (u32, u32, u32) = (
        parts[0].parse().map_err(|_| "year")?,
        parts[1].parse().map_err(|_| "month")?,
        parts[2].parse().map_err(|_| "day")?,
    );
    if !(2020..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(format!("{s:?} is not a day"));
    }
    let today = steady_core::store::time::utc_date(std::time::SystemTime::now());
    if s > today.as_str() {
        return Err(format!("{s:?} is in the future (today is {today})"));
    }
    Ok(())
}

fn sourced(sources: &[Source]) -> Result<(), String> {
    if sources.is_empty() {
        return Err("no source".into());
    }
    for s in sources {
        if s.name.trim().is_empty() {
            return Err("a source without a name".into());
        }
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            return Err(format!("{:?} has no address", s.name));
        }
    }
    Ok(())
}

/// Draws the SVG the core made (one unit a module: `M x y h w v h H x V y` runs) at four
/// pixels a module, and reads it with a QR decoder.
fn decode(code: &qr::PhoneCode) -> Result<String, String> {
    const SCALE: usize = 4;
    let side = code.modules * SCALE;
    let mut pixels = vec![255u8; side * side];
    let d = code
        .svg
        .split(" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("no path in the SVG")?;
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let nums: Vec<usize> = run
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().map_err(|_| format!("odd path: {run}")))
            .collect::<Result<_, _>>()?;
        let [x, y, w, h, ..] = nums[..] else {
            return Err(format!("odd path: {run}"));
        };
        for py in y * SCALE..(y + h) * SCALE {
            for px in x * SCALE..(x + w) * SCALE {
                pixels[py * side + px] = 0;
            }
        }
    }
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
    let grids = img.detect_grids();
    let grid = grids.first().ok_or("no QR code found in the image")?;
    grid.decode()
        .map(|(_, text)| text)
        .map_err(|e| e.to_string())
}

fn check_codes(country: &Country, line: &Line) -> Result<(), String> {
    for c in &line.contacts {
        let kind = match c.kind {
            ContactKind::Call | ContactKind::Tty => "call",
            ContactKind::Text => "text",
            _ => continue,
        };
        in_format(&country.code, &c.value).map_err(|e| format!("{}: {e}", line.name))?;
        let code = qr::phone_code(kind, &c.value, c.keyword.as_deref())
            .map_err(|e| format!("{}: no QR code: {e:?}", c.value))?;
        let expected =
            qr::link(kind, &c.value, c.keyword.as_deref()).map_err(|e| format!("{e:?}"))?;
        let read = decode(&code)?;
        if read != expected
            || !read.contains(
                &c.value
                    .chars()
                    .filter(|ch| ch.is_ascii_digit())
                    .collect::<String>(),
            )
        {
            return Err(format!(
                "{}: the code reads {read:?}, not {expected:?}",
                c.value
            ));
        }
    }
    Ok(())
}

fn check_line(country: &Country, line: &Line) -> Result<(), Failed> {
    if line.contacts.is_empty() {
        return Err("no way to reach it".into());
    }
    sourced(&line.sources)?;
    real_date(&line.checked)?;
    if !line.single_source && line.sources.len() < 2 {
        return Err("one source, but not marked single_source".into());
    }
    if line.hours.as_deref().is_none_or(str::is_empty) {
        return Err("no hours".into());
    }
    check_codes(country, line)?;
    Ok(())
}

fn check_emergency(country: &Country, e: &Emergency) -> Result<(), Failed> {
    if e.number.is_empty() || !e.number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("emergency number {:?}", e.number).into());
    }
    sourced(&e.sources)?;
    real_date(&e.checked)?;
    let code = qr::phone_code("call", &e.number, None).map_err(|e| format!("{e:?}"))?;
    let read = decode(&code)?;
    if read != format!("tel:{}", e.number) {
        return Err(format!("{}: the code reads {read:?}", country.code).into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let directory = match Directory::built_in() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("assets/crisis-lines.json does not load: {e}");
            std::process::exit(101);
        }
    };
    let mut trials = Vec::new();
    let fallback = directory.fallback.clone();
    trials.push(Trial::test("fallback emergency number", move || {
        sourced(&fallback.sources)?;
        real_date(&fallback.checked)?;
        Ok(())
    }));
    let count = directory.countries.len();
    trials.push(Trial::test("at least 30 countries", move || {
        if count >= 30 {
            Ok(())
        } else {
            Err(format!("{count} countries").into())
        }
    }));
    for country in directory.countries {
        let c = country.clone();
        trials.push(Trial::test(
            format!("{} emergency number", c.code),
            move || check_emergency(&c, &c.emergency),
        ));
        let c = country.clone();
        trials.push(Trial::test(
            format!("{} has a line or says why not", c.code),
            move || {
                let crisis = c
                    .lines
                    .iter()
                    .any(|l| matches!(l.section, steady_core::help::directory::Section::Crisis));
                if crisis || c.note.is_some() {
                    Ok(())
                } else {
                    Err("no crisis line and no note saying so".into())
                }
            },
        ));
        for line in &country.lines {
            let (c, l) = (country.clone(), line.clone());
            trials.push(Trial::test(
                format!("{} {}", country.code, line.name),
                move || check_line(&c, &l),
            ));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
