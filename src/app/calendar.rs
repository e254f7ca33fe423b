//! The calendar date picker beside every date field, and behind Today's date heading: a month
//! grid in a popup, driven by mouse or keyboard alone (arrows by day and week, Page Up/Down by
//! month, Home/End to the week's ends, Enter picks, Escape closes and gives focus back). Each day
//! is announced with its full date and what the journal holds on it; days the field cannot take
//! are shown disabled and say why. The rules live in [`crate::calendar`]; this draws them.

use chrono::{Datelike, NaiveDate, Weekday};
use egui::{Id, Key, Modifiers, Role, WidgetInfo};

use super::theme;
use crate::calendar::{
    CalendarMove, DateBounds, DayContents, day_description, full_date, month_grid, move_focus,
    week_order,
};
use crate::i18n::{DateStyle, Language};
use crate::model::Journal;

/// Side of one day's cell.
const DAY_SIZE: f32 = 34.0;

/// Where the app keeps the first day of the week for every picker (a preference).
fn first_weekday_id() -> Id {
    Id::unique("calendar_first_weekday")
}

/// Sets the first day of the week every calendar shows from now on.
pub fn set_first_weekday(ctx: &egui::Context, weekday: Weekday) {
    ctx.data_mut(|data| data.insert_temp(first_weekday_id(), weekday));
}

/// The first day of the week calendars show (Monday unless the preference says otherwise).
pub fn first_weekday(ctx: &egui::Context) -> Weekday {
    ctx.data(|data| data.get_temp(first_weekday_id()))
        .unwrap_or(Weekday::Mon)
}

/// What a calendar needs beyond the date: the field it fills, the days allowed, the journal
/// for marking days, and whether days are tinted by their mood (Today's heading).
pub struct CalendarSpec<'a> {
    /// The field's name, for the button's accessible name ("Calendar for Date").
    pub field: &'a str,
    /// The days the field can take.
    pub bounds: DateBounds,
    /// The journal whose days are marked.
    pub journal: &'a Journal,
    /// Tint each day by its mood.
    pub tint_moods: bool,
}

/// An open calendar's state, kept in egui's memory under the picker's id.
#[derive(Debug, Clone, Copy)]
struct OpenCalendar {
    /// The day with keyboard focus; its month is the one shown.
    focus: NaiveDate,
    /// Focus still has to move into the grid.
    focus_pending: bool,
    /// The widget that opened the calendar, which gets focus back on closing.
    anchor: Id,
    /// The last frame whose keys the calendar took: the frame that opened it (its Enter
    /// opened the calendar), or one it handled already, should egui run that frame's pass
    /// again with the same input.
    keys_taken_in: u64,
}

/// What the user did to a date field this frame.
pub struct DateFieldEdit {
    /// The text was typed into.
    pub typed: bool,
    /// A day was picked on the calendar (and written into the text).
    pub picked: Option<NaiveDate>,
    /// The text field's response (for Enter and focus).
    pub field: egui::Response,
}

impl DateFieldEdit {
    /// True when the text changed either way.
    pub fn changed(&self) -> bool {
        self.typed || self.picked.is_some()
    }
}

/// "From [date] to [date]": the two fields of a date range (the Progress custom range, the
/// Journal screen's dates), each with its calendar; `bounds` are the days each may take
/// (`calendar::range_bounds`). Returns the two fields' edits, from first.
pub fn date_range_fields_ui(
    ui: &mut egui::Ui,
    [from_text, to_text]: [&mut String; 2],
    id_prefix: &str,
    (from_bounds, to_bounds): (DateBounds, DateBounds),
    journal: &crate::model::Journal,
    today: NaiveDate,
) -> [DateFieldEdit; 2] {
    let field =
        |ui: &mut egui::Ui, label: String, name: String, key: &str, text: &mut String, bounds| {
            let label = ui.label(label);
            let spec = CalendarSpec {
                field: &name,
                bounds,
                journal,
                tint_moods: true,
            };
            let id = format!("{id_prefix}_{key}");
            date_field_ui(ui, text, &id, label.id, &spec, today, true, 116.0)
        };
    let from = field(
        ui,
        crate::t!("calendar-range-from"),
        crate::t!("calendar-range-from-field"),
        "from",
        from_text,
        from_bounds,
    );
    let to = field(
        ui,
        crate::t!("calendar-range-to"),
        crate::t!("calendar-range-to-field"),
        "to",
        to_text,
        to_bounds,
    );
    [from, to]
}

