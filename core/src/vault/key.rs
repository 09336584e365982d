//! Keys. One random data key seals every file the person writes. It is kept on disk only
//! wrapped (sealed) twice: by a key derived from the passphrase and by one derived from
//! the recovery code, each with Argon2id and a salt of its own.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::OsRng;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::{InvalidInput, Reason, TextKind};

pub const KEY_BYTES: usize = 32;
pub const SALT_BYTES: usize = 16;

/// Shortest passphrase Steady takes: fewer characters protect little.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Longest: far past any passphrase, short of anything that could only be pasted by mistake.
pub const MAX_PASSPHRASE_CHARS: usize = 1_000;

/// A key. Its bytes are wiped when it is dropped, and never printed.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; KEY_BYTES]>);

impl Key {
    /// A fresh data key from the system's random source.
    pub fn random() -> Key {
        let mut k = Zeroizing::new([0u8; KEY_BYTES]);
        OsRng.fill_bytes(k.as_mut());
        Key(k)
    }

    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Key> {
        let mut k = Zeroizing::new([0u8; KEY_BYTES]);
        if bytes.len() != KEY_BYTES {
            return None;
        }
        k.copy_from_slice(bytes);
        Some(Key(k))
    }

    pub(crate) fn bytes(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

/// Random bytes for a salt.
pub fn salt() -> [u8; SALT_BYTES] {
    let mut s = [0u8; SALT_BYTES];
    OsRng.fill_bytes(&mut s);
    s
}

/// Argon2id's settings, kept in the vault file so a later Steady can raise them.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct Kdf {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl Kdf {
    /// What a new vault uses: three times the argon2 crate's default memory (19 MiB) and
    /// one pass more, which still unlocks well inside a second on a 2-core machine
    /// (`cargo bench`-style figures: `tests/benches/unlock.rs`).
    pub const CHOSEN: Kdf = Kdf {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 1,
    };

    /// Settings read from a file are used only between the crate's defaults (never
    /// weaker) and a ceiling (a hostile file must not make Steady ask for 4 TiB).
    pub fn is_sane(&self) -> bool {
        (Params::DEFAULT_M_COST..=1024 * 1024).contains(&self.memory_kib)
            && (Params::DEFAULT_T_COST..=16).contains(&self.passes)
            && (1..=4).contains(&self.lanes)
    }

    /// The key these settings make from a secret and a salt.
    pub fn derive(&self, secret: &[u8], salt: &[u8]) -> Option<Key> {
        if !self.is_sane() {
            return None;
        }
        let params = Params::new(self.memory_kib, self.passes, self.lanes, Some(KEY_BYTES)).ok()?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; KEY_BYTES]);
        argon.hash_password_into(secret, salt, out.as_mut()).ok()?;
        Some(Key(out))
    }
}

/// A passphrase as typed, checked and in NFC, so "é" typed as one character or as "e" and
/// an accent opens the same vault. Its bytes are wiped when dropped.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Checks a passphrase the person is choosing: long enough, not too long, no control
    /// characters (a pasted line break would be invisible).
    pub fn new_choice(typed: &str) -> Result<Passphrase, InvalidInput> {
        let p = Passphrase::typed(typed)?;
        let n = p.0.chars().count();
        if n < MIN_PASSPHRASE_CHARS {
            return Err(refuse(Reason::TooShort {
                what: TextKind::Passphrase,
                min: MIN_PASSPHRASE_CHARS,
            }));
        }
        if p.0.chars().any(char::is_control) {
            return Err(refuse(Reason::ControlCharacter {
                what: TextKind::Passphrase,
            }));
        }
        Ok(p)
    }

    /// A passphrase typed to unlock: only emptiness and length are refused here; a wrong
    /// one is found by trying it.
    pub fn typed(typed: &str) -> Result<Passphrase, InvalidInput> {
        let n = typed.chars().count();
        if typed.is_empty() {
            return Err(refuse(Reason::Empty {
                what: TextKind::Passphrase,
            }));
        }
        if n > MAX_PASSPHRASE_CHARS {
            return Err(refuse(Reason::TooLong {
                what: TextKind::Passphrase,
                max: MAX_PASSPHRASE_CHARS,
                n,
            }));
        }
        Ok(Passphrase(Zeroizing::new(typed.nfc().collect())))
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

fn refuse(reason: Reason) -> InvalidInput {
    InvalidInput::new("passphrase", reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_words_in_either_unicode_form_make_the_same_key() {
        let kdf = Kdf {
            memory_kib: Params::DEFAULT_M_COST,
            passes: Params::DEFAULT_T_COST,
            lanes: 1,
        };
        let salt = salt();
        let composed = Passphrase::typed("caf\u{e9} au lait").unwrap();
        let decomposed = Passphrase::typed("cafe\u{301} au lait").unwrap();
        let a = kdf.derive(composed.bytes(), &salt).unwrap();
        let b = kdf.derive(decomposed.bytes(), &salt).unwrap();
        assert_eq!(a.bytes(), b.bytes());
        let other = kdf.derive(b"cafe au lait", &salt).unwrap();
        assert_ne!(a.bytes(), other.bytes());
    }

    #[test]
    fn weak_or_monstrous_settings_from_a_file_are_refused() {
        assert!(Kdf::CHOSEN.is_sane());
        for bad in [
            Kdf {
                memory_kib: 8,
                ..Kdf::CHOSEN
            },
            Kdf {
                passes: 1,
                ..Kdf::CHOSEN
            },
            Kdf {
                lanes: 0,
                ..Kdf::CHOSEN
            },
            Kdf {
                memory_kib: u32::MAX,
                ..Kdf::CHOSEN
            },
            Kdf {
                passes: u32::MAX,
                ..Kdf::CHOSEN
            },
        ] {
            assert!(!bad.is_sane(), "{bad:?}");
            assert!(bad.derive(b"words", &[0; SALT_BYTES]).is_none());
        }
    }

    #[test]
    fn a_chosen_passphrase_must_be_long_enough_and_visible() {
        let reason = |s: &str| Passphrase::new_choice(s).err().map(|e| e.reason);
        assert_eq!(
            reason(""),
            Some(Reason::Empty {
                what: TextKind::Passphrase
            })
        );
        assert!(matches!(reason("short"), Some(Reason::TooShort { .. })));
        assert!(matches!(
            reason("line one\nline two"),
            Some(Reason::ControlCharacter { .. })
        ));
        let long = "x".repeat(10_000);
        assert!(matches!(
            reason(&long),
            Some(Reason::TooLong { n: 10_000, .. })
        ));
        assert!(Passphrase::new_choice("ζωή και ελπίδα").is_ok());
        assert!(Passphrase::new_choice("🌊🌊🌊🌊🌊🌊🌊🌊").is_ok());
        // Unlocking does not re-apply a choice's rules: a short one is simply tried.
        assert!(Passphrase::typed("short").is_ok());
    }

    #[test]
    fn a_key_never_prints_its_bytes() {
        let k = Key::random();
        assert_eq!(format!("{k:?}"), "Key(..)");
        assert_ne!(k.bytes(), Key::random().bytes());
    }
}
