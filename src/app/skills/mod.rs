//! The Skills screen (SPEC §2.3): every skill with its level, the day it was first acquired and
//! the setbacks it came from; level history, notes, renaming and merging.

mod fields;

use super::unsettled::{FieldKey, Unsettled};
use super::widgets::{Answer, ListRow, Question, confirm_pending, confirm_ui, list_row_ui};
use super::{AppCommand, shortcuts, theme};
use crate::clock::Clock;
use crate::history::Change;
use crate::i18n::DateStyle;
use crate::model::{Journal, Scope, Skill, SkillId, SkillLevel, ValidationError};
use crate::session::{ChangeError, JournalSession, Reach};
use fields::{came_from_ui, fields_ui, level_history_ui};

/// Width of the list beside the details.
const LIST_WIDTH: f32 = 340.0;

/// What the Skills screen remembers between frames.
#[derive(Debug, Default)]
pub struct SkillsScreen {
    search: String,
    editor: Option<SkillEditor>,
    confirm_delete: Option<(SkillId, String)>,
    /// A rename that clashed with another skill: merge `from` into `into`?
    merge_offer: Option<MergeOffer>,
}

#[derive(Debug, Clone)]
struct MergeOffer {
    from: SkillId,
    from_name: String,
    into: SkillId,
    into_name: String,
}

/// The skill being edited; name, category and notes are kept here until they are valid.
#[derive(Debug)]
struct SkillEditor {
    id: SkillId,
    revision: u64,
    name: String,
    category: String,
    notes: String,
    problem: Option<String>,
}

impl SkillEditor {
    /// The editor on a skill, with its name as kept when the journal could not take it.
    fn load(journal: &Journal, id: SkillId, revision: u64, unsettled: &Unsettled) -> Option<Self> {
        let skill = journal.skill(id)?;
        let kept = unsettled.get(FieldKey::SkillName(id));
        Some(Self {
            id,
            revision,
            name: kept.map_or_else(|| skill.name.clone(), |kept| kept.text.clone()),
            category: skill.category.clone(),
            notes: skill.notes.clone(),
            problem: kept.map(|kept| kept.problem.clone()),
        })
    }
}

impl SkillsScreen {
    /// Shows a skill's details.
    pub fn open(&mut self, id: SkillId, journal: &Journal, revision: u64, unsettled: &Unsettled) {
        self.editor = SkillEditor::load(journal, id, revision, unsettled);
    }

    /// Shows the open skill as the journal and the kept fields have it now (after a kept
    /// name was discarded).
    pub fn reload(&mut self, session: &JournalSession, unsettled: &Unsettled) {
        if let Some(editor) = &self.editor {
            self.editor =
                SkillEditor::load(session.journal(), editor.id, session.revision(), unsettled);
        }
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
        commands: &mut Vec<AppCommand>,
    ) {
        if let Some(editor) = &self.editor
            && editor.revision != session.revision()
        {
            self.editor =
                SkillEditor::load(session.journal(), editor.id, session.revision(), unsettled);
        }
        let height = ui.available_height();
        ui.horizontal_top(|ui| {
            ui.allocate_ui(egui::vec2(LIST_WIDTH, height), |ui| {
                ui.vertical(|ui| {
                    self.list_ui(ui, session.journal(), session.revision(), unsettled);
                });
            });
            ui.separator();
            ui.vertical(|ui| {
                egui::ScrollArea::vertical()
                    .id_salt("skill_details")
                    .show(ui, |ui| {
                        ui.set_max_width(ui.available_width() - 14.0);
                        let region = ui.scope(|ui| {
                            self.details_ui(ui, session, clock, unsettled, commands);
                        });
                        theme::explain_read_only(region.response, session);
                    });
            });
        });
        self.dialogs_ui(ui.ctx(), session, clock, unsettled, commands);
    }