/// A date field as every screen has it: `YYYY-MM-DD` typed into `text`, named by the label
/// `label`, with the calendar button after it; a picked day is written into `text`.
#[expect(
    clippy::too_many_arguments,
    reason = "a field with its label, bounds and width"
)]
pub fn date_field_ui(
    ui: &mut egui::Ui,
    text: &mut String,
    id_salt: &str,
    label: Id,
    spec: &CalendarSpec<'_>,
    today: NaiveDate,
    enabled: bool,
    width: f32,
) -> DateFieldEdit {
    let field = ui
        .add_enabled(
            enabled,
            egui::TextEdit::singleline(text)
                .id_salt(id_salt)
                .hint_text(crate::t!("calendar-date-hint"))
                .desired_width(width),
        )
        .labelled_by(label);
    let current = text.trim().parse().ok();
    let picked = calendar_button_ui(ui, id_salt, spec, current, today, enabled);
    if let Some(day) = picked {
        *text = day.to_string();
    }
    DateFieldEdit {
        typed: field.changed(),
        picked,
        field,
    }
}

/// A small calendar button placed after a date field. Returns the day picked.
fn calendar_button_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    spec: &CalendarSpec<'_>,
    current: Option<NaiveDate>,
    today: NaiveDate,
    enabled: bool,
) -> Option<NaiveDate> {
    let id = ui.make_persistent_id(("calendar", id_salt));
    let button = ui
        .add_enabled(enabled, egui::Button::new("📅"))
        .on_hover_text(crate::t!(
            "calendar-choose-hover",
            field = field_in_sentence(spec.field)
        ));
    let field = spec.field.to_owned();
    button.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            enabled,
            crate::t!("calendar-button-name", field = field.clone()),
        )
    });
    if button.clicked() {
        toggle(
            ui.ctx(),
            id,
            button.id,
            spec.bounds.clamp(current.unwrap_or(today)),
        );
    }
    calendar_popup_ui(ui.ctx(), id, &button, spec, current, today)
}

/// A field's name inside a sentence: lowercase ("Choose the date on a calendar"), except in
/// German, where nouns keep their capital ("Datum im Kalender wählen").
fn field_in_sentence(field: &str) -> String {
    if crate::i18n::language() == Language::German {
        field.to_owned()
    } else {
        field.to_lowercase()
    }
}

/// Opens the calendar `id` on `start`, or closes it when it is open.
pub fn toggle(ctx: &egui::Context, id: Id, anchor: Id, start: NaiveDate) {
    let open = ctx.data(|data| data.get_temp::<OpenCalendar>(id)).is_some();
    let frame = ctx.cumulative_frame_nr();
    ctx.data_mut(|data| {
        if open {
            data.remove::<OpenCalendar>(id);
        } else {
            data.insert_temp(
                id,
                OpenCalendar {
                    focus: start,
                    focus_pending: true,
                    anchor,
                    keys_taken_in: frame,
                },
            );
        }
    });
}

