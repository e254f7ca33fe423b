//! A day's note as blocks of text separated by blank lines, as imports write them: whether a
//! note already holds a block (a re-import brings nothing twice), and appending an import's
//! text under a line naming its source. Shared by the diary importers and the CSV merge.

use super::ImportFormat;

/// Appends imported `text` to a day's note: as the note when it is empty, otherwise after it,
/// under a line naming the source (written once, however many imports follow).
pub(super) fn append_imported(note: &mut String, text: &str, format: ImportFormat) {
    let under = format!("— Imported from {format} —");
    *note = if note.trim().is_empty() {
        text.to_owned()
    } else if note.contains(&under) {
        format!("{}\n\n{text}", note.trim_end())
    } else {
        format!("{}\n\n{under}\n{text}", note.trim_end())
    };
}

/// True when `note` holds `block` as a whole block: where it starts, the note starts, or a
/// blank line or an import's own "— Imported from … —" line ends just before; where it ends,
/// the note ends, or a blank line follows. So "Felt calm." is not taken for a part of "Long
/// run. Felt calm.", nor "08:30 · Run" for the start of "08:30 · Running late".
pub(super) fn holds_block(note: &str, block: &str) -> bool {
    let block = block.trim();
    if block.is_empty() {
        return false;
    }
    note.match_indices(block).any(|(start, _)| {
        let before = note[..start].trim_end_matches([' ', '\t']);
        let after = note[start + block.len()..].trim_start_matches([' ', '\t']);
        let starts_block = before.is_empty()
            || before.ends_with("\n\n")
            || before.ends_with("\r\n\r\n")
            || before
                .strip_suffix('\n')
                .and_then(|above| above.lines().last())
                .is_some_and(|line| line.starts_with("— Imported from ") && line.ends_with(" —"));
        let ends_block = after.is_empty()
            || after.starts_with("\n\n")
            || after.starts_with("\r\n\r\n")
            || after.trim().is_empty();
        starts_block && ends_block
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_block_needs_blank_lines_or_the_import_line_around_the_block() {
        assert!(holds_block("Felt calm.", "Felt calm."));
        assert!(holds_block("Long run.\n\nFelt calm.", "Felt calm."));
        assert!(holds_block(
            "Long run.\n\n— Imported from jrnl —\nFelt calm.\n\nMore.",
            "Felt calm."
        ));
        assert!(!holds_block("Long run. Felt calm.", "Felt calm."));
        assert!(!holds_block("Felt calm. Then rain.", "Felt calm."));
        assert!(!holds_block("Felt calm.\nThen rain.", "Felt calm."));
        assert!(!holds_block("anything", ""));
    }
}
