//! WCAG 1.4.11 non-text contrast, which axe-core does not test: every control's boundary
//! and its focus ring reach 3:1 against what lies behind them, in both themes, and a
//! disabled control looks different from an enabled one.
//!
//! Measured in the page from computed styles, with the WCAG relative-luminance formula:
//! - a control's boundary is its border colour when the border is at least 1px wide, else
//!   its background when that differs from what is behind it. Text fields, selects,
//!   radios, checkboxes and ranges must have one; a button with neither is a text-only
//!   button and has no boundary to judge. Radios, checkboxes and ranges must be drawn by
//!   Steady's CSS (`appearance: none`): their native WebKitGTK look is not in the computed
//!   style, so it could not be checked here (and measures about 1.6:1 on screen);
//! - the focus ring is the outline (or, where the outline is moved to `::after`, the
//!   pseudo-element's outline) seen once `element.focus()` has run after a key press: at
//!   least 2px wide, 3:1 against what is behind it, and different from the unfocused look.

use std::time::Duration;

use serde_json::{json, Value};
use steady_e2e::{run, App, Key, Options};

/// Measures every visible control on the page; returns `{problems, lines}`.
const MEASURE: &str = r#"
const [screen, theme] = arguments;
const problems = [];
const lines = [];

const channel = (t, i) => {
  if (t.endsWith('%')) return parseFloat(t) / 100 * (i < 3 ? 255 : 1);
  return parseFloat(t);
};
const parse = (s) => {
  if (!s || s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let m = s.match(/^rgba?\(([^)]*)\)$/);
  if (m) {
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(channel);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  m = s.match(/^color\(srgb ([^)]*)\)$/);
  if (m) {
    const p = m[1].split(/[\s\/]+/).filter(Boolean);
    const v = p.map((t, i) => (i < 3 ? (t.endsWith('%') ? parseFloat(t) / 100 : parseFloat(t)) * 255 : channel(t, 3)));
    return { r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1 };
  }
  return null;
};
const colour = (s, what) => {
  const c = parse(s);
  if (!c) throw new Error(`cannot read the colour ${JSON.stringify(s)} (${what})`);
  return c;
};
const over = (fg, bg) => ({
  r: fg.r * fg.a + bg.r * (1 - fg.a),
  g: fg.g * fg.a + bg.g * (1 - fg.a),
  b: fg.b * fg.a + bg.b * (1 - fg.a),
  a: 1,
});
const lum = (c) => {
  const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const ratio = (a, b) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const same = (a, b) => Math.abs(a.r - b.r) < 1 && Math.abs(a.g - b.g) < 1 && Math.abs(a.b - b.b) < 1;
const hex = (c) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

// What shows behind an element: its own background and its ancestors', down to the
// first opaque one.
const behind = (el) => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = colour(getComputedStyle(e).backgroundColor, 'background');
    if (c.a > 0) layers.push(c);
    if (c.a >= 1) break;
  }
  return layers.reverse().reduce((base, layer) => over(layer, base), { r: 255, g: 255, b: 255, a: 1 });
};

const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
const shown = (e) => { const c = e.cloneNode(true); c.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove()); return clean(c.textContent); };
const name = (e) => clean(e.getAttribute('aria-label'))
  || clean((e.getAttribute('aria-labelledby') || '').split(/\s+/).map((i) => document.getElementById(i)).filter(Boolean).map(shown).join(' '))
  || clean([...(e.labels || [])].map(shown).join(' '))
  || shown(e) || e.id || e.tagName.toLowerCase();
const describe = (e) => {
  const kind = e.tagName === 'INPUT' ? `input[${e.type}]` : e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '');
  return `${screen}/${theme}: ${kind} "${name(e).slice(0, 60)}"`;
};
const rendered = (e) => {
  if (e.closest('[aria-hidden="true"], [hidden]')) return false;
  const cs = getComputedStyle(e);
  if (cs.visibility !== 'visible' || cs.display === 'none') return false;
  const r = e.getBoundingClientRect();
  return r.width > 2 && r.height > 2;
};
const onScreen = (e) => { const r = e.getBoundingClientRect(); return r.right > 0 && r.bottom > 0; };

