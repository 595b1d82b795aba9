//! Round diffs as text for people: unified text with `[-old-]{+new+}` markers (optionally in
//! colour), two columns side by side, and Markdown for reports. Every piece of section text
//! goes through [`crate::sanitize`] first, so that stakeholder text cannot drive a terminal.
//! Colour is plain ANSI SGR codes; the markers are kept in colour too.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::rounds::{RoundDiff, SectionDiff, SectionStatus};
use super::{Kind, Segment};
use crate::sanitize;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// How to print a diff as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// ANSI colours (markers are kept).
    pub color: bool,
    /// Two columns, old | new, of this total width instead of one unified column.
    pub side_by_side: Option<usize>,
}

fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("{code}{text}{RESET}")
    } else {
        text.to_string()
    }
}

/// `6 Quality assurance`.
fn heading(s: &SectionDiff) -> String {
    let n = s.new_order.or(s.old_order).unwrap_or(0);
    format!("{n} {}", sanitize::inline(&s.title))
}

/// `renamed (06-a.md → 07-a.md; title was "X")`, or just the status.
fn status_detail(s: &SectionDiff) -> String {
    let mut details = Vec::new();
    if let (Some(o), Some(n)) = (&s.old_file, &s.new_file) {
        if o != n {
            details.push(format!("{} → {}", sanitize::inline(o), sanitize::inline(n)));
        }
    }
    if let Some(t) = &s.old_title {
        details.push(crate::t!(
            "lib-diff-title-was",
            title = format!("{:?}", sanitize::inline(t).as_ref())
        ));
    }
    if s.text_changed && matches!(s.status, SectionStatus::Renamed | SectionStatus::Reordered) {
        details.push(crate::t!("lib-diff-text-changed"));
    }
    // The status word: "lib-diff-status-renamed"…
    let status = crate::t!(&format!("{}{}", "lib-diff-status-", s.status.as_str()));
    if details.is_empty() {
        status
    } else {
        format!("{status} ({})", details.join("; "))
    }
}

fn summary_line(d: &RoundDiff) -> String {
    let n = d.totals.sections_changed;
    crate::t!(
        "lib-diff-summary",
        from = sanitize::inline(&d.from),
        to = sanitize::inline(&d.to),
        count = n,
        added = d.totals.words_added,
        removed = d.totals.words_removed
    )
}

/// Segments as one string with `[-old-]{+new+}` markers, each text sanitised (newlines kept).
pub fn marked(segments: &[Segment], color: bool) -> String {
    let mut s = String::new();
    for seg in segments {
        let text = sanitize::block(&seg.text);
        match seg.kind {
            Kind::Equal => s.push_str(&text),
            Kind::Delete => s.push_str(&paint(color, RED, &format!("[-{text}-]"))),
            Kind::Insert => s.push_str(&paint(color, GREEN, &format!("{{+{text}+}}"))),
        }
    }
    s
}

/// The text view: a summary line, then per changed section a header and its hunks.
pub fn text(d: &RoundDiff, style: TextStyle) -> String {
    let mut out = String::new();
    out.push_str(&paint(style.color, BOLD, &summary_line(d)));
    out.push('\n');
    for s in d.changed() {
        out.push('\n');
        let header = format!(
            "## {}  {}  {}",
            heading(s),
            status_detail(s),
            crate::t!(
                "lib-diff-words",
                added = s.words_added,
                removed = s.words_removed
            )
        );
        out.push_str(&paint(style.color, BOLD, &header));
        out.push('\n');
        for h in &s.hunks {
            let mut at = format!(
                "@@ -{},{} +{},{} @@",
                h.old_start, h.old_lines, h.new_start, h.new_lines
            );
            if !h.comments.is_empty() {
                at.push_str(&format!(
                    "  {}",
                    crate::t!(
                        "lib-diff-hunk-comments",
                        ids = sanitize::inline(&h.comments.join(", "))
                    )
                ));
            }
            out.push_str(&paint(style.color, CYAN, &at));
            out.push('\n');
            match style.side_by_side {
                Some(width) => out.push_str(&side_by_side(&h.segments, width, style.color)),
                None => {
                    let body = marked(&h.segments, style.color);
                    out.push_str(&body);
                    if !body.ends_with('\n') {
                        out.push('\n');
                    }
                }
            }
        }
    }
    let unchanged = d.sections.len() - d.totals.sections_changed;
    if unchanged > 0 {
        out.push_str(&format!(
            "\n{}\n",
            crate::t!("lib-diff-unchanged", count = unchanged)
        ));
    }
    out
}

