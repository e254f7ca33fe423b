//! The `kintsugi` binary: the app, or a headless command.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;
use kintsugi::cli::{self, Cli};
use kintsugi::clock::Clock;

fn main() -> ExitCode {
    // Before anything else, and before any thread: children never inherit a passphrase.
    cli::take_passphrase_variables();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kintsugi: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let clock = cli
        .today
        .and_then(|day| day.and_hms_opt(12, 0, 0))
        .map_or_else(Clock::system, Clock::fixed);
    match cli.command {
        Some(command) => {
            let output = cli::run_command(command, cli.data.as_deref(), &clock)?;
            std::io::stdout().write_all(output.as_bytes())?;
            Ok(())
        }
        None => kintsugi::app::run(&cli, clock),
    }
}
