//! The menu bar (File, Edit, View, Help), the app-wide keyboard shortcuts and the list of them
//! (F1), all read from the one table in [`super::shortcuts`].

use super::shortcuts::{self, Action, SHORTCUTS, Scope, keys_text};
use super::{AppCommand, KintsugiApp, ProtectionTask, Screen, ThemePreference, theme};

impl KintsugiApp {
    /// The shortcuts that work everywhere; Undo and Redo only outside text fields, where
    /// Ctrl+Z belongs to the field's own typing first.
    pub(super) fn global_keys(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        for shortcut in SHORTCUTS.iter().filter(|s| s.scope == Scope::Everywhere) {
            let action = shortcut.action;
            if typing && matches!(action, Action::Undo | Action::Redo) {
                continue;
            }
            if ctx.input_mut(|input| shortcuts::pressed(input, action)) {
                self.run_action(action);
            }
        }
    }

    /// Does what an app-wide shortcut or its menu item says.
    fn run_action(&mut self, action: Action) {
        let command = match action {
            Action::SaveNow => AppCommand::SaveNow,
            Action::Redo => AppCommand::Redo,
            Action::Undo => AppCommand::Undo,
            Action::Show(screen) => AppCommand::ShowScreen(screen),
            Action::SearchJournal => AppCommand::SearchJournal,
            Action::ExportChart => AppCommand::OpenExportChart,
            Action::Quit => AppCommand::Quit,
            Action::LockNow => AppCommand::LockNow,
            Action::Preferences => {
                self.open_preferences();
                return;
            }
            Action::KeyboardShortcuts => {
                self.help.shortcuts = true;
                return;
            }
            // Handled by their screens.
            Action::PreviousDay
            | Action::NextDay
            | Action::BackToToday
            | Action::NewSetback
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::PanEarlier
            | Action::PanLater => return,
        };
        self.commands.push(command);
    }

    /// A menu item labelled with its shortcut from the table.
    fn action_item(&mut self, ui: &mut egui::Ui, label: &str, action: Action, enabled: bool) {
        let item = egui::Button::new(label).shortcut_text(keys_text(action));
        if ui.add_enabled(enabled, item).clicked() {
            self.run_action(action);
        }
    }

    /// Undo and Redo, named after the step they would take back or do again.
    fn edit_menu_ui(&mut self, ui: &mut egui::Ui) {
        let (undo, redo, editable, reason) = match self.session() {
            Some(session) => {
                let session = session.lock();
                let history = session.history();
                (
                    history.next_undo().map(|step| step.label().to_owned()),
                    history.next_redo().map(|step| step.label().to_owned()),
                    session.is_editable(),
                    theme::editable_hint(&session, ""),
                )
            }
            None => (None, None, false, String::new()),
        };
        for (verb, step, action) in [("Undo", undo, Action::Undo), ("Redo", redo, Action::Redo)] {
            let text = step
                .as_ref()
                .map_or_else(|| verb.to_owned(), |label| format!("{verb} “{label}”"));
            let item = ui
                .add_enabled(
                    editable && step.is_some(),
                    egui::Button::new(text).shortcut_text(keys_text(action)),
                )
                .on_disabled_hover_text(if editable {
                    format!("Nothing to {}", verb.to_lowercase())
                } else {
                    reason.clone()
                });
            if item.clicked() {
                self.run_action(action);
            }
        }
        ui.separator();
        let writable = self
            .session()
            .is_some_and(|session| session.lock().mode() == &crate::session::SessionMode::Writable);
        if ui
            .add_enabled(writable, egui::Button::new("Merge changes from disk"))
            .on_hover_text(
                "Read the journal file now and merge what another computer (or a sync client) \
                 wrote into it; Kintsugi also does this by itself when the file changes",
            )
            .on_disabled_hover_text("Only a journal open for writing follows its file")
            .clicked()
        {
            self.commands
                .push(AppCommand::MergeOutside(crate::storage::Removals::Ask));
        }
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let journal_open = self.session().is_some();
        if ui.button("New journal…").clicked() {
            self.commands.push(AppCommand::NewJournal);
        }
        if ui.button("Open…").clicked() {
            self.commands.push(AppCommand::PickJournalFile);
        }
        ui.menu_button("Open recent", |ui| {
            if self.recent_journals.is_empty() {
                ui.label(egui::RichText::new("No journal opened yet").weak());
            }
            for path in self.recent_journals.clone() {
                let missing = !path.exists();
                let item = ui
                    .add_enabled(!missing, egui::Button::new(path.display().to_string()))
                    .on_disabled_hover_text("This file is no longer there");
                if item.clicked() {
                    self.commands.push(AppCommand::OpenJournal(path));
                }
            }
        });
        self.action_item(ui, "Save now", Action::SaveNow, journal_open);
        if ui
            .add_enabled(journal_open, egui::Button::new("Save a copy as…"))
            .clicked()
        {
            self.commands.push(AppCommand::SaveCopyElsewhere);
        }
        if ui.button("Show data folder").clicked() {
            self.commands.push(AppCommand::ShowDataFolder);
        }
        ui.separator();
        self.encryption_items_ui(ui);
        ui.separator();
        self.action_item(ui, "Export chart…", Action::ExportChart, journal_open);
        if ui
            .add_enabled(journal_open, egui::Button::new("Export report…"))
            .on_hover_text("A PDF or Markdown report of the Progress range, for a mentor or coach")
            .clicked()
        {
            self.commands.push(AppCommand::OpenExportReport);
        }
        if ui.button("Export data (CSV)…").clicked() {
            self.commands.push(AppCommand::OpenExportData);
        }
        let read_only = self
            .session()
            .and_then(|session| theme::read_only_reason(&session.lock()));
        let import = ui
            .add_enabled(read_only.is_none(), egui::Button::new("Import…"))
            .on_disabled_hover_text(read_only.clone().unwrap_or_default());
        if import.clicked() {
            self.commands.push(AppCommand::OpenImport);
        }
        let restore = ui
            .add_enabled(
                read_only.is_none(),
                egui::Button::new("Restore from backup…"),
            )
            .on_disabled_hover_text(read_only.unwrap_or_default());
        if restore.clicked() {
            self.commands.push(AppCommand::OpenRestore);
        }
        ui.separator();
        self.action_item(ui, "Preferences…", Action::Preferences, true);
        ui.separator();
        self.action_item(ui, "Quit", Action::Quit, true);
    }

