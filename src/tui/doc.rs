//! A section's Markdown made readable: words with their byte ranges in the source (what the
//! cursor and the selection move over), and a layout wrapped to a width (what the reader
//! draws). Pure functions over text; no terminal here.

use unicode_width::UnicodeWidthStr;

use crate::model::section::{paragraphs, Paragraph};
use crate::sanitize;

/// How a piece of text is meant to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Plain,
    Emphasis,
    Strong,
    Heading,
    TableHead,
    Decoration,
}

/// A word of the source: what the cursor moves over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the section text.
    pub start: usize,
    pub end: usize,
    /// Block (heading, paragraph) it belongs to, in order.
    pub block: usize,
    /// Sentence number within the section.
    pub sentence: usize,
    /// Paragraph number (1-based, as the model counts), if it is in a paragraph.
    pub paragraph: Option<usize>,
}

/// One piece of a display line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frag {
    pub col: u16,
    pub text: String,
    pub look: Look,
    /// The word it shows, if it is one.
    pub word: Option<usize>,
}

/// One display line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DLine {
    /// Paragraph number to show in the gutter (first line of a paragraph only).
    pub gutter: Option<usize>,
    pub frags: Vec<Frag>,
}

/// The section's words, computed once per section.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub words: Vec<Word>,
    pub paragraphs: Vec<Paragraph>,
    blocks: Vec<Block>,
}

#[derive(Debug, Clone)]
struct Block {
    paragraph: Option<usize>,
    lines: Vec<SrcLine>,
}

#[derive(Debug, Clone)]
enum SrcLine {
    Heading(Vec<Token>),
    Text {
        lead: Option<String>,
        tokens: Vec<Token>,
    },
    Table(Rows, Vec<bool>),
}

/// Table rows of cells of tokens.
type Rows = Vec<Vec<Vec<Token>>>;
/// Rows, and whether each is a header row.
type Table = (Rows, Vec<bool>);

#[derive(Debug, Clone)]
struct Token {
    text: String,
    look: Look,
    word: usize,
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['*', '"', '\'', ')', '”', '’', '_']);
    t.ends_with(['.', '!', '?', ';', ':'])
}

