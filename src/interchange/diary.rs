//! How diary entries from other journals (jrnl, RedNotebook) land in Kintsugi: each day becomes
//! one check-in with words and tags and no rating — nothing is invented. Several entries on a
//! day are joined in time order, each under its time and title. A day that already has a
//! check-in keeps its ratings and words and gets the imported text appended under a line
//! naming the source. An entry whose text is already in the day's note is recognised and not
//! added again, so importing the same file twice adds nothing the second time.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::merge::{ImportReport, remember_tags};
use super::note_blocks::{append_imported, holds_block};
use super::{ImportError, ImportFormat};
use crate::model::{CheckIn, CheckInId, Journal, normalized_tags};

/// One entry of a diary, as read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryEntry {
    /// The day it belongs to.
    pub date: NaiveDate,
    /// Its time of day, when the diary keeps one.
    pub time: Option<NaiveTime>,
    /// Its title (may be empty).
    pub title: String,
    /// Its text (may be empty).
    pub body: String,
    /// Its tags, without their sign.
    pub tags: Vec<String>,
    /// Marked as a favourite in the diary.
    pub starred: bool,
}

impl DiaryEntry {
    /// True when the entry has a title or a text (a time alone, or a star, is not words).
    pub fn has_words(&self) -> bool {
        !self.title.trim().is_empty() || !self.body.trim().is_empty()
    }

    /// The entry as it is written into a note: "20:00 · Title ★" over its text. The same entry
    /// always gives the same block, which is how a second import recognises it.
    pub fn block(&self) -> String {
        let mut heading = self
            .time
            .map(|time| time.format("%H:%M").to_string())
            .unwrap_or_default();
        let title = self.title.trim();
        if !title.is_empty() {
            if !heading.is_empty() {
                heading.push_str(" · ");
            }
            heading.push_str(title);
        }
        if self.starred {
            heading.push_str(" ★");
        }
        let body = self.body.trim();
        match (heading.is_empty(), body.is_empty()) {
            (true, _) => body.to_owned(),
            (false, true) => heading,
            (false, false) => format!("{heading}\n{body}"),
        }
    }
}

