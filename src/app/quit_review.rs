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
        ui.heading(crate::t!("quit-review-heading"));
        ui.label(crate::t!("quit-review-explanation"));
        ui.add_space(theme::GAP);
        for (key, kept) in unsettled.iter() {
            theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(describe(*key, journal)).strong());
                ui.label(crate::t!("quit-kept-text", text = kept.text.trim()));
                theme::problem_ui(ui, Some(&kept.problem));
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("quit-go-to-it")).clicked() {
                        choice = Some(Review::GoTo(*key));
                    }
                    if ui.button(crate::t!("quit-discard-text")).clicked() {
                        choice = Some(Review::Discard(*key));
                    }
                });
            });
        }
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(crate::t!("quit-discard-all")).clicked() {
                choice = Some(Review::DiscardAllAndQuit);
            }
            if ui.button(crate::t!("quit-keep-working")).clicked() {
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
    let title = |id| journal.setback(id).map(|setback| setback.title.as_str());
    match key {
        FieldKey::Setback(id, field) => {
            let field = field.label();
            match title(id) {
                Some(title) => crate::t!("quit-field-of-setback", field = field, title = title),
                None => crate::t!("quit-field-of-new-setback", field = field),
            }
        }
        FieldKey::SkillSearch(id) => match title(id) {
            Some(title) => crate::t!("quit-skill-search-of-setback", title = title),
            None => crate::t!("quit-skill-search-of-new-setback"),
        },
        FieldKey::NewCategory(id) => match title(id) {
            Some(title) => crate::t!("quit-new-category-of-setback", title = title),
            None => crate::t!("quit-new-category-of-new-setback"),
        },
        FieldKey::SkillName(id) => journal.skill(id).map_or_else(
            || crate::t!("quit-skill-name-unknown"),
            |skill| crate::t!("quit-skill-name", name = skill.name.as_str()),
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
