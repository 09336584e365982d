//! `vault.json`: whether protection is on, and the data key wrapped twice (by the
//! passphrase and by the recovery code). It holds no secret in the clear: salts, Argon2's
//! settings and sealed keys only. Read before unlocking, so it stays plain.

use serde::{Deserialize, Serialize};

use super::key::{Kdf, KEY_BYTES, SALT_BYTES};
use super::seal;
use crate::error::{InvalidInput, Reason};
use crate::store::Document;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultFile {
    /// `None`: protection is off (never turned on, or turned off).
    #[serde(default)]
    pub keys: Option<Keys>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keys {
    pub kdf: Kdf,
    pub passphrase: Wrapped,
    pub recovery: Wrapped,
}

/// The data key sealed by a key derived from one secret with this salt (both hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wrapped {
    pub salt: String,
    pub key: String,
}

impl Wrapped {
    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        from_hex(&self.salt).filter(|s| s.len() == SALT_BYTES)
    }

    pub fn key_bytes(&self) -> Option<Vec<u8>> {
        from_hex(&self.key).filter(|k| k.len() == KEY_BYTES + seal::OVERHEAD)
    }
}

impl Document for VaultFile {
    const NAME: &'static str = "vault";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 64 * 1024;

    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        let Some(keys) = &self.keys else {
            return Ok(None);
        };
        let whole = |w: &Wrapped| w.salt_bytes().is_some() && w.key_bytes().is_some();
        if !keys.kdf.is_sane() || !whole(&keys.passphrase) || !whole(&keys.recovery) {
            return Err(InvalidInput::new("keys", Reason::Unreadable));
        }
        Ok(None)
    }
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_what_is_not_hex() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        for bad in ["0", "zz", "0g", "éé", "+1"] {
            assert!(from_hex(bad).is_none(), "{bad}");
        }
    }
}
