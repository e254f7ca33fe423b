//! A RedNotebook month file of a few hundred bytes whose nested YAML aliases expand past 10^9
//! nodes: refused with a clear reason within 2 s, with the memory of this process (a test
//! binary of its own, one test) staying under 200 MB above where it started, and the journal on
//! disk byte for byte as it was — through the library and through the `kintsugi` binary.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

use kintsugi::interchange::{self, ImportFormat, ImportOptions};
use kintsugi::model::Journal;

/// Nine levels of ten aliases each, every level naming the one below ten times: 10^9 nodes once
/// expanded, in under a kilobyte.
fn alias_bomb() -> String {
    let mut text = String::from("1:\n  text: &a0 \"lol\"\n");
    for level in 1..=9 {
        let names = vec![format!("*a{}", level - 1); 10].join(", ");
        writeln!(text, "  level{level}: &a{level} [{names}]").unwrap();
    }
    text
}

/// The peak resident memory of this process so far, in KiB.
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn nested_yaml_aliases_are_refused_quickly_in_bounded_memory() {
    let bomb = alias_bomb();
    assert!(bomb.len() < 1024, "{} bytes", bomb.len());
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("2026-05.txt"), &bomb).unwrap();

    let before = peak_kib();
    let started = Instant::now();
    let options = ImportOptions {
        format: Some(ImportFormat::RedNotebook),
        ..ImportOptions::default()
    };
    let error = interchange::import(&Journal::default(), &folder, &options, chrono::Utc::now())
        .map(|_| ())
        .unwrap_err();
    let took = started.elapsed();
    let grew_mib = (peak_kib() - before) / 1024;
    let message = error.to_string();
    assert!(message.contains("YAML aliases"), "{message}");
    assert!(message.contains("2026-05.txt"), "{message}");
    assert!(took < Duration::from_secs(2), "took {took:?}");
    assert!(grew_mib < 200, "memory grew by {grew_mib} MiB");

    // The binary: a clear error, and the journal as it was.
    let journal = dir.path().join("journal.ron");
    let kintsugi = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kintsugi"))
            .arg("--data")
            .arg(&journal)
            .args(args)
            .env_remove("KINTSUGI_DATA")
            .output()
            .unwrap()
    };
    let made = kintsugi(&["check-in", "--date", "2026-05-01", "--mood", "6"]);
    assert!(made.status.success());
    let before = std::fs::read(&journal).unwrap();
    let started = Instant::now();
    let output = kintsugi(&["import", "rednotebook", folder.to_str().unwrap()]);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("YAML aliases"), "{stderr}");
    assert_eq!(std::fs::read(&journal).unwrap(), before);
}
