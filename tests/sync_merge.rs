//! The three-way merge of two computers' versions of a journal (SPEC §5 "Several computers"):
//! symmetric, idempotent, and nothing either side wrote is lost unless the other deleted it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use chrono::{DateTime, Duration, NaiveDate, Utc};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::{
    CheckIn, CheckInId, Experiment, ExperimentId, ExperimentStatus, Journal, JournalParts, Outcome,
    Rating, Ratings, SetbackId, TryWhen,
};
use kintsugi::sync::{self, Tombstones, Version};
use proptest::prelude::*;

/// A small journal (a dozen check-ins, a few setbacks) so that random edits often meet.
fn base() -> Journal {
    let full = demo::generate(DemoOptions {
        years: 1,
        seed: 11,
        end: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default(),
    });
    let mut parts = full.to_parts();
    let keep = parts.check_ins.len().saturating_sub(12);
    parts.check_ins.drain(..keep);
    let keep = parts.setbacks.len().saturating_sub(4);
    parts.setbacks.drain(..keep);
    let kept: Vec<SetbackId> = parts.setbacks.iter().map(|setback| setback.id).collect();
    parts
        .experiments
        .retain(|experiment| kept.contains(&experiment.setback));
    parts.reviews.truncate(2);
    Journal::from_parts(parts).unwrap_or_else(|error| panic!("{error}"))
}

#[derive(Debug, Clone)]
enum Edit {
    AppendToNote(usize),
    SetMood(usize, u8),
    AddTag(usize),
    AddCheckIn(u8),
    DeleteCheckIn(usize),
    AddLesson(usize),
    AddFactor(usize),
    AppendToWhatHappened(usize),
    RenameSetback(usize),
    DeleteSetback(usize),
    AddExperiment(usize),
    TryExperiment(usize),
    DeleteExperiment(usize),
    AppendToReview(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..20usize).prop_map(Edit::AppendToNote),
        (0..20usize, 1..=10u8).prop_map(|(at, mood)| Edit::SetMood(at, mood)),
        (0..20usize).prop_map(Edit::AddTag),
        (0..40u8).prop_map(Edit::AddCheckIn),
        (0..20usize).prop_map(Edit::DeleteCheckIn),
        (0..8usize).prop_map(Edit::AddLesson),
        (0..8usize).prop_map(Edit::AddFactor),
        (0..8usize).prop_map(Edit::AppendToWhatHappened),
        (0..8usize).prop_map(Edit::RenameSetback),
        (0..8usize).prop_map(Edit::DeleteSetback),
        (0..8usize).prop_map(Edit::AddExperiment),
        (0..8usize).prop_map(Edit::TryExperiment),
        (0..8usize).prop_map(Edit::DeleteExperiment),
        (0..4usize).prop_map(Edit::AppendToReview),
    ]
}

/// One computer's edits applied to `base`: the journal, its deletions, and the words it wrote
/// that must survive (none written into an entry this side later deleted).
struct Side {
    journal: Journal,
    deleted: Tombstones,
    /// Each word with the id of the entry it went into.
    words: Vec<(String, String)>,
}

