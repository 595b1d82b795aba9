//! A section of the draft: one Markdown file `drafts/NN-slug.md`.

use super::is_valid_slug;
use super::text;

/// One section of the draft at some point in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The stable id: the file name's slug.
    pub id: String,
    /// The ordering number from the file name.
    pub order: u32,
    /// The file name within `drafts/`.
    pub file: String,
    /// The first heading's text (the slug when there is none).
    pub title: String,
    /// The file's whole source.
    pub text: String,
}

/// A block of consecutive non-blank lines that is not a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based number within the section.
    pub number: usize,
    /// The clause number it starts with (`5.2`), if any.
    pub clause: Option<String>,
    /// Byte range in the section text.
    pub start: usize,
    pub end: usize,
}

/// Split `NN-slug.md` into (NN, slug). `None` when the name is not of that form.
pub fn parse_section_file_name(name: &str) -> Option<(u32, String)> {
    let stem = name.strip_suffix(".md")?;
    let (num, slug) = stem.split_once('-')?;
    if num.is_empty() || num.len() > 4 || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !is_valid_slug(slug) {
        return None;
    }
    Some((num.parse().ok()?, slug.to_string()))
}

impl Section {
    pub fn new(file: &str, text: String) -> Option<Section> {
        let (order, id) = parse_section_file_name(file)?;
        let title = title_of(&text).unwrap_or_else(|| id.clone());
        Some(Section {
            id,
            order,
            file: file.to_string(),
            title,
            text,
        })
    }

    /// The paragraphs of the section, in order.
    pub fn paragraphs(&self) -> Vec<Paragraph> {
        paragraphs(&self.text)
    }

    /// The paragraph containing byte offset `byte`, if any.
    pub fn paragraph_at(&self, byte: usize) -> Option<Paragraph> {
        paragraphs(&self.text)
            .into_iter()
            .find(|p| p.start <= byte && byte < p.end.max(p.start + 1))
    }

    /// Word count (whitespace-separated).
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    pub fn cp_len(&self) -> usize {
        text::cp_len(&self.text)
    }
}

/// The text of the first Markdown heading, without the `#`s.
pub fn title_of(text: &str) -> Option<String> {
    text.lines()
        .find(|l| l.starts_with('#'))
        .map(|l| strip_number(l.trim_start_matches('#').trim()).to_string())
        .filter(|t| !t.is_empty())
}

/// `5. Quality assurance` -> `Quality assurance` (the number is the file's).
fn strip_number(heading: &str) -> &str {
    match clause_of(heading) {
        Some(n) => heading[n.len()..].trim_start_matches('.').trim_start(),
        None => heading,
    }
}

/// Paragraphs: blocks of consecutive non-blank lines, skipping blocks whose first line is a
/// heading. Numbered from 1. The clause is a leading `N(.N)*` followed by whitespace.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut block: Option<(usize, usize, bool)> = None; // (start, end, is_heading)
    let flush = |block: &mut Option<(usize, usize, bool)>, out: &mut Vec<Paragraph>| {
        if let Some((start, end, heading)) = block.take() {
            if !heading {
                out.push(Paragraph {
                    number: out.len() + 1,
                    clause: clause_of(&text[start..end]),
                    start,
                    end,
                });
            }
        }
    };
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let line_end = pos + content.len();
        if content.trim().is_empty() {
            flush(&mut block, &mut out);
        } else {
            match &mut block {
                Some((_, end, _)) => *end = line_end,
                None => block = Some((pos, line_end, content.starts_with('#'))),
            }
        }
        pos += line.len();
    }
    flush(&mut block, &mut out);
    out
}

/// `5.2 Each ...` -> `5.2`; also `**5.2**` and `5.2.`.
pub fn clause_of(par: &str) -> Option<String> {
    let s = par.trim_start_matches('*');
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(s.len(), |(i, _)| i);
    let num = s[..end].trim_end_matches('.');
    let rest = &s[end..];
    let rest = rest.trim_start_matches('*');
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) || num.contains("..") {
        return None;
    }
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some(num.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert_eq!(
            parse_section_file_name("05-quality-assurance.md"),
            Some((5, "quality-assurance".into()))
        );
        assert_eq!(
            parse_section_file_name("12-evaluación.md"),
            Some((12, "evaluación".into()))
        );
        assert_eq!(parse_section_file_name("quality.md"), None);
        assert_eq!(parse_section_file_name("05-.md"), None);
        assert_eq!(parse_section_file_name("05-../x.md"), None);
        assert_eq!(parse_section_file_name("xx-a.md"), None);
        assert_eq!(parse_section_file_name("05-a.txt"), None);
    }

    #[test]
    fn paragraphs_and_clauses() {
        let t = "# 5. Quality\n\nIntro text.\n\n5.1 Providers shall.\n- a\n- b\n\n\n5.2. Each one\n## Sub\n\n**5.3** Bold\n";
        let ps = paragraphs(t);
        let got: Vec<_> = ps
            .iter()
            .map(|p| (p.number, p.clause.clone(), &t[p.start..p.end]))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, None, "Intro text."),
                (2, Some("5.1".into()), "5.1 Providers shall.\n- a\n- b"),
                (3, Some("5.2".into()), "5.2. Each one\n## Sub"),
                (4, Some("5.3".into()), "**5.3** Bold"),
            ]
        );
        let s = Section::new("05-q.md", t.into()).unwrap();
        assert_eq!(s.title, "Quality");
        assert_eq!(
            s.paragraph_at(t.find("Providers").unwrap()).unwrap().number,
            2
        );
        assert_eq!(clause_of("2026 was a year"), Some("2026".into()));
        assert_eq!(clause_of("5.2x"), None);
    }
}
