//! A process saving a 10-year journal in a loop is killed with SIGKILL at chosen moments; after
//! every kill the journal on disk loads and equals a version the child had saved or was saving.
//!
//! Nothing here assumes how fast the machine is. The child reports on its stdout when it is
//! ready and when each save begins and ends, with how long it took; the parent aims its kills
//! from those measured durations (before the first save is complete, in the middle of a save,
//! in the pause between two saves) and then classifies each kill by what the child had
//! reported when it died, which is what the coverage assertion counts. `cargo test` kills 50
//! times; `KINTSUGI_CRASH_KILLS=1000 cargo test --test crash_safety -- --nocapture` runs a long
//! campaign and prints its tally. The same campaign runs on an encrypted journal, where after
//! every kill no file in the folder (journal, temporary files, backups) holds plain text.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::{CheckInInput, Journal};
use kintsugi::storage::{self, JournalKey, JournalStore, KeyCost, Unlock};
use secrecy::SecretString;

/// Kills in a normal `cargo test`.
const DEFAULT_KILLS: u32 = 50;
/// Each kind of landing must have happened at least this many times in a campaign of
/// `DEFAULT_KILLS` (scaled up for longer campaigns).
const MIN_PER_KIND_IN_50: usize = 5;
const KILLS_VAR: &str = "KINTSUGI_CRASH_KILLS";
const CHILD_DIR_VAR: &str = "KINTSUGI_CRASH_TEST_DIR";
const CHILD_FIRST_VERSION_VAR: &str = "KINTSUGI_CRASH_TEST_FIRST_VERSION";
/// Set for the encrypted campaign: the journal's passphrase.
const CHILD_PASSPHRASE_VAR: &str = "KINTSUGI_CRASH_TEST_PASSPHRASE";
const PASSPHRASE: &str = "crash test passphrase";
/// How long the parent waits for any one report of the child before calling it stuck. Generous
/// on purpose: the bound is there to end a hung test, not to judge the machine's speed.
const PATIENCE: Duration = Duration::from_mins(5);

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

/// The child: saves ever-newer versions until it is killed, pausing after each save for as long
/// as the save took, so that there is a window between saves as wide as a save on any machine.
/// Runs only when the parent test starts it (it is ignored in normal runs).
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
    let passphrase = std::env::var(CHILD_PASSPHRASE_VAR)
        .ok()
        .map(SecretString::from);
    let unlock = passphrase
        .as_ref()
        .map_or(Unlock::Nothing, Unlock::Passphrase);
    let (mut store, _) = JournalStore::open_with(&path, unlock).unwrap();
    assert_eq!(store.is_encrypted(), passphrase.is_some());
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    for n in first.. {
        let journal = version(&base, n);
        writeln!(out, "begin {n}").unwrap();
        out.flush().unwrap();
        let started = Instant::now();
        store.save(&journal, end()).unwrap();
        let took = started.elapsed();
        writeln!(out, "end {n} {}", took.as_nanos()).unwrap();
        out.flush().unwrap();
        std::thread::sleep(took);
    }
}

/// What the child said, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Report {
    Ready,
    Begin(u64),
    End(u64, Duration),
}

/// A report of the child's, or `None` for the test harness's own lines ("running 1 test").
fn parse_report(line: &str) -> Option<Report> {
    let words: Vec<&str> = line.split_whitespace().collect();
    Some(match words.as_slice() {
        ["ready"] => Report::Ready,
        ["begin", n] => Report::Begin(n.parse().ok()?),
        ["end", n, nanos] => {
            Report::End(n.parse().ok()?, Duration::from_nanos(nanos.parse().ok()?))
        }
        _ => return None,
    })
}

/// Reads the child's reports on a thread of its own, so that the parent can wait with a bound.
fn listen(stdout: ChildStdout) -> Receiver<Report> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let Some(report) = parse_report(&line) else {
                continue;
            };
            if sender.send(report).is_err() {
                break;
            }
        }
    });
    receiver
}

