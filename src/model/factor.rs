//! Contributing factors compared as SPEC §3.3 says: the same cause written a little
//! differently ("Unclear ownership", "unclear ownership!", "Unclear ownerships") is one cause.

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// A factor as §3.3 compares it: lower case; accents removed (NFD, combining marks dropped);
/// every character that is not a letter or digit a space; spaces collapsed and trimmed; then
/// each word of four or more characters ending in `s` but not `ss` loses that `s` (a simple
/// plural: "deadlines" and "Deadline" match, "process" and "bus" stay as they are).
pub fn normalize_factor(factor: &str) -> String {
    let folded: String = factor
        .to_lowercase()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded
        .split_whitespace()
        .map(|word| {
            let long = word.chars().count() >= 4;
            if long && word.ends_with('s') && !word.ends_with("ss") {
                &word[..word.len() - 1]
            } else {
                word
            }
        })
        .collect();
    words.join(" ")
}
