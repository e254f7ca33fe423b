//! The exported chart's date axis: plotters' own key points fall on arbitrary days (a 10-year
//! chart labelled 2017, 2018, 2020… and skipped years), so the axis takes its label positions
//! from [`crate::insights::date_axis_ticks`], on calendar boundaries.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};

/// Day numbers from `range`, labelled at `ticks`.
#[derive(Debug, Clone)]
pub(super) struct DayAxis {
    range: Range<f64>,
    ticks: Vec<f64>,
}

impl DayAxis {
    /// The axis over `range` (day numbers) with labels at `ticks`.
    pub(super) fn new(range: Range<f64>, ticks: Vec<f64>) -> Self {
        Self { range, ticks }
    }
}

impl Ranged for DayAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.range.end - self.range.start;
        if span <= 0.0 {
            return limit.0;
        }
        let share = (value - self.range.start) / span;
        let pixels = f64::from(limit.1 - limit.0);
        limit.0 + (share * pixels).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        // Light grid lines ask for more points than labels: the labels' days serve both.
        if hint.max_num_points() == 0 {
            return Vec::new();
        }
        self.ticks.clone()
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}
