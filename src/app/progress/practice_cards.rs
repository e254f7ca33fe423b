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
        ui.label(egui::RichText::new(crate::t!("progress-recurring-causes")).strong())
            .on_hover_text(crate::t!("progress-recurring-causes-help"));
        if stats.recurring_factors.is_empty() {
            ui.label(egui::RichText::new(crate::t!("progress-recurring-causes-none")).weak());
        }
        for factor in stats.recurring_factors.iter().take(FACTORS_SHOWN) {
            ui.add_space(theme::GAP / 2.0);
            let link = ui
                .link(egui::RichText::new(&factor.factor).strong())
                .on_hover_text(crate::t!("progress-factor-link-help"));
            if link.clicked() {
                commands.push(AppCommand::Practice(
                    PracticeCommand::ShowSetbacksWithFactor(factor.factor.clone()),
                ));
            }
            ui.label(
                egui::RichText::new(crate::t!(
                    "progress-factor-figures",
                    count = factor.setbacks,
                    date = crate::i18n::date(factor.first, crate::i18n::DateStyle::Short),
                    categories = factor.categories_in_words()
                ))
                .weak(),
            );
        }
        let more = stats.recurring_factors.len().saturating_sub(FACTORS_SHOWN);
        if more > 0 {
            ui.label(egui::RichText::new(crate::t!("progress-and-more", count = more)).weak());
        }
    });
    ui.add_space(theme::GAP);
    let practice = &stats.lessons_into_practice;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("progress-lessons")).strong())
            .on_hover_text(crate::t!("progress-lessons-help"));
        let figure = |ui: &mut egui::Ui, name: String, value: String, why: String| {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(name).weak())
                    .on_hover_text(why);
                ui.label(value);
            });
        };
        figure(
            ui,
            crate::t!("progress-experiments-planned"),
            practice.experiments_planned.to_string(),
            crate::t!("progress-experiments-planned-help"),
        );
        figure(
            ui,
            crate::t!("progress-tried"),
            crate::t!(
                "progress-tried-figures",
                count = practice.tried(),
                worked = practice.tried_worked,
                partly = practice.tried_partly,
                didnt = practice.tried_didnt
            ),
            crate::t!("progress-tried-help"),
        );
        figure(
            ui,
            crate::t!("progress-dropped"),
            practice.dropped.to_string(),
            crate::t!("progress-dropped-help"),
        );
        figure(
            ui,
            crate::t!("progress-days-to-first-try"),
            practice.median_days_to_first_try.map_or_else(
                || "–".to_owned(),
                |days| {
                    crate::t!(
                        "progress-days-to-first-try-median",
                        days = crate::i18n::decimal(days, 1)
                    )
                },
            ),
            crate::t!("progress-days-to-first-try-help"),
        );
        figure(
            ui,
            crate::t!("progress-put-into-practice"),
            practice.setbacks_put_into_practice.map_or_else(
                || "–".to_owned(),
                |share| {
                    crate::t!(
                        "progress-put-into-practice-share",
                        percent = format!("{:.0}", share * 100.0),
                        count = stats.setbacks
                    )
                },
            ),
            crate::t!("progress-put-into-practice-help"),
        );
    });
}