/// Merges diary entries into a copy of the journal, by day. The given journal is unchanged.
pub fn merge_diary(
    journal: &Journal,
    entries: Vec<DiaryEntry>,
    format: ImportFormat,
    now: DateTime<Utc>,
) -> Result<(Journal, ImportReport), ImportError> {
    let mut days: BTreeMap<NaiveDate, Vec<(usize, DiaryEntry)>> = BTreeMap::new();
    for (order, entry) in entries.into_iter().enumerate() {
        days.entry(entry.date).or_default().push((order, entry));
    }
    let mut parts = journal.to_parts();
    let mut report = ImportReport::empty(format);
    for (index, (date, mut entries)) in days.into_iter().enumerate() {
        if index % 256 == 0 {
            super::progress::check(Path::new(""))?;
        }
        entries.sort_by_key(|(order, entry)| (entry.time, *order));
        let existing = parts.check_ins.iter().position(|c| c.date == date);
        let known_note = existing
            .and_then(|index| parts.check_ins.get(index))
            .map(|c| c.note.clone())
            .unwrap_or_default();
        let mut blocks: Vec<String> = Vec::new();
        let mut tags: Vec<String> = Vec::new();
        // Entries with tags and no words (a RedNotebook day of categories only): their tags are
        // kept — a check-in may hold only tags.
        let mut tag_only = 0;
        for (_, entry) in &entries {
            if !entry.has_words() {
                if entry.tags.is_empty() {
                    report.empty += 1;
                } else {
                    tag_only += 1;
                    tags.extend(entry.tags.iter().cloned());
                }
                continue;
            }
            let block = entry.block();
            if holds_block(&known_note, &block) || blocks.contains(&block) {
                report.already_there += 1;
                continue;
            }
            blocks.push(block);
            tags.extend(entry.tags.iter().cloned());
        }
        if blocks.is_empty() && tags.is_empty() {
            continue;
        }
        let text = blocks.join("\n\n");
        if let Some(check_in) = existing.and_then(|index| parts.check_ins.get_mut(index)) {
            let merged_tags = normalized_tags(&[check_in.tags.as_slice(), &tags].concat());
            if blocks.is_empty() && merged_tags == check_in.tags {
                report.already_there += tag_only;
                continue;
            }
            if !blocks.is_empty() {
                append_imported(&mut check_in.note, &text, format);
            }
            check_in.tags = merged_tags;
            check_in.updated_at = now;
            report.extended += 1;
        } else {
            parts.check_ins.push(CheckIn {
                id: CheckInId::random(),
                date,
                ratings: crate::model::Ratings::default(),
                note: text,
                tags: normalized_tags(&tags),
                created_at: now,
                updated_at: now,
            });
            report.added.check_ins += 1;
        }
    }
    remember_tags(&mut parts);
    let journal = Journal::from_parts(parts).map_err(ImportError::Invalid)?;
    Ok((journal, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::merge::merge_into;
    use crate::model::{CheckInInput, Rating, Ratings};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn entry(
        d: u32,
        time: Option<(u32, u32)>,
        title: &str,
        body: &str,
        tags: &[&str],
    ) -> DiaryEntry {
        DiaryEntry {
            date: day(d),
            time: time.and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)),
            title: title.to_owned(),
            body: body.to_owned(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            starred: false,
        }
    }

    #[test]
    fn entries_of_a_day_join_in_time_order_with_no_rating() {
        let entries = vec![
            entry(2, Some((20, 0)), "Evening", "Calm.", &["home"]),
            entry(
                2,
                Some((8, 30)),
                "Morning",
                "Stand-up ran long.",
                &["work", "Home"],
            ),
            entry(3, None, "", "Only words.", &[]),
        ];
        let (journal, report) =
            merge_diary(&Journal::default(), entries, ImportFormat::Jrnl, Utc::now()).unwrap();
        assert_eq!((report.added.check_ins, report.extended), (2, 0));
        let check_in = journal.check_in(day(2)).unwrap();
        assert_eq!(
            check_in.note,
            "08:30 · Morning\nStand-up ran long.\n\n20:00 · Evening\nCalm."
        );
        assert_eq!(check_in.tags, vec!["work", "Home"]);
        assert!(!check_in.is_rated(), "nothing is invented");
        assert_eq!(journal.check_in(day(3)).unwrap().note, "Only words.");
    }

    #[test]
    fn a_rated_day_keeps_its_ratings_and_words_and_a_second_import_adds_nothing() {
        let mut journal = Journal::default();
        let input = CheckInInput {
            ratings: Ratings {
                mood: Rating::try_from(7).ok(),
                ..Ratings::default()
            },
            note: "Wrote this in Kintsugi.".to_owned(),
            tags: vec!["focus".to_owned()],
        };
        journal
            .upsert_check_in(day(2), &input, day(28), Utc::now())
            .unwrap();
        let entries = vec![entry(
            2,
            Some((21, 5)),
            "Late",
            "Tired but fine. ",
            &["tired"],
        )];
        let (once, report) =
            merge_diary(&journal, entries.clone(), ImportFormat::Jrnl, Utc::now()).unwrap();
        assert_eq!((report.added.check_ins, report.extended), (0, 1));
        let check_in = once.check_in(day(2)).unwrap();
        assert_eq!(check_in.ratings.mood.map(Rating::get), Some(7));
        assert_eq!(
            check_in.note,
            "Wrote this in Kintsugi.\n\n— Imported from jrnl —\n21:05 · Late\nTired but fine."
        );
        assert_eq!(check_in.tags, vec!["focus", "tired"]);

        let (twice, report) = merge_diary(&once, entries, ImportFormat::Jrnl, Utc::now()).unwrap();
        assert_eq!(twice, once, "nothing changes the second time");
        assert_eq!(
            (
                report.added.check_ins,
                report.extended,
                report.already_there
            ),
            (0, 0, 1)
        );
        assert!(report.to_string().contains("nothing new"), "{report}");

        // A later export with one more entry adds only that one, under the same source line.
        let more = vec![
            entry(2, Some((21, 5)), "Late", "Tired but fine.", &[]),
            entry(2, Some((22, 0)), "Later", "", &[]),
        ];
        let (thrice, _) = merge_diary(&twice, more, ImportFormat::Jrnl, Utc::now()).unwrap();
        let note = &thrice.check_in(day(2)).unwrap().note;
        assert!(note.ends_with("Tired but fine.\n\n22:00 · Later"), "{note}");
        assert_eq!(note.matches("Imported from jrnl").count(), 1);
    }

    fn day_with_note(note: &str) -> Journal {
        let mut journal = Journal::default();
        let input = CheckInInput {
            ratings: Ratings::default(),
            note: note.to_owned(),
            tags: vec![],
        };
        journal
            .upsert_check_in(day(5), &input, day(28), Utc::now())
            .unwrap();
        journal
    }

    #[test]
    fn an_entry_whose_words_are_only_part_of_the_note_is_imported() {
        for (note, imported) in [
            (
                "Long run. Felt calm.",
                entry(5, None, "", "Felt calm.", &["calm"]),
            ),
            (
                "08:30 · Running late",
                entry(5, Some((8, 30)), "Run", "", &[]),
            ),
            ("It looks okay to me", entry(5, None, "", "ok", &[])),
            (
                "Felt calm.\nThen a nap.",
                entry(5, None, "", "Felt calm.", &[]),
            ),
        ] {
            let (journal, report) = merge_diary(
                &day_with_note(note),
                vec![imported.clone()],
                ImportFormat::RedNotebook,
                Utc::now(),
            )
            .unwrap();
            assert_eq!(report.already_there, 0, "{note:?}");
            assert_eq!(report.extended, 1, "{note:?}");
            let merged = &journal.check_in(day(5)).unwrap().note;
            assert!(merged.ends_with(&imported.block()), "{merged}");
            assert_eq!(journal.check_in(day(5)).unwrap().tags, imported.tags);
        }
    }

    #[test]
    fn a_whole_block_is_recognised_and_a_grown_export_adds_only_the_new_entries() {
        let first = vec![
            entry(5, Some((8, 30)), "Run", "Felt calm.", &[]),
            entry(6, None, "", "Quiet day.", &[]),
        ];
        let (journal, report) = merge_diary(
            &day_with_note("Long run. Felt calm."),
            first.clone(),
            ImportFormat::Jrnl,
            Utc::now(),
        )
        .unwrap();
        assert_eq!((report.extended, report.added.check_ins), (1, 1));
        let (again, report) =
            merge_diary(&journal, first.clone(), ImportFormat::Jrnl, Utc::now()).unwrap();
        assert_eq!(report.already_there, 2);
        assert_eq!(again, journal, "the same file twice adds nothing");
        let mut grown = first;
        grown.push(entry(5, Some((20, 0)), "Evening", "Read.", &[]));
        grown.push(entry(7, None, "", "New day.", &[]));
        let (grew, report) = merge_diary(&journal, grown, ImportFormat::Jrnl, Utc::now()).unwrap();
        assert_eq!(report.already_there, 2);
        assert_eq!((report.extended, report.added.check_ins), (1, 1));
        let note = &grew.check_in(day(5)).unwrap().note;
        assert_eq!(note.matches("08:30 · Run").count(), 1, "{note}");
        assert!(note.ends_with("20:00 · Evening\nRead."), "{note}");
    }

    #[test]
    fn a_day_of_tags_only_becomes_a_check_in_with_those_tags() {
        let tags_only = entry(9, None, "", "", &["Sport", "family"]);
        let (journal, report) = merge_diary(
            &Journal::default(),
            vec![tags_only.clone()],
            ImportFormat::RedNotebook,
            Utc::now(),
        )
        .unwrap();
        assert_eq!(report.added.check_ins, 1);
        let check_in = journal.check_in(day(9)).unwrap();
        assert_eq!(check_in.tags, vec!["Sport", "family"]);
        assert_eq!(check_in.note, "");
        // Again: nothing new, and it is counted.
        let (again, report) = merge_diary(
            &journal,
            vec![tags_only],
            ImportFormat::RedNotebook,
            Utc::now(),
        )
        .unwrap();
        assert_eq!(again, journal);
        assert_eq!(report.already_there, 1);
    }

    #[test]
    fn a_day_that_gained_a_second_entry_brings_only_that_one() {
        let first = CheckIn {
            id: CheckInId::random(),
            date: day(10),
            ratings: Ratings::default(),
            note: "Morning · Slept well.".to_owned(),
            tags: vec!["sleep".to_owned()],
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let mut existing = first.clone();
        let grown = CheckIn {
            note: "Morning · Slept well.\n\nEvening · A long walk.".to_owned(),
            ..first.clone()
        };
        assert!(merge_into(&mut existing, &grown, ImportFormat::Daylio));
        assert_eq!(
            existing.note.matches("Slept well.").count(),
            1,
            "{}",
            existing.note
        );
        assert!(existing.note.ends_with("Evening · A long walk."));
        let before = existing.clone();
        assert!(!merge_into(&mut existing, &grown, ImportFormat::Daylio));
        assert_eq!(existing, before);
    }
}
