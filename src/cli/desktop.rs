//! Fitting Kintsugi into a desktop without a package: the desktop entry and icons for a
//! `cargo install`, shell completions and the manual pages, all from the same definitions the
//! command line parses with (the package build uses the last two too).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};
use clap::CommandFactory as _;

use super::Cli;
use crate::APP_ID;
use crate::storage;

static DESKTOP_ENTRY: &str = include_str!("../../assets/io.github.kintsugi.Kintsugi.desktop");
static ICON_SVG: &[u8] = include_bytes!("../../assets/icons/kintsugi.svg");
static ICON_PNG_256: &[u8] = include_bytes!("../../assets/icons/kintsugi-256.png");

/// Where the files of a user-local desktop entry go, below `~/.local/share`.
fn local_files(share: &Path) -> [PathBuf; 3] {
    [
        share.join("applications").join(format!("{APP_ID}.desktop")),
        share
            .join("icons/hicolor/scalable/apps")
            .join(format!("{APP_ID}.svg")),
        share
            .join("icons/hicolor/256x256/apps")
            .join(format!("{APP_ID}.png")),
    ]
}

/// Writes (or with `remove`, deletes) the desktop entry and icons in the user's data folder.
pub fn install_desktop_entry(remove: bool) -> anyhow::Result<String> {
    let share = directories::BaseDirs::new()
        .map(|dirs| dirs.data_local_dir().to_owned())
        .ok_or_else(|| anyhow!("no home folder to install the desktop entry in"))?;
    let files = local_files(&share);
    if remove {
        let mut removed = Vec::new();
        for file in &files {
            match std::fs::remove_file(file) {
                Ok(()) => removed.push(file.display().to_string()),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    return Err(error)
                        .with_context(|| format!("could not remove {}", file.display()));
                }
            }
        }
        return Ok(if removed.is_empty() {
            "There was no desktop entry to remove.\n".to_owned()
        } else {
            format!("Removed {}\n", removed.join(", "))
        });
    }
    let binary = std::env::current_exe().context("could not tell where this program is")?;
    let entry = DESKTOP_ENTRY.replace(
        "\nExec=kintsugi\n",
        &format!("\nExec=\"{}\"\n", binary.display()),
    );
    let [desktop, svg, png] = files;
    for (path, bytes) in [
        (&desktop, entry.as_bytes()),
        (&svg, ICON_SVG),
        (&png, ICON_PNG_256),
    ] {
        storage::write_file_atomically(path, bytes)
            .with_context(|| format!("could not write {}", path.display()))?;
    }
    Ok(format!(
        "Kintsugi is in your application menu (it may take a moment to appear):\n  {}\n  {}\n  {}\nRemove it with: kintsugi install-desktop-entry --remove\n",
        desktop.display(),
        svg.display(),
        png.display()
    ))
}

/// The completion script of `shell`.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<String> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kintsugi", &mut script);
    String::from_utf8(script).context("the completion script is not text")
}

/// Writes `kintsugi.1` and a page per command into `dir`.
pub fn man_pages(dir: &Path) -> anyhow::Result<String> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    clap_mangen::generate_to(Cli::command(), dir)
        .with_context(|| format!("could not write the manual pages into {}", dir.display()))?;
    Ok(format!("Wrote the manual pages into {}\n", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_names_the_app_id_and_its_exec_line_is_replaceable() {
        assert!(DESKTOP_ENTRY.contains(&format!("\nIcon={APP_ID}\n")));
        assert!(DESKTOP_ENTRY.contains(&format!("\nStartupWMClass={APP_ID}\n")));
        assert!(DESKTOP_ENTRY.contains("\nExec=kintsugi\n"));
    }

    #[test]
    fn completions_know_the_commands() {
        let bash = completions(clap_complete::Shell::Bash).unwrap();
        assert!(bash.contains("export"), "{bash}");
        assert!(bash.contains("install-desktop-entry"));
        let fish = completions(clap_complete::Shell::Fish).unwrap();
        assert!(fish.contains("rednotebook"));
    }
}
