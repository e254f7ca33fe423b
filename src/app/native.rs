//! Running the app in a native window: eframe set-up, window title, save on close and on
//! SIGTERM/SIGINT, and the screenshot mode.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, anyhow};

use super::{JournalSource, KintsugiApp, ThemePreference, UiPreferences};

/// Where the window preferences are kept in eframe's storage.
const PREFERENCES_KEY: &str = "kintsugi_ui";
use crate::cli::{self, Cli, ThemeChoice};
use crate::clock::Clock;
use crate::reminders::Reminder;

/// Frames drawn before the screenshot is taken, so that layout has settled (egui sizes some
/// widgets in their first frame and draws them right in the next). Two give the same picture
/// as six on every screen of the 10-year journal, pixel for pixel, less the hover effects of
/// wherever the pointer happens to be.
const SETTLE_FRAMES: u32 = 2;

/// The screen `--view` asks for (the review page opens over Today).
fn start_screen(view: cli::StartView) -> super::Screen {
    match view {
        cli::StartView::Today | cli::StartView::Review => super::Screen::Today,
        cli::StartView::Setbacks => super::Screen::Setbacks,
        cli::StartView::Skills => super::Screen::Skills,
        cli::StartView::Experiments => super::Screen::Experiments,
        cli::StartView::Progress => super::Screen::Progress,
        cli::StartView::Journal => super::Screen::Journal,
    }
}

/// Opens the window and runs the app until it is closed.
pub fn run(cli: &Cli, clock: Clock) -> anyhow::Result<()> {
    let source = if cli.demo {
        JournalSource::Demo
    } else {
        JournalSource::File(cli::journal_path(cli.data.as_deref())?)
    };
    let start_view = cli.view.map(start_screen);
    let theme_given = cli.theme.is_some();
    let searching = cli.search.is_some();
    // The journal is read (and its first screen prepared) while the window and its GL context
    // are being made: the two take about as long, and neither needs the other.
    let opening = {
        let clock = clock.clone();
        let start = StartChoices {
            theme: cli.theme,
            search: cli.search.clone(),
            calendar: cli.calendar,
            range: cli.range,
        };
        std::thread::Builder::new()
            .name("kintsugi-open".to_owned())
            .spawn(move || open_app(&source, clock, &start))
            .context("could not start opening the journal")?
    };
    let install_handler = cli.screenshot.is_none();
    let size = cli
        .size
        .map_or([1280.0, 800.0], |size| [size.width, size.height]);
    let viewport = egui::ViewportBuilder::default()
        .with_title("Kintsugi")
        .with_app_id(crate::cli::APP_ID)
        .with_inner_size(size)
        .with_min_inner_size([640.0, 480.0])
        .with_icon(app_icon());
    // A screenshot must neither pick up nor change the window size and preferences of real
    // use: it gets a throwaway store.
    let persistence_path = cli.screenshot.as_ref().map(|_| {
        std::env::temp_dir().join(format!("kintsugi-screenshot-{}.ron", std::process::id()))
    });
    if persistence_path.is_none() {
        keep_preferences_private();
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persistence_path: persistence_path.clone(),
        ..Default::default()
    };
    let screenshot = cli
        .screenshot
        .clone()
        .map(|path| ScreenshotJob::new(path, persistence_path.clone()));
    let failure = screenshot.as_ref().map(|job| job.failure.clone());
    eframe::run_native(
        "Kintsugi",
        options,
        Box::new(move |cc| {
            let mut app = opening
                .join()
                .map_err(|_| anyhow!("opening the journal stopped on an internal error"))?;
            if install_handler {
                install_signal_handler(&app, clock)?;
            }
            let remembered: Option<UiPreferences> = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFERENCES_KEY));
            let remembered = remembered
                .filter(|_| screenshot.is_none())
                .unwrap_or_default();
            if !theme_given {
                app.set_theme(remembered.theme);
            }
            if !searching {
                app.show_screen(start_view.unwrap_or(remembered.last_screen));
            }
            if cli.view == Some(cli::StartView::Review) {
                app.request(super::AppCommand::Practice(
                    super::PracticeCommand::OpenReview,
                ));
            }
            app.remember(remembered);
            Ok(Box::new(Window {
                app,
                screenshot,
                title_shown: String::new(),
                clicked_reminders: Arc::default(),
            }))
        }),
    )
    .map_err(|error| anyhow!("could not open the window: {error}"))?;
    if let Some(store) = persistence_path {
        // Best effort: a leftover file in the temp folder is harmless.
        let _ = std::fs::remove_file(store);
    }
    if let Some(failure) = failure
        && let Some(message) = failure
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
    {
        return Err(anyhow!(message));
    }
    Ok(())
}

