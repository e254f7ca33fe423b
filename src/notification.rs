//! Desktop notifications for reminders, over the session's D-Bus (the freedesktop
//! notification service). An edge of the program: the rules of when to remind are in
//! [`crate::reminders`].

use crate::reminders::Reminder;

/// A notification could not be shown.
#[derive(Debug, thiserror::Error)]
#[error("could not show a desktop notification: {0}")]
pub struct NotifyError(String);

/// Shows `reminder` as a desktop notification and returns at once.
pub fn send(reminder: Reminder) -> Result<(), NotifyError> {
    notification(reminder)
        .show()
        .map(|_| ())
        .map_err(|error| NotifyError(error.to_string()))
}

/// Shows `reminder` and, on a thread of its own, waits for it to be clicked: `on_click` runs
/// when the user clicks it (not when it is dismissed or expires).
pub fn send_clickable(
    reminder: Reminder,
    on_click: impl FnOnce() + Send + 'static,
) -> Result<(), NotifyError> {
    let handle = notification(reminder)
        .action("default", &crate::t!("notification-open"))
        .show()
        .map_err(|error| NotifyError(error.to_string()))?;
    std::thread::Builder::new()
        .name("notification".to_owned())
        .spawn(move || {
            let mut on_click = Some(on_click);
            handle.wait_for_action(|action| {
                if action == "default"
                    && let Some(on_click) = on_click.take()
                {
                    on_click();
                }
            });
        })
        .map_err(|error| NotifyError(error.to_string()))?;
    Ok(())
}

fn notification(reminder: Reminder) -> notify_rust::Notification {
    let (summary, body) = reminder.words();
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Kintsugi")
        .summary(&summary)
        .body(&body)
        .icon(crate::APP_ID);
    notification
}
