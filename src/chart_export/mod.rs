//! Exported charts (PNG, SVG): the Progress chart as it is on screen — same range, visible
//! series, resolution rule, colours — with the setbacks and skills lane under the ratings on a
//! shared date axis, a title naming the range, a legend and readable labels. Drawn with
//! plotters and an embedded font, so exports look the same on every machine.

use std::path::Path;
use std::sync::Once;

use plotters::chart::SeriesAnno;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use crate::insights::{self, DateRange, RatingSeries, Resolution, day_number};
use crate::model::{Journal, RatingScale};
use crate::palette::{self, Rgb};
use crate::storage::{self, StorageError};
use better_days::Panel;

mod axis;
mod better_days;

/// The font family name registered for exports (the `DejaVu` Sans font embedded from `assets/`).
const FONT: &str = "sans-serif";
static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static REGISTER_FONT: Once = Once::new();

/// Makes the embedded font known to plotters (once), before anything measures or draws text.
fn register_font() {
    REGISTER_FONT.call_once(|| {
        // The font is embedded; failing to parse it would be a build problem, shown as boxes.
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES);
    });
}

/// Why a chart could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ChartExportError {
    /// The file name does not end in .png or .svg.
    #[error("{}: the chart can be saved as .png or .svg, not “{extension}”", path.display())]
    UnknownFormat {
        /// The path given.
        path: std::path::PathBuf,
        /// Its extension.
        extension: String,
    },
    /// A size that cannot be drawn.
    #[error("a chart needs a size from 320×240 to 8000×8000 pixels, not {width}×{height}")]
    BadSize {
        /// Width asked for.
        width: u32,
        /// Height asked for.
        height: u32,
    },
    /// Drawing failed.
    #[error("could not draw the chart: {0}")]
    Drawing(String),
    /// Writing the file failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The file formats charts export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartFormat {
    /// A PNG image.
    Png,
    /// An SVG drawing (text stays text).
    Svg,
}

impl ChartFormat {
    /// The format named by a file's extension.
    pub fn of_path(path: &Path) -> Result<Self, ChartExportError> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "png" => Ok(ChartFormat::Png),
            "svg" => Ok(ChartFormat::Svg),
            _ => Err(ChartExportError::UnknownFormat {
                path: path.to_owned(),
                extension,
            }),
        }
    }
}

/// What to draw.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartOptions {
    /// The date range.
    pub range: DateRange,
    /// Which ratings to show: mood, resilience, growth mindset.
    pub shown: [bool; 3],
    /// The resolution; `None` follows the range's length as the screen does.
    pub resolution: Option<Resolution>,
    /// Width in logical pixels.
    pub width: u32,
    /// Height in logical pixels.
    pub height: u32,
    /// Pixels per logical pixel for PNG (2 for high-density screens and slides).
    pub scale: f32,
    /// Dark background.
    pub dark: bool,
    /// Adds "What goes with better days" under the chart; the image grows by its height.
    pub better_days: bool,
}

impl ChartOptions {
    /// The default export of a range: all ratings, automatic resolution, 1600×900, light.
    pub fn for_range(range: DateRange) -> Self {
        Self {
            range,
            shown: [true; 3],
            resolution: None,
            width: 1600,
            height: 900,
            scale: 1.0,
            dark: false,
            better_days: false,
        }
    }

    fn check(&self) -> Result<(), ChartExportError> {
        let ok = |v: u32| (240..=8000).contains(&v);
        if ok(self.height) && ok(self.width) && self.width >= 320 {
            Ok(())
        } else {
            Err(ChartExportError::BadSize {
                width: self.width,
                height: self.height,
            })
        }
    }

    fn resolution(&self) -> Resolution {
        self.resolution
            .unwrap_or_else(|| Resolution::for_days(f64::from(self.range.day_count())))
    }
}

/// How each rating's line is dashed, so that a chart printed in black and white still tells
/// them apart: mood solid, resilience in long dashes, growth mindset in short ones (dash and
/// gap in logical pixels).
fn dash_pattern(scale: RatingScale) -> Option<(f32, f32)> {
    match scale {
        RatingScale::Mood => None,
        RatingScale::Resilience => Some((9.0, 5.0)),
        RatingScale::GrowthMindset => Some((3.0, 4.0)),
    }
}

/// Draws one rating's line in its colour and dash pattern.
fn draw_rating_line<'a, 'b, DB: DrawingBackend + 'a>(
    chart: &'b mut ChartContext<'a, DB, Cartesian2d<axis::DayAxis, RangedCoordf64>>,
    points: Vec<(f64, f64)>,
    scale: RatingScale,
    line_color: RGBColor,
    px: &dyn Fn(f32) -> u32,
) -> Result<&'b mut SeriesAnno<'a, DB>, ChartExportError> {
    let style = line_color.stroke_width(px(2.0));
    match dash_pattern(scale) {
        None => chart.draw_series(LineSeries::new(points, style)),
        Some((dash, gap)) => {
            chart.draw_series(DashedLineSeries::new(points, px(dash), px(gap), style))
        }
    }
    .map_err(drawing_error)
}

