//! How long loading the built-in content takes, per language (part of start-up's cost):
//! `cargo run --release -p steady-core --example content_load`.

use std::time::Instant;

fn main() {
    for lang in steady_core::words::languages() {
        let start = Instant::now();
        let content = steady_core::content::Content::load_in(lang);
        let took = start.elapsed();
        let words = Instant::now();
        let _w = steady_core::words::Words::new(lang);
        println!(
            "{lang}: content {:>6.2} ms (ok: {}), the shell's words alone {:>6.2} ms",
            took.as_secs_f64() * 1000.0,
            content.is_ok(),
            words.elapsed().as_secs_f64() * 1000.0
        );
    }
}
