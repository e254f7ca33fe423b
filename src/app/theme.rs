//! Colours and spacing shared by every screen. Rating colours come from the Okabe–Ito palette,
//! which stays distinguishable for the common forms of colour blindness, in a darker variant
//! for light backgrounds and a lighter one for dark backgrounds.

use egui::Color32;

use crate::model::RatingScale;
use crate::palette::{self, Rgb};

/// Space between related controls.
pub const GAP: f32 = 8.0;
/// Space between sections of a screen.
pub const SECTION_GAP: f32 = 18.0;
/// Inner margin of a card.
pub const CARD_MARGIN: f32 = 14.0;
/// Corner radius of cards and rating cells.
pub const CORNER_RADIUS: u8 = 6;

fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// The colour that stands for a rating scale on this background.
pub fn scale_color(scale: RatingScale, dark_mode: bool) -> Color32 {
    color(palette::scale_rgb(scale, dark_mode))
}

/// The gold accent of the app (kintsugi's golden seams), for highlights such as the streak.
pub fn gold(dark_mode: bool) -> Color32 {
    color(palette::gold_rgb(dark_mode))
}

/// Colour of text that reports a problem.
pub fn error_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xFF, 0x8A, 0x80)
    } else {
        Color32::from_rgb(0xB0, 0x1E, 0x1E)
    }
}

/// Colour of text that reports success.
pub fn ok_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0x7F, 0xD1, 0x9B)
    } else {
        Color32::from_rgb(0x1E, 0x7A, 0x3C)
    }
}

/// A framed card that groups one part of a screen.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::group(ui.style())
        .inner_margin(CARD_MARGIN)
        .corner_radius(CORNER_RADIUS)
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
}

/// Applies the app's text sizes and spacing to the context (once, at start-up).
pub fn apply_style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(GAP, GAP);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        for (text_style, size) in [
            (egui::TextStyle::Heading, 22.0),
            (egui::TextStyle::Body, 15.0),
            (egui::TextStyle::Button, 15.0),
            (egui::TextStyle::Small, 12.0),
            (egui::TextStyle::Monospace, 14.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
    });
    // egui's light theme draws text fields without a border; give inputs a visible edge.
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(200));
    });
}

/// The colour of a setback category (see [`palette::category_rgb`]).
pub fn category_color(category: &crate::model::Category, dark_mode: bool) -> Color32 {
    color(palette::category_rgb(category, dark_mode))
}

/// A message next to a field saying what is wrong with it, in the error colour; nothing when
/// there is no problem.
pub fn problem_ui(ui: &mut egui::Ui, problem: Option<&str>) {
    if let Some(problem) = problem {
        ui.label(egui::RichText::new(problem).color(error_color(ui.visuals().dark_mode)));
    }
}

/// A problem in words for the user: the core's error messages start in lower case, so that
/// they read well after a colon; beside a field they start with a capital.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A small filled circle in `color`, for legends and list rows.
pub fn color_dot(ui: &mut egui::Ui, color: Color32) {
    let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().circle_filled(dot.center(), 5.0, color);
}

/// Why a control that changes the journal is disabled: the read-only session's reason, in the
/// words every such control uses; `None` when changes are allowed.
pub fn read_only_reason(session: &crate::session::JournalSession) -> Option<String> {
    match session.mode() {
        crate::session::SessionMode::ReadOnly { reason } => {
            Some(crate::t!("window-not-available", reason = reason.as_str()))
        }
        _ => None,
    }
}

/// The tooltip of a control that changes the journal: what it does, or, in a read-only
/// session, why it is disabled.
pub fn editable_hint(session: &crate::session::JournalSession, what: &str) -> String {
    read_only_reason(session).unwrap_or_else(|| what.to_owned())
}

/// In a read-only session, gives `region` the reason as its tooltip, so that every disabled
/// control in it says why it is disabled.
pub fn explain_read_only(region: egui::Response, session: &crate::session::JournalSession) {
    if let Some(reason) = read_only_reason(session) {
        region.on_hover_text(reason);
    }
}

/// Mood colour on a sequential scale that reads in both themes and for colour-blind users
/// (light to dark blue-green, after the cividis idea: brightness carries the value).
pub fn mood_color(mood: u8, dark: bool) -> Color32 {
    let t = f32::from(mood.saturating_sub(1)) / 9.0;
    let (low, high): ([u8; 3], [u8; 3]) = if dark {
        ([0x3A, 0x2E, 0x12], [0xF2, 0xD3, 0x6B])
    } else {
        ([0xF4, 0xEB, 0xC8], [0x1F, 0x4E, 0x79])
    };
    let channel = |i: usize| {
        let (a, b) = (
            f32::from(low.get(i).copied().unwrap_or(0)),
            f32::from(high.get(i).copied().unwrap_or(0)),
        );
        (a + (b - a) * t).round() as u8
    };
    Color32::from_rgb(channel(0), channel(1), channel(2))
}

/// Text colour that reads on a day tinted by [`mood_color`].
pub fn mood_ink(mood: u8, dark: bool) -> Color32 {
    if (mood >= 6) == dark {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}