    fn list_ui(
        &mut self,
        ui: &mut egui::Ui,
        journal: &Journal,
        revision: u64,
        unsettled: &Unsettled,
    ) {
        ui.heading(crate::t!("skills-heading"));
        let label = ui.label(crate::t!("skills-search"));
        ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .id_salt("skill_search")
                .hint_text(crate::t!("skills-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let words = self.search.trim().to_lowercase();
        let mut skills: Vec<_> = journal
            .skills()
            .iter()
            .filter(|skill| {
                words.is_empty()
                    || skill.name.to_lowercase().contains(&words)
                    || skill.category.to_lowercase().contains(&words)
            })
            .collect();
        skills.sort_by_key(|skill| skill.name.to_lowercase());
        ui.label(egui::RichText::new(crate::t!("skills-count", count = skills.len())).weak());
        if journal.skills().is_empty() {
            ui.label(crate::t!("skills-empty"));
            return;
        }
        let flag = crate::t!("skills-row-flag");
        let selected = self.editor.as_ref().map(|editor| editor.id);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("skill_list")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for skill in skills {
                    let level = skill
                        .current_level()
                        .map_or("–".to_owned(), |level| level.get().to_string());
                    let since = journal.first_acquired(skill).map_or_else(
                        || crate::t!("skills-not-linked"),
                        |day| {
                            crate::t!(
                                "skills-since",
                                date = crate::i18n::date(day, DateStyle::MonthShortYear)
                            )
                        },
                    );
                    let count = journal.skill_link_count(skill.id);
                    let details = crate::t!(
                        "skills-row-details",
                        level = level,
                        since = since,
                        count = count
                    );
                    let row = ListRow {
                        title: &skill.name,
                        details: &details,
                        flag: unsettled.has_skill(skill.id).then_some(flag.as_str()),
                    };
                    let row = list_row_ui(ui, &row, None, selected == Some(skill.id), 46.0);
                    if row.clicked() {
                        clicked = Some(skill.id);
                    }
                }
            });
        if let Some(id) = clicked {
            self.open(id, journal, revision, unsettled);
        }
    }

