//! consulta: run a stakeholder consultation on a draft framework stored in git.
//!
//! Data flows one way: [`repo`] reads and writes the git-backed store, [`model`] holds the
//! records and their validation, [`diff`] and [`anchor`] compare rounds and place comments,
//! and the CLI (`src/main.rs`) or the [`tui`] present the result. The domain modules never
//! import the terminal crates.

pub mod anchor;
pub mod diff;
pub mod error;
pub mod folders;
pub mod i18n;
pub mod model;
pub mod output_file;
pub mod repo;
pub mod report;
pub mod sample;
pub mod sanitize;
pub mod tui;

pub use error::{Error, Result};
