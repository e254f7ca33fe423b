//! The weekly review (SPEC §2 item 7): one guided page over the days since the last review —
//! the ratings against the period before, what went well, setbacks of the period and those
//! still open with their next step, experiments due or tried, feedback received, one lesson to
//! carry on and a rating of the week — saved as a Review.

use chrono::{Days, NaiveDate};
use egui_plot::{Line, Plot, PlotPoints};

use super::PracticeCommand;
use crate::app::widgets::value_cells_ui;
use crate::app::{AppCommand, theme};
use crate::i18n::DateStyle;
use crate::insights::{DateRange, SetbackInReview, WeekInReview};
use crate::model::{Experiment, Journal, Rating, RatingScale, Review, ReviewId};
use crate::session::JournalSession;

/// How many earlier open setbacks the page lists.
const STILL_OPEN_SHOWN: usize = 5;

/// One rating's daily values over the period and the period before, for the small chart.
#[derive(Debug)]
struct Series {
    scale: RatingScale,
    now: Vec<[f64; 2]>,
    before: Vec<[f64; 2]>,
}

/// The page's state: the review being written and what it looks back on.
#[derive(Debug)]
pub struct ReviewPage {
    id: ReviewId,
    from: NaiveDate,
    to: NaiveDate,
    went_well: String,
    lesson: String,
    rating: Option<Rating>,
    week: WeekInReview,
    series: Vec<Series>,
    /// The journal revision the fields were last read at.
    revision: Option<u64>,
}

fn series(journal: &Journal, range: DateRange) -> Vec<Series> {
    let days = i64::from(range.day_count());
    let before_from = range
        .from()
        .checked_sub_days(Days::new(u64::from(range.day_count())))
        .unwrap_or(range.from());
    RatingScale::ALL
        .iter()
        .map(|scale| {
            let mut now = Vec::new();
            let mut before = Vec::new();
            for check_in in journal.check_ins_between(before_from, range.to()) {
                let Some(rating) = check_in.ratings.get(*scale) else {
                    continue;
                };
                let offset = (check_in.date - range.from()).num_days();
                let value = f64::from(rating.get());
                if offset >= 0 {
                    now.push([offset as f64, value]);
                } else {
                    before.push([(offset + days) as f64, value]);
                }
            }
            Series {
                scale: *scale,
                now,
                before,
            }
        })
        .collect()
}

impl ReviewPage {
    /// The page for a review made on `today`: the review already saved today is edited again;
    /// otherwise a new one covers the days since the last.
    pub fn new(journal: &Journal, today: NaiveDate) -> Self {
        let saved_today = journal
            .reviews()
            .iter()
            .rev()
            .find(|review| review.to == today);
        let (id, (from, to)) = saved_today.map_or_else(
            || (ReviewId::random(), journal.next_review_period(today)),
            |review| (review.id, (review.from, review.to)),
        );
        let went_well = saved_today
            .map(|review| review.went_well.clone())
            .unwrap_or_default();
        let lesson = saved_today
            .map(|review| review.lesson.clone())
            .unwrap_or_default();
        let rating = saved_today.and_then(|review| review.rating);
        let range = DateRange::new(from, to).unwrap_or(DateRange::ending(today, 7));
        Self {
            id,
            from,
            to,
            went_well,
            lesson,
            rating,
            week: WeekInReview::of(journal, range),
            series: series(journal, range),
            revision: None,
        }
    }

    /// Reads the fields again from the journal after it changed (an Undo, a merge): what it
    /// holds for this review, or nothing once the review is gone from it.
    fn reload(&mut self, journal: &Journal) {
        if let Some(review) = journal.review(self.id) {
            self.went_well.clone_from(&review.went_well);
            self.lesson.clone_from(&review.lesson);
            self.rating = review.rating;
        } else {
            self.went_well.clear();
            self.lesson.clear();
            self.rating = None;
        }
        if let Ok(range) = DateRange::new(self.from, self.to) {
            self.week = WeekInReview::of(journal, range);
            self.series = series(journal, range);
        }
    }

    /// The review's id.
    pub fn id(&self) -> ReviewId {
        self.id
    }

    /// The days the review covers.
    pub fn period(&self) -> (NaiveDate, NaiveDate) {
        (self.from, self.to)
    }

