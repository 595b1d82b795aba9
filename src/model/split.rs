//! Splitting a Markdown document into sections by its headings, and matching the sections of a
//! revised document to the existing ones so that section ids stay stable across rounds.

use std::collections::HashSet;

use super::is_valid_slug;
use super::section::title_of;

/// A section cut out of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The heading's text without `#`s and without its number (`front matter` for the text
    /// before the first heading).
    pub title: String,
    /// The section's source: its heading line and everything up to the next heading of the same
    /// or a higher level.
    pub text: String,
}

/// Heading level of a Markdown line (`## x` → 2), outside code blocks. The `#`s are followed by
/// the line's end or by one of the characters [`split`] trims off a piece's end (a lone `\r`
/// counts as white space here), so that trimming never turns a line into a heading.
fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes).then_some(()).and_then(|()| {
        let rest = &line[hashes..];
        (rest.is_empty() || rest.starts_with(TRIMMED)).then_some(hashes)
    })
}

/// What `split` trims off the end of a piece: blanks, tabs and line ends, and no other white
/// space (trimming a no-break space after `#` would make a heading of text).
const TRIMMED: [char; 4] = [' ', '\t', '\r', '\n'];

/// Lines with their heading level, skipping fenced code blocks.
fn levels(text: &str) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let level = if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            None
        } else if trimmed.starts_with("```") {
            fence = Some("```");
            None
        } else if trimmed.starts_with("~~~") {
            fence = Some("~~~");
            None
        } else {
            heading_level(line.trim_end_matches(['\n', '\r']))
        };
        out.push((pos, level));
        pos += line.len();
    }
    out
}

/// The level to split at: the highest (fewest `#`) that occurs more than once; else the highest
/// that occurs at all.
pub fn auto_level(text: &str) -> Option<usize> {
    let mut counts = [0usize; 7];
    for (_, l) in levels(text) {
        if let Some(l) = l {
            counts[l] += 1;
        }
    }
    (1..=6)
        .find(|&l| counts[l] > 1)
        .or_else(|| (1..=6).find(|&l| counts[l] > 0))
}

/// Cut `text` at every heading of level `level` or higher. Text before the first such heading
/// becomes a "front matter" piece when it has anything but blank lines.
pub fn split(text: &str, level: usize) -> Vec<Piece> {
    let text = text.replace("\r\n", "\n");
    let cuts: Vec<usize> = levels(&text)
        .into_iter()
        .filter(|(_, l)| l.is_some_and(|l| l <= level))
        .map(|(p, _)| p)
        .collect();
    let mut bounds = vec![0];
    bounds.extend(cuts.iter().copied().filter(|&c| c > 0));
    bounds.push(text.len());
    let mut out = Vec::new();
    for w in bounds.windows(2) {
        let chunk = &text[w[0]..w[1]];
        if chunk.trim().is_empty() {
            continue;
        }
        let mut body = chunk.trim_end_matches(TRIMMED).to_string();
        body.push('\n');
        let is_heading = cuts.contains(&w[0]);
        let title = if is_heading {
            title_of(&body).unwrap_or_else(|| "untitled".into())
        } else {
            "front matter".into()
        };
        out.push(Piece { title, text: body });
    }
    out
}

/// A slug from a title: lower case, letters and digits kept (Unicode too), the rest as single
/// dashes, at most 60 characters; `section` when nothing usable is left.
pub fn slugify(title: &str) -> String {
    let s = slug_of(title);
    if is_valid_slug(&s) {
        s
    } else {
        "section".into()
    }
}

/// The slug a title makes before it is checked (see [`slugify`]).
pub fn slug_of(title: &str) -> String {
    let mut s = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s: String = s.trim_end_matches('-').chars().take(60).collect();
    s.trim_end_matches('-').to_string()
}

/// A revised section matches an existing one on an equal title, or on text at least this
/// similar (word-set Jaccard index).
pub const MATCH_MIN_SIMILARITY: f32 = 0.5;

