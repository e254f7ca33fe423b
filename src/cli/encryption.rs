//! Encrypted journals on the command line: where a passphrase comes from (the
//! `KINTSUGI_PASSPHRASE` variable, or a prompt without echo on a terminal — never an argument,
//! which other users could read in the process list), and `encrypt`, `decrypt`, `passphrase`.

use std::io::IsTerminal as _;
use std::path::Path;

use age::secrecy::{ExposeSecret as _, SecretString};
use anyhow::{Context as _, anyhow, bail};

use crate::model::Journal;
use crate::storage::encryption::{PassphraseStrength, passphrase_strength};
use crate::storage::{
    self, BackupsOnEncrypt, JournalKey, JournalStore, KeyCost, StorageError, Unlock,
};
use crate::words::plural_s;

/// The variable holding the passphrase of an encrypted journal (and the new one for `encrypt`).
pub const PASSPHRASE_VARIABLE: &str = "KINTSUGI_PASSPHRASE";

/// The variable holding the new passphrase for `kintsugi passphrase`.
pub const NEW_PASSPHRASE_VARIABLE: &str = "KINTSUGI_NEW_PASSPHRASE";

/// Reads a journal, plain or encrypted (asking for the passphrase only when it is encrypted).
pub(super) fn load_journal(path: &Path) -> anyhow::Result<Journal> {
    match storage::load(path) {
        Err(StorageError::Encrypted { .. }) => {
            let passphrase = passphrase(path)?;
            let (journal, _) = storage::load_with(path, Unlock::Passphrase(&passphrase))?;
            Ok(journal)
        }
        other => Ok(other?),
    }
}

/// Opens a journal for writing, plain or encrypted.
pub(super) fn open_store(path: &Path) -> anyhow::Result<(JournalStore, Journal)> {
    match JournalStore::open(path) {
        Err(StorageError::Encrypted { .. }) => {
            let passphrase = passphrase(path)?;
            Ok(JournalStore::open_with(
                path,
                Unlock::Passphrase(&passphrase),
            )?)
        }
        other => Ok(other?),
    }
}

/// The passphrase of the encrypted journal at `path`.
fn passphrase(path: &Path) -> anyhow::Result<SecretString> {
    if let Some(passphrase) = from_variable(PASSPHRASE_VARIABLE) {
        return Ok(passphrase);
    }
    if !std::io::stdin().is_terminal() {
        bail!(
            "{}: this journal is encrypted; set {PASSPHRASE_VARIABLE} to its passphrase, or run the command in a terminal to be asked for it",
            path.display()
        );
    }
    prompt(&format!("Passphrase for {}: ", path.display()))
}

/// A new passphrase: from `variable`, or typed twice at a terminal. Too short is refused.
fn new_passphrase(variable: &str) -> anyhow::Result<SecretString> {
    let passphrase = match from_variable(variable) {
        Some(passphrase) => passphrase,
        None if std::io::stdin().is_terminal() => {
            let first = prompt("New passphrase: ")?;
            eprintln!("{}", passphrase_strength(first.expose_secret()).hint());
            let second = prompt("The same passphrase again: ")?;
            if first.expose_secret() != second.expose_secret() {
                bail!("the two passphrases differ; nothing was changed");
            }
            first
        }
        None => bail!(
            "set {variable} to the new passphrase, or run the command in a terminal to be asked for it"
        ),
    };
    if passphrase_strength(passphrase.expose_secret()) == PassphraseStrength::TooShort {
        bail!(
            "{}; nothing was changed",
            PassphraseStrength::TooShort.hint()
        );
    }
    Ok(passphrase)
}

/// The passphrase variables as they were when the process started; taken out of the
/// environment by [`take_passphrase_variables`].
static TAKEN: std::sync::OnceLock<[Option<SecretString>; 2]> = std::sync::OnceLock::new();

/// Reads `KINTSUGI_PASSPHRASE` and `KINTSUGI_NEW_PASSPHRASE` once and removes them from the
/// process environment, so that no program Kintsugi starts (`xdg-open`, a file dialog, a
/// notification helper) inherits them. Called first thing in `main`, before any thread exists.
pub fn take_passphrase_variables() {
    TAKEN.get_or_init(|| {
        [PASSPHRASE_VARIABLE, NEW_PASSPHRASE_VARIABLE].map(|variable| {
            let value = std::env::var(variable).ok();
            if std::env::var_os(variable).is_some() {
                remove_variable(variable);
            }
            value
                .filter(|value| !value.is_empty())
                .map(SecretString::from)
        })
    });
}

