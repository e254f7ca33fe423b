//! Widgets shared by several screens.

use egui::{Color32, CornerRadius, Role, Sense, Stroke, StrokeKind, WidgetInfo};

use super::theme;
use crate::model::{Rating, RatingScale};

/// Width and height of one cell of a 1–10 scale.
const CELL_SIZE: egui::Vec2 = egui::vec2(34.0, 30.0);

/// Width kept for the words at each end of a scale, so that the ten cells line up.
const END_WORD_WIDTH: f32 = 88.0;

/// A 1–10 rating scale: ten cells between the words for its two ends, plus a button that
/// clears the rating. Each cell is announced to screen readers as e.g. "Mood 7".
/// Returns true when the user changed the rating.
pub fn rating_scale_ui(
    ui: &mut egui::Ui,
    scale: RatingScale,
    rating: &mut Option<Rating>,
    enabled: bool,
) -> bool {
    let dark = ui.visuals().dark_mode;
    let accent = theme::scale_color(scale, dark);
    let mut changed = false;
    // Looked up once per frame for the heading, the ten cells' names and the Clear button.
    let name = scale.screen_label();
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(&name).strong().size(16.0).color(accent));
        ui.label(egui::RichText::new(scale.question()).weak());
    });
    let (low, high) = scale.end_words();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        ui.add_sized(
            [END_WORD_WIDTH, CELL_SIZE.y],
            egui::Label::new(egui::RichText::new(low).small().weak()).truncate(),
        );
        let current = rating.map(Rating::get);
        let values = Rating::MIN..=Rating::MAX;
        if let Some(clicked) = value_cells_ui(ui, &name, values, current, accent, enabled) {
            *rating = if current == Some(clicked) {
                None
            } else {
                Rating::try_from(clicked).ok()
            };
            changed = true;
        }
        ui.add_sized(
            [END_WORD_WIDTH, CELL_SIZE.y],
            egui::Label::new(egui::RichText::new(high).small().weak()),
        );
        if rating.is_some() && enabled {
            let clear = ui
                .small_button(crate::t!("window-clear-rating"))
                .on_hover_text(crate::t!(
                    "window-clear-rating-hover",
                    scale = in_sentence(&name)
                ));
            clear.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Button,
                    true,
                    crate::t!("window-clear-rating-name", scale = name.as_str()),
                )
            });
            if clear.clicked() {
                *rating = None;
                changed = true;
            }
        }
    });
    changed
}

/// A name as it stands inside a sentence ("Remove contributing factor 2"): in lower case,
/// except in German, where nouns keep their capital.
fn in_sentence(name: &str) -> String {
    if crate::i18n::language() == crate::i18n::Language::German {
        name.to_owned()
    } else {
        name.to_lowercase()
    }
}

/// A row of numbered cells (`values`), the `selected` one filled with `accent`. Each cell is
/// announced as "<name> <value>". Returns the value clicked, if any.
pub fn value_cells_ui(
    ui: &mut egui::Ui,
    name: &str,
    values: std::ops::RangeInclusive<u8>,
    selected: Option<u8>,
    accent: Color32,
    enabled: bool,
) -> Option<u8> {
    let mut clicked = None;
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for value in values {
            let cell = ui.add_enabled_ui(enabled, |ui| {
                value_cell_ui(ui, name, value, selected == Some(value), accent)
            });
            if cell.inner.clicked() {
                clicked = Some(value);
            }
        }
    });
    clicked
}

fn value_cell_ui(
    ui: &mut egui::Ui,
    name: &str,
    value: u8,
    selected: bool,
    accent: Color32,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(CELL_SIZE, Sense::click());
    let label = format!("{name} {value}");
    response.widget_info(|| {
        WidgetInfo::selected(Role::RadioButton, ui.is_enabled(), selected, label.clone())
    });
    if ui.is_rect_visible(rect) {
        let text_color = ui
            .style()
            .interact_selectable(&response, selected)
            .text_color();
        let (fill, text_color, stroke) = if selected {
            (accent, contrast_text(accent), Stroke::new(1.0, accent))
        } else {
            let hover = response.hovered() && ui.is_enabled();
            let stroke = if hover {
                Stroke::new(1.5, accent)
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            };
            (ui.visuals().extreme_bg_color, text_color, stroke)
        };
        let painter = ui.painter();
        painter.rect(
            rect,
            CornerRadius::same(theme::CORNER_RADIUS),
            fill,
            stroke,
            StrokeKind::Inside,
        );
        if response.has_focus() {
            painter.rect_stroke(
                rect.expand(2.0),
                CornerRadius::same(theme::CORNER_RADIUS + 2),
                ui.visuals().selection.stroke,
                StrokeKind::Outside,
            );
        }
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            value.to_string(),
            egui::TextStyle::Button.resolve(ui.style()),
            text_color,
        );
    }
    response.on_hover_text(format!("{name}: {value}"))
}

