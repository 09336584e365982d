//! Ids that name what the person wrote (plan items, log entries, own steps and patterns):
//! each given once, never reused, and checked whenever a file is read, so an edit or a
//! delete always reaches the item the person meant.

use std::collections::HashSet;

use crate::error::{InvalidInput, Reason};

/// Past this, a file's ids are renumbered on load instead of counting on towards the end
/// of the range: no person writes 2^62 items, so only a damaged or hostile file gets here.
const ROOMY: u64 = 1 << 62;

/// The next id after `last` (the last one given), stored back in `last`.
pub fn give(last: &mut u64) -> Result<u64, InvalidInput> {
    let id = last
        .checked_add(1)
        .ok_or(InvalidInput::new("id", Reason::NoMoreIds))?;
    *last = id;
    Ok(id)
}

/// Makes ids unique, non-zero and at most `last`, keeping every item: a repeated or zero
/// id gets a new one; ids near the end of the range are renumbered from 1 in order.
/// Returns whether anything changed.
pub fn repair<'a>(ids: impl IntoIterator<Item = &'a mut u64>, last: &mut u64) -> bool {
    let mut ids: Vec<&mut u64> = ids.into_iter().collect();
    let max = ids.iter().map(|i| **i).max().unwrap_or(0);
    if max >= ROOMY || *last >= ROOMY {
        let mut changed = false;
        for (n, id) in (1u64..).zip(ids.iter_mut()) {
            changed |= **id != n;
            **id = n;
        }
        let new_last = ids.len() as u64;
        changed |= *last != new_last;
        *last = new_last;
        return changed;
    }
    let mut changed = false;
    let mut top = max.max(*last);
    let mut seen = HashSet::new();
    for id in ids.iter_mut() {
        if **id == 0 || !seen.insert(**id) {
            // top < ROOMY, so this cannot overflow.
            top += 1;
            **id = top;
            seen.insert(top);
            changed = true;
        }
    }
    if *last != top {
        *last = top;
        changed = true;
    }
    changed
}

/// For ids written `own-<n>`: the same rule, on the number. An id that is not in that
/// form is kept if it is unique, and otherwise given a new `own-<n>`.
pub fn repair_own<'a>(ids: impl IntoIterator<Item = &'a mut String>, last: &mut u64) -> bool {
    let mut ids: Vec<&mut String> = ids.into_iter().collect();
    let num = |s: &str| s.strip_prefix("own-").and_then(|n| n.parse::<u64>().ok());
    let max = ids.iter().filter_map(|s| num(s)).max().unwrap_or(0);
    let mut changed = false;
    let mut top = if max >= ROOMY || *last >= ROOMY {
        // Renumber every numbered id; the file's own order is kept.
        let mut n = 0u64;
        for id in ids.iter_mut().filter(|s| num(s).is_some()) {
            n += 1;
            let new = format!("own-{n}");
            changed |= **id != new;
            **id = new;
        }
        n
    } else {
        max.max(*last)
    };
    let mut seen = HashSet::new();
    for id in ids.iter_mut() {
        if id.is_empty() || !seen.insert(id.to_string()) {
            top += 1;
            **id = format!("own-{top}");
            seen.insert(id.to_string());
            changed = true;
        }
    }
    if *last != top {
        *last = top;
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn giving_stops_at_the_end_of_the_range_instead_of_wrapping() {
        let mut last = u64::MAX - 1;
        assert_eq!(give(&mut last).unwrap(), u64::MAX);
        assert_eq!(
            give(&mut last).unwrap_err(),
            InvalidInput::new("id", Reason::NoMoreIds)
        );
        assert_eq!(last, u64::MAX);
    }

    #[test]
    fn duplicates_and_zero_get_new_ids_and_nothing_is_dropped() {
        let mut ids = vec![3u64, 3, 0, 7];
        let mut last = 5;
        assert!(repair(ids.iter_mut(), &mut last));
        assert_eq!(ids, vec![3, 8, 9, 7]);
        assert_eq!(last, 9);
        assert!(
            !repair(ids.iter_mut(), &mut last),
            "a sound list is left alone"
        );
    }

    #[test]
    fn a_last_id_below_an_item_is_raised() {
        let mut ids = vec![1u64, 2];
        let mut last = 0;
        assert!(repair(ids.iter_mut(), &mut last));
        assert_eq!((ids, last), (vec![1, 2], 2));
    }

    #[test]
    fn ids_at_the_end_of_the_range_are_renumbered() {
        let mut ids = vec![u64::MAX, 4];
        let mut last = u64::MAX;
        assert!(repair(ids.iter_mut(), &mut last));
        assert_eq!((ids, last), (vec![1, 2], 2));
        let mut none: Vec<u64> = vec![];
        let mut last = u64::MAX;
        assert!(repair(none.iter_mut(), &mut last));
        assert_eq!(last, 0);
    }

    #[test]
    fn own_ids() {
        let mut ids = vec!["own-2".to_string(), "own-2".into(), "odd".into(), "".into()];
        let mut last = 1;
        assert!(repair_own(ids.iter_mut(), &mut last));
        assert_eq!(ids, vec!["own-2", "own-3", "odd", "own-4"]);
        assert_eq!(last, 4);
        let mut ids = vec![format!("own-{}", u64::MAX), "own-9".into()];
        let mut last = u64::MAX;
        assert!(repair_own(ids.iter_mut(), &mut last));
        assert_eq!(ids, vec!["own-1", "own-2"]);
        assert_eq!(last, 2);
    }
}
