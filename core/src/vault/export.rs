//! A protected copy of the plan: the plan sealed with the data key, beside the data key
//! wrapped by the passphrase and by the recovery code as they were when it was saved. It
//! opens with either of those, here or in another Steady, and on its own shows nothing.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::file::{from_hex, to_hex, Keys};
use super::key::Key;
use super::seal;
use super::state::{open_with, Secret};
use crate::error::{ActionError, InvalidInput, Reason, VaultError};

/// What marks the file as Steady's protected plan.
const KIND: &str = "steady-protected-plan";
/// The sealed plan's kind (its associated data).
const SEALED_KIND: &str = "plan-export";

#[derive(Serialize, Deserialize)]
struct ProtectedPlan {
    kind: String,
    version: u64,
    keys: Keys,
    sealed: String,
}

/// The bytes of a protected copy of `plain` (the plan's own JSON).
pub fn protect(plain: &[u8], key: &Key, keys: &Keys) -> Result<Vec<u8>, ActionError> {
    let sealed = seal::seal(key, SEALED_KIND, plain)
        .map_err(|_| InvalidInput::new("plan", Reason::EncodeFailed))?;
    let file = ProtectedPlan {
        kind: KIND.into(),
        version: 1,
        keys: keys.clone(),
        sealed: to_hex(&sealed),
    };
    let mut bytes = serde_json::to_vec_pretty(&file)
        .map_err(|_| InvalidInput::new("plan", Reason::EncodeFailed))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Whether these bytes are a protected copy (they then need a passphrase to open).
pub fn is_protected(bytes: &[u8]) -> bool {
    read(bytes).is_some()
}

fn read(bytes: &[u8]) -> Option<ProtectedPlan> {
    let file: ProtectedPlan = serde_json::from_slice(bytes).ok()?;
    (file.kind == KIND && file.version == 1).then_some(file)
}

/// The plan's own JSON from a protected copy, opened with the passphrase or recovery
/// code it was saved under. The plain bytes are wiped when dropped.
pub fn open(bytes: &[u8], secret: &Secret) -> Result<Zeroizing<Vec<u8>>, ActionError> {
    let not_a_plan = || InvalidInput::new("file", Reason::NotAPlan);
    let file = read(bytes).ok_or_else(not_a_plan)?;
    let key = open_with(&file.keys, secret)?;
    let sealed = from_hex(&file.sealed).ok_or_else(not_a_plan)?;
    seal::open(&key, SEALED_KIND, &sealed).map_err(|_| VaultError::WrongSecret.into())
}