/// Black or white, whichever reads better on `background`.
fn contrast_text(background: Color32) -> Color32 {
    let luminance = 0.299 * f32::from(background.r())
        + 0.587 * f32::from(background.g())
        + 0.114 * f32::from(background.b());
    if luminance > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Tags as removable chips plus a field that adds what is typed on Enter or when focus leaves
/// it. `new_tag` holds what is being typed. Returns true when the list changed.
pub fn tag_editor_ui(
    ui: &mut egui::Ui,
    tags: &mut Vec<String>,
    new_tag: &mut String,
    suggestions: &[String],
    enabled: bool,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(crate::t!("window-tags"));
        let mut remove = None;
        for (index, tag) in tags.iter().enumerate() {
            let chip = ui
                .add_enabled(
                    enabled,
                    egui::Button::new(format!("{tag}  ×")).corner_radius(12),
                )
                .on_hover_text(crate::t!("window-remove-tag-hover", tag = tag.as_str()));
            chip.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Button,
                    enabled,
                    crate::t!("window-remove-tag-name", tag = tag.as_str()),
                )
            });
            if chip.clicked() {
                remove = Some(index);
            }
        }
        if let Some(index) = remove {
            tags.remove(index);
            changed = true;
        }
        let field = ui.add_enabled(
            enabled,
            egui::TextEdit::singleline(new_tag)
                .id_salt("new_tag")
                .hint_text(crate::t!("window-tag-hint"))
                .desired_width(170.0),
        );
        let field = field.labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let typed = new_tag.trim().to_lowercase();
        let mut picked = None;
        let mut reaching_for_suggestion = false;
        if !typed.is_empty() {
            let matching: Vec<&String> = suggestions
                .iter()
                .filter(|known| known.to_lowercase().starts_with(&typed) && !tags.contains(known))
                .take(4)
                .collect();
            for known in matching {
                let button = ui
                    .small_button(known)
                    .on_hover_text(crate::t!("window-add-this-tag"));
                reaching_for_suggestion |= button.hovered() || button.is_pointer_button_down_on();
                if button.clicked() {
                    picked = Some(known.clone());
                }
            }
        }
        if let Some(known) = picked {
            tags.push(known);
            new_tag.clear();
            changed = true;
        } else if field.lost_focus() && (entered || !reaching_for_suggestion) {
            // Text typed here is added when focus leaves the field, exactly as Enter adds it
            // (but not while the pointer goes for one of the suggestions).
            changed |= add_tags(tags, new_tag);
            if entered {
                field.request_focus();
            }
        }
    });
    changed
}

/// Adds the comma-separated tags typed in `new_tag` that are not there yet, then clears it.
fn add_tags(tags: &mut Vec<String>, new_tag: &mut String) -> bool {
    let mut changed = false;
    for tag in new_tag
        .split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
    {
        if !tags.iter().any(|known| known.eq_ignore_ascii_case(tag)) {
            tags.push(tag.to_owned());
            changed = true;
        }
    }
    new_tag.clear();
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_tags_are_split_on_commas_and_deduplicated() {
        let mut tags = vec!["focus".to_owned()];
        let mut typed = " Focus, deadline ,, 1:1".to_owned();
        assert!(add_tags(&mut tags, &mut typed));
        assert_eq!(tags, ["focus", "deadline", "1:1"]);
        assert!(typed.is_empty());
    }
}

/// What one row of a list says: its title, a line of details, and a flag in the error colour
/// when the entry needs attention.
#[derive(Debug, Clone, Copy)]
pub struct ListRow<'a> {
    /// The entry's name.
    pub title: &'a str,
    /// Date, category and the like, in one line.
    pub details: &'a str,
    /// Why the entry needs attention, if it does.
    pub flag: Option<&'a str>,
}

