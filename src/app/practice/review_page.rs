//! The weekly review (SPEC §2 item 7): one guided page over the days since the last review —
//! the ratings against the period before, what went well, setbacks of the period and those
//! still open with their next step, experiments due or tried, feedback received, one lesson to
//! carry on and a rating of the week — saved as a Review.

use chrono::{Days, NaiveDate};
use egui_plot::{Line, Plot, PlotPoints};

use super::PracticeCommand;
use crate::app::widgets::value_cells_ui;
use crate::app::{AppCommand, theme};
use crate::insights::{DateRange, SetbackInReview, WeekInReview};
use crate::model::{Journal, Rating, RatingScale, Review, ReviewId};
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
            ui.heading("Review your week");
            ui.label(
                egui::RichText::new(format!(
                    "{} – {}",
                    self.from.format("%-d %b"),
                    self.to.format("%-d %b %Y")
                ))
                .weak(),
            );
        });
        ui.label(
            egui::RichText::new(
                "A few minutes to look back: the days since your last review (at most four weeks).",
            )
            .weak(),
        );
        ui.add_space(theme::GAP);
        egui::ScrollArea::vertical()
            .id_salt("weekly_review")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.ratings_ui(ui);
                ui.add_space(theme::GAP);
                let label = ui.label(egui::RichText::new("What went well").strong());
                changed |= ui
                    .add_enabled(
                        enabled,
                        egui::TextEdit::multiline(&mut self.went_well)
                            .id_salt("review_went_well")
                            .hint_text("Something that went well, however small")
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.add_space(theme::GAP);
                self.looking_back_ui(ui, commands);
                ui.add_space(theme::GAP);
                changed |= self.lesson_ui(ui, enabled);
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new("How was the week, overall?").strong());
                ui.horizontal(|ui| {
                    let accent = theme::gold(ui.visuals().dark_mode);
                    let current = self.rating.map(Rating::get);
                    let values = Rating::MIN..=Rating::MAX;
                    if let Some(clicked) =
                        value_cells_ui(ui, "Week rating", values, current, accent, enabled)
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
                    egui::RichText::new(
                        "What you write here is kept as you type, like everything else.",
                    )
                    .small()
                    .weak(),
                );
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(enabled, egui::Button::new("Done"))
                        .on_hover_text("Close the review; it is kept")
                        .clicked()
                    {
                        commands.push(AppCommand::Practice(PracticeCommand::FinishReview));
                    }
                    if ui
                        .button("Back to Today")
                        .on_hover_text("Leave the review for now; come back to it from Today")
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
            ui.label(egui::RichText::new("Your ratings, against the days before").strong());
            let mean =
                |value: Option<f64>| value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"));
            egui::Grid::new("review_ratings")
                .striped(true)
                .show(ui, |ui| {
                    ui.label("");
                    ui.label(egui::RichText::new("This period").weak());
                    ui.label(egui::RichText::new("The period before").weak());
                    ui.end_row();
                    for rating in &self.week.ratings {
                        let scale = RatingScale::ALL
                            .into_iter()
                            .find(|scale| scale.key() == rating.rating)
                            .unwrap_or(RatingScale::Mood);
                        ui.horizontal(|ui| {
                            theme::color_dot(ui, theme::scale_color(scale, dark));
                            ui.label(scale.label());
                        });
                        ui.label(format!("{} ({} days)", mean(rating.mean), rating.days));
                        ui.label(format!(
                            "{} ({} days)",
                            mean(rating.previous_mean),
                            rating.previous_days
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
                        let name = series.scale.label();
                        plot.add(
                            Line::new(
                                format!("{name}, before"),
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
                egui::RichText::new("Faint lines: the same days of the period before.")
                    .small()
                    .weak(),
            );
        });
    }

    fn looking_back_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        let week = &self.week;
        let setback_ui =
            |ui: &mut egui::Ui, setback: &SetbackInReview, commands: &mut Vec<AppCommand>| {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .link(format!(
                            "{} · {}",
                            setback.title,
                            setback.date.format("%-d %b")
                        ))
                        .clicked()
                    {
                        commands.push(AppCommand::OpenSetback(setback.id));
                    }
                    let next = if setback.next_step.is_empty() {
                        "no next step written yet".to_owned()
                    } else {
                        format!("next: {}", setback.next_step)
                    };
                    ui.label(egui::RichText::new(next).weak());
                });
            };
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new("Setbacks").strong());
            if week.setbacks.is_empty() {
                ui.label(egui::RichText::new("None in this period.").weak());
            }
            for setback in &week.setbacks {
                setback_ui(ui, setback, commands);
            }
            if !week.still_open.is_empty() {
                ui.label(egui::RichText::new("Still open from before").strong());
                for setback in week.still_open.iter().rev().take(STILL_OPEN_SHOWN) {
                    setback_ui(ui, setback, commands);
                }
                let more = week.still_open.len().saturating_sub(STILL_OPEN_SHOWN);
                if more > 0 {
                    ui.label(egui::RichText::new(format!("and {more} more")).weak());
                }
            }
            ui.add_space(theme::GAP);
            ui.label(egui::RichText::new("Experiments").strong());
            if week.experiments_due.is_empty() && week.experiments_tried.is_empty() {
                ui.label(egui::RichText::new("None due or tried in this period.").weak());
            }
            for experiment in &week.experiments_due {
                ui.label(format!("Due: {} ({})", experiment.text, experiment.when));
            }
            for experiment in &week.experiments_tried {
                ui.label(format!(
                    "Tried: {} — {}",
                    experiment.text, experiment.status
                ));
            }
            if !week.feedback.is_empty() {
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new("Feedback received").strong());
                for feedback in &week.feedback {
                    ui.label(format!("{}: “{}”", feedback.from, feedback.insight));
                }
            }
        });
    }

    fn lesson_ui(&mut self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut changed = false;
        let label = ui.label(egui::RichText::new("One lesson to carry into next week").strong());
        if !self.week.lessons.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new("From this period:").weak());
                for lesson in &self.week.lessons {
                    let chosen = self.lesson == *lesson;
                    if ui
                        .add_enabled(enabled, egui::Button::selectable(chosen, lesson.as_str()))
                        .on_hover_text("Carry this lesson on")
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
                    .hint_text("Pick one above, or write your own")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        changed
    }
}
