//! Output for people: aligned tables of sanitised cells.

use unicode_width::UnicodeWidthStr;

/// Print rows as a table; the first row is the header. Cells are sanitised; the last column
/// is not padded.
pub fn table(rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| consulta::sanitize::cell(c)).collect())
        .collect();
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; cols];
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.width());
        }
    }
    let mut out = String::new();
    for r in &rows {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            if i + 1 == r.len() {
                line.push_str(c);
            } else {
                line.push_str(c);
                line.push_str(&" ".repeat(widths[i] - c.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Shorten to `n` display columns with an ellipsis.
pub fn clip(s: &str, n: usize) -> String {
    let s = consulta::sanitize::cell(s);
    if s.width() <= n {
        return s;
    }
    let mut out = String::new();
    for ch in s.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) + 1 > n {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}
