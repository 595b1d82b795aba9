//! The framework in parallel language versions: where each version's files live, and which
//! paragraph of one version is which paragraph of another.
//!
//! The manifest's first language is the primary (authoritative) text, in `drafts/NN-slug.md`;
//! every other language is in `drafts/<lang>/NN-slug.md`, with the same file names and so the
//! same section ids. Paragraphs are aligned, never guessed: paragraph k of one version is
//! paragraph k of the other when the section has as many paragraphs in both; otherwise
//! paragraphs are paired by their clause labels (`6.4`, `1.`, `a)`), and the unlabelled
//! paragraphs between two paired labels are paired one to one only when both versions have as
//! many of them. Whatever is left is unaligned, and `consulta check` lists it.

use super::section::paragraphs;

/// Is `code` usable as a language code and a folder name under `drafts/` (`es`, `pt-BR`,
/// `ht`)? Two or three ASCII letters, optionally followed by `-` and letters or digits.
pub fn is_language_code(code: &str) -> bool {
    let (base, rest) = code.split_once('-').unwrap_or((code, ""));
    (2..=3).contains(&base.len())
        && base.bytes().all(|b| b.is_ascii_lowercase())
        && (code.len() == base.len()
            || (!rest.is_empty()
                && rest.len() <= 8
                && rest.bytes().all(|b| b.is_ascii_alphanumeric())))
        && !super::is_device_name(code)
}

/// Check the languages given to `consulta init --languages`: language codes, each once.
pub fn check_languages(languages: &[String]) -> crate::Result<()> {
    for (i, l) in languages.iter().enumerate() {
        if !is_language_code(l) {
            return Err(crate::Error::Invalid(crate::t!(
                "versions-init-bad-language",
                lang = crate::sanitize::inline(l)
            )));
        }
        if languages[..i].contains(l) {
            return Err(crate::Error::Invalid(crate::t!(
                "versions-init-twice",
                lang = l.as_str()
            )));
        }
    }
    Ok(())
}

/// The repository path of a section file in a language version: `drafts/FILE` for the primary
/// text (`lang` is `None`), `drafts/<lang>/FILE` for a translation.
pub fn version_path(lang: Option<&str>, file: &str) -> String {
    match lang {
        None => format!("drafts/{file}"),
        Some(l) => format!("drafts/{l}/{file}"),
    }
}

/// A paragraph's clause label, normalised: `6.4`, `6.4.` and `**6.4**` give `6.4`; `1.` and
/// `1)` give `1`; `a)`, `(a)` and `a.` give `a`; `iv)` gives `iv`. A Markdown list marker before
/// the label is skipped. `None` when the paragraph starts with no label.
pub fn clause_label(par: &str) -> Option<String> {
    let s = par.trim_start();
    let s = s
        .strip_prefix("- ")
        .or_else(|| s.strip_prefix("* "))
        .unwrap_or(s)
        .trim_start_matches('*');
    let (inner, after) = if let Some(rest) = s.strip_prefix('(') {
        let close = rest.find(')')?;
        (&rest[..close], &rest[close + 1..])
    } else {
        let end = s
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '.'))
            .map_or(s.len(), |(i, _)| i);
        let label = &s[..end];
        let rest = &s[end..];
        match rest.strip_prefix(')') {
            Some(r) => (label, r),
            None => {
                // Without a closing parenthesis only a dotted label counts (`6.4`, `1.`, `a.`).
                if !(label.ends_with('.') || label.contains('.')) {
                    return None;
                }
                (label, rest)
            }
        }
    };
    let after = after.trim_start_matches('*');
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    let label = inner.trim_end_matches('.');
    let numeric = !label.is_empty()
        && label
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let letter = !label.is_empty()
        && label.len() <= 4
        && label.bytes().all(|b| b.is_ascii_lowercase())
        && (label.len() == 1 || label.bytes().all(|b| b"ivxlc".contains(&b)));
    (numeric || letter).then(|| label.to_string())
}

/// How the paragraphs of two versions of a section correspond. Paragraph numbers are 1-based,
/// as [`super::Paragraph::number`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    /// (paragraph in the first version, paragraph in the second), in order.
    pub pairs: Vec<(usize, usize)>,
    /// Paragraphs of the first version with no counterpart.
    pub unaligned_first: Vec<usize>,
    /// Paragraphs of the second version with no counterpart.
    pub unaligned_second: Vec<usize>,
}

impl Alignment {
    /// The paragraph of the second version aligned with paragraph `n` of the first.
    pub fn second_of(&self, n: usize) -> Option<usize> {
        self.pairs.iter().find(|p| p.0 == n).map(|p| p.1)
    }

    /// The paragraph of the first version aligned with paragraph `n` of the second.
    pub fn first_of(&self, n: usize) -> Option<usize> {
        self.pairs.iter().find(|p| p.1 == n).map(|p| p.0)
    }

