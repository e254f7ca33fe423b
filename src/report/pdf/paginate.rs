//! Stacking blocks on pages: the report's page layout, which krilla (a PDF writer, not a
//! layout engine) leaves to us. Pure arithmetic over heights, so its rules are tested
//! without drawing anything: headings stay with what follows them, a table row or a figure
//! never splits, a paragraph splits between lines but leaves no single line alone at the foot
//! or the head of a page, and a table's header row is repeated on every page it runs onto.

use std::ops::Range;

/// What the paginator knows of a block.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Measure {
    /// The heights of the pieces it may be split between: one per line for a paragraph, a
    /// single piece for anything that never splits.
    pub(super) pieces: Vec<f32>,
    /// Space wanted above it (none at the top of a page).
    pub(super) space_before: f32,
    /// Space wanted below it. The gap between two blocks is the larger of the two wishes,
    /// except below a block kept with the next, which sets the gap itself (a label sits close
    /// to its text).
    pub(super) space_after: f32,
    /// Must share a page with the start of the next block (a heading, a label).
    pub(super) keep_with_next: bool,
    /// Kept whole on one page (a heading, a table row), unless it alone is longer than a page.
    pub(super) keep_together: bool,
    /// For a table's body row: the header row repeated at the top of every new page.
    pub(super) header: Option<usize>,
}

impl Measure {
    /// A block that never splits.
    #[cfg(test)]
    fn whole(height: f32, space_before: f32, space_after: f32) -> Self {
        Self {
            pieces: vec![height],
            space_before,
            space_after,
            keep_with_next: false,
            keep_together: true,
            header: None,
        }
    }

    fn total(&self) -> f32 {
        self.pieces.iter().sum()
    }

    /// Whether it goes on one page whole.
    fn whole_on(&self, page_height: f32) -> bool {
        self.pieces.len() == 1 || (self.keep_together && self.total() <= page_height)
    }

    /// The least of it that may stand at the foot of a page: all of what is kept whole, else
    /// two lines (one if it has only one).
    fn least_start(&self, page_height: f32) -> f32 {
        if self.whole_on(page_height) {
            return self.total();
        }
        let lines = if self.pieces.len() >= 2 { 2 } else { 1 };
        self.pieces.iter().take(lines).sum()
    }
}

/// One block, or some of its lines, on a page.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Placed {
    /// Which block.
    pub(super) block: usize,
    /// Which of its pieces.
    pub(super) pieces: Range<usize>,
    /// The top of the first piece, from the top of the page's text area.
    pub(super) top: f32,
    /// A table header repeated on a later page (drawn, but not read twice by a screen reader).
    pub(super) repeated: bool,
}

/// The blocks placed on pages of `height` points of text area; always at least one page.
pub(super) fn paginate(blocks: &[Measure], height: f32) -> Vec<Vec<Placed>> {
    let mut stack = Stack {
        blocks,
        height,
        pages: vec![Vec::new()],
        y: 0.0,
        after: None,
    };
    for index in 0..blocks.len() {
        stack.place(index);
    }
    stack.pages
}

struct Stack<'a> {
    blocks: &'a [Measure],
    height: f32,
    pages: Vec<Vec<Placed>>,
    y: f32,
    /// The block above: its space below, and whether it keeps with this one.
    after: Option<(f32, bool)>,
}

/// The gap between a block whose space below and keeping are `above`, and one that wants
/// `before` above it.
fn gap(above: Option<(f32, bool)>, before: f32) -> f32 {
    match above {
        None => 0.0,
        Some((after, true)) => after,
        Some((after, false)) => after.max(before),
    }
}

