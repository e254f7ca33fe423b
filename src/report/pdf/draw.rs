//! Drawing the paginated column with krilla, page by page, with a footer on each, and the
//! structure tree that tells a screen reader what each piece is (tagged PDF): headings, lists
//! of items, a table of header and data cells, a figure with its caption. Rules, bullets of
//! repeated headers and footers are marked as artifacts, not content.

use std::num::NonZeroU16;

use krilla::Document;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope,
    Tag, TagGroup, TagTree,
};
use krilla_svg::{SurfaceExt as _, SvgSettings};

use super::blocks::{Block, Body, Role};
use super::compose::MUTED;
use super::geometry::Geometry;
use super::paginate::Placed;
use super::text::{TextStyle, Typesetter};

/// The content identifiers drawn for one block, to hang in the structure tree.
#[derive(Default)]
struct Marks {
    /// Its text lines (or the chart).
    content: Vec<Identifier>,
    /// Its bullet.
    label: Vec<Identifier>,
    /// A row's cells, each with its lines.
    cells: Vec<Vec<Identifier>>,
}

/// Draws every page into `document` and returns the structure tree and the bookmarks.
pub(super) fn draw_pages(
    document: &mut Document,
    setter: &mut Typesetter,
    blocks: &[Block],
    pages: &[Vec<Placed>],
    geometry: &Geometry,
    footer_text: &str,
) -> (TagTree, Outline) {
    let mut bookmarks = Bookmarks::default();
    let mut marks: Vec<Marks> = blocks.iter().map(|_| Marks::default()).collect();
    let footer_style = TextStyle::new(8.0, MUTED);
    let footer = setter.set(footer_text, footer_style, geometry.text_width());
    for (number, page_blocks) in pages.iter().enumerate() {
        let mut page = document.start_page_with(geometry.page_settings());
        let mut surface = page.surface();
        for placed in page_blocks {
            let Some(block) = blocks.get(placed.block) else {
                continue;
            };
            let top = geometry.margin_top + placed.top;
            if !placed.repeated && placed.pieces.start == 0 {
                bookmarks.add(block, number, Point::from_xy(geometry.margin_x, top));
            }
            let mark = &mut marks[placed.block];
            draw_block(&mut surface, setter, block, placed, top, geometry, mark);
        }
        // The footer: the report's name on the left, "3 / 7" on the right.
        let page_number = format!("{} / {}", number + 1, pages.len());
        let number_box = setter.set(&page_number, footer_style, geometry.text_width());
        let footer_top = geometry.height - geometry.margin_bottom + 22.0;
        as_artifact(&mut surface, ArtifactType::Footer, |surface| {
            footer.draw_line(
                surface,
                &setter.fonts,
                0,
                Point::from_xy(geometry.margin_x, footer_top),
            );
            number_box.draw_line(
                surface,
                &setter.fonts,
                0,
                Point::from_xy(
                    geometry.margin_x + geometry.text_width() - number_box.width(),
                    footer_top,
                ),
            );
        });
        surface.finish();
        page.finish();
    }
    (structure(blocks, marks), bookmarks.finish())
}

/// The document's bookmarks: a section per level-2 heading, the setbacks under theirs.
#[derive(Default)]
struct Bookmarks {
    outline: Outline,
    /// The section being filled, not yet pushed.
    section: Option<OutlineNode>,
}

impl Bookmarks {
    fn add(&mut self, block: &Block, page: usize, at: Point) {
        let (Role::Heading(level @ 2..=3), Body::Text { text, .. }) = (block.role, &block.body)
        else {
            return;
        };
        let node = OutlineNode::new(text.text().to_owned(), XyzDestination::new(page, at));
        if level == 2 {
            if let Some(done) = self.section.replace(node) {
                self.outline.push_child(done);
            }
        } else if let Some(section) = &mut self.section {
            section.push_child(node);
        } else {
            self.outline.push_child(node);
        }
    }

    fn finish(mut self) -> Outline {
        if let Some(done) = self.section.take() {
            self.outline.push_child(done);
        }
        self.outline
    }
}

