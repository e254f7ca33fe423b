//! Stable identifiers of journal entries.
//!
//! Every entry keeps its id for life, so that setbacks and skills can link to each other and a
//! journal exported elsewhere can be merged back without duplicating entries.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! entry_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id, for entries the user creates.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            /// A reproducible id made from 16 bytes of a seeded generator (demo journals).
            pub fn from_seed_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

entry_id!(
    /// Identifies one daily check-in.
    CheckInId
);
entry_id!(
    /// Identifies one setback.
    SetbackId
);
entry_id!(
    /// Identifies one skill.
    SkillId
);
entry_id!(
    /// Identifies one experiment (a lesson put into practice).
    ExperimentId
);
entry_id!(
    /// Identifies one weekly review.
    ReviewId
);