/// The legend's sample of a rating's line: three segments over 20 pixels, joined for a solid
/// line, apart for dashes.
fn legend_segments(scale: RatingScale) -> [(i32, i32); 3] {
    match dash_pattern(scale) {
        None => [(0, 7), (7, 14), (14, 20)],
        Some((dash, gap)) => {
            let (dash, gap) = (dash.round() as i32, gap.round() as i32);
            let second = dash + gap;
            let third = (2 * (dash + gap)).min(20);
            [
                (0, dash),
                (second, (second + dash).min(20)),
                (third, (third + dash).min(20)),
            ]
        }
    }
}

fn color(rgb: Rgb) -> RGBColor {
    RGBColor(rgb.0, rgb.1, rgb.2)
}

fn drawing_error(error: impl std::fmt::Display) -> ChartExportError {
    ChartExportError::Drawing(error.to_string())
}

/// Renders the chart as SVG text.
pub fn render_svg(journal: &Journal, options: &ChartOptions) -> Result<String, ChartExportError> {
    options.check()?;
    let panel = options
        .better_days
        .then(|| Panel::lay_out(journal, options.range, options.width));
    let panel_height = panel.as_ref().map_or(0, Panel::height);
    let mut svg = String::new();
    {
        let size = (options.width, options.height + panel_height);
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw_with_panel(&root, journal, options, panel.as_ref(), 1.0)?;
        root.present().map_err(drawing_error)?;
    }
    Ok(svg)
}

/// Renders the chart as PNG bytes, `scale` times the logical size.
pub fn render_png(journal: &Journal, options: &ChartOptions) -> Result<Vec<u8>, ChartExportError> {
    options.check()?;
    let panel = options
        .better_days
        .then(|| Panel::lay_out(journal, options.range, options.width));
    let panel_height = panel.as_ref().map_or(0, Panel::height);
    let scale = options.scale.clamp(0.5, 4.0);
    let (width, height) = (
        (options.width as f32 * scale) as u32,
        ((options.height + panel_height) as f32 * scale) as u32,
    );
    let mut pixels = vec![0_u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
        draw_with_panel(&root, journal, options, panel.as_ref(), scale)?;
        root.present().map_err(drawing_error)?;
    }
    let image = image::RgbImage::from_raw(width, height, pixels)
        .ok_or_else(|| drawing_error("the image buffer has the wrong size"))?;
    let mut png = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(drawing_error)?;
    Ok(png)
}

/// The chart at the top of `root`, and the panel under it when there is one.
fn draw_with_panel<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    journal: &Journal,
    options: &ChartOptions,
    panel: Option<&Panel>,
    scale: f32,
) -> Result<(), ChartExportError> {
    let Some(panel) = panel else {
        return draw(root, journal, options, scale);
    };
    let chart_height = (options.height as f32 * scale).round() as u32;
    let (chart_area, panel_area) = root.split_vertically(chart_height);
    draw(&chart_area, journal, options, scale)?;
    let (background, text, grid) = theme_colors(options.dark);
    panel_area.fill(&background).map_err(drawing_error)?;
    panel.draw(&panel_area, text, grid, scale)
}

/// Background, text and grid colours of the light or dark export.
fn theme_colors(dark: bool) -> (RGBColor, RGBColor, RGBColor) {
    if dark {
        (
            RGBColor(0x1B, 0x1B, 0x1B),
            RGBColor(0xE6, 0xE6, 0xE6),
            RGBColor(0x3A, 0x3A, 0x3A),
        )
    } else {
        (
            WHITE,
            RGBColor(0x22, 0x22, 0x22),
            RGBColor(0xE2, 0xE2, 0xE2),
        )
    }
}

/// Renders and writes the chart atomically, in the format the file name asks for.
pub fn export_chart(
    journal: &Journal,
    path: &Path,
    options: &ChartOptions,
) -> Result<(), ChartExportError> {
    let bytes = match ChartFormat::of_path(path)? {
        ChartFormat::Png => render_png(journal, options)?,
        ChartFormat::Svg => render_svg(journal, options)?.into_bytes(),
    };
    storage::write_file_atomically(path, &bytes)?;
    Ok(())
}

