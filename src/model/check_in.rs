//! The daily check-in: three optional self-ratings, a note and tags.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ids::CheckInId;
use super::scales::Rating;

/// The three self-ratings of a day. Each is optional, but a check-in needs at least one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ratings {
    /// How the day feels overall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<Rating>,
    /// How well the user bounces back right now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resilience: Option<Rating>,
    /// How much the user believes they can grow through what is happening.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth_mindset: Option<Rating>,
}

impl Ratings {
    /// True when at least one of the three ratings is given, which a check-in requires.
    pub fn any_given(&self) -> bool {
        self.mood.is_some() || self.resilience.is_some() || self.growth_mindset.is_some()
    }

    /// The rating of one scale.
    pub fn get(&self, scale: RatingScale) -> Option<Rating> {
        match scale {
            RatingScale::Mood => self.mood,
            RatingScale::Resilience => self.resilience,
            RatingScale::GrowthMindset => self.growth_mindset,
        }
    }

    /// Sets (or clears, with `None`) the rating of one scale.
    pub fn set(&mut self, scale: RatingScale, rating: Option<Rating>) {
        match scale {
            RatingScale::Mood => self.mood = rating,
            RatingScale::Resilience => self.resilience = rating,
            RatingScale::GrowthMindset => self.growth_mindset = rating,
        }
    }
}

/// Names one of the three daily scales, so screens and insights can loop over them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RatingScale {
    /// Mood.
    Mood,
    /// Resilience.
    Resilience,
    /// Growth mindset.
    GrowthMindset,
}

impl RatingScale {
    /// The three scales in the order they are shown.
    pub const ALL: [RatingScale; 3] = [
        RatingScale::Mood,
        RatingScale::Resilience,
        RatingScale::GrowthMindset,
    ];

    /// The scale's name in files and `stats --json`: `mood`, `resilience`, `growth_mindset`.
    pub fn key(self) -> &'static str {
        match self {
            RatingScale::Mood => "mood",
            RatingScale::Resilience => "resilience",
            RatingScale::GrowthMindset => "growth_mindset",
        }
    }

    /// The scale's name as users read it.
    pub fn label(self) -> &'static str {
        match self {
            RatingScale::Mood => "Mood",
            RatingScale::Resilience => "Resilience",
            RatingScale::GrowthMindset => "Growth mindset",
        }
    }

    /// The scale's name on screen, in the reader's language ([`RatingScale::label`] stays
    /// English for the command line and the insights' words).
    pub fn screen_label(self) -> String {
        match self {
            RatingScale::Mood => crate::t!("model-scale-mood"),
            RatingScale::Resilience => crate::t!("model-scale-resilience"),
            RatingScale::GrowthMindset => crate::t!("model-scale-growth-mindset"),
        }
    }

    /// A one-line question that explains what to rate.
    pub fn question(self) -> String {
        match self {
            RatingScale::Mood => crate::t!("model-scale-mood-question"),
            RatingScale::Resilience => crate::t!("model-scale-resilience-question"),
            RatingScale::GrowthMindset => crate::t!("model-scale-growth-mindset-question"),
        }
    }

    /// Words for the two ends of the scale (1 and 10).
    pub fn end_words(self) -> (String, String) {
        match self {
            RatingScale::Mood => (
                crate::t!("model-scale-mood-low"),
                crate::t!("model-scale-mood-high"),
            ),
            RatingScale::Resilience => (
                crate::t!("model-scale-resilience-low"),
                crate::t!("model-scale-resilience-high"),
            ),
            RatingScale::GrowthMindset => (
                crate::t!("model-scale-growth-mindset-low"),
                crate::t!("model-scale-growth-mindset-high"),
            ),
        }
    }
}

/// One day's check-in. The journal holds at most one per calendar day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Stable id of this check-in.
    pub id: CheckInId,
    /// The calendar day this check-in is about.
    pub date: NaiveDate,
    /// The self-ratings; at least one is given.
    pub ratings: Ratings,
    /// Free text about the day.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Short labels such as "deadline" or "1:1", in the order the user added them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// When the check-in was first saved.
    pub created_at: DateTime<Utc>,
    /// When the check-in was last changed.
    pub updated_at: DateTime<Utc>,
}

