//! Numbers as the reader writes them: a decimal comma in German, French, Spanish and
//! Ukrainian ("Mittelwert 5,0"), a point in English.

/// `value` with `places` decimals and the reader's decimal separator.
pub fn decimal(value: f64, places: usize) -> String {
    let written = format!("{value:.places$}");
    if super::language().decimal_comma() {
        written.replace('.', ",")
    } else {
        written
    }
}

/// A share (0.0–1.0) as a whole percentage the way the reader writes it ("42 %", "42%").
pub fn percent(share: f64) -> String {
    let whole = (share * 100.0).round();
    crate::t!("number-percent", value = format!("{whole:.0}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, use_on_this_thread};

    #[test]
    fn german_writes_a_decimal_comma_and_english_a_point() {
        use_on_this_thread(Language::German);
        assert_eq!(decimal(5.0, 1), "5,0");
        assert_eq!(decimal(-0.25, 2), "-0,25");
        use_on_this_thread(Language::English);
        assert_eq!(decimal(5.0, 1), "5.0");
    }
}
