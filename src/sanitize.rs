//! Stakeholder text is untrusted. Before it reaches a terminal it passes through here: control
//! characters, escape sequences, bidi overrides and invisible characters are made visible as
//! `\u{…}` so that they can neither drive the terminal nor hide what the text says.

use std::borrow::Cow;

/// Characters that reorder or hide text (Trojan Source and friends).
fn is_invisible_or_bidi(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{FFF9}'..='\u{FFFB}')
}

fn must_escape(c: char, keep_newlines: bool) -> bool {
    if c == '\n' {
        return !keep_newlines;
    }
    if c == '\t' {
        return false;
    }
    c.is_control() || is_invisible_or_bidi(c)
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| must_escape(c, keep_newlines)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if must_escape(c, keep_newlines) {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// For one line of terminal output: every control character, newline included, is shown as
/// `\u{…}`; tabs are kept.
pub fn inline(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// For multi-line terminal output: newlines are kept, everything else as [`inline`].
pub fn block(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Collapse whitespace (including newlines) to single spaces and sanitise: for table cells.
pub fn cell(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    inline(&joined).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_drives_terminals() {
        assert_eq!(
            inline("plain évaluación 学分 🎓"),
            "plain évaluación 学分 🎓"
        );
        assert_eq!(
            inline("\x1b]52;c;ZXZpbA==\x07"),
            "\\u{1B}]52;c;ZXZpbA==\\u{7}"
        );
        assert_eq!(inline("a\u{202E}b"), "a\\u{202E}b");
        assert_eq!(inline("a\u{200B}b\u{2067}"), "a\\u{200B}b\\u{2067}");
        assert_eq!(inline("a\nb\rc\0"), "a\\u{A}b\\u{D}c\\u{0}");
        assert_eq!(block("a\nb\u{9b}"), "a\nb\\u{9B}");
        assert_eq!(cell("a\n  b\x1b[31m"), "a b\\u{1B}[31m");
    }
}
