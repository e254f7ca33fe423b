//! A year in pixels: mood per day with setbacks marked; a click opens the day.

use chrono::{Datelike, Days, NaiveDate};
use egui::{Role, WidgetInfo};

use crate::app::theme::{mood_color, mood_ink};
use crate::i18n::{self, DateStyle, Language};
use crate::model::Journal;

/// Side of one day in the heatmap, between these bounds as the width allows.
pub(super) const CELL_MIN: f32 = 11.0;

pub(super) const CELL_MAX: f32 = 22.0;

/// Mood per day of one year, and the days with setbacks, for the heatmap.
#[derive(Debug)]
pub(super) struct Heatmap {
    pub(super) revision: u64,
    pub(super) year: i32,
    pub(super) moods: Vec<Option<u8>>,
    pub(super) setbacks: Vec<Vec<String>>,
    /// Each day in words (its date, mood and setbacks), written once per change.
    pub(super) labels: Vec<String>,
    /// The language the labels are written in.
    pub(super) language: Language,
}

impl Heatmap {
    pub(super) fn compute(journal: &Journal, revision: u64, year: i32) -> Self {
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(first);
        let days = (last - first).num_days() as usize + 1;
        let mut moods = vec![None; days];
        for check_in in journal.check_ins_between(first, last) {
            if let Some(slot) = moods.get_mut((check_in.date - first).num_days() as usize) {
                *slot = check_in.ratings.mood.map(crate::model::Rating::get);
            }
        }
        let mut setbacks = vec![Vec::new(); days];
        for setback in journal.setbacks().iter().filter(|s| s.date.year() == year) {
            if let Some(slot) = setbacks.get_mut((setback.date - first).num_days() as usize) {
                slot.push(setback.title.clone());
            }
        }
        let labels = moods
            .iter()
            .zip(&setbacks)
            .enumerate()
            .map(|(index, (mood, setbacks))| {
                day_label(first + Days::new(index as u64), *mood, setbacks)
            })
            .collect();
        Self {
            revision,
            year,
            moods,
            setbacks,
            labels,
            language: i18n::language(),
        }
    }
}

/// "Monday 2 November 2026, mood 8 · setback: Late deploy".
fn day_label(day: NaiveDate, mood: Option<u8>, setbacks: &[String]) -> String {
    let mood = mood.map_or_else(
        || crate::t!("progress-heatmap-no-check-in"),
        |mood| crate::t!("progress-heatmap-mood", mood = mood),
    );
    let date = i18n::date(day, DateStyle::Full);
    match setbacks {
        [] => crate::t!("progress-heatmap-day", date = date, mood = mood),
        [title] => crate::t!(
            "progress-heatmap-day-setback",
            date = date,
            mood = mood,
            title = title.as_str()
        ),
        many => crate::t!(
            "progress-heatmap-day-setbacks",
            date = date,
            mood = mood,
            count = many.len()
        ),
    }
}

/// The year as weeks (columns) by weekdays (rows). Returns the day clicked.
pub(super) fn heatmap_grid_ui(ui: &mut egui::Ui, heatmap: &Heatmap) -> Option<NaiveDate> {
    let dark = ui.visuals().dark_mode;
    let first = NaiveDate::from_ymd_opt(heatmap.year, 1, 1)?;
    let offset = first.weekday().num_days_from_monday();
    let weeks = (offset as usize + heatmap.moods.len()).div_ceil(7);
    let label_width = 30.0;
    let cell =
        ((ui.available_width() - label_width) / weeks as f32 - 2.0).clamp(CELL_MIN, CELL_MAX);
    let size = egui::vec2(
        label_width + weeks as f32 * (cell + 2.0),
        16.0 + 7.0 * (cell + 2.0),
    );
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let weak = ui.visuals().weak_text_color();
    let small = egui::TextStyle::Small.resolve(ui.style());
    for (row, weekday) in [
        (0, chrono::Weekday::Mon),
        (2, chrono::Weekday::Wed),
        (4, chrono::Weekday::Fri),
    ] {
        let name = i18n::weekday_short_name(weekday);
        let y = rect.min.y + 16.0 + row as f32 * (cell + 2.0) + cell / 2.0;
        painter.text(
            egui::pos2(rect.min.x, y),
            egui::Align2::LEFT_CENTER,
            name,
            small.clone(),
            weak,
        );
    }
    let mut clicked = None;
    for (index, ((mood, setbacks), label)) in heatmap
        .moods
        .iter()
        .zip(&heatmap.setbacks)
        .zip(&heatmap.labels)
        .enumerate()
    {
        let day = first + Days::new(index as u64);
        let slot = offset as usize + index;
        let (column, row) = (slot / 7, slot % 7);
        let min = rect.min
            + egui::vec2(
                label_width + column as f32 * (cell + 2.0),
                16.0 + row as f32 * (cell + 2.0),
            );
        let cell = egui::Rect::from_min_size(min, egui::vec2(cell, cell));
        if day.day() == 1 {
            painter.text(
                egui::pos2(cell.min.x, rect.min.y),
                egui::Align2::LEFT_TOP,
                i18n::date(day, DateStyle::MonthShort),
                small.clone(),
                weak,
            );
        }
        let fill = mood.map_or(ui.visuals().faint_bg_color, |mood| mood_color(mood, dark));
        painter.rect_filled(cell, 2.0, fill);
        if mood.is_none() {
            painter.rect_stroke(
                cell,
                2.0,
                ui.visuals().widgets.noninteractive.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
        if !setbacks.is_empty() {
            let dot = mood.map_or(weak, |mood| mood_ink(mood, dark));
            painter.circle_filled(cell.center(), 2.5, dot);
        }
        let id = ui.scope_id().with(("heatmap_day", heatmap.year, index));
        let response = ui.interact(cell, id, egui::Sense::click());
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, label.clone()));
        if response.hovered() {
            painter.rect_stroke(
                cell,
                2.0,
                egui::Stroke::new(1.5, ui.visuals().strong_text_color()),
                egui::StrokeKind::Outside,
            );
        }
        if response.on_hover_text(label.as_str()).clicked() {
            clicked = Some(day);
        }
    }
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Color32;

    #[test]
    fn mood_colours_run_from_light_to_dark_in_the_light_theme() {
        let brightness = |c: Color32| u32::from(c.r()) + u32::from(c.g()) + u32::from(c.b());
        assert!(brightness(mood_color(1, false)) > brightness(mood_color(10, false)));
        assert!(brightness(mood_color(1, true)) < brightness(mood_color(10, true)));
    }
}
