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
        for (step, action) in [(undo, Action::Undo), (redo, Action::Redo)] {
            let undoing = action == Action::Undo;
            let text = match (&step, undoing) {
                (Some(label), true) => crate::t!("menu-undo-step", step = label.as_str()),
                (Some(label), false) => crate::t!("menu-redo-step", step = label.as_str()),
                (None, true) => crate::t!("common-undo"),
                (None, false) => crate::t!("common-redo"),
            };
            let item = ui
                .add_enabled(
                    editable && step.is_some(),
                    egui::Button::new(text).shortcut_text(keys_text(action)),
                )
                .on_disabled_hover_text(match (editable, undoing) {
                    (false, _) => reason.clone(),
                    (true, true) => crate::t!("menu-nothing-to-undo"),
                    (true, false) => crate::t!("menu-nothing-to-redo"),
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
            .add_enabled(
                writable,
                egui::Button::new(crate::t!("menu-merge-from-disk")),
            )
            .on_hover_text(crate::t!("menu-merge-from-disk-hover"))
            .on_disabled_hover_text(crate::t!("menu-merge-from-disk-disabled"))
            .clicked()
        {
            self.commands
                .push(AppCommand::MergeOutside(crate::storage::Removals::Ask));
        }
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let journal_open = self.session().is_some();
        if ui.button(crate::t!("menu-new-journal")).clicked() {
            self.commands.push(AppCommand::NewJournal);
        }
        if ui.button(crate::t!("menu-open")).clicked() {
            self.commands.push(AppCommand::PickJournalFile);
        }
        ui.menu_button(crate::t!("menu-open-recent"), |ui| {
            if self.recent_journals.is_empty() {
                ui.label(egui::RichText::new(crate::t!("menu-no-recent")).weak());
            }
            for path in self.recent_journals.clone() {
                let missing = !path.exists();
                let item = ui
                    .add_enabled(!missing, egui::Button::new(path.display().to_string()))
                    .on_disabled_hover_text(crate::t!("menu-recent-missing"));
                if item.clicked() {
                    self.commands.push(AppCommand::OpenJournal(path));
                }
            }
        });
        self.action_item(
            ui,
            &crate::t!("menu-save-now"),
            Action::SaveNow,
            journal_open,
        );
        if ui
            .add_enabled(
                journal_open,
                egui::Button::new(crate::t!("menu-save-copy-as")),
            )
            .clicked()
        {
            self.commands.push(AppCommand::SaveCopyElsewhere);
        }
        if ui.button(crate::t!("menu-show-data-folder")).clicked() {
            self.commands.push(AppCommand::ShowDataFolder);
        }
        ui.separator();
        self.encryption_items_ui(ui);
        ui.separator();
        self.action_item(
            ui,
            &crate::t!("menu-export-chart"),
            Action::ExportChart,
            journal_open,
        );
        if ui
            .add_enabled(
                journal_open,
                egui::Button::new(crate::t!("menu-export-report")),
            )
            .on_hover_text(crate::t!("menu-export-report-hover"))
            .clicked()
        {
            self.commands.push(AppCommand::OpenExportReport);
        }
        if ui.button(crate::t!("menu-export-data")).clicked() {
            self.commands.push(AppCommand::OpenExportData);
        }
        let read_only = self
            .session()
            .and_then(|session| theme::read_only_reason(&session.lock()));
        let import = ui
            .add_enabled(
                read_only.is_none(),
                egui::Button::new(crate::t!("menu-import")),
            )
            .on_disabled_hover_text(read_only.clone().unwrap_or_default());
        if import.clicked() {
            self.commands.push(AppCommand::OpenImport);
        }
        let restore = ui
            .add_enabled(
                read_only.is_none(),
                egui::Button::new(crate::t!("menu-restore")),
            )
            .on_disabled_hover_text(read_only.unwrap_or_default());
        if restore.clicked() {
            self.commands.push(AppCommand::OpenRestore);
        }
        ui.separator();
        self.action_item(
            ui,
            &crate::t!("menu-preferences"),
            Action::Preferences,
            true,
        );
        ui.separator();
        self.action_item(ui, &crate::t!("menu-quit"), Action::Quit, true);
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
        if encrypted {
            for (label, task) in [
                (
                    crate::t!("menu-change-passphrase"),
                    ProtectionTask::ChangePassphrase,
                ),
                (
                    crate::t!("menu-remove-encryption"),
                    ProtectionTask::RemoveEncryption,
                ),
            ] {
                if ui.add_enabled(writable, egui::Button::new(label)).clicked() {
                    self.commands.push(AppCommand::OpenProtection(task));
                }
            }
            self.action_item(ui, &crate::t!("menu-lock-now"), Action::LockNow, true);
        } else {
            let item = ui
                .add_enabled(
                    writable,
                    egui::Button::new(crate::t!("menu-encrypt-journal")),
                )
                .on_hover_text(crate::t!("menu-encrypt-journal-hover"))
                .on_disabled_hover_text(crate::t!("menu-encrypt-journal-disabled"));
            if item.clicked() {
                self.commands
                    .push(AppCommand::OpenProtection(ProtectionTask::Encrypt));
            }
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(crate::t!("menu-file"), |ui| self.file_menu_ui(ui));
            ui.menu_button(crate::t!("common-edit"), |ui| self.edit_menu_ui(ui));
            ui.menu_button(crate::t!("menu-view"), |ui| {
                for screen in Screen::ALL {
                    self.action_item(ui, &screen.label(), Action::Show(screen), true);
                }
                self.action_item(
                    ui,
                    &crate::t!("menu-search-journal"),
                    Action::SearchJournal,
                    true,
                );
                ui.separator();
                ui.label(egui::RichText::new(crate::t!("menu-theme")).weak());
                for (choice, label) in [
                    (ThemePreference::System, crate::t!("menu-theme-system")),
                    (ThemePreference::Light, crate::t!("menu-theme-light")),
                    (ThemePreference::Dark, crate::t!("menu-theme-dark")),
                ] {
                    if ui.radio(self.theme == choice, label).clicked() {
                        self.commands.push(AppCommand::SetTheme(choice));
                    }
                }
            });
            ui.menu_button(crate::t!("menu-help"), |ui| {
                self.action_item(
                    ui,
                    &crate::t!("help-shortcuts-title"),
                    Action::KeyboardShortcuts,
                    true,
                );
                if ui.button(crate::t!("help-about-title")).clicked() {
                    self.help.about = true;
                }
            });
        });
    }

    /// Help → Keyboard shortcuts: every row of the table, grouped by where it works.
    pub(super) fn shortcuts_window_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new(crate::t!("help-shortcuts-title"))
            .id(egui::Id::unique("keyboard_shortcuts"))
            .open(&mut self.help.shortcuts)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        shortcut_group_ui(
                            ui,
                            Scope::Everywhere,
                            &crate::t!("shortcuts-everywhere"),
                        );
                    });
                    ui.add_space(theme::SECTION_GAP);
                    ui.vertical(|ui| {
                        shortcut_group_ui(ui, Scope::Today, &crate::t!("shortcuts-on-today"));
                        shortcut_group_ui(ui, Scope::Setbacks, &crate::t!("shortcuts-on-setbacks"));
                        shortcut_group_ui(
                            ui,
                            Scope::ProgressChart,
                            &crate::t!("shortcuts-on-progress-chart"),
                        );
                    });
                });
                ui.label(egui::RichText::new(crate::t!("shortcuts-calendar-keys")).weak());
            });
    }
}

/// One group of the F1 list: a heading, then the keys and what they do.
fn shortcut_group_ui(ui: &mut egui::Ui, scope: Scope, heading: &str) {
    ui.label(egui::RichText::new(heading).strong());
    egui::Grid::new(("shortcuts", scope_key(scope)))
        .num_columns(2)
        .min_col_width(150.0)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for shortcut in SHORTCUTS.iter().filter(|s| s.scope == scope) {
                let keys = shortcut
                    .keys
                    .iter()
                    .map(|keys| shortcuts::format_keys(*keys))
                    .reduce(|first, second| {
                        crate::t!("shortcuts-either", first = first, second = second)
                    })
                    .unwrap_or_default();
                ui.label(egui::RichText::new(keys).monospace());
                ui.label(shortcut.what.to_string());
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP);
}

/// A name for the group's grid that does not change with the language.
fn scope_key(scope: Scope) -> &'static str {
    match scope {
        Scope::Everywhere => "everywhere",
        Scope::Today => "today",
        Scope::Setbacks => "setbacks",
        Scope::ProgressChart => "progress_chart",
    }
}