#[expect(
    clippy::too_many_lines,
    reason = "one arm per kind of edit a computer makes"
)]
fn apply(base: &Journal, edits: &[Edit], side: &str, start: DateTime<Utc>) -> Side {
    let mut parts: JournalParts = base.to_parts();
    let mut deleted = Tombstones::default();
    // (word, entry it went into) — check-ins by id, setbacks by id.
    let mut written: Vec<(String, String)> = Vec::new();
    for (n, edit) in edits.iter().enumerate() {
        let now = start + Duration::minutes(n as i64 * 2);
        let word = format!("{side}word{n}");
        let check_ins = parts.check_ins.len();
        let setbacks = parts.setbacks.len();
        match edit.clone() {
            Edit::AppendToNote(at) if check_ins > 0 => {
                let check_in = &mut parts.check_ins[at % check_ins];
                format!("{} {word}", check_in.note)
                    .trim()
                    .clone_into(&mut check_in.note);
                check_in.updated_at = now;
                written.push((word, check_in.id.to_string()));
            }
            Edit::SetMood(at, mood) if check_ins > 0 => {
                let check_in = &mut parts.check_ins[at % check_ins];
                check_in.ratings.mood = Rating::try_from(mood).ok();
                check_in.updated_at = now;
            }
            Edit::AddTag(at) if check_ins > 0 => {
                let check_in = &mut parts.check_ins[at % check_ins];
                check_in.tags.push(word.clone());
                check_in.updated_at = now;
                written.push((word, check_in.id.to_string()));
            }
            Edit::AddCheckIn(days) => {
                let date = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default()
                    + Duration::days(i64::from(days));
                if parts.check_ins.iter().all(|check_in| check_in.date != date) {
                    let id = CheckInId::from_seed_bytes(seed_bytes(side, n));
                    parts.check_ins.push(CheckIn {
                        id,
                        date,
                        ratings: Ratings {
                            mood: Rating::try_from(5).ok(),
                            ..Ratings::default()
                        },
                        note: word.clone(),
                        tags: Vec::new(),
                        created_at: now,
                        updated_at: now,
                    });
                    written.push((word, id.to_string()));
                }
            }
            Edit::DeleteCheckIn(at) if check_ins > 0 => {
                let removed = parts.check_ins.remove(at % check_ins);
                deleted.insert(sync::EntryId::CheckIn(removed.id), now);
                written.retain(|(_, entry)| *entry != removed.id.to_string());
            }
            Edit::AddLesson(at) if setbacks > 0 => {
                let setback = &mut parts.setbacks[at % setbacks];
                setback.reflection.lessons.push(word.clone());
                setback.updated_at = now;
                written.push((word, setback.id.to_string()));
            }
            Edit::AddFactor(at) if setbacks > 0 => {
                let setback = &mut parts.setbacks[at % setbacks];
                setback.reflection.contributing_factors.push(word.clone());
                setback.updated_at = now;
                written.push((word, setback.id.to_string()));
            }
            Edit::AppendToWhatHappened(at) if setbacks > 0 => {
                let setback = &mut parts.setbacks[at % setbacks];
                setback.reflection.what_happened =
                    format!("{} {word}", setback.reflection.what_happened);
                setback.updated_at = now;
                written.push((word, setback.id.to_string()));
            }
            Edit::RenameSetback(at) if setbacks > 0 => {
                // A title is a label: when both sides rename, the later one is kept.
                let setback = &mut parts.setbacks[at % setbacks];
                setback.title = format!("Title {word}");
                setback.updated_at = now;
            }
            Edit::DeleteSetback(at) if setbacks > 0 => {
                let removed: kintsugi::model::Setback = parts.setbacks.remove(at % setbacks);
                deleted.insert(sync::EntryId::Setback(removed.id), now);
                written.retain(|(_, entry)| *entry != removed.id.to_string());
                // Its experiments go with it, as in the app.
                for experiment in parts.experiments.iter().filter(|e| e.setback == removed.id) {
                    deleted.insert(sync::EntryId::Experiment(experiment.id), now);
                    written.retain(|(_, entry)| *entry != experiment.id.to_string());
                }
                parts.experiments.retain(|e| e.setback != removed.id);
            }
            Edit::AddExperiment(at) if setbacks > 0 => {
                let setback = &parts.setbacks[at % setbacks];
                let id = ExperimentId::from_seed_bytes(seed_bytes(side, n));
                parts.experiments.push(Experiment {
                    id,
                    setback: setback.id,
                    text: format!("Try {word}"),
                    when: TryWhen::By(setback.date),
                    skill: None,
                    created_on: setback.date,
                    status: ExperimentStatus::Open,
                    ask_again_on: None,
                    created_at: now,
                    updated_at: now,
                });
                written.push((word, id.to_string()));
            }
            Edit::TryExperiment(at) if !parts.experiments.is_empty() => {
                let count = parts.experiments.len();
                let experiment = &mut parts.experiments[at % count];
                let on = parts
                    .setbacks
                    .iter()
                    .find(|setback| setback.id == experiment.setback)
                    .map_or(experiment.created_on, |setback| setback.date);
                // Trying again adds to the line (a test's own edits never erase its words).
                let earlier = match &experiment.status {
                    ExperimentStatus::Tried { note, .. } => note.clone(),
                    _ => String::new(),
                };
                experiment.status = ExperimentStatus::Tried {
                    on,
                    outcome: Outcome::Partly,
                    note: format!("{earlier} {word}").trim().to_owned(),
                };
                experiment.updated_at = now;
                written.push((word, experiment.id.to_string()));
            }
            Edit::DeleteExperiment(at) if !parts.experiments.is_empty() => {
                let count = parts.experiments.len();
                let removed = parts.experiments.remove(at % count);
                deleted.insert(sync::EntryId::Experiment(removed.id), now);
                written.retain(|(_, entry)| *entry != removed.id.to_string());
            }
            Edit::AppendToReview(at) if !parts.reviews.is_empty() => {
                let count = parts.reviews.len();
                let review = &mut parts.reviews[at % count];
                review.went_well = format!("{} {word}", review.went_well);
                review.updated_at = now;
                written.push((word, review.id.to_string()));
            }
            _ => {}
        }
    }
    let journal = Journal::from_parts(parts).unwrap_or_else(|error| panic!("{error}"));
    Side {
        journal,
        deleted,
        words: written,
    }
}

