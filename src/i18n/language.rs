//! The languages Kintsugi speaks, how each is named in itself, and which one the system asks
//! for.

use chrono::Weekday;
use unic_langid::LanguageIdentifier;

/// A language the window, the report and the notifications can speak.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    /// English, the source of every message.
    #[default]
    English,
    /// German.
    German,
    /// French.
    French,
    /// Spanish.
    Spanish,
    /// Ukrainian.
    Ukrainian,
    /// English with accented letters, 40 % longer and in brackets: shows at a glance (and to
    /// a test) which words on screen were not translated and which layouts cannot stretch.
    Pseudo,
}

impl Language {
    /// The languages a reader can choose, English first.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Ukrainian,
    ];

    /// Every language loaded, the pseudo-language included.
    pub const ALL_WITH_PSEUDO: [Language; 6] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Ukrainian,
        Language::Pseudo,
    ];

    /// The BCP 47 tag, also the folder under `assets/i18n/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Ukrainian => "uk",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the Preferences list shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
            Language::Ukrainian => "Українська",
            Language::Pseudo => "[Ƥšéûδö]",
        }
    }

    /// The Fluent identifier of the language.
    pub fn identifier(self) -> LanguageIdentifier {
        // Every tag above is a valid identifier; English is the fallback if one ever is not.
        self.tag().parse().unwrap_or_default()
    }

    /// The language a locale name asks for — a BCP 47 tag (`de-AT`) or a POSIX one
    /// (`uk_UA.UTF-8`) — if Kintsugi speaks it.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let lower = locale.trim().to_ascii_lowercase();
        if lower == "en-xa" || lower == "en_xa" || lower == "pseudo" {
            return Some(Language::Pseudo);
        }
        let primary = lower.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match primary {
            "en" => Some(Language::English),
            "de" => Some(Language::German),
            "fr" => Some(Language::French),
            "es" => Some(Language::Spanish),
            "uk" => Some(Language::Ukrainian),
            _ => None,
        }
    }

    /// Whether numbers take a decimal comma ("5,0") rather than a point.
    pub fn decimal_comma(self) -> bool {
        !matches!(self, Language::English | Language::Pseudo)
    }
}

/// The language named by [`super::LANGUAGE_VARIABLE`], when it names one.
pub(super) fn forced_by_environment() -> Option<Language> {
    let value = std::env::var(super::LANGUAGE_VARIABLE).ok()?;
    Language::from_locale(&value)
}

/// The first of the system's preferred languages that Kintsugi speaks, English otherwise.
pub fn system_language() -> Language {
    sys_locale::get_locales()
        .find_map(|locale| Language::from_locale(&locale))
        .unwrap_or_default()
}

/// Regions whose calendars start the week on Sunday (the others start on Monday, as ISO 8601
/// and most of Europe do).
const SUNDAY_REGIONS: [&str; 12] = [
    "US", "CA", "MX", "BR", "JP", "KR", "IL", "PH", "AU", "ZA", "IN", "TW",
];

/// The first day of the week when the reader has not chosen one: Sunday where the system's
/// region writes calendars that way, Monday elsewhere.
pub fn default_first_weekday() -> Weekday {
    let region = sys_locale::get_locale().and_then(|locale| {
        locale
            .split(['-', '_', '.', '@'])
            .nth(1)
            .map(str::to_ascii_uppercase)
    });
    match region {
        Some(region) if SUNDAY_REGIONS.contains(&region.as_str()) => Weekday::Sun,
        _ => Weekday::Mon,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_of_every_form_find_their_language() {
        assert_eq!(Language::from_locale("de-AT"), Some(Language::German));
        assert_eq!(
            Language::from_locale("uk_UA.UTF-8"),
            Some(Language::Ukrainian)
        );
        assert_eq!(Language::from_locale("fr"), Some(Language::French));
        assert_eq!(Language::from_locale("es_MX"), Some(Language::Spanish));
        assert_eq!(Language::from_locale("en-XA"), Some(Language::Pseudo));
        assert_eq!(Language::from_locale("ja-JP"), None);
        assert_eq!(Language::from_locale("C"), None);
    }

    #[test]
    fn every_tag_is_a_valid_identifier() {
        for language in Language::ALL_WITH_PSEUDO {
            assert_eq!(language.identifier().to_string(), language.tag());
        }
    }
}