    /// Encrypt journal… for a plain journal; Change passphrase…, Remove encryption… and Lock
    /// now for an encrypted one. Off for the demo and read-only journals.
    fn encryption_items_ui(&mut self, ui: &mut egui::Ui) {
        let (writable, encrypted) = self.session().map_or((false, false), |session| {
            let session = session.lock();
            (
                session.mode() == &crate::session::SessionMode::Writable,
                session.is_encrypted(),
            )
        });
        let why_not = "Only a journal saved on disk, open for writing, can be encrypted";
        if encrypted {
            for (label, task) in [
                ("Change passphrase…", ProtectionTask::ChangePassphrase),
                ("Remove encryption…", ProtectionTask::RemoveEncryption),
            ] {
                if ui.add_enabled(writable, egui::Button::new(label)).clicked() {
                    self.commands.push(AppCommand::OpenProtection(task));
                }
            }
            self.action_item(ui, "Lock now", Action::LockNow, true);
        } else {
            let item = ui
                .add_enabled(writable, egui::Button::new("Encrypt journal…"))
                .on_hover_text("Protect the journal and its backups with a passphrase")
                .on_disabled_hover_text(why_not);
            if item.clicked() {
                self.commands
                    .push(AppCommand::OpenProtection(ProtectionTask::Encrypt));
            }
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu_ui(ui));
            ui.menu_button("Edit", |ui| self.edit_menu_ui(ui));
            ui.menu_button("View", |ui| {
                for screen in Screen::ALL {
                    self.action_item(ui, screen.label(), Action::Show(screen), true);
                }
                self.action_item(ui, "Search the journal…", Action::SearchJournal, true);
                ui.separator();
                ui.label(egui::RichText::new("Theme").weak());
                for (choice, label) in [
                    (ThemePreference::System, "Follow the system"),
                    (ThemePreference::Light, "Light"),
                    (ThemePreference::Dark, "Dark"),
                ] {
                    if ui.radio(self.theme == choice, label).clicked() {
                        self.commands.push(AppCommand::SetTheme(choice));
                    }
                }
            });
            ui.menu_button("Help", |ui| {
                self.action_item(ui, "Keyboard shortcuts", Action::KeyboardShortcuts, true);
                if ui.button("About Kintsugi").clicked() {
                    self.help.about = true;
                }
            });
        });
    }

    /// Help → Keyboard shortcuts: every row of the table, grouped by where it works.
    pub(super) fn shortcuts_window_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("Keyboard shortcuts")
            .open(&mut self.help.shortcuts)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| shortcut_group_ui(ui, Scope::Everywhere, "Everywhere"));
                    ui.add_space(theme::SECTION_GAP);
                    ui.vertical(|ui| {
                        shortcut_group_ui(ui, Scope::Today, "On Today");
                        shortcut_group_ui(ui, Scope::Setbacks, "On Setbacks");
                        shortcut_group_ui(ui, Scope::ProgressChart, "On the Progress chart");
                    });
                });
                ui.label(
                    egui::RichText::new(
                        "In a calendar: arrows move by day and week, Page Up/Down by month, \
                         Home/End to the week's ends, Enter picks, Escape closes.",
                    )
                    .weak(),
                );
            });
    }
}

/// One group of the F1 list: a heading, then the keys and what they do.
fn shortcut_group_ui(ui: &mut egui::Ui, scope: Scope, heading: &str) {
    ui.label(egui::RichText::new(heading).strong());
    egui::Grid::new(("shortcuts", heading))
        .num_columns(2)
        .min_col_width(150.0)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for shortcut in SHORTCUTS.iter().filter(|s| s.scope == scope) {
                let keys: Vec<String> = shortcut
                    .keys
                    .iter()
                    .map(|keys| shortcuts::format_keys(*keys))
                    .collect();
                ui.label(egui::RichText::new(keys.join(" or ")).monospace());
                ui.label(shortcut.what);
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP);
}
