//! Code-point positions. Stored anchors count Unicode code points (as W3C TextPositionSelector
//! does); Rust strings index bytes. These helpers convert between the two.

/// Byte offset of code point `cp` in `text` (the text's length when `cp` is past the end).
pub fn byte_of(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

/// Code-point offset of byte `byte` (which must lie on a char boundary).
pub fn cp_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count()
}

/// Number of code points in `text`.
pub fn cp_len(text: &str) -> usize {
    text.chars().count()
}

/// The `n` code points before byte `byte`.
pub fn before(text: &str, byte: usize, n: usize) -> &str {
    let head = &text[..byte];
    let start = head
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(b, _)| b);
    if n == 0 {
        ""
    } else {
        &head[start..]
    }
}

/// The `n` code points after byte `byte`.
pub fn after(text: &str, byte: usize, n: usize) -> &str {
    let tail = &text[byte..];
    let end = tail.char_indices().nth(n).map_or(tail.len(), |(b, _)| b);
    &tail[..end]
}

/// `text` without accents and in lower case (canonical decomposition, combining marks
/// dropped), for matching what people type against names: `evaluacion` finds
/// `evaluación`, `ÉVALUATION` finds `évaluation`.
pub fn fold(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let t = "évaluación 学分";
        assert_eq!(byte_of(t, 1), 2);
        assert_eq!(cp_of(t, 2), 1);
        assert_eq!(cp_len(t), 13);
        assert_eq!(byte_of(t, 99), t.len());
        let b = byte_of(t, 11);
        assert_eq!(before(t, b, 3), "ón ");
        assert_eq!(before(t, b, 100), "évaluación ");
        assert_eq!(before(t, b, 0), "");
        assert_eq!(after(t, b, 1), "学");
        assert_eq!(after(t, b, 9), "学分");
    }

    #[test]
    fn fold_drops_accents_and_case() {
        assert_eq!(fold("Evaluación"), "evaluacion");
        assert_eq!(fold("ÉVALUATION"), "evaluation");
        assert_eq!(fold("Ação"), "acao");
        assert_eq!(fold("学分"), "学分");
    }
}