const FIELD = (e) => e.tagName === 'SELECT' || e.tagName === 'TEXTAREA'
  || (e.tagName === 'INPUT' && !['radio', 'checkbox', 'range', 'button', 'submit', 'reset', 'file', 'image', 'color', 'hidden'].includes(e.type));
const DRAWN = (e) => e.tagName === 'INPUT' && ['radio', 'checkbox', 'range'].includes(e.type);

const controls = [...document.querySelectorAll('input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"]), .choice')]
  .filter((e) => !(e.tagName === 'INPUT' && e.type === 'hidden'))
  .filter(rendered);

// ----- boundaries
for (const e of controls) {
  if (e.disabled || !onScreen(e)) continue;
  const cs = getComputedStyle(e);
  const back = behind(e.parentElement);
  const required = FIELD(e) || DRAWN(e);
  const appearance = cs.appearance || cs.webkitAppearance || 'auto';
  if (DRAWN(e) && appearance !== 'none') {
    problems.push(`${describe(e)}: drawn natively (appearance: ${appearance}), so its boundary is not Steady's to measure; draw it with appearance: none and a border`);
    lines.push(`${describe(e)}: native`);
    continue;
  }
  const width = parseFloat(cs.borderTopWidth) || 0;
  const border = colour(cs.borderTopColor, 'border');
  let boundary = null;
  let what = '';
  if (width >= 1 && !['none', 'hidden'].includes(cs.borderTopStyle) && border.a > 0) {
    boundary = over(border, back);
    what = `border ${width}px ${hex(boundary)}`;
  } else {
    const fill = over(colour(cs.backgroundColor, 'background'), back);
    if (!same(fill, back)) {
      boundary = fill;
      what = `background ${hex(fill)}`;
    }
  }
  if (!boundary) {
    if (required) problems.push(`${describe(e)}: no visible boundary at all`);
    continue;
  }
  const r = ratio(boundary, back);
  lines.push(`${describe(e)}: ${what} on ${hex(back)} = ${r.toFixed(2)}:1`);
  if (r < 3) problems.push(`${describe(e)}: ${what} on ${hex(back)} is ${r.toFixed(2)}:1 (needs 3:1)`);
}

// ----- focus rings
const look = (e) => {
  const cs = getComputedStyle(e);
  const after = getComputedStyle(e, '::after');
  return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.outlineOffset, cs.boxShadow,
    after.outlineStyle, after.outlineWidth, after.outlineColor].join('|');
};
const shadowRing = (s) => {
  // The outermost ring of a box-shadow such as "rgb(1, 2, 3) 0px 0px 0px 3px".
  if (!s || s === 'none') return null;
  const parts = s.split(/,(?![^(]*\))/).map((p) => p.trim());
  let best = null;
  for (const p of parts) {
    if (/inset/.test(p)) continue;
    const c = p.match(/(rgba?\([^)]*\)|color\([^)]*\))/);
    const lengths = p.replace(/(rgba?\([^)]*\)|color\([^)]*\))/, '').trim().split(/\s+/).map(parseFloat);
    const spread = lengths[3] || 0;
    if (c && (!best || spread > best.spread)) best = { colour: c[1], spread };
  }
  return best;
};
for (const e of controls) {
  if (e.disabled || e.classList.contains('choice')) continue;
  const before = look(e);
  e.focus();
  if (document.activeElement !== e) continue;
  if (!e.matches(':focus-visible')) {
    problems.push(`${describe(e)}: focus() did not make it :focus-visible, so its ring could not be judged`);
    e.blur();
    continue;
  }
  const cs = getComputedStyle(e);
  const after = getComputedStyle(e, '::after');
  let ring = null;
  if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) {
    ring = { colour: cs.outlineColor, width: parseFloat(cs.outlineWidth), inside: parseFloat(cs.outlineOffset) < 0, where: e };
  } else if (after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) > 0) {
    // On a pseudo-element laid over its positioned ancestor (a card made clickable).
    const host = after.position === 'absolute' ? (e.offsetParent || e) : e;
    ring = { colour: after.outlineColor, width: parseFloat(after.outlineWidth), inside: parseFloat(after.outlineOffset) < 0, where: host };
  } else {
    const s = shadowRing(cs.boxShadow);
    if (s) ring = { colour: s.colour, width: s.spread, inside: false, where: e };
  }
  if (!ring) {
    problems.push(`${describe(e)}: no focus ring`);
  } else {
    const back = behind(ring.inside ? ring.where : ring.where.parentElement);
    const c = over(colour(ring.colour, 'focus ring'), back);
    const r = ratio(c, back);
    lines.push(`${describe(e)}: focus ring ${ring.width}px ${hex(c)} on ${hex(back)} = ${r.toFixed(2)}:1`);
    if (r < 3) problems.push(`${describe(e)}: focus ring ${hex(c)} on ${hex(back)} is ${r.toFixed(2)}:1 (needs 3:1)`);
    if (ring.width < 2) problems.push(`${describe(e)}: focus ring is ${ring.width}px wide (needs 2px)`);
    if (look(e) === before) problems.push(`${describe(e)}: focused looks the same as unfocused (${before})`);
  }
  e.blur();
}

