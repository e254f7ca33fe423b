//! The Setbacks screen (SPEC §2.2): a searchable, filterable list beside an editor for the
//! structured reflection — what happened, contributing factors, feedback, lessons and the
//! skills a setback taught.

use std::time::Instant;

use chrono::NaiveDate;
use egui::{Role, WidgetInfo};

use super::widgets::{Answer, Question, confirm_ui, list_row_ui, text_list_ui, value_cells_ui};
use super::{AppCommand, theme};
use crate::clock::Clock;
use crate::model::{
    Category, Feedback, FeedbackSource, Journal, Reflection, Setback, SetbackId, SetbackStatus,
    Severity, SkillId, ValidationError,
};
use crate::session::JournalSession;

/// Width of the list beside the editor.
const LIST_WIDTH: f32 = 360.0;
/// Height of one row of the list.
const ROW_HEIGHT: f32 = 52.0;

/// Which setbacks the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetbackFilter {
    /// Words to find in the title, reflection, lessons and feedback (case-insensitive).
    pub text: String,
    /// Only this category.
    pub category: Option<Category>,
    /// Only micro-failures.
    pub micro_only: bool,
    /// Only this status.
    pub status: Option<StatusKind>,
}

/// A setback's status without its date, for filtering and choosing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// Just logged.
    Open,
    /// Reflected upon.
    Reflected,
    /// Recovered from.
    Recovered,
}

impl StatusKind {
    const ALL: [StatusKind; 3] = [
        StatusKind::Open,
        StatusKind::Reflected,
        StatusKind::Recovered,
    ];

    fn of(status: SetbackStatus) -> Self {
        match status {
            SetbackStatus::Open => StatusKind::Open,
            SetbackStatus::Reflected => StatusKind::Reflected,
            SetbackStatus::Recovered { .. } => StatusKind::Recovered,
        }
    }

    fn label(self) -> &'static str {
        match self {
            StatusKind::Open => "Open",
            StatusKind::Reflected => "Reflected",
            StatusKind::Recovered => "Recovered",
        }
    }
}

impl SetbackFilter {
    /// True when `setback` passes every part of the filter.
    pub fn matches(&self, setback: &Setback) -> bool {
        if self.micro_only && !setback.micro_failure {
            return false;
        }
        if self
            .category
            .as_ref()
            .is_some_and(|category| *category != setback.category)
        {
            return false;
        }
        if self
            .status
            .is_some_and(|status| status != StatusKind::of(setback.status))
        {
            return false;
        }
        let words = self.text.trim().to_lowercase();
        if words.is_empty() {
            return true;
        }
        let reflection = &setback.reflection;
        let texts = [
            setback.title.as_str(),
            &reflection.what_happened,
            &reflection.do_differently,
        ]
        .into_iter()
        .chain(reflection.contributing_factors.iter().map(String::as_str))
        .chain(reflection.lessons.iter().map(String::as_str))
        .chain(
            reflection
                .feedback
                .iter()
                .map(|feedback| feedback.insight.as_str()),
        );
        let haystack: String = texts.collect::<Vec<_>>().join("\n").to_lowercase();
        words.split_whitespace().all(|word| haystack.contains(word))
    }
}

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
}

/// The setback being edited. Edits go into the journal as soon as they are valid; invalid input
/// stays here, shown with its problem, and is never lost by the journal.
#[derive(Debug)]
struct SetbackEditor {
    draft: Setback,
    in_journal: bool,
    revision: u64,
    date_text: String,
    recovered_text: String,
    new_factor: String,
    new_lesson: String,
    new_category: String,
    skill_query: String,
    problems: Problems,
    focus_title: bool,
}

#[derive(Debug, Default)]
struct Problems {
    title: Option<String>,
    date: Option<String>,
    recovered: Option<String>,
    other: Option<String>,
}

impl SetbackEditor {
    fn for_setback(setback: &Setback, revision: u64) -> Self {
        Self {
            date_text: setback.date.to_string(),
            recovered_text: match setback.status {
                SetbackStatus::Recovered { on } => on.to_string(),
                _ => String::new(),
            },
            draft: setback.clone(),
            in_journal: true,
            revision,
            new_factor: String::new(),
            new_lesson: String::new(),
            new_category: String::new(),
            skill_query: String::new(),
            problems: Problems::default(),
            focus_title: false,
        }
    }

