//! Small drawing helpers shared by the views and popups: cutting, padding and wrapping styled
//! text, boxes, questions, word-diff spans. None of them knows the application's state.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::data::Loaded;
use super::strings as s;
use super::theme::Theme;
use crate::diff::{self, Kind};
use crate::sanitize;

/// Cut `text` to `width` columns, with an ellipsis when cut.
pub fn trunc(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Pad `text` with spaces to `width` columns (cutting it first when needed).
pub fn pad(text: &str, width: usize) -> String {
    let t = trunc(text, width);
    let w = t.width();
    format!("{t}{}", " ".repeat(width.saturating_sub(w)))
}

/// Word-wrap styled text to `width` columns. Newlines break lines; words keep their styled runs.
pub fn wrap_spans(spans: &[(String, Style)], width: usize, indent: usize) -> Vec<Line<'static>> {
    wrap_hanging(spans, width, indent, indent)
}

/// As [`wrap_spans`], with a different indent for the first line (which may be 0 when the
/// spans bring their own prefix).
pub fn wrap_hanging(
    spans: &[(String, Style)],
    width: usize,
    first: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let width = width.max(indent + 4);
    // Words as runs of (text, style); None marks a forced line break.
    let mut words: Vec<Option<Vec<(String, Style)>>> = Vec::new();
    let mut cur: Vec<(String, Style)> = Vec::new();
    let push_char = |cur: &mut Vec<(String, Style)>, c: char, st: Style| match cur.last_mut() {
        Some((t, s)) if *s == st => t.push(c),
        _ => cur.push((c.to_string(), st)),
    };
    for (text, st) in spans {
        for c in text.chars() {
            if c == '\n' {
                if !cur.is_empty() {
                    words.push(Some(std::mem::take(&mut cur)));
                }
                words.push(None);
            } else if c.is_whitespace() {
                if !cur.is_empty() {
                    words.push(Some(std::mem::take(&mut cur)));
                }
            } else {
                push_char(&mut cur, c, *st);
            }
        }
    }
    if !cur.is_empty() {
        words.push(Some(cur));
    }
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = vec![Span::raw(" ".repeat(first))];
    let mut col = first;
    let mut empty = true;
    let flush = |line: &mut Vec<Span<'static>>,
                 col: &mut usize,
                 empty: &mut bool,
                 lines: &mut Vec<Line<'static>>| {
        lines.push(Line::from(std::mem::replace(
            line,
            vec![Span::raw(" ".repeat(indent))],
        )));
        *col = indent;
        *empty = true;
    };
    for w in words {
        let Some(runs) = w else {
            flush(&mut line, &mut col, &mut empty, &mut lines);
            continue;
        };
        let ww: usize = runs.iter().map(|(t, _)| t.width()).sum();
        if !empty && col + 1 + ww > width {
            flush(&mut line, &mut col, &mut empty, &mut lines);
        }
        if !empty {
            line.push(Span::raw(" "));
            col += 1;
        }
        // A word too long for any line may break between its styled runs.
        let breakable = ww > width - indent && runs.len() > 1;
        for (t, st) in runs {
            if breakable && !empty && col + t.width() > width {
                flush(&mut line, &mut col, &mut empty, &mut lines);
            }
            empty = false;
            if col + t.width() <= width {
                col += t.width();
                line.push(Span::styled(t, st));
                continue;
            }
            // Too long for the line: cut by characters.
            let mut piece = String::new();
            for c in t.chars() {
                let cw = c.width().unwrap_or(0);
                if col + cw > width && !piece.is_empty() {
                    line.push(Span::styled(std::mem::take(&mut piece), st));
                    flush(&mut line, &mut col, &mut empty, &mut lines);
                    empty = false;
                }
                piece.push(c);
                col += cw;
            }
            line.push(Span::styled(piece, st));
        }
    }
    if !empty || lines.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn block<'a>(title: String, focused: bool, t: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Span::styled(
            title,
            if focused { t.title } else { t.strong },
        ))
}

/// Word-diff segments as styled text with git's markers (`[-old-]{+new+}`), sanitised.
pub fn diff_spans(segs: &[diff::Segment], t: &Theme) -> Vec<(String, Style)> {
    segs.iter()
        .map(|sg| match sg.kind {
            Kind::Equal => (sanitize::block(&sg.text).into_owned(), t.base),
            Kind::Delete => (format!("[-{}-]", sanitize::block(&sg.text)), t.removed),
            Kind::Insert => (format!("{{+{}+}}", sanitize::block(&sg.text)), t.added),
        })
        .collect()
}

pub fn draw_question(
    f: &mut Frame,
    area: Rect,
    title: &str,
    text: &str,
    keys_text: &str,
    t: &Theme,
) {
    let w = area.width.saturating_sub(10).min(64);
    let mut lines = wrap_spans(
        &[(text.to_string(), t.base)],
        w.saturating_sub(2) as usize,
        0,
    );
    if !keys_text.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(keys_text.to_string(), t.key));
    }
    let r = centered(area, w, lines.len() as u16 + 2);
    f.render_widget(Clear, r);
    let b = block(format!(" {title} "), true, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    f.render_widget(Paragraph::new(lines), inner);
}

pub fn choice<T: PartialEq + Copy>(
    items: &[T],
    current: Option<T>,
    label: impl Fn(T) -> String,
    t: &Theme,
) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for it in items {
        let on = current == Some(*it);
        out.push(Span::styled(
            format!("[{}] {}", if on { "x" } else { " " }, label(*it)),
            if on { t.selected } else { t.base },
        ));
        out.push(Span::raw("  "));
    }
    out
}

/// "In reply to Ana Pérez: “A fixed minimum excludes short…”", wrapped to `w`: what a reply
/// answers, in the compose form and the triage detail.
pub fn reply_context(
    data: &Loaded,
    t: &Theme,
    parent: &str,
    author: &str,
    w: usize,
) -> Vec<Line<'static>> {
    let excerpt = data
        .by_id
        .get(parent)
        .map(|&i| sanitize::inline(&data.comments[i].comment).into_owned())
        .unwrap_or_default();
    let head = format!("{}: ", s::in_reply_to(&sanitize::inline(author)));
    // Three lines at most, ending in "…" when the comment is longer (a word that wraps
    // early can still push the end onto a fourth line, which is then left out).
    let room = (w * 3).saturating_sub(head.width() + 8).clamp(20, 240);
    let mut spans = vec![(head, t.strong)];
    if !excerpt.is_empty() {
        spans.push((format!("“{}”", trunc(&excerpt, room)), t.emphasis));
    }
    let mut lines = wrap_spans(&spans, w, 0);
    lines.truncate(3);
    lines
}

/// The one-line header of a view: the consultation's title, then what is shown.
pub fn header(f: &mut Frame, r: Rect, title: &str, what: &str, t: &Theme) {
    let title = sanitize::inline(title);
    let right = format!(" · {what}");
    let room = (r.width as usize).saturating_sub(right.width() + 1);
    let line = Line::from(vec![
        Span::styled(format!(" {}", trunc(&title, room)), t.title),
        Span::styled(right, t.muted),
    ]);
    f.render_widget(Paragraph::new(line), r);
}
