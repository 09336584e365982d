//! Urge surfing: an urge as a wave that rises, peaks and falls over a length the person
//! sets, with gentle check-ins. The page draws the wave's shape from the clock
//! (ui/lib/wave.js, tested in tests/js/).

use serde::Serialize;

use crate::error::{InvalidInput, Reason};

pub const MIN_MINUTES: u32 = 5;
pub const MAX_MINUTES: u32 = 30;
pub const DEFAULT_MINUTES: u32 = 15;
/// A gentle question about intensity this often, if the person wants it.
pub const CHECK_IN_EVERY_MS: u64 = 3 * 60_000;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Wave {
    pub minutes: u32,
    pub total_ms: u64,
    /// When to ask "how strong is it now?", from the start.
    pub check_ins: Vec<u64>,
    /// HALT's needs to check beside the wave (`assets/halt.json`), in order.
    pub halt: Vec<String>,
}

impl Wave {
    pub fn new(minutes: u32, check_ins: bool) -> Result<Wave, InvalidInput> {
        if !(MIN_MINUTES..=MAX_MINUTES).contains(&minutes) {
            let (min, max) = (MIN_MINUTES, MAX_MINUTES);
            return Err(InvalidInput::new(
                "minutes",
                Reason::WaveLength { min, max },
            ));
        }
        let total_ms = u64::from(minutes) * 60_000;
        let check_ins = if check_ins {
            (1..)
                .map(|n| n * CHECK_IN_EVERY_MS)
                .take_while(|t| *t < total_ms)
                .collect()
        } else {
            Vec::new()
        };
        Ok(Wave {
            minutes,
            total_ms,
            check_ins,
            halt: crate::content::Content::shared()
                .map(|c| c.halt.clone())
                .unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rises_peaks_and_falls_within_the_length_asked() {
        let w = Wave::new(15, true).unwrap();
        assert_eq!(w.total_ms, 900_000);
        assert_eq!(w.check_ins, [180_000, 360_000, 540_000, 720_000]);
        assert!(Wave::new(5, false).unwrap().check_ins.is_empty());
        assert!(Wave::new(4, true).is_err() && Wave::new(31, true).is_err());
    }
}