    fn new_setback(date: NaiveDate, clock: &Clock, revision: u64) -> Self {
        let setback = Setback {
            id: SetbackId::random(),
            date,
            title: String::new(),
            category: Category::Work,
            severity: Severity::saturating(2),
            micro_failure: false,
            reflection: Reflection::default(),
            skills: Vec::new(),
            status: SetbackStatus::Open,
            created_at: clock.now(),
            updated_at: clock.now(),
        };
        let mut editor = Self::for_setback(&setback, revision);
        editor.in_journal = false;
        editor.focus_title = true;
        editor
    }
}

impl SetbacksScreen {
    /// Opens a setback in the editor.
    pub fn open(&mut self, id: SetbackId, journal: &Journal, revision: u64) {
        if let Some(setback) = journal.setback(id) {
            self.editor = Some(SetbackEditor::for_setback(setback, revision));
        }
    }

    /// Starts a new setback dated `date`, with the title focused.
    pub fn start_new(&mut self, date: NaiveDate, clock: &Clock, revision: u64) {
        self.editor = Some(SetbackEditor::new_setback(
            date.min(clock.today()),
            clock,
            revision,
        ));
    }

    /// The id of the setback in the editor.
    pub fn open_setback(&self) -> Option<SetbackId> {
        self.editor.as_ref().map(|editor| editor.draft.id)
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        clock: &Clock,
        commands: &mut Vec<AppCommand>,
    ) {
        if ui.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::N))
            && session.is_editable()
        {
            self.start_new(clock.today(), clock, session.revision());
        }
        self.follow_journal(session);
        let height = ui.available_height();
        ui.horizontal_top(|ui| {
            ui.allocate_ui(egui::vec2(LIST_WIDTH, height), |ui| {
                ui.vertical(|ui| self.list_ui(ui, session, clock));
            });
            ui.separator();
            ui.vertical(|ui| {
                egui::ScrollArea::vertical()
                    .id_salt("setback_editor")
                    .show(ui, |ui| {
                        // Keep clear of the scroll bar.
                        ui.set_max_width(ui.available_width() - 14.0);
                        self.editor_ui(ui, session, clock, commands);
                    });
            });
        });
        self.dialogs_ui(ui.ctx(), commands);
    }

    /// Reloads the editor when the journal changed elsewhere (an undo, another screen).
    fn follow_journal(&mut self, session: &JournalSession) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if editor.revision == session.revision() {
            return;
        }
        match session.journal().setback(editor.draft.id) {
            Some(setback) => {
                let focus = editor.focus_title;
                *editor = SetbackEditor::for_setback(setback, session.revision());
                editor.focus_title = focus;
            }
            None if editor.in_journal => self.editor = None,
            None => editor.revision = session.revision(),
        }
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, session: &JournalSession, clock: &Clock) {
        let journal = session.journal();
        ui.horizontal(|ui| {
            ui.heading("Setbacks");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let new = ui
                    .add_enabled(session.is_editable(), egui::Button::new("+ New setback"))
                    .on_hover_text("Log a setback for today (Ctrl+N)");
                if new.clicked() {
                    self.start_new(clock.today(), clock, session.revision());
                }
            });
        });
        self.filter_ui(ui, journal);
        let revision = session.revision();
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
        let Some(list) = &self.list else { return };
        let total = journal.setbacks().len();
        let shown = list.ids.len();
        let summary = if shown == total {
            format!("{total} setbacks")
        } else {
            format!("{shown} of {total} setbacks")
        };
        ui.label(egui::RichText::new(summary).weak());
        if total == 0 {
            ui.label("No setbacks yet. When something goes wrong — big or small — log it here and come back to reflect on it. Each one is a chance to learn.");
            return;
        }
        if shown == 0 {
            ui.label("No setback matches these filters.");
            return;
        }
        let selected = self.editor.as_ref().map(|editor| editor.draft.id);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("setback_list")
            .auto_shrink([false, false])
            .show_rows(ui, ROW_HEIGHT, shown, |ui, rows| {
                for id in list.ids.get(rows).unwrap_or_default() {
                    let Some(setback) = journal.setback(*id) else {
                        continue;
                    };
                    if setback_row_ui(ui, setback, selected == Some(*id)).clicked() {
                        clicked = Some(*id);
                    }
                }
            });
        if let Some(id) = clicked {
            self.open(id, journal, revision);
        }
    }

    fn filter_ui(&mut self, ui: &mut egui::Ui, journal: &Journal) {
        let label = ui.label("Search");
        ui.add(
            egui::TextEdit::singleline(&mut self.filter.text)
                .hint_text("words in titles, reflections, lessons")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.horizontal_wrapped(|ui| {
            let category_text = self
                .filter
                .category
                .as_ref()
                .map_or("All categories", Category::name)
                .to_owned();
            egui::ComboBox::from_id_salt("category_filter")
                .selected_text(category_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.category, None, "All categories");
                    for category in journal.categories() {
                        let name = category.name().to_owned();
                        ui.selectable_value(&mut self.filter.category, Some(category), name);
                    }
                })
                .response
                .widget_info(|| WidgetInfo::labeled(Role::ComboBox, true, "Category filter"));
            let status_text = self.filter.status.map_or("Any status", StatusKind::label);
            egui::ComboBox::from_id_salt("status_filter")
                .selected_text(status_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.status, None, "Any status");
                    for status in StatusKind::ALL {
                        ui.selectable_value(&mut self.filter.status, Some(status), status.label());
                    }
                })
                .response
                .widget_info(|| WidgetInfo::labeled(Role::ComboBox, true, "Status filter"));
            ui.checkbox(&mut self.filter.micro_only, "Micro-failures only");
            if self.filter != SetbackFilter::default() && ui.small_button("Clear filters").clicked()
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
        commands: &mut Vec<AppCommand>,
    ) {
        let Some(editor) = &mut self.editor else {
            ui.add_space(theme::SECTION_GAP);
            ui.label(egui::RichText::new("Pick a setback on the left, or log a new one.").weak());
            ui.label(egui::RichText::new("Reflect on what happened, gather feedback, and note what it taught you — the break becomes part of the story.").weak());
            return;
        };
        let enabled = session.is_editable();
        let mut changed = false;

        ui.horizontal(|ui| {
            let heading = if editor.in_journal {
                "Setback"
            } else {
                "New setback"
            };
            ui.heading(heading);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if editor.in_journal
                    && ui
                        .add_enabled(enabled, egui::Button::new("Delete…"))
                        .clicked()
                {
                    self.confirm_delete = Some((editor.draft.id, editor.draft.title.clone()));
                }
                if ui
                    .button("Close")
                    .on_hover_text("Close the editor; your changes are already kept")
                    .clicked()
                {
                    commands.push(AppCommand::CloseSetbackEditor);
                }
            });
        });
        if !editor.in_journal {
            ui.label(
                egui::RichText::new("Give it a title to save it; everything else can come later.")
                    .weak(),
            );
        }

        changed |= basics_ui(ui, editor, session.journal().categories(), clock, enabled);

        ui.add_space(theme::GAP);
        changed |= reflection_ui(ui, editor, enabled);
        ui.add_space(theme::GAP);
        let mut orphaned = None;
        changed |= skills_ui(ui, editor, session, clock, enabled, &mut orphaned);
        theme::problem_ui(ui, editor.problems.other.as_deref());

        if changed {
            apply(editor, session, clock);
        }
        if let Some(orphan) = orphaned {
            self.orphaned_skill = Some(orphan);
        }
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        if let Some((id, title)) = self.confirm_delete.clone() {
            let message = format!(
                "“{title}” and its reflection will be deleted. You can undo this with Ctrl+Z."
            );
            let question = Question {
                heading: "Delete this setback?",
                message: &message,
                confirm: "Delete setback",
                cancel: "Cancel",
            };
            match confirm_ui(ctx, "confirm_delete_setback", question) {
                Some(Answer::Confirmed) => {
                    commands.push(AppCommand::DeleteSetback(id));
                    self.confirm_delete = None;
                    self.editor = None;
                }
                Some(Answer::Cancelled) => self.confirm_delete = None,
                None => {}
            }
        }
        if let Some((id, name)) = self.orphaned_skill.clone() {
            let modal = egui::Modal::new(egui::Id::unique("orphaned_skill")).show(ctx, |ui| {
                ui.heading("Keep the skill?");
                ui.label(format!("“{name}” is no longer linked to any setback. Keep it in your skills, or delete it?"));
                ui.add_space(theme::GAP);
                ui.horizontal(|ui| {
                    if ui.button("Keep skill").clicked() {
                        self.orphaned_skill = None;
                    }
                    if ui.button("Delete skill").clicked() {
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

    /// Closes the editor.
    pub fn close_editor(&mut self) {
        self.editor = None;
    }
}

/// Title, date, category, severity, micro-failure and status.
fn basics_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    categories: Vec<Category>,
    clock: &Clock,
    enabled: bool,
) -> bool {
    let dark = ui.visuals().dark_mode;
    let mut changed = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let label = ui.label("Title");
        let title = ui.add_enabled(
            enabled,
            egui::TextEdit::singleline(&mut editor.draft.title)
                .hint_text("What went wrong, in a few words")
                .desired_width(f32::INFINITY),
        );
        let title = title.labelled_by(label.id);
        if editor.focus_title {
            title.request_focus();
            editor.focus_title = false;
        }
        changed |= title.changed();
        theme::problem_ui(ui, editor.problems.title.as_deref());

        egui::Grid::new("setback_basics").num_columns(2).spacing([16.0, 8.0]).show(ui, |ui| {
            let label = ui.label("Date");
            let date = ui.add_enabled(
                enabled,
                egui::TextEdit::singleline(&mut editor.date_text).hint_text("YYYY-MM-DD").desired_width(120.0),
            );
            changed |= date.labelled_by(label.id).changed();
            ui.end_row();

            ui.label("Category");
            ui.horizontal(|ui| {
                let current = editor.draft.category.name().to_owned();
                egui::ComboBox::from_id_salt("setback_category")
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        for category in categories {
                            let name = category.name().to_owned();
                            changed |= ui.selectable_value(&mut editor.draft.category, category, name).changed();
                        }
                    })
                    .response
                    .widget_info(|| WidgetInfo::labeled(Role::ComboBox, enabled, "Category"));
                let field = ui.add_enabled(
                    enabled,
                    egui::TextEdit::singleline(&mut editor.new_category).hint_text("or a new one").desired_width(140.0),
                );
                field.widget_info(|| WidgetInfo::labeled(Role::TextInput, enabled, "New category"));
                let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                if entered && let Some(category) = Category::from_name(&editor.new_category) {
                    editor.draft.category = category;
                    editor.new_category.clear();
                    changed = true;
                }
            });
            ui.end_row();

            ui.label("Severity");
            ui.horizontal(|ui| {
                let accent = theme::category_color(&editor.draft.category, dark);
                let current = Some(editor.draft.severity.get());
                if let Some(value) = value_cells_ui(ui, "Severity", Severity::MIN..=Severity::MAX, current, accent, enabled) {
                    editor.draft.severity = Severity::saturating(i64::from(value));
                    changed = true;
                }
                ui.label(egui::RichText::new(severity_words(editor.draft.severity)).weak());
            });
            ui.end_row();

            ui.label("");
            changed |= ui
                .add_enabled(enabled, egui::Checkbox::new(&mut editor.draft.micro_failure, "Micro-failure"))
                .on_hover_text("A small misstep rather than a big event. Patterns of them are worth noticing.")
                .changed();
            ui.end_row();

            ui.label("Status");
            changed |= status_ui(ui, editor, clock, enabled);
            ui.end_row();
        });
        theme::problem_ui(ui, editor.problems.date.as_deref());
        theme::problem_ui(ui, editor.problems.recovered.as_deref());
    });
    changed
}

