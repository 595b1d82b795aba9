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
        // A description longer than the line (a translation runs longer) wraps under itself.
        let width = inner.width as usize;
        let row = |lines: &mut Vec<Line<'static>>, keys: &str, help: String| {
            let mut parts = wrap_words(&help, width.saturating_sub(KEYS_W)).into_iter();
            lines.push(Line::from(vec![
                Span::styled(format!("  {}", pad(keys, KEYS_W - 2)), t.key),
                Span::styled(parts.next().unwrap_or_default(), t.base),
            ]));
            for more in parts {
                lines.push(Line::styled(
                    format!("{}{more}", " ".repeat(KEYS_W)),
                    t.base,
                ));
            }
        };
        for ctx in CONTEXTS {
            lines.push(Line::styled(ctx.label(), t.heading));
            for bnd in BINDINGS.iter().filter(|b| b.context == ctx) {
                row(&mut lines, &keys::keys_label(bnd), bnd.help_text());
            }
            if ctx == Context::Reader {
                row(
                    &mut lines,
                    &crate::t!("tui-help-mouse"),
                    crate::t!(s::K_SELECT_MOUSE),
                );
            }
            lines.push(Line::default());
        }
        let scroll = self
            .scroll
            .min(lines.len().saturating_sub(inner.height as usize) as u16);
        f.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
    }
}

/// The width of the keys' column, indent included.
const KEYS_W: usize = 18;

/// `text` in lines of at most `width` columns, broken between words (a word longer than the
/// line stays whole: the frame cuts it).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.width() + 1 + word.width() > width.max(1) {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn long_descriptions_wrap_between_words() {
        assert_eq!(wrap_words("a short one", 20), ["a short one"]);
        assert_eq!(
            wrap_words("vista de resumen: participación, secciones", 20),
            ["vista de resumen:", "participación,", "secciones"]
        );
        assert_eq!(wrap_words("", 20), [""]);
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