/// One side of a hunk (equal text plus deletions, or equal text plus insertions) with its
/// markers, sanitised, split into lines.
fn side_lines(segments: &[Segment], side: Kind) -> Vec<String> {
    let mut s = String::new();
    for seg in segments {
        let text = sanitize::block(&seg.text);
        match seg.kind {
            Kind::Equal => s.push_str(&text),
            k if k == side && k == Kind::Delete => s.push_str(&format!("[-{text}-]")),
            k if k == side => s.push_str(&format!("{{+{text}+}}")),
            _ => {}
        }
    }
    let mut lines: Vec<String> = s.split('\n').map(str::to_string).collect();
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Greedy wrap at spaces to `width` display columns (long words are cut).
fn wrap(line: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in line.split_inclusive(' ') {
        if row.width() + word.trim_end().width() > width && !row.is_empty() {
            rows.push(std::mem::take(&mut row));
        }
        for ch in word.chars() {
            if row.width() + ch.width().unwrap_or(0) > width {
                rows.push(std::mem::take(&mut row));
            }
            row.push(ch);
        }
    }
    if !row.is_empty() || rows.is_empty() {
        rows.push(row);
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, r)| {
            let r = if i == 0 { r.as_str() } else { r.trim_start() };
            r.trim_end().to_string()
        })
        .collect()
}

/// Colour the marker spans of one row, carrying an open span over from the previous row.
fn colour_row(row: &str, open: &mut Option<&'static str>) -> String {
    let mut out = String::new();
    if let Some(code) = open {
        out.push_str(code);
    }
    let mut rest = row;
    while !rest.is_empty() {
        let (tok, code) = if rest.starts_with("[-") {
            ("[-", Some(RED))
        } else if rest.starts_with("{+") {
            ("{+", Some(GREEN))
        } else if rest.starts_with("-]") || rest.starts_with("+}") {
            (&rest[..2], None)
        } else {
            let c = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..c]);
            rest = &rest[c..];
            continue;
        };
        match code {
            Some(c) => {
                out.push_str(c);
                out.push_str(tok);
                *open = Some(c);
            }
            None => {
                out.push_str(tok);
                out.push_str(RESET);
                *open = None;
            }
        }
        rest = &rest[2..];
    }
    if open.is_some() {
        out.push_str(RESET);
    }
    out
}

