//! The journal of the report tests: what a report may tell and what it must keep out.

use std::path::Path;

use chrono::{NaiveDate, Utc};
use kintsugi::model::{
    Category, CheckInInput, Feedback, FeedbackSource, Journal, NewSetback, Rating, SetbackStatus,
    Severity,
};
use kintsugi::storage::JournalStore;

/// A day of the test journal.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Writes at `path` a journal with a reflected setback, an open one, a micro-failure, a skill,
/// and 40 days of check-ins, one with a private note.
pub fn write_journal(path: &Path) {
    let (mut store, mut journal) = JournalStore::open(path).unwrap();
    let today = day(2026, 11, 28);
    for (date, title, micro, skills) in [
        (
            day(2026, 10, 2),
            "Quarterly plan slipped",
            false,
            vec!["Estimation".to_owned()],
        ),
        (day(2026, 10, 20), "Unchosen vendor quarrel", false, vec![]),
        (day(2026, 11, 3), "Tiny standup slip", true, vec![]),
    ] {
        let new = NewSetback {
            date,
            title: title.to_owned(),
            category: Category::Work,
            severity: Severity::saturating(3),
            micro_failure: micro,
            skill_names: skills,
        };
        journal.add_setback(new, today, Utc::now()).unwrap();
    }
    let mut parts = journal.to_parts();
    let first = parts
        .setbacks
        .iter_mut()
        .find(|setback| setback.title == "Quarterly plan slipped")
        .unwrap();
    first.status = SetbackStatus::Recovered {
        on: day(2026, 10, 9),
    };
    let reflection = &mut first.reflection;
    "The vendor missed the milestone and nobody escalated."
        .clone_into(&mut reflection.what_happened);
    reflection.contributing_factors = vec!["Optimistic sizing".to_owned()];
    "Ask for buffers early.".clone_into(&mut reflection.do_differently);
    reflection.feedback = vec![Feedback {
        source: FeedbackSource::Mentor,
        name: Some("Dolores Żółć".to_owned()),
        insight: "Escalate sooner".to_owned(),
    }];
    reflection.lessons = vec!["Contracts need penalties".to_owned()];
    let mut journal = Journal::from_parts(parts).unwrap();
    for offset in 0..40_u64 {
        let date = day(2026, 10, 1) + chrono::Days::new(offset);
        let mut input = CheckInInput::default();
        input.ratings.mood = Rating::try_from(4 + (offset % 5) as u8).ok();
        if offset == 5 {
            "PRIVATENOTEWORD about my manager".clone_into(&mut input.note);
        }
        journal
            .upsert_check_in(date, &input, today, Utc::now())
            .unwrap();
    }
    store.save(&journal, today).unwrap();
}
