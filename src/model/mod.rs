//! The journal's domain model (SPEC §1): check-ins, setbacks, skills and their rules.
//! Pure data and logic; it knows nothing of files or windows.

mod check_in;
mod counts;
mod editing;
mod experiment;
mod factor;
mod ids;
mod journal;
mod patch;
mod practice;
mod review;
mod scales;
mod setback;
mod setback_filter;
mod setback_form;
mod skill;

pub use check_in::{CheckIn, CheckInInput, RatingScale, Ratings, normalized_tags};
pub use counts::{EntryCounts, join_with_and};
pub use editing::{RemovedSetback, RemovedSkill};
pub use experiment::{
    Experiment, ExperimentFilter, ExperimentStatus, NOT_YET_DAYS, Outcome, TryWhen,
};
pub use factor::normalize_factor;
pub use ids::{CheckInId, ExperimentId, ReviewId, SetbackId, SkillId};
pub use journal::{Journal, JournalParts, JournalSettings, NewSetback, ValidationError};
pub use patch::{Patch, Scope};
pub use practice::NewExperiment;
pub use review::{LONGEST_REVIEW_DAYS, Review, review_period};
pub use scales::{OutOfRange, Rating, Severity, SkillLevel};
pub use setback::{Category, Feedback, FeedbackSource, Reflection, Setback, SetbackStatus};
pub use setback_filter::{SetbackFilter, StatusKind};
pub use setback_form::{
    FieldProblem, SetbackForm, TypedField, UNTITLED_SETBACK, changed_setback_field,
};
pub use skill::{LevelChange, Skill};
