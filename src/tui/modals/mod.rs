//! Popups and forms over a view. Each owns its state, takes the keys while it is open and
//! hands back an [`super::action::Outcome`]; none knows the app.

pub mod compose;
pub mod filters;
pub mod help;
pub mod identity;
pub mod question;
pub mod search;