/// Draws the calendar `id` below `anchor` while it is open. Returns the day picked.
pub fn calendar_popup_ui(
    ctx: &egui::Context,
    id: Id,
    anchor: &egui::Response,
    spec: &CalendarSpec<'_>,
    current: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let mut state = ctx.data(|data| data.get_temp::<OpenCalendar>(id))?;
    let first = first_weekday(ctx);
    let mut picked = None;
    let mut close = false;

    // The arrows belong to the calendar: egui must not also move focus between widgets, in
    // this pass or in a pass egui runs again for the same frame.
    let arrows = [
        Key::ArrowLeft,
        Key::ArrowRight,
        Key::ArrowUp,
        Key::ArrowDown,
    ];
    if ctx.input(|input| arrows.iter().any(|key| input.key_pressed(*key))) {
        ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
    }
    let frame = ctx.cumulative_frame_nr();
    let keys_for_us = state.keys_taken_in != frame;
    state.keys_taken_in = frame;
    let moved = ctx.input_mut(|input| {
        if !keys_for_us {
            return None;
        }
        let keys = [
            (Key::ArrowLeft, CalendarMove::PreviousDay),
            (Key::ArrowRight, CalendarMove::NextDay),
            (Key::ArrowUp, CalendarMove::PreviousWeek),
            (Key::ArrowDown, CalendarMove::NextWeek),
            (Key::PageUp, CalendarMove::PreviousMonth),
            (Key::PageDown, CalendarMove::NextMonth),
            (Key::Home, CalendarMove::WeekStart),
            (Key::End, CalendarMove::WeekEnd),
        ];
        let mut moved = None;
        for (key, movement) in keys {
            while input.consume_key(Modifiers::NONE, key) {
                moved = Some(moved.map_or(
                    move_focus(state.focus, movement, first),
                    |date: NaiveDate| move_focus(date, movement, first),
                ));
            }
        }
        moved
    });
    if let Some(date) = moved {
        // Days the field cannot take are passed over: focus stays on the nearest allowed day.
        state.focus = spec.bounds.clamp(date);
        state.focus_pending = true;
    }
    if keys_for_us && ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape)) {
        close = true;
    }
    if keys_for_us && ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Enter)) {
        if spec.bounds.refusal(state.focus).is_none() {
            picked = Some(state.focus);
        }
        close |= picked.is_some();
    }

    let area = egui::Area::new(id.with("popup"))
        .order(egui::Order::Foreground)
        .fixed_pos(anchor.rect.left_bottom() + egui::vec2(0.0, 4.0))
        .constrain(true)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                month_header_ui(ui, &mut state);
                if let Some(day) = grid_ui(ui, id, &mut state, spec, current, today, first) {
                    picked = Some(day);
                }
                footer_ui(ui, spec, today, &mut picked);
            });
        });
    let clicked_outside = area.response.clicked_elsewhere() && !anchor.clicked();
    if picked.is_some() || close || clicked_outside {
        ctx.data_mut(|data| data.remove::<OpenCalendar>(id));
        if !clicked_outside {
            ctx.memory_mut(|memory| memory.request_focus(state.anchor));
        }
    } else {
        ctx.data_mut(|data| data.insert_temp(id, state));
    }
    picked
}

/// "November 2026" between buttons for the month before and after.
fn month_header_ui(ui: &mut egui::Ui, state: &mut OpenCalendar) {
    ui.horizontal(|ui| {
        let previous = ui
            .small_button("⏴")
            .on_hover_text(crate::t!("calendar-previous-month-hover"));
        previous.widget_info(|| {
            WidgetInfo::labeled(Role::Button, true, crate::t!("calendar-previous-month"))
        });
        if previous.clicked() {
            state.focus = move_focus(state.focus, CalendarMove::PreviousMonth, Weekday::Mon);
        }
        let title = crate::i18n::date(state.focus, DateStyle::MonthYear);
        ui.add_sized(
            [DAY_SIZE * 7.0 - 60.0, 20.0],
            egui::Label::new(egui::RichText::new(title).strong()),
        );
        let next = ui
            .small_button("⏵")
            .on_hover_text(crate::t!("calendar-next-month-hover"));
        next.widget_info(|| {
            WidgetInfo::labeled(Role::Button, true, crate::t!("calendar-next-month"))
        });
        if next.clicked() {
            state.focus = move_focus(state.focus, CalendarMove::NextMonth, Weekday::Mon);
        }
    });
}

/// The weekday names and six weeks of days. Returns the day clicked.
fn grid_ui(
    ui: &mut egui::Ui,
    id: Id,
    state: &mut OpenCalendar,
    spec: &CalendarSpec<'_>,
    current: Option<NaiveDate>,
    today: NaiveDate,
    first: Weekday,
) -> Option<NaiveDate> {
    let dark = ui.visuals().dark_mode;
    let mut picked = None;
    let following = !state.focus_pending;
    egui::Grid::new(id.with("grid"))
        .spacing([2.0, 2.0])
        .min_col_width(DAY_SIZE)
        .show(ui, |ui| {
            for weekday in week_order(first) {
                ui.vertical_centered(|ui| {
                    ui.label(
                        egui::RichText::new(weekday_abbreviation(weekday))
                            .small()
                            .weak(),
                    );
                });
            }
            ui.end_row();
            for (index, day) in month_grid(state.focus, first).into_iter().enumerate() {
                let contents = DayContents::of(spec.journal, day);
                let refusal = spec.bounds.refusal(day);
                let response = day_ui(
                    ui,
                    day,
                    state.focus,
                    contents,
                    refusal,
                    current,
                    today,
                    spec.tint_moods,
                    dark,
                );
                if day == state.focus {
                    if state.focus_pending {
                        response.request_focus();
                        state.focus_pending = false;
                    }
                    let filter = egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: true,
                        tab: false,
                    };
                    ui.memory_mut(|memory| memory.set_focus_lock_filter(response.id, filter));
                }
                if response.clicked() {
                    picked = Some(day);
                }
                if following && response.has_focus() && day != state.focus {
                    // Tab moved focus onto another day: the calendar follows.
                    state.focus = day;
                }
                if index % 7 == 6 {
                    ui.end_row();
                }
            }
        });
    picked
}

