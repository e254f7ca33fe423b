//! The translation files, part of the binary; the pseudo-language reads the English one.

use std::borrow::Cow;

use i18n_embed::I18nAssets;

#[derive(rust_embed::RustEmbed)]
#[folder = "assets/i18n/"]
#[include = "*.ftl"]
struct Files;

/// The `.ftl` files under `assets/i18n/`, plus `en-XA/` served from `en/`.
pub(super) struct Translations;

impl I18nAssets for Translations {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let path = match file_path.strip_prefix("en-XA/") {
            Some(rest) => format!("en/{rest}"),
            None => file_path.to_owned(),
        };
        Files::get(&path)
            .map(|file| file.data)
            .into_iter()
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(
            Files::iter()
                .map(std::borrow::Cow::into_owned)
                .chain(std::iter::once("en-XA/kintsugi.ftl".to_owned())),
        )
    }
}
