//! Two computers and a sync client: a writer process on each side makes 200 edits through the
//! command line while a helper copies the journal between the two folders by rename at random
//! moments, the way Syncthing does (a file changed on both sides since the last sync becomes a
//! conflict copy). After the last sync and the conflict copies merged, both folders hold the same
//! journal and every edit made on either computer is in it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::cli::{assert_success, kintsugi, stderr};
use kintsugi::storage;

const EDITS: usize = 200;

/// The sync helper's memory: the bytes both folders held after its last sync.
struct SyncClient {
    a: PathBuf,
    b: PathBuf,
    last: Vec<u8>,
    conflicts: usize,
    rng: fastrand::Rng,
}

impl SyncClient {
    /// Brings the two folders together once: a side changed alone is copied to the other
    /// (written beside it, renamed over it); sides changed both become one version plus a
    /// conflict copy of the other beside it.
    fn sync_once(&mut self) {
        let (Ok(a), Ok(b)) = (std::fs::read(&self.a), std::fs::read(&self.b)) else {
            return;
        };
        if a == b {
            self.last = a;
            return;
        }
        let (a_changed, b_changed) = (a != self.last, b != self.last);
        match (a_changed, b_changed) {
            (true, false) => {
                if replace_if_still(&self.b, &b, &a) {
                    self.last = a;
                }
            }
            (false, true) => {
                if replace_if_still(&self.a, &a, &b) {
                    self.last = b;
                }
            }
            _ => {
                // Both changed: A's version wins in both folders, B's is kept beside A's
                // journal as a Syncthing conflict copy.
                self.conflicts += 1;
                let copy = self.a.with_file_name(format!(
                    "journal.sync-conflict-20261128-{:06}-BBBBBBB.ron",
                    self.conflicts
                ));
                std::fs::write(&copy, &b).unwrap();
                if replace_if_still(&self.b, &b, &a) {
                    self.last = a;
                }
            }
        }
    }

    fn pause(&mut self) -> Duration {
        Duration::from_millis(self.rng.u64(0..25))
    }
}

/// Replaces `path` by `bytes`, unless it no longer holds `seen` (a writer got there first: the
/// next round sees it). The swap is atomic (`renameat2` with `RENAME_EXCHANGE`) and what it
/// took out is checked: a writer's save that landed after the check is swapped back, so that
/// this helper never loses an edit itself and any loss is the writers'.
fn replace_if_still(path: &Path, seen: &[u8], bytes: &[u8]) -> bool {
    let incoming = path.with_file_name(".syncthing.journal.ron.tmp");
    std::fs::write(&incoming, bytes).unwrap();
    if std::fs::read(path).ok().as_deref() != Some(seen) {
        let _ = std::fs::remove_file(&incoming);
        return false;
    }
    exchange(&incoming, path);
    if std::fs::read(&incoming).ok().as_deref() != Some(seen) {
        exchange(&incoming, path);
        let _ = std::fs::remove_file(&incoming);
        return false;
    }
    let _ = std::fs::remove_file(&incoming);
    true
}

/// Swaps two files atomically.
#[allow(unsafe_code, reason = "renameat2 has no safe wrapper in std")]
fn exchange(a: &Path, b: &Path) {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt as _;
    let (a, b) = (
        CString::new(a.as_os_str().as_bytes()).unwrap(),
        CString::new(b.as_os_str().as_bytes()).unwrap(),
    );
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let done = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    assert_eq!(done, 0, "{}", std::io::Error::last_os_error());
}

/// One computer: `EDITS` check-ins on its own days, in a random order, each by its own process.
fn writer(journal: &Path, side: char, seed: u64) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut days: Vec<usize> = (0..EDITS).collect();
    rng.shuffle(&mut days);
    let year = if side == 'a' { 2020 } else { 2022 };
    let mut notes = Vec::new();
    for (n, day) in days.into_iter().enumerate() {
        let date = chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap()
            + chrono::Duration::days(day as i64);
        let note = format!("{side}-edit-{n}");
        let output = kintsugi(
            journal,
            &[
                "check-in",
                "--date",
                &date.to_string(),
                "--mood",
                "6",
                "--note",
                &note,
            ],
        );
        assert!(output.status.success(), "{side}: {}", stderr(&output));
        notes.push(note);
        std::thread::sleep(Duration::from_millis(rng.u64(0..10)));
    }
    notes
}

#[test]
fn two_writers_and_a_sync_client_end_with_the_same_journal_holding_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let (folder_a, folder_b) = (dir.path().join("laptop"), dir.path().join("desktop"));
    std::fs::create_dir_all(&folder_a).unwrap();
    std::fs::create_dir_all(&folder_b).unwrap();
    let (a, b) = (folder_a.join("journal.ron"), folder_b.join("journal.ron"));
    assert_success(&kintsugi(
        &a,
        &[
            "check-in",
            "--date",
            "2026-11-28",
            "--mood",
            "5",
            "--note",
            "First day.",
        ],
    ));
    std::fs::copy(&a, &b).unwrap();
    let mut client = SyncClient {
        last: std::fs::read(&a).unwrap(),
        a: a.clone(),
        b: b.clone(),
        conflicts: 0,
        rng: fastrand::Rng::with_seed(3),
    };

    let done = Arc::new(AtomicBool::new(false));
    let writers = {
        let (a, b) = (a.clone(), b.clone());
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let laptop = std::thread::spawn(move || writer(&a, 'a', 1));
            let desktop = std::thread::spawn(move || writer(&b, 'b', 2));
            let (laptop, desktop) = (laptop.join(), desktop.join());
            // Set even when a writer failed, so that the sync loop ends and the failure shows
            // instead of a hang.
            done.store(true, Ordering::Release);
            let (Ok(mut notes), Ok(more)) = (laptop, desktop) else {
                panic!("a writer failed (its message is above)");
            };
            notes.extend(more);
            notes
        })
    };
    while !done.load(Ordering::Acquire) {
        client.sync_once();
        std::thread::sleep(client.pause());
    }
    let notes = writers.join().unwrap();
    client.sync_once();

    // The user merges the conflict copies on the laptop; the client carries the result over.
    for entry in std::fs::read_dir(&folder_a).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.contains("sync-conflict") {
            let merged = kintsugi(&a, &["merge", &entry.path().to_string_lossy()]);
            assert_success(&merged);
        }
    }
    for _ in 0..3 {
        client.sync_once();
    }
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "the folders differ after the last sync"
    );
    let journal = storage::load(&a).unwrap();
    let missing: Vec<&String> = notes
        .iter()
        .filter(|note| {
            !journal
                .check_ins()
                .any(|check_in| check_in.note.contains(note.as_str()))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} edits lost ({} conflict copies): {missing:?}",
        missing.len(),
        notes.len(),
        client.conflicts
    );
    assert_eq!(journal.check_ins().count(), 2 * EDITS + 1);
}