fn seed_bytes(side: &str, n: usize) -> [u8; 16] {
    let mut bytes = [0u8; 16];
    bytes[0] = side.as_bytes().first().copied().unwrap_or(0);
    bytes[1..9].copy_from_slice(&(n as u64).to_le_bytes());
    bytes
}

fn merged(base: Option<&Journal>, ours: &Side, theirs: &Side) -> sync::Merged {
    sync::merge(
        base,
        Version {
            journal: &ours.journal,
            deleted: &ours.deleted,
        },
        Version {
            journal: &theirs.journal,
            deleted: &theirs.deleted,
        },
    )
    .unwrap_or_else(|error| panic!("{error}"))
}

fn text_of(journal: &Journal) -> String {
    format!("{:?}", journal.to_parts())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_symmetric_idempotent_and_loses_nothing(
        edits_a in proptest::collection::vec(edit(), 0..14),
        edits_b in proptest::collection::vec(edit(), 0..14),
        b_later in any::<bool>(),
    ) {
        let base = base();
        let start = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let offset = if b_later { Duration::seconds(30) } else { Duration::seconds(-30) };
        let a = apply(&base, &edits_a, "a", start);
        let b = apply(&base, &edits_b, "b", start + offset);

        let ab = merged(Some(&base), &a, &b);
        let ba = merged(Some(&base), &b, &a);
        prop_assert_eq!(&ab.journal, &ba.journal, "merge(a, b) differs from merge(b, a)");

        // With itself, or with an unchanged other side, a journal stays as it is.
        prop_assert_eq!(&merged(Some(&base), &a, &a).journal, &a.journal);
        let unchanged = Side { journal: base.clone(), deleted: Tombstones::default(), words: Vec::new() };
        prop_assert_eq!(&merged(Some(&base), &a, &unchanged).journal, &a.journal);

        // Merging again changes nothing more.
        let again = Side { journal: ab.journal.clone(), deleted: ab.deleted.clone(), words: Vec::new() };
        prop_assert_eq!(&merged(Some(&base), &again, &b).journal, &ab.journal);
        prop_assert_eq!(&merged(Some(&b.journal), &again, &b).journal, &ab.journal);

        // Every word either side wrote (into an entry it did not delete itself) is there.
        let text = text_of(&ab.journal);
        for (word, _) in a.words.iter().chain(&b.words) {
            prop_assert!(text.contains(word.as_str()), "{} is missing", word);
        }
    }

    #[test]
    fn without_a_base_the_tombstones_decide(
        edits_a in proptest::collection::vec(edit(), 0..14),
        edits_b in proptest::collection::vec(edit(), 0..14),
    ) {
        // A conflict copy has no known base: the merge must still be symmetric and keep
        // every word, and an entry deleted on one side and left alone on the other stays
        // deleted.
        let base = base();
        let start = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let a = apply(&base, &edits_a, "a", start);
        let b = apply(&base, &edits_b, "b", start + Duration::seconds(30));
        let ab = merged(None, &a, &b);
        let ba = merged(None, &b, &a);
        prop_assert_eq!(&ab.journal, &ba.journal);
        // Without a base, a deletion made after an edit (by time) wins; every other word stays.
        let text = text_of(&ab.journal);
        let deleted_by = |side: &Side, entry: &str| {
            side.deleted.to_list().iter().any(|tombstone| match tombstone.id {
                sync::EntryId::CheckIn(id) => id.to_string() == entry,
                sync::EntryId::Setback(id) => id.to_string() == entry,
                sync::EntryId::Skill(id) => id.to_string() == entry,
                sync::EntryId::Experiment(id) => id.to_string() == entry,
                sync::EntryId::Review(id) => id.to_string() == entry,
            })
        };
        let kept_words = a
            .words
            .iter()
            .filter(|(_, entry)| !deleted_by(&b, entry))
            .chain(b.words.iter().filter(|(_, entry)| !deleted_by(&a, entry)));
        for (word, _) in kept_words {
            prop_assert!(text.contains(word.as_str()), "{} is missing", word);
        }
        for setback in base.setbacks() {
            let gone_in_a = a.journal.setback(setback.id).is_none();
            // An experiment of it changed or made on b brings it back (the edit outlives the
            // deletion), so only a setback whose experiments b left alone must stay deleted.
            let experiments_of = |journal: &Journal| -> Vec<Experiment> {
                journal.experiments_of_setback(setback.id).cloned().collect()
            };
            let untouched_in_b = b.journal.setback(setback.id) == Some(setback)
                && experiments_of(&b.journal) == experiments_of(&base);
            if gone_in_a && untouched_in_b {
                prop_assert!(ab.journal.setback(setback.id).is_none(), "{} came back", setback.title);
            }
        }
    }
}

