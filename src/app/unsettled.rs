//! Text the journal cannot take yet — an invalid date, a clashing skill name, a skill search
//! not yet chosen — kept per entry and field until the user fixes or discards it. It survives
//! moving to another entry, screen or day and back, and quitting asks about it.

use std::collections::BTreeMap;

use crate::model::{SetbackId, SkillId, TypedField};

/// A field of an entry whose text is kept here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldKey {
    /// A typed field of a setback.
    Setback(SetbackId, TypedField),
    /// The "add a skill" search of a setback.
    SkillSearch(SetbackId),
    /// The "new category" field of a setback.
    NewCategory(SetbackId),
    /// A skill's name.
    SkillName(SkillId),
}

/// One field's kept text and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsettledText {
    /// The text as the user left it.
    pub text: String,
    /// Why the journal does not hold it, in words for the user.
    pub problem: String,
}

/// Every kept field of the session.
#[derive(Debug, Default)]
pub struct Unsettled {
    fields: BTreeMap<FieldKey, UnsettledText>,
}

impl Unsettled {
    /// Keeps `text` for `key` with its problem.
    pub fn keep(&mut self, key: FieldKey, text: &str, problem: impl Into<String>) {
        self.fields.insert(
            key,
            UnsettledText {
                text: text.to_owned(),
                problem: problem.into(),
            },
        );
    }

    /// Forgets the field (it became valid, or the user discarded it).
    pub fn settle(&mut self, key: FieldKey) {
        self.fields.remove(&key);
    }

    /// The kept text of a field.
    pub fn get(&self, key: FieldKey) -> Option<&UnsettledText> {
        self.fields.get(&key)
    }

    /// True when the setback has a field kept here (its list row is marked).
    pub fn has_setback(&self, id: SetbackId) -> bool {
        self.fields.keys().any(|key| match key {
            FieldKey::Setback(setback, _)
            | FieldKey::SkillSearch(setback)
            | FieldKey::NewCategory(setback) => *setback == id,
            FieldKey::SkillName(_) => false,
        })
    }

    /// True when the skill's name is kept here.
    pub fn has_skill(&self, id: SkillId) -> bool {
        self.fields.contains_key(&FieldKey::SkillName(id))
    }

    /// Every kept field, in a stable order.
    pub fn iter(&self) -> impl Iterator<Item = (&FieldKey, &UnsettledText)> {
        self.fields.iter()
    }

    /// True when nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}
