//! The crisis-line directory's health report (`scripts/check-lines.sh`): every entry last
//! checked more than 12 months ago, then entries resting on one source or with no primary
//! source, so a maintainer knows what to re-check first. Exits 1 if any entry is stale.

use steady_core::help::directory::{Directory, Source};
use steady_core::store::time::utc_date;

/// The day a year before `today` (`YYYY-MM-DD`): anything checked before it is stale.
fn a_year_before(today: &str) -> String {
    let year: i64 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    format!(
        "{:04}{}",
        year.saturating_sub(1),
        today.get(4..).unwrap_or("")
    )
}

fn primary(sources: &[Source]) -> bool {
    sources.iter().any(|s| s.primary)
}

fn main() {
    let d = match Directory::built_in() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("assets/crisis-lines.json does not load: {e}");
            std::process::exit(2);
        }
    };
    let today = utc_date(std::time::SystemTime::now());
    let limit = a_year_before(&today);
    let mut stale = Vec::new();
    let mut single = Vec::new();
    let mut no_primary = Vec::new();
    let mut entries = 0usize;
    if d.fallback.checked < limit {
        stale.push(format!(
            "fallback {}: checked {}",
            d.fallback.number, d.fallback.checked
        ));
    }
    for c in &d.countries {
        entries += 1;
        let e = &c.emergency;
        if e.checked < limit {
            stale.push(format!(
                "{} emergency {}: checked {}",
                c.code, e.number, e.checked
            ));
        }
        if !primary(&e.sources) {
            no_primary.push(format!("{} emergency {}", c.code, e.number));
        }
        for l in &c.lines {
            entries += 1;
            if l.checked < limit {
                stale.push(format!("{} {}: checked {}", c.code, l.name, l.checked));
            }
            if l.single_source {
                single.push(format!("{} {}", c.code, l.name));
            }
            if !primary(&l.sources) {
                no_primary.push(format!("{} {}", c.code, l.name));
            }
        }
    }
    println!(
        "Crisis-line directory: {} countries, {entries} entries; today {today}",
        d.countries.len()
    );
    let list = |title: &str, items: &[String]| {
        println!("\n{title}: {}", items.len());
        for i in items {
            println!("  {i}");
        }
    };
    list("Checked more than 12 months ago (re-check these)", &stale);
    list("Found in one source only", &single);
    list(
        "No primary source (the service's or a government's page)",
        &no_primary,
    );
    if !stale.is_empty() {
        std::process::exit(1);
    }
}