#[test]
fn the_same_day_checked_in_on_both_computers_becomes_one_check_in_with_both_notes() {
    let base = base();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let at =
        |minute: i64| DateTime::from_timestamp(1_800_000_000 + minute * 60, 0).unwrap_or_default();
    let side = |note: &str, mood: Option<u8>, resilience: Option<u8>, seed: u8, minute: i64| {
        let mut parts = base.to_parts();
        parts.check_ins.push(CheckIn {
            id: CheckInId::from_seed_bytes([seed; 16]),
            date: day,
            ratings: Ratings {
                mood: mood.and_then(|value| Rating::try_from(value).ok()),
                resilience: resilience.and_then(|value| Rating::try_from(value).ok()),
                growth_mindset: None,
            },
            note: note.to_owned(),
            tags: vec![format!("tag{seed}")],
            created_at: at(minute),
            updated_at: at(minute),
        });
        Side {
            journal: Journal::from_parts(parts).unwrap_or_else(|error| panic!("{error}")),
            deleted: Tombstones::default(),
            words: Vec::new(),
        }
    };
    let laptop = side(
        "Presented to the board on the laptop.",
        Some(4),
        None,
        1,
        10,
    );
    let desktop = side(
        "Evening walk, wrote from the desktop.",
        Some(7),
        Some(6),
        2,
        20,
    );
    let merged = merged(Some(&base), &laptop, &desktop);
    let check_in = merged
        .journal
        .check_in(day)
        .unwrap_or_else(|| panic!("the day's check-in is gone"));
    assert!(
        check_in.note.contains("Presented to the board"),
        "{}",
        check_in.note
    );
    assert!(check_in.note.contains("Evening walk"), "{}", check_in.note);
    assert!(
        check_in.note.contains("— from the other computer, "),
        "{}",
        check_in.note
    );
    // The later one's mood; the resilience only one side gave; both tags.
    assert_eq!(check_in.ratings.mood.map(Rating::get), Some(7));
    assert_eq!(check_in.ratings.resilience.map(Rating::get), Some(6));
    assert_eq!(check_in.tags, ["tag2", "tag1"]);
    assert_eq!(merged.kept_both, 1);
    assert_eq!(merged.changes.changed.check_ins, 1, "{:?}", merged.changes);
}

