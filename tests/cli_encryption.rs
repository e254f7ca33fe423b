//! Encrypted journals on the command line: every command with `KINTSUGI_PASSPHRASE`, a clear
//! error without it on a non-terminal, `encrypt`, `decrypt --out`, `passphrase`.
//! These run the real key derivation (about a second per command).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::path::Path;
use std::process::Output;

use kintsugi::storage::encryption::container;

mod common;
use common::cli::{assert_failure, assert_success, kintsugi_with_env, stderr, stdout};

const PASSPHRASE: &str = "orchard compass seven";

fn with_passphrase(journal: &Path, args: &[&str]) -> Output {
    kintsugi_with_env(journal, args, &[("KINTSUGI_PASSPHRASE", PASSPHRASE)])
}

/// A journal with a check-in and a setback, encrypted with [`PASSPHRASE`].
fn encrypted_journal() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    assert_success(&kintsugi_with_env(
        &journal,
        &[
            "check-in",
            "--date",
            "2026-11-27",
            "--mood",
            "6",
            "--note",
            "Pineapple note",
        ],
        &[],
    ));
    let output = with_passphrase(&journal, &["encrypt"]);
    assert_success(&output);
    assert!(
        stdout(&output).contains("cannot be recovered"),
        "{}",
        stdout(&output)
    );
    assert!(container::is_container(&std::fs::read(&journal).unwrap()));
    (dir, journal)
}

#[test]
fn every_command_works_on_an_encrypted_journal_with_the_variable() {
    let (dir, journal) = encrypted_journal();
    assert_success(&with_passphrase(
        &journal,
        &[
            "check-in",
            "--date",
            "2026-11-28",
            "--mood",
            "8",
            "--note",
            "Quince note",
        ],
    ));
    assert_success(&with_passphrase(
        &journal,
        &[
            "setback",
            "add",
            "--date",
            "2026-11-26",
            "--title",
            "Demo went sideways",
            "--category",
            "Work",
            "--severity",
            "3",
            "--skill",
            "Composure",
        ],
    ));
    let stats = with_passphrase(&journal, &["stats", "--json"]);
    assert_success(&stats);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&stats)).unwrap();
    assert_eq!(stats["check_ins"], 2);
    assert_eq!(stats["setbacks"], 1);
    let csv = dir.path().join("csv");
    assert_success(&with_passphrase(
        &journal,
        &["export", "csv", "--out", csv.to_str().unwrap()],
    ));
    let check_ins = std::fs::read_to_string(csv.join("checkins.csv")).unwrap();
    assert!(check_ins.contains("Quince note"));
    let chart = dir.path().join("chart.svg");
    assert_success(&with_passphrase(
        &journal,
        &["export", "chart", "--out", chart.to_str().unwrap()],
    ));
    let report = dir.path().join("report.md");
    assert_success(&with_passphrase(
        &journal,
        &[
            "export",
            "report",
            "--out",
            report.to_str().unwrap(),
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-28",
        ],
    ));
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("Demo went sideways")
    );
    // An import into the encrypted journal: its own export, merged.
    assert_success(&with_passphrase(
        &journal,
        &["import", "csv", csv.to_str().unwrap()],
    ));
    // Today is checked in, so remind is silent.
    let remind = with_passphrase(&journal, &["remind"]);
    assert_success(&remind);
    assert_eq!(stdout(&remind), "");
    // Every write stayed encrypted, the backups included.
    for file in walk(dir.path().join("backups").as_path())
        .into_iter()
        .chain([journal.clone()])
    {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            container::is_container(&bytes),
            "{} is plain",
            file.display()
        );
        assert!(
            !bytes.windows(6).any(|w| w == b"Quince"),
            "{}",
            file.display()
        );
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default()
}

