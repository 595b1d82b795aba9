//! The Triage view, for the secretariat: a queue of comments (filtered by section, type,
//! category, status, competing), one key per decision, observations in an editor, applying an
//! accepted proposal and seeing its word diff at once, competing proposals side by side.

mod draw;

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{TextArea, WrapMode};

use crate::diff::Hunk;
use crate::model::filter::CommentFilter;
use crate::model::{CommentType, Status};
use crate::repo::{CompetingGroup, Resolution, Store, Version};
use crate::tui::action::{JobDone, Msg};
use crate::tui::ctx::Ctx;
use crate::tui::data::Loaded;
use crate::tui::keys::{self, Command, Context};
use crate::tui::strings as s;

pub use draw::draw;

/// The queue's filters. `status: Some(None)` = not decided yet (the default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriageFilters {
    pub section: Option<String>,
    pub kind: Option<CommentType>,
    pub category: Option<usize>,
    pub status: Option<Option<Status>>,
    pub competing: bool,
    /// Only proposals accepted (with or without modifications) and not yet applied, whatever
    /// `status` says: the secretariat's "to apply" list, one key away (`A`).
    pub to_apply: bool,
}

impl Default for TriageFilters {
    fn default() -> Self {
        TriageFilters {
            section: None,
            kind: None,
            category: None,
            status: Some(None),
            competing: false,
            to_apply: false,
        }
    }
}

/// Rows of the queue's filter popup.
pub const TRIAGE_FILTER_ROWS: usize = 5;

/// Writing the observations of a decision.
pub struct Decide {
    pub comment: usize,
    pub status: Status,
    /// Competing proposals that are not accepted in the same step.
    pub others: Vec<usize>,
    pub obs: TextArea<'static>,
    pub others_obs: Option<TextArea<'static>>,
    /// 0 = observations, 1 = the others' observations.
    pub field: usize,
    /// Writing the wording to apply (a proposal accepted with modifications), not a decision:
    /// `obs` then holds the wording.
    pub apply: bool,
}

/// An applied proposal's result: the section's changes.
pub struct AppliedView {
    pub comment: String,
    pub section: String,
    pub commit: String,
    pub hunks: Vec<Hunk>,
}

/// The triage view's state.
#[derive(Default)]
pub struct Triage {
    pub filters: TriageFilters,
    pub filter_row: Option<usize>,
    /// Comment indexes in the queue (recomputed when filters or decisions change).
    pub queue: Vec<usize>,
    pub sel: usize,
    pub groups: Vec<CompetingGroup>,
    /// Comment id -> its competing group.
    pub group_of: HashMap<String, usize>,
    pub decided: usize,
    pub decide: Option<Decide>,
    pub applied: Option<AppliedView>,
}

pub fn editor() -> TextArea<'static> {
    let mut t = TextArea::default();
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t.set_cursor_line_style(ratatui::style::Style::default());
    t.set_placeholder_text(s::obs_placeholder());
    t
}

impl Triage {
    pub fn new(data: &Loaded) -> Triage {
        let groups = crate::repo::competing_proposals(&data.comments);
        let mut group_of = HashMap::new();
        for (gi, g) in groups.iter().enumerate() {
            for id in &g.comments {
                group_of.insert(id.clone(), gi);
            }
        }
        let mut t = Triage {
            groups,
            group_of,
            ..Triage::default()
        };
        t.refresh(data);
        t
    }

