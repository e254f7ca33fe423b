//! Reminders while the app runs: looking, at most twice a minute, whether one is due (the rule
//! is the core's, in [`crate::reminders`]), handing due ones to the window to show as desktop
//! notifications, and opening the right screen when one is clicked.

use std::time::Duration;

use super::{AppCommand, KintsugiApp};
use crate::reminders::{Reminder, ReminderSettings};

/// How often the running app looks whether a reminder is due.
const REMINDER_CHECK_EVERY: Duration = Duration::from_secs(30);

impl KintsugiApp {
    /// Reminders that came due since last asked, for the window to show as notifications.
    pub fn take_due_reminders(&mut self) -> Vec<Reminder> {
        std::mem::take(&mut self.reminders_due)
    }

    /// The user clicked a reminder's notification: Today for a check-in, the weekly review
    /// page for the weekly review.
    pub fn open_reminder(&mut self, reminder: Reminder) {
        match reminder {
            Reminder::CheckIn(date) | Reminder::CheckInUnknown(date) => {
                self.navigate(&AppCommand::OpenDay(date));
            }
            Reminder::WeeklyReview(_) => {
                self.practice_command(super::practice::PracticeCommand::OpenReview);
            }
        }
    }

    /// Looks, at most once a minute, whether a reminder is due; keeps the app waking up for
    /// it while reminders are on.
    pub(super) fn check_reminders(&mut self, ctx: &egui::Context) {
        if self.reminders == ReminderSettings::default() {
            return;
        }
        let now = self.clock.instant();
        if self.next_reminder_check.is_some_and(|next| now < next) {
            return;
        }
        self.next_reminder_check = Some(now + REMINDER_CHECK_EVERY);
        ctx.request_repaint_after(REMINDER_CHECK_EVERY);
        let Some(session) = self.session() else {
            return;
        };
        let due = {
            let session = session.lock();
            let journal = session.journal();
            crate::reminders::due(
                &self.reminders,
                &self.reminder_state,
                self.clock.local_now(),
                |date| journal.check_in(date).is_some(),
            )
        };
        for reminder in due {
            reminder.mark_shown(&mut self.reminder_state);
            self.reminders_due.push(reminder);
        }
    }
}
