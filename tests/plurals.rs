//! Plurals by each language's rules, chosen in the `.ftl` files (never `if n == 1` in code):
//! Ukrainian's one / few / many (1 and 21 take "one", 2–4 and 22–24 "few", 0 and 5–20
//! "many"), and one / other elsewhere.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use kintsugi::i18n::{Language, use_on_this_thread};
use kintsugi::t;

fn setbacks(language: Language, count: usize) -> String {
    use_on_this_thread(language);
    t!("setbacks-count", count = count)
}

#[test]
fn ukrainian_counts_take_one_few_and_many() {
    let expected = [
        (0, "0 невдач"),
        (1, "1 невдача"),
        (2, "2 невдачі"),
        (5, "5 невдач"),
        (11, "11 невдач"),
        (21, "21 невдача"),
        (22, "22 невдачі"),
    ];
    for (count, words) in expected {
        assert_eq!(setbacks(Language::Ukrainian, count), words, "{count}");
    }
}

#[test]
fn the_other_languages_tell_one_from_two() {
    let expected = [
        (Language::English, "1 setback", "2 setbacks"),
        (Language::German, "1 Rückschlag", "2 Rückschläge"),
        (Language::French, "1 revers", "2 revers"),
        (Language::Spanish, "1 tropiezo", "2 tropiezos"),
    ];
    for (language, one, two) in expected {
        assert_eq!(setbacks(language, 1), one, "{language:?}");
        assert_eq!(setbacks(language, 2), two, "{language:?}");
    }
}

#[test]
fn streaks_of_days_follow_the_same_rules() {
    use_on_this_thread(Language::Ukrainian);
    let days: Vec<String> = [1, 3, 7, 21, 22]
        .into_iter()
        .map(|days| t!("today-streak", days = days))
        .collect();
    assert_eq!(
        days,
        [
            "1 день поспіль",
            "3 дні поспіль",
            "7 днів поспіль",
            "21 день поспіль",
            "22 дні поспіль"
        ]
    );
    use_on_this_thread(Language::Spanish);
    assert_eq!(t!("today-streak", days = 1), "1 día seguido");
    assert_eq!(t!("today-streak", days = 2), "2 días seguidos");
}
