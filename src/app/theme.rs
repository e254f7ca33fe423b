//! Colours and spacing shared by every screen. Rating colours come from the Okabe–Ito palette,
//! which stays distinguishable for the common forms of colour blindness, in a darker variant
//! for light backgrounds and a lighter one for dark backgrounds.

use egui::Color32;

use crate::model::RatingScale;

/// Space between related controls.
pub const GAP: f32 = 8.0;
/// Space between sections of a screen.
pub const SECTION_GAP: f32 = 18.0;
/// Inner margin of a card.
pub const CARD_MARGIN: f32 = 14.0;
/// Corner radius of cards and rating cells.
pub const CORNER_RADIUS: u8 = 6;

/// The colour that stands for a rating scale on this background.
pub fn scale_color(scale: RatingScale, dark_mode: bool) -> Color32 {
    match (scale, dark_mode) {
        // Okabe–Ito orange / vermillion.
        (RatingScale::Mood, false) => Color32::from_rgb(0xC8, 0x6A, 0x00),
        (RatingScale::Mood, true) => Color32::from_rgb(0xE6, 0x9F, 0x00),
        // Okabe–Ito blue / sky blue.
        (RatingScale::Resilience, false) => Color32::from_rgb(0x00, 0x72, 0xB2),
        (RatingScale::Resilience, true) => Color32::from_rgb(0x56, 0xB4, 0xE9),
        // Okabe–Ito bluish green.
        (RatingScale::GrowthMindset, false) => Color32::from_rgb(0x00, 0x8A, 0x63),
        (RatingScale::GrowthMindset, true) => Color32::from_rgb(0x2F, 0xC4, 0x96),
    }
}

/// The gold accent of the app (kintsugi's golden seams), for highlights such as the streak.
pub fn gold(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xE8, 0xC0, 0x5A)
    } else {
        Color32::from_rgb(0x9A, 0x72, 0x0C)
    }
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
}
