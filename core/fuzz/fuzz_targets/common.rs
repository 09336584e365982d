//! The load path every document file takes, shared by the `*_loader` targets: decode the
//! bytes, check and mend them as a load does, then save and load again. Whatever loads must
//! save, and the saved bytes must load back to exactly the same document.

use std::fmt::Debug;

use steady_core::store::{decode_document, encode, Document};

/// Runs `data` through the loader. Returns the checked document when it loads, `None` when
/// it is refused (not ours, broken rules) or is from a newer Steady. Panics on any break of
/// the round trip.
pub fn load_and_round_trip<D>(data: &[u8]) -> Option<D>
where
    D: Document + PartialEq + Debug,
{
    // Err is a reason and Ok(None) is "newer": both are answers, never a panic.
    let Ok(Some(mut doc)) = decode_document::<D>(data) else {
        return None;
    };
    // Err means the file is set aside: nothing is saved, so there is nothing to round-trip.
    doc.check_loaded().ok()?;

    let bytes = encode(&doc).expect("a loaded document encodes");
    let mut again = match decode_document::<D>(&bytes) {
        Ok(Some(d)) => d,
        Ok(None) => panic!(
            "a saved {} reads as from a newer Steady:\n{}",
            D::NAME,
            String::from_utf8_lossy(&bytes)
        ),
        Err(reason) => panic!(
            "a saved {} does not load ({reason}):\n{}",
            D::NAME,
            String::from_utf8_lossy(&bytes)
        ),
    };
    let mended = again.check_loaded().unwrap_or_else(|reason| {
        panic!(
            "a saved {} breaks a rule on load ({reason}):\n{}",
            D::NAME,
            String::from_utf8_lossy(&bytes)
        )
    });
    assert_eq!(
        again,
        doc,
        "a saved {} loads back different:\n{}",
        D::NAME,
        String::from_utf8_lossy(&bytes)
    );
    // A document that was just checked and saved has nothing left to mend, or every
    // launch would tell the person about a repair again.
    assert_eq!(mended, None, "a saved {} is mended again on load", D::NAME);
    // And saving it again writes the same bytes.
    assert_eq!(
        encode(&again).expect("a reloaded document encodes"),
        bytes,
        "a reloaded {} saves differently",
        D::NAME
    );
    Some(doc)
}
