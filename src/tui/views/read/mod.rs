//! The Read view: the section list, the section's text with the cursor and the selection,
//! and the comment panel (this round's comments, then those carried from earlier rounds).
//! It owns where the reader is; the loaded consultation comes in through [`Ctx`].

mod draw;

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::model::filter::CommentFilter;
use crate::model::{Comment, CommentType, Section};
use crate::tui::action::Msg;
use crate::tui::ctx::Ctx;
use crate::tui::data::{CarriedItem, Loaded, SectionComments};
use crate::tui::doc::{DLine, Doc, Word};
use crate::tui::keys::{Command, Context};
use crate::tui::layout::{areas, Areas, GUTTER};
use crate::tui::modals::compose::{Draft, Mode};
use crate::tui::modals::filters::Filters;
use crate::tui::strings as s;

pub use draw::draw;

/// Which pane has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
    Comments,
}

/// Where the reader is: round, section, cursor, selection, scroll, the chosen comment, the
/// comment filters.
#[derive(Debug, Clone)]
pub struct Reader {
    /// The terminal's size, for the panes' sizes.
    pub size: (u16, u16),
    pub focus: Pane,
    /// Index of the round being read.
    pub round: usize,
    pub section: usize,
    pub doc: Doc,
    pub lines: Vec<DLine>,
    pub lines_width: u16,
    /// Display line of each word.
    pub word_line: Vec<usize>,
    /// Cursor: a word index.
    pub cursor: usize,
    /// Selection anchor (a word index) while selecting.
    pub anchor: Option<usize>,
    pub top: usize,
    pub list_top: usize,
    pub comment_sel: usize,
    pub scope_paragraph: bool,
    pub filters: Filters,
    /// The language version being read (`None`: the primary text); `L` cycles it.
    pub lang: Option<String>,
    /// The section's other language version beside the text, in place of the comments.
    pub parallel: bool,
    /// Where a mouse drag started (a word index).
    drag: Option<usize>,
}

