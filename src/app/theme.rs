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
    // egui's light theme draws text fields without a border; give inputs a visible edge.
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(200));
    });
}

/// Red, green and blue of a colour.
type Rgb = (u8, u8, u8);

/// The colour of a setback category (Okabe–Ito hues; user-defined categories cycle through a
/// second set). Category names are always shown too, so colour is never the only cue.
pub fn category_color(category: &crate::model::Category, dark_mode: bool) -> Color32 {
    use crate::model::Category;
    let (light, dark) = match category {
        Category::Work => ((0x00, 0x72, 0xB2), (0x56, 0xB4, 0xE9)),
        Category::Project => ((0xC8, 0x6A, 0x00), (0xE6, 0x9F, 0x00)),
        Category::Career => ((0xA8, 0x4C, 0x8A), (0xCC, 0x79, 0xA7)),
        Category::Relationship => ((0xC0, 0x4A, 0x00), (0xEE, 0x7A, 0x33)),
        Category::Learning => ((0x00, 0x8A, 0x63), (0x2F, 0xC4, 0x96)),
        Category::Health => ((0x3C, 0x8D, 0xBF), (0x8F, 0xCF, 0xF2)),
        Category::Other => ((0x6E, 0x6E, 0x6E), (0xA8, 0xA8, 0xA8)),
        Category::Custom(name) => {
            const CUSTOM: [(Rgb, Rgb); 3] = [
                ((0x8A, 0x7A, 0x00), (0xF0, 0xE4, 0x42)),
                ((0x55, 0x4E, 0xA0), (0x9D, 0x95, 0xE8)),
                ((0x7A, 0x55, 0x2A), (0xC8, 0x9B, 0x6A)),
            ];
            let index = name.bytes().map(usize::from).sum::<usize>() % CUSTOM.len();
            CUSTOM.get(index).copied().unwrap_or(CUSTOM[0])
        }
    };
    let (r, g, b) = if dark_mode { dark } else { light };
    Color32::from_rgb(r, g, b)
}

/// A small filled circle in `color`, for legends and list rows.
pub fn color_dot(ui: &mut egui::Ui, color: Color32) {
    let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().circle_filled(dot.center(), 5.0, color);
}
