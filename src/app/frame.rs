//! Drawing one frame of the app: the menu bar and its Edit menu, the banners (demo, read-only,
//! a failed save), the navigation tabs, the current screen, the windows and the toasts. The
//! screens draw their own state and queue commands; nothing here changes the journal.

use super::{AppCommand, Body, KintsugiApp, Screen, Screens, ThemePreference, quit_review, theme};
use crate::session::SessionMode;
use crate::storage;

impl KintsugiApp {
    /// Draws one frame of the app into `ui` and carries out what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.style_applied {
            theme::apply_style(&ctx);
            self.style_applied = true;
        }
        self.apply_theme(&ctx);
        super::calendar::set_first_weekday(&ctx, self.first_weekday);
        self.check_reminders(&ctx);
        self.poll_unlock();
        self.retry_held_save(&ctx);
        self.follow_outside_changes(&ctx);
        self.lock_when_idle(&ctx);
        self.global_keys(&ctx);
        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        self.banners_ui(ui);
        self.conflict_copies_ui(ui);
        if let Body::Journal { screens, .. } = &mut self.body {
            let commands = &mut self.commands;
            egui::Panel::top("navigation").show(ui, |ui| navigation_ui(ui, screens, commands));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::Frame::new()
                .inner_margin(theme::SECTION_GAP)
                .show(ui, |ui| match &mut self.body {
                    Body::Journal { session, screens } => {
                        let mut session = session.lock();
                        let commands = &mut self.commands;
                        if screens.review_shown
                            && let Some(review) = &mut screens.review
                        {
                            review.ui(ui, &session, commands);
                            return;
                        }
                        match screens.current {
                            Screen::Today => {
                                screens.today.review_day = self.reminders.weekly_review;
                                screens.today.ui(ui, &mut session, &self.clock, commands);
                            }
                            Screen::Setbacks => {
                                screens.setbacks.ui(
                                    ui,
                                    &mut session,
                                    &self.clock,
                                    &mut screens.unsettled,
                                    commands,
                                );
                            }
                            Screen::Skills => {
                                screens.skills.ui(
                                    ui,
                                    &mut session,
                                    &self.clock,
                                    &mut screens.unsettled,
                                    commands,
                                );
                            }
                            Screen::Experiments => {
                                let today = self.clock.today();
                                screens.experiments.ui(ui, &session, today, commands);
                            }
                            Screen::Progress => {
                                screens.progress.ui(ui, &session, &self.clock, commands);
                            }
                            Screen::Journal => {
                                screens.journal.ui(ui, &session, &self.clock, commands);
                            }
                        }
                    }
                    Body::Broken(broken) => broken.ui(ui, &mut self.commands),
                    Body::Welcome(welcome) => welcome.ui(ui, &mut self.commands),
                    Body::Locked(unlock) => unlock.ui(ui, &mut self.commands),
                });
        });
        self.windows_ui(&ctx);
        self.poll_import();
        self.exchange.plain_export_notice = self.plain_export_notice();
        self.exchange.ui(&ctx, &mut self.commands);
        self.protection_ui(&ctx);
        self.opened_warning_ui(&ctx);
        self.outside_windows_ui(&ctx);
        self.practice_windows_ui(&ctx);
        self.toasts_ui(&ctx);
        self.run_commands(&ctx);
        self.autosave(&ctx);
        super::secret_field::forget_hidden_fields(&ctx);
    }

    /// The bars above the screens: demo and read-only sessions, and a save that failed (kept
    /// until a save succeeds, with Retry and a way to save a copy elsewhere).
    pub(super) fn banners_ui(&mut self, ui: &mut egui::Ui) {
        let Body::Journal { session, .. } = &self.body else {
            return;
        };
        let session = session.lock();
        let (mode, save_state) = (session.mode().clone(), session.save_state());
        drop(session);
        let gold = theme::gold(ui.visuals().dark_mode);
        match mode {
            SessionMode::Demo => {
                egui::Panel::top("mode_banner").show(ui, |ui| {
                    ui.label(egui::RichText::new(crate::t!("window-demo-banner")).color(gold));
                });
            }
            SessionMode::ReadOnly { reason } => {
                egui::Panel::top("mode_banner").show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            egui::RichText::new(crate::t!(
                                "window-read-only-banner",
                                reason = reason.as_str()
                            ))
                            .color(gold),
                        );
                        if ui
                            .button(crate::t!("window-try-again"))
                            .on_hover_text(crate::t!("window-try-again-hover"))
                            .clicked()
                        {
                            self.commands.push(AppCommand::RetryWritable);
                        }
                    });
                });
            }
            SessionMode::Writable => {}
        }
        if let crate::session::SaveState::Failed(error) = save_state {
            egui::Panel::top("save_failed_banner").show(ui, |ui| {
                let text = crate::t!("window-save-failed", error = error.as_str());
                let label = ui.add(
                    egui::Label::new(
                        egui::RichText::new(&text)
                            .color(theme::error_color(ui.visuals().dark_mode)),
                    )
                    .wrap(),
                );
                label.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Alert, true, text.clone())
                });
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("window-retry")).clicked() {
                        self.commands.push(AppCommand::SaveNow);
                    }
                    if ui.button(crate::t!("window-save-copy-elsewhere")).clicked() {
                        self.commands.push(AppCommand::SaveCopyElsewhere);
                    }
                });
            });
        }
    }

    pub(super) fn apply_theme(&self, ctx: &egui::Context) {
        let wanted = match self.theme {
            ThemePreference::System => egui::ThemePreference::System,
            ThemePreference::Light => egui::ThemePreference::Light,
            ThemePreference::Dark => egui::ThemePreference::Dark,
        };
        if ctx.options(|options| options.theme_preference) != wanted {
            ctx.set_theme(wanted);
        }
    }

    pub(super) fn windows_ui(&mut self, ctx: &egui::Context) {
        self.preferences_ui(ctx);
        self.report_dialog_ui(ctx);
        self.shortcuts_window_ui(ctx);
        let data_location = match self.session() {
            Some(session) => session.lock().path().map_or_else(
                || crate::t!("help-about-in-memory"),
                |path| path.display().to_string(),
            ),
            None => self
                .broken()
                .map_or_else(String::new, |broken| broken.path().display().to_string()),
        };
        let backups = self.session().and_then(|session| {
            session
                .lock()
                .path()
                .map(|path| storage::backup_dir(path).display().to_string())
        });
        egui::Window::new(crate::t!("help-about-title"))
            .id(egui::Id::unique("about_kintsugi"))
            .open(&mut self.help.about)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("Kintsugi {}", env!("CARGO_PKG_VERSION")));
                ui.label(crate::t!("help-about-tagline"));
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new(crate::t!("help-about-journal")).strong());
                ui.label(data_location);
                if let Some(backups) = backups {
                    ui.label(crate::t!("help-about-backups", folder = backups));
                }
                ui.label(egui::RichText::new(crate::t!("help-about-private")).weak());
            });
        if self.quit_review {
            self.quit_review_ui(ctx);
        }
        if let Some(error) = self.close_blocked_by.clone() {
            egui::Window::new(crate::t!("quit-save-failed-title"))
                .id(egui::Id::unique("close_blocked"))
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    ui.label(error);
                    ui.label(crate::t!("quit-save-failed-lost"));
                    ui.horizontal(|ui| {
                        if ui.button(crate::t!("quit-try-again")).clicked() {
                            self.close_blocked_by = None;
                            self.commands.push(AppCommand::Quit);
                        }
                        if ui.button(crate::t!("quit-keep-open")).clicked() {
                            self.close_blocked_by = None;
                        }
                        if ui.button(crate::t!("quit-without-saving")).clicked() {
                            self.quit_confirmed = true;
                            self.close_blocked_by = None;
                            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                        }
                    });
                });
        }
    }

    /// The list of fields holding text the journal could not take, shown on quitting.
    pub(super) fn quit_review_ui(&mut self, ctx: &egui::Context) {
        let Some((session, screens)) = self.screens_mut() else {
            self.quit_review = false;
            return;
        };
        let mut session = session.lock();
        if screens.unsettled.is_empty() {
            drop(session);
            self.quit_review = false;
            self.commands.push(AppCommand::Quit);
            return;
        }
        let choice = quit_review::review_ui(ctx, &screens.unsettled, session.journal());
        match choice {
            Some(quit_review::Review::GoTo(key)) => {
                drop(session);
                self.quit_review = false;
                self.commands.push(quit_review::go_to_command(key));
            }
            Some(quit_review::Review::Discard(key)) => screens.discard(key, &mut session),
            Some(quit_review::Review::DiscardAllAndQuit) => {
                let keys: Vec<_> = screens.unsettled.iter().map(|(key, _)| *key).collect();
                for key in keys {
                    screens.discard(key, &mut session);
                }
                drop(session);
                self.quit_review = false;
                self.commands.push(AppCommand::Quit);
            }
            Some(quit_review::Review::Cancel) => {
                drop(session);
                self.quit_review = false;
            }
            None => {}
        }
    }

    pub(super) fn toasts_ui(&mut self, ctx: &egui::Context) {
        let now = self.clock.instant();
        self.toasts.retain(|toast| toast.until > now);
        if self.toasts.is_empty() {
            return;
        }
        let dark = ctx.global_style().visuals.dark_mode;
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                for toast in &mut self.toasts {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.horizontal(|ui| {
                            let color = if toast.is_error {
                                theme::error_color(dark)
                            } else {
                                ui.visuals().text_color()
                            };
                            ui.label(egui::RichText::new(&toast.text).color(color));
                            if let Some((label, command)) = &toast.action
                                && ui.button(label.as_str()).clicked()
                            {
                                self.commands.push(command.clone());
                                toast.until = now;
                            }
                        });
                    });
                }
            });
        if let Some(next) = self.toasts.iter().map(|toast| toast.until).min() {
            ctx.request_repaint_after(next.saturating_duration_since(now));
        }
    }
}

fn navigation_ui(ui: &mut egui::Ui, screens: &Screens, commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        ui.add_space(theme::SECTION_GAP - 8.0);
        for screen in Screen::ALL {
            let text = egui::RichText::new(screen.label()).size(16.0);
            let tab = ui
                .selectable_label(screens.current == screen, text)
                .on_hover_text(super::shortcuts::keys_text(super::shortcuts::Action::Show(
                    screen,
                )));
            let selected = screens.current == screen;
            tab.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Tab, true, selected, screen.screen_name())
            });
            if tab.clicked() {
                commands.push(AppCommand::ShowScreen(screen));
            }
        }
    });
}
