//! `kintsugi remind`, as a timer runs it: a reminder only when today has no check-in, silence
//! otherwise, an error only when the journal cannot be read; and one real notification sent
//! over a private session D-Bus to a notification daemon (dunst) started by the test.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kintsugi::reminders::Reminder;

mod common;
use common::cli::{Sandbox, TODAY, assert_failure, assert_success, stderr, stdout};

#[test]
fn remind_speaks_only_when_today_has_no_check_in() {
    let sandbox = Sandbox::new();
    // No journal yet: nothing is checked in.
    let output = sandbox.run(&["remind"]);
    assert_success(&output);
    assert!(
        stdout(&output).contains("No check-in yet for Saturday 28 November"),
        "{}",
        stdout(&output)
    );
    assert!(!sandbox.journal.exists(), "reminding writes nothing");

    // Yesterday's check-in does not count.
    assert_success(&sandbox.run(&["check-in", "--date", "2026-11-27", "--mood", "6"]));
    let output = sandbox.run(&["remind"]);
    assert_success(&output);
    assert!(stdout(&output).contains("Time for your Kintsugi check-in"));

    let before = sandbox.bytes();
    assert_success(&sandbox.run(&["check-in", "--date", TODAY, "--mood", "7"]));
    let after_check_in = sandbox.bytes();
    let output = sandbox.run(&["remind"]);
    assert_success(&output);
    assert_eq!(stdout(&output), "", "silent once today is checked in");
    assert_eq!(stderr(&output), "");
    assert_ne!(before, after_check_in);
    assert_eq!(sandbox.bytes(), after_check_in, "the journal is untouched");
}

#[test]
fn remind_fails_clearly_on_an_unreadable_journal_and_leaves_it() {
    let sandbox = Sandbox::new();
    std::fs::write(&sandbox.journal, "(check_ins: [ oops").unwrap();
    let output = sandbox.run(&["remind"]);
    assert_failure(&output, &["journal.ron"]);
    assert_eq!(stdout(&output), "");
    assert_eq!(sandbox.bytes(), b"(check_ins: [ oops");
}

