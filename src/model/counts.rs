//! Entries of a journal counted by kind, and said in words: what an import added, what a
//! merge brought.

use super::Journal;

/// How many entries of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntryCounts {
    /// Check-ins.
    pub check_ins: usize,
    /// Setbacks.
    pub setbacks: usize,
    /// Skills.
    pub skills: usize,
    /// Experiments.
    pub experiments: usize,
    /// Reviews.
    pub reviews: usize,
}

impl EntryCounts {
    /// All kinds together.
    pub fn total(self) -> usize {
        self.check_ins + self.setbacks + self.skills + self.experiments + self.reviews
    }

    /// Each kind there is, counted in words (`2 check-ins`, `1 setback`).
    pub fn words(self) -> Vec<String> {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        if self.check_ins > 0 {
            parts.push(plural(self.check_ins, "check-in", "check-ins"));
        }
        if self.setbacks > 0 {
            parts.push(plural(self.setbacks, "setback", "setbacks"));
        }
        if self.skills > 0 {
            parts.push(plural(self.skills, "skill", "skills"));
        }
        if self.experiments > 0 {
            parts.push(plural(self.experiments, "experiment", "experiments"));
        }
        if self.reviews > 0 {
            parts.push(plural(self.reviews, "review", "reviews"));
        }
        parts
    }

    /// "2 check-ins and 1 setback" (empty when there is none).
    pub fn in_words(self) -> String {
        join_with_and(&self.words())
    }

    /// Counts every entry of a journal.
    pub fn of(journal: &Journal) -> EntryCounts {
        EntryCounts {
            check_ins: journal.check_ins().len(),
            setbacks: journal.setbacks().len(),
            skills: journal.skills().len(),
            experiments: journal.experiments().len(),
            reviews: journal.reviews().len(),
        }
    }
}

/// "a", "a and b", "a, b and c" (empty for none).
pub fn join_with_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
