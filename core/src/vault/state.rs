//! The vault in the running app: whether protection is on, whether Steady is unlocked,
//! and the wrong tries. The data key lives here while unlocked and nowhere on disk.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use zeroize::Zeroizing;

use super::file::{from_hex, to_hex, Keys, VaultFile, Wrapped};
use super::key::{salt, Kdf, Key, Passphrase, KEY_BYTES};
use super::recovery::RecoveryCode;
use super::seal;
use crate::error::{ActionError, InvalidInput, Reason, StartError, TextKind, VaultError};
use crate::store::slot::{lock, Slot};
use crate::store::LoadNotice;

/// Wrong tries that cost nothing; after them each wrong try doubles the wait.
pub const FREE_TRIES: u32 = 5;
/// The longest wait between tries.
pub const MAX_WAIT: Duration = Duration::from_secs(300);

/// The sealed data key's kind (its associated data).
const WRAPPED_KIND: &str = "vault-key";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Off,
    Locked,
    Unlocked,
}

/// What opens the vault.
pub enum Secret {
    Passphrase(Passphrase),
    /// As typed: spaces, dashes and case do not matter.
    RecoveryCode(String),
}

impl Secret {
    /// What the page sent: the recovery code if it sent one, else the passphrase; `None`
    /// if it sent neither.
    pub fn given(
        passphrase: Option<String>,
        recovery_code: Option<String>,
    ) -> Result<Option<Secret>, InvalidInput> {
        Ok(match (passphrase, recovery_code) {
            (_, Some(code)) => Some(Secret::RecoveryCode(code)),
            (Some(p), None) => Some(Secret::Passphrase(Passphrase::typed(&p)?)),
            (None, None) => None,
        })
    }

    /// As `given`, where one of the two is required: neither is an empty passphrase.
    pub fn required(
        passphrase: Option<String>,
        recovery_code: Option<String>,
    ) -> Result<Secret, InvalidInput> {
        match Secret::given(passphrase, recovery_code)? {
            Some(s) => Ok(s),
            None => Passphrase::typed("").map(Secret::Passphrase),
        }
    }
}

pub struct Vault {
    inner: Mutex<Inner>,
}

struct Inner {
    slot: Slot<VaultFile>,
    key: Option<Key>,
    wrong: u32,
    wait_until: Option<Instant>,
}

impl Vault {
    pub fn open(dir: &Path, read_only: bool) -> Result<(Vault, Option<LoadNotice>), StartError> {
        let (slot, notice) = Slot::open(dir, read_only)?;
        let inner = Inner {
            slot,
            key: None,
            wrong: 0,
            wait_until: None,
        };
        Ok((
            Vault {
                inner: Mutex::new(inner),
            },
            notice,
        ))
    }

    pub fn status(&self) -> Status {
        let inner = lock(&self.inner);
        match (&inner.slot.current.keys, &inner.key) {
            (None, _) => Status::Off,
            (Some(_), None) => Status::Locked,
            (Some(_), Some(_)) => Status::Unlocked,
        }
    }

    /// The data key while unlocked.
    pub fn key(&self) -> Option<Key> {
        lock(&self.inner).key.clone()
    }

    /// Turns protection on with this passphrase: a new data key, wrapped by the
    /// passphrase and by a new recovery code, saved durably. Steady is then unlocked;
    /// the caller seals every document with the key. The code is shown once, never kept.
    pub fn turn_on(&self, passphrase: &Passphrase) -> Result<(Key, RecoveryCode), ActionError> {
        let mut inner = lock(&self.inner);
        if inner.slot.current.keys.is_some() {
            return Err(VaultError::AlreadyOn.into());
        }
        let key = Key::random();
        let code = RecoveryCode::generate();
        let kdf = Kdf::CHOSEN;
        let keys = Keys {
            kdf,
            passphrase: wrap(&kdf, passphrase.bytes(), &key)?,
            recovery: wrap(&kdf, &code.secret(), &key)?,
        };
        inner.slot.update(|f| {
            f.keys = Some(keys);
            Ok(())
        })?;
        inner.key = Some(key.clone());
        inner.wrong = 0;
        inner.wait_until = None;
        Ok((key, code))
    }

    /// Unlocks with the passphrase or the recovery code. After `FREE_TRIES` wrong tries,
    /// each further try waits twice as long as the last (up to `MAX_WAIT`); a try during
    /// the wait is refused without being tried.
    pub fn unlock(&self, secret: &Secret, now: Instant) -> Result<Key, ActionError> {
        let mut inner = lock(&self.inner);
        let keys = inner.slot.current.keys.clone().ok_or(VaultError::Off)?;
        if let Some(key) = &inner.key {
            return Ok(key.clone());
        }
        if let Some(until) = inner.wait_until.filter(|u| *u > now) {
            let seconds = until.duration_since(now).as_secs_f64().ceil() as u64;
            return Err(VaultError::TryLater { seconds }.into());
        }
        match open_with(&keys, secret) {
            Ok(key) => {
                inner.key = Some(key.clone());
                inner.wrong = 0;
                inner.wait_until = None;
                Ok(key)
            }
            Err(e) => {
                if matches!(e, ActionError::Vault(VaultError::WrongSecret)) {
                    inner.wrong = inner.wrong.saturating_add(1);
                    inner.wait_until = wait_after(inner.wrong).map(|w| now + w);
                }
                Err(e)
            }
        }
    }

