//! Skills acquired from setbacks, with their proficiency history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ids::SkillId;
use super::scales::SkillLevel;

/// One change of a skill's proficiency level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelChange {
    /// The day the level was set.
    pub date: NaiveDate,
    /// The level from that day on.
    pub level: SkillLevel,
}

/// A skill the user acquired. Which setbacks it came from is recorded on the setbacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    /// Stable id of this skill.
    pub id: SkillId,
    /// Unique name (case-insensitive).
    pub name: String,
    /// A free grouping such as "Communication" or "Technical"; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// The day first acquired, when set by hand; otherwise the earliest linked setback's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_acquired_override: Option<NaiveDate>,
    /// Level changes, oldest first. The last entry is the current level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_history: Vec<LevelChange>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// When the skill was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}

impl Skill {
    /// The current proficiency level (the most recent change), if any was ever set.
    pub fn current_level(&self) -> Option<SkillLevel> {
        self.level_history
            .iter()
            .max_by_key(|change| change.date)
            .map(|change| change.level)
    }

    /// True when `name` names this skill (names are unique case-insensitively).
    pub fn has_name(&self, name: &str) -> bool {
        self.name.trim().to_lowercase() == name.trim().to_lowercase()
    }
}
