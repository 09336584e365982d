//! The recovery code: 160 random bits, written in Crockford's base32 (no I, L, O or U, so
//! nothing is misread) as eight groups of four, e.g. `7KQ2-M9XD-...`. It opens the vault
//! like the passphrase does, for the day the passphrase is forgotten.

use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::OsRng;
use zeroize::Zeroizing;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BYTES: usize = 20;
/// 20 bytes are 160 bits: 32 base32 characters.
const CHARS: usize = BYTES * 8 / 5;
const GROUP: usize = 4;

/// A recovery code as shown to the person. Wiped when dropped.
pub struct RecoveryCode(Zeroizing<String>);

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(..)")
    }
}

impl RecoveryCode {
    pub fn generate() -> RecoveryCode {
        let mut raw = Zeroizing::new([0u8; BYTES]);
        OsRng.fill_bytes(raw.as_mut());
        let mut text = Zeroizing::new(String::with_capacity(CHARS + CHARS / GROUP));
        for (i, c) in encode(raw.as_ref()).iter().enumerate() {
            if i > 0 && i % GROUP == 0 {
                text.push('-');
            }
            text.push(char::from(*c));
        }
        RecoveryCode(text)
    }

    /// The code as it is shown and printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The secret the code stands for, from what the person typed: case, spaces and
    /// dashes do not matter, and O, I and L are read as 0, 1 and 1. `None` if it cannot
    /// be a code (wrong length, a letter that is never used).
    pub fn secret_from_typed(typed: &str) -> Option<Zeroizing<Vec<u8>>> {
        let mut symbols = Zeroizing::new(Vec::with_capacity(CHARS));
        for c in typed.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\u{a0}' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let value = ALPHABET.iter().position(|a| char::from(*a) == c)?;
            symbols.push(u8::try_from(value).ok()?);
            if symbols.len() > CHARS {
                return None;
            }
        }
        (symbols.len() == CHARS).then(|| decode(&symbols))
    }

    /// The secret this code stands for (what the key is derived from).
    pub(crate) fn secret(&self) -> Zeroizing<Vec<u8>> {
        // Generated codes always read back.
        Self::secret_from_typed(self.as_str()).unwrap_or_default()
    }
}

/// Bytes (a multiple of 5) to base32 symbols.
fn encode(bytes: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(bytes.len() * 8 / 5));
    for chunk in bytes.chunks(5) {
        let mut n: u64 = 0;
        for b in chunk {
            n = (n << 8) | u64::from(*b);
        }
        for i in (0..8).rev() {
            out.push(ALPHABET[((n >> (i * 5)) & 31) as usize]);
        }
    }
    out
}

/// Base32 symbol values (a multiple of 8) back to bytes: the raw secret.
fn decode(symbols: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(symbols.len() * 5 / 8));
    for chunk in symbols.chunks(8) {
        let mut n: u64 = 0;
        for s in chunk {
            n = (n << 5) | u64::from(*s & 31);
        }
        for i in (0..5).rev() {
            out.push(((n >> (i * 8)) & 0xff) as u8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        let code = RecoveryCode::generate();
        let shown = code.as_str();
        assert_eq!(shown.len(), CHARS + CHARS / GROUP - 1);
        assert_eq!(shown.split('-').count(), CHARS / GROUP);
        let secret = code.secret();
        assert_eq!(secret.len(), BYTES);
        let sloppy = shown.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(
            RecoveryCode::secret_from_typed(&sloppy).as_deref(),
            Some(&*secret as &Vec<u8>)
        );
        let joined = shown.replace('-', "");
        assert_eq!(
            RecoveryCode::secret_from_typed(&joined).as_deref(),
            Some(&*secret as &Vec<u8>)
        );
        assert_ne!(RecoveryCode::generate().as_str(), shown);
    }

    #[test]
    fn what_cannot_be_a_code_is_refused() {
        let code = RecoveryCode::generate();
        let shown = code.as_str();
        assert!(RecoveryCode::secret_from_typed("").is_none());
        assert!(RecoveryCode::secret_from_typed(&shown[..shown.len() - 1]).is_none());
        assert!(RecoveryCode::secret_from_typed(&format!("{shown}A")).is_none());
        assert!(RecoveryCode::secret_from_typed(&shown.replacen(
            |c: char| c.is_ascii_alphanumeric(),
            "U",
            1
        ))
        .is_none());
        assert!(RecoveryCode::secret_from_typed("ζζζζ").is_none());
    }

    #[test]
    fn base32_round_trips_every_byte() {
        let bytes: Vec<u8> = (0..=255).chain(0..=255u8).take(255).collect();
        let symbols: Vec<u8> = encode(&bytes)
            .iter()
            .map(|c| u8::try_from(ALPHABET.iter().position(|a| a == c).unwrap()).unwrap())
            .collect();
        assert_eq!(decode(&symbols).as_slice(), bytes.as_slice());
    }
}