/// What the command line asks of the first screen.
struct StartChoices {
    theme: Option<ThemeChoice>,
    search: Option<String>,
    calendar: bool,
    range: cli::StartRange,
}

/// The app on the journal `source`, set up as the command line asks.
fn open_app(source: &JournalSource, clock: Clock, cli: &StartChoices) -> KintsugiApp {
    let mut app = KintsugiApp::open(source, clock);
    if let Some(choice) = cli.theme {
        app.set_theme(match choice {
            ThemeChoice::Light => ThemePreference::Light,
            ThemeChoice::Dark => ThemePreference::Dark,
        });
    }
    if let Some(words) = &cli.search {
        app.search_journal(words);
    }
    if cli.calendar {
        app.open_today_calendar();
    }
    app.set_progress_range(match cli.range {
        cli::StartRange::FourWeeks => super::RangePreset::FourWeeks,
        cli::StartRange::ThreeMonths => super::RangePreset::ThreeMonths,
        cli::StartRange::SixMonths => super::RangePreset::SixMonths,
        cli::StartRange::OneYear => super::RangePreset::OneYear,
        cli::StartRange::All => super::RangePreset::All,
    });
    app
}

/// SIGTERM (logout, shutdown) and SIGINT end an eframe app without running its exit code, so
/// a handler writes whatever is pending and then ends the process.
fn install_signal_handler(app: &KintsugiApp, clock: Clock) -> anyhow::Result<()> {
    let active = app.active_session();
    ctrlc::set_handler(move || {
        let status = match active.flush(&clock) {
            Ok(()) => 0,
            Err(error) => {
                eprintln!("kintsugi: error: could not save before quitting: {error}");
                1
            }
        };
        std::process::exit(status);
    })
    .context("could not install the handler that saves on logout or shutdown")
}

fn app_icon() -> egui::IconData {
    let bytes = include_bytes!("../../assets/icons/kintsugi-256.png");
    match image::load_from_memory(bytes) {
        Ok(icon) => {
            let icon = icon.to_rgba8();
            let (width, height) = icon.dimensions();
            egui::IconData {
                rgba: icon.into_raw(),
                width,
                height,
            }
        }
        Err(_) => egui::IconData::default(),
    }
}

/// The eframe side of the app.
struct Window {
    app: KintsugiApp,
    screenshot: Option<ScreenshotJob>,
    title_shown: String,
    /// Reminders whose notification the user clicked, filled by the notifications' threads.
    clicked_reminders: Arc<Mutex<Vec<Reminder>>>,
}

impl Window {
    /// Shows the reminders that came due as desktop notifications; a click on one brings the
    /// window forward on the screen it names.
    fn notify(&mut self, ctx: &egui::Context) {
        for reminder in self.app.take_due_reminders() {
            let clicked = self.clicked_reminders.clone();
            let repaint = ctx.clone();
            let sent = crate::notification::send_clickable(reminder, move || {
                clicked
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(reminder);
                repaint.request_repaint();
            });
            if let Err(error) = sent {
                eprintln!("kintsugi: {error}");
            }
        }
        let clicked = std::mem::take(
            &mut *self
                .clicked_reminders
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        for reminder in clicked {
            self.app.open_reminder(reminder);
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
    }
}

impl eframe::App for Window {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if ctx.input(|input| input.viewport().close_requested()) && !self.app.on_close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        if self.title_shown != self.app.title() {
            self.title_shown = self.app.title().to_owned();
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.title_shown.clone()));
        }
        if let Some(job) = &mut self.screenshot {
            if job.saved() {
                // The picture is written and nothing was edited: the window has done its job,
                // and tearing down the GL context would only add to the wait.
                if self.app.active_session().flush(&self.app.clock).is_ok() {
                    if let Some(store) = &job.throwaway_store {
                        // Best effort, as after a normal close.
                        let _ = std::fs::remove_file(store);
                    }
                    std::process::exit(0);
                }
            }
            job.step(ctx);
        } else {
            self.notify(ctx);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFERENCES_KEY, &self.app.preferences());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The close request already saved; this catches closes that bypassed it.
        if let Err(error) = self.app.active_session().flush(&self.app.clock) {
            eprintln!("kintsugi: error: could not save before quitting: {error}");
        }
    }
}

