//! Case- and accent-insensitive matching: text is "folded" (decomposed, combining marks
//! dropped, lower-cased) so that "resume", "Résumé" and "RÉSUMÉ" match each other, and matches
//! found in the folded text are mapped back to the original for highlighting.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// `text` folded for matching: lower case, without accents.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a query, folded, without blanks or repeats, longest first (so that a longer
/// word's highlight is not cut by a shorter one inside it).
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in query.split_whitespace().map(fold) {
        if !word.is_empty() && !words.contains(&word) {
            words.push(word);
        }
    }
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    words
}

/// Where the folded `words` occur in `text`, as byte ranges of the original text, sorted and
/// merged where they overlap.
pub fn match_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    // The folded text, and for each of its bytes the original character it came from.
    let mut folded = String::new();
    let mut origin: Vec<Range<usize>> = Vec::new();
    for (start, character) in text.char_indices() {
        let source = start..start + character.len_utf8();
        let before = folded.len();
        folded.push_str(&fold(character.encode_utf8(&mut [0; 4])));
        origin.extend(std::iter::repeat_n(source, folded.len() - before));
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for word in words {
        for (at, _) in folded.match_indices(word.as_str()) {
            let (Some(first), Some(last)) = (origin.get(at), origin.get(at + word.len() - 1))
            else {
                continue;
            };
            ranges.push(first.start..last.end);
        }
    }
    ranges.sort_by_key(|range| range.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Résumé ÉTÉ naïve Øre"), "resume ete naive øre");
        assert_eq!(fold("ŞİŞLİ"), "sisli");
    }

    #[test]
    fn query_words_are_folded_unique_and_longest_first() {
        assert_eq!(
            query_words("  Café  cafe déadline "),
            vec!["deadline".to_owned(), "cafe".to_owned()]
        );
        assert!(query_words("   ").is_empty());
    }

    #[test]
    fn matches_map_back_to_the_original_text() {
        let text = "Le résumé du Résumé";
        let ranges = match_ranges(text, &query_words("resume"));
        let found: Vec<&str> = ranges.iter().map(|range| &text[range.clone()]).collect();
        assert_eq!(found, vec!["résumé", "Résumé"]);
        // Overlapping words merge into one highlight.
        let text = "deadlines";
        let ranges = match_ranges(text, &query_words("deadline lines"));
        assert_eq!(ranges, vec![0..9]);
        assert!(match_ranges("nothing here", &query_words("absent")).is_empty());
    }
}
