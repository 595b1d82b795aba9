//! The Read view's comment filters and the popup that sets them: type, stakeholder category,
//! decision, "mine", and the earlier rounds' comments shown or hidden.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

use crate::model::{CommentType, Status};
use crate::sanitize;
use crate::tui::action::{Msg, Outcome};
use crate::tui::ctx::Ctx;
use crate::tui::strings as s;
use crate::tui::widgets::{block, centered, pad};

/// Comment filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<CommentType>,
    /// Index into the manifest's categories.
    pub category: Option<usize>,
    /// `Some(None)` = no decision yet.
    pub status: Option<Option<Status>>,
    pub mine: bool,
    /// Hide the comments carried from earlier rounds.
    pub hide_carried: bool,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }
}

/// Rows of the filter popup: type, category, status, mine, earlier rounds.
pub const FILTER_ROWS: usize = 5;

/// The filter popup: which row is chosen, and the filters as they are being set.
#[derive(Debug, Clone, Default)]
pub struct FilterPopup {
    pub row: usize,
    pub filters: Filters,
}

impl FilterPopup {
    pub fn new(filters: &Filters) -> FilterPopup {
        FilterPopup {
            row: 0,
            filters: filters.clone(),
        }
    }

    /// A key while the popup is open: a changed filter is handed back to the Read view at
    /// once.
    pub fn handle(&mut self, ev: KeyEvent, ctx: &Ctx) -> Outcome {
        let ncat = ctx.data.manifest.categories.len();
        let row = self.row;
        let mut close = false;
        let step = |fwd: bool, i: Option<usize>, n: usize| -> Option<usize> {
            match (i, fwd) {
                (None, true) => (n > 0).then_some(0),
                (None, false) => n.checked_sub(1),
                (Some(i), true) => (i + 1 < n).then_some(i + 1),
                (Some(i), false) => i.checked_sub(1),
            }
        };
        let statuses: Vec<Option<Status>> = std::iter::once(None)
            .chain(Status::ALL.iter().copied().map(Some))
            .collect();
        let f = &mut self.filters;
        let change = |f: &mut Filters, fwd: bool| match row {
            0 => {
                let i = f
                    .kind
                    .and_then(|k| CommentType::ALL.iter().position(|x| *x == k));
                f.kind = step(fwd, i, 3).map(|i| CommentType::ALL[i]);
            }
            1 => f.category = step(fwd, f.category, ncat),
            2 => {
                let i = f
                    .status
                    .and_then(|st| statuses.iter().position(|x| *x == st));
                f.status = step(fwd, i, statuses.len()).map(|i| statuses[i]);
            }
            3 => f.mine = !f.mine,
            _ => f.hide_carried = !f.hide_carried,
        };
        match ev.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('f') | KeyCode::Char('q') => close = true,
            KeyCode::Up | KeyCode::Char('k') => self.row = row.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.row = (row + 1).min(FILTER_ROWS - 1),
            KeyCode::Left | KeyCode::Char('h') => change(f, false),
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => change(f, true),
            KeyCode::Char('x') => *f = Filters::default(),
            _ => {}
        }
        // Handed back on every key, as the comment panel goes back to its first comment.
        Outcome {
            msgs: vec![Msg::ReadFilters(self.filters.clone())],
            close,
        }
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let t = ctx.theme;
        let r = centered(area, 60, 9);
        f.render_widget(Clear, r);
        let b = block(format!(" {} ", s::filters_title()), true, t)
            .title_bottom(Span::styled(format!(" {} ", s::filters_keys()), t.muted));
        let inner = b.inner(r);
        f.render_widget(b, r);
        let fl = &self.filters;
        let cat = fl
            .category
            .and_then(|i| ctx.data.manifest.categories.get(i))
            .map_or(s::all(), |c| {
                sanitize::inline(c.label_in(crate::i18n::ui())).into_owned()
            });
        let status = match fl.status {
            None => s::all(),
            Some(None) => s::open_status(),
            Some(Some(st)) => s::decision(st),
        };
        let rows = [
            (s::filter_type(), fl.kind.map_or(s::all(), s::kind_label)),
            (s::filter_category(), cat),
            (s::filter_status(), status),
            (s::filter_mine(), if fl.mine { s::yes() } else { s::no() }),
            (
                s::filter_carried(),
                if fl.hide_carried {
                    s::hidden()
                } else {
                    s::shown()
                },
            ),
        ];
        let row = self.row;
        // The labels' column fits the longest label of the interface language.
        let label_w = rows
            .iter()
            .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()) + 1)
            .max()
            .unwrap_or(0)
            .max(12);
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .map(|(i, (k, v))| {
                let sel = i == row;
                Line::from(vec![
                    Span::styled(if sel { s::SELECTED_MARK } else { " " }, t.key),
                    Span::styled(format!(" {}", pad(k, label_w)), t.strong),
                    Span::styled(format!("‹ {v} ›"), if sel { t.selected } else { t.base }),
                ])
            })
            .collect();
        f.render_widget(Paragraph::new(lines), inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ch, ctx, key, sample};

    #[test]
    fn each_key_hands_the_filters_back_and_esc_closes() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut p = FilterPopup::new(&Filters::default());
        // Type: the first choice is "general".
        let o = p.handle(key(KeyCode::Right), &c);
        assert!(!o.close);
        assert!(matches!(o.msgs.as_slice(),
            [Msg::ReadFilters(f)] if f.kind == Some(CommentType::General)));
        // Down to "mine", toggle it.
        for _ in 0..3 {
            p.handle(ch('j'), &c);
        }
        assert_eq!(p.row, 3);
        p.handle(ch(' '), &c);
        assert!(p.filters.mine && p.filters.is_active());
        // The last row stops the cursor.
        for _ in 0..5 {
            p.handle(key(KeyCode::Down), &c);
        }
        assert_eq!(p.row, FILTER_ROWS - 1);
        // x clears everything; Esc closes.
        p.handle(ch('x'), &c);
        assert!(!p.filters.is_active());
        assert!(p.handle(key(KeyCode::Esc), &c).close);
    }
}
