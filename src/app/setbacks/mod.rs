//! The Setbacks screen (SPEC §2.2): a searchable, filterable list beside an editor for the
//! structured reflection — what happened, contributing factors, feedback, lessons and the
//! skills a setback taught. The list and its filter are here; the editor's state and how it
//! reaches the journal are in `editor`, its fields in `fields`.

mod editor;
mod fields;
mod practice;

use chrono::NaiveDate;
use egui::{Role, WidgetInfo};

use super::unsettled::Unsettled;
use super::widgets::{ListRow, Question, confirm_pending, list_row_ui};
use super::{AppCommand, shortcuts, theme};
use crate::clock::Clock;
use crate::i18n::DateStyle;
use crate::model::{Category, Journal, Setback, SetbackId, SkillId};
pub use crate::model::{SetbackFilter, StatusKind};
use crate::session::JournalSession;
use editor::{SetbackEditor, apply};
use fields::{basics_ui, reflection_ui, skills_ui};

/// Width of the list beside the editor.
const LIST_WIDTH: f32 = 360.0;
/// Height of one row of the list.
const ROW_HEIGHT: f32 = 52.0;

/// The list's contents, recomputed when the journal or the filter changes.
#[derive(Debug)]
struct FilteredList {
    revision: u64,
    filter: SetbackFilter,
    ids: Vec<SetbackId>,
}

/// What the Setbacks screen remembers between frames.
#[derive(Debug, Default)]
pub struct SetbacksScreen {
    filter: SetbackFilter,
    list: Option<FilteredList>,
    editor: Option<SetbackEditor>,
    confirm_delete: Option<(SetbackId, String)>,
    /// A skill whose last link was just removed: keep it or delete it?
    orphaned_skill: Option<(SkillId, String)>,
    /// An experiment of the open setback being answered.
    answering: Option<crate::app::practice::AnswerForm>,
    /// The open setback's factors that came up before, for the journal revision computed at.
    echoes: Option<FactorEchoes>,
}

/// A setback's contributing factors that came up in earlier setbacks, with how many, and the
/// journal revision and setback they were computed for.
type FactorEchoes = (u64, SetbackId, Vec<(String, usize)>);

impl SetbacksScreen {
    /// Opens a setback in the editor, first settling what was half-typed in the one before.
    pub fn open(
        &mut self,
        id: SetbackId,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
    ) {
        self.settle(session, clock, unsettled);
        if let Some(setback) = session.journal().setback(id) {
            self.editor = Some(SetbackEditor::for_setback(
                setback,
                session.revision(),
                unsettled,
            ));
        }
    }

    /// Starts a new setback dated `date`, with the title focused.
    pub fn start_new(
        &mut self,
        date: NaiveDate,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
    ) {
        self.settle(session, clock, unsettled);
        self.editor = Some(SetbackEditor::new_setback(
            date.min(clock.today()),
            clock,
            session.revision(),
        ));
    }

    /// Closes the editor, keeping what was half-typed in it.
    pub fn close_editor(
        &mut self,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
    ) {
        self.settle(session, clock, unsettled);
        self.editor = None;
    }

    /// Adds half-typed list items to the open setback and keeps its half-typed searches, as
    /// when focus leaves them: before another entry, screen or journal is shown, and on quit.
    pub fn settle(
        &mut self,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
    ) {
        if let Some(editor) = &mut self.editor {
            editor.settle_half_typed(session, clock, unsettled);
        }
    }

    /// Shows the open setback as the journal and the kept fields have it now (after a kept
    /// field was discarded).
    pub fn reload(&mut self, session: &JournalSession, unsettled: &Unsettled) {
        let Some(editor) = &self.editor else { return };
        if let Some(setback) = session.journal().setback(editor.id()) {
            self.editor = Some(SetbackEditor::for_setback(
                setback,
                session.revision(),
                unsettled,
            ));
        }
    }

    /// Shows the list through `filter` (e.g. the setbacks listing one recurring factor).
    pub fn show_filter(&mut self, filter: SetbackFilter) {
        self.filter = filter;
    }

    /// Lists only the setbacks of one category (a figure on another screen was clicked).
    pub fn show_category(&mut self, category: Category) {
        self.filter = SetbackFilter {
            category: Some(category),
            ..SetbackFilter::default()
        };
    }