/// Edits a list of short texts: a field per item with buttons to move it up or down or remove
/// it, and a field that adds a new item on Enter. `item_name` names the items for screen
/// readers ("Contributing factor 2"). Returns true when the list changed.
pub fn text_list_ui(
    ui: &mut egui::Ui,
    item_name: &str,
    items: &mut Vec<String>,
    new_item: &mut String,
    hint: &str,
    enabled: bool,
) -> bool {
    let mut changed = false;
    let mut action: Option<(usize, ListAction)> = None;
    let count = items.len();
    let item_in_sentence = in_sentence(item_name);
    for (index, item) in items.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let number = index + 1;
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let buttons = [
                    ("×", true, ListAction::Remove),
                    ("⏷", index + 1 < count, ListAction::Down),
                    ("⏶", index > 0, ListAction::Up),
                ];
                for (glyph, possible, what) in buttons {
                    let button =
                        ui.add_enabled(enabled && possible, egui::Button::new(glyph).small());
                    let item = item_in_sentence.as_str();
                    let label = match what {
                        ListAction::Remove => {
                            crate::t!("window-list-remove", item = item, number = number)
                        }
                        ListAction::Down => {
                            crate::t!("window-list-move-down", item = item, number = number)
                        }
                        ListAction::Up => {
                            crate::t!("window-list-move-up", item = item, number = number)
                        }
                    };
                    button.widget_info(|| {
                        WidgetInfo::labeled(Role::Button, enabled && possible, label.clone())
                    });
                    if button.on_hover_text(label.clone()).clicked() {
                        action = Some((index, what));
                    }
                }
                let field = ui.add_enabled(
                    enabled,
                    egui::TextEdit::singleline(item)
                        .id_salt((item_name, "item", index))
                        .desired_width(ui.available_width()),
                );
                field.widget_info(|| {
                    WidgetInfo::labeled(Role::TextInput, enabled, format!("{item_name} {number}"))
                });
                changed |= field.changed();
            });
        });
    }
    if let Some((index, what)) = action {
        match what {
            ListAction::Up if index > 0 => items.swap(index, index - 1),
            ListAction::Down if index + 1 < items.len() => items.swap(index, index + 1),
            ListAction::Remove if index < items.len() => {
                items.remove(index);
            }
            _ => {}
        }
        changed = true;
    }
    ui.horizontal(|ui| {
        let field = ui.add_enabled(
            enabled,
            egui::TextEdit::singleline(new_item)
                .id_salt((item_name, "new"))
                .hint_text(hint)
                .desired_width(ui.available_width() - 70.0),
        );
        let add_label = crate::t!("window-list-add-name", item = item_in_sentence.as_str());
        field.widget_info(|| {
            WidgetInfo::labeled(
                Role::TextInput,
                enabled,
                crate::t!("window-list-new-name", item = item_in_sentence.as_str()),
            )
        });
        // Text typed here is added when focus leaves the field by any way (Enter, Tab, a click
        // elsewhere), exactly as Enter adds it: half-typed items are never dropped.
        let left = field.lost_focus();
        let entered = left && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let add = ui.add_enabled(
            enabled && !new_item.trim().is_empty(),
            egui::Button::new(crate::t!("window-list-add")),
        );
        add.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, add_label.clone()));
        if (left || add.clicked()) && !new_item.trim().is_empty() {
            items.push(new_item.trim().to_owned());
            new_item.clear();
            changed = true;
            if entered {
                field.request_focus();
            }
        }
    });
    changed
}

#[derive(Debug, Clone, Copy)]
enum ListAction {
    Up,
    Down,
    Remove,
}

