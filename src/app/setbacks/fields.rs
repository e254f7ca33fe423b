//! The fields of the setback editor: basics (title, date, category, severity, status), the
//! reflection, feedback, and the skills acquired. Each reports whether the user changed it; the
//! editor then applies the change through the session.

use egui::{Role, WidgetInfo};

use super::editor::{SetbackEditor, apply};
use super::{StatusKind, status_label};
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
        let label = ui.label(TypedField::Title.label());
        let title = ui.add_enabled(
            enabled,
            egui::TextEdit::singleline(&mut editor.title_text)
                .id_salt("setback_title")
                .hint_text(crate::t!("setbacks-title-hint"))
                .desired_width(f32::INFINITY),
        );
        let title = title.labelled_by(label.id);
        if editor.focus_title {
            title.request_focus();
            editor.focus_title = false;
        }
        changed |= title.changed();
        theme::problem_ui(ui, problem(TypedField::Title).as_deref());

        egui::Grid::new("setback_basics")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                changed |= date_row_ui(ui, editor, journal, clock, enabled);
                ui.end_row();

                changed |= category_row_ui(ui, editor, &categories, enabled);
                ui.end_row();

                changed |= severity_row_ui(ui, editor, dark, enabled);
                ui.end_row();

                ui.label("");
                changed |= ui
                    .add_enabled(
                        enabled,
                        egui::Checkbox::new(
                            &mut editor.draft.micro_failure,
                            crate::t!("setbacks-field-micro-failure"),
                        ),
                    )
                    .on_hover_text(crate::t!("setbacks-micro-failure-hover"))
                    .changed();
                ui.end_row();

                ui.label(crate::t!("setbacks-field-status"));
                changed |= status_ui(ui, editor, journal, clock, enabled);
                ui.end_row();
            });
        theme::problem_ui(ui, problem(TypedField::Date).as_deref());
        if editor.status == StatusKind::Recovered {
            theme::problem_ui(ui, problem(TypedField::RecoveredOn).as_deref());
        }
        if let Some(kept) = unsettled.get(FieldKey::NewCategory(id)) {
            let problem = crate::t!(
                "setbacks-new-category-problem",
                name = kept.text.trim(),
                problem = kept.problem.as_str()
            );
            theme::problem_ui(ui, Some(&problem));
        }
    });
    changed
}

/// The category: one of the journal's, or a new one typed and entered.
fn category_row_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    categories: &[Category],
    enabled: bool,
) -> bool {
    let mut changed = false;
    let category_label = crate::t!("setbacks-field-category");
    ui.label(category_label.as_str());
    ui.horizontal(|ui| {
        let current = editor.draft.category.label();
        egui::ComboBox::from_id_salt("setback_category")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for category in categories.iter().cloned() {
                    let name = category.label();
                    changed |= ui
                        .selectable_value(&mut editor.draft.category, category, name)
                        .changed();
                }
            })
            .response
            .widget_info(|| WidgetInfo::labeled(Role::ComboBox, enabled, category_label.as_str()));
        let field = ui.add_enabled(
            enabled,
            egui::TextEdit::singleline(&mut editor.new_category)
                .id_salt("setback_new_category")
                .hint_text(crate::t!("setbacks-new-category-hint"))
                .desired_width(140.0),
        );
        field.widget_info(|| {
            WidgetInfo::labeled(Role::TextInput, enabled, crate::t!("setbacks-new-category"))
        });
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if entered && let Some(category) = category_named(&editor.new_category) {
            editor.draft.category = category;
            editor.new_category.clear();
            changed = true;
        }
    });
    changed
}

