//! Three-way merges of single fields: a field changed on one side only takes that side; a
//! field changed on both takes the side of the entry changed last, except text, which keeps
//! both versions so that no word is lost.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

/// The line that separates a text from the version the other computer had, when both changed
/// it: the later one comes first, the other follows under this line. It is part of the journal's
/// text, and must come out the same on every computer whatever language it speaks, so it is
/// not translated.
pub fn other_version_heading(changed_at: DateTime<Utc>) -> String {
    format!(
        "— from the other computer, {} —",
        changed_at.format("%Y-%m-%d %H:%M UTC")
    )
}

/// Which side wins a field both sides changed. It is decided from the entries alone (never
/// from which side is "ours"), so that merging A into B gives what merging B into A gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Winner {
    /// The first side given to the merge.
    Ours,
    /// The second side.
    Theirs,
}

impl Winner {
    /// The side changed last wins; at the same instant, an order of the contents decides
    /// (`tie_break` compares ours with theirs), so that the choice never depends on the order
    /// in which the sides are given.
    pub fn by_time(
        ours: DateTime<Utc>,
        theirs: DateTime<Utc>,
        tie_break: impl FnOnce() -> Ordering,
    ) -> Winner {
        match ours.cmp(&theirs).then_with(tie_break) {
            Ordering::Less => Winner::Theirs,
            Ordering::Equal | Ordering::Greater => Winner::Ours,
        }
    }

    /// The winning and the losing value, in that order.
    pub fn order<'v, T: ?Sized>(self, ours: &'v T, theirs: &'v T) -> (&'v T, &'v T) {
        match self {
            Winner::Ours => (ours, theirs),
            Winner::Theirs => (theirs, ours),
        }
    }
}

/// A value merged three ways: the side that changed it, or the winner when both did. With no
/// base (the entry was new on both sides, or the base is unknown) equal sides agree and
/// different ones go to the winner.
pub fn value<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T, winner: Winner) -> T {
    if ours == theirs || base == Some(theirs) {
        return ours.clone();
    }
    if base == Some(ours) {
        return theirs.clone();
    }
    winner.order(ours, theirs).0.clone()
}

/// Text merged three ways. When both sides changed it, nothing is dropped: if one version
/// holds the other, the longer one; otherwise the winner's text, then the loser's under
/// [`other_version_heading`] with the time the loser was changed. Returns whether both
/// versions had to be kept.
pub fn text(
    base: Option<&str>,
    ours: &str,
    theirs: &str,
    winner: Winner,
    loser_changed_at: DateTime<Utc>,
) -> (String, bool) {
    if ours == theirs || base == Some(theirs) {
        return (ours.to_owned(), false);
    }
    if base == Some(ours) {
        return (theirs.to_owned(), false);
    }
    if ours.trim().is_empty() {
        return (theirs.to_owned(), false);
    }
    if theirs.trim().is_empty() {
        return (ours.to_owned(), false);
    }
    let (won, lost) = winner.order(ours, theirs);
    if won.contains(lost) {
        return (won.to_owned(), false);
    }
    if lost.contains(won) {
        return (lost.to_owned(), false);
    }
    let heading = other_version_heading(loser_changed_at);
    (format!("{won}\n\n{heading}\n{lost}"), true)
}

/// A list of distinct items (tags, factors, lessons, linked skills) merged three ways as a set:
/// an item stays unless one side removed it and the other kept it unchanged; items added on
/// either side are kept. The winner's order comes first, then the loser's new items.
pub fn list<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T], winner: Winner) -> Vec<T> {
    if ours == theirs || theirs == base {
        return ours.to_vec();
    }
    if ours == base {
        return theirs.to_vec();
    }
    let (first, second) = winner.order(ours, theirs);
    let mut merged: Vec<T> = Vec::with_capacity(first.len().max(second.len()));
    for (side, other) in [(first, second), (second, first)] {
        for item in side {
            let removed_elsewhere = base.contains(item) && !other.contains(item);
            if !removed_elsewhere && !merged.contains(item) {
                merged.push(item.clone());
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> DateTime<Utc> {
        DateTime::from_timestamp(1_780_000_000 + i64::from(minute) * 60, 0).unwrap_or_default()
    }

    #[test]
    fn a_value_changed_on_one_side_takes_that_side_whoever_is_later() {
        assert_eq!(value(Some(&1), &1, &5, Winner::Ours), 5);
        assert_eq!(value(Some(&1), &7, &1, Winner::Theirs), 7);
        assert_eq!(value(Some(&1), &7, &5, Winner::Theirs), 5);
        assert_eq!(value(None, &7, &5, Winner::Ours), 7);
    }

    #[test]
    fn text_changed_on_both_sides_keeps_both_under_a_heading() {
        let (merged, both) = text(Some("Calm."), "Calm. Ran.", "Tired.", Winner::Theirs, at(3));
        assert!(both);
        assert!(merged.starts_with("Tired.\n\n— from the other computer, "));
        assert!(merged.ends_with("—\nCalm. Ran."));
        let (merged, both) = text(None, "Calm. Ran.", "Calm.", Winner::Theirs, at(3));
        assert_eq!((merged.as_str(), both), ("Calm. Ran.", false));
        let (merged, _) = text(Some("Calm."), "", "Calm. Edited.", Winner::Ours, at(3));
        assert_eq!(merged, "Calm. Edited.");
    }

    #[test]
    fn lists_keep_additions_from_both_sides_and_removals_made_on_one() {
        let base = ["a", "b", "c"];
        let merged = list(&base, &["a", "c", "d"], &["a", "b", "c", "e"], Winner::Ours);
        assert_eq!(merged, ["a", "c", "d", "e"]);
        let swapped = list(
            &base,
            &["a", "b", "c", "e"],
            &["a", "c", "d"],
            Winner::Theirs,
        );
        assert_eq!(swapped, merged);
    }

    #[test]
    fn the_winner_does_not_depend_on_which_side_is_ours() {
        let ours = Winner::by_time(at(1), at(2), || Ordering::Equal);
        let swapped = Winner::by_time(at(2), at(1), || Ordering::Equal);
        assert_eq!((ours, swapped), (Winner::Theirs, Winner::Ours));
        let tie = Winner::by_time(at(1), at(1), || "b".cmp("a"));
        let tie_swapped = Winner::by_time(at(1), at(1), || "a".cmp("b"));
        assert_eq!((tie, tie_swapped), (Winner::Ours, Winner::Theirs));
    }
}
