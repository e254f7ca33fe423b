//! Progress's two cards about lessons into practice (SPEC §3.3): the causes that recur across
//! the range's setbacks, each opening the setbacks it names, and how many lessons became
//! experiments that were tried. Both read the range's stats, computed once per change.

use super::ProgressData;
use crate::app::practice::PracticeCommand;
use crate::app::{AppCommand, theme};

/// How many recurring causes the card lists.
const FACTORS_SHOWN: usize = 5;

/// Draws the two cards.
pub(super) fn practice_cards_ui(
    ui: &mut egui::Ui,
    data: &ProgressData,
    commands: &mut Vec<AppCommand>,
) {
    let stats = &data.stats;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Recurring causes").strong())
            .on_hover_text("Contributing factors written on two or more of the range's setbacks, compared without case, accents, punctuation or a plural s.");
        if stats.recurring_factors.is_empty() {
            ui.label(
                egui::RichText::new(
                    "No contributing factor comes up twice in this range. Factors you list on setbacks are compared here.",
                )
                .weak(),
            );
        }
        for factor in stats.recurring_factors.iter().take(FACTORS_SHOWN) {
            ui.add_space(theme::GAP / 2.0);
            let link = ui
                .link(egui::RichText::new(&factor.factor).strong())
                .on_hover_text("Show the setbacks that list it");
            if link.clicked() {
                commands.push(AppCommand::Practice(PracticeCommand::ShowSetbacksWithFactor(
                    factor.factor.clone(),
                )));
            }
            ui.label(
                egui::RichText::new(format!(
                    "in {} setbacks since {} ({})",
                    factor.setbacks,
                    factor.first.format("%-d %b %Y"),
                    factor.categories_in_words()
                ))
                .weak(),
            );
        }
        let more = stats.recurring_factors.len().saturating_sub(FACTORS_SHOWN);
        if more > 0 {
            ui.label(egui::RichText::new(format!("and {more} more")).weak());
        }
    });
    ui.add_space(theme::GAP);
    let practice = &stats.lessons_into_practice;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Lessons into practice").strong())
            .on_hover_text("Experiments made from lessons in this range, and whether they were tried.");
        let figure = |ui: &mut egui::Ui, name: &str, value: String, why: &str| {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(format!("{name}:")).weak())
                    .on_hover_text(why);
                ui.label(value);
            });
        };
        figure(
            ui,
            "Experiments planned",
            practice.experiments_planned.to_string(),
            "Experiments made in this range.",
        );
        figure(
            ui,
            "Tried",
            format!(
                "{} — {} worked, {} partly, {} didn't",
                practice.tried(),
                practice.tried_worked,
                practice.tried_partly,
                practice.tried_didnt
            ),
            "Experiments tried in this range, by how it went.",
        );
        figure(
            ui,
            "Dropped",
            practice.dropped.to_string(),
            "Experiments given up in this range.",
        );
        figure(
            ui,
            "Days to first try",
            practice
                .median_days_to_first_try
                .map_or_else(|| "–".to_owned(), |days| format!("{days:.1} (median)")),
            "Median, over the range's setbacks with a tried experiment, of the days from the setback to its first try.",
        );
        figure(
            ui,
            "Setbacks put into practice",
            practice.setbacks_put_into_practice.map_or_else(
                || "–".to_owned(),
                |share| format!("{:.0} % of {}", share * 100.0, stats.setbacks),
            ),
            "The share of the range's setbacks with at least one experiment tried.",
        );
    });
}