    fn details_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
        commands: &mut Vec<AppCommand>,
    ) {
        let Some(editor) = &mut self.editor else {
            ui.add_space(theme::SECTION_GAP);
            ui.label(egui::RichText::new(crate::t!("skills-pick")).weak());
            return;
        };
        let enabled = session.is_editable();
        let Some(skill) = session.journal().skill(editor.id).cloned() else {
            return;
        };
        ui.horizontal(|ui| {
            ui.heading(&skill.name);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(enabled, egui::Button::new(crate::t!("skills-delete")))
                    .clicked()
                {
                    self.confirm_delete = Some((skill.id, skill.name.clone()));
                }
            });
        });
        let first_acquired = session
            .journal()
            .first_acquired(&skill)
            .map_or("—".to_owned(), |day| {
                crate::i18n::date(day, DateStyle::Long)
            });
        let (name_changed, details_changed, level) =
            fields_ui(ui, editor, &skill, &first_acquired, enabled);
        if let Some(level) = level {
            let level = SkillLevel::saturating(i64::from(level));
            let _ = session.change(
                Change::named(crate::t!("skills-step-level", name = skill.name.as_str())),
                &Reach::Only(Scope::skill(skill.id)),
                clock.instant(),
                |journal| journal.set_skill_level(skill.id, clock.today(), level, clock.now()),
            );
            editor.revision = session.revision();
        }
        ui.add_space(theme::GAP);
        came_from_ui(ui, session.journal(), skill.id, commands);
        ui.add_space(theme::GAP);
        if let Some(index) = level_history_ui(ui, &skill, enabled) {
            let _ = session.change(
                Change::named(crate::t!(
                    "skills-step-remove-level",
                    name = skill.name.as_str()
                )),
                &Reach::Only(Scope::skill(skill.id)),
                clock.instant(),
                |journal| journal.remove_level_change(skill.id, index, clock.now()),
            );
            editor.revision = session.revision();
        }
        ui.add_space(theme::GAP);
        let mut notes_changed = false;
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = ui.label(egui::RichText::new(crate::t!("skills-field-notes")).strong());
            notes_changed = ui
                .add_enabled(
                    enabled,
                    egui::TextEdit::multiline(&mut editor.notes)
                        .id_salt("skill_notes")
                        .hint_text(crate::t!("skills-notes-hint"))
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed();
        });
        if name_changed {
            self.apply_name(session, clock, unsettled, &skill);
        }
        if details_changed || notes_changed {
            self.apply_details(session, clock, &skill, notes_changed);
        }
    }

    /// Renames the skill when the journal takes the name; otherwise keeps the name beside its
    /// field with the problem (and, for a clash, offers to merge). Never holds back the other
    /// fields.
    fn apply_name(
        &mut self,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
        skill: &Skill,
    ) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        let name = editor.name.clone();
        let result = session.change(
            Change::merging(
                crate::t!("skills-step-typing", field = crate::t!("skills-field-name")),
                format!("skill {} name", skill.id),
            ),
            &Reach::Only(Scope::skill(skill.id)),
            clock.instant(),
            |journal| journal.rename_skill(skill.id, &name, clock.now()),
        );
        editor.revision = session.revision();
        let key = FieldKey::SkillName(skill.id);
        let problem = match result {
            Ok(_) => {
                self.merge_offer = None;
                unsettled.settle(key);
                None
            }
            Err(ChangeError::Rule(ValidationError::DuplicateSkillName(other))) => {
                if let Some(into) = session.journal().skill_named(&other) {
                    self.merge_offer = Some(MergeOffer {
                        from: skill.id,
                        from_name: skill.name.clone(),
                        into: into.id,
                        into_name: into.name.clone(),
                    });
                }
                Some(crate::t!(
                    "skills-name-taken",
                    other = other.as_str(),
                    name = skill.name.as_str()
                ))
            }
            Err(ChangeError::Rule(ValidationError::EmptySkillName)) => {
                Some(crate::t!("skills-name-missing", name = skill.name.as_str()))
            }
            Err(error) => Some(error.to_string()),
        };
        if let Some(problem) = &problem {
            unsettled.keep(key, &name, problem.clone());
        }
        editor.problem = problem;
    }

    /// Sets the category and notes, which have no rules and so never wait for the name.
    fn apply_details(
        &mut self,
        session: &mut JournalSession,
        clock: &Clock,
        skill: &Skill,
        notes_changed: bool,
    ) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        let (category, notes) = (editor.category.clone(), editor.notes.clone());
        let (field, shown) = if notes_changed {
            ("Notes", crate::t!("skills-field-notes"))
        } else {
            ("Category", crate::t!("skills-field-category"))
        };
        let _ = session.change(
            Change::merging(
                crate::t!("skills-step-typing", field = shown),
                format!("skill {} {field}", skill.id),
            ),
            &Reach::Only(Scope::skill(skill.id)),
            clock.instant(),
            |journal| journal.set_skill_details(skill.id, &category, &notes, clock.now()),
        );
        editor.revision = session.revision();
    }

    fn dialogs_ui(
        &mut self,
        ctx: &egui::Context,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
        commands: &mut Vec<AppCommand>,
    ) {
        if let Some(offer) = self.merge_offer.clone() {
            let message = crate::t!(
                "skills-merge-message",
                from = offer.from_name.as_str(),
                into = offer.into_name.as_str()
            );
            let confirm = crate::t!("skills-merge-confirm", into = offer.into_name.as_str());
            let heading = crate::t!("skills-merge-heading");
            let cancel = crate::t!("skills-merge-cancel");
            let question = Question {
                heading: &heading,
                message: &message,
                confirm: &confirm,
                cancel: &cancel,
            };
            match confirm_ui(ctx, "merge_skills", question) {
                Some(Answer::Confirmed) => {
                    let merged = session.change(
                        Change::named(crate::t!(
                            "skills-step-merge",
                            from = offer.from_name.as_str(),
                            into = offer.into_name.as_str()
                        )),
                        &Reach::Anything,
                        clock.instant(),
                        |journal| journal.merge_skills(offer.from, offer.into, clock.now()),
                    );
                    if merged.is_ok() {
                        // The clashing name is now the merged skill's own.
                        unsettled.settle(FieldKey::SkillName(offer.from));
                    }
                    self.editor = SkillEditor::load(
                        session.journal(),
                        offer.into,
                        session.revision(),
                        unsettled,
                    );
                    self.merge_offer = None;
                }
                Some(Answer::Cancelled) => self.merge_offer = None,
                None => {}
            }
        }
        if let Some((id, name)) = self.confirm_delete.clone() {
            let message = crate::t!(
                "skills-delete-message",
                name = name.as_str(),
                keys = shortcuts::keys_text(shortcuts::Action::Undo)
            );
            let heading = crate::t!("skills-delete-heading");
            let confirm = crate::t!("skills-delete-confirm");
            let cancel = crate::t!("common-cancel");
            let question = Question {
                heading: &heading,
                message: &message,
                confirm: &confirm,
                cancel: &cancel,
            };
            if confirm_pending(
                ctx,
                "confirm_delete_skill",
                &mut self.confirm_delete,
                question,
            )
            .is_some()
            {
                commands.push(AppCommand::DeleteSkill(id));
                self.editor = None;
            }
        }
    }
}
