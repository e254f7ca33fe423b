//! Every keyboard shortcut of the app in one table, which the key handling, the menus'
//! shortcut labels, the tooltips and Help → Keyboard shortcuts (F1) all read, so that the
//! four can never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Screen;

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Write the journal to disk now.
    SaveNow,
    /// Do again what was undone (before Undo: Ctrl+Shift+Z must not be read as Ctrl+Z).
    Redo,
    /// Take back the last change.
    Undo,
    /// Show a screen.
    Show(Screen),
    /// The Journal screen with the keyboard in its search box.
    SearchJournal,
    /// Open the Export chart dialog.
    ExportChart,
    /// Open the Preferences window.
    Preferences,
    /// Lock an encrypted journal now.
    LockNow,
    /// Open the list of shortcuts.
    KeyboardShortcuts,
    /// Quit, saving first.
    Quit,
    /// Today: the day before.
    PreviousDay,
    /// Today: the day after.
    NextDay,
    /// Today: back to today.
    BackToToday,
    /// Setbacks: log a new setback.
    NewSetback,
    /// Progress chart: zoom in around the middle.
    ZoomIn,
    /// Progress chart: zoom out.
    ZoomOut,
    /// Progress chart: move back in time.
    PanEarlier,
    /// Progress chart: move forward in time.
    PanLater,
}

/// Where a shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the app (Undo and Redo: outside text fields, which have their own).
    Everywhere,
    /// On the Today screen.
    Today,
    /// On the Setbacks screen.
    Setbacks,
    /// On the Progress chart, while no text field has the keyboard.
    ProgressChart,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Shortcut {
    /// What it does.
    pub action: Action,
    /// The keys, the first one shown in menus and tooltips.
    pub keys: &'static [KeyboardShortcut],
    /// What it does, in words, for the F1 list (in the reader's language).
    pub what: What,
    /// Where it works.
    pub scope: Scope,
}

/// What a shortcut does, in words: written in the reader's language when shown.
#[derive(Clone, Copy)]
pub struct What(fn() -> String);

impl std::fmt::Display for What {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&(self.0)())
    }
}

impl std::fmt::Debug for What {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn alt(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, key)
}