#[test]
fn an_edit_outlives_a_deletion_made_on_the_other_computer() {
    let base = base();
    let Some(setback) = base.setbacks().last().cloned() else {
        panic!("the base has no setback");
    };
    let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
    let mut deleting = base.to_parts();
    deleting.setbacks.retain(|other| other.id != setback.id);
    deleting
        .experiments
        .retain(|experiment| experiment.setback != setback.id);
    let mut deleted = Tombstones::default();
    deleted.insert(sync::EntryId::Setback(setback.id), at);
    // Its experiments went with it (as the app records deletions: every entry that went).
    for experiment in base.experiments_of_setback(setback.id) {
        deleted.insert(sync::EntryId::Experiment(experiment.id), at);
    }
    let deleting = Side {
        journal: Journal::from_parts(deleting).unwrap_or_else(|error| panic!("{error}")),
        deleted,
        words: Vec::new(),
    };
    let mut editing = base.to_parts();
    for other in &mut editing.setbacks {
        if other.id == setback.id {
            other
                .reflection
                .lessons
                .push("Ask for the brief in writing".to_owned());
            other.updated_at = at + Duration::minutes(5);
        }
    }
    let editing = Side {
        journal: Journal::from_parts(editing).unwrap_or_else(|error| panic!("{error}")),
        deleted: Tombstones::default(),
        words: Vec::new(),
    };
    for base in [Some(&base), None] {
        let merged = merged(base, &deleting, &editing);
        let kept = merged.journal.setback(setback.id);
        assert!(
            kept.is_some_and(|kept| kept.reflection.lessons.iter().any(|l| l.contains("brief"))),
            "the edited setback was lost (base known: {})",
            base.is_some()
        );
    }
    // Left alone on the other side, the deletion stands.
    let untouched = Side {
        journal: base.clone(),
        deleted: Tombstones::default(),
        words: Vec::new(),
    };
    for base_known in [Some(&base), None] {
        let merged = merged(base_known, &deleting, &untouched);
        assert!(merged.journal.setback(SetbackId(setback.id.0)).is_none());
    }
}

#[test]
fn a_version_that_merely_lacks_entries_deletes_nothing() {
    // A sync client put an empty or older version in place (the rest went to a conflict
    // copy, or the folder was linked again): no tombstone, so nothing is deleted.
    let base = base();
    let emptied = Side {
        journal: Journal::default(),
        deleted: Tombstones::default(),
        words: Vec::new(),
    };
    let mine = Side {
        journal: base.clone(),
        deleted: Tombstones::default(),
        words: Vec::new(),
    };
    for base_known in [Some(&base), None] {
        let merged = merged(base_known, &mine, &emptied);
        assert_eq!(merged.journal, base);
        assert!(merged.changes.is_empty(), "{:?}", merged.changes);
    }
}

#[test]
fn a_merge_that_deletes_most_of_the_journal_is_flagged() {
    let base = base();
    let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
    let mut deleted = Tombstones::default();
    for check_in in base.check_ins() {
        deleted.insert(sync::EntryId::CheckIn(check_in.id), at);
    }
    for setback in base.setbacks() {
        deleted.insert(sync::EntryId::Setback(setback.id), at);
    }
    let mut parts = base.to_parts();
    parts.check_ins.clear();
    parts.setbacks.clear();
    parts.experiments.clear();
    let emptied = Side {
        journal: Journal::from_parts(parts).unwrap_or_else(|error| panic!("{error}")),
        deleted,
        words: Vec::new(),
    };
    let mine = Side {
        journal: base.clone(),
        deleted: Tombstones::default(),
        words: Vec::new(),
    };
    let merged = merged(Some(&base), &mine, &emptied);
    assert!(merged.journal.check_ins().next().is_none());
    assert!(merged.removes_too_much(&base), "{:?}", merged.changes);
}
