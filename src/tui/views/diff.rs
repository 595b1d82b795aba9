//! The Diff view: two versions compared section by section (status and word counts), the
//! selected section's word diff inline or side by side, and the comments behind each change.
//! A pair's diff is computed once, off the UI thread, and cached.

use std::collections::HashMap;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::diff::{Kind, RoundDiff, SectionDiff, SectionStatus, Segment};
use crate::repo::{Store, Version};
use crate::sanitize;
use crate::tui::action::{JobDone, Msg};
use crate::tui::ctx::Ctx;
use crate::tui::keys::Command;
use crate::tui::layout::Areas;
use crate::tui::strings as s;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block, diff_spans, pad, trunc, wrap_spans};

/// The diff view's state.
#[derive(Debug, Default)]
pub struct DiffState {
    /// What can be compared: every round, then the working draft.
    pub versions: Vec<Version>,
    pub from: usize,
    pub to: usize,
    /// Computed diffs by (from, to).
    pub cache: HashMap<(usize, usize), RoundDiff>,
    /// Pairs being computed.
    pub computing: Vec<(usize, usize)>,
    /// Index into the diff's sections.
    pub sel: usize,
    /// Current change (hunk) in the selected section.
    pub hunk: usize,
    /// Lines scrolled past the current change's first line.
    pub scroll: usize,
    pub side: bool,
}

impl DiffState {
    /// The versions to choose from (the rounds, then the working draft), starting at
    /// `default` ([`crate::diff::default_pair`]); without one, the only round → the draft.
    pub fn new(
        rounds: &[String],
        has_rounds: bool,
        default: Option<&(Version, Version)>,
    ) -> DiffState {
        let mut versions: Vec<Version> = if has_rounds {
            rounds.iter().cloned().map(Version::Round).collect()
        } else {
            Vec::new()
        };
        versions.push(Version::WorkTree);
        let n = versions.len();
        let at = |v: &Version| versions.iter().position(|x| x == v);
        let (from, to) = default
            .and_then(|(a, b)| Some((at(a)?, at(b)?)))
            .unwrap_or((0, n - 1));
        DiffState {
            versions,
            from,
            to,
            ..DiffState::default()
        }
    }

    pub fn key(&self) -> (usize, usize) {
        (self.from, self.to)
    }

    pub fn label(&self, i: usize) -> String {
        match self.versions.get(i) {
            Some(Version::WorkTree) => s::working_draft(),
            v => v.map_or(String::new(), Version::label),
        }
    }

    /// The diff of the chosen pair, when it is ready.
    pub fn current(&self) -> Option<&RoundDiff> {
        self.cache.get(&self.key())
    }

    pub fn section(&self) -> Option<&SectionDiff> {
        self.current()?.sections.get(self.sel)
    }

    /// Compute the chosen pair's diff in the background, unless it is cached or on its way.
    pub fn request(&mut self, ctx: &Ctx) -> Vec<Msg> {
        let key = self.key();
        if key.0 == key.1 || self.cache.contains_key(&key) || self.computing.contains(&key) {
            return Vec::new();
        }
        let (Some(from), Some(to)) = (
            self.versions.get(key.0).cloned(),
            self.versions.get(key.1).cloned(),
        ) else {
            return Vec::new();
        };
        self.computing.push(key);
        let dir = ctx.data.repo_dir.clone();
        vec![Msg::Job(Box::new(move || {
            JobDone::Diff(key, compute(&dir, &from, &to))
        }))]
    }

