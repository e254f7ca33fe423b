//! Running the `kintsugi` binary in a sandbox folder, for the command-line tests.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The day the commands take as today.
pub const TODAY: &str = "2026-11-28";

/// A temporary folder holding a journal path.
pub struct Sandbox {
    _dir: tempfile::TempDir,
    /// The journal file (absent until a command writes it).
    pub journal: PathBuf,
}

impl Sandbox {
    /// A new empty folder.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.ron");
        Self { _dir: dir, journal }
    }

    /// Runs the binary on this sandbox's journal.
    pub fn run(&self, args: &[&str]) -> Output {
        kintsugi(&self.journal, args)
    }

    /// The journal file's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        fs::read(&self.journal).unwrap()
    }
}

/// Runs the binary on `journal` with a fixed today.
pub fn kintsugi(journal: &Path, args: &[&str]) -> Output {
    kintsugi_with_env(journal, args, &[])
}

/// Runs the binary on `journal` with a fixed today and these environment variables; none of
/// the user's own Kintsugi variables reach it, and its stdin is not a terminal.
pub fn kintsugi_with_env(journal: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kintsugi"));
    command
        .arg("--data")
        .arg(journal)
        .arg("--today")
        .arg(TODAY)
        .args(args)
        .env_remove("KINTSUGI_DATA")
        .env_remove("KINTSUGI_PASSPHRASE")
        .env_remove("KINTSUGI_NEW_PASSPHRASE")
        .stdin(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

/// What the command printed.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the command printed on stderr.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts that the command succeeded.
pub fn assert_success(output: &Output) {
    assert!(output.status.success(), "failed: {}", stderr(output));
}

/// Asserts a failure whose stderr mentions every one of `needles`.
pub fn assert_failure(output: &Output, needles: &[&str]) {
    assert!(
        !output.status.success(),
        "expected a failure, got: {}",
        stdout(output)
    );
    let message = stderr(output);
    for needle in needles {
        assert!(
            message.contains(needle),
            "stderr lacks “{needle}”: {message}"
        );
    }
}
