//! The first-run screen: what Kintsugi is for, and three ways to begin.

use std::path::{Path, PathBuf};

use super::{AppCommand, theme};

/// Shown when there is no journal yet at the journal path.
#[derive(Debug, Clone)]
pub struct WelcomeScreen {
    path: PathBuf,
    other_path: String,
}

impl WelcomeScreen {
    /// The welcome for a journal that would live at `path`.
    pub fn new(path: &Path) -> Self {
        Self {
            path: path.to_owned(),
            other_path: String::new(),
        }
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        ui.vertical_centered(|ui| {
            ui.set_max_width(640.0);
            ui.add_space(theme::SECTION_GAP * 2.0);
            ui.heading(egui::RichText::new(crate::t!("welcome-heading")).size(28.0));
            ui.add_space(theme::SECTION_GAP);
            for line in [
                crate::t!("welcome-intro-growth"),
                crate::t!("welcome-intro-check-in"),
                crate::t!("welcome-intro-reflect"),
            ] {
                ui.label(egui::RichText::new(line).size(16.0));
                ui.add_space(theme::GAP);
            }
            ui.add_space(theme::SECTION_GAP);
            let start = ui.add_sized(
                [280.0, 36.0],
                egui::Button::new(egui::RichText::new(crate::t!("welcome-start")).size(17.0)),
            );
            if start
                .on_hover_text(crate::t!(
                    "welcome-start-hover",
                    path = self.path.display().to_string()
                ))
                .clicked()
            {
                commands.push(AppCommand::StartJournal(self.path.clone()));
            }
            ui.add_space(theme::GAP);
            if ui
                .add_sized([280.0, 32.0], egui::Button::new(crate::t!("welcome-demo")))
                .on_hover_text(crate::t!("welcome-demo-hover"))
                .clicked()
            {
                commands.push(AppCommand::ExploreDemo);
            }
            ui.add_space(theme::GAP);
            if ui
                .add_sized(
                    [280.0, 32.0],
                    egui::Button::new(crate::t!("welcome-open-existing")),
                )
                .clicked()
            {
                commands.push(AppCommand::PickJournalFile);
            }
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let label = ui.label(crate::t!("welcome-open-path"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.other_path)
                            .hint_text("/path/to/journal.ron")
                            .desired_width(300.0),
                    )
                    .labelled_by(label.id);
                let entered =
                    field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                if (ui.button(crate::t!("common-open")).clicked() || entered)
                    && !self.other_path.trim().is_empty()
                {
                    commands.push(AppCommand::OpenJournal(PathBuf::from(
                        self.other_path.trim(),
                    )));
                }
            });
            ui.add_space(theme::SECTION_GAP);
            ui.label(
                egui::RichText::new(crate::t!(
                    "welcome-where",
                    path = self.path.display().to_string()
                ))
                .weak(),
            );
        });
    }
}
