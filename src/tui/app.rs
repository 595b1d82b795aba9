//! The one state of the TUI. Keys become commands (through the key list), commands change the
//! state in `update`, and the views only read it.

use std::sync::mpsc;

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use super::compose::{self, Compose, Draft, Mode};
use super::data::{self, Loaded, SectionComments};
use super::diffview::{self, DiffState};
use super::doc::{DLine, Doc};
use super::keys::{self, Command, Context};
use super::strings as s;
use super::summaryview::{self, ExportFormat, SummaryState};
use super::theme::Theme;
use super::triage::{self, AppliedView, Decide, Triage};
use crate::diff::RoundDiff;
use crate::model::{Comment, CommentType, Section, Stance, Status};
use crate::repo::{IdentityField, Resolution, Store, Version};

/// The smallest terminal the TUI draws in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// Gutter of the reader: paragraph number (3), passage marker (1), space (1).
pub const GUTTER: u16 = 5;

/// Which view is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Read,
    Diff,
    Triage,
    Summary,
}

/// Background work finished.
pub enum JobDone {
    Diff((usize, usize), Result<RoundDiff, String>),
    /// Decisions recorded: (comment id, disposition), or why not.
    Decided(Result<Vec<crate::model::Disposition>, String>),
    Applied(Result<AppliedView, String>),
    /// The summary built for the summary view, or why not.
    Summary(Result<Box<crate::report::Summary>, String>),
    /// The summary exported to this file, or why not.
    Exported(Result<std::path::PathBuf, String>),
    /// Sent and synced: the sentence to show and the consultation loaded again, or why not.
    Synced(Result<(String, Box<Loaded>), String>),
}

/// Which pane has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
    Comments,
}

/// What the event loop feeds `update`.
#[derive(Debug)]
pub enum Action {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Run(Command),
    /// The text back from `$EDITOR`, or why it failed.
    EditorDone(Result<String, String>),
}

/// Work only the event loop can do (it owns the terminal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Suspend the terminal and edit this text in `$EDITOR`.
    Editor(String),
}

/// A line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    pub text: String,
    pub error: bool,
}

/// Comment filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<CommentType>,
    /// Index into the manifest's categories.
    pub category: Option<usize>,
    /// `Some(None)` = no decision yet.
    pub status: Option<Option<Status>>,
    pub mine: bool,
    /// Hide the comments carried from earlier rounds.
    pub hide_carried: bool,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }
}

/// Rows of the filter popup: type, category, status, mine, earlier rounds.
pub const FILTER_ROWS: usize = 5;

/// Search results over the round being read.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    /// (section index, byte start, byte end), in reading order.
    pub matches: Vec<(usize, usize, usize)>,
    pub current: Option<usize>,
}

/// The form that asks who the stakeholder is.
#[derive(Debug, Clone)]
pub struct IdentityForm {
    pub values: Vec<String>,
    pub field: usize,
    pub category: usize,
    pub error: Option<String>,
    /// What to do once saved.
    pub then: Command,
}

/// Screen regions, computed the same way for drawing and for the mouse.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub header: Rect,
    pub list: Rect,
    pub reader: Rect,
    pub comments: Rect,
    pub status: Rect,
    pub footer: Rect,
}

/// Split the terminal into the Read view's regions.
pub fn areas(area: Rect) -> Areas {
    let h = area.height;
    let header = Rect::new(area.x, area.y, area.width, 1);
    let footer = Rect::new(area.x, area.y + h.saturating_sub(1), area.width, 1);
    let status = Rect::new(area.x, area.y + h.saturating_sub(2), area.width, 1);
    let body = Rect::new(area.x, area.y + 1, area.width, h.saturating_sub(3));
    let w = area.width;
    let list_w = if w >= 140 {
        32
    } else if w >= 100 {
        26
    } else {
        22
    };
    if w >= 100 {
        let comments_w = (w * 3 / 10).clamp(30, 56);
        let reader_w = w.saturating_sub(list_w + comments_w);
        Areas {
            header,
            list: Rect::new(body.x, body.y, list_w, body.height),
            reader: Rect::new(body.x + list_w, body.y, reader_w, body.height),
            comments: Rect::new(body.x + list_w + reader_w, body.y, comments_w, body.height),
            status,
            footer,
        }
    } else {
        let right_w = w.saturating_sub(list_w);
        let reader_h = body.height * 3 / 5;
        Areas {
            header,
            list: Rect::new(body.x, body.y, list_w, body.height),
            reader: Rect::new(body.x + list_w, body.y, right_w, reader_h),
            comments: Rect::new(
                body.x + list_w,
                body.y + reader_h,
                right_w,
                body.height - reader_h,
            ),
            status,
            footer,
        }
    }
}

/// The TUI's state.
pub struct App {
    pub data: Loaded,
    pub theme: Theme,
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
    pub filter_row: Option<usize>,
    pub search: Search,
    /// The search prompt's text while it is open.
    pub prompt: Option<String>,
    pub help: Option<u16>,
    pub compose: Option<Compose>,
    pub confirm_discard: bool,
    pub identity_form: Option<IdentityForm>,
    pub restore: Option<Draft>,
    pub status: Option<StatusLine>,
    pub quit: bool,
    pub effect: Option<Effect>,
    /// A line shown in the status bar when there is nothing else to say.
    pub banner: Option<String>,
    pub view: View,
    pub diff: DiffState,
    pub triage: Option<Triage>,
    pub summary: SummaryState,
    pending: Option<mpsc::Receiver<Result<Comment, String>>>,
    jobs: Vec<mpsc::Receiver<JobDone>>,
    drag: Option<usize>,
}

