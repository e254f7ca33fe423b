//! Passphrase fields that leave nothing behind. egui keeps a state per text field in the
//! context's memory, undo history included, under the field's id: a passphrase typed, submitted
//! and wiped could come back with Ctrl+Z in the next field of the same id (at a locked screen,
//! to anyone passing by). Every passphrase field is drawn here: its undo history is emptied
//! after every frame, and its whole state is removed on the first frame it is not drawn (the
//! field was submitted and hidden, the dialog closed, the screen changed).
//!
//! What else egui holds of typed text, checked in egui 0.37: the accessibility value and the
//! layout of a password field are its mask, not its text (unless the user chose Show); selected
//! text is not copied from a password field; the IME preedit lives for one event; no
//! `Response` is kept across frames.

use std::collections::BTreeSet;

use egui::text_edit::TextEditState;
use zeroize::Zeroize as _;

/// The passphrase fields of the app, each with an id of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SecretField {
    /// The unlock screen's passphrase.
    Unlock,
    /// The protection dialog's current passphrase.
    Current,
    /// The protection dialog's new passphrase.
    New,
    /// The protection dialog's new passphrase, repeated.
    Repeat,
    /// The passphrase of a backup sealed with an older key (the restore dialog).
    Backup,
    /// The journal's new passphrase, changed on another computer (to merge its version).
    Outside,
}

impl SecretField {
    const ALL: [SecretField; 6] = [
        SecretField::Unlock,
        SecretField::Current,
        SecretField::New,
        SecretField::Repeat,
        SecretField::Backup,
        SecretField::Outside,
    ];

    /// The field's egui id: the same wherever it is drawn, so that its state can be found and
    /// removed.
    pub fn id(self) -> egui::Id {
        egui::Id::unique(("kintsugi secret field", self as u8))
    }
}

/// A buffer for a passphrase: reserved up front, so that typing never reallocates (and leaves
/// no unwiped copy behind), and wiped when dropped or cleared.
pub struct SecretText(String);

impl Default for SecretText {
    /// Reserved like [`SecretText::new`]: a default buffer never grows while typed into.
    fn default() -> Self {
        Self::new()
    }
}

/// How many bytes a passphrase buffer holds before it would grow (far beyond any passphrase).
const SECRET_CAPACITY: usize = 1024;

impl SecretText {
    /// An empty buffer with room for any passphrase.
    pub fn new() -> Self {
        Self(String::with_capacity(SECRET_CAPACITY))
    }

    /// The text, for checks and for the key derivation.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Wipes the text (the buffer keeps its room).
    pub fn wipe(&mut self) {
        self.0.zeroize();
        self.0.reserve(SECRET_CAPACITY);
    }

    /// Replaces the text (tests type into fields this way too).
    pub fn set(&mut self, text: &str) {
        self.wipe();
        self.0.push_str(text);
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretText({} bytes)", self.0.len())
    }
}

impl Drop for SecretText {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The memory key of the fields drawn in the current frame.
fn drawn_key() -> egui::Id {
    egui::Id::unique("kintsugi secret fields drawn")
}

/// Draws the passphrase field `field` over `text`, masked unless `show`, and empties its undo
/// history (Ctrl+Z never brings back anything typed in it).
pub fn passphrase_edit(
    ui: &mut egui::Ui,
    field: SecretField,
    text: &mut SecretText,
    show: bool,
    width: f32,
) -> egui::Response {
    let id = field.id();
    // The text never outgrows its reserved room: longer input is refused, not reallocated.
    let output = egui::TextEdit::singleline(&mut text.0)
        .id(id)
        .password(!show)
        .char_limit(SECRET_CAPACITY / 4)
        .desired_width(width)
        .show(ui);
    let mut state = output.state;
    state.clear_undoer();
    state.store(ui.ctx(), id);
    ui.ctx().data_mut(|data| {
        data.get_temp_mut_or_default::<BTreeSet<SecretField>>(drawn_key())
            .insert(field);
    });
    output.response.response
}

/// Removes the state of every passphrase field not drawn in this frame; call once at the end
/// of each frame.
pub fn forget_hidden_fields(ctx: &egui::Context) {
    let drawn = ctx.data_mut(|data| {
        data.remove_temp::<BTreeSet<SecretField>>(drawn_key())
            .unwrap_or_default()
    });
    for field in SecretField::ALL {
        if !drawn.contains(&field) {
            forget(ctx, field);
        }
    }
}

/// Removes the state of `field` (its cursor and undo history) from egui's memory.
pub fn forget(ctx: &egui::Context, field: SecretField) {
    ctx.data_mut(|data| data.remove::<TextEditState>(field.id()));
}

/// True when egui holds a state of `field` (for tests: none once the field is gone).
pub fn has_state(ctx: &egui::Context, field: SecretField) -> bool {
    TextEditState::load(ctx, field.id()).is_some()
}