/// For each new piece, the index of the existing section `(id, title, text)` it continues, if
/// any: equal titles first, then the most similar texts above [`MATCH_MIN_SIMILARITY`].
pub fn match_pieces(pieces: &[Piece], existing: &[(String, String, String)]) -> Vec<Option<usize>> {
    let norm = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut out = vec![None; pieces.len()];
    let mut taken = vec![false; existing.len()];
    for (i, p) in pieces.iter().enumerate() {
        if let Some(j) =
            (0..existing.len()).find(|&j| !taken[j] && norm(&existing[j].1) == norm(&p.title))
        {
            out[i] = Some(j);
            taken[j] = true;
        }
    }
    let mut candidates = Vec::new();
    for (i, p) in pieces.iter().enumerate().filter(|(i, _)| out[*i].is_none()) {
        for (j, e) in existing.iter().enumerate().filter(|(j, _)| !taken[*j]) {
            let s = jaccard(&p.text, &e.2);
            if s >= MATCH_MIN_SIMILARITY {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, i, j) in candidates {
        if out[i].is_none() && !taken[j] {
            out[i] = Some(j);
            taken[j] = true;
        }
    }
    out
}

/// Jaccard index of the word sets.
pub fn jaccard(a: &str, b: &str) -> f32 {
    let wa: HashSet<&str> = a.split_whitespace().collect();
    let wb: HashSet<&str> = b.split_whitespace().collect();
    let union = wa.union(&wb).count();
    if union == 0 {
        return 1.0;
    }
    wa.intersection(&wb).count() as f32 / union as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "Logo\n\n# Title of the standard\n\n## Draft 01\n\n# 1 Introduction\n\nText one.\n\n```\n# not a heading\n```\n\n## 1.1 Scope\n\nMore.\n\n# 2 Design Considerations\n\nText two.\n";

    #[test]
    fn splits_at_the_highest_repeated_level() {
        assert_eq!(auto_level(DOC), Some(1));
        let p = split(DOC, 1);
        let titles: Vec<_> = p.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "front matter",
                "Title of the standard",
                "Introduction",
                "Design Considerations"
            ]
        );
        assert!(p[2].text.contains("# not a heading") && p[2].text.contains("## 1.1 Scope"));
        assert_eq!(
            p.iter()
                .map(|p| p.text.as_str())
                .collect::<String>()
                .replace('\n', ""),
            DOC.replace('\n', "")
        );
        assert_eq!(auto_level("# A\n## x\n## y\n"), Some(2));
        assert_eq!(split("# A\n## x\n## y\n", 2).len(), 3);
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Appendix A. Acknowledgments"),
            "appendix-a-acknowledgments"
        );
        assert_eq!(slugify("Evaluación y calidad"), "evaluación-y-calidad");
        assert_eq!(
            slugify("Safety, Security, and Data Protection Considerations"),
            "safety-security-and-data-protection-considerations"
        );
        assert_eq!(slugify("???"), "section");
    }

    #[test]
    fn matching_keeps_ids() {
        let existing = vec![
            (
                "introduction".to_string(),
                "Introduction".to_string(),
                "# 1 Introduction\n\nalpha beta gamma delta\n".to_string(),
            ),
            (
                "design".to_string(),
                "Design".to_string(),
                "# 2 Design\n\none two three four five six\n".to_string(),
            ),
            (
                "gone".to_string(),
                "Gone".to_string(),
                "# 3 Gone\n\nzzz\n".to_string(),
            ),
        ];
        let pieces = vec![
            Piece {
                title: "Design considerations".into(),
                text: "# 1 Design considerations\n\none two three four five six seven\n".into(),
            },
            Piece {
                title: "Introduction".into(),
                text: "# 2 Introduction\n\nall new words\n".into(),
            },
            Piece {
                title: "Brand new".into(),
                text: "# 3 Brand new\n\nnothing alike\n".into(),
            },
        ];
        assert_eq!(
            match_pieces(&pieces, &existing),
            vec![Some(1), Some(0), None]
        );
    }
}