    /// Is every paragraph of both versions paired?
    pub fn complete(&self) -> bool {
        self.unaligned_first.is_empty() && self.unaligned_second.is_empty()
    }
}

/// Align the paragraphs of two versions of one section (see the module's documentation).
pub fn align(first: &str, second: &str) -> Alignment {
    let a: Vec<Option<String>> = paragraphs(first)
        .iter()
        .map(|p| clause_label(&first[p.start..p.end]))
        .collect();
    let b: Vec<Option<String>> = paragraphs(second)
        .iter()
        .map(|p| clause_label(&second[p.start..p.end]))
        .collect();
    align_labels(&a, &b)
}

/// [`align`] on the paragraphs' labels.
pub fn align_labels(a: &[Option<String>], b: &[Option<String>]) -> Alignment {
    if a.len() == b.len() {
        return Alignment {
            pairs: (1..=a.len()).map(|k| (k, k)).collect(),
            ..Alignment::default()
        };
    }
    // Longest common subsequence of the labels (unlabelled paragraphs never match).
    let (n, m) = (a.len(), b.len());
    let mut len = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            len[i][j] = if a[i].is_some() && a[i] == b[j] {
                len[i + 1][j + 1] + 1
            } else {
                len[i + 1][j].max(len[i][j + 1])
            };
        }
    }
    let mut anchors = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i].is_some() && a[i] == b[j] {
            anchors.push((i, j));
            i += 1;
            j += 1;
        } else if len[i + 1][j] >= len[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let mut out = Alignment::default();
    let gap = |from: (usize, usize), to: (usize, usize), out: &mut Alignment| {
        let (ga, gb) = (to.0 - from.0, to.1 - from.1);
        if ga == gb {
            out.pairs
                .extend((0..ga).map(|k| (from.0 + k + 1, from.1 + k + 1)));
        } else {
            out.unaligned_first.extend((from.0..to.0).map(|k| k + 1));
            out.unaligned_second.extend((from.1..to.1).map(|k| k + 1));
        }
    };
    let mut at = (0, 0);
    for &(i, j) in &anchors {
        gap(at, (i, j), &mut out);
        out.pairs.push((i + 1, j + 1));
        at = (i + 1, j + 1);
    }
    gap(at, (n, m), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        for (text, want) in [
            ("6.4 Providers shall", Some("6.4")),
            ("6.4. Providers", Some("6.4")),
            ("**6.4** Providers", Some("6.4")),
            ("1. First", Some("1")),
            ("1) First", Some("1")),
            ("a) first", Some("a")),
            ("(b) second", Some("b")),
            ("- c) third", Some("c")),
            ("iv) fourth", Some("iv")),
            ("Article 1", None),
            ("a lone letter", None),
            ("2026 was a year", None),
            ("Providers shall", None),
            ("6.4x", None),
            ("", None),
        ] {
            assert_eq!(clause_label(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn same_count_is_one_to_one() {
        let a = "# T\n\nOne.\n\nTwo.\n";
        let b = "# T\n\nUno.\n\nDos.\n";
        let al = align(a, b);
        assert_eq!(al.pairs, vec![(1, 1), (2, 2)]);
        assert!(al.complete());
    }

    #[test]
    fn different_counts_align_by_label() {
        let a = "# T\n\nIntro.\n\n1. One.\n\n2. Two.\n\na) x\n\nb) y\n";
        // The Spanish version splits the introduction in two and lacks a) and b).
        let b = "# T\n\nIntro.\n\nMás.\n\n1. Uno.\n\n2. Dos.\n";
        let al = align(a, b);
        assert_eq!(al.pairs, vec![(2, 3), (3, 4)]);
        assert_eq!(al.unaligned_first, vec![1, 4, 5]);
        assert_eq!(al.unaligned_second, vec![1, 2]);
        assert_eq!(al.second_of(2), Some(3));
        assert_eq!(al.first_of(3), Some(2));
        assert_eq!(al.second_of(1), None);
    }

    #[test]
    fn equal_gaps_between_labels_pair_up() {
        let a = "1. One.\n\nText.\n\n2. Two.\n\nExtra.\n";
        let b = "1. Uno.\n\nTexto.\n\n2. Dos.\n";
        let al = align(a, b);
        assert_eq!(al.pairs, vec![(1, 1), (2, 2), (3, 3)]);
        assert_eq!(al.unaligned_first, vec![4]);
        assert!(al.unaligned_second.is_empty());
    }

    #[test]
    fn language_codes() {
        for ok in ["es", "pt", "ht", "fil", "pt-BR", "es-419"] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in ["", "e", "ES", "espa", "es-", "../x", "es/x", "con"] {
            assert!(!is_language_code(bad), "{bad}");
        }
        assert_eq!(version_path(None, "01-a.md"), "drafts/01-a.md");
        assert_eq!(version_path(Some("es"), "01-a.md"), "drafts/es/01-a.md");
    }
}
