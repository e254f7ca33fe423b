//! Bounded numbers of the journal: self-ratings, severities and skill levels.
//!
//! Each type can only hold a value inside its range, so code that receives one never has to
//! check it again. Parsing from text or from a file goes through `TryFrom`, which names the
//! range in its error.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A value was outside the range its scale allows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{scale} must be a whole number from {min} to {max}, got {value}")]
pub struct OutOfRange {
    /// Which scale was being parsed ("rating", "severity", "skill level").
    pub scale: &'static str,
    /// The value that was rejected, as the user wrote it.
    pub value: String,
    /// Smallest allowed value.
    pub min: u8,
    /// Largest allowed value.
    pub max: u8,
}

macro_rules! bounded_scale {
    ($(#[$doc:meta])* $name:ident, $scale:literal, $min:literal, $max:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "u8", into = "u8")]
        pub struct $name(u8);

        impl $name {
            /// The lowest value of the scale.
            pub const MIN: u8 = $min;
            /// The highest value of the scale.
            pub const MAX: u8 = $max;

            /// The value as a plain number, always within `MIN..=MAX`.
            pub fn get(self) -> u8 {
                self.0
            }

            /// Builds a value, clamping anything outside the scale to its nearest end.
            /// Meant for generated data (demo journals), never for user input.
            pub fn saturating(value: i64) -> Self {
                Self(value.clamp(i64::from($min), i64::from($max)) as u8)
            }

            /// Every value of the scale, lowest first.
            pub fn all() -> impl Iterator<Item = Self> {
                ($min..=$max).map(Self)
            }
        }

        impl TryFrom<u8> for $name {
            type Error = OutOfRange;

            fn try_from(value: u8) -> Result<Self, Self::Error> {
                if ($min..=$max).contains(&value) {
                    Ok(Self(value))
                } else {
                    Err(OutOfRange { scale: $scale, value: value.to_string(), min: $min, max: $max })
                }
            }
        }

        impl From<$name> for u8 {
            fn from(value: $name) -> u8 {
                value.0
            }
        }

        impl FromStr for $name {
            type Err = OutOfRange;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                let out_of_range =
                    || OutOfRange { scale: $scale, value: text.to_owned(), min: $min, max: $max };
                let number: u8 = text.trim().parse().map_err(|_| out_of_range())?;
                Self::try_from(number).map_err(|_| out_of_range())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

bounded_scale!(
    /// A daily self-rating (mood, resilience or growth mindset), 1 to 10.
    ///
    /// ```
    /// use kintsugi::model::Rating;
    ///
    /// let rating: Rating = "7".parse().unwrap();
    /// assert_eq!(rating.get(), 7);
    /// assert!("11".parse::<Rating>().is_err());
    /// ```
    Rating,
    "rating",
    1,
    10
);

bounded_scale!(
    /// How hard a setback hit, 1 (a scratch) to 5 (a major blow).
    Severity,
    "severity",
    1,
    5
);

bounded_scale!(
    /// How proficient the user feels in a skill, 1 (new) to 5 (mastered).
    SkillLevel,
    "skill level",
    1,
    5
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_accept_one_to_ten_only() {
        assert!(Rating::try_from(0).is_err());
        assert_eq!(Rating::try_from(1).map(Rating::get), Ok(1));
        assert_eq!(Rating::try_from(10).map(Rating::get), Ok(10));
        assert!(Rating::try_from(11).is_err());
    }

    #[test]
    fn parse_error_names_the_scale_and_the_value() {
        let error = "11".parse::<Rating>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "rating must be a whole number from 1 to 10, got 11"
        );
        let error = "high".parse::<Severity>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "severity must be a whole number from 1 to 5, got high"
        );
    }

    #[test]
    fn saturating_clamps_to_the_scale() {
        assert_eq!(Rating::saturating(-3).get(), 1);
        assert_eq!(Rating::saturating(42).get(), 10);
        assert_eq!(SkillLevel::saturating(3).get(), 3);
    }

    #[test]
    fn out_of_range_values_in_a_file_are_rejected() {
        assert!(ron::from_str::<Severity>("6").is_err());
        assert_eq!(ron::from_str::<Severity>("5").map(Severity::get), Ok(5));
    }
}
