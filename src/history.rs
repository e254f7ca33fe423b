//! The journal's linear edit history: every change is a step with a name, recorded as the
//! entities it touched before and after, so that any step can be undone and redone exactly.
//! Typing is merged into one step per field and pause.

use std::time::{Duration, Instant};

use crate::model::{Journal, Patch};

/// How many steps are kept; the oldest is forgotten beyond this.
pub const HISTORY_LIMIT: usize = 1_000;

/// Changes to the same field closer together than this are one step ("typing in What
/// happened"), so that undo takes back a burst of typing, not one letter.
pub const MERGE_PAUSE: Duration = Duration::from_millis(1_500);

/// Identifies a step for as long as the history lives (toasts refer to steps by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepId(u64);

fn next_step_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// One change, as the user sees it in the Edit menu.
#[derive(Debug, Clone)]
pub struct Step {
    id: StepId,
    label: String,
    merge_key: Option<String>,
    before: Patch,
    after: Patch,
    last_at: Instant,
}

impl Step {
    /// What the step did, in words ("typing in What happened").
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The step's id.
    pub fn id(&self) -> StepId {
        self.id
    }
}

/// A change about to be recorded: its name and, for typing, the key that merges it with the
/// previous step of the same field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What the change does, for the Edit menu ("rating mood", "typing in Note").
    pub label: String,
    /// Steps with equal keys made within [`MERGE_PAUSE`] of each other become one.
    pub merge_key: Option<String>,
}

impl Change {
    /// A change that is a step of its own.
    pub fn named(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            merge_key: None,
        }
    }

    /// Typing (or another burst of small changes) into one field: merged while it goes on.
    pub fn merging(label: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            merge_key: Some(key.into()),
        }
    }
}

/// The steps done and undone, newest last.
#[derive(Debug, Default)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl History {
    /// Records a change that has been applied; undone steps can no longer be redone. Returns
    /// the step the change became part of.
    pub fn record(&mut self, change: Change, before: Patch, after: Patch, now: Instant) -> StepId {
        self.undone.clear();
        if let Some(last) = self.done.last_mut()
            && change.merge_key.is_some()
            && last.merge_key == change.merge_key
            && now.saturating_duration_since(last.last_at) < MERGE_PAUSE
        {
            last.before.absorb(before, false);
            last.after.absorb(after, true);
            last.last_at = now;
            return last.id;
        }
        // Ids are unique in the whole process, not only in this history: an Undo offered for a
        // step of one journal can never match a step of another journal opened since.
        let id = StepId(next_step_id());
        self.done.push(Step {
            id,
            label: change.label,
            merge_key: change.merge_key,
            before,
            after,
            last_at: now,
        });
        if self.done.len() > HISTORY_LIMIT {
            self.done.remove(0);
        }
        id
    }

    /// Takes back the newest step. Returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, journal: &mut Journal) -> Option<String> {
        let mut step = self.done.pop()?;
        step.before.apply_to(journal);
        step.merge_key = None;
        let label = step.label.clone();
        self.undone.push(step);
        Some(label)
    }

    /// Does again the newest undone step. Returns its label, or `None` when there is none.
    pub fn redo(&mut self, journal: &mut Journal) -> Option<String> {
        let step = self.undone.pop()?;
        step.after.apply_to(journal);
        let label = step.label.clone();
        self.done.push(step);
        Some(label)
    }

    /// The step that undo would take back.
    pub fn next_undo(&self) -> Option<&Step> {
        self.done.last()
    }

    /// The step that redo would do again.
    pub fn next_redo(&self) -> Option<&Step> {
        self.undone.last()
    }

    /// True when `id` is among the steps that can be undone.
    pub fn can_undo_through(&self, id: StepId) -> bool {
        self.done.iter().any(|step| step.id == id)
    }

    /// How many steps can be undone and redone.
    pub fn len(&self) -> (usize, usize) {
        (self.done.len(), self.undone.len())
    }

    /// A rough count of the bytes the history holds, for its benchmark.
    pub fn approximate_bytes(&self) -> usize {
        self.done
            .iter()
            .chain(&self.undone)
            .map(|step| {
                std::mem::size_of::<Step>()
                    + step.label.len()
                    + step.before.approximate_bytes()
                    + step.after.approximate_bytes()
            })
            .sum()
    }
}