    fn step_change(&mut self, forward: bool) -> Vec<Msg> {
        let Some(rd) = self.current() else {
            return Vec::new();
        };
        let (sel, hunk) = (self.sel, self.hunk);
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
                self.sel = s_;
                self.hunk = h;
                self.scroll = 0;
                vec![Msg::status(s::change_pos(h + 1, n))]
            }
            None => vec![Msg::status(s::no_more_changes())],
        }
    }

    /// A command of the diff view; `page` is the reader's height in lines.
    pub fn command(&mut self, cmd: Command, ctx: &Ctx, page: usize) -> Vec<Msg> {
        match cmd {
            Command::DiffFromPrev
            | Command::DiffFromNext
            | Command::DiffToPrev
            | Command::DiffToNext => {
                let last = self.versions.len().saturating_sub(1);
                match cmd {
                    Command::DiffFromPrev => self.from = self.from.saturating_sub(1),
                    Command::DiffFromNext => self.from = (self.from + 1).min(last),
                    Command::DiffToPrev => self.to = self.to.saturating_sub(1),
                    _ => self.to = (self.to + 1).min(last),
                }
                self.sel = 0;
                self.hunk = 0;
                self.scroll = 0;
                let msg = s::diff_title(&self.label(self.from), &self.label(self.to));
                let mut msgs = self.request(ctx);
                msgs.push(Msg::status(msg));
                msgs
            }
            Command::NextChange => self.step_change(true),
            Command::PrevChange => self.step_change(false),
            Command::SideBySide => {
                self.side = !self.side;
                Vec::new()
            }
            Command::ScrollDown => {
                self.scroll += page;
                Vec::new()
            }
            Command::ScrollUp => {
                self.scroll = self.scroll.saturating_sub(page);
                Vec::new()
            }
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::Top
            | Command::Bottom => {
                let n = self.current().map_or(0, |d| d.sections.len());
                self.sel = match cmd {
                    Command::Up => self.sel.saturating_sub(1),
                    _ => (self.sel + 1).min(n.saturating_sub(1)),
                };
                self.hunk = 0;
                self.scroll = 0;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// A computed diff came back.
    pub fn done(&mut self, key: (usize, usize), res: Result<RoundDiff, String>) -> Vec<Msg> {
        self.computing.retain(|k| *k != key);
        match res {
            Ok(d) => {
                self.cache.insert(key, d);
                Vec::new()
            }
            Err(e) => vec![Msg::error(s::diff_failed(&e))],
        }
    }

    /// The working draft changed: diffs against it are stale.
    pub fn forget_working_draft(&mut self) {
        let wt = self.versions.len().saturating_sub(1);
        self.cache.retain(|k, _| k.0 != wt && k.1 != wt);
    }
}

/// Compute the diff between two versions, with the comments behind each hunk.
pub fn compute(repo: &std::path::Path, from: &Version, to: &Version) -> Result<RoundDiff, String> {
    let run = || -> crate::Result<RoundDiff> {
        let store = Store::open(repo)?;
        let (old, _) = store.drafts(from)?;
        let (new, _) = store.drafts(to)?;
        let mut d = crate::diff::diff_drafts(&old, &new);
        crate::diff::trace::trace(&store, from, to, &mut d)?;
        Ok(d)
    };
    run().map_err(|e| e.to_string())
}

/// The status marker of a section in the list: words, not only colour.
pub fn status_text(sd: &SectionDiff) -> String {
    let counts = s::word_counts(sd.words_added, sd.words_removed);
    match sd.status {
        SectionStatus::Added => format!("{} {counts}", s::status_new()),
        SectionStatus::Removed => format!("{} {counts}", s::status_removed()),
        SectionStatus::Renamed if sd.text_changed => format!("{} {counts}", s::status_renamed()),
        SectionStatus::Renamed => s::status_renamed(),
        SectionStatus::Reordered if sd.text_changed => {
            format!("{} {counts}", s::status_reordered())
        }
        SectionStatus::Reordered => s::status_reordered(),
        SectionStatus::Changed => counts,
        SectionStatus::Unchanged => s::STATUS_SAME.to_string(),
    }
}

/// The selected section's diff as lines, and the first line of each change.
pub fn diff_lines(sd: &SectionDiff, side: bool, width: usize, t: &Theme) -> DiffLines {
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    if let Some(old) = &sd.old_title {
        lines.push(Line::styled(
            trunc(&s::renamed_from(&sanitize::inline(old)), width),
            t.muted,
        ));
    }
    if sd.hunks.is_empty() {
        lines.push(Line::styled(s::no_change_section(), t.muted));
    }
    for h in &sd.hunks {
        starts.push(lines.len());
        let head = format!(
            "{}  {}",
            s::hunk_head(h.old_start, h.old_lines, h.new_start, h.new_lines),
            s::word_counts(h.words_added, h.words_removed)
        );
        lines.push(Line::styled(trunc(&head, width), t.heading));
        if side {
            lines.extend(side_by_side(&h.segments, width, t));
        } else {
            lines.extend(wrap_spans(&diff_spans(&h.segments, t), width, 0));
        }
        lines.push(Line::default());
    }
    DiffLines { lines, starts }
}

/// Lines of a section's diff, with where each change starts.
pub struct DiffLines {
    pub lines: Vec<Line<'static>>,
    pub starts: Vec<usize>,
}

/// Old text (equal and deleted) on the left, new text (equal and inserted) on the right.
fn side_by_side(segs: &[Segment], width: usize, t: &Theme) -> Vec<Line<'static>> {
    let col = width.saturating_sub(3) / 2;
    let keep = |k: Kind| -> Vec<(String, Style)> {
        segs.iter()
            .filter(|sg| sg.kind == Kind::Equal || sg.kind == k)
            .map(|sg| match sg.kind {
                Kind::Equal => (sanitize::block(&sg.text).into_owned(), t.base),
                Kind::Delete => (format!("[-{}-]", sanitize::block(&sg.text)), t.removed),
                Kind::Insert => (format!("{{+{}+}}", sanitize::block(&sg.text)), t.added),
            })
            .collect()
    };
    let left = wrap_spans(&keep(Kind::Delete), col, 0);
    let right = wrap_spans(&keep(Kind::Insert), col, 0);
    let n = left.len().max(right.len());
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut used = 0;
        if let Some(l) = left.get(i) {
            for sp in &l.spans {
                used += sp.content.width();
                spans.push(sp.clone());
            }
        }
        spans.push(Span::raw(" ".repeat(col.saturating_sub(used))));
        spans.push(Span::styled(" │ ", t.border));
        if let Some(r) = right.get(i) {
            spans.extend(r.spans.iter().cloned());
        }
        out.push(Line::from(spans));
    }
    out
}