    /// Forgets the data key. The features close their documents beside this.
    pub fn lock(&self) -> Result<(), ActionError> {
        let mut inner = lock(&self.inner);
        if inner.slot.current.keys.is_none() {
            return Err(VaultError::Off.into());
        }
        inner.key = None;
        Ok(())
    }

    /// Wraps the same data key under a new passphrase, in one durable write of the vault
    /// file: an interruption leaves the old file (the old passphrase opens everything) or
    /// the new one (the new passphrase does). The files themselves are not touched, and
    /// the recovery code keeps working.
    pub fn change(&self, current: &Secret, new: &Passphrase) -> Result<(), ActionError> {
        let mut inner = lock(&self.inner);
        let keys = inner.slot.current.keys.clone().ok_or(VaultError::Off)?;
        let key = open_with(&keys, current)?;
        let passphrase = wrap(&keys.kdf, new.bytes(), &key)?;
        inner.slot.update(|f| {
            if let Some(k) = &mut f.keys {
                k.passphrase = passphrase;
            }
            Ok(())
        })?;
        inner.key = Some(key);
        Ok(())
    }

    /// Checks the secret and gives the data key, so the caller can write every document
    /// plain before `finish_off`.
    pub fn confirm(&self, secret: &Secret) -> Result<Key, ActionError> {
        let inner = lock(&self.inner);
        let keys = inner.slot.current.keys.clone().ok_or(VaultError::Off)?;
        open_with(&keys, secret)
    }

    /// Protection off: the vault file forgets the keys (every document is plain by now).
    pub fn finish_off(&self) -> Result<(), ActionError> {
        let mut inner = lock(&self.inner);
        inner.slot.update(|f| {
            f.keys = None;
            Ok(())
        })?;
        inner.key = None;
        Ok(())
    }

    /// The keys as the vault file holds them, while protection is on (for a protected
    /// copy of the plan, which carries them).
    pub fn keys(&self) -> Option<super::file::Keys> {
        lock(&self.inner).slot.current.keys.clone()
    }

    /// The wait before the next try, if any.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        lock(&self.inner)
            .wait_until
            .filter(|u| *u > now)
            .map(|u| u.duration_since(now))
    }
}

/// The wait after `wrong` wrong tries in a row: none for the first `FREE_TRIES`, then 2 s,
/// 4 s, 8 s ... up to `MAX_WAIT`.
pub fn wait_after(wrong: u32) -> Option<Duration> {
    let over = wrong.checked_sub(FREE_TRIES)?;
    let secs = 2u64.checked_pow(over.saturating_add(1)).unwrap_or(u64::MAX);
    Some(Duration::from_secs(secs).min(MAX_WAIT))
}

fn wrap(kdf: &Kdf, secret: &[u8], key: &Key) -> Result<Wrapped, ActionError> {
    let salt = salt();
    let kek = kdf.derive(secret, &salt).ok_or(VaultError::WrongSecret)?;
    let sealed = seal::seal(&kek, WRAPPED_KIND, key.bytes())
        .map_err(|_| InvalidInput::new("keys", Reason::Unreadable))?;
    Ok(Wrapped {
        salt: to_hex(&salt),
        key: to_hex(&sealed),
    })
}

fn unwrap_with(kdf: &Kdf, secret: &[u8], wrapped: &Wrapped) -> Result<Key, ActionError> {
    let unreadable = || ActionError::Invalid(InvalidInput::new("keys", Reason::Unreadable));
    let salt = wrapped.salt_bytes().ok_or_else(unreadable)?;
    let sealed = from_hex(&wrapped.key).ok_or_else(unreadable)?;
    let kek = kdf.derive(secret, &salt).ok_or_else(unreadable)?;
    let bytes: Zeroizing<Vec<u8>> =
        seal::open(&kek, WRAPPED_KIND, &sealed).map_err(|_| VaultError::WrongSecret)?;
    if bytes.len() != KEY_BYTES {
        return Err(unreadable());
    }
    Key::from_slice(&bytes).ok_or_else(unreadable)
}