/// A clickable row of a list: a title over a line of details, with an optional colour bar at
/// the left. Announced to screen readers by its title.
pub fn list_row_ui(
    ui: &mut egui::Ui,
    row: &ListRow<'_>,
    accent: Option<Color32>,
    selected: bool,
    height: f32,
) -> egui::Response {
    let ListRow {
        title,
        details,
        flag,
    } = *row;
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::click());
    // A flag is part of what a screen reader hears, not only a colour on the screen.
    let label = flag.map_or_else(|| title.to_owned(), |flag| format!("{title} — {flag}"));
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, label.clone()));
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let fill = if selected {
            visuals.selection.bg_fill.gamma_multiply(0.35)
        } else if response.hovered() {
            visuals.widgets.hovered.weak_bg_fill
        } else {
            Color32::TRANSPARENT
        };
        let painter = ui.painter().with_clip_rect(rect.intersect(ui.clip_rect()));
        painter.rect_filled(rect, theme::CORNER_RADIUS, fill);
        if let Some(accent) = accent {
            let bar = egui::Rect::from_min_size(
                rect.min + egui::vec2(4.0, 6.0),
                egui::vec2(4.0, rect.height() - 12.0),
            );
            painter.rect_filled(bar, 2.0, accent);
        }
        if response.has_focus() {
            painter.rect_stroke(
                rect,
                theme::CORNER_RADIUS,
                visuals.selection.stroke,
                StrokeKind::Inside,
            );
        }
        let left = rect.min.x + 16.0;
        let details_rect = rect.shrink(2.0).intersect(ui.clip_rect());
        let mut title_rect = details_rect;
        if let Some(flag) = flag {
            let color = theme::error_color(visuals.dark_mode);
            let flag = painter.layout_no_wrap(
                flag.to_owned(),
                egui::TextStyle::Small.resolve(ui.style()),
                color,
            );
            let at = egui::pos2(rect.max.x - 8.0 - flag.size().x, rect.min.y + 7.0);
            // The flag shares the title's line; the details line below keeps its full width.
            title_rect.max.x = at.x - 8.0;
            painter.galley(at, flag, color);
        }
        // One line each, ended with "…" where a long title or a language's longer words do not
        // fit (the whole row's text is its accessible name and hover).
        let one_line = |text: &str, style: egui::TextStyle, color: egui::Color32, right: f32| {
            let mut job = egui::text::LayoutJob::single_section(
                text.to_owned(),
                egui::TextFormat::simple(style.resolve(ui.style()), color),
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width((right - left).max(0.0));
            painter.layout_job(job)
        };
        let title_line = one_line(
            title,
            egui::TextStyle::Body,
            visuals.strong_text_color(),
            title_rect.max.x - 4.0,
        );
        painter.with_clip_rect(title_rect).galley(
            egui::pos2(left, rect.min.y + 5.0),
            title_line,
            visuals.strong_text_color(),
        );
        let details_line = one_line(
            details,
            egui::TextStyle::Small,
            visuals.weak_text_color(),
            details_rect.max.x - 4.0,
        );
        let details_top = rect.max.y - 6.0 - details_line.size().y;
        painter.with_clip_rect(details_rect).galley(
            egui::pos2(left, details_top),
            details_line,
            visuals.weak_text_color(),
        );
    }
    response
}

/// What the user answered in a confirmation dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The action was confirmed.
    Confirmed,
    /// Cancelled (button, Escape or a click outside).
    Cancelled,
}

/// The words of a confirmation dialog.
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    /// The dialog's heading.
    pub heading: &'a str,
    /// What will happen.
    pub message: &'a str,
    /// The button that goes ahead.
    pub confirm: &'a str,
    /// The button that does not.
    pub cancel: &'a str,
}

/// A modal that asks before something is done, with a confirm and a cancel button. Returns the
/// answer once given.
pub fn confirm_ui(ctx: &egui::Context, id: &str, question: Question<'_>) -> Option<Answer> {
    let Question {
        heading,
        message,
        confirm,
        cancel,
    } = question;
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.heading(heading);
        ui.label(message);
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(confirm).clicked() {
                answer = Some(Answer::Confirmed);
            }
            if ui.button(cancel).clicked() {
                answer = Some(Answer::Cancelled);
            }
        });
    });
    answer.or_else(|| modal.should_close().then_some(Answer::Cancelled))
}

/// Asks `question` about what waits in `pending` (e.g. the entry to delete), and nothing
/// while nothing waits. Once answered, `pending` is emptied; what it held is returned when the
/// answer was yes.
pub fn confirm_pending<T>(
    ctx: &egui::Context,
    id: &str,
    pending: &mut Option<T>,
    question: Question<'_>,
) -> Option<T> {
    pending.as_ref()?;
    match confirm_ui(ctx, id, question)? {
        Answer::Confirmed => pending.take(),
        Answer::Cancelled => {
            *pending = None;
            None
        }
    }
}
