//! Quitting while a field holds text the journal could not take: the window lists those fields
//! and, for each, offers to go back to it or to discard just that field's text.

use super::unsettled::{FieldKey, Unsettled};
use super::{AppCommand, theme};
use crate::model::Journal;

/// What the user chose in the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// Show the entry that holds this field.
    GoTo(FieldKey),
    /// Forget this field's text; the journal keeps its own value.
    Discard(FieldKey),
    /// Forget every listed field's text and quit.
    DiscardAllAndQuit,
    /// Close the review and keep working.
    Cancel,
}

/// Draws the review window; returns the user's choice in this frame, if any.
pub fn review_ui(ctx: &egui::Context, unsettled: &Unsettled, journal: &Journal) -> Option<Review> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("quit_review")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading("Some text is not in your journal yet");
        ui.label(
            "These fields hold text the journal could not take. Go back to fix them, or \
             discard just that text: everything else is already saved.",
        );
        ui.add_space(theme::GAP);
        for (key, kept) in unsettled.iter() {
            theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(describe(*key, journal)).strong());
                ui.label(format!("“{}”", kept.text.trim()));
                theme::problem_ui(ui, Some(&kept.problem));
                ui.horizontal(|ui| {
                    if ui.button("Go to it").clicked() {
                        choice = Some(Review::GoTo(*key));
                    }
                    if ui.button("Discard this text").clicked() {
                        choice = Some(Review::Discard(*key));
                    }
                });
            });
        }
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button("Discard all and quit").clicked() {
                choice = Some(Review::DiscardAllAndQuit);
            }
            if ui.button("Keep working").clicked() {
                choice = Some(Review::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(Review::Cancel);
    }
    choice
}

/// The field in words: "Date of the setback “Missed the deadline”".
fn describe(key: FieldKey, journal: &Journal) -> String {
    let setback = |id| {
        journal.setback(id).map_or_else(
            || "a new setback".to_owned(),
            |s| format!("the setback “{}”", s.title),
        )
    };
    match key {
        FieldKey::Setback(id, field) => format!("{} of {}", field.label(), setback(id)),
        FieldKey::SkillSearch(id) => format!("Add a skill, on {}", setback(id)),
        FieldKey::NewCategory(id) => format!("New category, on {}", setback(id)),
        FieldKey::SkillName(id) => journal.skill(id).map_or_else(
            || "A skill's name".to_owned(),
            |skill| format!("Name of the skill “{}”", skill.name),
        ),
    }
}

/// The command that shows the entry holding `key`.
pub fn go_to_command(key: FieldKey) -> AppCommand {
    match key {
        FieldKey::Setback(id, _) | FieldKey::SkillSearch(id) | FieldKey::NewCategory(id) => {
            AppCommand::OpenSetback(id)
        }
        FieldKey::SkillName(id) => AppCommand::OpenSkill(id),
    }
}
