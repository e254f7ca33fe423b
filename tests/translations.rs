//! Every language file against the code: each message the code asks for exists in every
//! language with the same variables, no file holds a message the code never asks for, and
//! every file parses.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const LANGUAGES: [&str; 5] = ["en", "de", "fr", "es", "uk"];

/// Message id → the variables its value uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn messages_of(language: &str) -> Messages {
    let path = root()
        .join("assets/i18n")
        .join(language)
        .join("kintsugi.ftl");
    let text = std::fs::read_to_string(&path).expect("the language file reads");
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
    };
    let mut messages = Messages::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_of_pattern(value, &mut variables);
            }
            for attribute in &message.attributes {
                variables_of_pattern(&attribute.value, &mut variables);
            }
            let id = message.id.name.to_owned();
            assert!(
                messages.insert(id.clone(), variables).is_none(),
                "{language}: {id} is defined twice"
            );
        }
    }
    messages
}

fn variables_of_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, variables);
        }
    }
}

fn variables_of_expression(expression: &Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, variables);
            for variant in variants {
                variables_of_pattern(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => variables_of_inline(inline, variables),
    }
}

fn variables_of_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => {
            variables_of_expression(expression, variables);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, variables);
            }
            for named in &arguments.named {
                variables_of_inline(&named.value, variables);
            }
        }
        _ => {}
    }
}

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(folder).expect("the source folder reads");
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// Every string literal of the crate's source that looks like a message id.
fn literals_in_source() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut literals = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file reads");
        for piece in text.split('"').skip(1).step_by(2) {
            let is_id = !piece.is_empty()
                && piece.starts_with(|c: char| c.is_ascii_lowercase())
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id {
                literals.insert(piece.to_owned());
            }
        }
    }
    literals
}

/// The ids the code passes to `t!(…)`.
fn ids_asked_for_by_t() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file reads");
        // Doc comments show the macro with example ids; only code counts.
        let text: String = source
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in text.match_indices("t!(") {
            // `print!(`, `assert!(` and the like end the same way.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = text[at + 3..].trim_start();
            if let Some(rest) = rest.strip_prefix('"')
                && let Some(end) = rest.find('"')
            {
                ids.insert(rest[..end].to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages_of("en");
    assert!(
        english.len() > 40,
        "the English file holds only {} messages",
        english.len()
    );
    for language in LANGUAGES.iter().skip(1) {
        let translated = messages_of(language);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{language} has messages English does not: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                &translated[id], variables,
                "{language}: {id} uses other variables than English"
            );
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let english = messages_of("en");
    let asked = ids_asked_for_by_t();
    assert!(
        asked.len() > 20,
        "only {} ids found in t!(…) calls",
        asked.len()
    );
    let unknown: Vec<_> = asked
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(
        unknown.is_empty(),
        "the code asks for unknown messages: {unknown:?}"
    );
    let literals = literals_in_source();
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !literals.contains(*id))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

#[test]
fn no_language_file_is_left_untranslated() {
    let english_file = std::fs::read_to_string(root().join("assets/i18n/en/kintsugi.ftl"))
        .expect("the English file reads");
    let english = fluent_syntax::parser::parse(english_file.as_str()).expect("English parses");
    let english_values: BTreeMap<_, _> = english
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some((message.id.name, format!("{:?}", message.value))),
            _ => None,
        })
        .collect();
    for language in LANGUAGES.iter().skip(1) {
        let path = root()
            .join("assets/i18n")
            .join(language)
            .join("kintsugi.ftl");
        let text = std::fs::read_to_string(path).expect("the file reads");
        let Ok(resource) = fluent_syntax::parser::parse(text.as_str()) else {
            panic!("{language} does not parse");
        };
        let same = resource
            .body
            .iter()
            .filter(|entry| match entry {
                Entry::Message(message) => {
                    english_values.get(message.id.name) == Some(&format!("{:?}", message.value))
                }
                _ => false,
            })
            .count();
        // Some messages are the same in every language ("{ $month } { $year }", "OK").
        let share = same as f64 / english_values.len() as f64;
        assert!(
            share < 0.15,
            "{language}: {same} messages are the English ones word for word"
        );
    }
}
