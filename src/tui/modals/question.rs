//! The question asked at start when an unfinished comment was kept: write it on, or throw it
//! away.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::Frame;

use super::compose::{self, Draft};
use crate::sanitize;
use crate::tui::action::{Msg, Outcome};
use crate::tui::ctx::Ctx;
use crate::tui::strings as s;
use crate::tui::theme::Theme;
use crate::tui::widgets::{draw_question, trunc};

/// A key while the question about `draft` is open: `y`/Enter opens it in the compose form,
/// `n`/Esc throws it away; anything else leaves the question open.
pub fn restore_key(ev: KeyEvent, draft: &Draft, ctx: &Ctx) -> Outcome {
    match ev.code {
        KeyCode::Char('y') | KeyCode::Enter => Outcome::closed(vec![
            Msg::Restore(draft.clone()),
            Msg::status(s::restored()),
        ]),
        KeyCode::Char('n') | KeyCode::Esc => {
            compose::remove_draft(&ctx.data.scratch);
            Outcome::closed(vec![Msg::status(s::discarded())])
        }
        _ => Outcome::default(),
    }
}

pub fn draw_restore(f: &mut Frame, area: Rect, draft: &Draft, t: &Theme) {
    let text = s::restore_question(
        &sanitize::inline(&draft.section_title),
        &trunc(&sanitize::inline(&draft.body), 60),
    );
    draw_question(f, area, &s::restore_title(), &text, &s::restore_keys(), t);
}
