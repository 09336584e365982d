//! Protection at rest: an optional passphrase that seals everything the person writes.
//!
//! The construction is RustCrypto's Argon2id (a passphrase or the recovery code to a key)
//! and XChaCha20-Poly1305 (each file sealed with a fresh random nonce, its kind bound in).
//! One random data key seals the files; `vault.json` holds it wrapped by the passphrase
//! and by the recovery code. Why not `age` with its scrypt recipient: age derives a key
//! per file, so every save would cost a full key derivation (about a second), where
//! Steady saves as the person types. With one derived key per unlock, a sealed save costs
//! about what a plain one does.
//!
//! What it protects: the files, from someone who opens the folder or copies it. Not from
//! spyware, someone who knows the passphrase, or someone watching the screen.

pub mod export;
pub mod file;
pub mod key;
pub mod recovery;
pub mod seal;
pub mod state;

pub use key::{Key, Passphrase};
pub use recovery::RecoveryCode;
pub use state::{Secret, Status, Vault};
