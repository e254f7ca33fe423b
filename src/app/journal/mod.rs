//! The Journal screen: one timeline of everything written, newest first, with a search box
//! (every word must match, case and accents ignored, matches highlighted) and filters by tag,
//! kind and dates. Only the rows in view are drawn, so decades scroll as fast as a month. The
//! timeline and the results are computed once per change of the journal or of the query.

mod row;

use chrono::NaiveDate;
use egui::{Role, WidgetInfo};

use super::AppCommand;
use super::calendar::date_range_fields_ui;
use super::theme;
use crate::calendar::range_bounds;
use crate::clock::Clock;
use crate::i18n::Language;
use crate::insights::DateRange;
use crate::search::{EntryKind, EntryTarget, SearchQuery, Timeline, query_words};
use crate::session::JournalSession;

/// The timeline of one journal revision, and the results of one query over it.
#[derive(Debug, Default)]
struct Cache {
    revision: Option<u64>,
    /// The language the timeline's headings were written in.
    language: Option<Language>,
    timeline: Timeline,
    tags: Vec<String>,
    query: Option<SearchQuery>,
    results: Vec<usize>,
}

/// What the Journal screen remembers between frames.
#[derive(Debug, Default)]
pub struct JournalScreen {
    query: SearchQuery,
    from_text: String,
    to_text: String,
    date_problem: Option<String>,
    cache: Cache,
    /// Focus the search box on the next frame (Ctrl+F, or arriving from a tag).
    focus_search: bool,
}

impl JournalScreen {
    /// Shows only the entries tagged `tag`, whatever else was searched.
    pub fn show_tag(&mut self, tag: &str) {
        self.query = SearchQuery {
            tag: Some(tag.to_owned()),
            ..SearchQuery::default()
        };
        self.from_text.clear();
        self.to_text.clear();
        self.date_problem = None;
    }

    /// Searches for `words` over the whole journal.
    pub fn search_for(&mut self, words: &str) {
        self.show_tag("");
        self.query.tag = None;
        words.clone_into(&mut self.query.text);
    }

