//! Records the git commit the binary is built from, for `kintsugi --version`. Outside a git
//! checkout (a source tarball) the commit is "unknown".

use std::path::Path;
use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=KINTSUGI_GIT_COMMIT={commit}");
    // A new commit moves HEAD or the branch it names; look again when either changes. Only
    // files that exist are watched: cargo takes a watched file that is missing for a change,
    // and would run this script (and rebuild the crate) on every build.
    let git = Path::new(".git");
    if git.is_dir() {
        let mut watched = vec![git.join("HEAD")];
        if let Ok(head) = std::fs::read_to_string(git.join("HEAD"))
            && let Some(branch) = head.trim().strip_prefix("ref: ")
        {
            watched.push(git.join(branch));
        }
        watched.push(git.join("packed-refs"));
        for file in watched.iter().filter(|file| file.is_file()) {
            println!("cargo:rerun-if-changed={}", file.display());
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