/// A process killed when the test ends, however it ends.
struct Daemon(Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Polls `check` every 50 ms for up to 10 s.
fn wait_for(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn dunstctl(bus: &str, args: &[&str]) -> Option<String> {
    let output = Command::new("dunstctl")
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Starts a private X display, session bus and dunst on it; returns them and the bus address.
fn notification_daemon(home: &Path) -> (Vec<Daemon>, String) {
    static STARTED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let nth = STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let display = format!(":{}", 200 + (std::process::id() % 400) * 4 + nth);
    let xvfb = Daemon(
        Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "640x480x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut bus = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut address = String::new();
    BufReader::new(bus.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let address = address.trim().to_owned();
    let bus = Daemon(bus);
    wait_for("the X display", || {
        Command::new("xdpyinfo")
            .env("DISPLAY", &display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_or(true, |status| status.success())
    });
    let dunst = Daemon(
        Command::new("dunst")
            .env("DISPLAY", &display)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for("dunst on the bus", || {
        dunstctl(&address, &["is-paused"]).is_some()
    });
    (vec![dunst, bus, xvfb], address)
}

/// False (and the test skips) when the daemons are not installed; in CI they must be.
fn notification_tools_installed() -> bool {
    let tools = ["Xvfb", "xdpyinfo", "dbus-daemon", "dunst", "dunstctl"];
    if let Some(missing) = tools.iter().find(|tool| !installed(tool)) {
        assert!(
            std::env::var_os("KINTSUGI_REQUIRE_NOTIFICATIONS").is_none(),
            "{missing} is not installed (.ci/run installs xvfb, x11-utils, dbus and dunst)"
        );
        eprintln!("skipped: {missing} is not installed (.ci/run installs it)");
        return false;
    }
    true
}

#[test]
fn remind_notify_sends_a_real_notification() {
    if !notification_tools_installed() {
        return;
    }
    let sandbox = Sandbox::new();
    let home = tempfile::tempdir().unwrap();
    let (_daemons, bus) = notification_daemon(home.path());

    let output = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(["--data"])
        .arg(&sandbox.journal)
        .args(["--today", TODAY, "remind", "--notify"])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .env_remove("KINTSUGI_DATA")
        .output()
        .unwrap();
    assert_success(&output);
    wait_for("the notification to be displayed", || {
        dunstctl(&bus, &["count", "displayed"]).is_some_and(|count| count.trim() == "1")
    });
    // Closed, it moves to dunst's history, where its words can be read.
    dunstctl(&bus, &["close-all"]).unwrap();
    let history = dunstctl(&bus, &["history"]).unwrap();
    assert!(
        history.contains("Time for your Kintsugi check-in"),
        "{history}"
    );
    assert!(history.contains("No check-in yet for Saturday 28 November"));

    // Once today is checked in, nothing more arrives.
    assert_success(&sandbox.run(&["check-in", "--date", TODAY, "--mood", "7"]));
    let output = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(["--data"])
        .arg(&sandbox.journal)
        .args(["--today", TODAY, "remind", "--notify"])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .output()
        .unwrap();
    assert_success(&output);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(dunstctl(&bus, &["count", "displayed"]).unwrap().trim(), "0");

    // Encrypted, the timer (which has no passphrase) cannot look: it reminds all the same,
    // saying so, and reads nothing of the journal.
    let encrypt = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(["--data"])
        .arg(&sandbox.journal)
        .args(["encrypt"])
        .env("KINTSUGI_PASSPHRASE", "timer cannot read this")
        .output()
        .unwrap();
    assert_success(&encrypt);
    let output = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(["--data"])
        .arg(&sandbox.journal)
        .args(["--today", TODAY, "remind", "--notify"])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .env_remove("KINTSUGI_PASSPHRASE")
        .output()
        .unwrap();
    assert_success(&output);
    wait_for("the encrypted journal's notification", || {
        dunstctl(&bus, &["count", "displayed"]).is_some_and(|count| count.trim() == "1")
    });
    dunstctl(&bus, &["close-all"]).unwrap();
    let history = dunstctl(&bus, &["history"]).unwrap();
    assert!(
        history.contains("If you have not checked in for Saturday 28 November"),
        "{history}"
    );
}

#[test]
fn remind_notify_without_a_notification_service_is_a_clear_error() {
    let sandbox = Sandbox::new();
    let output = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(["--data"])
        .arg(&sandbox.journal)
        .args(["--today", TODAY, "remind", "--notify"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert_failure(&output, &["could not show a desktop notification"]);
}

/// Run only by [`a_click_on_the_notification_reaches_the_app`], in a process of its own whose
/// session bus is the test's: shows a clickable reminder the way the running app does and waits
/// for the click.
#[test]
#[ignore = "started by a_click_on_the_notification_reaches_the_app"]
fn clickable_notification_child() {
    let (clicked, heard) = std::sync::mpsc::channel();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    kintsugi::notification::send_clickable(Reminder::CheckIn(today), move || {
        let _ = clicked.send(());
    })
    .unwrap();
    heard
        .recv_timeout(Duration::from_secs(10))
        .expect("the click reached the callback");
    println!("CLICKED");
}

#[test]
fn a_click_on_the_notification_reaches_the_app() {
    if !notification_tools_installed() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (_daemons, bus) = notification_daemon(home.path());
    let child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "clickable_notification_child",
            "--ignored",
            "--nocapture",
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The child gives up by itself after 10 s should the click never come.
    wait_for("the notification to be displayed", || {
        dunstctl(&bus, &["count", "displayed"]).is_some_and(|count| count.trim() == "1")
    });
    // A click: dunst's default action of the first notification shown.
    dunstctl(&bus, &["action", "0"]).unwrap();
    let output = child.wait_with_output().unwrap();
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && printed.contains("CLICKED"),
        "{printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