/// Where a placed block goes: the text area's left edge, its top, and whether it is a repeat
/// (drawn as an artifact).
#[derive(Clone, Copy)]
struct At {
    left: f32,
    top: f32,
    artifact: bool,
}

fn draw_block(
    surface: &mut Surface,
    setter: &Typesetter,
    block: &Block,
    placed: &Placed,
    top: f32,
    geometry: &Geometry,
    mark: &mut Marks,
) {
    let at = At {
        left: geometry.margin_x,
        top,
        artifact: placed.repeated,
    };
    match &block.body {
        Body::Text {
            text,
            indent,
            label,
        } => {
            let mut y = top;
            for line in placed.pieces.clone() {
                if line == 0
                    && let Some(label) = label
                {
                    let origin = Point::from_xy(at.left + 2.0, y);
                    mark.label.extend(tagged(surface, at.artifact, |surface| {
                        label.draw_line(surface, &setter.fonts, 0, origin);
                    }));
                }
                let origin = Point::from_xy(at.left + indent, y);
                mark.content.extend(tagged(surface, at.artifact, |surface| {
                    text.draw_line(surface, &setter.fonts, line, origin);
                }));
                y += text.height_of(line..line + 1);
            }
        }
        Body::Rule { thickness, color } => {
            as_artifact(surface, ArtifactType::Layout, |surface| {
                if let Some(rect) = rectangle(at.left, top, geometry.text_width(), *thickness) {
                    surface.set_fill(Some(Fill {
                        paint: color.paint(),
                        opacity: NormalizedF32::ONE,
                        rule: krilla::paint::FillRule::default(),
                    }));
                    surface.draw_path(&rect);
                }
            });
        }
        Body::Chart {
            tree,
            width,
            height,
            ..
        } => {
            let id = surface.start_tagged(ContentTag::Other);
            surface.push_transform(&Transform::from_translate(at.left, top));
            if let Some(size) = krilla::geom::Size::from_wh(*width, *height) {
                let _ = surface.draw_svg(tree, size, SvgSettings::default());
            }
            surface.pop();
            surface.end_tagged();
            mark.content.push(id);
        }
        Body::Row {
            cells,
            padding,
            stroke,
        } => draw_row(
            surface,
            setter,
            (cells, *padding, *stroke),
            placed,
            at,
            mark,
        ),
    }
}

fn rectangle(x: f32, y: f32, width: f32, height: f32) -> Option<krilla::geom::Path> {
    let rect = Rect::from_xywh(x, y, width, height)?;
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    path.finish()
}

/// The lines of a table row that fall on this page, with the cells' borders around them.
fn draw_row(
    surface: &mut Surface,
    setter: &Typesetter,
    (cells, padding, stroke): (&[super::blocks::Cell], f32, super::text::Rgb),
    placed: &Placed,
    at: At,
    mark: &mut Marks,
) {
    let bands = super::blocks::row_bands(cells, padding);
    let lines = placed.pieces.clone();
    let height: f32 = bands[lines.clone()].iter().sum();
    // Cell borders are ornament.
    as_artifact(surface, ArtifactType::Layout, |surface| {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: stroke.paint(),
            width: 0.5,
            ..Stroke::default()
        }));
        for cell in cells {
            if let Some(path) = rectangle(at.left + cell.x, at.top, cell.width, height) {
                surface.draw_path(&path);
            }
        }
        surface.set_stroke(None);
    });
    if mark.cells.len() < cells.len() {
        mark.cells.resize_with(cells.len(), Vec::new);
    }
    let first_top = if lines.start == 0 { padding } else { 0.0 };
    for (cell, ids) in cells.iter().zip(&mut mark.cells) {
        let mut y = at.top + first_top;
        for line in lines.clone() {
            if line >= cell.text.line_count() {
                break;
            }
            let origin = Point::from_xy(at.left + cell.x + padding, y);
            ids.extend(tagged(surface, at.artifact, |surface| {
                cell.text.draw_line(surface, &setter.fonts, line, origin);
            }));
            y += bands[line] - if line == 0 { padding } else { 0.0 };
        }
    }
}

