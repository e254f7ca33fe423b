//! The pseudo-language: each piece of English text with its letters accented and its vowels
//! doubled (about 40 % longer), so that untranslated words and layouts that cannot stretch
//! show at a glance.

use std::borrow::Cow;

/// Accents the letters of one text element of a message and lengthens it.
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for letter in text.chars() {
        let accented = accent(letter);
        out.push(accented);
        if "aeiouAEIOU".contains(letter) {
            out.push(accented);
        }
    }
    Cow::Owned(out)
}

fn accent(letter: char) -> char {
    match letter {
        'a' => 'á',
        'e' => 'é',
        'i' => 'ï',
        'o' => 'ö',
        'u' => 'û',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ö',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_grows_by_about_two_fifths_and_keeps_no_plain_vowel() {
        let english = "Median bounce-back in days";
        let pseudo = transform(english);
        let grown = pseudo.chars().count() as f64 / english.chars().count() as f64;
        assert!((1.25..=1.6).contains(&grown), "grew by {grown}");
        assert!(!pseudo.contains(['a', 'e', 'i', 'o', 'u']), "{pseudo}");
    }
}
