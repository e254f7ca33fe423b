//! Lists inside one CSV cell: items separated by `;`, with `\` escaping `;`, `|` and itself, so
//! that any text survives the round trip.

/// Escapes the characters that separate items and parts.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | ';' | '|') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Joins items with `;`, escaping each.
pub fn join(items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    items
        .into_iter()
        .map(|item| escape(item.as_ref()))
        .collect::<Vec<_>>()
        .join(";")
}

/// Splits `text` on unescaped `separator`, keeping escapes in the parts (for nested lists).
fn split_raw(text: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(part) = parts.last_mut() {
                    part.push('\\');
                    if let Some(next) = chars.next() {
                        part.push(next);
                    }
                }
            }
            c if c == separator => parts.push(String::new()),
            c => {
                if let Some(part) = parts.last_mut() {
                    part.push(c);
                }
            }
        }
    }
    parts
}

/// Removes the escapes of one item.
pub fn unescape(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                plain.push(next);
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

/// Splits a `;` list into its items; an empty cell is an empty list.
pub fn split(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    split_raw(text, ';')
        .iter()
        .map(|item| unescape(item))
        .collect()
}

/// Splits a `;` list of `|`-separated parts (e.g. feedback: source|name|insight).
pub fn split_records(text: &str) -> Vec<Vec<String>> {
    if text.is_empty() {
        return Vec::new();
    }
    split_raw(text, ';')
        .iter()
        .map(|record| {
            split_raw(record, '|')
                .iter()
                .map(|part| unescape(part))
                .collect()
        })
        .collect()
}

/// Joins records of parts: parts with `|`, records with `;`.
pub fn join_records(records: impl IntoIterator<Item = Vec<String>>) -> String {
    records
        .into_iter()
        .map(|parts| {
            parts
                .iter()
                .map(|part| escape(part))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_survives_a_list_round_trip() {
        let items = vec![
            "a;b".to_owned(),
            "c\\d".to_owned(),
            "e|f".to_owned(),
            String::new(),
            "ü ✓".to_owned(),
        ];
        assert_eq!(split(&join(&items)), items);
        assert!(split("").is_empty());
    }

    #[test]
    fn records_keep_their_parts() {
        let records = vec![
            vec![
                "Mentor".to_owned(),
                "Zoë".to_owned(),
                "Say no; early".to_owned(),
            ],
            vec!["Peer".to_owned(), String::new(), "a|b\\c".to_owned()],
        ];
        assert_eq!(split_records(&join_records(records.clone())), records);
    }
}
