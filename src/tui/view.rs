//! The screen's furniture, shared by every view: the status line, the footer's key hints,
//! the loading screen and the message for a terminal too small. Every stakeholder string
//! passes through `crate::sanitize` before it reaches the buffer.

use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::action::StatusLine;
use super::keys::{self, Context};
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::strings as s;
use super::theme::Theme;
use super::widgets::trunc;
use crate::sanitize;

/// What the status line may show, most urgent first.
pub struct StatusBar<'a> {
    /// The search prompt, while it is open.
    pub prompt: Option<Line<'static>>,
    pub message: Option<&'a StatusLine>,
    /// Background work is under way.
    pub busy: bool,
    pub banner: Option<&'a str>,
}

/// The message shown instead of the screen when the terminal is too small.
pub fn draw_too_small(f: &mut Frame, t: &Theme) {
    let area = f.area();
    let (w, h) = (area.width, area.height);
    let lines = vec![
        Line::styled(s::too_small_title(), t.strong),
        Line::styled(s::too_small(w, h, MIN_WIDTH, MIN_HEIGHT), t.base),
    ];
    let y = area.y + area.height.saturating_sub(2) / 2;
    let r = Rect::new(area.x, y, area.width, 2.min(area.height));
    f.render_widget(Paragraph::new(lines).alignment(Alignment::Center), r);
}

/// The loading screen: what is being read, and for how long.
pub fn draw_loading(f: &mut Frame, progress: &str, secs: f64, banner: Option<&str>, t: &Theme) {
    let area = f.area();
    let mut lines = vec![
        Line::styled(s::loading_title(), t.title),
        Line::from(vec![
            Span::styled(format!("{} ", progress), t.base),
            Span::styled(s::loading_elapsed(secs), t.muted),
        ]),
    ];
    if let Some(b) = banner {
        lines.push(Line::default());
        lines.push(Line::styled(sanitize::inline(b).into_owned(), t.muted));
    }
    let h = lines.len() as u16;
    let r = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(h) / 2,
        area.width,
        h.min(area.height),
    );
    f.render_widget(Paragraph::new(lines).alignment(Alignment::Center), r);
}

/// The status line: the search prompt while it is open, else the last message, else that
/// work is under way, else the banner.
pub fn draw_status(f: &mut Frame, r: Rect, status: StatusBar<'_>, t: &Theme) {
    let line = if let Some(p) = status.prompt {
        p
    } else if let Some(st) = status.message {
        let (mark, style) = if st.error {
            ("✗ ", t.error)
        } else {
            ("· ", t.info)
        };
        Line::from(vec![
            Span::styled(mark, style),
            Span::styled(
                trunc(&sanitize::inline(&st.text), r.width as usize - 2),
                style,
            ),
        ])
    } else if status.busy {
        Line::styled(s::submitting(), t.info)
    } else if let Some(b) = status.banner {
        Line::styled(trunc(&sanitize::inline(b), r.width as usize), t.muted)
    } else {
        Line::default()
    };
    f.render_widget(Paragraph::new(line), r);
}

/// The footer's key hints, as many as fit in `width`, two spaces apart. A translation longer
/// than English keeps the hints the English line shows by putting them one space apart.
pub fn hint_line(context: Context, width: usize, t: &Theme) -> Line<'static> {
    let fitting = |hints: &[(String, String)], gap: usize| {
        let mut used = 1;
        hints
            .iter()
            .take_while(|(k, h)| {
                used += k.width() + 1 + h.width() + gap;
                used <= width
            })
            .count()
    };
    let hints = keys::hints(context);
    let wide = fitting(&hints, 2);
    let (n, gap) = if crate::i18n::ui() == crate::i18n::Lang::EN {
        (wide, "  ")
    } else {
        let english = crate::i18n::with_ui(crate::i18n::Lang::EN, || keys::hints(context));
        let narrow = fitting(&hints, 1);
        if wide < fitting(&english, 2) && narrow > wide {
            (narrow, " ")
        } else {
            (wide, "  ")
        }
    };
    let mut spans = vec![Span::raw(" ")];
    for (k, h) in hints.into_iter().take(n) {
        spans.push(Span::styled(k, t.key));
        spans.push(Span::styled(format!(" {h}{gap}"), t.muted));
    }
    Line::from(spans)
}

/// The footer: the keys of `context`, from the key list.
pub fn draw_footer(f: &mut Frame, r: Rect, context: Context, t: &Theme) {
    f.render_widget(Paragraph::new(hint_line(context, r.width as usize, t)), r);
}
