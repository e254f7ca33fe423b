//! Setbacks and their structured reflection.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ids::{SetbackId, SkillId};
use super::scales::Severity;

/// What part of life a setback belongs to. Users may add their own categories.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// Day-to-day work.
    Work,
    /// A specific project.
    Project,
    /// Career moves: applications, promotions, reviews.
    Career,
    /// Relationships with colleagues, managers, clients.
    Relationship,
    /// Studying and learning.
    Learning,
    /// Health and energy.
    Health,
    /// Anything else.
    Other,
    /// A category the user defined (listed in the journal's settings).
    Custom(String),
}

impl Category {
    /// The built-in categories, in the order they are offered.
    pub const BUILT_IN: [Category; 7] = [
        Category::Work,
        Category::Project,
        Category::Career,
        Category::Relationship,
        Category::Learning,
        Category::Health,
        Category::Other,
    ];

    /// The category's name as users read it.
    pub fn name(&self) -> &str {
        match self {
            Category::Work => "Work",
            Category::Project => "Project",
            Category::Career => "Career",
            Category::Relationship => "Relationship",
            Category::Learning => "Learning",
            Category::Health => "Health",
            Category::Other => "Other",
            Category::Custom(name) => name,
        }
    }

    /// The category's name on screen, in the reader's language (a custom category as the user
    /// named it). [`Category::name`] stays English: files and reports in English use it.
    pub fn label(&self) -> String {
        match self {
            Category::Work => crate::t!("model-category-work"),
            Category::Project => crate::t!("model-category-project"),
            Category::Career => crate::t!("model-category-career"),
            Category::Relationship => crate::t!("model-category-relationship"),
            Category::Learning => crate::t!("model-category-learning"),
            Category::Health => crate::t!("model-category-health"),
            Category::Other => crate::t!("model-category-other"),
            Category::Custom(name) => name.clone(),
        }
    }

    /// Reads a category name (case-insensitive for the built-in ones); any other non-empty
    /// name becomes a custom category.
    pub fn from_name(name: &str) -> Option<Category> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let built_in = Category::BUILT_IN
            .iter()
            .find(|category| category.name().eq_ignore_ascii_case(name));
        Some(
            built_in
                .cloned()
                .unwrap_or_else(|| Category::Custom(name.to_owned())),
        )
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Who gave a piece of feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FeedbackSource {
    /// A mentor or coach.
    Mentor,
    /// A peer or colleague.
    Peer,
    /// A client or customer.
    Client,
    /// A manager.
    Manager,
    /// Someone else.
    Other,
}

impl FeedbackSource {
    /// All sources, in the order they are offered.
    pub const ALL: [FeedbackSource; 5] = [
        FeedbackSource::Mentor,
        FeedbackSource::Peer,
        FeedbackSource::Client,
        FeedbackSource::Manager,
        FeedbackSource::Other,
    ];

    /// The source's name as users read it.
    pub fn name(self) -> &'static str {
        match self {
            FeedbackSource::Mentor => "Mentor",
            FeedbackSource::Peer => "Peer",
            FeedbackSource::Client => "Client",
            FeedbackSource::Manager => "Manager",
            FeedbackSource::Other => "Other",
        }
    }

    /// The source's name on screen, in the reader's language ([`FeedbackSource::name`] stays
    /// English for files).
    pub fn label(self) -> String {
        match self {
            FeedbackSource::Mentor => crate::t!("model-feedback-mentor"),
            FeedbackSource::Peer => crate::t!("model-feedback-peer"),
            FeedbackSource::Client => crate::t!("model-feedback-client"),
            FeedbackSource::Manager => crate::t!("model-feedback-manager"),
            FeedbackSource::Other => crate::t!("model-feedback-other"),
        }
    }
}

/// One piece of feedback received about a setback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// Who gave it.
    pub source: FeedbackSource,
    /// Their name, when the user wants to remember it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What they said, in the user's words.
    pub insight: String,
}

/// The structured reflection on a setback: the three practices of reflecting, seeking feedback
/// and learning, each as its own field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    /// What happened, told plainly.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_happened: String,
    /// What contributed to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributing_factors: Vec<String>,
    /// What the user will do differently next time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub do_differently: String,
    /// Feedback from mentors, peers, clients and others.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<Feedback>,
    /// Lessons learned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<String>,
}

impl Reflection {
    /// True when nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self == &Reflection::default()
    }
}

/// Where a setback stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SetbackStatus {
    /// Just logged.
    Open,
    /// Reflected upon.
    Reflected,
    /// Recovered from, on the given day.
    Recovered {
        /// The day the user felt recovered.
        on: NaiveDate,
    },
}

/// A setback or micro-failure, with its reflection and the skills it taught.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setback {
    /// Stable id of this setback.
    pub id: SetbackId,
    /// The day it happened.
    pub date: NaiveDate,
    /// A short title; never empty.
    pub title: String,
    /// What part of life it belongs to.
    pub category: Category,
    /// How hard it hit, 1–5.
    pub severity: Severity,
    /// True for a small misstep (a micro-failure) rather than a big event.
    #[serde(default)]
    pub micro_failure: bool,
    /// The structured reflection.
    #[serde(default, skip_serializing_if = "Reflection::is_empty")]
    pub reflection: Reflection,
    /// Skills acquired from this setback. This list is the single source of the link: a skill's
    /// setbacks are derived from it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillId>,
    /// Open, reflected or recovered.
    pub status: SetbackStatus,
    /// When the setback was logged.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}