    /// The id of the setback in the editor.
    pub fn open_setback(&self) -> Option<SetbackId> {
        self.editor.as_ref().map(SetbackEditor::id)
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
        if ui.input_mut(|input| shortcuts::pressed(input, shortcuts::Action::NewSetback))
            && session.is_editable()
        {
            self.start_new(clock.today(), session, clock, unsettled);
        }
        self.follow_journal(session, unsettled);
        let height = ui.available_height();
        ui.horizontal_top(|ui| {
            ui.allocate_ui(egui::vec2(LIST_WIDTH, height), |ui| {
                ui.vertical(|ui| self.list_ui(ui, session, clock, unsettled));
            });
            ui.separator();
            ui.vertical(|ui| {
                egui::ScrollArea::vertical()
                    .id_salt("setback_editor")
                    .show(ui, |ui| {
                        // Keep clear of the scroll bar.
                        ui.set_max_width(ui.available_width() - 14.0);
                        let region = ui.scope(|ui| {
                            self.editor_ui(ui, session, clock, unsettled, commands);
                        });
                        theme::explain_read_only(region.response, session);
                    });
            });
        });
        self.dialogs_ui(ui.ctx(), commands);
    }

    /// Reloads the editor when the journal changed elsewhere (an undo, another screen),
    /// keeping the texts of fields the journal does not hold.
    fn follow_journal(&mut self, session: &JournalSession, unsettled: &Unsettled) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if editor.revision == session.revision() {
            return;
        }
        match session.journal().setback(editor.id()) {
            Some(setback) => {
                let mut reloaded =
                    SetbackEditor::for_setback(setback, session.revision(), unsettled);
                reloaded.focus_title = editor.focus_title;
                reloaded.new_factor = std::mem::take(&mut editor.new_factor);
                reloaded.new_lesson = std::mem::take(&mut editor.new_lesson);
                reloaded.new_category = std::mem::take(&mut editor.new_category);
                reloaded.skill_query = std::mem::take(&mut editor.skill_query);
                *editor = reloaded;
            }
            None if editor.in_journal => self.editor = None,
            None => editor.revision = session.revision(),
        }
    }

    fn list_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
    ) {
        let mut new_clicked = false;
        ui.horizontal(|ui| {
            ui.heading(crate::t!("setbacks-heading"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let new = ui
                    .add_enabled(
                        session.is_editable(),
                        egui::Button::new(crate::t!("setbacks-new-button")),
                    )
                    .on_hover_text(theme::editable_hint(
                        session,
                        &crate::t!(
                            "setbacks-new-hover",
                            keys = shortcuts::keys_text(shortcuts::Action::NewSetback)
                        ),
                    ));
                new_clicked = new.clicked();
            });
        });
        if new_clicked {
            self.start_new(clock.today(), session, clock, unsettled);
        }
        let clicked = self.rows_ui(ui, session.journal(), session.revision(), unsettled);
        if let Some(id) = clicked {
            self.open(id, session, clock, unsettled);
        }
    }

    /// The filter and the rows; returns the setback whose row was clicked.
    fn rows_ui(
        &mut self,
        ui: &mut egui::Ui,
        journal: &Journal,
        revision: u64,
        unsettled: &Unsettled,
    ) -> Option<SetbackId> {
        self.filter_ui(ui, journal);
        let stale = self
            .list
            .as_ref()
            .is_none_or(|list| list.revision != revision || list.filter != self.filter);
        if stale {
            let ids = journal
                .setbacks()
                .iter()
                .rev()
                .filter(|s| self.filter.matches(s))
                .map(|s| s.id)
                .collect();
            self.list = Some(FilteredList {
                revision,
                filter: self.filter.clone(),
                ids,
            });
        }
        let list = self.list.as_ref()?;
        let total = journal.setbacks().len();
        let shown = list.ids.len();
        let summary = if shown == total {
            crate::t!("setbacks-count", count = total)
        } else {
            crate::t!("setbacks-count-filtered", shown = shown, count = total)
        };
        ui.label(egui::RichText::new(summary).weak());
        if total == 0 {
            ui.label(crate::t!("setbacks-empty"));
            return None;
        }
        if shown == 0 {
            ui.label(crate::t!("setbacks-none-match"));
            return None;
        }
        let selected = self.editor.as_ref().map(SetbackEditor::id);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("setback_list")
            .auto_shrink([false, false])
            .show_rows(ui, ROW_HEIGHT, shown, |ui, rows| {
                for id in list.ids.get(rows).unwrap_or_default() {
                    let Some(setback) = journal.setback(*id) else {
                        continue;
                    };
                    let marked = unsettled.has_setback(*id);
                    if setback_row_ui(ui, setback, selected == Some(*id), marked).clicked() {
                        clicked = Some(*id);
                    }
                }
            });
        clicked
    }

    fn filter_ui(&mut self, ui: &mut egui::Ui, journal: &Journal) {
        let label = ui.label(crate::t!("setbacks-search"));
        ui.add(
            egui::TextEdit::singleline(&mut self.filter.text)
                .id_salt("setback_search")
                .hint_text(crate::t!("setbacks-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.horizontal_wrapped(|ui| {
            let all_categories = crate::t!("setbacks-all-categories");
            let category_text = self
                .filter
                .category
                .as_ref()
                .map_or_else(|| all_categories.clone(), Category::label);
            egui::ComboBox::from_id_salt("category_filter")
                .selected_text(category_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.category, None, all_categories);
                    for category in journal.categories() {
                        let name = category.label();
                        ui.selectable_value(&mut self.filter.category, Some(category), name);
                    }
                })
                .response
                .widget_info(|| {
                    WidgetInfo::labeled(Role::ComboBox, true, crate::t!("setbacks-category-filter"))
                });
            let any_status = crate::t!("setbacks-any-status");
            let status_text = self
                .filter
                .status
                .map_or_else(|| any_status.clone(), status_label);
            egui::ComboBox::from_id_salt("status_filter")
                .selected_text(status_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.status, None, any_status);
                    for status in StatusKind::ALL {
                        ui.selectable_value(
                            &mut self.filter.status,
                            Some(status),
                            status_label(status),
                        );
                    }
                })
                .response
                .widget_info(|| {
                    WidgetInfo::labeled(Role::ComboBox, true, crate::t!("setbacks-status-filter"))
                });
            ui.checkbox(
                &mut self.filter.micro_only,
                crate::t!("setbacks-micro-only"),
            );
            if let Some(factor) = self.filter.factor.clone() {
                let chip = ui
                    .button(crate::t!("setbacks-factor-chip", factor = factor.clone()))
                    .on_hover_text(crate::t!("setbacks-factor-chip-hover"));
                chip.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::Button,
                        true,
                        crate::t!("setbacks-factor-chip-name", factor = factor.clone()),
                    )
                });
                if chip.clicked() {
                    self.filter.factor = None;
                }
            }
            if self.filter != SetbackFilter::default()
                && ui
                    .small_button(crate::t!("setbacks-clear-filters"))
                    .clicked()
            {
                self.filter = SetbackFilter::default();
            }
        });
    }

    fn editor_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
        commands: &mut Vec<AppCommand>,
    ) {
        let Some(editor) = &mut self.editor else {
            ui.add_space(theme::SECTION_GAP);
            ui.label(egui::RichText::new(crate::t!("setbacks-pick")).weak());
            ui.label(egui::RichText::new(crate::t!("setbacks-pick-explanation")).weak());
            return;
        };
        let enabled = session.is_editable();
        let mut changed = false;

        ui.horizontal(|ui| {
            let heading = if editor.in_journal {
                crate::t!("setbacks-editor-heading")
            } else {
                crate::t!("setbacks-editor-heading-new")
            };
            ui.heading(heading);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if editor.in_journal
                    && ui
                        .add_enabled(enabled, egui::Button::new(crate::t!("setbacks-delete")))
                        .clicked()
                {
                    self.confirm_delete = Some((editor.id(), editor.draft.title.clone()));
                }
                if ui
                    .button(crate::t!("common-close"))
                    .on_hover_text(crate::t!("setbacks-close-hover"))
                    .clicked()
                {
                    commands.push(AppCommand::CloseSetbackEditor);
                }
            });
        });
        if !editor.in_journal {
            ui.label(egui::RichText::new(crate::t!("setbacks-new-explanation")).weak());
        }

        changed |= basics_ui(ui, editor, session.journal(), clock, unsettled, enabled);

        ui.add_space(theme::GAP);
        changed |= reflection_ui(ui, editor, enabled);
        ui.add_space(theme::GAP);
        let mut orphaned = None;
        changed |= skills_ui(
            ui,
            editor,
            session,
            clock,
            unsettled,
            enabled,
            &mut orphaned,
        );
        theme::problem_ui(ui, editor.other_problem.as_deref());

        if changed {
            apply(editor, session, clock, unsettled);
        }
        if let Some(saved) = session.journal().setback(editor.id()) {
            let revision = session.revision();
            let fresh = self
                .echoes
                .as_ref()
                .is_some_and(|(at, id, _)| *at == revision && *id == saved.id);
            if !fresh {
                let echoes = crate::insights::factor_echoes(session.journal(), saved);
                self.echoes = Some((revision, saved.id, echoes));
            }
            let echoes = self
                .echoes
                .as_ref()
                .map_or(&[][..], |(_, _, echoes)| echoes);
            ui.add_space(theme::GAP);
            practice::practice_ui(
                ui,
                practice::Card {
                    setback: saved,
                    journal: session.journal(),
                    echoes,
                    today: clock.today(),
                    enabled,
                },
                &mut self.answering,
                commands,
            );
        }
        if let Some(orphan) = orphaned {
            self.orphaned_skill = Some(orphan);
        }
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        if let Some((id, title)) = self.confirm_delete.clone() {
            let message = crate::t!(
                "setbacks-delete-message",
                title = title,
                keys = shortcuts::keys_text(shortcuts::Action::Undo)
            );
            let heading = crate::t!("setbacks-delete-heading");
            let confirm = crate::t!("setbacks-delete-confirm");
            let cancel = crate::t!("common-cancel");
            let question = Question {
                heading: &heading,
                message: &message,
                confirm: &confirm,
                cancel: &cancel,
            };
            if confirm_pending(
                ctx,
                "confirm_delete_setback",
                &mut self.confirm_delete,
                question,
            )
            .is_some()
            {
                commands.push(AppCommand::DeleteSetback(id));
                self.editor = None;
            }
        }
        if let Some((id, name)) = self.orphaned_skill.clone() {
            let modal = egui::Modal::new(egui::Id::unique("orphaned_skill")).show(ctx, |ui| {
                ui.heading(crate::t!("setbacks-orphan-heading"));
                ui.label(crate::t!("setbacks-orphan-message", name = name.clone()));
                ui.add_space(theme::GAP);
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("setbacks-orphan-keep")).clicked() {
                        self.orphaned_skill = None;
                    }
                    if ui.button(crate::t!("setbacks-orphan-delete")).clicked() {
                        commands.push(AppCommand::DeleteSkill(id));
                        self.orphaned_skill = None;
                    }
                });
            });
            if modal.should_close() {
                self.orphaned_skill = None;
            }
        }
    }
}

