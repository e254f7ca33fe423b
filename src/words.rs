//! Small pieces of English that the app's messages and the command line share.

/// The "s" of a plural noun after a count: "1 backup", "3 backups".
pub fn plural_s(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