/// Open / Reflected / Recovered, with the recovery date when recovered.
fn status_ui(ui: &mut egui::Ui, editor: &mut SetbackEditor, clock: &Clock, enabled: bool) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let mut kind = StatusKind::of(editor.draft.status);
        for option in StatusKind::ALL {
            let radio = egui::RadioButton::new(kind == option, option.label());
            if ui.add_enabled(enabled, radio).clicked() {
                kind = option;
            }
        }
        if kind == StatusKind::Recovered {
            let label = ui.label("on");
            let field = ui.add_enabled(
                enabled,
                egui::TextEdit::singleline(&mut editor.recovered_text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(110.0),
            );
            changed |= field.labelled_by(label.id).changed();
        }
        if kind != StatusKind::of(editor.draft.status) {
            changed = true;
            editor.draft.status = match kind {
                StatusKind::Open => SetbackStatus::Open,
                StatusKind::Reflected => SetbackStatus::Reflected,
                StatusKind::Recovered => {
                    if editor.recovered_text.trim().is_empty() {
                        editor.recovered_text = clock.today().to_string();
                    }
                    SetbackStatus::Recovered { on: clock.today() }
                }
            };
        }
    });
    changed
}

/// Puts the editor's draft into the journal when it is valid; otherwise keeps it and says what
/// is wrong next to the field.
fn apply(editor: &mut SetbackEditor, session: &mut JournalSession, clock: &Clock) {
    editor.problems = Problems::default();
    match parse_date(&editor.date_text) {
        Ok(date) => editor.draft.date = date,
        Err(problem) => editor.problems.date = Some(format!("Date: {problem}")),
    }
    if let SetbackStatus::Recovered { .. } = editor.draft.status {
        match parse_date(&editor.recovered_text) {
            Ok(on) => editor.draft.status = SetbackStatus::Recovered { on },
            Err(problem) => editor.problems.recovered = Some(format!("Recovered on: {problem}")),
        }
    }
    if editor.problems.date.is_some() || editor.problems.recovered.is_some() {
        return;
    }
    if !editor.in_journal && editor.draft.title.trim().is_empty() {
        return;
    }
    let draft = editor.draft.clone();
    let result = session.edit(Instant::now(), |journal| {
        journal
            .upsert_setback(draft, clock.today(), clock.now())
            .map(|changed| (changed, ()))
    });
    match result {
        Ok(()) => {
            editor.in_journal = true;
            editor.revision = session.revision();
        }
        Err(ValidationError::EmptyTitle) => {
            editor.problems.title = Some("A setback needs a title.".to_owned());
        }
        Err(error @ ValidationError::FutureDate { date, .. }) => {
            if date == editor.draft.date {
                editor.problems.date = Some(capitalized(&error.to_string()));
            } else {
                editor.problems.recovered = Some(capitalized(&error.to_string()));
            }
        }
        Err(error @ ValidationError::RecoveredBeforeSetback { .. }) => {
            editor.problems.recovered = Some(capitalized(&error.to_string()));
        }
        Err(error) => editor.problems.other = Some(capitalized(&error.to_string())),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("“{}” is not a date; write it as YYYY-MM-DD", text.trim()))
}

