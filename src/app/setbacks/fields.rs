//! The fields of the setback editor: basics (title, date, category, severity, status), the
//! reflection, feedback, and the skills acquired. Each reports whether the user changed it; the
//! editor then applies the change through the session.

use egui::{Role, WidgetInfo};

use super::StatusKind;
use super::editor::{SetbackEditor, apply};
use crate::app::calendar::{CalendarSpec, date_field_ui};
use crate::app::theme;
use crate::app::unsettled::{FieldKey, Unsettled};
use crate::app::widgets::{text_list_ui, value_cells_ui};
use crate::calendar::DateBounds;
use crate::clock::Clock;
use crate::history::Change;
use crate::model::{Category, Feedback, FeedbackSource, Journal, Severity, SkillId, TypedField};
use crate::session::{JournalSession, Reach};

/// Title, date, category, severity, micro-failure and status.
pub(super) fn basics_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    journal: &Journal,
    clock: &Clock,
    unsettled: &Unsettled,
    enabled: bool,
) -> bool {
    let categories = journal.categories();
    let id = editor.id();
    let problem = |field: TypedField| {
        unsettled
            .get(FieldKey::Setback(id, field))
            .map(|kept| kept.problem.clone())
    };
    let dark = ui.visuals().dark_mode;
    let mut changed = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let label = ui.label("Title");
        let title = ui.add_enabled(
            enabled,
            egui::TextEdit::singleline(&mut editor.title_text)
                .id_salt("setback_title")
                .hint_text("What went wrong, in a few words")
                .desired_width(f32::INFINITY),
        );
        let title = title.labelled_by(label.id);
        if editor.focus_title {
            title.request_focus();
            editor.focus_title = false;
        }
        changed |= title.changed();
        theme::problem_ui(ui, problem(TypedField::Title).as_deref());

        egui::Grid::new("setback_basics").num_columns(2).spacing([16.0, 8.0]).show(ui, |ui| {
            changed |= date_row_ui(ui, editor, journal, clock, enabled);
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
                    egui::TextEdit::singleline(&mut editor.new_category).id_salt("setback_new_category").hint_text("or a new one").desired_width(140.0),
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
            changed |= status_ui(ui, editor, journal, clock, enabled);
            ui.end_row();
        });
        theme::problem_ui(ui, problem(TypedField::Date).as_deref());
        if editor.status == StatusKind::Recovered {
            theme::problem_ui(ui, problem(TypedField::RecoveredOn).as_deref());
        }
        if let Some(kept) = unsettled.get(FieldKey::NewCategory(id)) {
            theme::problem_ui(ui, Some(&format!("New category “{}”: {}", kept.text.trim(), kept.problem)));
        }
    });
    changed
}

/// The setback's date: typed, or picked on the calendar (not after today).
fn date_row_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    journal: &Journal,
    clock: &Clock,
    enabled: bool,
) -> bool {
    let label = ui.label("Date");
    let spec = CalendarSpec {
        field: "Date",
        bounds: DateBounds::not_after(clock.today(), "a setback cannot be in the future"),
        journal,
        tint_moods: false,
    };
    ui.horizontal(|ui| {
        date_field_ui(
            ui,
            &mut editor.date_text,
            "setback_date",
            label.id,
            &spec,
            clock.today(),
            enabled,
            120.0,
        )
        .changed()
    })
    .inner
}

/// Open / Reflected / Recovered, with the recovery date when recovered.
fn status_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    journal: &Journal,
    clock: &Clock,
    enabled: bool,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let mut kind = editor.status;
        for option in StatusKind::ALL {
            let radio = egui::RadioButton::new(kind == option, option.label());
            if ui.add_enabled(enabled, radio).clicked() {
                kind = option;
            }
        }
        if kind == StatusKind::Recovered {
            let label = ui.label("on");
            let mut bounds =
                DateBounds::not_after(clock.today(), "a recovery cannot be in the future");
            if let Ok(start) = editor.date_text.trim().parse() {
                bounds = bounds.not_before(start, "before the setback happened");
            }
            let spec = CalendarSpec {
                field: "Recovered on",
                bounds,
                journal,
                tint_moods: false,
            };
            changed |= date_field_ui(
                ui,
                &mut editor.recovered_text,
                "setback_recovered_on",
                label.id,
                &spec,
                clock.today(),
                enabled,
                110.0,
            )
            .changed();
        }
        if kind != editor.status {
            changed = true;
            if kind == StatusKind::Recovered && editor.recovered_text.trim().is_empty() {
                editor.recovered_text = clock.today().to_string();
            }
            editor.status = kind;
        }
    });
    changed
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

pub(super) fn reflection_ui(ui: &mut egui::Ui, editor: &mut SetbackEditor, enabled: bool) -> bool {
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
                    .id_salt("setback_what_happened")
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
                    .id_salt("setback_do_differently")
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
                            .id_salt(("feedback_name", index))
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
                        .id_salt(("feedback_insight", index))
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

pub(super) fn skills_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    session: &mut JournalSession,
    clock: &Clock,
    unsettled: &mut Unsettled,
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
        let label = ui.label("Add a skill");
        let field = ui
            .add_enabled(
                enabled,
                egui::TextEdit::singleline(&mut editor.skill_query)
                    .id_salt("setback_skill_query")
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
            link_new_skill(editor, session, clock, unsettled, &query);
            return;
        }
        if let Some(id) = pick
            && !editor.draft.skills.contains(&id)
        {
            editor.draft.skills.push(id);
            editor.skill_query.clear();
            unsettled.settle(FieldKey::SkillSearch(editor.id()));
            changed = true;
        }
    });
    changed
}

/// Creates the skill named `name` and links it to the setback, as one step of the history:
/// undoing it removes both, and no skill is ever left behind without its link.
fn link_new_skill(
    editor: &mut SetbackEditor,
    session: &mut JournalSession,
    clock: &Clock,
    unsettled: &mut Unsettled,
    name: &str,
) {
    let today = clock.today();
    let (mut settled, _) = session
        .journal()
        .settle_setback_form(&editor.form(today), today);
    let date = settled.date;
    let result = session.change(
        Change::named(format!("creating skill “{}”", name.trim())),
        &Reach::Anything,
        clock.instant(),
        |journal| {
            let skill = journal.create_skill(name, date, clock.now())?;
            settled.skills.push(skill);
            journal.upsert_setback(settled, today, clock.now())
        },
    );
    match result {
        Ok(_) => {
            editor.skill_query.clear();
            unsettled.settle(FieldKey::SkillSearch(editor.id()));
            editor.in_journal = true;
            if let Some(stored) = session.journal().setback(editor.id()) {
                editor.draft.skills.clone_from(&stored.skills);
            }
            // Records the typed fields' problems, if any; the journal already has the rest.
            apply(editor, session, clock, unsettled);
        }
        Err(error) => editor.other_problem = Some(theme::capitalized(&error.to_string())),
    }
}

/// Up to six skills whose name contains `query` (case-insensitive), names starting with it
/// first, leaving out those already linked.
pub(super) fn skill_suggestions(
    journal: &Journal,
    query: &str,
    linked: &[SkillId],
) -> Vec<(SkillId, String)> {
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