/// One day's cell: its number, tinted by mood when asked, a dot for setbacks, a ring for the
/// day in the field, bold for today, faint outside the shown month.
#[expect(
    clippy::too_many_arguments,
    reason = "one cell needs its whole context"
)]
fn day_ui(
    ui: &mut egui::Ui,
    day: NaiveDate,
    focus: NaiveDate,
    contents: DayContents,
    refusal: Option<&str>,
    current: Option<NaiveDate>,
    today: NaiveDate,
    tint_moods: bool,
    dark: bool,
) -> egui::Response {
    let in_month = day.month() == focus.month() && day.year() == focus.year();
    let mood_fill = contents.mood.filter(|_| tint_moods).map(|mood| {
        let fill = theme::mood_color(mood, dark);
        if in_month {
            fill
        } else {
            fill.gamma_multiply(0.4)
        }
    });
    let mut text = egui::RichText::new(day.day().to_string());
    if day == today {
        text = text.strong().underline();
    }
    if let Some(mood) = contents.mood.filter(|_| tint_moods && in_month) {
        text = text.color(theme::mood_ink(mood, dark));
    } else if !in_month {
        text = text.color(ui.visuals().weak_text_color());
    }
    let mut button = egui::Button::new(text).min_size(egui::vec2(DAY_SIZE, DAY_SIZE - 6.0));
    if let Some(fill) = mood_fill {
        button = button.fill(fill);
    }
    if current == Some(day) {
        button = button.stroke(egui::Stroke::new(2.0, theme::gold(dark)));
    }
    let enabled = refusal.is_none();
    let response = ui.add_enabled(enabled, button);
    if contents.setbacks > 0 {
        let dot = contents.mood.filter(|_| tint_moods).map_or_else(
            || theme::error_color(dark),
            |mood| theme::mood_ink(mood, dark),
        );
        ui.painter()
            .circle_filled(response.rect.right_top() + egui::vec2(-5.0, 5.0), 3.0, dot);
    }
    let description = day_description(day, contents, refusal);
    let hover = description.clone();
    response.widget_info(|| {
        WidgetInfo::selected(Role::Button, enabled, current == Some(day), &description)
    });
    response
        .on_hover_text(hover.clone())
        .on_disabled_hover_text(hover)
}

/// "Today" and the keys, under the grid.
fn footer_ui(
    ui: &mut egui::Ui,
    spec: &CalendarSpec<'_>,
    today: NaiveDate,
    picked: &mut Option<NaiveDate>,
) {
    ui.horizontal(|ui| {
        let allowed = spec.bounds.refusal(today).is_none();
        let button = ui
            .add_enabled(allowed, egui::Button::new(crate::t!("calendar-today")))
            .on_hover_text(full_date(today));
        if button.clicked() {
            *picked = Some(today);
        }
    });
    ui.label(
        egui::RichText::new(crate::t!("calendar-keys"))
            .small()
            .weak(),
    );
}

/// Two-letter weekday names for the grid's header (the full names are in each day's name).
fn weekday_abbreviation(weekday: Weekday) -> String {
    match weekday {
        Weekday::Mon => crate::t!("calendar-weekday-mon"),
        Weekday::Tue => crate::t!("calendar-weekday-tue"),
        Weekday::Wed => crate::t!("calendar-weekday-wed"),
        Weekday::Thu => crate::t!("calendar-weekday-thu"),
        Weekday::Fri => crate::t!("calendar-weekday-fri"),
        Weekday::Sat => crate::t!("calendar-weekday-sat"),
        Weekday::Sun => crate::t!("calendar-weekday-sun"),
    }
}