/// The severity's cells, with it in words.
fn severity_row_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    dark: bool,
    enabled: bool,
) -> bool {
    let mut changed = false;
    let severity_label = crate::t!("setbacks-field-severity");
    ui.label(severity_label.as_str());
    ui.horizontal(|ui| {
        let accent = theme::category_color(&editor.draft.category, dark);
        let current = Some(editor.draft.severity.get());
        if let Some(value) = value_cells_ui(
            ui,
            &severity_label,
            Severity::MIN..=Severity::MAX,
            current,
            accent,
            enabled,
        ) {
            editor.draft.severity = Severity::saturating(i64::from(value));
            changed = true;
        }
        ui.label(egui::RichText::new(severity_words(editor.draft.severity)).weak());
    });
    changed
}

/// The category a typed name means: a built-in one by its name in the reader's language or in
/// English (any case), otherwise a new category of that name.
fn category_named(typed: &str) -> Option<Category> {
    let lowered = typed.trim().to_lowercase();
    Category::BUILT_IN
        .into_iter()
        .find(|category| category.label().to_lowercase() == lowered)
        .or_else(|| Category::from_name(typed))
}

/// The setback's date: typed, or picked on the calendar (not after today).
fn date_row_ui(
    ui: &mut egui::Ui,
    editor: &mut SetbackEditor,
    journal: &Journal,
    clock: &Clock,
    enabled: bool,
) -> bool {
    let name = TypedField::Date.label();
    let label = ui.label(name.as_str());
    let spec = CalendarSpec {
        field: &name,
        bounds: DateBounds::not_after(clock.today(), &crate::t!("setbacks-date-future")),
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
            let radio = egui::RadioButton::new(kind == option, status_label(option));
            if ui.add_enabled(enabled, radio).clicked() {
                kind = option;
            }
        }
        if kind == StatusKind::Recovered {
            let label = ui.label(crate::t!("setbacks-recovered-on"));
            let mut bounds =
                DateBounds::not_after(clock.today(), &crate::t!("setbacks-recovery-future"));
            if let Ok(start) = editor.date_text.trim().parse() {
                bounds = bounds.not_before(start, &crate::t!("setbacks-recovery-before"));
            }
            let name = TypedField::RecoveredOn.label();
            let spec = CalendarSpec {
                field: &name,
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

fn severity_words(severity: Severity) -> String {
    match severity.get() {
        1 => crate::t!("setbacks-severity-1"),
        2 => crate::t!("setbacks-severity-2"),
        3 => crate::t!("setbacks-severity-3"),
        4 => crate::t!("setbacks-severity-4"),
        _ => crate::t!("setbacks-severity-5"),
    }
}

fn section_heading(ui: &mut egui::Ui, title: String, prompt: String) {
    ui.label(egui::RichText::new(title).strong().size(16.0));
    ui.label(egui::RichText::new(prompt).weak().italics());
}

pub(super) fn reflection_ui(ui: &mut egui::Ui, editor: &mut SetbackEditor, enabled: bool) -> bool {
    let mut changed = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        section_heading(
            ui,
            crate::t!("setbacks-reflect-heading"),
            crate::t!("setbacks-reflect-prompt"),
        );
        let reflection = &mut editor.draft.reflection;
        let label = ui.label(crate::t!("setbacks-field-what-happened"));
        changed |= ui
            .add_enabled(
                enabled,
                egui::TextEdit::multiline(&mut reflection.what_happened)
                    .id_salt("setback_what_happened")
                    .hint_text(crate::t!("setbacks-what-happened-hint"))
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        ui.label(crate::t!("setbacks-field-contributing-factors"));
        changed |= text_list_ui(
            ui,
            &crate::t!("setbacks-contributing-factor"),
            &mut reflection.contributing_factors,
            &mut editor.new_factor,
            &crate::t!("setbacks-contributing-factor-hint"),
            enabled,
        );
        let label = ui.label(crate::t!("setbacks-field-do-differently"));
        changed |= ui
            .add_enabled(
                enabled,
                egui::TextEdit::multiline(&mut reflection.do_differently)
                    .id_salt("setback_do_differently")
                    .hint_text(crate::t!("setbacks-do-differently-hint"))
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
            crate::t!("setbacks-feedback-heading"),
            crate::t!("setbacks-feedback-prompt"),
        );
        changed |= feedback_ui(ui, &mut editor.draft.reflection.feedback, enabled);
    });
    ui.add_space(theme::GAP);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        section_heading(
            ui,
            crate::t!("setbacks-learning-heading"),
            crate::t!("setbacks-learning-prompt"),
        );
        ui.label(crate::t!("setbacks-field-lessons"));
        changed |= text_list_ui(
            ui,
            &crate::t!("setbacks-practice-lesson"),
            &mut editor.draft.reflection.lessons,
            &mut editor.new_lesson,
            &crate::t!("setbacks-lesson-hint"),
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
                        .selected_text(entry.source.label())
                        .show_ui(ui, |ui| {
                            for source in FeedbackSource::ALL {
                                changed |= ui
                                    .selectable_value(&mut entry.source, source, source.label())
                                    .changed();
                            }
                        })
                        .response
                        .widget_info(|| {
                            WidgetInfo::labeled(
                                Role::ComboBox,
                                enabled,
                                crate::t!("setbacks-feedback-source", number = number),
                            )
                        });
                    let mut name = entry.name.clone().unwrap_or_default();
                    let field = ui.add_enabled(
                        enabled,
                        egui::TextEdit::singleline(&mut name)
                            .id_salt(("feedback_name", index))
                            .hint_text(crate::t!("setbacks-feedback-name-hint"))
                            .desired_width(180.0),
                    );
                    field.widget_info(|| {
                        WidgetInfo::labeled(
                            Role::TextInput,
                            enabled,
                            crate::t!("setbacks-feedback-name", number = number),
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
                        let label = crate::t!("setbacks-feedback-remove", number = number);
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
                        .hint_text(crate::t!("setbacks-feedback-insight-hint"))
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                );
                field.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::MultilineTextInput,
                        enabled,
                        crate::t!("setbacks-feedback-insight", number = number),
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
        .add_enabled(
            enabled,
            egui::Button::new(crate::t!("setbacks-feedback-add")),
        )
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
            crate::t!("setbacks-field-skills"),
            crate::t!("setbacks-skills-prompt"),
        );
        let journal = session.journal();
        let mut unlink = None;
        ui.horizontal_wrapped(|ui| {
            for id in &editor.draft.skills {
                let name = journal.skill(*id).map_or_else(
                    || crate::t!("setbacks-deleted-skill"),
                    |skill| skill.name.clone(),
                );
                let chip = ui.add_enabled(
                    enabled,
                    egui::Button::new(format!("{name}  ×")).corner_radius(12),
                );
                chip.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::Button,
                        enabled,
                        crate::t!("setbacks-skill-remove", name = name.as_str()),
                    )
                });
                if chip
                    .on_hover_text(crate::t!(
                        "setbacks-skill-unlink-hover",
                        name = name.as_str()
                    ))
                    .clicked()
                {
                    unlink = Some((*id, name));
                }
            }
            if editor.draft.skills.is_empty() {
                ui.label(egui::RichText::new(crate::t!("setbacks-skills-none")).weak());
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
        let label = ui.label(crate::t!("setbacks-skill-add"));
        let field = ui
            .add_enabled(
                enabled,
                egui::TextEdit::singleline(&mut editor.skill_query)
                    .id_salt("setback_skill_query")
                    .hint_text(crate::t!("setbacks-skill-add-hint"))
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
        Change::named(crate::t!("setbacks-step-create-skill", name = name.trim())),
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
            if button
                .on_hover_text(crate::t!("setbacks-skill-link-hover"))
                .clicked()
            {
                pick = Some(*id);
            }
        }
        if offer_create
            && ui
                .add_enabled(
                    enabled,
                    egui::Button::new(crate::t!("setbacks-skill-create", name = query)),
                )
                .clicked()
        {
            create = true;
        }
    });
    (pick, create)
}