impl CheckIn {
    /// True when the check-in has at least one rating (only those count in the figures).
    pub fn is_rated(&self) -> bool {
        self.ratings.any_given()
    }

    /// True when the check-in holds nothing at all: no rating, no note, no tag.
    pub fn is_empty(&self) -> bool {
        !self.is_rated() && self.note.trim().is_empty() && self.tags.is_empty()
    }
}

/// What the user enters for a day; the journal turns it into a [`CheckIn`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInInput {
    /// The ratings given.
    pub ratings: Ratings,
    /// The note, as typed.
    pub note: String,
    /// Tags, as typed; blanks and repeats are dropped when saved.
    pub tags: Vec<String>,
}

impl CheckInInput {
    /// The input that reproduces an existing check-in (for editing it).
    pub fn from_check_in(check_in: &CheckIn) -> Self {
        Self {
            ratings: check_in.ratings,
            note: check_in.note.clone(),
            tags: check_in.tags.clone(),
        }
    }

    /// True when the input holds nothing a check-in could keep: no rating, no note, no tag.
    pub fn is_empty(&self) -> bool {
        !self.ratings.any_given()
            && self.note.trim().is_empty()
            && self.tags.iter().all(|tag| tag.trim().is_empty())
    }
}

/// Trims tags and drops empty ones and case-insensitive repeats, keeping the first spelling.
pub fn normalized_tags(tags: &[String]) -> Vec<String> {
    // One set of the tags seen, compared without case: linear in the number of tags (an
    // imported diary may carry hundreds of thousands), and no copy is made to compare them.
    // foldhash (already in the tree through hashbrown) is seeded per process and much faster
    // than std's SipHash on short keys.
    let mut seen: std::collections::HashSet<Caseless<'_>, _> =
        std::collections::HashSet::with_capacity_and_hasher(
            tags.len(),
            foldhash::fast::RandomState::default(),
        );
    let mut kept: Vec<String> = Vec::with_capacity(tags.len());
    for tag in tags {
        let tag = tag.trim();
        if !tag.is_empty() && seen.insert(Caseless(tag)) {
            kept.push(tag.to_owned());
        }
    }
    kept
}

/// A tag compared and hashed in lower case, without copying it.
struct Caseless<'a>(&'a str);

impl Caseless<'_> {
    fn folded(&self) -> impl Iterator<Item = char> + '_ {
        self.0.chars().flat_map(char::to_lowercase)
    }
}

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.0.is_ascii() && other.0.is_ascii() {
            return self.0.eq_ignore_ascii_case(other.0);
        }
        self.folded().eq(other.folded())
    }
}

impl Eq for Caseless<'_> {}

impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // The same stream for a tag however it is spelled (an ASCII "k" and the Kelvin sign
        // fold alike), as equality requires.
        if self.0.is_ascii() {
            for byte in self.0.bytes() {
                state.write_u32(u32::from(byte.to_ascii_lowercase()));
            }
        } else {
            for folded in self.folded() {
                state.write_u32(u32::from(folded));
            }
        }
        state.write_u8(0xff);
    }
}

impl serde::Serialize for RatingScale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

#[cfg(test)]
mod tag_tests {
    use super::normalized_tags;

    #[test]
    fn tags_that_differ_only_in_case_keep_the_first_spelling_whatever_the_script() {
        let tags: Vec<String> = [
            "Focus",
            " focus ",
            "FOCUS",
            "Ärger",
            "ärger",
            "\u{212A}iwi",
            "kiwi",
            "",
            "Σ",
        ]
        .iter()
        .map(|tag| (*tag).to_owned())
        .collect();
        assert_eq!(
            normalized_tags(&tags),
            ["Focus", "Ärger", "\u{212A}iwi", "Σ"]
        );
    }
}
