//! The demo journal's experiments and weekly reviews: about half the reflected setbacks turn a
//! lesson into an experiment, most of which get tried; most Sundays get a review. Drawn from
//! their own generator, so that the check-ins and setbacks stay what they were before
//! experiments existed.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc, Weekday};

use crate::model::{
    Experiment, ExperimentId, ExperimentStatus, LONGEST_REVIEW_DAYS, Outcome, Rating, Review,
    ReviewId, Setback, TryWhen,
};

/// Experiments for the setbacks, and reviews over `start..=end`.
pub(super) fn generate(
    seed: u64,
    setbacks: &[Setback],
    start: NaiveDate,
    end: NaiveDate,
) -> (Vec<Experiment>, Vec<Review>) {
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x6b69_6e74_7375_6769);
    let experiments = experiments(&mut rng, setbacks, end);
    let reviews = reviews(&mut rng, setbacks, start, end);
    (experiments, reviews)
}

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

fn at(rng: &mut fastrand::Rng, date: NaiveDate, hour: u32) -> DateTime<Utc> {
    let time = NaiveTime::from_hms_opt(hour, rng.u32(0..60), 0).unwrap_or_default();
    date.and_time(time).and_utc()
}

fn experiments(rng: &mut fastrand::Rng, setbacks: &[Setback], end: NaiveDate) -> Vec<Experiment> {
    let mut experiments = Vec::new();
    for setback in setbacks {
        if setback.reflection.lessons.is_empty() || rng.f64() >= 0.5 {
            continue;
        }
        let created_on = (setback.date + Days::new(rng.u64(0..=3))).min(end);
        let situation = rng.f64() < 0.3;
        let when = if situation {
            TryWhen::Situation((*pick(rng, SITUATIONS)).to_owned())
        } else {
            TryWhen::By(created_on + Days::new(rng.u64(5..=21)))
        };
        let aim = match &when {
            TryWhen::By(by) => *by,
            TryWhen::Situation(_) => created_on + Days::new(rng.u64(7..=40)),
        };
        let settled = aim + Days::new(rng.u64(0..=4));
        let roll = rng.f64();
        // Open: those whose day has not come, and a few of the last month's still waiting
        // (what a real journal looks like; nothing left hanging for years).
        let recent = (end - settled).num_days() < 45;
        let status = if settled >= end || (recent && roll < 0.5) {
            ExperimentStatus::Open
        } else if roll < 0.25 {
            ExperimentStatus::Dropped {
                on: settled,
                why: (*pick(rng, DROP_REASONS)).to_owned(),
            }
        } else {
            let outcome = *pick(
                rng,
                &[
                    Outcome::Worked,
                    Outcome::Worked,
                    Outcome::Worked,
                    Outcome::Partly,
                    Outcome::Partly,
                    Outcome::Didnt,
                ],
            );
            ExperimentStatus::Tried {
                on: settled,
                outcome,
                note: (*pick(rng, TRIED_NOTES)).to_owned(),
            }
        };
        let created_at = at(rng, created_on, 20);
        let updated_at = match &status {
            ExperimentStatus::Open => created_at,
            ExperimentStatus::Tried { on, .. } | ExperimentStatus::Dropped { on, .. } => {
                at(rng, *on, 21).max(created_at)
            }
        };
        experiments.push(Experiment {
            id: ExperimentId::from_seed_bytes(rng.u128(..).to_le_bytes()),
            setback: setback.id,
            text: (*pick(rng, EXPERIMENTS)).to_owned(),
            when,
            skill: setback.skills.first().copied(),
            created_on,
            status,
            ask_again_on: None,
            created_at,
            updated_at,
        });
    }
    experiments
}

fn reviews(
    rng: &mut fastrand::Rng,
    setbacks: &[Setback],
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Review> {
    let mut reviews = Vec::new();
    let mut previous: Option<NaiveDate> = None;
    let mut day = start + Days::new(6);
    while day <= end {
        if day.weekday() == Weekday::Sun && rng.f64() < 0.6 {
            let (from, to) = crate::model::review_period(previous, day);
            let from = from.max(start);
            let lesson = setbacks
                .iter()
                .filter(|setback| setback.date >= from && setback.date <= to)
                .find_map(|setback| setback.reflection.lessons.first())
                .cloned()
                .unwrap_or_default();
            let created_at = at(rng, day, 19);
            reviews.push(Review {
                id: ReviewId::from_seed_bytes(rng.u128(..).to_le_bytes()),
                from,
                to,
                went_well: (*pick(rng, WENT_WELL)).to_owned(),
                lesson,
                rating: Rating::try_from(rng.u8(4..=9)).ok(),
                created_at,
                updated_at: created_at,
            });
            previous = Some(day);
        }
        day = day + Days::new(1);
    }
    debug_assert!(reviews.iter().all(|review| {
        (review.to - review.from).num_days() < i64::try_from(LONGEST_REVIEW_DAYS).unwrap_or(28)
    }));
    reviews
}

const EXPERIMENTS: &[&str] = &[
    "Ask for a rehearsal before presenting",
    "Write down who owns what at the end of the kick-off",
    "Say no to one new request this week",
    "Send a two-line status update every Friday",
    "Block an hour for deep work before opening email",
    "Ask one clarifying question before estimating",
    "Check the release checklist with a colleague",
    "Book a short call instead of a long email thread",
    "Sleep on a tough reply before sending it",
    "Ask my mentor for feedback within a week",
];

const SITUATIONS: &[&str] = &[
    "next time I present to leadership",
    "next time a deadline moves",
    "next time I take on a new project",
    "next time a client escalates",
    "next time I feel I am rushing",
];

const TRIED_NOTES: &[&str] = &[
    "Felt awkward at first, then it helped.",
    "People noticed the difference.",
    "Only half of it stuck.",
    "It took more time than I had.",
    "Easier than expected.",
    "",
];

const DROP_REASONS: &[&str] = &[
    "The project was cancelled.",
    "Not the right fit for how the team works.",
    "Replaced by a better idea.",
];

const WENT_WELL: &[&str] = &[
    "Shipped what I promised.",
    "A calm week; slept well.",
    "Good conversation with my mentor.",
    "Finished the course module.",
    "Handled a hard meeting well.",
    "Helped a colleague get unstuck.",
];