    /// Puts the keyboard in the search box.
    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &JournalSession,
        clock: &Clock,
        commands: &mut Vec<AppCommand>,
    ) {
        let language = crate::i18n::language();
        if self.cache.revision != Some(session.revision()) || self.cache.language != Some(language)
        {
            self.cache.timeline = Timeline::build(session.journal());
            self.cache.tags = self.cache.timeline.tags();
            self.cache.revision = Some(session.revision());
            self.cache.language = Some(language);
            self.cache.query = None;
        }
        self.search_bar_ui(ui);
        self.filters_ui(ui, session, clock);
        theme::problem_ui(ui, self.date_problem.as_deref());
        if self.cache.query.as_ref() != Some(&self.query) {
            self.cache.results = self.cache.timeline.search(&self.query);
            self.cache.query = Some(self.query.clone());
        }
        ui.add_space(theme::GAP);
        self.count_ui(ui);
        ui.add_space(theme::GAP / 2.0);
        let words = query_words(&self.query.text);
        let entries = self.cache.timeline.entries();
        let results = &self.cache.results;
        if results.is_empty() {
            return;
        }
        let row_height = row::height(ui);
        egui::ScrollArea::vertical()
            .id_salt("journal_timeline")
            .auto_shrink([false, false])
            .show_rows(ui, row_height, results.len(), |ui, rows| {
                for index in rows {
                    let Some(entry) = results.get(index).and_then(|at| entries.get(*at)) else {
                        continue;
                    };
                    if row::entry_ui(ui, entry, &words, row_height).clicked()
                        && let Some(command) = open(entry.target, session)
                    {
                        commands.push(command);
                    }
                }
            });
    }

    fn search_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading(crate::t!("journal-title"));
            ui.add_space(theme::SECTION_GAP);
            let label = ui.label(crate::t!("journal-search-label"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query.text)
                        .id_salt("journal_search")
                        .hint_text(crate::t!("journal-search-hint"))
                        .desired_width(420.0),
                )
                .labelled_by(label.id)
                .on_hover_text(crate::t!(
                    "journal-search-hover",
                    keys = super::shortcuts::keys_text(super::shortcuts::Action::SearchJournal)
                ));
            if std::mem::take(&mut self.focus_search) {
                field.request_focus();
            }
            if !self.query.is_everything() && ui.button(crate::t!("journal-clear")).clicked() {
                self.query = SearchQuery::default();
                self.from_text.clear();
                self.to_text.clear();
                self.date_problem = None;
            }
        });
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui, session: &JournalSession, clock: &Clock) {
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::t!("journal-show"));
            for (kind, label) in [
                (None, crate::t!("journal-kind-everything")),
                (
                    Some(EntryKind::CheckIn),
                    crate::t!("journal-kind-check-ins"),
                ),
                (Some(EntryKind::Setback), crate::t!("journal-kind-setbacks")),
                (
                    Some(EntryKind::Experiment),
                    crate::t!("journal-kind-experiments"),
                ),
                (Some(EntryKind::Review), crate::t!("journal-kind-reviews")),
            ] {
                let selected = self.query.kind == kind;
                let button = ui.selectable_label(selected, &label);
                button.widget_info(|| {
                    WidgetInfo::selected(
                        Role::Button,
                        true,
                        selected,
                        crate::t!("journal-show-kind", kind = label.as_str()),
                    )
                });
                if button.clicked() {
                    self.query.kind = kind;
                }
            }
            ui.add_space(theme::GAP);
            ui.label(crate::t!("journal-tag"));
            let any = crate::t!("journal-tag-any");
            let current = self.query.tag.clone().unwrap_or_else(|| any.clone());
            egui::ComboBox::from_id_salt("journal_tag")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(self.query.tag.is_none(), &any)
                        .clicked()
                    {
                        self.query.tag = None;
                    }
                    for tag in &self.cache.tags {
                        let selected = self.query.tag.as_deref() == Some(tag.as_str());
                        if ui.selectable_label(selected, tag).clicked() {
                            self.query.tag = Some(tag.clone());
                        }
                    }
                })
                .response
                .widget_info(|| {
                    WidgetInfo::labeled(Role::ComboBox, true, crate::t!("journal-tag-filter"))
                });
            ui.add_space(theme::GAP);
            self.dates_ui(ui, session, clock);
        });
    }

    /// From and to, typed or picked; an unreadable date is explained and not applied.
    fn dates_ui(&mut self, ui: &mut egui::Ui, session: &JournalSession, clock: &Clock) {
        let today = clock.today();
        let journal = session.journal();
        let bounds = range_bounds(self.query.from, self.query.to);
        let [from, to] = date_range_fields_ui(
            ui,
            [&mut self.from_text, &mut self.to_text],
            "journal",
            bounds,
            journal,
            today,
        );
        if from.changed() || to.changed() {
            self.apply_dates();
        }
    }

    fn apply_dates(&mut self) {
        fn parse(text: &str) -> Result<Option<NaiveDate>, ()> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse().map(Some).map_err(|_| ())
        }
        match (parse(&self.from_text), parse(&self.to_text)) {
            (Ok(from), Ok(to)) if from.zip(to).is_none_or(|(from, to)| from <= to) => {
                self.query.from = from;
                self.query.to = to;
                self.date_problem = None;
            }
            (Ok(_), Ok(_)) => {
                self.date_problem = Some(crate::t!("journal-dates-reversed"));
            }
            _ => {
                self.date_problem = Some(crate::t!("journal-dates-unreadable"));
            }
        }
    }

    fn count_ui(&self, ui: &mut egui::Ui) {
        let found = self.cache.results.len();
        let total = self.cache.timeline.entries().len();
        let text = if total == 0 {
            crate::t!("journal-empty")
        } else if self.query.is_everything() {
            crate::t!("journal-count-all", count = total, shown = thousands(total))
        } else if found == 0 {
            crate::t!("journal-no-match")
        } else {
            crate::t!(
                "journal-count-found",
                count = total,
                found = thousands(found),
                total = thousands(total)
            )
        };
        ui.label(egui::RichText::new(text).weak());
    }
}

/// What a click on an entry opens: the day of a check-in, the setback (of an experiment too),
/// the Progress screen over a review's period.
fn open(target: EntryTarget, session: &JournalSession) -> Option<AppCommand> {
    Some(match target {
        EntryTarget::CheckIn(date) => AppCommand::OpenDay(date),
        EntryTarget::Setback(id) | EntryTarget::Experiment(_, id) => AppCommand::OpenSetback(id),
        EntryTarget::Review(id) => {
            let review = session.journal().review(id)?;
            AppCommand::ShowProgressOf(DateRange::new(review.from, review.to).ok()?)
        }
    })
}

/// 12,345 rather than 12345 (12.345 in German, 12 345 in French).
fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let separator = crate::t!("journal-digit-group");
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(digit);
    }
    out
}
