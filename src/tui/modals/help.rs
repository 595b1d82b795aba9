//! The `?` help: every key of every context, from the one key list.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

use crate::tui::keys::{self, Context, BINDINGS};
use crate::tui::strings as s;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block, centered, pad};

/// Every context, in the order the help lists them.
pub const CONTEXTS: [Context; 10] = [
    Context::Global,
    Context::List,
    Context::Reader,
    Context::Comments,
    Context::Compose,
    Context::Diff,
    Context::Triage,
    Context::Decide,
    Context::Summary,
    Context::Export,
];

/// The help popup: how far it is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    pub scroll: u16,
}

impl Help {
    /// A key while the help is open; `true` when it closes.
    pub fn handle(&mut self, ev: KeyEvent) -> bool {
        let scroll = self.scroll;
        self.scroll = match ev.code {
            KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => return true,
            KeyCode::Down | KeyCode::Char('j') => scroll.saturating_add(1),
            KeyCode::Up | KeyCode::Char('k') => scroll.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(10),
            KeyCode::PageUp => scroll.saturating_sub(10),
            _ => scroll,
        };
        false
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, t: &Theme) {
        let r = centered(
            area,
            area.width.saturating_sub(8).min(76),
            area.height.saturating_sub(4),
        );
        f.render_widget(Clear, r);
        let b = block(format!(" {} ", s::help_title()), true, t)
            .title_bottom(Span::styled(format!(" {} ", s::help_foot()), t.muted));
        let inner = b.inner(r);
        f.render_widget(b, r);
        let mut lines = Vec::new();
        for ctx in CONTEXTS {
            lines.push(Line::styled(ctx.label(), t.heading));
            for bnd in BINDINGS.iter().filter(|b| b.context == ctx) {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {}", pad(&keys::keys_label(bnd), 16)), t.key),
                    Span::styled(bnd.help, t.base),
                ]));
            }
            if ctx == Context::Reader {
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("  {}", pad(&crate::t!("tui-help-mouse"), 16)),
                        t.key,
                    ),
                    Span::styled(s::K_SELECT_MOUSE, t.base),
                ]));
            }
            lines.push(Line::default());
        }
        let scroll = self
            .scroll
            .min(lines.len().saturating_sub(inner.height as usize) as u16);
        f.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn scrolls_and_closes_with_each_closing_key() {
        let mut h = Help::default();
        assert!(!h.handle(key(KeyCode::Char('j'))));
        assert!(!h.handle(key(KeyCode::PageDown)));
        assert_eq!(h.scroll, 11);
        assert!(!h.handle(key(KeyCode::Up)));
        assert_eq!(h.scroll, 10);
        for k in [
            KeyCode::Esc,
            KeyCode::Char('?'),
            KeyCode::Char('q'),
            KeyCode::Enter,
        ] {
            assert!(Help::default().handle(key(k)), "{k:?} closes the help");
        }
    }

    /// Every context that has bindings is listed, so no key is missing from the help.
    #[test]
    fn every_context_with_keys_is_in_the_help() {
        for b in BINDINGS.iter() {
            assert!(
                CONTEXTS.contains(&b.context),
                "{:?} is not listed",
                b.context
            );
        }
    }
}
