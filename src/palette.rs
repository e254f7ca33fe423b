//! The colours that carry meaning — one per rating, one per setback category, the gold accent —
//! shared by the screens and by exported charts, so an export looks like what is on screen.
//! Hues come from the Okabe–Ito palette, which stays distinguishable for the common forms of
//! colour blindness: a darker variant for light backgrounds, a lighter one for dark backgrounds.

use crate::model::{Category, RatingScale};

/// Red, green and blue of a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The colour of a rating on a light or dark background.
pub fn scale_rgb(scale: RatingScale, dark_mode: bool) -> Rgb {
    match (scale, dark_mode) {
        (RatingScale::Mood, false) => Rgb(0xC8, 0x6A, 0x00),
        (RatingScale::Mood, true) => Rgb(0xE6, 0x9F, 0x00),
        (RatingScale::Resilience, false) => Rgb(0x00, 0x72, 0xB2),
        (RatingScale::Resilience, true) => Rgb(0x56, 0xB4, 0xE9),
        (RatingScale::GrowthMindset, false) => Rgb(0x00, 0x8A, 0x63),
        (RatingScale::GrowthMindset, true) => Rgb(0x2F, 0xC4, 0x96),
    }
}

/// The gold accent (kintsugi's golden seams): streaks, skills.
pub fn gold_rgb(dark_mode: bool) -> Rgb {
    if dark_mode {
        Rgb(0xE8, 0xC0, 0x5A)
    } else {
        Rgb(0x9A, 0x72, 0x0C)
    }
}

/// The colour of a setback category; user-defined categories cycle through a second set.
/// Category names are always shown too, so colour is never the only cue.
pub fn category_rgb(category: &Category, dark_mode: bool) -> Rgb {
    let (light, dark) = match category {
        Category::Work => (Rgb(0x00, 0x72, 0xB2), Rgb(0x56, 0xB4, 0xE9)),
        Category::Project => (Rgb(0xC8, 0x6A, 0x00), Rgb(0xE6, 0x9F, 0x00)),
        Category::Career => (Rgb(0xA8, 0x4C, 0x8A), Rgb(0xCC, 0x79, 0xA7)),
        Category::Relationship => (Rgb(0xC0, 0x4A, 0x00), Rgb(0xEE, 0x7A, 0x33)),
        Category::Learning => (Rgb(0x00, 0x8A, 0x63), Rgb(0x2F, 0xC4, 0x96)),
        Category::Health => (Rgb(0x3C, 0x8D, 0xBF), Rgb(0x8F, 0xCF, 0xF2)),
        Category::Other => (Rgb(0x6E, 0x6E, 0x6E), Rgb(0xA8, 0xA8, 0xA8)),
        Category::Custom(name) => {
            const CUSTOM: [(Rgb, Rgb); 3] = [
                (Rgb(0x8A, 0x7A, 0x00), Rgb(0xF0, 0xE4, 0x42)),
                (Rgb(0x55, 0x4E, 0xA0), Rgb(0x9D, 0x95, 0xE8)),
                (Rgb(0x7A, 0x55, 0x2A), Rgb(0xC8, 0x9B, 0x6A)),
            ];
            let index = name.bytes().map(usize::from).sum::<usize>() % CUSTOM.len();
            CUSTOM.get(index).copied().unwrap_or(CUSTOM[0])
        }
    };
    if dark_mode { dark } else { light }
}