// ----- disabled controls look disabled
let compared = 0;
for (const d of controls.filter((e) => e.disabled)) {
  const peer = controls.find((e) => !e.disabled && e.tagName === d.tagName && e.type === d.type
    && String(e.className) === String(d.className));
  if (!peer) continue;
  compared += 1;
  const a = getComputedStyle(d);
  const b = getComputedStyle(peer);
  const differs = ['opacity', 'borderTopColor', 'borderTopStyle', 'backgroundColor'].filter((p) => a[p] !== b[p]);
  lines.push(`${describe(d)}: disabled differs from "${name(peer)}" in [${differs.join(', ')}], cursor ${a.cursor}`);
  if (!differs.length) problems.push(`${describe(d)}: disabled looks like the enabled "${name(peer)}" (same opacity, border and background)`);
  if (a.cursor !== 'not-allowed') problems.push(`${describe(d)}: disabled but its cursor is ${a.cursor}, not not-allowed`);
}
return { problems, lines, controls: controls.length, compared };
"#;

/// Home first, wherever we are.
async fn home(app: &App) -> steady_e2e::Result {
    app.press(Key::Escape).await?;
    app.wait_for_screen("home").await
}

async fn open(app: &App, key: char, screen: &str) -> steady_e2e::Result {
    home(app).await?;
    app.press(key).await?;
    app.wait_for_screen(screen).await
}

