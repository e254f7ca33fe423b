//! A hint at how hard a passphrase is to guess, shown while it is typed. Deliberately simple
//! and honest: length and variety, with repeated and consecutive characters counted down; it
//! knows no dictionary, so it never claims more than that.

/// Shortest passphrase Kintsugi accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// How hard a passphrase looks to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PassphraseStrength {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`]: refused.
    TooShort,
    /// Accepted, but easy to guess.
    Weak,
    /// Reasonable.
    Fair,
    /// Long and varied.
    Strong,
}

impl PassphraseStrength {
    /// The hint shown under the field.
    pub fn hint(self) -> &'static str {
        match self {
            PassphraseStrength::TooShort => "Too short: use at least 8 characters.",
            PassphraseStrength::Weak => {
                "Weak: easy to guess. Several unrelated words are easier to remember and harder to guess."
            }
            PassphraseStrength::Fair => "Fair. A few more words would make it strong.",
            PassphraseStrength::Strong => "Strong.",
        }
    }
}

/// Rates a passphrase by its estimated guessing entropy: characters × the size of the alphabet
/// they come from, with repeats and sequences counted once.
pub fn passphrase_strength(passphrase: &str) -> PassphraseStrength {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.len() < MIN_PASSPHRASE_CHARS {
        return PassphraseStrength::TooShort;
    }
    let classes = [
        chars.iter().any(char::is_ascii_lowercase),
        chars.iter().any(char::is_ascii_uppercase),
        chars.iter().any(char::is_ascii_digit),
        chars.iter().any(|c| c.is_ascii_punctuation() || *c == ' '),
        chars.iter().any(|c| !c.is_ascii()),
    ];
    let alphabet: f64 = [26.0, 26.0, 10.0, 33.0, 100.0]
        .iter()
        .zip(classes)
        .filter(|(_, present)| *present)
        .map(|(size, _)| size)
        .sum();
    // Characters that repeat or continue a sequence of the previous one add little.
    let informative = chars
        .windows(2)
        .filter(|pair| {
            let step = i64::from(u32::from(pair[1])) - i64::from(u32::from(pair[0]));
            !(-1..=1).contains(&step)
        })
        .count()
        + 1;
    let bits = informative as f64 * alphabet.max(2.0).log2();
    match bits {
        bits if bits < 45.0 => PassphraseStrength::Weak,
        bits if bits < 70.0 => PassphraseStrength::Fair,
        _ => PassphraseStrength::Strong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(passphrase_strength("short"), PassphraseStrength::TooShort);
        assert_eq!(
            passphrase_strength("aaaaaaaaaaaa"),
            PassphraseStrength::Weak
        );
        assert_eq!(
            passphrase_strength("abcdefghijkl"),
            PassphraseStrength::Weak
        );
        assert_eq!(passphrase_strength("sunflower"), PassphraseStrength::Weak);
        assert_eq!(passphrase_strength("sunflower7"), PassphraseStrength::Fair);
        assert_eq!(
            passphrase_strength("Sunflower-72x"),
            PassphraseStrength::Strong
        );
        assert_eq!(
            passphrase_strength("copper kettle sings at dawn"),
            PassphraseStrength::Strong
        );
    }
}