/// Saves the first settled frame as a PNG, then closes the window.
struct ScreenshotJob {
    path: PathBuf,
    /// The preferences file made for this run only.
    throwaway_store: Option<PathBuf>,
    frames: u32,
    requested: bool,
    done: Arc<Mutex<bool>>,
    failure: Arc<Mutex<Option<String>>>,
}

impl ScreenshotJob {
    /// True once the picture was written without error.
    fn saved(&self) -> bool {
        *self
            .done
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            && self
                .failure
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .is_none()
    }

    fn new(path: PathBuf, throwaway_store: Option<PathBuf>) -> Self {
        Self {
            path,
            throwaway_store,
            frames: 0,
            requested: false,
            done: Arc::default(),
            failure: Arc::default(),
        }
    }

    fn step(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if *self
            .done
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if self.frames >= SETTLE_FRAMES && !self.requested {
            self.requested = true;
            let path = self.path.clone();
            let done = self.done.clone();
            let failure = self.failure.clone();
            let repaint = ctx.clone();
            let callback = egui::ScreenshotCallback::new(move |image: Arc<egui::ColorImage>| {
                if let Err(error) = save_png(&path, &image) {
                    *failure
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(error);
                }
                *done
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
                repaint.request_repaint();
            });
            ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(callback));
        }
        ctx.request_repaint();
    }
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let pixels: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, pixels)
        .ok_or_else(|| format!("{}: the screenshot had an unexpected size", path.display()))?;
    let failed = |error: &dyn std::fmt::Display| {
        format!(
            "{}: could not write the screenshot: {error}",
            path.display()
        )
    };
    let file = std::fs::File::create(path).map_err(|error| failed(&error))?;
    // Fast compression: a third of the time of the default for a file a little larger.
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        std::io::BufWriter::new(file),
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    );
    buffer
        .write_with_encoder(encoder)
        .map_err(|error| failed(&error))
}

/// eframe's preferences file (recent journal paths, mood names, the rollback counters) is
/// created with the default permissions: its folder and the file are made owner-only before
/// eframe opens them, like the journal. eframe rewrites the file in place, which keeps them.
fn keep_preferences_private() {
    if let Some(folder) = eframe::storage_dir(crate::APP_ID) {
        keep_private_in(&folder);
    }
}

/// Makes `folder` (created when missing) 0700 and its `app.ron` 0600.
fn keep_private_in(folder: &std::path::Path) {
    use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
    let folder = folder.to_owned();
    let mut builder = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(builder.recursive(true), 0o700);
    if builder.create(&folder).is_err() {
        return;
    }
    let _ = std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700));
    let file = folder.join("app.ron");
    // Created empty when missing (eframe reads an empty file as no preferences).
    let _ = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .open(&file);
    let _ = std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600));
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn the_preferences_file_and_its_folder_are_owner_only() {
        let home = tempfile::tempdir().expect("temp dir");
        let folder = home.path().join("kintsugi");
        // As eframe would have left them: readable by everyone.
        std::fs::create_dir(&folder).expect("folder");
        std::fs::write(folder.join("app.ron"), "()").expect("file");
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        std::fs::set_permissions(
            folder.join("app.ron"),
            std::fs::Permissions::from_mode(0o644),
        )
        .expect("chmod");
        super::keep_private_in(&folder);
        let mode = |path: &std::path::Path| {
            std::fs::metadata(path)
                .expect("metadata")
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join("app.ron")), 0o600);
        assert_eq!(
            std::fs::read_to_string(folder.join("app.ron")).expect("read"),
            "()"
        );
        // Missing: created empty, owner-only.
        let fresh = home.path().join("fresh");
        super::keep_private_in(&fresh);
        assert_eq!(mode(&fresh.join("app.ron")), 0o600);
    }
}
