//! The passphrase variables never reach a program Kintsugi starts: read once at start and
//! removed from the environment, yet still usable by the command that needs them. In a test
//! binary of its own, because it changes the process environment (one test, one thread).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::process::Command;

use clap::Parser as _;
use kintsugi::cli::{self, Cli};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::storage::{BackupsOnEncrypt, JournalKey, JournalStore, KeyCost};
use secrecy::SecretString;

const PASSPHRASE: &str = "children never see this";

#[test]
fn passphrase_variables_are_taken_out_of_the_environment_and_still_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, _) = JournalStore::open(&path).unwrap();
    let journal = demo::generate(DemoOptions {
        years: 1,
        seed: 4,
        end: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
    });
    let key = JournalKey::create(
        &SecretString::from(PASSPHRASE.to_owned()),
        KeyCost::WorkFactor(8),
    )
    .unwrap();
    store
        .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap();
    drop(store);

    #[allow(unsafe_code, reason = "the only thread of this test binary sets them")]
    // SAFETY: this test binary has one test, and nothing else runs while it sets them.
    unsafe {
        std::env::set_var("KINTSUGI_PASSPHRASE", PASSPHRASE);
        std::env::set_var("KINTSUGI_NEW_PASSPHRASE", "another secret here");
    }
    // Without taking them, a child inherits them (the test can fail).
    let before = Command::new("env").output().unwrap();
    assert!(String::from_utf8_lossy(&before.stdout).contains(PASSPHRASE));

    cli::take_passphrase_variables();
    let child = Command::new("env").output().unwrap();
    let environment = String::from_utf8_lossy(&child.stdout);
    assert!(
        !environment.contains("KINTSUGI_PASSPHRASE"),
        "{environment}"
    );
    assert!(!environment.contains(PASSPHRASE));
    assert!(!environment.contains("another secret here"));
    assert!(std::env::var_os("KINTSUGI_PASSPHRASE").is_none());

    // The command that needs the passphrase still has it.
    let cli = Cli::try_parse_from(["kintsugi", "--data", path.to_str().unwrap(), "stats"]).unwrap();
    let output = cli::run_command(
        cli.command.unwrap(),
        cli.data.as_deref(),
        &kintsugi::clock::Clock::system(),
    )
    .unwrap();
    assert!(output.contains("Check-ins"), "{output}");
}