fn ordered(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

impl Reader {
    /// At the latest round's first section, sized 100×30 until told otherwise.
    pub fn new(data: &Loaded) -> Reader {
        let mut r = Reader {
            size: (100, 30),
            focus: Pane::List,
            round: data.rounds.len().saturating_sub(1),
            section: 0,
            doc: Doc::default(),
            lines: Vec::new(),
            lines_width: 0,
            word_line: Vec::new(),
            cursor: 0,
            anchor: None,
            top: 0,
            list_top: 0,
            comment_sel: 0,
            scope_paragraph: false,
            filters: Filters::default(),
            lang: None,
            parallel: false,
            drag: None,
        };
        // The text in the interface's language when the consultation has that version.
        let ui = crate::i18n::ui().code();
        if data.manifest.is_translation(ui) {
            r.lang = Some(ui.to_string());
        }
        r.open_section(data, 0);
        r
    }

    /// The terminal was resized.
    pub fn resize(&mut self, size: (u16, u16)) {
        self.size = size;
        self.relayout();
        self.keep_list_visible();
    }

    /// Which keys apply: the focused pane's.
    pub fn context(&self) -> Context {
        match self.focus {
            Pane::List => Context::List,
            Pane::Reader => Context::Reader,
            Pane::Comments => Context::Comments,
        }
    }

    /// A command of the Read view; `None` when it is not one.
    pub fn command(&mut self, cmd: Command, ctx: &Ctx) -> Option<Vec<Msg>> {
        let data = ctx.data;
        let page = self.reader_height().saturating_sub(1).max(1);
        let mut msgs = Vec::new();
        match cmd {
            Command::NextPane | Command::PrevPane => {
                let order = [Pane::List, Pane::Reader, Pane::Comments];
                let i = order.iter().position(|p| *p == self.focus).unwrap_or(0);
                let j = if cmd == Command::NextPane {
                    (i + 1) % 3
                } else {
                    (i + 2) % 3
                };
                self.focus = order[j];
            }
            Command::NextRound => {
                let id = self.current_section(data).map(|s| s.id.clone());
                self.round = (self.round + 1) % data.rounds.len().max(1);
                let i = id
                    .and_then(|id| self.sections(data).iter().position(|s| s.id == id))
                    .unwrap_or(0);
                msgs.push(Msg::ClearSearch);
                self.open_section(data, i);
                msgs.push(Msg::status(s::reading_round(self.round_name(data))));
            }
            Command::NextLanguage => {
                let Some(rt) = data.rounds.get(self.round) else {
                    return Some(msgs);
                };
                let langs: Vec<&str> = rt.languages(&data.manifest).collect();
                if langs.is_empty() {
                    msgs.push(Msg::status(s::one_language()));
                    return Some(msgs);
                }
                // Primary, then each translation in the manifest's order, and round again.
                let next = match self.lang.as_deref() {
                    None => Some(langs[0]),
                    Some(l) => langs
                        .iter()
                        .position(|x| *x == l)
                        .and_then(|i| langs.get(i + 1))
                        .copied(),
                };
                let at = self.doc.words.get(self.cursor).map(|w| w.start);
                let from = self.reading_lang(data).map(str::to_string);
                self.lang = next.map(str::to_string);
                let section = self.section;
                msgs.push(Msg::ClearSearch);
                self.open_section(data, section);
                // The cursor goes to the paragraph aligned with the one it was in.
                if let (Some(at), Some(id)) = (at, self.current_section(data).map(|s| s.id.clone()))
                {
                    let to = self.reading_lang(data);
                    if let Some((a, _)) = rt.aligned(&id, from.as_deref(), at, to) {
                        let w = self.doc.word_at(a);
                        self.move_cursor(w);
                        self.center_cursor();
                    }
                }
                let code = self
                    .lang
                    .clone()
                    .unwrap_or_else(|| data.manifest.primary_language().to_string());
                msgs.push(Msg::status(s::reading_language(&code)));
            }
            Command::SideBySide => {
                self.parallel = !self.parallel;
                if self.parallel && self.other_version(data).is_none() {
                    self.parallel = false;
                    msgs.push(Msg::status(s::one_language()));
                }
            }
            Command::NextPassage => return Some(self.jump_passage(data, true)),
            Command::PrevPassage => return Some(self.jump_passage(data, false)),
            Command::ToggleCarried => {
                self.filters.hide_carried = !self.filters.hide_carried;
                self.comment_sel = 0;
                msgs.push(Msg::status(if self.filters.hide_carried {
                    s::carried_hidden()
                } else {
                    s::carried_shown()
                }));
            }
            Command::ToggleScope => {
                self.scope_paragraph = !self.scope_paragraph;
                self.comment_sel = 0;
            }
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::Top
            | Command::Bottom => self.motion(data, cmd, page),
            Command::Open => match self.focus {
                Pane::List => self.focus = Pane::Reader,
                Pane::Comments => {
                    let target = self.selected_comment(data).map(|c| c.id.clone());
                    let pos = target.and_then(|id| {
                        self.all_passages(data)
                            .iter()
                            .find(|p| data.comments[p.2].id == id)
                            .map(|p| p.0)
                    });
                    if let Some(p) = pos {
                        let w = self.doc.word_at(p);
                        self.move_cursor(w);
                        self.center_cursor();
                        self.focus = Pane::Reader;
                    }
                }
                Pane::Reader => {}
            },
            Command::PrevWord => self.move_cursor(self.cursor.saturating_sub(1)),
            Command::NextWord => self.move_cursor(self.cursor + 1),
            Command::Select => {
                self.anchor = if self.anchor.is_some() {
                    None
                } else {
                    Some(self.cursor)
                };
            }
            Command::SelectParagraph => {
                if !self.doc.words.is_empty() {
                    let (a, b) = self.unit_bounds(self.cursor, |w| w.block);
                    self.anchor = Some(a);
                    self.move_cursor(b);
                }
            }
            Command::NextSentence => self.move_unit(true, true),
            Command::PrevSentence => self.move_unit(false, true),
            Command::NextParagraph => self.move_unit(true, false),
            Command::PrevParagraph => self.move_unit(false, false),
            Command::ClearSelection => self.anchor = None,
            _ => return None,
        }
        Some(msgs)
    }

    /// The comment that `cmd` (comment, propose or reply) starts writing here: on the
    /// selection, else the cursor's paragraph, else the whole section; a reply to the chosen
    /// comment. An error (to show) when there is nothing to propose on or reply to.
    pub fn draft_for(&self, cmd: Command, data: &Loaded) -> Result<Option<Draft>, String> {
        let Some(sec) = self.current_section(data) else {
            return Ok(None);
        };
        let (sec_id, title, text) = (sec.id.clone(), sec.title.clone(), sec.text.clone());
        let range = match (self.selection_bytes(), self.focus) {
            (Some(r), _) => Some(r),
            (None, Pane::List) => None,
            (None, _) => self.cursor_paragraph().map(|p| (p.start, p.end)),
        };
        let place_of = |r: Option<(usize, usize)>| match r.and_then(|(a, _)| {
            self.doc
                .paragraphs
                .iter()
                .find(|p| p.start <= a && a <= p.end)
        }) {
            Some(p) => s::paragraph_label(p.number, p.clause.as_deref()),
            None => s::whole_section(),
        };
        let mode = match cmd {
            Command::Propose => {
                if range.is_none() {
                    return Err(s::nothing_selected_to_propose());
                }
                Mode::Propose
            }
            Command::Reply => {
                let Some(c) = self.selected_comment(data) else {
                    return Err(s::no_comment_to_reply());
                };
                Mode::Reply {
                    parent: c.id.clone(),
                    parent_author: c.author.name.clone(),
                }
            }
            _ => Mode::Comment,
        };
        let (range, place) = match &mode {
            // The title names the parent's author already; the form shows what it said.
            Mode::Reply { .. } => (None, String::new()),
            _ => (range, place_of(range)),
        };
        let quote = range.map(|(a, b)| text[a..b].to_string());
        // The quote and range come from the version read; a reply has neither.
        let lang = match &mode {
            Mode::Reply { .. } => None,
            _ => self.reading_lang(data).map(str::to_string),
        };
        Ok(Some(Draft {
            lang,
            proposal: if mode == Mode::Propose {
                quote.clone()
            } else {
                None
            },
            mode,
            round: self.round_name(data).to_string(),
            section: sec_id,
            section_title: title,
            range,
            place,
            quote,
            kind: CommentType::General,
            stance: None,
            body: String::new(),
        }))
    }

    pub fn round_name<'a>(&self, data: &'a Loaded) -> &'a str {
        data.rounds.get(self.round).map_or("", |r| r.name.as_str())
    }

    pub fn sections<'a>(&self, data: &'a Loaded) -> &'a [Section] {
        data.rounds
            .get(self.round)
            .map_or(&[], |r| r.sections.as_slice())
    }

    /// The section being read, in the language version being read (the primary text when
    /// that version lacks it).
    pub fn current_section<'a>(&self, data: &'a Loaded) -> Option<&'a Section> {
        let primary = self.sections(data).get(self.section)?;
        let rt = data.rounds.get(self.round)?;
        Some(
            self.lang
                .as_deref()
                .and_then(|l| rt.section_in(Some(l), &primary.id))
                .unwrap_or(primary),
        )
    }

    /// The language version whose text is on screen: the one chosen with `L` when the round
    /// has this section in it, else `None` (the primary text).
    pub fn reading_lang<'a>(&'a self, data: &Loaded) -> Option<&'a str> {
        let l = self.lang.as_deref()?;
        let rt = data.rounds.get(self.round)?;
        let id = &self.sections(data).get(self.section)?.id;
        rt.section_in(Some(l), id).map(|_| l)
    }

    /// The version shown beside the text in the side-by-side view: the primary when a
    /// translation is read, else the first translation that has this section. (language
    /// code, its section)
    pub fn other_version<'a>(&self, data: &'a Loaded) -> Option<(String, &'a Section)> {
        let rt = data.rounds.get(self.round)?;
        let id = &self.sections(data).get(self.section)?.id;
        match self.reading_lang(data) {
            Some(_) => Some((
                data.manifest.primary_language().to_string(),
                rt.section_in(None, id)?,
            )),
            None => rt
                .languages(&data.manifest)
                .find_map(|l| Some((l.to_string(), rt.section_in(Some(l), id)?))),
        }
    }

    pub fn is_current_round(&self, data: &Loaded) -> bool {
        self.round + 1 == data.rounds.len()
    }

    pub fn group<'a>(&self, data: &'a Loaded) -> Option<&'a SectionComments> {
        let sec = self.current_section(data)?;
        data.group(self.round_name(data), &sec.id)
    }

    /// The earlier rounds' comments carried into this section (unless hidden by the filter).
    pub fn carried_group<'a>(&self, data: &'a Loaded) -> Option<&'a SectionComments> {
        if self.filters.hide_carried {
            return None;
        }
        let sec = self.current_section(data)?;
        data.carried_group(self.round_name(data), &sec.id)
    }

    /// How comment `i` was carried into the round being read, if it comes from an earlier one.
    pub fn carried_item<'a>(&self, data: &'a Loaded, i: usize) -> Option<&'a CarriedItem> {
        data.carried_item(self.round_name(data), i)
    }

    /// Every passage to mark in this section: (byte start, byte end, comment index), sorted.
    pub fn all_passages(&self, data: &Loaded) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = self
            .group(data)
            .into_iter()
            .chain(self.carried_group(data))
            .flat_map(|g| g.passages_in(self.reading_lang(data)).iter().copied())
            .collect();
        out.sort();
        out
    }

    /// The selection as a word range, if any.
    pub fn selection(&self) -> Option<(usize, usize)> {
        self.anchor.map(|a| ordered(a, self.cursor))
    }

    /// The selection as a byte range of the section text.
    pub fn selection_bytes(&self) -> Option<(usize, usize)> {
        let (a, b) = self.selection()?;
        Some((self.doc.words.get(a)?.start, self.doc.words.get(b)?.end))
    }

    /// The paragraph the cursor is in.
    pub fn cursor_paragraph(&self) -> Option<&crate::model::Paragraph> {
        let n = self.doc.words.get(self.cursor)?.paragraph?;
        self.doc.paragraphs.iter().find(|p| p.number == n)
    }

    pub fn areas(&self) -> Areas {
        areas(Rect::new(0, 0, self.size.0, self.size.1))
    }

    pub fn reader_text_width(&self) -> u16 {
        self.areas().reader.width.saturating_sub(2 + GUTTER)
    }

    pub fn reader_height(&self) -> usize {
        self.areas().reader.height.saturating_sub(2) as usize
    }

    pub fn passes(&self, data: &Loaded, c: &Comment) -> bool {
        let f = &self.filters;
        let filter = CommentFilter {
            kind: f.kind,
            category: f
                .category
                .and_then(|ci| data.manifest.categories.get(ci))
                .map(|cat| cat.id.clone()),
            status: f.status,
            author: f.mine.then(|| data.identity.email.clone()),
            ..CommentFilter::default()
        };
        filter.matches(c, data.dispositions.get(&c.id).map(|d| d.status))
    }

    /// The comment panel's items: (comment index, depth), filtered and scoped; this round's
    /// comments first, then those carried from earlier rounds.
    pub fn panel_items(&self, data: &Loaded) -> Vec<(usize, u8)> {
        let par = if self.scope_paragraph {
            self.cursor_paragraph().map(|p| (p.start, p.end))
        } else {
            None
        };
        let lang = self.reading_lang(data);
        let mut out = Vec::new();
        for g in self.group(data).into_iter().chain(self.carried_group(data)) {
            let in_scope = |i: usize| -> bool {
                let Some((ps, pe)) = par else {
                    return !self.scope_paragraph;
                };
                g.passages_in(lang)
                    .iter()
                    .any(|&(s, e, ci)| ci == i && s < pe.max(ps + 1) && e > ps)
            };
            let mut keep = false;
            for &(i, d) in &g.threads {
                if d == 0 {
                    keep = self.passes(data, &data.comments[i]) && in_scope(i);
                }
                if keep {
                    out.push((i, d));
                }
            }
        }
        out
    }

    pub fn selected_comment<'a>(&self, data: &'a Loaded) -> Option<&'a Comment> {
        let items = self.panel_items(data);
        items
            .get(self.comment_sel.min(items.len().saturating_sub(1)))
            .map(|&(i, _)| &data.comments[i])
    }

    /// The text of word `w` of the section being read.
    pub fn word_text<'a>(&self, data: &'a Loaded, w: usize) -> &'a str {
        match (self.current_section(data), self.doc.words.get(w)) {
            (Some(s), Some(word)) => &s.text[word.start..word.end],
            _ => "",
        }
    }

    pub fn open_section(&mut self, data: &Loaded, i: usize) {
        let n = self.sections(data).len();
        self.section = i.min(n.saturating_sub(1));
        self.doc = self
            .current_section(data)
            .map(|s| Doc::new(&s.text))
            .unwrap_or_default();
        self.cursor = 0;
        self.anchor = None;
        self.top = 0;
        self.comment_sel = 0;
        self.lines_width = 0;
        self.relayout();
        self.keep_list_visible();
    }

    pub fn relayout(&mut self) {
        let w = self.reader_text_width();
        if w == self.lines_width && !self.lines.is_empty() {
            return;
        }
        self.lines = self.doc.layout(w);
        self.lines_width = w;
        self.word_line = vec![0; self.doc.words.len()];
        for (li, l) in self.lines.iter().enumerate().rev() {
            for f in &l.frags {
                if let Some(wi) = f.word.filter(|&wi| wi < self.word_line.len()) {
                    self.word_line[wi] = li;
                }
            }
        }
        self.keep_cursor_visible();
    }

    fn keep_cursor_visible(&mut self) {
        let h = self.reader_height().max(1);
        let line = self.word_line.get(self.cursor).copied().unwrap_or(0);
        if line < self.top {
            self.top = line.saturating_sub(1);
        } else if line >= self.top + h {
            self.top = line + 1 - h;
        }
        self.top = self.top.min(self.lines.len().saturating_sub(1));
    }

    /// Scroll so that the cursor sits a third of the way down (after a jump).
    pub fn center_cursor(&mut self) {
        let h = self.reader_height().max(1);
        let line = self.word_line.get(self.cursor).copied().unwrap_or(0);
        self.top = line.saturating_sub(h / 3);
    }

    pub fn keep_list_visible(&mut self) {
        let h = (self.areas().list.height.saturating_sub(2) as usize).max(1);
        if self.section < self.list_top {
            self.list_top = self.section;
        } else if self.section >= self.list_top + h {
            self.list_top = self.section + 1 - h;
        }
    }

    pub fn move_cursor(&mut self, to: usize) {
        if self.doc.words.is_empty() {
            return;
        }
        self.cursor = to.min(self.doc.words.len() - 1);
        self.keep_cursor_visible();
    }

    /// Word on display line `li` nearest to column `col`.
    fn word_on_line(&self, li: usize, col: u16) -> Option<usize> {
        let line = self.lines.get(li)?;
        line.frags
            .iter()
            .filter_map(|f| {
                f.word.map(|w| {
                    (
                        w,
                        f.col,
                        f.col + unicode_width::UnicodeWidthStr::width(f.text.as_str()) as u16,
                    )
                })
            })
            .min_by_key(|&(_, a, b)| {
                if col < a {
                    a - col
                } else {
                    col.saturating_sub(b.saturating_sub(1))
                }
            })
            .map(|(w, _, _)| w)
    }

    fn move_line(&mut self, down: bool, by: usize) {
        let Some(&li) = self.word_line.get(self.cursor) else {
            return;
        };
        let col = self.lines[li]
            .frags
            .iter()
            .find(|f| f.word == Some(self.cursor))
            .map_or(0, |f| f.col);
        let mut target = li;
        let mut steps = by;
        loop {
            let next = if down {
                target + 1
            } else {
                target.wrapping_sub(1)
            };
            if next >= self.lines.len() {
                break;
            }
            target = next;
            if self.lines[target].frags.iter().any(|f| f.word.is_some()) {
                steps -= 1;
                if steps == 0 {
                    break;
                }
            }
        }
        if let Some(w) = self.word_on_line(target, col) {
            self.move_cursor(w);
        }
    }

    fn unit_bounds(&self, i: usize, key: impl Fn(&Word) -> usize) -> (usize, usize) {
        let words = &self.doc.words;
        let k = key(&words[i]);
        let mut a = i;
        while a > 0 && key(&words[a - 1]) == k {
            a -= 1;
        }
        let mut b = i;
        while b + 1 < words.len() && key(&words[b + 1]) == k {
            b += 1;
        }
        (a, b)
    }

    /// Move by sentence or paragraph; while selecting, extend to the unit's end or start.
    fn move_unit(&mut self, forward: bool, by_sentence: bool) {
        if self.doc.words.is_empty() {
            return;
        }
        let key = |w: &Word| if by_sentence { w.sentence } else { w.block };
        let i = self.cursor;
        let (a, b) = self.unit_bounds(i, key);
        let n = self.doc.words.len();
        let to = match (forward, self.anchor.is_some()) {
            (true, true) => {
                if i == b && b + 1 < n {
                    self.unit_bounds(b + 1, key).1
                } else {
                    b
                }
            }
            (true, false) => (b + 1).min(n - 1),
            (false, _) => {
                if i == a && a > 0 {
                    self.unit_bounds(a - 1, key).0
                } else {
                    a
                }
            }
        };
        self.move_cursor(to);
    }

    fn jump_passage(&mut self, data: &Loaded, forward: bool) -> Vec<Msg> {
        let all = self.all_passages(data);
        let here = self.doc.words.get(self.cursor).map_or(0, |w| w.start);
        let passages: Vec<(usize, usize)> = all
            .iter()
            .filter(|&&(_, _, ci)| self.passes(data, &data.comments[ci]))
            .map(|&(st, _, ci)| (st, ci))
            .collect();
        let found = if forward {
            passages.iter().find(|(st, _)| *st > here).copied()
        } else {
            passages.iter().rev().find(|(st, _)| *st < here).copied()
        };
        let Some((st, ci)) = found else {
            return vec![Msg::status(s::no_more_passages())];
        };
        self.anchor = None;
        let w = self.doc.word_at(st);
        self.move_cursor(w);
        self.center_cursor();
        if let Some(pos) = self.panel_items(data).iter().position(|&(i, _)| i == ci) {
            self.comment_sel = pos;
        }
        Vec::new()
    }

    /// Go to a search match: section `si`, byte `a` of its text.
    pub fn goto(&mut self, data: &Loaded, si: usize, a: usize) {
        if si != self.section {
            self.open_section(data, si);
        }
        self.anchor = None;
        self.focus = Pane::Reader;
        let w = self.doc.word_at(a);
        self.move_cursor(w);
        self.center_cursor();
    }

    fn motion(&mut self, data: &Loaded, cmd: Command, page: usize) {
        let n_sections = self.sections(data).len();
        match self.focus {
            Pane::List => {
                let last = n_sections.saturating_sub(1);
                let to = match cmd {
                    Command::Up => self.section.saturating_sub(1),
                    Command::Down => (self.section + 1).min(last),
                    Command::PageUp => self.section.saturating_sub(page),
                    Command::PageDown => (self.section + page).min(last),
                    Command::Top => 0,
                    _ => last,
                };
                if to != self.section {
                    self.open_section(data, to);
                }
            }
            Pane::Reader => match cmd {
                Command::Up => self.move_line(false, 1),
                Command::Down => self.move_line(true, 1),
                Command::PageUp => self.move_line(false, page),
                Command::PageDown => self.move_line(true, page),
                Command::Top => self.move_cursor(0),
                _ => self.move_cursor(usize::MAX),
            },
            Pane::Comments => {
                let n = self.panel_items(data).len();
                let last = n.saturating_sub(1);
                self.comment_sel = match cmd {
                    Command::Up => self.comment_sel.saturating_sub(1),
                    Command::Down => (self.comment_sel + 1).min(last),
                    Command::PageUp => self.comment_sel.saturating_sub(5),
                    Command::PageDown => (self.comment_sel + 5).min(last),
                    Command::Top => 0,
                    _ => last,
                };
            }
        }
    }

    pub fn mouse(&mut self, m: MouseEvent, data: &Loaded) {
        let a = self.areas();
        let at = Position::new(m.column, m.row);
        let inner = |r: Rect| {
            Rect::new(
                r.x + 1,
                r.y + 1,
                r.width.saturating_sub(2),
                r.height.saturating_sub(2),
            )
        };
        let reader_word = |rd: &Reader| -> Option<usize> {
            let r = inner(a.reader);
            if !r.contains(at) {
                return None;
            }
            let li = rd.top + (m.row - r.y) as usize;
            rd.word_on_line(li, m.column.saturating_sub(r.x + GUTTER))
        };
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if inner(a.list).contains(at) {
                    self.focus = Pane::List;
                    let i = self.list_top + (m.row - a.list.y - 1) as usize;
                    if i < self.sections(data).len() && i != self.section {
                        self.open_section(data, i);
                    }
                } else if let Some(w) = reader_word(self) {
                    self.focus = Pane::Reader;
                    self.anchor = None;
                    self.drag = Some(w);
                    self.move_cursor(w);
                } else if a.comments.contains(at) {
                    self.focus = Pane::Comments;
                }
            }
            MouseEventKind::Drag(MouseButton::Left) => {
                if let (Some(start), Some(w)) = (self.drag, reader_word(self)) {
                    self.anchor = Some(start);
                    self.move_cursor(w);
                }
            }
            MouseEventKind::Up(MouseButton::Left) => self.drag = None,
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let down = m.kind == MouseEventKind::ScrollDown;
                if a.reader.contains(at) {
                    self.top = if down {
                        (self.top + 3).min(self.lines.len().saturating_sub(1))
                    } else {
                        self.top.saturating_sub(3)
                    };
                } else if a.comments.contains(at) {
                    let last = self.panel_items(data).len().saturating_sub(1);
                    self.comment_sel = if down {
                        (self.comment_sel + 1).min(last)
                    } else {
                        self.comment_sel.saturating_sub(1)
                    };
                } else if a.list.contains(at) {
                    let to = if down {
                        (self.section + 1).min(self.sections(data).len().saturating_sub(1))
                    } else {
                        self.section.saturating_sub(1)
                    };
                    self.open_section(data, to);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ctx, sample};

    #[test]
    fn the_list_opens_sections_and_the_reader_selects_words() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut r = Reader::new(&data);
        r.resize((100, 30));
        assert_eq!(r.round_name(&data), "round-2");
        assert_eq!(r.context(), Context::List);
        r.command(Command::Down, &c);
        assert_eq!(r.section, 1);
        r.command(Command::Bottom, &c);
        assert_eq!(r.section, r.sections(&data).len() - 1);
        r.command(Command::Top, &c);
        // Nothing selected in the list: no proposal, but a comment on the whole section.
        assert!(r.draft_for(Command::Propose, &data).is_err());
        let d = r.draft_for(Command::Comment, &data).unwrap().unwrap();
        assert_eq!(
            (d.range, d.place.as_str()),
            (None, s::whole_section().as_str())
        );
        // In the text: select three words and propose on them.
        r.command(Command::NextPane, &c);
        assert_eq!(r.context(), Context::Reader);
        r.command(Command::Select, &c);
        r.command(Command::NextWord, &c);
        r.command(Command::NextWord, &c);
        let (a, b) = r.selection_bytes().expect("a selection");
        let d = r.draft_for(Command::Propose, &data).unwrap().unwrap();
        assert_eq!(
            d.quote.as_deref(),
            Some(&r.current_section(&data).unwrap().text[a..b])
        );
        assert_eq!(d.proposal, d.quote);
        r.command(Command::ClearSelection, &c);
        assert!(r.selection().is_none());
        // Not a command of this view.
        assert!(r.command(Command::DiffFromPrev, &c).is_none());
    }

    #[test]
    fn another_round_clears_the_search_and_says_which() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut r = Reader::new(&data);
        let msgs = r.command(Command::NextRound, &c).unwrap();
        assert_eq!(r.round_name(&data), "round-1");
        assert!(matches!(msgs.first(), Some(Msg::ClearSearch)));
        assert!(matches!(msgs.last(), Some(Msg::Status(t, false)) if t.contains("round-1")));
    }

    #[test]
    fn a_click_in_the_list_opens_that_section() {
        let (_tmp, data) = sample();
        let mut r = Reader::new(&data);
        r.resize((100, 30));
        let list = r.areas().list;
        let m = MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: list.x + 3,
            row: list.y + 1 + 4,
            modifiers: crossterm::event::KeyModifiers::NONE,
        };
        r.mouse(m, &data);
        assert_eq!(r.section, 4);
        assert_eq!(r.focus, Pane::List);
    }
}
