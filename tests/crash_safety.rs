//! A process saving a 10-year journal in a loop is killed with SIGKILL at random moments; after
//! every kill the journal on disk loads and equals one of the versions that was saved.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::{CheckInInput, Journal};
use kintsugi::storage::{self, JournalStore};

const KILLS: u32 = 50;
const CHILD_DIR_VAR: &str = "KINTSUGI_CRASH_TEST_DIR";
const CHILD_FIRST_VERSION_VAR: &str = "KINTSUGI_CRASH_TEST_FIRST_VERSION";

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn base_journal() -> Journal {
    demo::generate(DemoOptions {
        years: 10,
        seed: 11,
        end: end(),
    })
}

/// Version `n` of the journal: the base with the first check-in's note set to "version n".
fn version(base: &Journal, n: u64) -> Journal {
    let mut journal = base.clone();
    let first = journal.check_ins().next().unwrap().clone();
    let input = CheckInInput {
        note: format!("version {n}"),
        ..CheckInInput::from_check_in(&first)
    };
    let fixed_now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
    journal
        .upsert_check_in(first.date, &input, end(), fixed_now)
        .unwrap();
    journal
}

fn saved_version_number(journal: &Journal) -> Option<u64> {
    journal
        .check_ins()
        .next()?
        .note
        .strip_prefix("version ")?
        .parse()
        .ok()
}

/// The child: saves ever-newer versions until it is killed. Runs only when the parent test
/// starts it (it is ignored in normal runs).
#[test]
#[ignore = "started by journal_survives_being_killed_mid_save"]
fn crash_test_child_saves_in_a_loop() {
    let Ok(dir) = std::env::var(CHILD_DIR_VAR) else {
        return;
    };
    let first: u64 = std::env::var(CHILD_FIRST_VERSION_VAR)
        .unwrap()
        .parse()
        .unwrap();
    let path = PathBuf::from(dir).join("journal.ron");
    let base = base_journal();
    let (mut store, _) = JournalStore::open(&path).unwrap();
    std::fs::write(path.with_file_name("child-ready"), b"").unwrap();
    for n in first.. {
        store.save(&version(&base, n), end()).unwrap();
    }
}

fn spawn_child(dir: &Path, first_version: u64) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "crash_test_child_saves_in_a_loop",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR_VAR, dir)
        .env(CHILD_FIRST_VERSION_VAR, first_version.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn journal_survives_being_killed_mid_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let ready = dir.path().join("child-ready");
    let base = base_journal();
    storage::write_new(&path, &version(&base, 0)).unwrap();
    let mut rng = fastrand::Rng::with_seed(2026);
    let mut seen_versions = Vec::new();
    for kill in 0..KILLS {
        let _ = std::fs::remove_file(&ready);
        let first_version = u64::from(kill + 1) * 1_000_000;
        let mut child = spawn_child(dir.path(), first_version);
        let started = Instant::now();
        while !ready.exists() {
            assert!(
                started.elapsed() < Duration::from_mins(1),
                "the child never got ready"
            );
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the child exited early: {status}");
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        // Kill somewhere inside the save loop: anywhere from the first write to several saves in.
        std::thread::sleep(Duration::from_millis(rng.u64(0..400)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let loaded =
            storage::load(&path).unwrap_or_else(|error| panic!("after kill {kill}: {error}"));
        let n = saved_version_number(&loaded)
            .unwrap_or_else(|| panic!("after kill {kill}: no version marker"));
        assert!(
            n == 0 || n < first_version + 1_000_000,
            "version {n} was never saved"
        );
        assert_eq!(
            loaded,
            version(&base, n),
            "after kill {kill} the journal is exactly version {n}"
        );
        seen_versions.push(n);
    }
    let interrupted_later = seen_versions.iter().filter(|n| **n % 1_000_000 > 0).count();
    assert!(
        interrupted_later > KILLS as usize / 4,
        "most kills should land after at least one save: {seen_versions:?}"
    );
}