/// A status kind's name on screen, in the reader's language.
pub(super) fn status_label(kind: StatusKind) -> String {
    match kind {
        StatusKind::Open => crate::t!("setbacks-status-open"),
        StatusKind::Reflected => crate::t!("setbacks-status-reflected"),
        StatusKind::Recovered => crate::t!("setbacks-status-recovered"),
    }
}

/// One row of the list: category colour, title, and date · category · severity · micro mark;
/// `marked` when a field of the setback holds text the journal does not have yet.
fn setback_row_ui(
    ui: &mut egui::Ui,
    setback: &Setback,
    selected: bool,
    marked: bool,
) -> egui::Response {
    let details = crate::t!(
        "setbacks-row-details",
        date = crate::i18n::date(setback.date, DateStyle::Short),
        category = setback.category.label(),
        severity = setback.severity.get(),
        micro = if setback.micro_failure { "yes" } else { "no" },
        status = status_label(StatusKind::of(setback.status))
    );
    let flag = crate::t!("setbacks-row-flag");
    let accent = theme::category_color(&setback.category, ui.visuals().dark_mode);
    let row = ListRow {
        title: &setback.title,
        details: &details,
        flag: marked.then_some(flag.as_str()),
    };
    list_row_ui(ui, &row, Some(accent), selected, ROW_HEIGHT - 4.0)
}

#[cfg(test)]
mod tests {
    use super::fields::skill_suggestions;
    use super::*;
    use crate::demo::{self, DemoOptions};

    #[test]
    fn skill_suggestions_put_prefix_matches_first_and_skip_linked_ones() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let journal = demo::generate(DemoOptions::ending(end, 3));
        let names = |linked: &[SkillId]| -> Vec<String> {
            skill_suggestions(&journal, "ING", linked)
                .into_iter()
                .map(|(_, name)| name)
                .collect()
        };
        let all = names(&[]);
        assert!(all.len() <= 6 && !all.is_empty());
        assert!(all.iter().all(|name| name.to_lowercase().contains("ing")));
        let first = journal.skill_named(&all[0]).unwrap().id;
        assert!(!names(&[first]).contains(&all[0]));
        let prefixed = skill_suggestions(&journal, "neg", &[]);
        assert_eq!(
            prefixed.first().map(|(_, name)| name.as_str()),
            Some("Negotiation")
        );
    }
}
