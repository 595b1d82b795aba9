//! The four views over one consultation: Read (the default), Diff, Triage and Summary. Each
//! owns its state, handles its own commands and draws itself from that state and a read-only
//! [`super::ctx::Ctx`]; none knows the app.

pub mod diff;
pub mod read;
pub mod summary;
pub mod triage;