/// The hunk's old and new lines in two columns of a `width`-column display.
pub fn side_by_side(segments: &[Segment], width: usize, color: bool) -> String {
    let col = width.saturating_sub(3).max(20) / 2;
    let old = side_lines(segments, Kind::Delete);
    let new = side_lines(segments, Kind::Insert);
    let mut out = String::new();
    let (mut open_l, mut open_r) = (None, None);
    for i in 0..old.len().max(new.len()) {
        let l = old.get(i).map(|l| wrap(l, col)).unwrap_or_default();
        let r = new.get(i).map(|r| wrap(r, col)).unwrap_or_default();
        for j in 0..l.len().max(r.len()) {
            let lt = l.get(j).map_or("", String::as_str);
            let rt = r.get(j).map_or("", String::as_str);
            let pad = " ".repeat(col.saturating_sub(lt.width()));
            let (lt, rt) = if color {
                (colour_row(lt, &mut open_l), colour_row(rt, &mut open_r))
            } else {
                (lt.to_string(), rt.to_string())
            };
            let line = format!("{lt}{pad} | {rt}");
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

/// Escape Markdown in stakeholder text so that it shows as written: inline markup
/// characters get a backslash, and so do list, heading and quote markers at a line start.
pub fn md_escape(text: &str) -> String {
    let text = sanitize::block(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if line_start => {
                out.push('\\');
                out.push(c);
            }
            c if line_start && c.is_ascii_digit() => {
                // `1.` or `1)` at a line start would start an ordered list.
                out.push(c);
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() {
                        out.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if let Some(&p) = chars.peek() {
                    if p == '.' || p == ')' {
                        out.push('\\');
                        out.push(p);
                        chars.next();
                    }
                }
            }
            _ => out.push(c),
        }
        line_start = c == '\n' || (line_start && (c == ' ' || c == '\t'));
    }
    out
}

/// Wrap `text` (already escaped) in `mark` on each line, keeping blank edges outside the
/// markers so that Markdown recognises them: ` old ` → ` ~~old~~ `.
fn md_span(text: &str, mark: &str) -> String {
    text.split('\n')
        .map(|piece| {
            let core = piece.trim();
            if core.is_empty() {
                return piece.to_string();
            }
            let lead = &piece[..piece.len() - piece.trim_start().len()];
            let trail = &piece[piece.trim_end().len()..];
            format!("{lead}{mark}{core}{mark}{trail}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Markdown for a report: a title, a table of every section with its status and word counts,
/// then per changed section a heading and each hunk as a quote block with `~~old~~` and
/// `**new**`.
pub fn markdown(d: &RoundDiff) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        crate::t!(
            "lib-diff-md-title",
            from = md_escape(&d.from),
            to = md_escape(&d.to)
        ),
        crate::t!(
            "lib-diff-md-totals",
            count = d.totals.sections_changed,
            added = d.totals.words_added,
            removed = d.totals.words_removed
        )
    );
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|--:|--:|\n",
        crate::t!("lib-diff-md-section"),
        crate::t!("lib-diff-md-status"),
        crate::t!("lib-diff-md-words-added"),
        crate::t!("lib-diff-md-words-removed")
    ));
    for s in &d.sections {
        let n = s.new_order.or(s.old_order).unwrap_or(0);
        out.push_str(&format!(
            "| {n} {} | {} | +{} | −{} |\n",
            md_escape(&sanitize::cell(&s.title)),
            md_escape(&status_detail(s)),
            s.words_added,
            s.words_removed
        ));
    }
    for s in d.changed() {
        let n = s.new_order.or(s.old_order).unwrap_or(0);
        out.push_str(&format!(
            "\n## {n} {}\n\n*{}*, {}.\n",
            md_escape(&sanitize::cell(&s.title)),
            md_escape(&status_detail(s)),
            crate::t!(
                "lib-diff-words",
                added = s.words_added,
                removed = s.words_removed
            )
        ));
        for h in &s.hunks {
            let mut body = String::new();
            for seg in &h.segments {
                let t = md_escape(&seg.text);
                match seg.kind {
                    Kind::Equal => body.push_str(&t),
                    Kind::Delete => body.push_str(&md_span(&t, "~~")),
                    Kind::Insert => body.push_str(&md_span(&t, "**")),
                }
            }
            out.push_str(&format!(
                "\n> {}",
                crate::t!(
                    "lib-diff-md-lines",
                    old = format!(
                        "{}–{}",
                        h.old_start,
                        h.old_start + h.old_lines.saturating_sub(1)
                    ),
                    new = format!(
                        "{}–{}",
                        h.new_start,
                        h.new_start + h.new_lines.saturating_sub(1)
                    )
                )
            ));
            if !h.comments.is_empty() {
                out.push_str(&format!(
                    " ({})",
                    crate::t!(
                        "lib-diff-md-comments",
                        ids = md_escape(&h.comments.join(", "))
                    )
                ));
            }

            out.push_str("\n>\n");
            for line in body.trim_end_matches('\n').split('\n') {
                if line.trim().is_empty() {
                    out.push_str(">\n");
                } else {
                    out.push_str("> ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_stakeholder_text() {
        assert_eq!(md_escape("a | b *c*"), "a \\| b \\*c\\*");
        assert_eq!(md_escape("# x\n- y\n1. z"), "\\# x\n\\- y\n1\\. z");
        assert_eq!(md_escape("see 5.2 here"), "see 5.2 here");
        assert_eq!(md_span(" old words ", "~~"), " ~~old words~~ ");
        assert_eq!(md_span("a\nb", "**"), "**a**\n**b**");
    }

    #[test]
    fn colour_keeps_markers_and_sanitises() {
        let segs = vec![
            Segment {
                kind: Kind::Equal,
                text: "a ".into(),
            },
            Segment {
                kind: Kind::Delete,
                text: "b\x1b[2J".into(),
            },
            Segment {
                kind: Kind::Insert,
                text: "c".into(),
            },
        ];
        assert_eq!(marked(&segs, false), "a [-b\\u{1B}[2J-]{+c+}");
        let c = marked(&segs, true);
        assert!(c.contains("\x1b[31m[-b\\u{1B}[2J-]\x1b[0m"), "{c:?}");
        assert!(c.contains("\x1b[32m{+c+}\x1b[0m"), "{c:?}");
    }

    #[test]
    fn side_by_side_columns() {
        let segs = crate::diff::words("one two three\nsame\n", "one four three\nsame\n");
        let out = side_by_side(&segs, 60, false);
        let first = out.lines().next().unwrap();
        assert!(first.starts_with("one [-two-] three"), "{out}");
        assert!(first.contains(" | one {+four+} three"), "{out}");
        let coloured = side_by_side(&segs, 60, true);
        assert!(coloured.contains("\x1b[31m[-two-]\x1b[0m"), "{coloured:?}");
    }
}
