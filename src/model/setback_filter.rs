//! Which setbacks a list shows: the Setbacks screen's search and filters, as a rule of the
//! journal rather than of a widget.

use super::setback::{Category, Setback, SetbackStatus};

/// Which setbacks the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetbackFilter {
    /// Words to find in the title, reflection, lessons and feedback (case-insensitive).
    pub text: String,
    /// Only this category.
    pub category: Option<Category>,
    /// Only micro-failures.
    pub micro_only: bool,
    /// Only this status.
    pub status: Option<StatusKind>,
    /// Only setbacks listing this contributing factor, compared as SPEC §3.3 compares factors
    /// (Progress's recurring causes open the setbacks they name this way).
    pub factor: Option<String>,
}

/// A setback's status without its date, for filtering and choosing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// Just logged.
    Open,
    /// Reflected upon.
    Reflected,
    /// Recovered from.
    Recovered,
}

impl StatusKind {
    /// The three kinds, in the order they are offered.
    pub const ALL: [StatusKind; 3] = [
        StatusKind::Open,
        StatusKind::Reflected,
        StatusKind::Recovered,
    ];

    /// The kind of a status.
    pub fn of(status: SetbackStatus) -> Self {
        match status {
            SetbackStatus::Open => StatusKind::Open,
            SetbackStatus::Reflected => StatusKind::Reflected,
            SetbackStatus::Recovered { .. } => StatusKind::Recovered,
        }
    }

    /// The kind's name as users read it.
    pub fn label(self) -> &'static str {
        match self {
            StatusKind::Open => "Open",
            StatusKind::Reflected => "Reflected",
            StatusKind::Recovered => "Recovered",
        }
    }
}

impl SetbackFilter {
    /// True when `setback` passes every part of the filter.
    pub fn matches(&self, setback: &Setback) -> bool {
        if self.micro_only && !setback.micro_failure {
            return false;
        }
        if self
            .category
            .as_ref()
            .is_some_and(|category| *category != setback.category)
        {
            return false;
        }
        if self
            .status
            .is_some_and(|status| status != StatusKind::of(setback.status))
        {
            return false;
        }
        if let Some(factor) = &self.factor {
            let wanted = super::normalize_factor(factor);
            let listed = setback
                .reflection
                .contributing_factors
                .iter()
                .any(|listed| super::normalize_factor(listed) == wanted);
            if !listed {
                return false;
            }
        }
        let words = self.text.trim().to_lowercase();
        if words.is_empty() {
            return true;
        }
        let reflection = &setback.reflection;
        let texts = [
            setback.title.as_str(),
            &reflection.what_happened,
            &reflection.do_differently,
        ]
        .into_iter()
        .chain(reflection.contributing_factors.iter().map(String::as_str))
        .chain(reflection.lessons.iter().map(String::as_str))
        .chain(
            reflection
                .feedback
                .iter()
                .map(|feedback| feedback.insight.as_str()),
        );
        let haystack: String = texts.collect::<Vec<_>>().join("\n").to_lowercase();
        words.split_whitespace().all(|word| haystack.contains(word))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

    use chrono::NaiveDate;

    use super::*;
    use crate::demo::{self, DemoOptions};

    #[test]
    fn filters_combine_text_category_micro_and_status() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let journal = demo::generate(DemoOptions::ending(end, 2));
        let all = journal.setbacks().len();
        let micro = SetbackFilter {
            micro_only: true,
            ..SetbackFilter::default()
        };
        let micro_count = journal
            .setbacks()
            .iter()
            .filter(|s| micro.matches(s))
            .count();
        assert!(micro_count > 0 && micro_count < all);
        assert!(
            journal
                .setbacks()
                .iter()
                .filter(|s| micro.matches(s))
                .all(|s| s.micro_failure)
        );
        let work = SetbackFilter {
            category: Some(Category::Work),
            status: Some(StatusKind::Recovered),
            ..micro
        };
        assert!(
            journal
                .setbacks()
                .iter()
                .filter(|s| work.matches(s))
                .all(|s| s.category == Category::Work
                    && s.micro_failure
                    && matches!(s.status, SetbackStatus::Recovered { .. }))
        );
        let text = SetbackFilter {
            text: "STAND-UP missed".to_owned(),
            ..SetbackFilter::default()
        };
        assert!(
            journal
                .setbacks()
                .iter()
                .filter(|s| text.matches(s))
                .all(|s| s.title == "Missed the stand-up")
        );
        assert!(journal.setbacks().iter().any(|s| text.matches(s)));
    }
}
