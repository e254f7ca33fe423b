//! The entry points of the fuzz targets (`fuzz/`) and of the test that replays their corpus
//! (`tests/fuzz_corpus.rs`): each feeds arbitrary bytes to one reader of outside files, as an
//! import would, and must return — never panic, hang or allocate without bound.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, TimeZone as _, Utc};

use super::{Table, daylio, diary, jrnl, kintsugi_csv, merge, practice_csv, rednotebook};
use crate::model::{Category, Journal, NewSetback, SetbackId, Severity};

/// A fixed moment, so that a run is repeatable.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

fn table(name: &str, bytes: &[u8]) -> Option<Table> {
    Table::parse(Path::new(name), bytes).ok()
}

/// `checkins.csv` of a Kintsugi export: read, then merged into an empty journal.
pub fn kintsugi_check_ins(bytes: &[u8]) {
    if let Some(table) = table("checkins.csv", bytes) {
        let _ = kintsugi_csv::read_check_ins(&table, now());
        let _ = merge::merge_kintsugi_file(&Journal::default(), &table, now());
    }
}

/// `setbacks.csv` of a Kintsugi export: read, then merged into an empty journal.
pub fn kintsugi_setbacks(bytes: &[u8]) {
    if let Some(table) = table("setbacks.csv", bytes) {
        let _ = kintsugi_csv::read_setbacks(&table, now());
        let _ = merge::merge_kintsugi_file(&Journal::default(), &table, now());
    }
}

/// `skills.csv` of a Kintsugi export: read, then merged into an empty journal.
pub fn kintsugi_skills(bytes: &[u8]) {
    if let Some(table) = table("skills.csv", bytes) {
        let _ = kintsugi_csv::read_skills(&table, now());
        let _ = merge::merge_kintsugi_file(&Journal::default(), &table, now());
    }
}

/// The journal `experiments.csv` is merged into: one setback (id [`FUZZ_SETBACK_ID`]) with one
/// skill, so that an experiment can link something and the merge gets past the links.
pub fn experiments_base() -> Journal {
    let mut journal = Journal::default();
    let today = now().date_naive();
    let added = journal.add_setback(
        NewSetback {
            date: today - chrono::Days::new(30),
            title: "Demo went badly".to_owned(),
            category: Category::Work,
            severity: Severity::saturating(3),
            micro_failure: false,
            skill_names: vec!["Presenting".to_owned()],
        },
        today,
        now(),
    );
    let mut parts = journal.to_parts();
    if added.is_ok()
        && let Some(setback) = parts.setbacks.first_mut()
    {
        setback.id = SetbackId(FUZZ_SETBACK_ID);
    }
    Journal::from_parts(parts).unwrap_or_default()
}

/// The id of the setback of [`experiments_base`], which the seeds of `experiments.csv` link.
pub const FUZZ_SETBACK_ID: uuid::Uuid =
    uuid::Uuid::from_u128(0x6b69_6e74_7375_6769_0000_0000_0000_0001);

/// `experiments.csv` of a Kintsugi export: read, then merged into [`experiments_base`].
pub fn kintsugi_experiments(bytes: &[u8]) {
    if let Some(table) = table("experiments.csv", bytes) {
        let _ = practice_csv::read_experiments(&table, now());
        let _ = merge::merge_kintsugi_file(&experiments_base(), &table, now());
    }
}

/// `reviews.csv` of a Kintsugi export: read, then merged into an empty journal.
pub fn kintsugi_reviews(bytes: &[u8]) {
    if let Some(table) = table("reviews.csv", bytes) {
        let _ = practice_csv::read_reviews(&table, now());
        let _ = merge::merge_kintsugi_file(&Journal::default(), &table, now());
    }
}

/// A Daylio CSV export, with Daylio's default mood names: read, then merged.
pub fn daylio_export(bytes: &[u8]) {
    if let Some(table) = table("daylio_export.csv", bytes)
        && let Ok(rows) = daylio::read(&table, &BTreeMap::new(), now())
    {
        let _ = merge::merge_check_ins(&Journal::default(), rows, super::ImportFormat::Daylio);
    }
}

/// A jrnl journal, as its JSON export or as its own text file (the reader tells them apart as
/// an import does): read, then merged into an empty journal.
pub fn jrnl_journal(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(entries) = jrnl::read(Path::new("journal.txt"), text) {
        let _ = diary::merge_diary(
            &Journal::default(),
            entries,
            super::ImportFormat::Jrnl,
            now(),
        );
    }
}

/// One month file of RedNotebook's data folder (`2026-03.txt`): read, then merged into an
/// empty journal.
pub fn rednotebook_month(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(entries) = rednotebook::read_month(Path::new("2026-03.txt"), text, 2026, 3) {
        let _ = diary::merge_diary(
            &Journal::default(),
            entries,
            super::ImportFormat::RedNotebook,
            now(),
        );
    }
}