/// Every shortcut, in the order the F1 list shows them.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        action: Action::SaveNow,
        keys: &[ctrl(Key::S), ctrl(Key::Enter)],
        what: What(|| crate::t!("shortcuts-save-now")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Redo,
        keys: &[
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
            ctrl(Key::Y),
        ],
        what: What(|| crate::t!("common-redo")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Undo,
        keys: &[ctrl(Key::Z)],
        what: What(|| crate::t!("common-undo")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Show(Screen::Today),
        keys: &[ctrl(Key::Num1)],
        what: What(|| Screen::Today.screen_name()),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Show(Screen::Setbacks),
        keys: &[ctrl(Key::Num2)],
        what: What(|| Screen::Setbacks.screen_name()),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Show(Screen::Skills),
        keys: &[ctrl(Key::Num3)],
        what: What(|| Screen::Skills.screen_name()),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Show(Screen::Progress),
        keys: &[ctrl(Key::Num4)],
        what: What(|| Screen::Progress.screen_name()),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Show(Screen::Journal),
        keys: &[ctrl(Key::Num5)],
        what: What(|| Screen::Journal.screen_name()),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Show(Screen::Experiments),
        keys: &[ctrl(Key::Num6)],
        what: What(|| Screen::Experiments.screen_name()),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::SearchJournal,
        keys: &[ctrl(Key::F)],
        what: What(|| crate::t!("shortcuts-search-journal")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::ExportChart,
        keys: &[ctrl(Key::E)],
        what: What(|| crate::t!("shortcuts-export-chart")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Preferences,
        keys: &[ctrl(Key::Comma)],
        what: What(|| crate::t!("shortcuts-preferences")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::LockNow,
        keys: &[ctrl(Key::L)],
        what: What(|| crate::t!("shortcuts-lock")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::KeyboardShortcuts,
        keys: &[KeyboardShortcut::new(Modifiers::NONE, Key::F1)],
        what: What(|| crate::t!("shortcuts-list")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::Quit,
        keys: &[ctrl(Key::Q)],
        what: What(|| crate::t!("shortcuts-quit")),
        scope: Scope::Everywhere,
    },
    Shortcut {
        action: Action::PreviousDay,
        keys: &[alt(Key::ArrowLeft)],
        what: What(|| crate::t!("shortcuts-previous-day")),
        scope: Scope::Today,
    },
    Shortcut {
        action: Action::NextDay,
        keys: &[alt(Key::ArrowRight)],
        what: What(|| crate::t!("shortcuts-next-day")),
        scope: Scope::Today,
    },
    Shortcut {
        action: Action::BackToToday,
        keys: &[alt(Key::Home)],
        what: What(|| crate::t!("shortcuts-back-to-today")),
        scope: Scope::Today,
    },
    Shortcut {
        action: Action::NewSetback,
        keys: &[ctrl(Key::N)],
        what: What(|| crate::t!("shortcuts-new-setback")),
        scope: Scope::Setbacks,
    },
    Shortcut {
        action: Action::ZoomIn,
        keys: &[plain(Key::Plus), plain(Key::Equals)],
        what: What(|| crate::t!("shortcuts-zoom-in")),
        scope: Scope::ProgressChart,
    },
    Shortcut {
        action: Action::ZoomOut,
        keys: &[plain(Key::Minus)],
        what: What(|| crate::t!("shortcuts-zoom-out")),
        scope: Scope::ProgressChart,
    },
    Shortcut {
        action: Action::PanEarlier,
        keys: &[plain(Key::ArrowLeft)],
        what: What(|| crate::t!("shortcuts-earlier")),
        scope: Scope::ProgressChart,
    },
    Shortcut {
        action: Action::PanLater,
        keys: &[plain(Key::ArrowRight)],
        what: What(|| crate::t!("shortcuts-later")),
        scope: Scope::ProgressChart,
    },
];

/// The table's row for `action`.
fn row(action: Action) -> Option<&'static Shortcut> {
    SHORTCUTS.iter().find(|shortcut| shortcut.action == action)
}

/// The keys of `action` as menus and tooltips show them, e.g. "Ctrl+S".
pub fn keys_text(action: Action) -> String {
    row(action)
        .and_then(|shortcut| shortcut.keys.first())
        .map_or_else(String::new, |keys| format_keys(*keys))
}

/// "Ctrl+Shift+Z", "Alt+Left", "F1".
pub fn format_keys(shortcut: KeyboardShortcut) -> String {
    let modifiers = shortcut.modifiers;
    let mut text = String::new();
    for (held, name) in [
        (modifiers.command || modifiers.ctrl, "Ctrl+"),
        (modifiers.shift, "Shift+"),
        (modifiers.alt, "Alt+"),
    ] {
        if held {
            text.push_str(name);
        }
    }
    text.push_str(match shortcut.logical_key {
        Key::Comma => ",",
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Minus => "-",
        key => key.name(),
    });
    text
}

/// Consumes a press of any of `action`'s keys; true when there was one.
pub fn pressed(input: &mut egui::InputState, action: Action) -> bool {
    row(action).is_some_and(|shortcut| {
        shortcut
            .keys
            .iter()
            .any(|keys| input.consume_shortcut(keys))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_written_as_menus_show_them() {
        assert_eq!(keys_text(Action::SaveNow), "Ctrl+S");
        assert_eq!(keys_text(Action::Redo), "Ctrl+Shift+Z");
        assert_eq!(keys_text(Action::PreviousDay), "Alt+Left");
        assert_eq!(keys_text(Action::Preferences), "Ctrl+,");
        assert_eq!(keys_text(Action::KeyboardShortcuts), "F1");
    }

    #[test]
    fn no_two_rows_share_keys_or_an_action() {
        for (index, shortcut) in SHORTCUTS.iter().enumerate() {
            for other in &SHORTCUTS[index + 1..] {
                assert_ne!(shortcut.action, other.action);
                for keys in shortcut.keys {
                    assert!(
                        !other.keys.contains(keys),
                        "{} is both {} and {}",
                        format_keys(*keys),
                        shortcut.what,
                        other.what
                    );
                }
            }
        }
    }
}