fn severity_words(severity: Severity) -> &'static str {
    match severity.get() {
        1 => "a scratch",
        2 => "stung",
        3 => "a real blow",
        4 => "hit hard",
        _ => "a major setback",
    }
}

fn section_heading(ui: &mut egui::Ui, title: &str, prompt: &str) {
    ui.label(egui::RichText::new(title).strong().size(16.0));
    ui.label(egui::RichText::new(prompt).weak().italics());
}

fn reflection_ui(ui: &mut egui::Ui, editor: &mut SetbackEditor, enabled: bool) -> bool {
    let mut changed = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        section_heading(
            ui,
            "Reflect and analyze",
            "Look at it as a curious observer would: what happened, and what led up to it?",
        );
        let reflection = &mut editor.draft.reflection;
        let label = ui.label("What happened");
        changed |= ui
            .add_enabled(
                enabled,
                egui::TextEdit::multiline(&mut reflection.what_happened)
                    .hint_text("Describe it plainly, without judging yourself.")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        ui.label("Contributing factors");
        changed |= text_list_ui(
            ui,
            "Contributing factor",
            &mut reflection.contributing_factors,
            &mut editor.new_factor,
            "a small misstep, a circumstance, an assumption…",
            enabled,
        );
        let label = ui.label("What I will do differently");
        changed |= ui
            .add_enabled(
                enabled,
                egui::TextEdit::multiline(&mut reflection.do_differently)
                    .hint_text("Next time, I will…")
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
    });
    ui.add_space(theme::GAP);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        section_heading(
            ui,
            "Seek feedback",
            "Who could help you see it differently? A mentor, a peer, a client, your manager.",
        );
        changed |= feedback_ui(ui, &mut editor.draft.reflection.feedback, enabled);
    });
    ui.add_space(theme::GAP);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        section_heading(
            ui,
            "Keep learning",
            "What will you carry forward from this?",
        );
        ui.label("Lessons");
        changed |= text_list_ui(
            ui,
            "Lesson",
            &mut editor.draft.reflection.lessons,
            &mut editor.new_lesson,
            "a lesson in one sentence",
            enabled,
        );
    });
    changed
}