    /// Recompute the queue and the progress.
    pub fn refresh(&mut self, data: &Loaded) {
        let f = &self.filters;
        let round_order: HashMap<&str, usize> = data
            .rounds
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name.as_str(), i))
            .collect();
        let section_order: HashMap<&str, u32> = data
            .rounds
            .last()
            .map(|r| {
                r.sections
                    .iter()
                    .map(|s| (s.id.as_str(), s.order))
                    .collect()
            })
            .unwrap_or_default();
        let filter = CommentFilter {
            section: f.section.clone(),
            kind: f.kind,
            category: f
                .category
                .and_then(|ci| data.manifest.categories.get(ci))
                .map(|cat| cat.id.clone()),
            // "To apply" takes the place of the decision filter.
            status: if f.to_apply { None } else { f.status },
            author: None,
        };
        let mut q: Vec<usize> = (0..data.comments.len())
            .filter(|&i| {
                let c = &data.comments[i];
                filter.matches(c, data.dispositions.get(&c.id).map(|d| d.status))
                    && (!f.to_apply || is_to_apply(data, i))
                    && (!f.competing || self.group_of.contains_key(&c.id))
            })
            .collect();
        q.sort_by_key(|&i| {
            let c = &data.comments[i];
            (
                round_order.get(c.round.as_str()).copied().unwrap_or(0),
                section_order.get(c.section.as_str()).copied().unwrap_or(0),
                c.anchor.as_ref().map_or(0, |a| a.start),
                i,
            )
        });
        self.queue = q;
        self.sel = self.sel.min(self.queue.len().saturating_sub(1));
        self.decided = data
            .comments
            .iter()
            .filter(|c| data.dispositions.contains_key(&c.id))
            .count();
    }

    /// A key that the triage view takes before the key list: while the applied change is
    /// shown, the filter popup is open, or a decision is being written. `None`: not taken.
    pub fn handle_key(&mut self, ev: KeyEvent, ctx: &Ctx) -> Option<Vec<Msg>> {
        if self.applied.is_some() {
            if matches!(ev.code, KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q')) {
                self.applied = None;
            }
            return Some(Vec::new());
        }
        if let Some(row) = self.filter_row {
            self.filter_key(ev, row, ctx.data);
            return Some(Vec::new());
        }
        if self.decide.is_some() {
            return Some(self.decide_key(ev, ctx));
        }
        None
    }

    /// Which keys apply: the queue's, or the decision editor's.
    pub fn context(&self) -> Context {
        if self.decide.is_some() {
            Context::Decide
        } else {
            Context::Triage
        }
    }

    /// A command of the triage view (queue or decision editor); `page` is the page height.
    pub fn command(&mut self, cmd: Command, ctx: &Ctx, page: usize) -> Vec<Msg> {
        match cmd {
            Command::Decide(st) => self.start_decide(st, ctx.data),
            Command::Apply => return self.apply_selected(ctx),
            Command::ToApply => {
                self.filters.to_apply = !self.filters.to_apply;
                self.sel = 0;
                self.refresh(ctx.data);
                if self.filters.to_apply {
                    return vec![Msg::status(s::showing_to_apply())];
                }
            }
            Command::TriageFilters => self.filter_row = Some(0),
            Command::Submit => return self.save_decision(ctx),
            Command::Cancel => self.decide = None,
            Command::SwitchField => {
                if let Some(d) = self.decide.as_mut() {
                    if d.others_obs.is_some() {
                        d.field = 1 - d.field;
                    }
                }
            }
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::Top
            | Command::Bottom => {
                let last = self.queue.len().saturating_sub(1);
                self.sel = match cmd {
                    Command::Up => self.sel.saturating_sub(1),
                    Command::Down => (self.sel + 1).min(last),
                    Command::PageUp => self.sel.saturating_sub(page),
                    Command::PageDown => (self.sel + page).min(last),
                    Command::Top => 0,
                    _ => last,
                };
            }
            _ => {}
        }
        Vec::new()
    }

    fn start_decide(&mut self, status: Status, data: &Loaded) {
        let t = self;
        let Some(i) = t.selected() else {
            return;
        };
        let group = t.competitors(data, i);
        let others: Vec<usize> = if status == Status::Accepted {
            group.into_iter().filter(|&k| k != i).collect()
        } else {
            Vec::new()
        };
        t.decide = Some(Decide {
            comment: i,
            status,
            others_obs: (!others.is_empty()).then(editor),
            others,
            obs: editor(),
            field: 0,
            apply: false,
        });
    }

    fn decide_key(&mut self, ev: KeyEvent, ctx: &Ctx) -> Vec<Msg> {
        if let Some(cmd) = keys::lookup(Context::Decide, &ev) {
            return self.command(cmd, ctx, 1);
        }
        if let Some(d) = self.decide.as_mut() {
            match (d.field, d.others_obs.as_mut()) {
                (1, Some(o)) => {
                    o.input(ev);
                }
                _ => {
                    d.obs.input(ev);
                }
            }
        }
        Vec::new()
    }

    fn save_decision(&mut self, ctx: &Ctx) -> Vec<Msg> {
        let Some(d) = self.decide.as_ref() else {
            return Vec::new();
        };
        if d.apply {
            let wording = d.obs.lines().join("\n").trim().to_string();
            if wording.is_empty() {
                return vec![Msg::error(s::empty_wording())];
            }
            let i = d.comment;
            self.decide = None;
            return apply_job(ctx, i, Some(wording));
        }
        let obs = d.obs.lines().join("\n").trim().to_string();
        let others_obs = d
            .others_obs
            .as_ref()
            .map(|o| o.lines().join("\n").trim().to_string())
            .unwrap_or_default();
        if obs.is_empty() || (!d.others.is_empty() && others_obs.is_empty()) {
            return vec![Msg::error(s::empty_observations())];
        }
        let mut todo = vec![Resolution {
            comment: ctx.data.comments[d.comment].id.clone(),
            status: d.status,
            observations: obs,
        }];
        for &k in &d.others {
            todo.push(Resolution {
                comment: ctx.data.comments[k].id.clone(),
                status: Status::Rejected,
                observations: others_obs.clone(),
            });
        }
        self.decide = None;
        let who = ctx.data.identity.clone();
        let dir = ctx.data.repo_dir.clone();
        vec![
            Msg::status(s::saving()),
            Msg::Job(Box::new(move || {
                let run = || -> crate::Result<Vec<crate::model::Disposition>> {
                    let store = Store::open(&dir)?;
                    todo.iter().map(|r| store.respond(&who, r)).collect()
                };
                JobDone::Decided(run().map_err(|e| e.to_string()))
            })),
        ]
    }

    fn apply_selected(&mut self, ctx: &Ctx) -> Vec<Msg> {
        let Some(i) = self.selected() else {
            return Vec::new();
        };
        let c = &ctx.data.comments[i];
        if c.anchor.is_none() {
            return vec![Msg::error(s::not_a_proposal())];
        }
        if let Some(commit) = ctx.data.applied.get(&c.id) {
            return vec![Msg::error(s::already_applied(commit))];
        }
        let status = ctx.data.dispositions.get(&c.id).map(|d| d.status);
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
            let mut obs = editor();
            obs.set_placeholder_text(s::wording());
            obs.insert_str(&start);
            self.decide = Some(Decide {
                comment: i,
                status: Status::Modified,
                others: Vec::new(),
                obs,
                others_obs: None,
                field: 0,
                apply: true,
            });
            return Vec::new();
        }
        if c.proposed_change.is_none() {
            return vec![Msg::error(s::not_a_proposal())];
        }
        apply_job(ctx, i, None)
    }

    fn filter_key(&mut self, ev: KeyEvent, row: usize, data: &Loaded) {
        let sections: Vec<String> = data
            .rounds
            .last()
            .map(|r| r.sections.iter().map(|s| s.id.clone()).collect())
            .unwrap_or_default();
        let ncat = data.manifest.categories.len();
        let t = self;
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
                t.filter_row = Some((row + 1).min(TRIAGE_FILTER_ROWS - 1))
            }
            KeyCode::Left | KeyCode::Char('h') => change(false),
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => change(true),
            KeyCode::Char('x') => t.filters = TriageFilters::default(),
            _ => {}
        }
        t.sel = 0;
        t.refresh(data);
    }

    pub fn selected(&self) -> Option<usize> {
        self.queue.get(self.sel).copied()
    }

    /// The competing group of comment `i`, as comment indexes.
    pub fn competitors(&self, data: &Loaded, i: usize) -> Vec<usize> {
        self.group_of
            .get(&data.comments[i].id)
            .and_then(|&g| self.groups.get(g))
            .map(|g| {
                g.comments
                    .iter()
                    .filter_map(|id| data.by_id.get(id).copied())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Comment `i` was accepted (with or without modifications), has a passage to replace, and
/// its wording is not applied yet.
pub fn is_to_apply(data: &Loaded, i: usize) -> bool {
    let c = &data.comments[i];
    let status = data.dispositions.get(&c.id).map(|d| d.status);
    matches!(status, Some(Status::Accepted | Status::Modified))
        && c.anchor.is_some()
        && !data.applied.contains_key(&c.id)
}

/// Apply comment `i`'s accepted proposal (or `wording`) in the background, then show the
/// section's changes.
fn apply_job(ctx: &Ctx, i: usize, wording: Option<String>) -> Vec<Msg> {
    let c = &ctx.data.comments[i];
    let id = c.id.clone();
    let section = c.section.clone();
    let who = ctx.data.identity.clone();
    let dir = ctx.data.repo_dir.clone();
    let job = move || {
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
    };
    vec![Msg::status(s::applying()), Msg::Job(Box::new(job))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ch, ctx, key, sample_as, SECRETARIAT};

    #[test]
    fn the_queue_moves_filters_and_opens_the_decision_editor() {
        let (_tmp, data) = sample_as(SECRETARIAT);
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut t = Triage::new(&data);
        let open = t.queue.len();
        assert!(open > 2);
        assert!(t
            .queue
            .iter()
            .all(|&i| !data.dispositions.contains_key(&data.comments[i].id)));
        t.command(Command::Down, &c, 5);
        t.command(Command::PageDown, &c, 5);
        assert_eq!(t.sel, 6.min(open - 1));
        t.command(Command::Top, &c, 5);
        // The filter popup takes the keys while open: status "open" → everything.
        t.command(Command::TriageFilters, &c, 5);
        for _ in 0..3 {
            assert!(t.handle_key(key(KeyCode::Down), &c).is_some());
        }
        t.handle_key(key(KeyCode::Left), &c);
        assert_eq!(t.filters.status, None);
        assert_eq!(t.queue.len(), data.comments.len());
        t.handle_key(key(KeyCode::Esc), &c);
        assert!(t.filter_row.is_none());
        assert!(
            t.handle_key(ch('j'), &c).is_none(),
            "the queue's keys go to the key list"
        );
        // A decision: the editor takes the typing; Esc (cancel) closes it.
        t.command(Command::Decide(Status::Noted), &c, 5);
        assert_eq!(t.context(), Context::Decide);
        for x in "Thanks".chars() {
            t.handle_key(ch(x), &c);
        }
        assert_eq!(t.decide.as_ref().unwrap().obs.lines().join(""), "Thanks");
        t.handle_key(key(KeyCode::Esc), &c);
        assert!(t.decide.is_none());
        // "To apply" lists only accepted proposals not yet applied, and says so.
        let msgs = t.command(Command::ToApply, &c, 5);
        assert!(matches!(msgs.as_slice(), [Msg::Status(_, false)]));
        assert!(t.queue.iter().all(|&i| is_to_apply(&data, i)));
        t.command(Command::ToApply, &c, 5);
        assert!(!t.filters.to_apply);
    }

    #[test]
    fn an_empty_decision_is_refused_and_a_written_one_is_saved_in_the_background() {
        let (_tmp, data) = sample_as(SECRETARIAT);
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut t = Triage::new(&data);
        t.command(Command::Decide(Status::Rejected), &c, 5);
        let msgs = t.command(Command::Submit, &c, 5);
        assert!(matches!(msgs.as_slice(), [Msg::Status(_, true)]));
        assert!(t.decide.is_some());
        t.handle_key(ch('x'), &c);
        let msgs = t.command(Command::Submit, &c, 5);
        assert!(t.decide.is_none());
        assert!(matches!(
            msgs.as_slice(),
            [Msg::Status(_, false), Msg::Job(_)]
        ));
    }
}