#[expect(
    clippy::too_many_lines,
    reason = "one chart drawn top to bottom reads best in one place"
)]
fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    journal: &Journal,
    options: &ChartOptions,
    scale: f32,
) -> Result<(), ChartExportError> {
    register_font();
    let px = |value: f32| (value * scale).round() as u32;
    let size = |value: f32| f64::from(value * scale);
    let (background, text, grid) = theme_colors(options.dark);
    let range = options.range;
    let resolution = options.resolution();
    root.fill(&background).map_err(drawing_error)?;
    let title = crate::t!(
        "chart-title",
        range = range.translated_words(),
        resolution = resolution.label()
    );
    let root = root.margin(px(10.0), 0, 0, 0);
    let root = root
        .titled(&title, (FONT, size(22.0)).into_font().color(&text))
        .map_err(drawing_error)?;
    let (_, height) = root.dim_in_pixel();
    let legend_height = px(30.0);
    let lane_height = px(120.0).min(height / 4);
    let (top, rest) = root.split_vertically(height.saturating_sub(lane_height + legend_height));
    let (lane_area, legend_area) = rest.split_vertically(lane_height);

    let x_range = (day_number(range.from()) - 0.5)..(day_number(range.to()) + 0.5);
    let span = f64::from(range.day_count());
    let ticks = insights::date_axis_ticks(range.from(), range.to());
    let label_font = (FONT, size(15.0)).into_font().color(&text);
    let y_label_width = px(80.0);
    let margin = px(12.0);
    let mut ratings = ChartBuilder::on(&top)
        .margin(margin)
        .x_label_area_size(px(30.0))
        .y_label_area_size(y_label_width)
        .build_cartesian_2d(
            axis::DayAxis::new(x_range.clone(), ticks.clone()),
            0.5_f64..10.5_f64,
        )
        .map_err(drawing_error)?;
    ratings
        .configure_mesh()
        .light_line_style(grid.mix(0.6))
        .bold_line_style(grid)
        .axis_style(text.mix(0.6))
        .x_labels(ticks.len().max(1))
        .y_labels(10)
        .x_label_formatter(&|x| insights::date_axis_label(*x, span))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .label_style(label_font.clone())
        .y_desc(crate::t!("chart-rating-axis"))
        .axis_desc_style(label_font.clone())
        .draw()
        .map_err(drawing_error)?;

    for (scale_kind, shown) in RatingScale::ALL.into_iter().zip(options.shown) {
        if !shown {
            continue;
        }
        let rgb = palette::scale_rgb(scale_kind, options.dark);
        let line_color = color(rgb);
        let series: RatingSeries = insights::rating_series(journal, range, scale_kind);
        match resolution {
            Resolution::Daily => {
                ratings
                    .draw_series(series.daily.iter().map(|(day, value)| {
                        Circle::new(
                            (day_number(*day), *value),
                            px(2.5),
                            line_color.mix(0.5).filled(),
                        )
                    }))
                    .map_err(drawing_error)?;
                let points = series
                    .moving_average
                    .iter()
                    .map(|(day, value)| (day_number(*day), *value))
                    .collect();
                draw_rating_line(&mut ratings, points, scale_kind, line_color, &px)?
                    .label(crate::t!(
                        "chart-series-average",
                        rating = scale_kind.screen_label()
                    ))
                    .legend(move |(x, y)| {
                        let style = line_color.stroke_width(3);
                        let [a, b, c] = legend_segments(scale_kind);
                        let segment = |(from, to): (i32, i32)| {
                            PathElement::new(vec![(from, 0), (to, 0)], style)
                        };
                        EmptyElement::at((x, y)) + segment(a) + segment(b) + segment(c)
                    });
            }
            Resolution::Weekly | Resolution::Monthly => {
                let buckets = if resolution == Resolution::Weekly {
                    &series.weekly
                } else {
                    &series.monthly
                };
                let mut band: Vec<(f64, f64)> = buckets.iter().map(|b| (b.x(), b.max)).collect();
                band.extend(buckets.iter().rev().map(|b| (b.x(), b.min)));
                if band.len() >= 3 {
                    ratings
                        .draw_series(std::iter::once(Polygon::new(
                            band,
                            line_color.mix(0.12).filled(),
                        )))
                        .map_err(drawing_error)?;
                }
                let label = if resolution == Resolution::Weekly {
                    crate::t!("chart-series-weekly", rating = scale_kind.screen_label())
                } else {
                    crate::t!("chart-series-monthly", rating = scale_kind.screen_label())
                };
                let points = buckets.iter().map(|b| (b.x(), b.mean)).collect();
                draw_rating_line(&mut ratings, points, scale_kind, line_color, &px)?
                    .label(label)
                    .legend(move |(x, y)| {
                        let style = line_color.stroke_width(3);
                        let [a, b, c] = legend_segments(scale_kind);
                        let segment = |(from, to): (i32, i32)| {
                            PathElement::new(vec![(from, 0), (to, 0)], style)
                        };
                        EmptyElement::at((x, y)) + segment(a) + segment(b) + segment(c)
                    });
            }
        }
    }
    ratings
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .background_style(background.mix(0.85))
        .border_style(grid)
        .label_font(label_font.clone())
        .draw()
        .map_err(drawing_error)?;

    // The lane: same x range and the same y-label width, so dates line up with the chart.
    let mut lane = ChartBuilder::on(&lane_area)
        .margin_left(margin)
        .margin_right(margin)
        .x_label_area_size(px(28.0))
        .y_label_area_size(y_label_width)
        .build_cartesian_2d(
            axis::DayAxis::new(x_range, ticks.clone()),
            -0.6_f64..1.6_f64,
        )
        .map_err(drawing_error)?;
    let (setbacks_row, skills_row) = (
        crate::t!("progress-lane-row-setbacks"),
        crate::t!("progress-lane-row-skills"),
    );
    lane.configure_mesh()
        .disable_y_mesh()
        .light_line_style(grid.mix(0.6))
        .bold_line_style(grid)
        .axis_style(text.mix(0.6))
        .x_labels(ticks.len().max(1))
        .y_labels(3)
        .x_label_formatter(&|x| insights::date_axis_label(*x, span))
        .y_label_formatter(&|y| match y.round() as i64 {
            1 => setbacks_row.clone(),
            0 => skills_row.clone(),
            _ => String::new(),
        })
        .label_style(label_font.clone())
        .draw()
        .map_err(drawing_error)?;
    let setbacks_in_range = journal
        .setbacks()
        .iter()
        .filter(|s| range.contains(s.date))
        .count();
    let period = insights::lane_period(resolution, setbacks_in_range, span);
    match period {
        None => {
            for setback in journal.setbacks().iter().filter(|s| range.contains(s.date)) {
                let c = color(palette::category_rgb(&setback.category, options.dark));
                let point = (day_number(setback.date), 1.0);
                let element = if setback.micro_failure {
                    Circle::new(point, px(3.5), c.stroke_width(px(1.5)))
                } else {
                    Circle::new(
                        point,
                        px(3.0 + 1.6 * f32::from(setback.severity.get())),
                        c.filled(),
                    )
                };
                lane.draw_series(std::iter::once(element))
                    .map_err(drawing_error)?;
            }
        }
        Some(period) => {
            let groups = insights::setback_groups(journal, range, period);
            let busiest = groups.iter().map(|group| group.count).max().unwrap_or(1);
            for group in &groups {
                let Some(main) = group.main_category() else {
                    continue;
                };
                let (size_class, _) = insights::group_size_class(group.count, busiest);
                let radius = 3.5 + 2.0 * size_class as f32;
                let x = f64::midpoint(day_number(group.from), day_number(group.to));
                let c = color(palette::category_rgb(main, options.dark));
                lane.draw_series(std::iter::once(Circle::new(
                    (x, 1.0),
                    px(radius),
                    c.filled(),
                )))
                .map_err(drawing_error)?;
            }
        }
    }
    let gold = color(palette::gold_rgb(options.dark));
    let diamond = px(6.0) as i32;
    for skill in journal.skills() {
        let Some(day) = journal
            .first_acquired(skill)
            .filter(|day| range.contains(*day))
        else {
            continue;
        };
        let shape = EmptyElement::at((day_number(day), 0.0))
            + Polygon::new(
                vec![(0, -diamond), (diamond, 0), (0, diamond), (-diamond, 0)],
                gold.filled(),
            );
        lane.draw_series(std::iter::once(shape))
            .map_err(drawing_error)?;
    }

    // Category legend under the lane.
    let mut x = i32::try_from(y_label_width + margin).unwrap_or(0);
    let y = i32::try_from(legend_height / 2).unwrap_or(0);
    let small = (FONT, size(14.0)).into_font().color(&text);
    let categories = insights::categories_in_range(journal, range);
    for category in &categories {
        let c = color(palette::category_rgb(category, options.dark));
        legend_area
            .draw(&Circle::new((x + 6, y), px(5.0), c.filled()))
            .map_err(drawing_error)?;
        let label = category.label();
        legend_area
            .draw(&Text::new(
                label.clone(),
                (x + 16, y - px(8.0) as i32),
                small.clone(),
            ))
            .map_err(drawing_error)?;
        let (text_width, _) = legend_area
            .estimate_text_size(&label, &small)
            .map_err(drawing_error)?;
        x += 16 + i32::try_from(text_width).unwrap_or(60) + px(14.0) as i32;
    }
    let note = match period {
        None => crate::t!("chart-lane-note"),
        Some(period) => crate::t!("chart-lane-note-grouped", period = period.key()),
    };
    legend_area
        .draw(&Text::new(note, (x + 12, y - px(8.0) as i32), small))
        .map_err(drawing_error)?;
    Ok(())
}
