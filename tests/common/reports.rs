//! The journal of the report tests: what a report may tell and what it must keep out.

use std::path::Path;

use chrono::{NaiveDate, Utc};
use kintsugi::model::{
    Category, CheckInInput, Feedback, FeedbackSource, Journal, NewExperiment, NewSetback, Outcome,
    Rating, Review, ReviewId, SetbackStatus, Severity, TryWhen,
};
use kintsugi::storage::JournalStore;

/// A day of the test journal.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Writes at `path` a journal with a reflected setback, an open one, a micro-failure, a skill,
/// 40 days of check-ins, one with a private note, experiments of each setback and two weekly
/// reviews.
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
    add_practice(&mut journal, today);
    store.save(&journal, today).unwrap();
}

/// Experiments of each setback (tried, dropped and open ones of the reflected setback; the
/// words of the others are what a report keeps out with them) and two weekly reviews, one
/// with words a report tells only with the notes.
fn add_practice(journal: &mut Journal, today: NaiveDate) {
    let setback = |title: &str| {
        journal
            .setbacks()
            .iter()
            .find(|setback| setback.title == title)
            .unwrap()
            .id
    };
    let (plan, quarrel, slip) = (
        setback("Quarterly plan slipped"),
        setback("Unchosen vendor quarrel"),
        setback("Tiny standup slip"),
    );
    let estimation = journal.skill_named("Estimation").map(|skill| skill.id);
    let mut add = |setback, text: &str, when, skill, created_on| {
        let new = NewExperiment {
            setback,
            text: text.to_owned(),
            when,
            skill,
            created_on,
        };
        journal.add_experiment(new, today, Utc::now()).unwrap()
    };
    let buffer = add(
        plan,
        "Ask for a buffer in every estimate",
        TryWhen::By(day(2026, 10, 20)),
        estimation,
        day(2026, 10, 3),
    );
    let risks = add(
        plan,
        "Write the risks down on day one",
        TryWhen::Situation("at the next kick-off".to_owned()),
        None,
        day(2026, 10, 4),
    );
    add(
        plan,
        "Escalate within a day",
        TryWhen::By(day(2026, 12, 5)),
        None,
        day(2026, 11, 20),
    );
    let weekly = add(
        quarrel,
        "UNCHOSENEXPERIMENT call the vendor weekly",
        TryWhen::By(day(2026, 11, 10)),
        None,
        day(2026, 10, 21),
    );
    add(
        slip,
        "MICROEXPERIMENT prepare standup notes",
        TryWhen::By(day(2026, 11, 30)),
        None,
        day(2026, 11, 4),
    );
    journal
        .try_experiment(
            buffer,
            day(2026, 10, 16),
            Outcome::Worked,
            "TRIEDNOTEWORD the buffer held",
            today,
            Utc::now(),
        )
        .unwrap();
    journal
        .drop_experiment(
            risks,
            day(2026, 11, 10),
            "Nobody read the list",
            today,
            Utc::now(),
        )
        .unwrap();
    journal
        .try_experiment(
            weekly,
            day(2026, 11, 9),
            Outcome::Didnt,
            "UNCHOSENTRIEDNOTE they never picked up",
            today,
            Utc::now(),
        )
        .unwrap();
    for (from, to, rating, went_well, lesson) in [
        (
            day(2026, 11, 16),
            day(2026, 11, 22),
            Rating::try_from(7).ok(),
            "REVIEWWELLWORD shipped the plan",
            "REVIEWLESSONWORD ask early",
        ),
        (day(2026, 11, 23), day(2026, 11, 28), None, "", ""),
    ] {
        let review = Review {
            id: ReviewId::random(),
            from,
            to,
            went_well: went_well.to_owned(),
            lesson: lesson.to_owned(),
            rating,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        journal.upsert_review(review, today, Utc::now()).unwrap();
    }
}
