//! Making untrusted stakeholder text safe for each output: HTML, Markdown table cells and
//! spreadsheet cells.

use std::borrow::Cow;

use crate::sanitize;

/// HTML text or attribute value: `& < > " '` escaped; control characters, bidi overrides and
/// invisible characters made visible first (as in the terminal), so that nothing hides.
pub fn html(text: &str) -> String {
    let text = sanitize::block(text);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// HTML for a multi-line text: escaped, newlines as `<br>`.
pub fn html_lines(text: &str) -> String {
    html(text.trim_end()).replace('\n', "<br>\n")
}

/// A Markdown table cell: Markdown escaped (so `|` cannot end the cell and `<` starts no tag),
/// newlines as `<br>`.
pub fn md_cell(text: &str) -> String {
    crate::diff::render::md_escape(text.trim())
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// Markdown running text (outside tables).
pub fn md(text: &str) -> String {
    crate::diff::render::md_escape(text)
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn is_formula_like(s: &str) -> bool {
    s.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// A spreadsheet cell: a cell that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, tab or carriage return, possibly behind apostrophes) gets a leading `'`,
/// which spreadsheets show as text. [`unguard_cell`] reverses it exactly.
pub fn guard_cell(s: &str) -> Cow<'_, str> {
    if is_formula_like(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The inverse of [`guard_cell`], for importing a sheet this tool wrote.
pub fn unguard_cell(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if is_formula_like(rest) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_controls() {
        assert_eq!(
            html("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(html("a\u{202E}b\x1b"), "a\\u{202E}b\\u{1B}");
        assert_eq!(html_lines("a\nb\n"), "a<br>\nb");
    }

    #[test]
    fn markdown_cells_stay_in_their_cell() {
        assert_eq!(md_cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(md_cell("<b>x</b>"), "\\<b\\>x\\</b\\>");
    }

    #[test]
    fn formula_guard_round_trips() {
        let cases = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-5 hours", "'-5 hours"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("'plain", "'plain"),
            ("plain = fine", "plain = fine"),
            ("", ""),
        ];
        for (raw, guarded) in cases {
            assert_eq!(guard_cell(raw), guarded, "{raw:?}");
            assert_eq!(unguard_cell(guarded), raw, "{raw:?}");
        }
    }
}
