//! Protection across the features: turning it on and off, locking and unlocking. The
//! vault holds the key; each feature holding the person's words opens, closes or rewrites
//! its files with it. Help, breathing and grounding's built-in steps never wait for it.

use std::time::Instant;

use super::{Notice, Steady};
use crate::error::{ActionError, InvalidInput, Reason, VaultError};
use crate::plan::state::PlanState;
use crate::plan::Export;
use crate::store::private::Private;
use crate::store::Document;
use crate::vault::export;
use crate::vault::key::Key;
use crate::vault::{Passphrase, RecoveryCode, Secret, Status};

impl Steady {
    pub fn protection(&self) -> Status {
        self.vault.status()
    }

    /// Turns protection on: every file the person wrote is sealed with a new key. The
    /// recovery code is returned once, to be shown; Steady never keeps it. A file that
    /// could not be sealed now (a full disk) stays plain and is sealed at its next save
    /// or the next unlock; the code is never lost for it.
    pub fn protect(&self, passphrase: &str) -> Result<RecoveryCode, ActionError> {
        let passphrase = Passphrase::new_choice(passphrase)?;
        if self.read_only {
            return Err(ActionError::Store(crate::StoreError::ReadOnly {
                doc: "vault",
                dir: self.data_dir.clone(),
            }));
        }
        let (key, code) = self.vault.turn_on(&passphrase)?;
        let _ = self.rekey_all(Some(key), None);
        Ok(code)
    }

    /// Unlocks with the passphrase or the recovery code, and opens the person's files.
    /// Notices from opening them (a file set aside, one sealed now) join the queue.
    pub fn unlock(&self, secret: &Secret) -> Result<(), ActionError> {
        let key = self.vault.unlock(secret, Instant::now())?;
        let mut notices = Vec::new();
        for doc in self.sealed() {
            notices.extend(doc.open(&key)?);
        }
        super::lock(&self.notices).extend(notices);
        Ok(())
    }

    /// Locks: the key is forgotten and what the person wrote leaves memory.
    pub fn lock(&self) -> Result<(), ActionError> {
        self.vault.lock()?;
        for doc in self.sealed() {
            doc.close();
        }
        self.lists.forget();
        Ok(())
    }

    /// Everything the person writes, sealed while protection is on: the one list.
    fn sealed(&self) -> [&dyn Sealed; 5] {
        [
            &self.plan,
            &self.helped.log,
            &self.grounding.shaping,
            &self.breathing.own,
            &self.lists.doc,
        ]
    }

    /// A new passphrase, given the current one or the recovery code.
    pub fn change_passphrase(&self, current: &Secret, new: &str) -> Result<(), ActionError> {
        let new = Passphrase::new_choice(new)?;
        self.vault.change(current, &new)
    }

    /// Turns protection off: every file is written plain again, then the vault forgets
    /// its keys. If any file cannot be written plain, the ones already done are sealed
    /// again and protection stays on, so the vault never says "off" over a sealed file.
    pub fn unprotect(&self, current: &Secret) -> Result<(), ActionError> {
        let key = self.vault.confirm(current)?;
        if self.vault.status() == Status::Locked {
            self.unlock(current)?;
        }
        if let Err(e) = self.rekey_all(None, Some(key.clone())) {
            let _ = self.rekey_all(Some(key), None);
            return Err(e);
        }
        self.vault.finish_off()
    }

    /// The plan as a file to save: `markdown` and `json` as the plan writes them (see
    /// `Plan::export`), or `protected`, a copy that opens with the passphrase or the
    /// recovery code, here or in another Steady (protection on, Steady unlocked).
    pub fn export_plan(&self, format: &str, heading: &str) -> Result<Export, ActionError> {
        self.export_plan_with(format, heading, &[])
    }