/// Draw the diff view's panes (header, status and footer are the caller's).
pub fn draw(d: &DiffState, f: &mut Frame, a: &Areas, ctx: &Ctx) {
    let t = ctx.theme;
    // Section list.
    let lb = block(format!(" {} ", s::changes()), true, t);
    let li = lb.inner(a.list);
    f.render_widget(lb, a.list);
    let title = format!(
        " {} · {} ",
        s::diff_view_title(),
        s::diff_title(&d.label(d.from), &d.label(d.to))
    );
    let Some(rd) = d.current() else {
        let msg = if d.from == d.to {
            s::same_version()
        } else {
            s::computing_diff()
        };
        let rb = block(
            trunc(&title, a.reader.width.saturating_sub(4) as usize),
            false,
            t,
        );
        let ri = rb.inner(a.reader);
        f.render_widget(rb, a.reader);
        f.render_widget(
            Paragraph::new(wrap_spans(&[(msg, t.muted)], ri.width as usize, 0)),
            ri,
        );
        let cb = block(format!(" {} ", s::behind()), false, t);
        f.render_widget(cb, a.comments);
        return;
    };
    let w = li.width as usize;
    let h = li.height as usize;
    let top = d.sel.saturating_sub(h.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, sd) in rd.sections.iter().enumerate().skip(top).take(h) {
        let sel = i == d.sel;
        let st = status_text(sd);
        let base = if sel { t.selected } else { t.base };
        let mark_style = match sd.status {
            SectionStatus::Unchanged => t.muted,
            SectionStatus::Removed => t.removed,
            SectionStatus::Added => t.added,
            _ => t.changed,
        };
        let title_w = w.saturating_sub(2 + st.width() + 1);
        lines.push(Line::from(vec![
            Span::styled(if sel { s::SELECTED_MARK } else { " " }, base),
            Span::styled(
                format!("{} ", pad(&sanitize::inline(&sd.title), title_w)),
                base,
            ),
            Span::styled(st, if sel { base } else { mark_style }),
        ]));
    }
    f.render_widget(Paragraph::new(lines), li);
    // The selected section's diff.
    let sd = d.section();
    let pos = sd.map_or(String::new(), |sd| {
        if sd.hunks.is_empty() {
            String::new()
        } else {
            format!("· {} ", s::change_pos(d.hunk + 1, sd.hunks.len()))
        }
    });
    let title = format!("{title}{pos}");
    let rb = block(
        trunc(&title, a.reader.width.saturating_sub(4) as usize),
        true,
        t,
    );
    let ri = rb.inner(a.reader);
    f.render_widget(rb, a.reader);
    if let Some(sd) = sd {
        let dl = diff_lines(sd, d.side, ri.width as usize, t);
        let start = dl.starts.get(d.hunk).copied().unwrap_or(0) + d.scroll;
        let start = start.min(dl.lines.len().saturating_sub(1));
        let shown: Vec<Line> = dl
            .lines
            .into_iter()
            .skip(start)
            .take(ri.height as usize)
            .collect();
        f.render_widget(Paragraph::new(shown), ri);
    }
    // The comments behind the current change.
    let cb = block(format!(" {} ", s::behind()), false, t);
    let ci = cb.inner(a.comments);
    f.render_widget(cb, a.comments);
    let hunk = sd.and_then(|sd| sd.hunks.get(d.hunk));
    let ids: &[String] = hunk.map_or(&[], |h| h.comments.as_slice());
    let cw = ci.width as usize;
    let mut lines = Vec::new();
    if hunk.is_none() {
        // Nothing changed here, so nothing is behind a change.
        lines.extend(wrap_spans(&[(s::no_change_section(), t.muted)], cw, 0));
    } else if ids.is_empty() {
        lines.extend(wrap_spans(&[(s::no_comment_behind(), t.muted)], cw, 0));
    }
    for id in ids {
        let Some(&i) = ctx.data.by_id.get(id) else {
            continue;
        };
        let c = &ctx.data.comments[i];
        lines.extend(wrap_spans(
            &[
                (format!("{} ", s::OTHER_MARK), t.muted),
                (sanitize::inline(&c.author.name).into_owned(), t.strong),
                (
                    format!(" · {}", sanitize::inline(&c.author.organisation)),
                    t.base,
                ),
            ],
            cw,
            2,
        ));
        let cat = sanitize::inline(ctx.data.manifest.category_label(&c.author.category));
        lines.extend(wrap_spans(
            &[(
                format!("{cat} · {} · {}", s::kind_label(c.kind), c.round),
                t.muted,
            )],
            cw,
            2,
        ));
        let disp = ctx.data.dispositions.get(&c.id);
        let mut spans = vec![(
            format!(
                "⚑ {}",
                disp.map_or(s::open_status(), |d| s::decision(d.status))
            ),
            t.strong,
        )];
        if let Some(d) = disp.filter(|d| !d.observations.is_empty()) {
            spans.push((format!(": {}", sanitize::block(&d.observations)), t.base));
        }
        lines.extend(wrap_spans(&spans, cw, 2));
        lines.push(Line::default());
    }
    lines.truncate(ci.height as usize);
    f.render_widget(Paragraph::new(lines), ci);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ctx, sample};

    #[test]
    fn the_pair_changes_with_its_keys_and_a_computed_diff_is_stepped_through() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let names: Vec<String> = data.rounds.iter().map(|r| r.name.clone()).collect();
        let mut d = DiffState::new(&names, true, data.default_diff.as_ref());
        assert_eq!(
            (d.label(d.from), d.label(d.to)),
            ("round-1".into(), "round-2".into())
        );
        // Asking computes it in the background, once.
        let msgs = d.request(&c);
        assert!(matches!(msgs.as_slice(), [Msg::Job(_)]));
        assert!(d.request(&c).is_empty(), "already on its way");
        let key = d.key();
        let from = d.versions[d.from].clone();
        let to = d.versions[d.to].clone();
        d.done(key, compute(&data.repo_dir, &from, &to));
        assert!(d.current().is_some() && d.computing.is_empty());
        // The first change, then the next: the status says which.
        let msgs = d.command(Command::NextChange, &c, 10);
        assert!(matches!(msgs.as_slice(), [Msg::Status(t, false)] if t.contains('1')));
        d.command(Command::SideBySide, &c, 10);
        assert!(d.side);
        d.command(Command::ScrollDown, &c, 10);
        assert_eq!(d.scroll, 10);
        // "to" moves back to round-1: the same version on both sides, nothing to compute.
        let msgs = d.command(Command::DiffToPrev, &c, 10);
        assert_eq!(d.from, d.to);
        assert!(matches!(msgs.as_slice(), [Msg::Status(_, false)]));
        assert_eq!((d.sel, d.hunk, d.scroll), (0, 0, 0));
    }
}