pub(crate) fn open_with(keys: &Keys, secret: &Secret) -> Result<Key, ActionError> {
    match secret {
        Secret::Passphrase(p) => unwrap_with(&keys.kdf, p.bytes(), &keys.passphrase),
        Secret::RecoveryCode(typed) => {
            let secret = RecoveryCode::secret_from_typed(typed).ok_or_else(|| {
                InvalidInput::new(
                    "recovery_code",
                    Reason::NotACode {
                        what: TextKind::RecoveryCode,
                    },
                )
            })?;
            unwrap_with(&keys.kdf, &secret, &keys.recovery)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(s: &str) -> Secret {
        Secret::Passphrase(Passphrase::typed(s).unwrap())
    }

    /// A vault turned on with "the right words", then locked.
    fn locked_vault(dir: &Path) -> Vault {
        let (vault, _) = Vault::open(dir, false).unwrap();
        vault
            .turn_on(&Passphrase::new_choice("the right words").unwrap())
            .unwrap();
        vault.lock().unwrap();
        vault
    }

    #[test]
    fn on_unlock_lock_change_and_off() {
        let tmp = tempfile::tempdir().unwrap();
        let (vault, _) = Vault::open(tmp.path(), false).unwrap();
        assert_eq!(vault.status(), Status::Off);
        let chosen = Passphrase::new_choice("river stones at dusk").unwrap();
        let (key, code) = vault.turn_on(&chosen).unwrap();
        assert_eq!(vault.status(), Status::Unlocked);
        assert!(matches!(
            vault.turn_on(&chosen),
            Err(ActionError::Vault(VaultError::AlreadyOn))
        ));
        let on_disk = std::fs::read_to_string(tmp.path().join("vault.json")).unwrap();
        assert!(!on_disk.contains("river"));
        assert!(!on_disk.contains(&to_hex(key.bytes())));
        assert!(!on_disk.contains(code.as_str()));

        vault.lock().unwrap();
        assert_eq!(vault.status(), Status::Locked);
        assert!(vault.key().is_none());
        drop(vault);

        // A new run: locked until the passphrase or the code is given.
        let (vault, _) = Vault::open(tmp.path(), false).unwrap();
        assert_eq!(vault.status(), Status::Locked);
        let now = Instant::now();
        let got = vault.unlock(&pass("river stones at dusk"), now).unwrap();
        assert_eq!(got.bytes(), key.bytes());
        vault.lock().unwrap();
        let by_code = vault
            .unlock(&Secret::RecoveryCode(code.as_str().to_lowercase()), now)
            .unwrap();
        assert_eq!(by_code.bytes(), key.bytes());

        // A new passphrase: the old one no longer opens, the code still does.
        let new = Passphrase::new_choice("a quieter morning").unwrap();
        vault.change(&pass("river stones at dusk"), &new).unwrap();
        vault.lock().unwrap();
        assert!(matches!(
            vault.unlock(&pass("river stones at dusk"), now),
            Err(ActionError::Vault(VaultError::WrongSecret))
        ));
        assert!(vault.unlock(&pass("a quieter morning"), now).is_ok());
        vault.lock().unwrap();
        assert!(vault
            .unlock(&Secret::RecoveryCode(code.as_str().into()), now)
            .is_ok());

        let confirmed = vault.confirm(&pass("a quieter morning")).unwrap();
        assert_eq!(confirmed.bytes(), key.bytes());
        vault.finish_off().unwrap();
        assert_eq!(vault.status(), Status::Off);
    }

    #[test]
    fn wrong_tries_wait_longer_and_longer_after_five() {
        let tmp = tempfile::tempdir().unwrap();
        let vault = locked_vault(tmp.path());
        let t0 = Instant::now();
        for _ in 0..FREE_TRIES - 1 {
            assert!(matches!(
                vault.unlock(&pass("wrong words"), t0),
                Err(ActionError::Vault(VaultError::WrongSecret))
            ));
            assert_eq!(vault.wait(t0), None);
        }
        // The fifth wrong try starts the wait; a try inside it is not even tried.
        assert!(vault.unlock(&pass("wrong words"), t0).is_err());
        assert_eq!(vault.wait(t0), Some(Duration::from_secs(2)));
        assert!(matches!(
            vault.unlock(&pass("the right words"), t0),
            Err(ActionError::Vault(VaultError::TryLater { seconds: 2 }))
        ));
        let t1 = t0 + Duration::from_secs(2);
        assert!(vault.unlock(&pass("wrong again"), t1).is_err());
        assert_eq!(vault.wait(t1), Some(Duration::from_secs(4)));
        let t2 = t1 + Duration::from_secs(4);
        assert!(vault.unlock(&pass("the right words"), t2).is_ok());
        assert_eq!(vault.wait(t2), None, "the right one clears the count");
        assert_eq!(wait_after(40), Some(MAX_WAIT));
        assert_eq!(wait_after(u32::MAX), Some(MAX_WAIT));
    }

    #[test]
    fn a_malformed_recovery_code_is_refused_without_counting_as_wrong() {
        let tmp = tempfile::tempdir().unwrap();
        let vault = locked_vault(tmp.path());
        let now = Instant::now();
        for _ in 0..10 {
            assert!(matches!(
                vault.unlock(&Secret::RecoveryCode("1234".into()), now),
                Err(ActionError::Invalid(_))
            ));
        }
        assert_eq!(vault.wait(now), None);
    }
}