    fn review(&self) -> Review {
        Review {
            id: self.id,
            from: self.from,
            to: self.to,
            went_well: self.went_well.clone(),
            lesson: self.lesson.clone(),
            rating: self.rating,
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    /// Draws the page.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &JournalSession,
        commands: &mut Vec<AppCommand>,
    ) {
        let enabled = session.is_editable();
        if self.revision != Some(session.revision()) {
            if self.revision.is_some() {
                self.reload(session.journal());
            }
            self.revision = Some(session.revision());
        }
        let mut changed = false;
        ui.horizontal_wrapped(|ui| {
            ui.heading(crate::t!("review-title"));
            ui.label(
                egui::RichText::new(crate::t!(
                    "review-period",
                    from = crate::i18n::date(self.from, DateStyle::DayMonth),
                    to = crate::i18n::date(self.to, DateStyle::Short)
                ))
                .weak(),
            );
        });
        ui.label(egui::RichText::new(crate::t!("review-intro")).weak());
        ui.add_space(theme::GAP);
        egui::ScrollArea::vertical()
            .id_salt("weekly_review")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.ratings_ui(ui);
                ui.add_space(theme::GAP);
                let label = ui.label(egui::RichText::new(crate::t!("review-went-well")).strong());
                changed |= ui
                    .add_enabled(
                        enabled,
                        egui::TextEdit::multiline(&mut self.went_well)
                            .id_salt("review_went_well")
                            .hint_text(crate::t!("review-went-well-hint"))
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.add_space(theme::GAP);
                self.looking_back_ui(ui, session.journal(), commands);
                ui.add_space(theme::GAP);
                changed |= self.lesson_ui(ui, enabled);
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new(crate::t!("review-week-question")).strong());
                ui.horizontal(|ui| {
                    let accent = theme::gold(ui.visuals().dark_mode);
                    let current = self.rating.map(Rating::get);
                    let values = Rating::MIN..=Rating::MAX;
                    let name = crate::t!("review-week-rating");
                    if let Some(clicked) =
                        value_cells_ui(ui, &name, values, current, accent, enabled)
                    {
                        self.rating = if current == Some(clicked) {
                            None
                        } else {
                            Rating::try_from(clicked).ok()
                        };
                        changed = true;
                    }
                });
                ui.add_space(theme::SECTION_GAP);
                ui.label(
                    egui::RichText::new(crate::t!("review-kept-as-you-type"))
                        .small()
                        .weak(),
                );
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(enabled, egui::Button::new(crate::t!("common-done")))
                        .on_hover_text(crate::t!("review-done-hover"))
                        .clicked()
                    {
                        commands.push(AppCommand::Practice(PracticeCommand::FinishReview));
                    }
                    if ui
                        .button(crate::t!("review-back"))
                        .on_hover_text(crate::t!("review-back-hover"))
                        .clicked()
                    {
                        commands.push(AppCommand::Practice(PracticeCommand::CloseReview));
                    }
                });
            });
        if changed && enabled {
            commands.push(AppCommand::Practice(PracticeCommand::SaveReview(
                self.review(),
            )));
        }
    }

    fn ratings_ui(&self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(crate::t!("review-ratings-heading")).strong());
            let mean = |value: Option<f64>| {
                value.map_or_else(|| "–".to_owned(), |v| crate::i18n::decimal(v, 1))
            };
            egui::Grid::new("review_ratings")
                .striped(true)
                .show(ui, |ui| {
                    ui.label("");
                    ui.label(egui::RichText::new(crate::t!("review-this-period")).weak());
                    ui.label(egui::RichText::new(crate::t!("review-period-before")).weak());
                    ui.end_row();
                    for rating in &self.week.ratings {
                        let scale = RatingScale::ALL
                            .into_iter()
                            .find(|scale| scale.key() == rating.rating)
                            .unwrap_or(RatingScale::Mood);
                        ui.horizontal(|ui| {
                            theme::color_dot(ui, theme::scale_color(scale, dark));
                            ui.label(scale.screen_label());
                        });
                        ui.label(crate::t!(
                            "review-mean-days",
                            mean = mean(rating.mean),
                            days = rating.days
                        ));
                        ui.label(crate::t!(
                            "review-mean-days",
                            mean = mean(rating.previous_mean),
                            days = rating.previous_days
                        ));
                        ui.end_row();
                    }
                });
            let days = (self.to - self.from).num_days() as f64;
            Plot::new("review_chart")
                .height(120.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .allow_boxed_zoom(false)
                .show_x(false)
                .show_axes([false, true])
                .default_x_bounds(-0.5, days + 0.5)
                .default_y_bounds(0.5, 10.5)
                .show(ui, |plot| {
                    for series in &self.series {
                        let color = theme::scale_color(series.scale, dark);
                        let name = series.scale.screen_label();
                        plot.add(
                            Line::new(
                                crate::t!("review-line-before", scale = name.as_str()),
                                PlotPoints::from(series.before.clone()),
                            )
                            .color(color.gamma_multiply(0.35))
                            .width(1.5),
                        );
                        plot.add(
                            Line::new(name, PlotPoints::from(series.now.clone()))
                                .color(color)
                                .width(2.5),
                        );
                    }
                });
            ui.label(
                egui::RichText::new(crate::t!("review-faint-lines"))
                    .small()
                    .weak(),
            );
        });
    }

    fn looking_back_ui(
        &self,
        ui: &mut egui::Ui,
        journal: &Journal,
        commands: &mut Vec<AppCommand>,
    ) {
        let week = &self.week;
        let setback_ui =
            |ui: &mut egui::Ui, setback: &SetbackInReview, commands: &mut Vec<AppCommand>| {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .link(crate::t!(
                            "review-setback-link",
                            title = setback.title.as_str(),
                            date = crate::i18n::date(setback.date, DateStyle::DayMonth)
                        ))
                        .clicked()
                    {
                        commands.push(AppCommand::OpenSetback(setback.id));
                    }
                    let next = if setback.next_step.is_empty() {
                        crate::t!("review-no-next-step")
                    } else {
                        crate::t!("review-next-step", step = setback.next_step.as_str())
                    };
                    ui.label(egui::RichText::new(next).weak());
                });
            };
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(crate::t!("review-setbacks")).strong());
            if week.setbacks.is_empty() {
                ui.label(egui::RichText::new(crate::t!("review-no-setbacks")).weak());
            }
            for setback in &week.setbacks {
                setback_ui(ui, setback, commands);
            }
            if !week.still_open.is_empty() {
                ui.label(egui::RichText::new(crate::t!("review-still-open")).strong());
                for setback in week.still_open.iter().rev().take(STILL_OPEN_SHOWN) {
                    setback_ui(ui, setback, commands);
                }
                let more = week.still_open.len().saturating_sub(STILL_OPEN_SHOWN);
                if more > 0 {
                    ui.label(
                        egui::RichText::new(crate::t!("review-and-more", count = more)).weak(),
                    );
                }
            }
            ui.add_space(theme::GAP);
            ui.label(egui::RichText::new(crate::t!("review-experiments")).strong());
            if week.experiments_due.is_empty() && week.experiments_tried.is_empty() {
                ui.label(egui::RichText::new(crate::t!("review-no-experiments")).weak());
            }
            for experiment in &week.experiments_due {
                // The week's words are English (they are also `kintsugi review --json`); the
                // screen says when in the reader's language.
                let when = journal
                    .experiment(experiment.id)
                    .map_or_else(|| experiment.when.clone(), Experiment::when_in_words);
                ui.label(crate::t!(
                    "review-experiment-due",
                    text = experiment.text.as_str(),
                    when = when
                ));
            }
            for experiment in &week.experiments_tried {
                ui.label(crate::t!(
                    "review-experiment-tried",
                    text = experiment.text.as_str(),
                    status = experiment.status
                ));
            }
            if !week.feedback.is_empty() {
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new(crate::t!("review-feedback")).strong());
                for feedback in &week.feedback {
                    let source = feedback.source.label();
                    let from = match &feedback.name {
                        Some(name) => {
                            crate::t!(
                                "review-feedback-from",
                                source = source,
                                name = name.as_str()
                            )
                        }
                        None => source,
                    };
                    ui.label(crate::t!(
                        "review-feedback-line",
                        from = from,
                        insight = feedback.insight.as_str()
                    ));
                }
            }
        });
    }

    fn lesson_ui(&mut self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut changed = false;
        let label = ui.label(egui::RichText::new(crate::t!("review-lesson")).strong());
        if !self.week.lessons.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(crate::t!("review-lessons-from-period")).weak());
                for lesson in &self.week.lessons {
                    let chosen = self.lesson == *lesson;
                    if ui
                        .add_enabled(enabled, egui::Button::selectable(chosen, lesson.as_str()))
                        .on_hover_text(crate::t!("review-carry-lesson"))
                        .clicked()
                    {
                        self.lesson.clone_from(lesson);
                        changed = true;
                    }
                }
            });
        }
        changed |= ui
            .add_enabled(
                enabled,
                egui::TextEdit::singleline(&mut self.lesson)
                    .id_salt("review_lesson")
                    .hint_text(crate::t!("review-lesson-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        changed
    }
}