fn feedback_ui(ui: &mut egui::Ui, feedback: &mut Vec<Feedback>, enabled: bool) -> bool {
    let mut changed = false;
    let mut remove = None;
    for (index, entry) in feedback.iter_mut().enumerate() {
        let number = index + 1;
        egui::Frame::new()
            .inner_margin(8.0)
            .corner_radius(theme::CORNER_RADIUS)
            .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    egui::ComboBox::from_id_salt(("feedback_source", index))
                        .selected_text(entry.source.name())
                        .show_ui(ui, |ui| {
                            for source in FeedbackSource::ALL {
                                changed |= ui
                                    .selectable_value(&mut entry.source, source, source.name())
                                    .changed();
                            }
                        })
                        .response
                        .widget_info(|| {
                            WidgetInfo::labeled(
                                Role::ComboBox,
                                enabled,
                                format!("Feedback {number} source"),
                            )
                        });
                    let mut name = entry.name.clone().unwrap_or_default();
                    let field = ui.add_enabled(
                        enabled,
                        egui::TextEdit::singleline(&mut name)
                            .hint_text("name (optional)")
                            .desired_width(180.0),
                    );
                    field.widget_info(|| {
                        WidgetInfo::labeled(
                            Role::TextInput,
                            enabled,
                            format!("Feedback {number} name"),
                        )
                    });
                    if field.changed() {
                        entry.name = if name.trim().is_empty() {
                            None
                        } else {
                            Some(name)
                        };
                        changed = true;
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let button = ui.add_enabled(enabled, egui::Button::new("×").small());
                        let label = format!("Remove feedback {number}");
                        button.widget_info(|| {
                            WidgetInfo::labeled(Role::Button, enabled, label.clone())
                        });
                        if button.on_hover_text(label.clone()).clicked() {
                            remove = Some(index);
                        }
                    });
                });
                let field = ui.add_enabled(
                    enabled,
                    egui::TextEdit::multiline(&mut entry.insight)
                        .hint_text("What did they say? What is the insight, in your words?")
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                );
                field.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::MultilineTextInput,
                        enabled,
                        format!("Feedback {number} insight"),
                    )
                });
                changed |= field.changed();
            });
    }
    if let Some(index) = remove {
        feedback.remove(index);
        changed = true;
    }
    if ui
        .add_enabled(enabled, egui::Button::new("+ Add feedback"))
        .clicked()
    {
        feedback.push(Feedback {
            source: FeedbackSource::Mentor,
            name: None,
            insight: String::new(),
        });
        changed = true;
    }
    changed
}