impl Stack<'_> {
    /// Whether the page holds nothing yet but repeated headers.
    fn fresh(&self) -> bool {
        self.pages
            .last()
            .is_none_or(|page| page.iter().all(|placed| placed.repeated))
    }

    fn gap_before(&self, block: &Measure) -> f32 {
        gap(self.after, block.space_before)
    }

    /// The height a block has on a page of its own: less its table's header, repeated there.
    fn room(&self, block: &Measure) -> f32 {
        self.height
            - block
                .header
                .map_or(0.0, |header| self.blocks[header].total())
    }

    /// Starts a page for block `index`, under its table's header when it is a table row.
    fn new_page(&mut self, index: usize) {
        self.pages.push(Vec::new());
        self.y = 0.0;
        self.after = None;
        if let Some(header) = self.blocks[index].header {
            self.put(header, 0..self.blocks[header].pieces.len(), true);
        }
    }

    fn put(&mut self, block: usize, pieces: Range<usize>, repeated: bool) {
        let measure = &self.blocks[block];
        let top = self.y + self.gap_before(measure);
        let height: f32 = measure.pieces[pieces.clone()].iter().sum();
        self.y = top + height;
        self.after = Some((measure.space_after, measure.keep_with_next));
        if let Some(page) = self.pages.last_mut() {
            page.push(Placed {
                block,
                pieces,
                top,
                repeated,
            });
        }
    }

    /// The height the block and the chain of blocks it keeps with need from where the stack
    /// stands: all of each kept block, then the least start of the block the chain ends on.
    fn needed(&self, index: usize) -> f32 {
        let mut needed = 0.0;
        let mut above = self.after;
        for block in &self.blocks[index..] {
            let gap = gap(above, block.space_before);
            if block.keep_with_next && block.whole_on(self.room(block)) {
                needed += gap + block.total();
                above = Some((block.space_after, true));
            } else {
                needed += gap + block.least_start(self.room(block));
                if let Some(header) = block.header {
                    needed += self.blocks[header].total();
                }
                break;
            }
        }
        needed
    }

    fn place(&mut self, index: usize) {
        let block = &self.blocks[index];
        if !self.fresh() && self.y + self.needed(index) > self.height {
            self.new_page(index);
        }
        if block.whole_on(self.room(block)) {
            self.put(index, 0..block.pieces.len(), false);
            return;
        }
        // A paragraph (or anything longer than a page): as many lines as fit, then the rest on
        // the next pages.
        let mut start = 0;
        while start < block.pieces.len() {
            let room = self.height - self.y - self.gap_before(block);
            let mut fit = 0;
            let mut used = 0.0;
            for piece in &block.pieces[start..] {
                if used + piece > room {
                    break;
                }
                used += piece;
                fit += 1;
            }
            let remaining = block.pieces.len() - start - fit;
            // No widow: a single last line is not left alone at the head of the next page.
            if remaining == 1 && fit >= 3 {
                fit -= 1;
            }
            // No orphan: a single first line is not left alone at the foot of this page.
            if start == 0 && fit == 1 && remaining >= 1 {
                fit = 0;
            }
            if fit == 0 {
                if self.fresh() {
                    fit = 1; // taller than a page: it has to go somewhere
                } else {
                    self.new_page(index);
                    continue;
                }
            }
            self.put(index, start..start + fit, false);
            start += fit;
            if start < block.pieces.len() {
                self.new_page(index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(lines: usize) -> Measure {
        Measure {
            pieces: vec![10.0; lines],
            space_before: 5.0,
            space_after: 5.0,
            keep_with_next: false,
            keep_together: false,
            header: None,
        }
    }

    fn heading() -> Measure {
        Measure {
            keep_with_next: true,
            ..Measure::whole(20.0, 10.0, 5.0)
        }
    }

    /// Every piece of every block is placed exactly once (repeated headers aside), in order,
    /// and nothing runs past the foot of the page unless it alone is taller than a page.
    fn check(blocks: &[Measure], pages: &[Vec<Placed>], height: f32) {
        let mut next = (0, 0);
        for page in pages {
            for placed in page.iter().filter(|placed| !placed.repeated) {
                if next.1 == blocks[next.0].pieces.len() {
                    next = (next.0 + 1, 0);
                }
                assert_eq!((placed.block, placed.pieces.start), next, "{pages:?}");
                next.1 = placed.pieces.end;
                let bottom = placed.top
                    + blocks[placed.block].pieces[placed.pieces.clone()]
                        .iter()
                        .sum::<f32>();
                assert!(
                    bottom <= height + 0.01 || page.len() == 1,
                    "{bottom} > {height}"
                );
            }
        }
        assert_eq!(
            next,
            (blocks.len() - 1, blocks[blocks.len() - 1].pieces.len())
        );
    }

    #[test]
    fn a_heading_never_ends_a_page() {
        let blocks = vec![paragraph(27), heading(), paragraph(4)];
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert_eq!(pages.len(), 2, "{pages:?}");
        assert_eq!(
            pages[1][0].block, 1,
            "the heading moved to the next page: {pages:?}"
        );
    }

    #[test]
    fn a_paragraph_splits_without_a_lonely_line_at_either_end() {
        // 28 lines on a page of 30: the next paragraph's first line alone would be an orphan.
        let blocks = vec![paragraph(28), paragraph(5)];
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert_eq!(pages[1][0].block, 1, "{pages:?}");
        assert_eq!(pages[1][0].pieces, 0..5);
        // 31 lines: one would be left alone on the next page; two go over instead.
        let blocks = vec![paragraph(31)];
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert_eq!(pages[0][0].pieces, 0..29);
        assert_eq!(pages[1][0].pieces, 29..31);
    }

    #[test]
    fn table_rows_never_split_and_the_header_comes_back() {
        let mut blocks = vec![heading(), Measure::whole(15.0, 5.0, 0.0)];
        blocks[1].keep_with_next = true;
        for _ in 0..20 {
            blocks.push(Measure {
                header: Some(1),
                ..Measure::whole(35.0, 0.0, 0.0)
            });
        }
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert!(pages.len() >= 3, "{pages:?}");
        for page in &pages[1..] {
            assert_eq!(page[0].block, 1, "header first on {page:?}");
            assert!(page[0].repeated);
            assert!(page[1..].iter().all(|placed| placed.pieces == (0..1)));
        }
    }

    #[test]
    fn a_row_longer_than_a_page_is_cut_between_lines_under_its_header() {
        let mut blocks = vec![paragraph(3), Measure::whole(15.0, 5.0, 0.0)];
        blocks[1].keep_with_next = true;
        blocks.push(Measure {
            pieces: vec![12.0; 60],
            header: Some(1),
            ..Measure::whole(0.0, 0.0, 0.0)
        });
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert_eq!(pages.len(), 3, "{pages:?}");
        assert!(pages[1][0].repeated && pages[2][0].repeated);
    }

    #[test]
    fn a_block_taller_than_a_page_still_goes_on_one() {
        let blocks = vec![paragraph(2), Measure::whole(500.0, 0.0, 0.0), paragraph(2)];
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert_eq!(pages.len(), 3);
    }

    #[test]
    fn a_heading_longer_than_a_page_splits_like_a_paragraph() {
        let blocks = vec![
            Measure {
                keep_with_next: true,
                keep_together: true,
                ..paragraph(70)
            },
            paragraph(3),
        ];
        let pages = paginate(&blocks, 300.0);
        check(&blocks, &pages, 300.0);
        assert_eq!(pages.len(), 3, "{pages:?}");
    }

    proptest::proptest! {
        /// Any column of blocks — paragraphs, headings, table rows under a header, of any
        /// height — is placed whole and in order, within the page unless a single piece is
        /// itself taller than a page, and a heading that fits is never last on its page.
        #[test]
        fn any_column_is_placed_in_order_and_on_the_page(
            kinds in proptest::collection::vec((0u8..3, 1usize..40, 4.0f32..40.0), 1..60)
        ) {
            let mut blocks = Vec::new();
            let mut header = None;
            for (kind, lines, line_height) in kinds {
                let block = match kind {
                    0 => Measure { pieces: vec![line_height; lines], ..paragraph(1) },
                    1 => Measure { pieces: vec![line_height; lines.min(3)], keep_together: true, ..heading() },
                    _ => {
                        let header_index = *header.get_or_insert_with(|| {
                            blocks.push(Measure { keep_with_next: true, ..Measure::whole(15.0, 4.0, 0.0) });
                            blocks.len() - 1
                        });
                        Measure { pieces: vec![line_height; lines], header: Some(header_index), ..Measure::whole(0.0, 0.0, 0.0) }
                    }
                };
                blocks.push(block);
            }
            let pages = paginate(&blocks, 300.0);
            for page in &pages {
                for placed in page {
                    let measure = &blocks[placed.block];
                    let bottom = placed.top + measure.pieces[placed.pieces.clone()].iter().sum::<f32>();
                    let oversized = measure.pieces[placed.pieces.clone()].iter().any(|piece| *piece > 300.0 - 15.0);
                    proptest::prop_assert!(bottom <= 300.01 || oversized, "{bottom} on {page:?}");
                }
                if let Some(last) = page.last().filter(|_| pages.len() > 1) {
                    let measure = &blocks[last.block];
                    let next_exists = last.block + 1 < blocks.len();
                    if measure.keep_with_next && measure.total() < 100.0 && next_exists && !last.repeated {
                        // Only when what it keeps with could not have fitted either.
                        let next = &blocks[last.block + 1];
                        // (A chain of headings longer than a page may break anywhere.)
                        proptest::prop_assume!(!next.keep_with_next);
                        proptest::prop_assert!(next.least_start(300.0) + measure.total() + 40.0 > 300.0 - 15.0, "{page:?}");
                    }
                }
            }
            check(&blocks, &pages, f32::INFINITY);
        }
    }

    #[test]
    fn nothing_gives_one_empty_page() {
        assert_eq!(paginate(&[], 300.0), vec![Vec::new()]);
    }
}