/// Waits until `expr` is truthy in the page.
async fn wait_until(app: &App, expr: &str) -> steady_e2e::Result {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app.execute(&format!("return !!({expr})"), vec![]).await? != json!(true) {
        if std::time::Instant::now() > deadline {
            return Err(format!("{expr} never became true").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

struct Tally {
    problems: Vec<String>,
    compared: u64,
    controls: u64,
}

/// Measures the screen as a keyboard user finds it (each caller first waits for what only
/// the screen's data draws), once nothing is still fading in.
async fn measure(app: &App, label: &str, theme: &str, tally: &mut Tally) -> steady_e2e::Result {
    app.settled().await?;
    // Tab first, as a keyboard user would: focus rings are for them (a modifier key alone
    // does not count as keyboard use for :focus-visible).
    app.press(Key::Tab).await?;
    let v: Value = app
        .execute(MEASURE, vec![json!(label), json!(theme)])
        .await?;
    for line in v["lines"].as_array().into_iter().flatten() {
        println!("{}", line.as_str().unwrap_or_default());
    }
    tally.problems.extend(
        v["problems"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(String::from)),
    );
    tally.compared += v["compared"].as_u64().unwrap_or(0);
    let n = v["controls"].as_u64().unwrap_or(0);
    assert!(n > 0, "{label}/{theme}: no controls found to measure");
    tally.controls += n;
    Ok(())
}

#[tokio::test]
async fn controls_and_focus_rings_reach_three_to_one_in_both_themes() {
    run("contrast", Options::default(), async |app| {
        // A plan item, so the plan editor shows a text area to measure.
        app.invoke(
            "plan_add",
            json!({ "section": "on_my_own", "input": { "text": "Make a cup of tea" } }),
        )
        .await?;
        let mut tally = Tally {
            problems: Vec::new(),
            compared: 0,
            controls: 0,
        };
        for theme in ["light", "dark"] {
            let s = app.invoke("get_settings", json!({})).await?;
            let mut s = s.as_object().cloned().unwrap_or_default();
            s.insert("theme".into(), json!(theme));
            app.invoke("save_settings", json!({ "settings": s })).await?;
            app.execute(
                "document.documentElement.dataset.theme = arguments[0]",
                vec![json!(theme)],
            )
            .await?;

            home(app).await?;
            measure(app, "home", theme, &mut tally).await?;

            open(app, 's', "settings").await?;
            app.by_name("Play sound cues").await?;
            app.by_name("Key combination").await?;
            measure(app, "settings", theme, &mut tally).await?;
            app.screenshot(&format!("contrast-settings-{theme}")).await?;

            // B starts a session at once; its buttons first, then the chooser's.
            open(app, 'b', "breathe").await?;
            app.by_name("Pause").await?;
            measure(app, "breathing", theme, &mut tally).await?;
            app.click_name("Change pattern or length").await?;
            app.by_name("Start").await?;
            measure(app, "breathe", theme, &mut tally).await?;
            app.click_name("Your own patterns").await?;
            app.wait_for_screen("patterns").await?;
            app.by_name("Breathe in (seconds)").await?;
            measure(app, "patterns", theme, &mut tally).await?;

            open(app, 'g', "ground").await?;
            app.by_name("Begin").await?;
            measure(app, "ground", theme, &mut tally).await?;
            app.click_name("Shape these steps").await?;
            app.wait_for_screen("ground-shape").await?;
            app.wait_for_text(".shape-list li button", "").await?;
            measure(app, "ground-shape", theme, &mut tally).await?;
            app.screenshot(&format!("contrast-ground-shape-{theme}"))
                .await?;

            open(app, 'u', "urge").await?;
            app.by_name("Start").await?;
            measure(app, "urge", theme, &mut tally).await?;

            open(app, 'h', "help").await?;
            wait_until(app, "document.querySelector('#country')").await?;
            measure(app, "help", theme, &mut tally).await?;
            // The header's Get help now, focused while it marks the current page.
            app.execute("document.getElementById('help-now').focus()", vec![])
                .await?;
            app.screenshot(&format!("contrast-help-focused-{theme}"))
                .await?;

            open(app, 'p', "plan").await?;
            app.by_name("Change my plan").await?;
            measure(app, "plan", theme, &mut tally).await?;
            app.click_name("Change my plan").await?;
            app.wait_for_screen("plan-edit").await?;
            wait_until(app, "document.querySelector('.plan-item textarea')").await?;
            app.execute(
                "document.querySelector('.plan-item textarea')?.scrollIntoView({ block: 'center' })",
                vec![],
            )
            .await?;
            measure(app, "plan-edit", theme, &mut tally).await?;
            app.screenshot(&format!("contrast-plan-edit-{theme}"))
                .await?;
        }
        home(app).await?;
        println!(
            "measured {} controls; compared {} disabled controls with enabled ones",
            tally.controls, tally.compared
        );
        assert!(
            tally.compared > 0,
            "no disabled control was found beside an enabled one of its kind"
        );
        assert!(
            tally.problems.is_empty(),
            "{} non-text contrast problems:\n{}",
            tally.problems.len(),
            tally.problems.join("\n")
        );
        Ok(())
    })
    .await;
}