#[test]
fn without_the_passphrase_on_a_non_terminal_every_command_says_how_and_changes_nothing() {
    let (_dir, journal) = encrypted_journal();
    let before = std::fs::read(&journal).unwrap();
    for args in [
        vec!["stats"],
        vec!["check-in", "--date", "2026-11-28", "--mood", "5"],
        vec!["export", "csv", "--out", "/tmp/never-written-kintsugi"],
        vec!["decrypt", "--out", "/tmp/never-written-kintsugi.ron"],
        vec!["passphrase"],
    ] {
        let output = kintsugi_with_env(&journal, &args, &[]);
        assert_failure(
            &output,
            &["journal.ron", "encrypted", "KINTSUGI_PASSPHRASE"],
        );
        assert_eq!(std::fs::read(&journal).unwrap(), before, "{args:?} wrote");
    }
    let wrong = kintsugi_with_env(
        &journal,
        &["stats"],
        &[("KINTSUGI_PASSPHRASE", "orchard compass eight")],
    );
    assert_failure(&wrong, &["journal.ron", "wrong passphrase"]);
    assert_eq!(std::fs::read(&journal).unwrap(), before);
    // The timer's reminder cannot look inside: it says so instead of guessing silently.
    let remind = kintsugi_with_env(&journal, &["remind"], &[]);
    assert_success(&remind);
    assert!(
        stdout(&remind).contains("If you have not checked in")
            && stdout(&remind).contains("cannot look without your passphrase"),
        "{}",
        stdout(&remind)
    );
}

#[test]
fn decrypt_writes_a_plain_copy_and_never_over_a_file() {
    let (dir, journal) = encrypted_journal();
    let copy = dir.path().join("plain.ron");
    let output = with_passphrase(&journal, &["decrypt", "--out", copy.to_str().unwrap()]);
    assert_success(&output);
    assert!(stdout(&output).contains("stays encrypted"));
    let plain = kintsugi::storage::load(&copy).unwrap();
    assert_eq!(plain.check_ins().next().unwrap().note, "Pineapple note");
    assert!(container::is_container(&std::fs::read(&journal).unwrap()));
    let again = with_passphrase(&journal, &["decrypt", "--out", copy.to_str().unwrap()]);
    assert_failure(&again, &["already exists"]);
    // A plain journal has nothing to decrypt.
    let plain_journal = dir.path().join("other.ron");
    assert_success(&kintsugi_with_env(
        &plain_journal,
        &["check-in", "--date", "2026-11-28", "--mood", "5"],
        &[],
    ));
    let output = kintsugi_with_env(
        &plain_journal,
        &[
            "decrypt",
            "--out",
            dir.path().join("x.ron").to_str().unwrap(),
        ],
        &[],
    );
    assert_failure(&output, &["not encrypted"]);
}

#[test]
fn passphrase_changes_it_and_encrypt_refuses_twice_and_short_ones() {
    let (dir, journal) = encrypted_journal();
    let missing_new = with_passphrase(&journal, &["passphrase"]);
    assert_failure(&missing_new, &["KINTSUGI_NEW_PASSPHRASE"]);
    let recipient = |path: &std::path::Path| {
        let bytes = std::fs::read(path).unwrap();
        container::parse(&bytes).unwrap().recipient.to_owned()
    };
    let before = recipient(&journal);
    let output = kintsugi_with_env(
        &journal,
        &["passphrase"],
        &[
            ("KINTSUGI_PASSPHRASE", PASSPHRASE),
            ("KINTSUGI_NEW_PASSPHRASE", "new orchard compass"),
        ],
    );
    assert_success(&output);
    assert_ne!(recipient(&journal), before, "the key did not change");
    assert!(
        stdout(&output).contains("Changed the passphrase"),
        "{}",
        stdout(&output)
    );
    assert_success(&kintsugi_with_env(
        &journal,
        &["stats"],
        &[("KINTSUGI_PASSPHRASE", "new orchard compass")],
    ));
    assert_failure(
        &with_passphrase(&journal, &["stats"]),
        &["wrong passphrase"],
    );
    let twice = kintsugi_with_env(
        &journal,
        &["encrypt"],
        &[("KINTSUGI_PASSPHRASE", "new orchard compass")],
    );
    assert_failure(&twice, &["already encrypted"]);

    let plain = dir.path().join("plain.ron");
    assert_success(&kintsugi_with_env(
        &plain,
        &["check-in", "--date", "2026-11-28", "--mood", "5"],
        &[],
    ));
    let before = std::fs::read(&plain).unwrap();
    let short = kintsugi_with_env(&plain, &["encrypt"], &[("KINTSUGI_PASSPHRASE", "short")]);
    assert_failure(&short, &["Too short"]);
    assert_eq!(std::fs::read(&plain).unwrap(), before);
    let none = kintsugi_with_env(&plain, &["encrypt"], &[]);
    assert_failure(&none, &["KINTSUGI_PASSPHRASE"]);
    assert!(stderr(&none).contains("terminal"));
    assert_eq!(std::fs::read(&plain).unwrap(), before);
}