    /// The plan as `export_plan` makes it; in Markdown, followed by the own lists the
    /// person ticked (each with its title), and only those.
    pub fn export_plan_with(
        &self,
        format: &str,
        heading: &str,
        include: &[(crate::own_lists::ListName, String)],
    ) -> Result<Export, ActionError> {
        let plan = self.plan.get()?;
        if format != "protected" {
            let mut export = plan.export(format, heading)?;
            if format == "markdown" && !include.is_empty() {
                export
                    .bytes
                    .extend_from_slice(self.lists.markdown_sections(include)?.as_bytes());
            }
            return Ok(export);
        }
        let keys = self.vault.keys().ok_or(VaultError::Off)?;
        let key = self.vault.key().ok_or(ActionError::Protected)?;
        let plain = zeroize::Zeroizing::new(
            crate::store::encode(&plan)
                .map_err(|_| InvalidInput::new("plan", Reason::EncodeFailed))?,
        );
        Ok(Export {
            file_name: "my-safety-plan-protected.json",
            kind_name: "JSON",
            extension: "json",
            bytes: export::protect(&plain, &key, &keys)?,
        })
    }

    /// A file offered as a plan, checked: a plain one as it is, a protected copy opened
    /// with `secret` (without one: refused as `protected_file`, so the page can ask).
    pub fn read_plan_file(
        bytes: &[u8],
        secret: Option<&Secret>,
    ) -> Result<crate::plan::Plan, ActionError> {
        if !export::is_protected(bytes) {
            return Ok(PlanState::parse(bytes)?);
        }
        let secret = secret.ok_or(InvalidInput::new("file", Reason::ProtectedFile))?;
        let plain = export::open(bytes, secret)?;
        Ok(PlanState::parse(&plain)?)
    }

    /// Imports a file (plain or protected); the plan it replaces is pinned, as always.
    pub fn import_plan(
        &self,
        bytes: &[u8],
        secret: Option<&Secret>,
    ) -> Result<crate::plan::Plan, ActionError> {
        let plan = Self::read_plan_file(bytes, secret)?;
        self.plan.replace(plan)
    }

    /// Rewrites every document of the person's (and the plan's versions) under `to`.
    /// Every one is tried; the first failure is returned.
    fn rekey_all(&self, to: Option<Key>, from: Option<Key>) -> Result<(), ActionError> {
        let results: Vec<_> = self
            .sealed()
            .iter()
            .map(|doc| doc.rekey(to.clone(), from.clone()))
            .collect();
        results.into_iter().collect()
    }
}

/// A file (or files) of the person's, as protection handles it.
trait Sealed {
    /// Opens it with the key (unlocking); what the person should be told, if anything.
    fn open(&self, key: &Key) -> Result<Option<Notice>, ActionError>;
    /// Lets go of it (locking).
    fn close(&self);
    /// Writes it again, sealed with `to` or plain.
    fn rekey(&self, to: Option<Key>, from: Option<Key>) -> Result<(), ActionError>;
}

impl<D: Document + Clone> Sealed for Private<D> {
    fn open(&self, key: &Key) -> Result<Option<Notice>, ActionError> {
        let notice = self.load(Some(key.clone())).map_err(start_to_action)?;
        Ok(notice.and_then(Notice::from_load::<D>))
    }
    fn close(&self) {
        Private::close(self);
    }
    fn rekey(&self, to: Option<Key>, from: Option<Key>) -> Result<(), ActionError> {
        let _ = from;
        Private::rekey(self, to)
    }
}

impl Sealed for PlanState {
    fn open(&self, key: &Key) -> Result<Option<Notice>, ActionError> {
        let notice = self.unlock(key).map_err(start_to_action)?;
        Ok(notice.and_then(Notice::from_load::<crate::plan::Plan>))
    }
    fn close(&self) {
        PlanState::close(self);
    }
    fn rekey(&self, to: Option<Key>, from: Option<Key>) -> Result<(), ActionError> {
        PlanState::rekey(self, to, from)
    }
}

/// Opening a file after unlocking fails as a store error (its lock, the folder).
fn start_to_action(e: crate::StartError) -> ActionError {
    match e {
        crate::StartError::Store(s) => ActionError::Store(s),
        other => ActionError::Store(crate::StoreError::Io {
            doc: "vault",
            source: std::io::Error::other(other.log_detail()),
        }),
    }
}