/// Split a line's content at whitespace into (byte start, chunk).
fn chunks(line: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    line.split(char::is_whitespace)
        .scan(0usize, move |pos, w| {
            let s = *pos;
            *pos += w.len() + 1;
            Some((base + s, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

struct Builder<'a> {
    text: &'a str,
    words: Vec<Word>,
    sentence: usize,
    block: usize,
    paragraph: Option<usize>,
    bold: bool,
    italic: bool,
}

impl Builder<'_> {
    /// Turn a run of source into tokens, tracking `*emphasis*` and `**strong**`.
    fn tokens(&mut self, content: &str, base: usize, look: Look) -> Vec<Token> {
        let mut out = Vec::new();
        for (at, chunk) in chunks(content, base) {
            let lead = chunk.len() - chunk.trim_start_matches('*').len();
            let core_end = chunk.trim_end_matches(|c: char| ".,;:!?)\"”’".contains(c));
            let trail = core_end.len() - core_end.trim_end_matches('*').len();
            let inner: String = chunk.chars().filter(|&c| c != '*').collect();
            if inner.is_empty() {
                // A lone `**` or `*` toggles.
                if chunk.len() >= 2 {
                    self.bold = !self.bold;
                } else {
                    self.italic = !self.italic;
                }
                continue;
            }
            if lead >= 2 {
                self.bold = true;
            } else if lead == 1 {
                self.italic = true;
            }
            let start = at + lead;
            let end = (at + chunk.len()).max(start);
            let style = match look {
                Look::Plain if self.bold => Look::Strong,
                Look::Plain if self.italic => Look::Emphasis,
                l => l,
            };
            let w = self.words.len();
            self.words.push(Word {
                start,
                end,
                block: self.block,
                sentence: self.sentence,
                paragraph: self.paragraph,
            });
            if ends_sentence(chunk) {
                self.sentence += 1;
            }
            out.push(Token {
                text: sanitize::inline(&inner).into_owned(),
                look: style,
                word: w,
            });
            if trail >= 2 {
                self.bold = false;
            } else if trail == 1 {
                self.italic = false;
            }
        }
        out
    }

    fn end_unit(&mut self) {
        if let Some(last) = self.words.last() {
            if last.sentence == self.sentence {
                self.sentence += 1;
            }
        }
        self.bold = false;
        self.italic = false;
    }
}

fn is_table_rule(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn list_lead(content: &str) -> Option<(usize, String)> {
    let t = content.trim_start();
    let indent = content.len() - t.len();
    for m in ["- ", "* ", "+ "] {
        if t.starts_with(m) {
            return Some((indent + 2, "• ".into()));
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 4 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
    {
        return Some((indent + digits + 2, format!("{} ", &t[..digits + 1])));
    }
    None
}

impl Doc {
    /// Read a section's source.
    pub fn new(text: &str) -> Doc {
        let pars = paragraphs(text);
        let mut b = Builder {
            text,
            words: Vec::new(),
            sentence: 0,
            block: 0,
            paragraph: None,
            bold: false,
            italic: false,
        };
        let mut blocks: Vec<Block> = Vec::new();
        let mut pos = 0;
        let mut current: Option<Block> = None;
        let mut table: Option<Table> = None;
        let flush_table = |table: &mut Option<Table>, cur: &mut Option<Block>| {
            if let (Some((rows, heads)), Some(block)) = (table.take(), cur.as_mut()) {
                block.lines.push(SrcLine::Table(rows, heads));
            }
        };
        for line in b.text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            let at = pos;
            pos += line.len();
            if content.trim().is_empty() {
                flush_table(&mut table, &mut current);
                if let Some(bl) = current.take() {
                    blocks.push(bl);
                    b.block += 1;
                }
                b.end_unit();
                continue;
            }
            if content.starts_with('#') && current.as_ref().is_none_or(|c| c.paragraph.is_none()) {
                flush_table(&mut table, &mut current);
                if let Some(bl) = current.take() {
                    blocks.push(bl);
                    b.block += 1;
                }
                let hashes = content.len() - content.trim_start_matches('#').len();
                b.paragraph = None;
                let toks = b.tokens(&content[hashes..], at + hashes, Look::Heading);
                b.end_unit();
                blocks.push(Block {
                    paragraph: None,
                    lines: vec![SrcLine::Heading(toks)],
                });
                b.block += 1;
                continue;
            }
            if current.is_none() {
                b.paragraph = pars
                    .iter()
                    .find(|p| p.start <= at && at < p.end.max(p.start + 1))
                    .map(|p| p.number);
                current = Some(Block {
                    paragraph: b.paragraph,
                    lines: Vec::new(),
                });
            }
            let trimmed = content.trim_start();
            if trimmed.starts_with('|') {
                let t = table.get_or_insert_with(|| (Vec::new(), Vec::new()));
                if is_table_rule(content) {
                    if let Some(h) = t.1.last_mut() {
                        *h = true;
                    }
                    continue;
                }
                let mut cells = Vec::new();
                let inner_start = at + (content.len() - trimmed.len()) + 1;
                let inner = trimmed
                    .strip_prefix('|')
                    .unwrap_or(trimmed)
                    .trim_end()
                    .trim_end_matches('|');
                let mut cpos = inner_start;
                for cell in inner.split('|') {
                    let look = Look::Plain;
                    cells.push(b.tokens(cell, cpos, look));
                    b.end_unit();
                    cpos += cell.len() + 1;
                }
                t.0.push(cells);
                t.1.push(false);
                continue;
            }
            flush_table(&mut table, &mut current);
            let (lead, body_at) = match list_lead(content) {
                Some((skip, lead)) => {
                    b.end_unit();
                    (Some(lead), skip)
                }
                None => (None, 0),
            };
            let toks = b.tokens(&content[body_at..], at + body_at, Look::Plain);
            if let Some(block) = current.as_mut() {
                match (lead, block.lines.last_mut()) {
                    (None, Some(SrcLine::Text { tokens, .. })) => tokens.extend(toks),
                    (lead, _) => block.lines.push(SrcLine::Text { lead, tokens: toks }),
                }
            }
        }
        flush_table(&mut table, &mut current);
        if let Some(bl) = current.take() {
            blocks.push(bl);
        }
        Doc {
            words: b.words,
            paragraphs: pars,
            blocks,
        }
    }

    /// Lay the section out for `width` columns of text.
    pub fn layout(&self, width: u16) -> Vec<DLine> {
        let width = width.max(8);
        let mut out: Vec<DLine> = Vec::new();
        for (bi, block) in self.blocks.iter().enumerate() {
            if bi > 0 {
                out.push(DLine::default());
            }
            let first = out.len();
            for line in &block.lines {
                match line {
                    SrcLine::Heading(toks) => wrap(&mut out, toks, width, 0, None),
                    SrcLine::Text { lead, tokens } => {
                        let indent = lead.as_ref().map_or(0, |l| l.width() as u16);
                        wrap(&mut out, tokens, width, indent, lead.as_deref());
                    }
                    SrcLine::Table(rows, heads) => table(&mut out, rows, heads, width),
                }
            }
            if let (Some(p), Some(l)) = (block.paragraph, out.get_mut(first)) {
                l.gutter = Some(p);
            }
        }
        out
    }

    /// Index of the first word at or after byte `at` (the last word when none).
    pub fn word_at(&self, at: usize) -> usize {
        let i = self.words.partition_point(|w| w.end <= at);
        i.min(self.words.len().saturating_sub(1))
    }
}

fn wrap(out: &mut Vec<DLine>, toks: &[Token], width: u16, indent: u16, lead: Option<&str>) {
    let mut line = DLine::default();
    let mut col = 0u16;
    if let Some(l) = lead {
        line.frags.push(Frag {
            col: 0,
            text: l.to_string(),
            look: Look::Decoration,
            word: None,
        });
        col = indent;
    }
    let start_col = indent;
    for t in toks {
        let w = t.text.width() as u16;
        let need = if col > start_col { w + 1 } else { w };
        if col + need > width && col > start_col {
            out.push(std::mem::take(&mut line));
            col = start_col;
        }
        if col > start_col {
            col += 1;
        }
        if w > width.saturating_sub(start_col) {
            // A word wider than the line: cut it by characters.
            let mut piece = String::new();
            let mut pw = 0u16;
            for c in t.text.chars() {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) as u16;
                if col + pw + cw > width && !piece.is_empty() {
                    line.frags.push(Frag {
                        col,
                        text: std::mem::take(&mut piece),
                        look: t.look,
                        word: Some(t.word),
                    });
                    out.push(std::mem::take(&mut line));
                    col = start_col;
                    pw = 0;
                }
                piece.push(c);
                pw += cw;
            }
            line.frags.push(Frag {
                col,
                text: piece,
                look: t.look,
                word: Some(t.word),
            });
            col += pw;
            continue;
        }
        line.frags.push(Frag {
            col,
            text: t.text.clone(),
            look: t.look,
            word: Some(t.word),
        });
        col += w;
    }
    out.push(line);
}

fn cell_width(cell: &[Token]) -> usize {
    let words: usize = cell.iter().map(|t| t.text.width()).sum();
    words + cell.len().saturating_sub(1)
}

fn table(out: &mut Vec<DLine>, rows: &[Vec<Vec<Token>>], heads: &[bool], width: u16) {
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; ncols];
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(cell_width(c));
        }
    }
    let total: usize = widths.iter().sum::<usize>() + 3 * ncols.saturating_sub(1);
    if total > width as usize {
        // Too wide to align: each row as "header: value · header: value", wrapped.
        let header = rows.first();
        for (ri, r) in rows.iter().enumerate() {
            let mut toks: Vec<Token> = Vec::new();
            for (ci, c) in r.iter().enumerate() {
                if ri > 0 {
                    if let Some(h) = header.and_then(|h| h.get(ci)) {
                        let label: Vec<&str> = h.iter().map(|t| t.text.as_str()).collect();
                        toks.push(Token {
                            text: format!("{}:", label.join(" ")),
                            look: Look::TableHead,
                            word: usize::MAX,
                        });
                    }
                }
                toks.extend(c.iter().cloned().map(|mut t| {
                    if ri == 0 {
                        t.look = Look::TableHead;
                    }
                    t
                }));
                if ci + 1 < r.len() {
                    toks.push(Token {
                        text: "·".into(),
                        look: Look::Decoration,
                        word: usize::MAX,
                    });
                }
            }
            let before = out.len();
            wrap(out, &toks, width, 2, Some("▪ "));
            for l in &mut out[before..] {
                for f in &mut l.frags {
                    if f.word == Some(usize::MAX) {
                        f.word = None;
                    }
                }
            }
        }
        return;
    }
    for (ri, r) in rows.iter().enumerate() {
        let mut line = DLine::default();
        let mut col = 0u16;
        for (ci, w) in widths.iter().enumerate() {
            if ci > 0 {
                line.frags.push(Frag {
                    col: col + 1,
                    text: "│".into(),
                    look: Look::Decoration,
                    word: None,
                });
                col += 3;
            }
            let mut c = col;
            for t in r.get(ci).map(Vec::as_slice).unwrap_or(&[]) {
                line.frags.push(Frag {
                    col: c,
                    text: t.text.clone(),
                    look: if heads.get(ri) == Some(&true) {
                        Look::TableHead
                    } else {
                        t.look
                    },
                    word: Some(t.word),
                });
                c += t.text.width() as u16 + 1;
            }
            col += *w as u16;
        }
        out.push(line);
        if heads.get(ri) == Some(&true) {
            let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
            out.push(DLine {
                gutter: None,
                frags: vec![Frag {
                    col: 0,
                    text: rule.join("─┼─"),
                    look: Look::Decoration,
                    word: None,
                }],
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "# 4. Workload\n\n4.1 Outcomes shall say what learners *know, understand and do*. Second sentence here.\n\n4.2 A list:\n- first item;\n- second **strong** item.\n\n| Band | Hours |\n|---|---|\n| A | 25 to 50 |\n";

    #[test]
    fn words_map_to_source() {
        let d = Doc::new(T);
        let texts: Vec<&str> = d.words.iter().map(|w| &T[w.start..w.end]).collect();
        assert_eq!(texts[0], "4.");
        assert!(texts.contains(&"know,"));
        assert!(texts.contains(&"do*."));
        assert!(texts.contains(&"strong**"));
        assert!(texts.contains(&"Band"));
        assert!(texts.contains(&"50"));
        let p = d
            .words
            .iter()
            .find(|w| &T[w.start..w.end] == "Outcomes")
            .unwrap();
        assert_eq!(p.paragraph, Some(1));
        // Sentences: heading, 4.1 first, second, ...
        let s1 = d
            .words
            .iter()
            .find(|w| &T[w.start..w.end] == "Second")
            .unwrap()
            .sentence;
        assert_eq!(s1, p.sentence + 1);
    }

    #[test]
    fn layout_wraps_and_styles() {
        let d = Doc::new(T);
        let lines = d.layout(30);
        for l in &lines {
            let end = l
                .frags
                .last()
                .map_or(0, |f| f.col as usize + f.text.width());
            assert!(end <= 30, "{l:?}");
        }
        let all: Vec<&Frag> = lines.iter().flat_map(|l| &l.frags).collect();
        assert!(all
            .iter()
            .any(|f| f.text == "know," && f.look == Look::Emphasis));
        assert!(all
            .iter()
            .any(|f| f.text == "strong" && f.look == Look::Strong));
        assert!(all.iter().any(|f| f.text == "• "));
        assert!(all
            .iter()
            .any(|f| f.text == "Band" && f.look == Look::TableHead));
        assert!(lines.iter().any(|l| l.gutter == Some(1)));
        // Narrow: the table falls back to labelled rows.
        let narrow = d.layout(10);
        assert!(narrow
            .iter()
            .flat_map(|l| &l.frags)
            .any(|f| f.text == "Band:"));
    }

    #[test]
    fn control_characters_are_made_visible() {
        let d = Doc::new("Text \x1b[31mred\u{202E} here\n");
        let lines = d.layout(60);
        let all: String = lines
            .iter()
            .flat_map(|l| &l.frags)
            .map(|f| f.text.clone())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(all.contains("\\u{1B}[31mred\\u{202E}"), "{all}");
    }
}