fn spawn_child(dir: &Path, first_version: u64, encrypted: bool) -> (Child, Receiver<Report>) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    if encrypted {
        command.env(CHILD_PASSPHRASE_VAR, PASSPHRASE);
    }
    let mut child = command
        .args([
            "--ignored",
            "--exact",
            "crash_test_child_saves_in_a_loop",
            "--nocapture",
            "--test-threads=1",
            "--quiet",
        ])
        .env(CHILD_DIR_VAR, dir)
        .env(CHILD_FIRST_VERSION_VAR, first_version.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let reports = listen(child.stdout.take().unwrap());
    (child, reports)
}

/// Waits for the child's next report.
fn next_report(reports: &Receiver<Report>, child: &mut Child) -> Report {
    match reports.recv_timeout(PATIENCE) {
        Ok(report) => report,
        Err(RecvTimeoutError::Timeout) => panic!("the child said nothing for {PATIENCE:?}"),
        Err(RecvTimeoutError::Disconnected) => {
            panic!("the child ended early: {:?}", child.wait())
        }
    }
}

/// Where a kill landed, judged from the child's last report before it died.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Landing {
    /// Before the child's first save of this run was complete.
    BeforeFirstSave,
    /// While a later save was under way (after at least one completed).
    DuringSave,
    /// After a save ended and before the next began.
    BetweenSaves,
}

/// The moment to aim at, as a delay after "ready", given the save time measured so far.
fn aim(target: Landing, save: Duration, rng: &mut fastrand::Rng) -> Duration {
    let mut fraction = |low: f64, high: f64| save.mul_f64(low + (high - low) * rng.f64());
    // The child's timeline: save 1 in [0, s], pause in [s, 2s], save 2 in [2s, 3s], …
    match target {
        Landing::BeforeFirstSave => fraction(0.0, 0.9),
        Landing::BetweenSaves => save + fraction(0.15, 0.85),
        Landing::DuringSave => save * 2 + fraction(0.15, 0.85),
    }
}

/// What the disk may hold after a kill, from the child's reports: the version it last finished
/// and, when it died inside a save, the version it was writing.
fn allowed_versions(previous: u64, reports: &[Report]) -> (Landing, Vec<u64>) {
    let mut finished = None;
    let mut writing = None;
    for report in reports {
        match *report {
            Report::Ready => {}
            Report::Begin(n) => writing = Some(n),
            Report::End(n, _) => {
                finished = Some(n);
                writing = None;
            }
        }
    }
    let landing = match (finished, writing) {
        (None, _) => Landing::BeforeFirstSave,
        (Some(_), Some(_)) => Landing::DuringSave,
        (Some(_), None) => Landing::BetweenSaves,
    };
    let mut allowed = vec![finished.unwrap_or(previous)];
    allowed.extend(writing);
    (landing, allowed)
}

#[test]
fn journal_survives_being_killed_mid_save() {
    campaign(false);
}

#[test]
fn encrypted_journal_survives_being_killed_mid_save_and_never_leaves_plain_text() {
    campaign(true);
}

/// Every file under `dir` (journal, temporary files, backups): none may hold the journal's
/// text in the clear — every plain journal contains `format_version`, and every version's note
/// "version …".
fn assert_no_plain_text(dir: &Path, kill: u32) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            assert_no_plain_text(&path, kill);
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for marker in [&b"format_version"[..], b"version 1", b"version 2"] {
            assert!(
                !bytes.windows(marker.len()).any(|window| window == marker),
                "after kill {kill}: {} holds plain text ({})",
                path.display(),
                String::from_utf8_lossy(marker)
            );
        }
    }
}