fn skills_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    session: &mut JournalSession,
    clock: &Clock,
    enabled: bool,
    orphaned: &mut Option<(SkillId, String)>,
) -> bool {
    let mut changed = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        section_heading(
            ui,
            "Skills acquired",
            "Which skill did this push you to build?",
        );
        let journal = session.journal();
        let mut unlink = None;
        ui.horizontal_wrapped(|ui| {
            for id in &editor.draft.skills {
                let name = journal
                    .skill(*id)
                    .map_or("(deleted skill)", |skill| skill.name.as_str())
                    .to_owned();
                let chip = ui.add_enabled(
                    enabled,
                    egui::Button::new(format!("{name}  ×")).corner_radius(12),
                );
                chip.widget_info(|| {
                    WidgetInfo::labeled(Role::Button, enabled, format!("Remove skill {name}"))
                });
                if chip
                    .on_hover_text(format!("Unlink “{name}” from this setback"))
                    .clicked()
                {
                    unlink = Some((*id, name));
                }
            }
            if editor.draft.skills.is_empty() {
                ui.label(egui::RichText::new("No skills linked yet.").weak());
            }
        });
        if let Some((id, name)) = unlink {
            editor.draft.skills.retain(|linked| *linked != id);
            changed = true;
            // Only this setback linked it (the journal still has the old link until applied).
            if editor.in_journal && journal.skill_link_count(id) == 1 {
                *orphaned = Some((id, name));
            }
        }
        if !editor.in_journal && editor.draft.title.trim().is_empty() {
            ui.label(egui::RichText::new("Give the setback a title to add skills.").weak());
            return;
        }
        let label = ui.label("Add a skill");
        let field = ui
            .add_enabled(
                enabled,
                egui::TextEdit::singleline(&mut editor.skill_query)
                    .hint_text("type to find or create a skill")
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let query = editor.skill_query.trim().to_owned();
        if query.is_empty() {
            return;
        }
        let matches = skill_suggestions(journal, &query, &editor.draft.skills);
        let exact = journal.skill_named(&query).map(|skill| skill.id);
        let (mut pick, mut create) =
            skill_choice_ui(ui, &matches, exact.is_none(), &query, enabled);
        if entered {
            match exact {
                Some(id) => pick = Some(id),
                None => create = true,
            }
        }
        if create {
            let date = editor.draft.date;
            let created = session.edit(Instant::now(), |journal| {
                journal
                    .create_skill(&query, date, clock.now())
                    .map(|id| (true, id))
            });
            match created {
                Ok(id) => pick = Some(id),
                Err(error) => editor.problems.other = Some(capitalized(&error.to_string())),
            }
        }
        if let Some(id) = pick
            && !editor.draft.skills.contains(&id)
        {
            editor.draft.skills.push(id);
            editor.skill_query.clear();
            changed = true;
        }
    });
    changed
}

