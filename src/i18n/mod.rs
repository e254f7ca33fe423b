//! The reader's language: every word the window, the report and the notifications show comes
//! from a Fluent message in `assets/i18n/<lang>/kintsugi.ftl`, and dates and numbers are written
//! the way that language writes them.
//!
//! Use [`t!`](crate::t) for a message: `t!("today-title")`, `t!("setbacks-count", count = 3)`.
//! The English file is checked at compile time (`fl!` refuses an unknown id or argument); the
//! other languages by `tests/translations.rs`.
//!
//! The language is chosen per thread: the window's thread follows the preference (or the
//! system), and a test can speak German on its own thread without changing any other test's.

mod assets;
pub mod dates;
mod language;
pub mod numbers;
mod pseudo;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{LazyLock, RwLock};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;

pub use dates::{DateStyle, date, month_name, weekday_name, weekday_short_name};
pub use language::{Language, default_first_weekday, system_language};
pub use numbers::{decimal, percent};

/// The `fl!` macro, re-exported so that [`t!`](crate::t) works from every module and test.
pub use i18n_embed_fl::fl;

/// The environment variable that forces a language (`de`, `uk`, `en-XA` for the pseudo-language
/// that shows which words are not translated yet), over the preference and the system.
pub const LANGUAGE_VARIABLE: &str = "KINTSUGI_LANG";

/// A message of the reader's language: `t!("id")` or `t!("id", name = value, …)`.
///
/// The message id and its arguments are checked against the English file when compiling.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::finish($crate::i18n::fl!($crate::i18n::loader(), $id))
    };
    ($id:literal, $($args:tt)*) => {
        $crate::i18n::finish($crate::i18n::fl!($crate::i18n::loader(), $id, $($args)*))
    };
}

/// Every language's messages, loaded once.
static ALL_MESSAGES: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = FluentLanguageLoader::new("kintsugi", Language::English.identifier());
    let languages: Vec<_> = Language::ALL_WITH_PSEUDO
        .iter()
        .map(|language| language.identifier())
        .collect();
    // The files are part of the binary and checked by the tests; a failure here is a bug.
    if let Err(error) = loader.load_languages(&assets::Translations, &languages) {
        log_problem(&format!("the translations could not be loaded: {error}"));
    }
    // Isolation marks (U+2068/U+2069) would show as boxes in the window and the PDF.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| {
        if bundle.locales.first() == Some(&Language::Pseudo.identifier()) {
            bundle.set_transform(Some(pseudo::transform));
        }
    });
    loader
});

/// The language new threads speak: the window's choice, or the system's when there is none.
static PROCESS_LANGUAGE: RwLock<Option<Language>> = RwLock::new(None);

thread_local! {
    static THIS_THREAD: RefCell<Option<(Language, Rc<FluentLanguageLoader>)>> =
        const { RefCell::new(None) };
}

fn log_problem(message: &str) {
    eprintln!("kintsugi: {message}");
}

/// The language this thread speaks.
pub fn language() -> Language {
    THIS_THREAD.with(|current| {
        if let Some((language, _)) = &*current.borrow() {
            return *language;
        }
        process_language()
    })
}

fn process_language() -> Language {
    if let Some(forced) = language::forced_by_environment() {
        return forced;
    }
    let chosen = PROCESS_LANGUAGE
        .read()
        .map(|guard| *guard)
        .unwrap_or_default();
    chosen.unwrap_or_else(system_language)
}

/// The messages of this thread's language (English where a message is missing).
pub fn loader() -> Rc<FluentLanguageLoader> {
    THIS_THREAD.with(|current| {
        let mut current = current.borrow_mut();
        if let Some((_, loader)) = &*current {
            return Rc::clone(loader);
        }
        let language = process_language();
        let loader = Rc::new(ALL_MESSAGES.select_languages(&[language.identifier()]));
        *current = Some((language, Rc::clone(&loader)));
        loader
    })
}

/// Speaks `choice` from now on — the preference's language, or the system's when `None` —
/// on this thread and on every thread started later. The environment variable still wins.
pub fn choose_language(choice: Option<Language>) {
    if let Ok(mut chosen) = PROCESS_LANGUAGE.write() {
        *chosen = choice;
    }
    let language = process_language();
    use_on_this_thread(language);
}

/// Speaks `language` on this thread only (tests, and a worker that must match the window).
pub fn use_on_this_thread(language: Language) {
    let loader = Rc::new(ALL_MESSAGES.select_languages(&[language.identifier()]));
    THIS_THREAD.with(|current| *current.borrow_mut() = Some((language, loader)));
    dates::forget_names();
}

/// The last step of every message: the pseudo-language brackets it, so that a test can see
/// which words on screen did not come from a message.
pub fn finish(message: String) -> String {
    if language() == Language::Pseudo {
        format!("[{message}]")
    } else {
        message
    }
}

/// A message chosen at run time (a month's name, an enum's label table) with arguments; the
/// id must exist in the English file — `tests/translations.rs` checks every id this crate
/// passes here.
pub fn message(id: &str, args: &[(&str, fluent::FluentValue<'_>)]) -> String {
    let mut fluent_args = fluent::FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    finish(loader().get_args_fluent(id, Some(&fluent_args)))
}

/// The language identifiers and names the Preferences list offers, in their own names.
pub fn choices() -> impl Iterator<Item = Language> {
    Language::ALL.into_iter()
}

/// The current language's Fluent identifier, for the report's metadata.
pub fn current_identifier() -> unic_langid::LanguageIdentifier {
    loader().current_language()
}