fn campaign(encrypted: bool) {
    let kills: u32 = std::env::var(KILLS_VAR).map_or(DEFAULT_KILLS, |value| {
        value.parse().expect("KINTSUGI_CRASH_KILLS is a number")
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let base = base_journal();
    let passphrase = SecretString::from(PASSPHRASE.to_owned());
    if encrypted {
        // A small work factor: the campaign unlocks after every kill.
        let key = JournalKey::create(&passphrase, KeyCost::WorkFactor(10)).unwrap();
        let (mut store, journal) = JournalStore::open(&path).unwrap();
        assert!(journal.check_ins().next().is_none());
        store
            .encrypt(&version(&base, 0), key, storage::BackupsOnEncrypt::Encrypt)
            .unwrap();
    } else {
        storage::write_new(&path, &version(&base, 0)).unwrap();
    }
    let unlock = if encrypted {
        Unlock::Passphrase(&passphrase)
    } else {
        Unlock::Nothing
    };
    let mut rng = fastrand::Rng::with_seed(2026);
    let mut save_times: Vec<Duration> = Vec::new();
    let mut tally = std::collections::HashMap::<Landing, usize>::new();
    let mut on_disk = 0_u64;
    let targets = [
        Landing::BeforeFirstSave,
        Landing::DuringSave,
        Landing::BetweenSaves,
    ];
    for kill in 0..kills {
        let first_version = u64::from(kill + 1) * 1_000_000;
        let (mut child, reports) = spawn_child(dir.path(), first_version, encrypted);
        while next_report(&reports, &mut child) != Report::Ready {}
        let ready_at = Instant::now();
        // Until a save has been measured, let the child finish one and time it.
        let typical_save = median(&save_times);
        let mut seen = Vec::new();
        let target = targets[kill as usize % targets.len()];
        let delay = match typical_save {
            Some(save) => aim(target, save, &mut rng),
            None => loop {
                let report = next_report(&reports, &mut child);
                seen.push(report);
                if let Report::End(_, _) = report {
                    break ready_at.elapsed();
                }
            },
        };
        std::thread::sleep(delay.saturating_sub(ready_at.elapsed()));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        // The pipe is closed now: every report the child made before dying is in the channel.
        seen.extend(reports.iter());
        save_times.extend(seen.iter().filter_map(|report| match report {
            Report::End(_, took) => Some(*took),
            _ => None,
        }));

        let (landing, allowed) = allowed_versions(on_disk, &seen);
        let (loaded, _) = storage::load_with(&path, unlock)
            .unwrap_or_else(|error| panic!("after kill {kill}: {error}"));
        if encrypted {
            assert_no_plain_text(dir.path(), kill);
        }
        let n = saved_version_number(&loaded)
            .unwrap_or_else(|| panic!("after kill {kill}: no version marker"));
        assert!(
            allowed.contains(&n),
            "after kill {kill} ({landing:?}) the disk holds version {n}, not one of {allowed:?}"
        );
        assert_eq!(
            loaded,
            version(&base, n),
            "after kill {kill} the journal is exactly version {n}"
        );
        *tally.entry(landing).or_default() += 1;
        on_disk = n;
    }
    let median_save = median(&save_times).unwrap_or_default();
    println!(
        "{kills} kills; median save {median_save:?} over {} saves; landings: {tally:?}",
        save_times.len()
    );
    let needed = MIN_PER_KIND_IN_50 * kills as usize / DEFAULT_KILLS as usize;
    for landing in targets {
        let count = tally.get(&landing).copied().unwrap_or(0);
        assert!(
            count >= needed,
            "only {count} kills landed {landing:?} (need {needed}); all: {tally:?}, median save \
             {median_save:?}"
        );
    }
}

fn median(durations: &[Duration]) -> Option<Duration> {
    let mut sorted = durations.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len() / 2).copied()
}

#[test]
fn kills_are_classified_by_the_childs_last_report() {
    let took = Duration::from_millis(1);
    assert_eq!(
        allowed_versions(7, &[Report::Ready]),
        (Landing::BeforeFirstSave, vec![7])
    );
    assert_eq!(
        allowed_versions(7, &[Report::Ready, Report::Begin(10)]),
        (Landing::BeforeFirstSave, vec![7, 10])
    );
    assert_eq!(
        allowed_versions(7, &[Report::Begin(10), Report::End(10, took)]),
        (Landing::BetweenSaves, vec![10])
    );
    assert_eq!(
        allowed_versions(
            7,
            &[Report::Begin(10), Report::End(10, took), Report::Begin(11)]
        ),
        (Landing::DuringSave, vec![10, 11])
    );
}