/// True when the passphrase variable was set when the process started.
pub(super) fn passphrase_variable_set() -> bool {
    from_variable(PASSPHRASE_VARIABLE).is_some()
}

#[allow(
    unsafe_code,
    reason = "removing a variable races with other threads reading the environment; this runs \
              at the start of main (or of a test's own process), before any thread is started"
)]
fn remove_variable(variable: &str) {
    // SAFETY: called from `take_passphrase_variables`, once, before the program starts any
    // thread (see its callers), so nothing reads the environment at the same time.
    unsafe { std::env::remove_var(variable) };
}

fn from_variable(variable: &str) -> Option<SecretString> {
    let index = usize::from(variable == NEW_PASSPHRASE_VARIABLE);
    match TAKEN.get() {
        Some(taken) => taken[index].clone(),
        // A library caller that never took them: read them where they are.
        None => std::env::var(variable)
            .ok()
            .filter(|value| !value.is_empty())
            .map(SecretString::from),
    }
}

fn prompt(text: &str) -> anyhow::Result<SecretString> {
    rpassword::prompt_password(text)
        .map(SecretString::from)
        .context("could not read the passphrase from the terminal")
}

/// `kintsugi encrypt`: encrypts the journal and its backups (or deletes the backups).
pub(super) fn encrypt(path: &Path, delete_backups: bool) -> anyhow::Result<String> {
    let (mut store, journal) = open_store(path)?;
    if store.is_encrypted() {
        bail!(
            "{}: already encrypted; `kintsugi passphrase` changes its passphrase",
            path.display()
        );
    }
    let passphrase = new_passphrase(PASSPHRASE_VARIABLE)?;
    let key = JournalKey::create(&passphrase, KeyCost::Tuned)
        .map_err(|cause| StorageError::encryption(path, cause))?;
    let backups = if delete_backups {
        BackupsOnEncrypt::Delete
    } else {
        BackupsOnEncrypt::Encrypt
    };
    let report = store.encrypt(&journal, key, backups)?;
    let copies = match (report.rewritten, report.deleted) {
        (0, 0) => String::new(),
        (n, 0) => format!(", and {n} backup{} with it", plural_s(n)),
        (_, n) => format!("; {n} plain backup{} deleted", plural_s(n)),
    };
    finish(
        format!(
            "Encrypted {}{copies}. Keep the passphrase safe: it cannot be recovered.\n",
            path.display()
        ),
        &report.failures,
    )
}

/// `kintsugi passphrase`: wraps the journal's key with a new passphrase.
pub(super) fn change_passphrase(path: &Path) -> anyhow::Result<String> {
    let (mut store, journal) = open_store(path)?;
    let Some(key) = store.key().cloned() else {
        bail!(
            "{}: this journal is not encrypted; `kintsugi encrypt` encrypts it",
            path.display()
        );
    };
    let passphrase = new_passphrase(NEW_PASSPHRASE_VARIABLE)?;
    let new_key = key
        .successor(&passphrase, KeyCost::Tuned)
        .map_err(|cause| StorageError::encryption(path, cause))?;
    let report = store.change_passphrase(&journal, new_key)?;
    finish(
        format!(
            "Changed the passphrase of {}, and with it the key: the journal and its {} backup{} are sealed with the new one; the old passphrase opens nothing written from now on.\n",
            path.display(),
            report.rewritten,
            plural_s(report.rewritten)
        ),
        &report.failures,
    )
}

/// `kintsugi decrypt --out PATH`: a plain copy of an encrypted journal (the journal stays
/// encrypted); never over an existing file.
pub(super) fn decrypt(path: &Path, out: &Path) -> anyhow::Result<String> {
    let passphrase = match storage::load(path) {
        Err(StorageError::Encrypted { .. }) => passphrase(path)?,
        Ok(_) => bail!("{}: this journal is not encrypted", path.display()),
        Err(error) => return Err(error.into()),
    };
    let (journal, _) = storage::load_with(path, Unlock::Passphrase(&passphrase))?;
    storage::write_new(out, &journal)?;
    Ok(format!(
        "Wrote a plain copy of {} to {}; the journal itself stays encrypted.\n",
        path.display(),
        out.display()
    ))
}

fn finish(done: String, failures: &[StorageError]) -> anyhow::Result<String> {
    if failures.is_empty() {
        return Ok(done);
    }
    let list: Vec<String> = failures.iter().map(ToString::to_string).collect();
    Err(anyhow!(
        "{done}but these copies could not be handled (they are tried again when the journal is next opened):\n  {}",
        list.join("\n  ")
    ))
}
