//! Kintsugi: a private, local-first journal for turning professional setbacks into growth.
//!
//! The crate is a pure core — [`model`], [`history`], [`storage`], [`insights`], [`demo`],
//! [`session`], [`sync`], [`cli`] — that knows nothing of windows, under a thin egui layer in [`app`].

/// The app's id everywhere the desktop names it: the desktop entry, the icons, the metainfo,
/// the Wayland app id and the notifications' icon.
pub const APP_ID: &str = "io.github.kintsugi.Kintsugi";

pub mod app;
pub mod calendar;
pub mod chart_export;
pub mod cli;
pub mod clock;
pub mod demo;
pub mod history;
pub mod i18n;
pub mod insights;
pub mod interchange;
pub mod model;
pub mod notification;
pub mod palette;
pub mod reminders;
pub mod report;
pub mod search;
pub mod session;
pub mod storage;
pub mod sync;
pub mod words;

// The English messages are read by `fl!` while compiling; naming the file here makes a change
// to it rebuild the crate.
const _ENGLISH_MESSAGES: &str = include_str!("../assets/i18n/en/kintsugi.ftl");