/// Draws with `draw` inside a span (content) or an artifact (a repeated header); the span's
/// identifier is returned.
fn tagged(
    surface: &mut Surface,
    artifact: bool,
    draw: impl FnOnce(&mut Surface),
) -> Option<Identifier> {
    if artifact {
        as_artifact(surface, ArtifactType::PaginationOther, draw);
        None
    } else {
        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        draw(surface);
        surface.end_tagged();
        Some(id)
    }
}

/// Draws with `draw` marked as an artifact of `kind`: seen, but not read out.
fn as_artifact(surface: &mut Surface, kind: ArtifactType, draw: impl FnOnce(&mut Surface)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
    draw(surface);
    surface.end_tagged();
}

fn leaves(ids: Vec<Identifier>) -> Vec<Node> {
    ids.into_iter().map(Node::from).collect()
}

/// The structure tree: blocks in reading order, list items gathered into lists, rows into
/// tables, the caption into its figure.
fn structure(blocks: &[Block], marks: Vec<Marks>) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(crate::i18n::language().tag().to_owned()));
    // The list, table or figure being filled, and the role that opened it.
    let mut open: Option<(Role, TagGroup)> = None;
    for (block, mark) in blocks.iter().zip(marks) {
        let joins = open
            .as_ref()
            .is_some_and(|(role, _)| continues(*role, block.role));
        if !joins && let Some((_, group)) = open.take() {
            tree.push(group);
        }
        let Some(group) = group_of(block, mark) else {
            continue;
        };
        match (open.as_mut(), block.role) {
            (Some((_, parent)), _) => parent.push(group),
            (None, Role::ListItem { .. }) => {
                open = Some((
                    block.role,
                    TagGroup::with_children(Tag::L(ListNumbering::Disc), vec![group.into()]),
                ));
            }
            (None, Role::TableRow { .. }) => {
                open = Some((
                    block.role,
                    TagGroup::with_children(Tag::Table, vec![group.into()]),
                ));
            }
            (None, Role::Figure) => open = Some((block.role, group)),
            (None, _) => tree.push(group),
        }
    }
    if let Some((_, group)) = open {
        tree.push(group);
    }
    tree
}

/// Whether a block of `next` role goes into the group `opened` by an earlier one.
fn continues(opened: Role, next: Role) -> bool {
    match (opened, next) {
        (Role::ListItem { list: a }, Role::ListItem { list: b })
        | (Role::TableRow { table: a, .. }, Role::TableRow { table: b, .. }) => a == b,
        (Role::Figure, Role::Caption) => true,
        _ => false,
    }
}

/// The structure element of one block; none for ornaments.
fn group_of(block: &Block, mark: Marks) -> Option<TagGroup> {
    Some(match block.role {
        Role::Heading(level) => {
            let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
            let title = match &block.body {
                Body::Text { text, .. } => Some(text.text().to_owned()),
                _ => None,
            };
            TagGroup::with_children(Tag::Hn(level, title), leaves(mark.content))
        }
        Role::Paragraph => TagGroup::with_children(Tag::P, leaves(mark.content)),
        Role::Caption => TagGroup::with_children(Tag::Caption, leaves(mark.content)),
        Role::ListItem { .. } => TagGroup::with_children(
            Tag::LI,
            vec![
                TagGroup::with_children(Tag::Lbl, leaves(mark.label)).into(),
                TagGroup::with_children(Tag::LBody, leaves(mark.content)).into(),
            ],
        ),
        Role::TableRow { header, .. } => {
            let cells = mark
                .cells
                .into_iter()
                .map(|ids| {
                    let cell = if header {
                        TagGroup::with_children(Tag::TH(TableHeaderScope::Column), leaves(ids))
                    } else {
                        TagGroup::with_children(Tag::TD, leaves(ids))
                    };
                    cell.into()
                })
                .collect();
            TagGroup::with_children(Tag::TR, cells)
        }
        Role::Figure => {
            let alt = match &block.body {
                Body::Chart { alt, .. } => Some(alt.clone()),
                _ => None,
            };
            TagGroup::with_children(Tag::Figure(alt), leaves(mark.content))
        }
        Role::Ornament => return None,
    })
}
