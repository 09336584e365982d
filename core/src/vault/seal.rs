//! Sealing bytes: XChaCha20-Poly1305 with a fresh random nonce per file. The file's kind
//! is bound in as associated data, so a sealed plan cannot be passed off as a sealed log.
//!
//! A sealed file is `MAGIC`, the 24-byte nonce, then the ciphertext with its 16-byte tag.
//! A flipped byte anywhere, a cut file, or another key fails to open: nothing partial is
//! ever returned.

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::key::Key;

/// How a sealed file begins: tells it from a plain JSON file at a glance, never valid JSON.
pub const MAGIC: &[u8] = b"STEADY-SEALED-1\n";
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;

/// Bytes added by sealing.
pub const OVERHEAD: usize = MAGIC.len() + NONCE_BYTES + TAG_BYTES;

/// Why sealed bytes did not open. Neither says anything about what is inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("it is not a sealed Steady file")]
    NotSealed,
    #[error("it is cut short")]
    Truncated,
    /// Another key, or bytes changed since they were sealed.
    #[error("it does not open with this key, or it was changed since it was sealed")]
    DoesNotOpen,
    #[error("it could not be sealed")]
    CannotSeal,
}

pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

fn aad(kind: &str) -> Vec<u8> {
    [MAGIC, kind.as_bytes()].concat()
}

/// Seals `plain` as a file of this `kind` (`plan`, `plan-version`, `vault-key`, ...).
pub fn seal(key: &Key, kind: &str, plain: &[u8]) -> Result<Vec<u8>, SealError> {
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let aad = aad(kind);
    let sealed = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: plain,
                aad: &aad,
            },
        )
        .map_err(|_| SealError::CannotSeal)?;
    let mut out = Vec::with_capacity(OVERHEAD + plain.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens bytes sealed as this `kind`. The plain bytes are wiped when dropped.
pub fn open(key: &Key, kind: &str, bytes: &[u8]) -> Result<Zeroizing<Vec<u8>>, SealError> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(SealError::NotSealed)?;
    if rest.len() < NONCE_BYTES + TAG_BYTES {
        return Err(SealError::Truncated);
    }
    let (nonce, sealed) = rest.split_at(NONCE_BYTES);
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let aad = aad(kind);
    cipher
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: sealed,
                aad: &aad,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| SealError::DoesNotOpen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_only_whole_with_the_same_key_and_kind() {
        let key = Key::random();
        let plain = br#"{"version":1,"reasons":["my kids"]}"#;
        let sealed = seal(&key, "plan", plain).unwrap();
        assert!(is_sealed(&sealed));
        assert_eq!(sealed.len(), plain.len() + OVERHEAD);
        assert!(!sealed.windows(7).any(|w| w == b"my kids"));
        assert_eq!(open(&key, "plan", &sealed).unwrap().as_slice(), plain);

        // Every single flipped bit fails, wherever it is.
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert!(open(&key, "plan", &bad).is_err(), "byte {i}");
        }
        // Every cut fails.
        for n in 0..sealed.len() {
            assert!(open(&key, "plan", &sealed[..n]).is_err(), "cut at {n}");
        }
        assert_eq!(
            open(&Key::random(), "plan", &sealed),
            Err(SealError::DoesNotOpen)
        );
        assert_eq!(
            open(&key, "helped", &sealed),
            Err(SealError::DoesNotOpen),
            "a plan cannot be passed off as another file"
        );
        assert_eq!(open(&key, "plan", plain), Err(SealError::NotSealed));
    }

    #[test]
    fn the_same_bytes_seal_differently_each_time() {
        let key = Key::random();
        let a = seal(&key, "plan", b"same").unwrap();
        let b = seal(&key, "plan", b"same").unwrap();
        assert_ne!(a, b, "a fresh nonce each time");
    }
}
