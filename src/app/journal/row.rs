//! One row of the journal timeline: the date and heading, then an excerpt of the field where
//! the search matched (or the first field written), with the matching words highlighted, then
//! the tags (or, for an experiment, its setback). Rows have one height so that only those in view are laid out.

use egui::text::{LayoutJob, TextFormat};
use egui::{Role, Sense, WidgetInfo};

use crate::app::theme;
use crate::i18n::DateStyle;
use crate::model::RatingScale;
use crate::search::{EntryField, EntryTarget, FieldName, TimelineEntry, fold, match_ranges};

/// Characters of context shown before the first match in an excerpt.
const CONTEXT_BEFORE: usize = 40;

/// The height of every row: three lines of text with the spacing between them, the card's
/// inner margins and the gap between cards (the tags' line was clipped without the spacing).
pub(super) fn height(ui: &egui::Ui) -> f32 {
    let line = ui.text_style_height(&egui::TextStyle::Body);
    3.0 * line + 2.0 * ui.spacing().item_spacing.y + 2.0 * (theme::GAP / 2.0 + 2.0) + 8.0
}

/// Draws one entry as a clickable row; the response is the row's.
pub(super) fn entry_ui(
    ui: &mut egui::Ui,
    entry: &TimelineEntry,
    words: &[String],
    row_height: f32,
) -> egui::Response {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, row_height), Sense::click());
    let dark = ui.visuals().dark_mode;
    let visuals = ui.style().interact(&response);
    let card = rect.shrink2(egui::vec2(0.0, 3.0));
    ui.painter().rect(
        card,
        f32::from(theme::CORNER_RADIUS),
        if response.hovered() {
            visuals.weak_bg_fill
        } else {
            ui.visuals().faint_bg_color
        },
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let mut content = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(card.shrink2(egui::vec2(theme::CARD_MARGIN, theme::GAP / 2.0 + 2.0)))
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    content.set_clip_rect(card);
    let accent = match entry.target {
        EntryTarget::CheckIn(_) => theme::scale_color(RatingScale::Mood, dark),
        EntryTarget::Setback(_) => theme::gold(dark),
        EntryTarget::Experiment(..) => theme::scale_color(RatingScale::GrowthMindset, dark),
        EntryTarget::Review(_) => theme::scale_color(RatingScale::Resilience, dark),
    };
    let body = egui::TextStyle::Body.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let highlight = theme::gold(dark).gamma_multiply(0.35);

    let mut heading = LayoutJob::default();
    heading.append(
        &crate::i18n::date(entry.date, DateStyle::ShortWithWeekday),
        0.0,
        TextFormat::simple(body.clone(), weak),
    );
    heading.append("   ", 0.0, TextFormat::simple(body.clone(), weak));
    append_highlighted(
        &mut heading,
        &entry.heading,
        words,
        &body,
        accent,
        highlight,
    );
    content.add(egui::Label::new(heading).truncate().selectable(false));

    let excerpt_field = excerpt_field(entry, words);
    let mut excerpt = LayoutJob::default();
    if let Some(field) = excerpt_field {
        excerpt.append(
            &format!(
                "{} ",
                crate::t!("journal-field-label", field = field.name.label())
            ),
            0.0,
            TextFormat::simple(body.clone(), weak),
        );
        let text = excerpt_text(&field.text, words);
        append_highlighted(&mut excerpt, &text, words, &body, text_color, highlight);
    } else {
        let nothing = match entry.target {
            EntryTarget::CheckIn(_) => crate::t!("journal-ratings-only"),
            _ => crate::t!("journal-nothing-written"),
        };
        excerpt.append(&nothing, 0.0, TextFormat::simple(body.clone(), weak));
    }
    content.add(egui::Label::new(excerpt).truncate().selectable(false));

    let mut tags = LayoutJob::default();
    if !entry.context.is_empty() {
        tags.append(&entry.context, 0.0, TextFormat::simple(body.clone(), weak));
    }
    for tag in &entry.tags {
        append_highlighted(
            &mut tags,
            &format!("#{tag}  "),
            words,
            &body,
            weak,
            highlight,
        );
    }
    content.add(egui::Label::new(tags).truncate().selectable(false));

    // The name is written only when accessibility asks for it.
    response.widget_info(|| {
        let name = crate::t!(
            "journal-row-name",
            date = crate::i18n::date(entry.date, DateStyle::Full),
            heading = entry.heading.as_str()
        );
        WidgetInfo::labeled(Role::Button, true, name)
    });
    response.on_hover_text(crate::t!("journal-open-it"))
}

/// The field to show under the heading: the first (other than the title, the experiment's
/// sentence and tags, which are shown already) where a word matched, else the first written.
fn excerpt_field<'a>(entry: &'a TimelineEntry, words: &[String]) -> Option<&'a EntryField> {
    let shown = |field: &&EntryField| {
        !matches!(
            field.name,
            FieldName::Title | FieldName::Experiment | FieldName::Tag
        )
    };
    entry
        .fields
        .iter()
        .filter(shown)
        .find(|field| {
            let folded = fold(&field.text);
            words.iter().any(|word| folded.contains(word.as_str()))
        })
        .or_else(|| entry.fields.iter().find(shown))
}

/// One line of `text` starting a little before the first match.
fn excerpt_text(text: &str, words: &[String]) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = match_ranges(&line, words)
        .first()
        .map_or(0, |range| range.start);
    let before = line[..first].chars().count();
    if before <= CONTEXT_BEFORE {
        return line;
    }
    let skip = before - CONTEXT_BEFORE;
    let rest: String = line.chars().skip(skip).collect();
    // Start on a word.
    let rest = rest
        .split_once(' ')
        .map_or(rest.as_str(), |(_, after)| after)
        .to_owned();
    format!("…{rest}")
}

/// Appends `text` with the matches of `words` on a highlighted background.
fn append_highlighted(
    job: &mut LayoutJob,
    text: &str,
    words: &[String],
    font: &egui::FontId,
    color: egui::Color32,
    highlight: egui::Color32,
) {
    let plain = TextFormat::simple(font.clone(), color);
    let mut marked = TextFormat::simple(font.clone(), color);
    marked.background = highlight;
    marked.underline = egui::Stroke::new(1.0, color);
    let mut at = 0;
    for range in match_ranges(text, words) {
        if let Some(before) = text.get(at..range.start) {
            job.append(before, 0.0, plain.clone());
        }
        if let Some(found) = text.get(range.clone()) {
            job.append(found, 0.0, marked.clone());
        }
        at = range.end;
    }
    if let Some(rest) = text.get(at..) {
        job.append(rest, 0.0, plain);
    }
}
