//! What the screens point out beside the figures: setbacks waiting for a reflection, whether
//! recoveries got faster, and the skills acquired in a range. Rules of the journal, kept here
//! rather than in the screens that show them.

use chrono::{Days, NaiveDate};

use super::{DateRange, SetbackRecovery, median};
use crate::model::{Journal, SetbackId, SetbackStatus};

/// How long a setback may wait before it is offered for a reflection.
pub const REFLECT_AFTER_DAYS: u64 = 7;

/// Open setbacks at least a week older than `date` with nothing written yet: (id, title,
/// date), newest first.
pub fn ready_to_reflect(journal: &Journal, date: NaiveDate) -> Vec<(SetbackId, String, NaiveDate)> {
    let Some(week_ago) = date.checked_sub_days(Days::new(REFLECT_AFTER_DAYS)) else {
        return Vec::new();
    };
    journal
        .setbacks()
        .iter()
        .rev()
        .filter(|setback| {
            setback.status == SetbackStatus::Open
                && setback.date <= week_ago
                && setback.reflection.is_empty()
        })
        .map(|setback| (setback.id, setback.title.clone(), setback.date))
        .collect()
}

/// Whether setbacks in the second half of a range were recovered from faster than in the
/// first: the median bounce-back of each half, in the order the setbacks happened.
#[derive(Debug, Clone, PartialEq)]
pub enum RecoveryTrend {
    /// Fewer than two bounce-backs in each half.
    NotEnough,
    /// The medians of both halves, in days.
    Compared {
        /// Median bounce-back of the earlier half.
        first_half: f64,
        /// Median bounce-back of the later half.
        second_half: f64,
    },
}

impl RecoveryTrend {
    /// "Recoveries are getting faster" (slower, or about as long), when compared.
    pub fn words(&self) -> Option<String> {
        match self {
            RecoveryTrend::NotEnough => None,
            RecoveryTrend::Compared {
                first_half,
                second_half,
            } => Some(if second_half < first_half {
                crate::t!("insights-recoveries-faster")
            } else if second_half > first_half {
                crate::t!("insights-recoveries-slower")
            } else {
                crate::t!("insights-recoveries-same")
            }),
        }
    }

    /// Compares the two halves of the setbacks that have a bounce-back, oldest first.
    pub fn of(recoveries: &[SetbackRecovery]) -> Self {
        let values: Vec<u32> = recoveries
            .iter()
            .filter_map(|recovery| recovery.bounce_back_days)
            .collect();
        let half = values.len() / 2;
        match (median(&values[..half]), median(&values[half..])) {
            (Some(first_half), Some(second_half)) if half >= 2 => RecoveryTrend::Compared {
                first_half,
                second_half,
            },
            _ => RecoveryTrend::NotEnough,
        }
    }
}

/// Names of the skills first acquired within the range, in the order they were acquired.
pub fn skills_acquired(journal: &Journal, range: DateRange) -> Vec<String> {
    let mut acquired: Vec<(NaiveDate, String)> = journal
        .skills()
        .iter()
        .filter_map(|skill| {
            let day = journal.first_acquired(skill)?;
            range.contains(day).then(|| (day, skill.name.clone()))
        })
        .collect();
    acquired.sort();
    acquired.into_iter().map(|(_, name)| name).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

    use chrono::Utc;

    use super::*;
    use crate::model::{Category, NewSetback, Severity};

    fn recovery(days: Option<u32>) -> SetbackRecovery {
        SetbackRecovery {
            id: SetbackId::random(),
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            title: String::new(),
            bounce_back_days: days,
        }
    }

    #[test]
    fn recoveries_compare_their_halves_once_each_has_two() {
        let three: Vec<_> = [Some(4), None, Some(2), Some(1)]
            .into_iter()
            .map(recovery)
            .collect();
        assert_eq!(RecoveryTrend::of(&three), RecoveryTrend::NotEnough);
        let four: Vec<_> = [Some(6), Some(4), Some(2), None, Some(1)]
            .into_iter()
            .map(recovery)
            .collect();
        assert_eq!(
            RecoveryTrend::of(&four),
            RecoveryTrend::Compared {
                first_half: 5.0,
                second_half: 1.5
            }
        );
    }

    #[test]
    fn only_old_unreflected_open_setbacks_wait_for_a_reflection() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut journal = Journal::default();
        let mut add = |day: u32, title: &str| {
            let new = NewSetback {
                date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
                title: title.to_owned(),
                category: Category::Work,
                severity: Severity::saturating(2),
                micro_failure: false,
                skill_names: Vec::new(),
            };
            journal.add_setback(new, today, Utc::now()).unwrap()
        };
        let waiting_old = add(2, "old and open");
        let waiting_edge = add(21, "exactly a week");
        let recent = add(22, "six days ago");
        let reflected = add(3, "reflected on");
        let recovered = add(4, "recovered");
        let _ = recent;
        let mut edited = journal.setback(reflected).unwrap().clone();
        edited.reflection.what_happened = "written".to_owned();
        journal.upsert_setback(edited, today, Utc::now()).unwrap();
        let mut edited = journal.setback(recovered).unwrap().clone();
        edited.status = SetbackStatus::Recovered {
            on: NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(),
        };
        journal.upsert_setback(edited, today, Utc::now()).unwrap();
        let ids: Vec<SetbackId> = ready_to_reflect(&journal, today)
            .into_iter()
            .map(|(id, _, _)| id)
            .collect();
        assert_eq!(ids, vec![waiting_edge, waiting_old], "newest first");
    }
}