/// Up to six skills whose name contains `query` (case-insensitive), names starting with it
/// first, leaving out those already linked.
fn skill_suggestions(journal: &Journal, query: &str, linked: &[SkillId]) -> Vec<(SkillId, String)> {
    let lowered = query.trim().to_lowercase();
    let mut matches: Vec<(SkillId, String)> = journal
        .skills()
        .iter()
        .filter(|skill| !linked.contains(&skill.id) && skill.name.to_lowercase().contains(&lowered))
        .map(|skill| (skill.id, skill.name.clone()))
        .collect();
    matches.sort_by_key(|(_, name)| {
        (
            !name.to_lowercase().starts_with(&lowered),
            name.to_lowercase(),
        )
    });
    matches.truncate(6);
    matches
}

/// The suggestion buttons under the skill field; returns the skill picked and whether
/// "Create" was clicked.
fn skill_choice_ui(
    ui: &mut egui::Ui,
    matches: &[(SkillId, String)],
    offer_create: bool,
    query: &str,
    enabled: bool,
) -> (Option<SkillId>, bool) {
    let mut pick = None;
    let mut create = false;
    ui.horizontal_wrapped(|ui| {
        for (id, name) in matches {
            let button = ui.add_enabled(enabled, egui::Button::new(name.as_str()));
            if button.on_hover_text("Link this skill").clicked() {
                pick = Some(*id);
            }
        }
        if offer_create
            && ui
                .add_enabled(enabled, egui::Button::new(format!("Create “{query}”")))
                .clicked()
        {
            create = true;
        }
    });
    (pick, create)
}

/// One row of the list: category colour, title, and date · category · severity · micro mark.
fn setback_row_ui(ui: &mut egui::Ui, setback: &Setback, selected: bool) -> egui::Response {
    let micro = if setback.micro_failure {
        " · micro-failure"
    } else {
        ""
    };
    let details = format!(
        "{} · {} · severity {}{} · {}",
        setback.date.format("%-d %b %Y"),
        setback.category.name(),
        setback.severity.get(),
        micro,
        StatusKind::of(setback.status).label()
    );
    let accent = theme::category_color(&setback.category, ui.visuals().dark_mode);
    list_row_ui(
        ui,
        &setback.title,
        &details,
        Some(accent),
        selected,
        ROW_HEIGHT - 4.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{self, DemoOptions};

    #[test]
    fn filters_combine_text_category_micro_and_status() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let journal = demo::generate(DemoOptions::ending(end, 2));
        let all = journal.setbacks().len();
        let micro = SetbackFilter {
            micro_only: true,
            ..SetbackFilter::default()
        };
        let micro_count = journal
            .setbacks()
            .iter()
            .filter(|s| micro.matches(s))
            .count();
        assert!(micro_count > 0 && micro_count < all);
        assert!(
            journal
                .setbacks()
                .iter()
                .filter(|s| micro.matches(s))
                .all(|s| s.micro_failure)
        );
        let work = SetbackFilter {
            category: Some(Category::Work),
            status: Some(StatusKind::Recovered),
            ..micro
        };
        assert!(
            journal
                .setbacks()
                .iter()
                .filter(|s| work.matches(s))
                .all(|s| s.category == Category::Work
                    && s.micro_failure
                    && matches!(s.status, SetbackStatus::Recovered { .. }))
        );
        let text = SetbackFilter {
            text: "STAND-UP missed".to_owned(),
            ..SetbackFilter::default()
        };
        assert!(
            journal
                .setbacks()
                .iter()
                .filter(|s| text.matches(s))
                .all(|s| s.title == "Missed the stand-up")
        );
        assert!(journal.setbacks().iter().any(|s| text.matches(s)));
    }

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
