//! The fields of a skill's details: name, category, first acquired and level; the setbacks it
//! came from; its level history.

use egui::{Role, WidgetInfo};

use super::SkillEditor;
use crate::app::widgets::value_cells_ui;
use crate::app::{AppCommand, theme};
use crate::i18n::DateStyle;
use crate::model::{Journal, Skill, SkillId, SkillLevel};

/// The setbacks a skill came from, each a link that opens it.
pub(super) fn came_from_ui(
    ui: &mut egui::Ui,
    journal: &Journal,
    skill: SkillId,
    commands: &mut Vec<AppCommand>,
) {
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("skills-came-from")).strong());
        let mut any = false;
        for setback in journal.setbacks_of_skill(skill) {
            any = true;
            let title = &setback.title;
            let link = ui.link(crate::t!(
                "skills-came-from-link",
                title = title.as_str(),
                date = crate::i18n::date(setback.date, DateStyle::Short)
            ));
            link.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Link,
                    true,
                    crate::t!("skills-open-setback-name", title = title.as_str()),
                )
            });
            if link
                .on_hover_text(crate::t!("skills-open-setback-hover"))
                .clicked()
            {
                commands.push(AppCommand::OpenSetback(setback.id));
            }
        }
        if !any {
            ui.label(egui::RichText::new(crate::t!("skills-came-from-none")).weak());
        }
    });
}

/// The skill's level changes, oldest first; returns the index of one the user removed.
pub(super) fn level_history_ui(ui: &mut egui::Ui, skill: &Skill, enabled: bool) -> Option<usize> {
    let mut remove = None;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("skills-level-history")).strong());
        egui::Grid::new("level_history")
            .num_columns(3)
            .spacing([24.0, 4.0])
            .show(ui, |ui| {
                let removable = enabled && skill.level_history.len() > 1;
                for (index, change) in skill.level_history.iter().enumerate() {
                    ui.label(crate::i18n::date(change.date, DateStyle::Short));
                    ui.label(crate::t!("skills-level-value", level = change.level.get()));
                    let button = ui.add_enabled(removable, egui::Button::new("×").small());
                    let label = crate::t!("skills-level-remove", date = change.date.to_string());
                    button.widget_info(|| {
                        WidgetInfo::labeled(Role::Button, removable, label.clone())
                    });
                    if button.on_hover_text(label).clicked() {
                        remove = Some(index);
                    }
                    ui.end_row();
                }
            });
    });
    remove
}

/// Name, category, first-acquired date and level of a skill. Returns whether name or category
/// changed, and the level clicked (recorded as of today).
pub(super) fn fields_ui(
    ui: &mut egui::Ui,
    editor: &mut SkillEditor,
    skill: &Skill,
    first_acquired: &str,
    enabled: bool,
) -> (bool, bool, Option<u8>) {
    let dark = ui.visuals().dark_mode;
    let mut name_changed = false;
    let mut changed = false;
    let mut level = None;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        egui::Grid::new("skill_details_grid")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(crate::t!("skills-field-name"));
                let name = egui::TextEdit::singleline(&mut editor.name)
                    .id_salt("skill_name")
                    .desired_width(280.0);
                name_changed |= ui
                    .add_enabled(enabled, name)
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
                let label = ui.label(crate::t!("skills-field-category"));
                let category = egui::TextEdit::singleline(&mut editor.category)
                    .id_salt("skill_category")
                    .hint_text(crate::t!("skills-category-hint"))
                    .desired_width(280.0);
                changed |= ui
                    .add_enabled(enabled, category)
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
                ui.label(crate::t!("skills-first-acquired"));
                ui.label(first_acquired)
                    .on_hover_text(crate::t!("skills-first-acquired-hover"));
                ui.end_row();
                let level_label = crate::t!("skills-field-level");
                ui.label(level_label.as_str());
                ui.horizontal(|ui| {
                    let current = skill.current_level().map(SkillLevel::get);
                    let range = SkillLevel::MIN..=SkillLevel::MAX;
                    level = value_cells_ui(
                        ui,
                        &level_label,
                        range,
                        current,
                        theme::gold(dark),
                        enabled,
                    );
                    ui.label(
                        egui::RichText::new(crate::t!("skills-level-scale"))
                            .weak()
                            .small(),
                    );
                });
                ui.end_row();
            });
        theme::problem_ui(ui, editor.problem.as_deref());
    });
    (name_changed, changed, level)
}
