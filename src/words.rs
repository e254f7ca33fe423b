//! Small pieces of English for the command line's own messages (the window's words, plurals
//! included, come from the Fluent files).

/// The "s" of a plural noun after a count: "1 backup", "3 backups".
pub fn plural_s(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