fn ordered(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

impl App {
    /// A new state over loaded data, sized 100×30 until told otherwise.
    pub fn new(data: Loaded) -> App {
        let restore = compose::load_draft(&data.scratch);
        let round = data.rounds.len().saturating_sub(1);
        let has_rounds = data
            .rounds
            .first()
            .is_some_and(|r| r.name != Version::WorkTree.label());
        let names: Vec<String> = data.rounds.iter().map(|r| r.name.clone()).collect();
        let diff = DiffState::new(&names, has_rounds, data.default_diff.as_ref());
        let mut app = App {
            data,
            theme: Theme::from_env(),
            size: (100, 30),
            focus: Pane::List,
            round,
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
            filter_row: None,
            search: Search::default(),
            prompt: None,
            help: None,
            compose: None,
            confirm_discard: false,
            identity_form: None,
            restore,
            status: None,
            quit: false,
            effect: None,
            banner: None,
            view: View::Read,
            diff,
            triage: None,
            summary: SummaryState::default(),
            pending: None,
            jobs: Vec::new(),
            drag: None,
        };
        if !app.data.problems.is_empty() {
            app.set_status(s::problems(app.data.problems.len()), true);
        }
        app.open_section(0);
        app
    }

    // ----- reading helpers -----

    pub fn round_name(&self) -> &str {
        self.data
            .rounds
            .get(self.round)
            .map_or("", |r| r.name.as_str())
    }

    pub fn sections(&self) -> &[Section] {
        self.data
            .rounds
            .get(self.round)
            .map_or(&[], |r| r.sections.as_slice())
    }

    pub fn current_section(&self) -> Option<&Section> {
        self.sections().get(self.section)
    }

    pub fn is_current_round(&self) -> bool {
        self.round + 1 == self.data.rounds.len()
    }

    pub fn group(&self) -> Option<&SectionComments> {
        let sec = self.current_section()?;
        self.data.group(self.round_name(), &sec.id)
    }

    /// The earlier rounds' comments carried into this section (unless hidden by the filter).
    pub fn carried_group(&self) -> Option<&SectionComments> {
        if self.filters.hide_carried {
            return None;
        }
        let sec = self.current_section()?;
        self.data.carried_group(self.round_name(), &sec.id)
    }

    /// How comment `i` was carried into the round being read, if it comes from an earlier one.
    pub fn carried_item(&self, i: usize) -> Option<&data::CarriedItem> {
        self.data.carried_item(self.round_name(), i)
    }

    /// Every passage to mark in this section: (byte start, byte end, comment index), sorted.
    pub fn all_passages(&self) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = self
            .group()
            .into_iter()
            .chain(self.carried_group())
            .flat_map(|g| g.passages.iter().copied())
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

    fn reader_height(&self) -> usize {
        self.areas().reader.height.saturating_sub(2) as usize
    }

    fn passes(&self, c: &Comment) -> bool {
        let f = &self.filters;
        if f.kind.is_some_and(|k| k != c.kind) {
            return false;
        }
        if let Some(ci) = f.category {
            if self
                .data
                .manifest
                .categories
                .get(ci)
                .is_some_and(|cat| cat.id != c.author.category)
            {
                return false;
            }
        }
        if let Some(st) = f.status {
            if self.data.dispositions.get(&c.id).map(|d| d.status) != st {
                return false;
            }
        }
        !f.mine || self.data.is_mine(c)
    }

    /// The comment panel's items: (comment index, depth), filtered and scoped; this round's
    /// comments first, then those carried from earlier rounds.
    pub fn panel_items(&self) -> Vec<(usize, u8)> {
        let par = if self.scope_paragraph {
            self.cursor_paragraph().map(|p| (p.start, p.end))
        } else {
            None
        };
        let mut out = Vec::new();
        for g in self.group().into_iter().chain(self.carried_group()) {
            let in_scope = |i: usize| -> bool {
                let Some((ps, pe)) = par else {
                    return !self.scope_paragraph;
                };
                g.passages
                    .iter()
                    .any(|&(s, e, ci)| ci == i && s < pe.max(ps + 1) && e > ps)
            };
            let mut keep = false;
            for &(i, d) in &g.threads {
                if d == 0 {
                    keep = self.passes(&self.data.comments[i]) && in_scope(i);
                }
                if keep {
                    out.push((i, d));
                }
            }
        }
        out
    }

    pub fn selected_comment(&self) -> Option<&Comment> {
        let items = self.panel_items();
        items
            .get(self.comment_sel.min(items.len().saturating_sub(1)))
            .map(|&(i, _)| &self.data.comments[i])
    }

    pub fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(StatusLine {
            text: text.into(),
            error,
        });
    }

    /// The context whose keys apply now.
    pub fn context(&self) -> Context {
        if self.compose.is_some() {
            return Context::Compose;
        }
        match self.view {
            View::Diff => return Context::Diff,
            View::Triage => {
                return if self.triage.as_ref().is_some_and(|t| t.decide.is_some()) {
                    Context::Decide
                } else {
                    Context::Triage
                };
            }
            View::Summary => {
                return if self.summary.choosing {
                    Context::Export
                } else {
                    Context::Summary
                };
            }
            View::Read => {}
        }
        match self.focus {
            Pane::List => Context::List,
            Pane::Reader => Context::Reader,
            Pane::Comments => Context::Comments,
        }
    }

    // ----- state changes -----

    fn open_section(&mut self, i: usize) {
        let n = self.sections().len();
        self.section = i.min(n.saturating_sub(1));
        self.doc = self
            .current_section()
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

    fn relayout(&mut self) {
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
    fn center_cursor(&mut self) {
        let h = self.reader_height().max(1);
        let line = self.word_line.get(self.cursor).copied().unwrap_or(0);
        self.top = line.saturating_sub(h / 3);
    }

    fn keep_list_visible(&mut self) {
        let h = (self.areas().list.height.saturating_sub(2) as usize).max(1);
        if self.section < self.list_top {
            self.list_top = self.section;
        } else if self.section >= self.list_top + h {
            self.list_top = self.section + 1 - h;
        }
    }

    fn move_cursor(&mut self, to: usize) {
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

    fn unit_bounds(&self, i: usize, key: impl Fn(&data_word::W) -> usize) -> (usize, usize) {
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
        let key = |w: &data_word::W| if by_sentence { w.sentence } else { w.block };
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

    fn jump_passage(&mut self, forward: bool) {
        let all = self.all_passages();
        let here = self.doc.words.get(self.cursor).map_or(0, |w| w.start);
        let passages: Vec<(usize, usize)> = all
            .iter()
            .filter(|&&(_, _, ci)| self.passes(&self.data.comments[ci]))
            .map(|&(st, _, ci)| (st, ci))
            .collect();
        let found = if forward {
            passages.iter().find(|(st, _)| *st > here).copied()
        } else {
            passages.iter().rev().find(|(st, _)| *st < here).copied()
        };
        let Some((st, ci)) = found else {
            self.set_status(s::NO_MORE_PASSAGES, false);
            return;
        };
        self.anchor = None;
        let w = self.doc.word_at(st);
        self.move_cursor(w);
        self.center_cursor();
        if let Some(pos) = self.panel_items().iter().position(|&(i, _)| i == ci) {
            self.comment_sel = pos;
        }
    }

    fn run_search(&mut self, q: &str) {
        let folded_q = data::fold_query(q);
        self.search = Search {
            query: q.trim().to_string(),
            ..Search::default()
        };
        if folded_q.is_empty() {
            self.set_status(s::EMPTY_SEARCH, false);
            return;
        }
        let Some(rt) = self.data.rounds.get(self.round) else {
            return;
        };
        let mut matches = Vec::new();
        let mut secs = 0;
        for (si, (sec, f)) in rt.sections.iter().zip(&rt.folded).enumerate() {
            let hits = data::find_all(f, &sec.text, &folded_q);
            if !hits.is_empty() {
                secs += 1;
            }
            matches.extend(hits.into_iter().map(|(a, b)| (si, a, b)));
        }
        if matches.is_empty() {
            self.set_status(s::no_match(&crate::sanitize::inline(q.trim())), false);
            return;
        }
        let here = (
            self.section,
            self.doc.words.get(self.cursor).map_or(0, |w| w.start),
        );
        let first = matches
            .iter()
            .position(|&(si, a, _)| (si, a) >= here)
            .unwrap_or(0);
        let n = matches.len();
        self.search.matches = matches;
        self.goto_match(first);
        self.set_status(
            format!("{} · {}", s::matches(n, secs), s::match_pos(first + 1, n)),
            false,
        );
    }

    fn goto_match(&mut self, i: usize) {
        let Some(&(si, a, _)) = self.search.matches.get(i) else {
            return;
        };
        self.search.current = Some(i);
        if si != self.section {
            self.open_section(si);
        }
        self.anchor = None;
        self.focus = Pane::Reader;
        let w = self.doc.word_at(a);
        self.move_cursor(w);
        self.center_cursor();
    }

    fn step_match(&mut self, forward: bool) {
        let n = self.search.matches.len();
        if n == 0 {
            self.set_status(s::EMPTY_SEARCH, false);
            return;
        }
        let i = match (self.search.current, forward) {
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
            (None, _) => 0,
        };
        self.goto_match(i);
        self.set_status(s::match_pos(i + 1, n), false);
    }

    fn start_compose(&mut self, cmd: Command) {
        if self.pending.is_some() {
            self.set_status(s::BUSY, false);
            return;
        }
        if !self.is_current_round() {
            let cur = self
                .data
                .rounds
                .last()
                .map_or(String::new(), |r| r.name.clone());
            self.set_status(s::only_current_round(&cur), true);
            return;
        }
        if !self.data.identity.missing().is_empty() {
            let id = &self.data.identity;
            let cats = &self.data.manifest.categories;
            self.identity_form = Some(IdentityForm {
                values: IdentityField::ALL
                    .iter()
                    .map(|f| id.get(*f).to_string())
                    .collect(),
                field: IdentityField::ALL
                    .iter()
                    .position(|f| id.get(*f).is_empty())
                    .unwrap_or(0),
                category: cats.iter().position(|c| c.id == id.category).unwrap_or(0),
                error: None,
                then: cmd,
            });
            return;
        }
        let Some(sec) = self.current_section() else {
            return;
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
            None => s::WHOLE_SECTION.to_string(),
        };
        let mode = match cmd {
            Command::Propose => {
                if range.is_none() {
                    self.set_status(s::NOTHING_SELECTED_TO_PROPOSE, true);
                    return;
                }
                Mode::Propose
            }
            Command::Reply => {
                let Some(c) = self.selected_comment() else {
                    self.set_status(s::NO_COMMENT_TO_REPLY, true);
                    return;
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
        let draft = Draft {
            proposal: if mode == Mode::Propose {
                quote.clone()
            } else {
                None
            },
            mode,
            round: self.round_name().to_string(),
            section: sec_id,
            section_title: title,
            range,
            place,
            quote,
            kind: CommentType::General,
            stance: None,
            body: String::new(),
        };
        self.compose = Some(Compose::new(draft));
        self.save_scratch();
    }

    fn save_scratch(&mut self) {
        let Some(c) = self.compose.as_mut() else {
            return;
        };
        c.sync();
        if let Err(e) = compose::save_draft(&self.data.scratch, &c.draft) {
            self.set_status(format!("{}: {e}", self.data.scratch.display()), true);
        }
    }

    fn close_compose(&mut self) {
        self.compose = None;
        self.confirm_discard = false;
        compose::remove_draft(&self.data.scratch);
    }

    fn submit(&mut self) {
        if self.pending.is_some() {
            self.set_status(s::BUSY, false);
            return;
        }
        let Some(c) = self.compose.as_mut() else {
            return;
        };
        c.sync();
        if c.draft.body.trim().is_empty() {
            self.set_status(s::EMPTY_BODY, true);
            return;
        }
        let req = c.request();
        let who = self.data.identity.clone();
        let dir = self.data.repo_dir.clone();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let res = Store::open(&dir)
                .and_then(|store| store.add_comment(&who, &req))
                .map_err(|e| e.to_string());
            let _ = tx.send(res);
        });
        self.pending = Some(rx);
        self.set_status(s::SUBMITTING, false);
    }

    fn submitted(&mut self, res: Result<Comment, String>) {
        self.pending = None;
        match res {
            Ok(c) => {
                let msg = s::submitted(&c.section, &c.id);
                let id = c.id.clone();
                self.data.add(c);
                self.summary_stale();
                self.close_compose();
                self.anchor = None;
                if let Some(pos) = self
                    .panel_items()
                    .iter()
                    .position(|&(i, _)| self.data.comments[i].id == id)
                {
                    self.comment_sel = pos;
                }
                self.set_status(msg, false);
            }
            Err(e) => self.set_status(s::submit_failed(&e), true),
        }
    }

    fn spawn_job(&mut self, f: impl FnOnce() -> JobDone + Send + 'static) {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(f());
        });
        self.jobs.push(rx);
    }

    /// Take finished background jobs (diffs, decisions, applies).
    fn poll_jobs(&mut self, block: bool) {
        let jobs = std::mem::take(&mut self.jobs);
        for rx in jobs {
            let got = if block {
                rx.recv().ok()
            } else {
                match rx.try_recv() {
                    Ok(j) => Some(j),
                    Err(mpsc::TryRecvError::Empty) => {
                        self.jobs.push(rx);
                        continue;
                    }
                    Err(mpsc::TryRecvError::Disconnected) => None,
                }
            };
            match got {
                Some(j) => self.job_done(j),
                None => self.set_status(s::failed("the background work stopped"), true),
            }
        }
    }

    /// Wait for every background job and submission (tests, benchmarks, quitting).
    pub fn settle(&mut self) {
        self.finish_pending();
        while !self.jobs.is_empty() {
            self.poll_jobs(true);
        }
    }

    /// Take a finished background submission, if any (the event loop calls this each tick).
    pub fn poll(&mut self) {
        self.poll_jobs(false);
        let res = match &self.pending {
            Some(rx) => match rx.try_recv() {
                Ok(r) => r,
                Err(mpsc::TryRecvError::Empty) => return,
                Err(mpsc::TryRecvError::Disconnected) => Err("the submission stopped".into()),
            },
            None => return,
        };
        self.submitted(res);
    }

    /// Wait for a background submission to finish (tests, and quitting).
    pub fn finish_pending(&mut self) {
        let res = match &self.pending {
            Some(rx) => rx
                .recv()
                .unwrap_or_else(|_| Err("the submission stopped".into())),
            None => return,
        };
        self.submitted(res);
    }

    pub fn is_busy(&self) -> bool {
        self.pending.is_some() || !self.jobs.is_empty()
    }

    // ----- the one update -----

    /// Handle a key press through the key list.
    pub fn handle_key(&mut self, ev: KeyEvent) {
        self.update(Action::Key(ev));
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Key(ev) => {
                if ev.kind != KeyEventKind::Release {
                    self.key(ev);
                }
            }
            Action::Mouse(m) => self.mouse(m),
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.relayout();
                self.keep_list_visible();
            }
            Action::Run(cmd) => self.run(cmd),
            Action::EditorDone(res) => match (res, self.compose.as_mut()) {
                (Ok(text), Some(c)) => {
                    c.set_active_text(&text);
                    self.save_scratch();
                }
                (Err(e), _) => self.set_status(s::editor_failed(&e), true),
                _ => {}
            },
        }
    }

    fn key(&mut self, ev: KeyEvent) {
        if self.identity_form.is_some() {
            return self.identity_key(ev);
        }
        if let Some(d) = self.restore.take() {
            match ev.code {
                KeyCode::Char('y') | KeyCode::Enter => {
                    self.compose = Some(Compose::new(d));
                    self.set_status(s::RESTORED, false);
                }
                KeyCode::Char('n') | KeyCode::Esc => {
                    compose::remove_draft(&self.data.scratch);
                    self.set_status(s::DISCARDED, false);
                }
                _ => self.restore = Some(d),
            }
            return;
        }
        if self.compose.is_some() {
            return self.compose_key(ev);
        }
        if let Some(scroll) = self.help {
            self.help = match ev.code {
                KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => None,
                KeyCode::Down | KeyCode::Char('j') => Some(scroll.saturating_add(1)),
                KeyCode::Up | KeyCode::Char('k') => Some(scroll.saturating_sub(1)),
                KeyCode::PageDown | KeyCode::Char(' ') => Some(scroll.saturating_add(10)),
                KeyCode::PageUp => Some(scroll.saturating_sub(10)),
                _ => Some(scroll),
            };
            return;
        }
        if let Some(row) = self.filter_row {
            return self.filter_key(ev, row);
        }
        if self.view == View::Triage {
            if let Some(t) = self.triage.as_mut() {
                if t.applied.is_some() {
                    if matches!(ev.code, KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q')) {
                        t.applied = None;
                    }
                    return;
                }
                if let Some(row) = t.filter_row {
                    return self.triage_filter_key(ev, row);
                }
                if t.decide.is_some() {
                    return self.decide_key(ev);
                }
            }
        }
        if let Some(mut p) = self.prompt.take() {
            match ev.code {
                KeyCode::Esc => {}
                KeyCode::Enter => self.run_search(&p),
                KeyCode::Backspace => {
                    p.pop();
                    self.prompt = Some(p);
                }
                KeyCode::Char(c) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
                    p.push(c);
                    self.prompt = Some(p);
                }
                _ => self.prompt = Some(p),
            }
            return;
        }
        self.status = None;
        if let Some(cmd) = keys::lookup(self.context(), &ev) {
            self.run(cmd);
        }
    }

    // ----- diff view -----

    /// Compute the chosen pair's diff in the background, unless it is cached or on its way.
    fn request_diff(&mut self) {
        let key = self.diff.key();
        if key.0 == key.1
            || self.diff.cache.contains_key(&key)
            || self.diff.computing.contains(&key)
        {
            return;
        }
        let (Some(from), Some(to)) = (
            self.diff.versions.get(key.0).cloned(),
            self.diff.versions.get(key.1).cloned(),
        ) else {
            return;
        };
        self.diff.computing.push(key);
        let dir = self.data.repo_dir.clone();
        self.spawn_job(move || JobDone::Diff(key, diffview::compute(&dir, &from, &to)));
    }

    fn step_change(&mut self, forward: bool) {
        let Some(rd) = self.diff.current() else {
            return;
        };
        let (sel, hunk) = (self.diff.sel, self.diff.hunk);
        let n_here = rd.sections.get(sel).map_or(0, |s| s.hunks.len());
        let target = if forward {
            if hunk + 1 < n_here {
                Some((sel, hunk + 1))
            } else {
                rd.sections
                    .iter()
                    .enumerate()
                    .skip(sel + 1)
                    .find(|(_, s)| !s.hunks.is_empty())
                    .map(|(i, _)| (i, 0))
            }
        } else if hunk > 0 && n_here > 0 {
            Some((sel, hunk - 1))
        } else {
            rd.sections
                .iter()
                .enumerate()
                .take(sel)
                .rev()
                .find(|(_, s)| !s.hunks.is_empty())
                .map(|(i, s)| (i, s.hunks.len() - 1))
        };
        match target {
            Some((s_, h)) => {
                let n = rd.sections.get(s_).map_or(0, |s| s.hunks.len());
                self.diff.sel = s_;
                self.diff.hunk = h;
                self.diff.scroll = 0;
                self.set_status(s::change_pos(h + 1, n), false);
            }
            None => self.set_status(s::NO_MORE_CHANGES, false),
        }
    }

    fn job_done(&mut self, j: JobDone) {
        match j {
            JobDone::Diff(key, res) => {
                self.diff.computing.retain(|k| *k != key);
                match res {
                    Ok(d) => {
                        self.diff.cache.insert(key, d);
                    }
                    Err(e) => self.set_status(s::diff_failed(&e), true),
                }
            }
            JobDone::Decided(res) => match res {
                Ok(ds) => {
                    let n = ds.len();
                    let label = ds.first().map_or("", |d| d.status.label()).to_string();
                    for d in ds {
                        self.data.dispositions.insert(d.comment.clone(), d);
                    }
                    if let Some(t) = self.triage.as_mut() {
                        t.refresh(&self.data);
                    }
                    self.summary_stale();
                    self.set_status(s::recorded(n, &label), false);
                }
                Err(e) => self.set_status(s::failed(&e), true),
            },
            JobDone::Applied(res) => match res {
                Ok(av) => {
                    // The working draft changed: diffs against it are stale.
                    let wt = self.diff.versions.len().saturating_sub(1);
                    self.diff.cache.retain(|k, _| k.0 != wt && k.1 != wt);
                    self.summary_stale();
                    self.set_status(s::applied(&av.section, &av.commit), false);
                    self.data
                        .applied
                        .insert(av.comment.clone(), av.commit.clone());
                    let data = &self.data;
                    if let Some(t) = self.triage.as_mut() {
                        t.refresh(data);
                        t.applied = Some(av);
                    }
                }
                Err(e) => self.set_status(s::failed(&e), true),
            },
            JobDone::Synced(res) => match res {
                Ok((sentence, loaded)) => {
                    self.replace_data(*loaded);
                    self.set_status(sentence, false);
                }
                Err(e) => self.set_status(s::send_failed(&e), true),
            },
            JobDone::Summary(res) => {
                self.summary.computing = false;
                match res {
                    Ok(sum) => {
                        self.summary.cached = Some(std::sync::Arc::from(sum));
                        self.summary.error = None;
                    }
                    Err(e) => {
                        self.summary.error = Some(e.clone());
                        self.set_status(s::summary_failed(&e), true);
                    }
                }
            }
            JobDone::Exported(res) => {
                self.summary.exporting = false;
                match res {
                    Ok(path) => self.set_status(s::exported(&path.display().to_string()), false),
                    Err(e) => self.set_status(s::export_failed(&e), true),
                }
            }
        }
    }

    // ----- summary view -----

    fn open_summary(&mut self) {
        self.view = View::Summary;
        self.summary.choosing = false;
        self.request_summary();
    }

    /// Build the summary in the background, unless it is cached or on its way.
    fn request_summary(&mut self) {
        let st = &mut self.summary;
        if st.cached.is_some() || st.computing {
            return;
        }
        st.computing = true;
        st.error = None;
        let dir = self.data.repo_dir.clone();
        self.spawn_job(move || {
            let res = Store::open(&dir)
                .and_then(|store| crate::report::Summary::build(&store, None))
                .map(Box::new)
                .map_err(|e| e.to_string());
            JobDone::Summary(res)
        });
    }

    /// Comments or decisions changed: the cached summary is out of date.
    fn summary_stale(&mut self) {
        self.summary.cached = None;
        if self.view == View::Summary {
            self.request_summary();
        }
    }

    fn export_summary(&mut self, format: ExportFormat) {
        self.summary.choosing = false;
        let Some(sum) = self.summary.cached.clone() else {
            self.set_status(s::SUMMARY_NOT_READY, true);
            return;
        };
        if self.summary.exporting {
            return;
        }
        self.summary.exporting = true;
        let path = format.path(&self.data.repo_dir);
        self.set_status(s::EXPORTING, false);
        self.spawn_job(move || JobDone::Exported(summaryview::export(&sum, format, &path)));
    }

    // ----- triage view -----

    fn is_secretariat(&self) -> bool {
        self.data.manifest.is_secretariat(&self.data.identity.email)
    }

    fn open_triage(&mut self) {
        if !self.is_secretariat() {
            let msg = s::not_secretariat(
                &self.data.identity.email,
                &self.data.manifest.secretariat.join(", "),
            );
            self.set_status(msg, true);
            return;
        }
        if self.triage.is_none() {
            self.triage = Some(Triage::new(&self.data));
        }
        self.view = View::Triage;
    }

    fn start_decide(&mut self, status: Status) {
        let Some(t) = self.triage.as_mut() else {
            return;
        };
        let Some(i) = t.selected() else {
            return;
        };
        let group = t.competitors(&self.data, i);
        let others: Vec<usize> = if status == Status::Accepted {
            group.into_iter().filter(|&k| k != i).collect()
        } else {
            Vec::new()
        };
        t.decide = Some(Decide {
            comment: i,
            status,
            others_obs: (!others.is_empty()).then(triage::editor),
            others,
            obs: triage::editor(),
            field: 0,
            apply: false,
        });
    }

    fn decide_key(&mut self, ev: KeyEvent) {
        if let Some(cmd) = keys::lookup(Context::Decide, &ev) {
            return self.run(cmd);
        }
        if let Some(d) = self.triage.as_mut().and_then(|t| t.decide.as_mut()) {
            match (d.field, d.others_obs.as_mut()) {
                (1, Some(o)) => {
                    o.input(ev);
                }
                _ => {
                    d.obs.input(ev);
                }
            }
        }
    }

    fn save_decision(&mut self) {
        let Some(d) = self.triage.as_ref().and_then(|t| t.decide.as_ref()) else {
            return;
        };
        if d.apply {
            let wording = d.obs.lines().join("\n").trim().to_string();
            if wording.is_empty() {
                self.set_status(s::EMPTY_WORDING, true);
                return;
            }
            let i = d.comment;
            if let Some(t) = self.triage.as_mut() {
                t.decide = None;
            }
            return self.apply_job(i, Some(wording));
        }
        let obs = d.obs.lines().join("\n").trim().to_string();
        let others_obs = d
            .others_obs
            .as_ref()
            .map(|o| o.lines().join("\n").trim().to_string())
            .unwrap_or_default();
        if obs.is_empty() || (!d.others.is_empty() && others_obs.is_empty()) {
            self.set_status(s::EMPTY_OBSERVATIONS, true);
            return;
        }
        let mut todo = vec![Resolution {
            comment: self.data.comments[d.comment].id.clone(),
            status: d.status,
            observations: obs,
        }];
        for &k in &d.others {
            todo.push(Resolution {
                comment: self.data.comments[k].id.clone(),
                status: Status::Rejected,
                observations: others_obs.clone(),
            });
        }
        if let Some(t) = self.triage.as_mut() {
            t.decide = None;
        }
        let who = self.data.identity.clone();
        let dir = self.data.repo_dir.clone();
        self.set_status(s::SAVING, false);
        self.spawn_job(move || {
            let run = || -> crate::Result<Vec<crate::model::Disposition>> {
                let store = Store::open(&dir)?;
                todo.iter().map(|r| store.respond(&who, r)).collect()
            };
            JobDone::Decided(run().map_err(|e| e.to_string()))
        });
    }

    /// Send my comments and bring in the secretariat's work (`consulta sync` to `origin`),
    /// then read the consultation again: decisions, others' comments, new rounds.
    fn send(&mut self) {
        let who = self.data.identity.clone();
        let dir = self.data.repo_dir.clone();
        self.set_status(s::SENDING, false);
        self.spawn_job(move || {
            let run = || -> crate::Result<(String, Box<Loaded>)> {
                let store = Store::open(&dir)?;
                let report = store.sync("origin", &who, &|_| {})?;
                let sentence = s::sent(!report.pushed.is_empty(), &report.news.sentence());
                let loaded = data::load(&dir, &mut |_| {})?;
                Ok((sentence, Box::new(loaded)))
            };
            JobDone::Synced(run().map_err(|e| e.to_string()))
        });
    }

    /// Take a newly loaded consultation, keeping the view, the round and the section being
    /// read where they still exist.
    fn replace_data(&mut self, loaded: Loaded) {
        let round = self.round_name().to_string();
        let section = self.current_section().map(|s| s.id.clone());
        let was_last = self.is_current_round();
        let mut fresh = App::new(loaded);
        fresh.theme = self.theme;
        fresh.banner = self.banner.take();
        fresh.view = self.view;
        if !was_last {
            if let Some(r) = fresh.data.rounds.iter().position(|r| r.name == round) {
                fresh.round = r;
            }
        }
        if fresh.view == View::Triage {
            fresh.triage = Some(Triage::new(&fresh.data));
        }
        fresh.update(Action::Resize(self.size.0, self.size.1));
        if let Some(i) = section.and_then(|id| fresh.sections().iter().position(|s| s.id == id)) {
            fresh.open_section(i);
        }
        // What the stakeholder was doing meanwhile stays as it was: a comment being written
        // (and the question about an earlier one), the filters, the other background work.
        fresh.compose = self.compose.take();
        fresh.confirm_discard = self.confirm_discard;
        fresh.identity_form = self.identity_form.take();
        fresh.restore = self.restore.take();
        fresh.filters = self.filters.clone();
        fresh.help = self.help;
        fresh.pending = self.pending.take();
        fresh.jobs = std::mem::take(&mut self.jobs);
        *self = fresh;
    }

    fn apply_selected(&mut self) {
        let Some(i) = self.triage.as_ref().and_then(|t| t.selected()) else {
            return;
        };
        let c = &self.data.comments[i];
        if c.anchor.is_none() {
            self.set_status(s::NOT_A_PROPOSAL, true);
            return;
        }
        if let Some(commit) = self.data.applied.get(&c.id) {
            self.set_status(s::already_applied(commit), true);
            return;
        }
        let status = self.data.dispositions.get(&c.id).map(|d| d.status);
        // Accepted with modifications, or accepted with no wording proposed: the secretariat
        // writes the wording to apply, starting from the proposal (or the passage itself).
        if status == Some(Status::Modified)
            || (status == Some(Status::Accepted) && c.proposed_change.is_none())
        {
            let start = c
                .proposed_change
                .clone()
                .or_else(|| c.anchor.as_ref().map(|a| a.quote.clone()))
                .unwrap_or_default();
            let mut obs = triage::editor();
            obs.set_placeholder_text(s::WORDING);
            obs.insert_str(&start);
            if let Some(t) = self.triage.as_mut() {
                t.decide = Some(Decide {
                    comment: i,
                    status: Status::Modified,
                    others: Vec::new(),
                    obs,
                    others_obs: None,
                    field: 0,
                    apply: true,
                });
            }
            return;
        }
        if c.proposed_change.is_none() {
            self.set_status(s::NOT_A_PROPOSAL, true);
            return;
        }
        self.apply_job(i, None);
    }

    /// Apply comment `i`'s accepted proposal (or `wording`) in the background, then show the
    /// section's changes.
    fn apply_job(&mut self, i: usize, wording: Option<String>) {
        let c = &self.data.comments[i];
        let id = c.id.clone();
        let section = c.section.clone();
        let who = self.data.identity.clone();
        let dir = self.data.repo_dir.clone();
        self.set_status(s::APPLYING, false);
        self.spawn_job(move || {
            let run = || -> crate::Result<AppliedView> {
                let store = Store::open(&dir)?;
                let text = |store: &Store| -> crate::Result<String> {
                    let (d, _) = store.drafts(&Version::WorkTree)?;
                    Ok(d.section(&section)
                        .map(|s| s.text.clone())
                        .unwrap_or_default())
                };
                let before = text(&store)?;
                let a = store.apply(&who.signature()?, &id, wording.as_deref())?;
                let after = text(&store)?;
                Ok(AppliedView {
                    comment: a.comment,
                    section: a.section,
                    commit: a.commit.to_string().chars().take(10).collect(),
                    hunks: crate::diff::rounds::hunks(&before, &after),
                })
            };
            JobDone::Applied(run().map_err(|e| e.to_string()))
        });
    }

    fn triage_filter_key(&mut self, ev: KeyEvent, row: usize) {
        let sections: Vec<String> = self
            .data
            .rounds
            .last()
            .map(|r| r.sections.iter().map(|s| s.id.clone()).collect())
            .unwrap_or_default();
        let ncat = self.data.manifest.categories.len();
        let Some(t) = self.triage.as_mut() else {
            return;
        };
        let step = |fwd: bool, i: Option<usize>, n: usize| -> Option<usize> {
            match (i, fwd) {
                (None, true) => (n > 0).then_some(0),
                (None, false) => n.checked_sub(1),
                (Some(i), true) => (i + 1 < n).then_some(i + 1),
                (Some(i), false) => i.checked_sub(1),
            }
        };
        let statuses: Vec<Option<Status>> = std::iter::once(None)
            .chain(Status::ALL.iter().copied().map(Some))
            .collect();
        let f = &mut t.filters;
        let mut change = |fwd: bool| match row {
            0 => {
                let i = f
                    .section
                    .as_ref()
                    .and_then(|x| sections.iter().position(|s| s == x));
                f.section = step(fwd, i, sections.len()).map(|i| sections[i].clone());
            }
            1 => {
                let i = f
                    .kind
                    .and_then(|k| CommentType::ALL.iter().position(|x| *x == k));
                f.kind = step(fwd, i, 3).map(|i| CommentType::ALL[i]);
            }
            2 => f.category = step(fwd, f.category, ncat),
            3 => {
                let i = f
                    .status
                    .and_then(|st| statuses.iter().position(|x| *x == st));
                f.status = step(fwd, i, statuses.len()).map(|i| statuses[i]);
            }
            _ => f.competing = !f.competing,
        };
        match ev.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('f') | KeyCode::Char('q') => {
                t.filter_row = None
            }
            KeyCode::Up | KeyCode::Char('k') => t.filter_row = Some(row.saturating_sub(1)),
            KeyCode::Down | KeyCode::Char('j') => {
                t.filter_row = Some((row + 1).min(triage::TRIAGE_FILTER_ROWS - 1))
            }
            KeyCode::Left | KeyCode::Char('h') => change(false),
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => change(true),
            KeyCode::Char('x') => t.filters = triage::TriageFilters::default(),
            _ => {}
        }
        t.sel = 0;
        t.refresh(&self.data);
    }

    fn compose_key(&mut self, ev: KeyEvent) {
        if self.confirm_discard {
            match ev.code {
                KeyCode::Char('y') => {
                    self.close_compose();
                    self.set_status(s::DISCARDED, false);
                }
                KeyCode::Char('n') | KeyCode::Esc => self.confirm_discard = false,
                _ => {}
            }
            return;
        }
        if let Some(cmd) = keys::lookup(Context::Compose, &ev) {
            return self.run(cmd);
        }
        if self.pending.is_some() {
            return;
        }
        if let Some(c) = self.compose.as_mut() {
            if c.active().input(ev) {
                self.save_scratch();
            }
        }
    }

    fn identity_key(&mut self, ev: KeyEvent) {
        let cats: Vec<String> = self
            .data
            .manifest
            .categories
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let Some(f) = self.identity_form.as_mut() else {
            return;
        };
        let cat_field = IdentityField::ALL
            .iter()
            .position(|x| *x == IdentityField::Category)
            .unwrap_or(3);
        let last = IdentityField::ALL.len() - 1;
        match ev.code {
            KeyCode::Esc => {
                self.identity_form = None;
                return;
            }
            KeyCode::Up | KeyCode::BackTab => f.field = f.field.saturating_sub(1),
            KeyCode::Down | KeyCode::Tab => f.field = (f.field + 1).min(last),
            KeyCode::Left if f.field == cat_field && !cats.is_empty() => {
                f.category = (f.category + cats.len() - 1) % cats.len()
            }
            KeyCode::Right if f.field == cat_field && !cats.is_empty() => {
                f.category = (f.category + 1) % cats.len()
            }
            KeyCode::Backspace if f.field != cat_field => {
                f.values[f.field].pop();
                // The message was about what was there before: it goes once it is changed.
                f.error = None;
            }
            KeyCode::Char(c)
                if f.field != cat_field && !ev.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                let c = if IdentityField::ALL[f.field] == IdentityField::Country {
                    c.to_ascii_uppercase()
                } else {
                    c
                };
                f.values[f.field].push(c);
                f.error = None;
            }
            KeyCode::Enter if f.field < last => f.field += 1,
            KeyCode::Enter => return self.save_identity(),
            _ => {}
        }
        if let Some(cat) = cats.get(f.category) {
            f.values[cat_field] = cat.clone();
        }
    }

    fn save_identity(&mut self) {
        let Some(f) = self.identity_form.as_mut() else {
            return;
        };
        let mut id = self.data.identity.clone();
        for (field, v) in IdentityField::ALL.iter().zip(&f.values) {
            id.set(*field, v.trim().to_string());
        }
        if let Some(m) = id.missing().first() {
            f.error = Some(format!("{}?", m.label()));
            f.field = IdentityField::ALL.iter().position(|x| x == m).unwrap_or(0);
            return;
        }
        let res = Store::open(&self.data.repo_dir).and_then(|st| id.save(Some(st.git()), false));
        match res {
            Ok(()) => {
                let then = f.then;
                self.identity_form = None;
                self.data.identity = id;
                self.set_status(s::IDENTITY_SAVED, false);
                self.run(then);
            }
            Err(e) => f.error = Some(e.to_string()),
        }
    }

    fn filter_key(&mut self, ev: KeyEvent, row: usize) {
        let ncat = self.data.manifest.categories.len();
        let step = |fwd: bool, i: Option<usize>, n: usize| -> Option<usize> {
            match (i, fwd) {
                (None, true) => (n > 0).then_some(0),
                (None, false) => n.checked_sub(1),
                (Some(i), true) => (i + 1 < n).then_some(i + 1),
                (Some(i), false) => i.checked_sub(1),
            }
        };
        let statuses: Vec<Option<Status>> = std::iter::once(None)
            .chain(Status::ALL.iter().copied().map(Some))
            .collect();
        let f = &mut self.filters;
        let change = |f: &mut Filters, fwd: bool| match row {
            0 => {
                let i = f
                    .kind
                    .and_then(|k| CommentType::ALL.iter().position(|x| *x == k));
                f.kind = step(fwd, i, 3).map(|i| CommentType::ALL[i]);
            }
            1 => f.category = step(fwd, f.category, ncat),
            2 => {
                let i = f
                    .status
                    .and_then(|st| statuses.iter().position(|x| *x == st));
                f.status = step(fwd, i, statuses.len()).map(|i| statuses[i]);
            }
            3 => f.mine = !f.mine,
            _ => f.hide_carried = !f.hide_carried,
        };
        match ev.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('f') | KeyCode::Char('q') => {
                self.filter_row = None
            }
            KeyCode::Up | KeyCode::Char('k') => self.filter_row = Some(row.saturating_sub(1)),
            KeyCode::Down | KeyCode::Char('j') => {
                self.filter_row = Some((row + 1).min(FILTER_ROWS - 1))
            }
            KeyCode::Left | KeyCode::Char('h') => change(f, false),
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => change(f, true),
            KeyCode::Char('x') => *f = Filters::default(),
            _ => {}
        }
        self.comment_sel = 0;
    }

    fn run(&mut self, cmd: Command) {
        let n_sections = self.sections().len();
        let page = self.reader_height().saturating_sub(1).max(1);
        match cmd {
            Command::Quit => {
                self.settle();
                self.quit = true;
            }
            Command::ViewDiff => {
                if self.view == View::Diff {
                    self.view = View::Read;
                } else {
                    self.view = View::Diff;
                    self.request_diff();
                }
            }
            Command::ViewTriage => {
                if self.view == View::Triage {
                    self.view = View::Read;
                } else {
                    self.open_triage();
                }
            }
            Command::ViewRead => self.view = View::Read,
            Command::ViewSummary => {
                if self.view == View::Summary {
                    self.view = View::Read;
                } else {
                    self.open_summary();
                }
            }
            Command::SummaryExport => self.summary.choosing = true,
            Command::ExportAs(format) => self.export_summary(format),
            Command::Cancel if self.view == View::Summary => self.summary.choosing = false,
            Command::ScrollDown if self.view == View::Summary => self.summary.scroll += 1,
            Command::ScrollUp if self.view == View::Summary => {
                self.summary.scroll = self.summary.scroll.saturating_sub(1)
            }
            Command::DiffFromPrev
            | Command::DiffFromNext
            | Command::DiffToPrev
            | Command::DiffToNext => {
                let last = self.diff.versions.len().saturating_sub(1);
                let d = &mut self.diff;
                match cmd {
                    Command::DiffFromPrev => d.from = d.from.saturating_sub(1),
                    Command::DiffFromNext => d.from = (d.from + 1).min(last),
                    Command::DiffToPrev => d.to = d.to.saturating_sub(1),
                    _ => d.to = (d.to + 1).min(last),
                }
                d.sel = 0;
                d.hunk = 0;
                d.scroll = 0;
                let msg = s::diff_title(&d.label(d.from), &d.label(d.to));
                self.request_diff();
                self.set_status(msg, false);
            }
            Command::NextChange => self.step_change(true),
            Command::PrevChange => self.step_change(false),
            Command::SideBySide => self.diff.side = !self.diff.side,
            Command::ScrollDown => self.diff.scroll += page,
            Command::ScrollUp => self.diff.scroll = self.diff.scroll.saturating_sub(page),
            Command::Decide(st) => self.start_decide(st),
            Command::Apply => self.apply_selected(),
            Command::Send => self.send(),
            Command::ToApply => {
                let data = &self.data;
                let mut now_on = false;
                if let Some(t) = self.triage.as_mut() {
                    t.filters.to_apply = !t.filters.to_apply;
                    t.sel = 0;
                    t.refresh(data);
                    now_on = t.filters.to_apply;
                }
                if now_on {
                    self.set_status(s::SHOWING_TO_APPLY, false);
                }
            }
            Command::TriageFilters => {
                if let Some(t) = self.triage.as_mut() {
                    t.filter_row = Some(0);
                }
            }
            Command::Help => self.help = Some(0),
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
            Command::Search => self.prompt = Some(String::new()),
            Command::NextMatch => self.step_match(true),
            Command::PrevMatch => self.step_match(false),
            Command::NextRound => {
                let id = self.current_section().map(|s| s.id.clone());
                self.round = (self.round + 1) % self.data.rounds.len().max(1);
                let i = id
                    .and_then(|id| self.sections().iter().position(|s| s.id == id))
                    .unwrap_or(0);
                self.search = Search::default();
                self.open_section(i);
                self.set_status(s::reading_round(self.round_name()), false);
            }
            Command::Filters => self.filter_row = Some(0),
            Command::NextPassage => self.jump_passage(true),
            Command::PrevPassage => self.jump_passage(false),
            Command::Comment | Command::Propose | Command::Reply => self.start_compose(cmd),
            Command::ToggleCarried => {
                self.filters.hide_carried = !self.filters.hide_carried;
                self.comment_sel = 0;
                self.set_status(
                    if self.filters.hide_carried {
                        s::CARRIED_HIDDEN
                    } else {
                        s::CARRIED_SHOWN
                    },
                    false,
                );
            }
            Command::ToggleScope => {
                self.scope_paragraph = !self.scope_paragraph;
                self.comment_sel = 0;
            }
            Command::Later(view) => self.set_status(s::later_version(view), false),
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::Top
            | Command::Bottom => self.motion(cmd, n_sections, page),
            Command::Open => match self.focus {
                Pane::List => self.focus = Pane::Reader,
                Pane::Comments => {
                    let target = self.selected_comment().map(|c| c.id.clone());
                    let pos = target.and_then(|id| {
                        self.all_passages()
                            .iter()
                            .find(|p| self.data.comments[p.2].id == id)
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
            Command::Submit if self.view == View::Triage => self.save_decision(),
            Command::Cancel if self.view == View::Triage => {
                if let Some(t) = self.triage.as_mut() {
                    t.decide = None;
                }
            }
            Command::SwitchField if self.view == View::Triage => {
                if let Some(d) = self.triage.as_mut().and_then(|t| t.decide.as_mut()) {
                    if d.others_obs.is_some() {
                        d.field = 1 - d.field;
                    }
                }
            }
            Command::Submit => self.submit(),
            Command::Cancel => {
                if self.pending.is_some() {
                    return;
                }
                if let Some(c) = self.compose.as_mut() {
                    c.sync();
                    if c.is_dirty() {
                        self.confirm_discard = true;
                    } else {
                        self.close_compose();
                    }
                }
            }
            Command::Editor => {
                if let Some(c) = self.compose.as_ref() {
                    self.effect = Some(Effect::Editor(c.active_text()));
                }
            }
            Command::SwitchField => {
                if let Some(c) = self.compose.as_mut() {
                    c.switch_field();
                }
            }
            Command::Kind(k) => {
                if let Some(c) = self.compose.as_mut() {
                    c.draft.kind = k;
                }
                self.save_scratch();
            }
            Command::Stance(st) => {
                if let Some(c) = self.compose.as_mut() {
                    c.draft.stance = if c.draft.stance == Some(st) {
                        None
                    } else {
                        Some(st)
                    };
                }
                self.save_scratch();
            }
        }
    }

    fn motion(&mut self, cmd: Command, n_sections: usize, page: usize) {
        if self.view == View::Diff {
            let n = self.diff.current().map_or(0, |d| d.sections.len());
            let d = &mut self.diff;
            d.sel = match cmd {
                Command::Up => d.sel.saturating_sub(1),
                _ => (d.sel + 1).min(n.saturating_sub(1)),
            };
            d.hunk = 0;
            d.scroll = 0;
            return;
        }
        if self.view == View::Triage {
            if let Some(t) = self.triage.as_mut() {
                let last = t.queue.len().saturating_sub(1);
                t.sel = match cmd {
                    Command::Up => t.sel.saturating_sub(1),
                    Command::Down => (t.sel + 1).min(last),
                    Command::PageUp => t.sel.saturating_sub(page),
                    Command::PageDown => (t.sel + page).min(last),
                    Command::Top => 0,
                    _ => last,
                };
            }
            return;
        }
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
                    self.open_section(to);
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
                let n = self.panel_items().len();
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

    fn mouse(&mut self, m: MouseEvent) {
        if self.view == View::Summary
            || self.compose.is_some()
            || self.help.is_some()
            || self.identity_form.is_some()
            || self.filter_row.is_some()
        {
            return;
        }
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
        let reader_word = |app: &App| -> Option<usize> {
            let r = inner(a.reader);
            if !r.contains(at) {
                return None;
            }
            let li = app.top + (m.row - r.y) as usize;
            app.word_on_line(li, m.column.saturating_sub(r.x + GUTTER))
        };
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if inner(a.list).contains(at) {
                    self.focus = Pane::List;
                    let i = self.list_top + (m.row - a.list.y - 1) as usize;
                    if i < self.sections().len() && i != self.section {
                        self.open_section(i);
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
                    let last = self.panel_items().len().saturating_sub(1);
                    self.comment_sel = if down {
                        (self.comment_sel + 1).min(last)
                    } else {
                        self.comment_sel.saturating_sub(1)
                    };
                } else if a.list.contains(at) {
                    let to = if down {
                        (self.section + 1).min(self.sections().len().saturating_sub(1))
                    } else {
                        self.section.saturating_sub(1)
                    };
                    self.open_section(to);
                }
            }
            _ => {}
        }
    }

    /// Are there words on screen between the cursor and the top? (for tests of scrolling)
    pub fn word_text(&self, w: usize) -> &str {
        match (self.current_section(), self.doc.words.get(w)) {
            (Some(s), Some(word)) => &s.text[word.start..word.end],
            _ => "",
        }
    }

    /// The stance or type label of the compose popup, for views.
    pub fn kinds() -> [CommentType; 3] {
        CommentType::ALL
    }

    pub fn stances() -> [Stance; 3] {
        Stance::ALL
    }
}

/// The word type, named for the closures above.
mod data_word {
    pub type W = super::super::doc::Word;
}
