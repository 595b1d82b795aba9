//! What a component sees besides its own state when it handles an event or draws: the loaded
//! consultation, the theme, the terminal's size and the search results. Read-only.

use super::data::Loaded;
use super::modals::search::Search;
use super::theme::Theme;

#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub data: &'a Loaded,
    pub theme: &'a Theme,
    /// The terminal's size (columns, rows).
    pub size: (u16, u16),
    /// A comment is being written over the view (its panes then show no focus).
    pub composing: bool,
    /// The search results over the round being read.
    pub search: &'a Search,
}
