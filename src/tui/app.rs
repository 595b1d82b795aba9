//! The router. `App` holds the loaded consultation, which view is on screen, the popups over
//! it, the background jobs and the status line. A key goes to the popup on top first, then
//! through the key list to the view on screen; what a component hands back
//! ([`Msg`]s) is applied in one place, [`App::apply`]. Every view and popup owns its state
//! and draws itself; none of them imports this file.

use std::sync::mpsc;

use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};
use ratatui::layout::Rect;
use ratatui::Frame;

use super::ctx::Ctx;
use super::data::{self, CarriedItem, Loaded, SectionComments};
use super::jobs::Jobs;
use super::keys::{self, Command, Context};
use super::layout::{areas, Areas, MIN_HEIGHT, MIN_WIDTH};
use super::modals::compose::{self, Compose, Draft};
use super::modals::filters::FilterPopup;
use super::modals::help::Help;
use super::modals::identity::IdentityForm;
use super::modals::question;
use super::modals::search::Search;
use super::strings as s;
use super::theme::Theme;
use super::view::{self, StatusBar};
use super::views::diff::DiffState;
use super::views::read::{self, Reader};
use super::views::summary::{self, SummaryState};
use super::views::triage::{self, Triage};
use super::widgets;
use crate::model::{Comment, Section};
use crate::repo::{NewComment, Store, Version};

pub use super::action::{Action, Effect, JobDone, Msg, Outcome, StatusLine};
pub use super::views::read::Pane;

/// Which view is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Read,
    Diff,
    Triage,
    Summary,
}

/// The TUI's state: the consultation, the views, the popups, the work under way.
pub struct App {
    pub data: Loaded,
    pub theme: Theme,
    pub size: (u16, u16),
    pub view: View,
    pub read: Reader,
    pub diff: DiffState,
    pub triage: Option<Triage>,
    pub summary: SummaryState,
    pub compose: Option<Compose>,
    pub identity_form: Option<IdentityForm>,
    /// The question about an unfinished comment kept from an earlier session.
    pub restore: Option<Draft>,
    pub help: Option<Help>,
    pub filter_popup: Option<FilterPopup>,
    pub search: Search,
    pub status: Option<StatusLine>,
    pub quit: bool,
    pub effect: Option<Effect>,
    /// A line shown in the status bar when there is nothing else to say.
    pub banner: Option<String>,
    pending: Option<mpsc::Receiver<Result<Comment, String>>>,
    jobs: Jobs,
}

/// The read-only context of the app's fields, borrowed field by field so that a component
/// can be borrowed mutably beside it.
macro_rules! ctx {
    ($app:expr) => {
        Ctx {
            data: &$app.data,
            theme: &$app.theme,
            size: $app.size,
            composing: $app.compose.is_some(),
            search: &$app.search,
        }
    };
}

impl App {
    /// A new state over loaded data, sized 100×30 until told otherwise.
    pub fn new(data: Loaded) -> App {
        let restore = compose::load_draft(&data.scratch);
        let has_rounds = data
            .rounds
            .first()
            .is_some_and(|r| r.name != Version::WorkTree.label());
        let names: Vec<String> = data.rounds.iter().map(|r| r.name.clone()).collect();
        let diff = DiffState::new(&names, has_rounds, data.default_diff.as_ref());
        let read = Reader::new(&data);
        let mut app = App {
            data,
            theme: Theme::from_env(),
            size: (100, 30),
            view: View::Read,
            read,
            diff,
            triage: None,
            summary: SummaryState::default(),
            compose: None,
            identity_form: None,
            restore,
            help: None,
            filter_popup: None,
            search: Search::default(),
            status: None,
            quit: false,
            effect: None,
            banner: None,
            pending: None,
            jobs: Jobs::default(),
        };
        if !app.data.problems.is_empty() {
            app.set_status(s::problems(app.data.problems.len()), true);
        }
        app.count_sections();
        app
    }

    /// A large consultation whose counts cache lacked folders: the exact counts ("mine"
    /// included) made in the background, and kept in the cache for the next opening.
    fn count_sections(&mut self) {
        let Some((token, folders)) = self.data.lazy.as_ref().and_then(|l| l.counting) else {
            return;
        };
        let dir = self.data.repo_dir.clone();
        let email = self.data.identity.email.clone();
        self.jobs.spawn(Box::new(move || {
            let counts = Store::open(&dir)
                .and_then(|s| s.section_counts(&email, &mut |_, _| {}))
                .map_err(|e| e.to_string());
            JobDone::Counts(token, counts)
        }));
        if self.status.is_none() {
            self.set_status(s::counting(folders), false);
        }
    }

    // ----- where the reader is (the Read view's state, for callers and tests) -----

    pub fn round_name(&self) -> &str {
        self.read.round_name(&self.data)
    }

    pub fn sections(&self) -> &[Section] {
        self.read.sections(&self.data)
    }

    pub fn current_section(&self) -> Option<&Section> {
        self.read.current_section(&self.data)
    }

    pub fn is_current_round(&self) -> bool {
        self.read.is_current_round(&self.data)
    }

    pub fn group(&self) -> Option<&SectionComments> {
        self.read.group(&self.data)
    }

    pub fn carried_item(&self, i: usize) -> Option<&CarriedItem> {
        self.read.carried_item(&self.data, i)
    }

    pub fn all_passages(&self) -> Vec<(usize, usize, usize)> {
        self.read.all_passages(&self.data)
    }

    pub fn selection_bytes(&self) -> Option<(usize, usize)> {
        self.read.selection_bytes()
    }

    pub fn panel_items(&self) -> Vec<(usize, u8)> {
        self.read.panel_items(&self.data)
    }

    pub fn selected_comment(&self) -> Option<&Comment> {
        self.read.selected_comment(&self.data)
    }

    /// The text of word `w` of the section being read.
    pub fn word_text(&self, w: usize) -> &str {
        self.read.word_text(&self.data, w)
    }

    pub fn areas(&self) -> Areas {
        areas(Rect::new(0, 0, self.size.0, self.size.1))
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
            View::Diff => Context::Diff,
            View::Triage => self
                .triage
                .as_ref()
                .map_or(Context::Triage, Triage::context),
            View::Summary if self.summary.choosing => Context::Export,
            View::Summary => Context::Summary,
            View::Read => self.read.context(),
        }
    }

    /// Whether the compose form is asking before it throws away what was typed.
    pub fn confirming_discard(&self) -> bool {
        self.compose.as_ref().is_some_and(|c| c.confirm_discard)
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
                self.read.resize(self.size);
            }
            Action::Run(cmd) => self.run(cmd),
            Action::EditorDone(res) => match (res, self.compose.take()) {
                (Ok(text), Some(mut c)) => {
                    c.set_active_text(&text);
                    let saved = c.save_scratch(&ctx!(self));
                    self.compose = Some(c);
                    self.apply(saved.into_iter().collect());
                }
                (Err(e), c) => {
                    self.compose = c;
                    self.set_status(s::editor_failed(&e), true);
                }
                (Ok(_), None) => {}
            },
        }
        self.read_shown_section();
    }

    /// A large consultation: read the comments of the section on screen, in the background,
    /// if they are not read yet.
    fn read_shown_section(&mut self) {
        if self.data.lazy.is_none() || self.view != View::Read {
            return;
        }
        let round = self.round_name().to_string();
        let Some(section) = self.current_section().map(|s| s.id.clone()) else {
            return;
        };
        // One section at a time: sections passed over while a key is held are never read, and
        // the one shown when a reading ends is read next.
        if !self.data.start_loading(&round, &section) {
            return;
        }
        let dir = self.data.repo_dir.clone();
        // The rounds before this one, whose comments of this section are carried into it.
        let earlier: Vec<String> = self.data.rounds[..self.read.round.min(self.data.rounds.len())]
            .iter()
            .rev()
            .map(|r| r.name.clone())
            .collect();
        self.jobs.spawn(Box::new(move || {
            let read = Store::open(&dir)
                .and_then(|s| data::read_section(&s, &earlier, &round, &section))
                .map(Box::new)
                .map_err(|e| e.to_string());
            JobDone::Section(round, section, read)
        }));
    }

    /// A large consultation: read every comment in the background, then open triage.
    fn read_all_for_triage(&mut self) {
        let files = self.data.lazy.as_ref().map_or(0, |l| l.files);
        let dir = self.data.repo_dir.clone();
        self.jobs.spawn(Box::new(move || {
            let loaded = data::load_all(&dir, &mut |_| {})
                .map(Box::new)
                .map_err(|e| e.to_string());
            JobDone::LoadedAll(loaded)
        }));
        self.set_status(s::all_loading(files), false);
    }

    /// A key goes to the popup on top; else, through the key list, to the view on screen.
    fn key(&mut self, ev: KeyEvent) {
        let busy = self.pending.is_some();
        let ctx = ctx!(self);
        let outcome = if let Some(f) = self.identity_form.as_mut() {
            let o = f.handle(ev, &ctx);
            if o.close {
                self.identity_form = None;
            }
            o
        } else if let Some(d) = &self.restore {
            let o = question::restore_key(ev, d, &ctx);
            if o.close {
                self.restore = None;
            }
            o
        } else if let Some(c) = self.compose.as_mut() {
            c.handle(ev, &ctx, busy)
        } else if let Some(h) = self.help.as_mut() {
            if h.handle(ev) {
                self.help = None;
            }
            Outcome::default()
        } else if let Some(p) = self.filter_popup.as_mut() {
            let o = p.handle(ev, &ctx);
            if o.close {
                self.filter_popup = None;
            }
            o
        } else if let Some(msgs) = self
            .triage
            .as_mut()
            .filter(|_| self.view == View::Triage)
            .and_then(|t| t.handle_key(ev, &ctx))
        {
            Outcome::open(msgs)
        } else if self.search.prompt.is_some() {
            let here = (
                self.read.section,
                self.read
                    .doc
                    .words
                    .get(self.read.cursor)
                    .map_or(0, |w| w.start),
            );
            self.search.handle(
                ev,
                &self.data,
                self.read.round,
                self.read.reading_lang(&self.data),
                here,
            )
        } else {
            self.status = None;
            if let Some(cmd) = keys::lookup(self.context(), &ev) {
                self.run(cmd);
            }
            return;
        };
        self.apply(outcome.msgs);
    }

    /// A command from the key list: the app's own (views, popups, quitting), else the one
    /// for the component on top.
    fn run(&mut self, cmd: Command) {
        let page = self.read.reader_height().saturating_sub(1).max(1);
        let msgs = match cmd {
            Command::Quit => {
                self.settle();
                self.quit = true;
                Vec::new()
            }
            Command::ViewDiff => {
                if self.view == View::Diff {
                    self.view = View::Read;
                    Vec::new()
                } else {
                    self.view = View::Diff;
                    self.diff.request(&ctx!(self))
                }
            }
            Command::ViewTriage => {
                if self.view == View::Triage {
                    self.view = View::Read;
                } else {
                    self.open_triage();
                }
                Vec::new()
            }
            Command::ViewRead => {
                self.view = View::Read;
                Vec::new()
            }
            Command::ViewSummary => {
                if self.view == View::Summary {
                    self.view = View::Read;
                    Vec::new()
                } else {
                    self.view = View::Summary;
                    self.summary.choosing = false;
                    self.summary.request(&ctx!(self))
                }
            }
            Command::Help => {
                self.help = Some(Help::default());
                Vec::new()
            }
            Command::Search => {
                self.search.open();
                Vec::new()
            }
            Command::NextMatch => self.search.step(true),
            Command::PrevMatch => self.search.step(false),
            Command::Filters => {
                self.filter_popup = Some(FilterPopup::new(&self.read.filters));
                Vec::new()
            }
            Command::Comment | Command::Propose | Command::Reply if self.compose.is_none() => {
                self.start_compose(cmd)
            }
            Command::Later(view) => vec![Msg::status(s::later_version(view))],
            Command::Send => self.send(),
            _ => {
                let busy = self.pending.is_some();
                let ctx = ctx!(self);
                if let Some(c) = self.compose.as_mut() {
                    c.command(cmd, &ctx, busy).msgs
                } else {
                    match self.view {
                        View::Diff => self.diff.command(cmd, &ctx, page),
                        View::Triage => match self.triage.as_mut() {
                            Some(t) => t.command(cmd, &ctx, page),
                            None => Vec::new(),
                        },
                        View::Summary => self.summary.command(cmd, &ctx),
                        View::Read => self.read.command(cmd, &ctx).unwrap_or_default(),
                    }
                }
            }
        };
        self.apply(msgs);
    }

    /// Carry out what components asked for.
    pub fn apply(&mut self, msgs: Vec<Msg>) {
        for m in msgs {
            match m {
                Msg::Status(text, error) => self.set_status(text, error),
                Msg::Job(job) => self.jobs.spawn(job),
                Msg::ClearSearch => self.search = Search::default(),
                Msg::GotoMatch(si, a) => self.read.goto(&self.data, si, a),
                Msg::ReadFilters(f) => {
                    self.read.filters = f;
                    self.read.comment_sel = 0;
                }
                Msg::Submit(req) => self.submit(req),
                Msg::CloseCompose => {
                    self.compose = None;
                    compose::remove_draft(&self.data.scratch);
                }
                Msg::Restore(d) => self.compose = Some(Compose::new(d)),
                Msg::IdentitySaved(id, then) => {
                    self.identity_form = None;
                    self.data.identity = id;
                    self.run(then);
                }
                Msg::CloseIdentity => self.identity_form = None,
                Msg::Effect(e) => self.effect = Some(e),
            }
        }
    }

    // ----- writing a comment -----

    fn start_compose(&mut self, cmd: Command) -> Vec<Msg> {
        if self.pending.is_some() {
            return vec![Msg::status(s::busy())];
        }
        if !self.is_current_round() {
            let cur = self
                .data
                .rounds
                .last()
                .map_or(String::new(), |r| r.name.clone());
            return vec![Msg::error(s::only_current_round(&cur))];
        }
        if !self.data.identity.missing().is_empty() {
            self.identity_form = Some(IdentityForm::new(&ctx!(self), cmd));
            return Vec::new();
        }
        match self.read.draft_for(cmd, &self.data) {
            Ok(Some(draft)) => {
                let mut c = Compose::new(draft);
                let saved = c.save_scratch(&ctx!(self));
                self.compose = Some(c);
                saved.into_iter().collect()
            }
            Ok(None) => Vec::new(),
            Err(why) => vec![Msg::error(why)],
        }
    }

    /// Send a comment to the library in the background.
    fn submit(&mut self, req: NewComment) {
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
        self.set_status(s::submitting(), false);
    }

    fn submitted(&mut self, res: Result<Comment, String>) {
        self.pending = None;
        match res {
            Ok(c) => {
                let msg = s::submitted(&c.section, &c.id);
                let id = c.id.clone();
                self.data.add(c);
                self.summary_stale();
                self.apply(vec![Msg::CloseCompose]);
                self.read.anchor = None;
                if let Some(pos) = self
                    .panel_items()
                    .iter()
                    .position(|&(i, _)| self.data.comments[i].id == id)
                {
                    self.read.comment_sel = pos;
                }
                self.set_status(msg, false);
            }
            Err(e) => self.set_status(s::submit_failed(&e), true),
        }
    }

    // ----- background work -----

    /// Take finished background jobs (diffs, decisions, applies, summaries, sync).
    fn poll_jobs(&mut self, block: bool) {
        for done in self.jobs.finished(block) {
            match done {
                Some(j) => self.job_done(j),
                None => self.set_status(s::failed(&crate::t!("tui-background-stopped")), true),
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

    /// Take finished background work, if any (the event loop calls this each tick).
    pub fn poll(&mut self) {
        self.poll_jobs(false);
        let res = match &self.pending {
            Some(rx) => match rx.try_recv() {
                Ok(r) => r,
                Err(mpsc::TryRecvError::Empty) => return,
                Err(mpsc::TryRecvError::Disconnected) => Err(crate::t!("tui-submission-stopped")),
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
                .unwrap_or_else(|_| Err(crate::t!("tui-submission-stopped"))),
            None => return,
        };
        self.submitted(res);
    }

    pub fn is_busy(&self) -> bool {
        self.pending.is_some() || !self.jobs.is_empty()
    }

    fn job_done(&mut self, j: JobDone) {
        let msgs = match j {
            JobDone::Diff(key, res) => {
                if let Ok(d) = &res {
                    // A large consultation: the comments behind the changes, read by id.
                    let ids = self.data.unread_ids(
                        d.sections
                            .iter()
                            .flat_map(|s| s.hunks.iter().flat_map(|h| h.comments.iter())),
                    );
                    if !ids.is_empty() {
                        let dir = self.data.repo_dir.clone();
                        self.jobs.spawn(Box::new(move || {
                            let rec = Store::open(&dir)
                                .and_then(|s| s.comment_records(&ids))
                                .map(Box::new)
                                .map_err(|e| e.to_string());
                            JobDone::Comments(rec)
                        }));
                    }
                }
                self.diff.done(key, res)
            }
            JobDone::Decided(Ok(ds)) => {
                let n = ds.len();
                let label = ds.first().map_or(String::new(), |d| s::decision(d.status));
                for d in ds {
                    self.data.dispositions.insert(d.comment.clone(), d);
                }
                if let Some(t) = self.triage.as_mut() {
                    t.refresh(&self.data);
                }
                self.summary_stale();
                vec![Msg::status(s::recorded(n, &label))]
            }
            JobDone::Applied(Ok(av)) => {
                self.diff.forget_working_draft();
                self.summary_stale();
                self.set_status(s::applied(&av.section, &av.commit), false);
                self.data
                    .applied
                    .insert(av.comment.clone(), av.commit.clone());
                if let Some(t) = self.triage.as_mut() {
                    t.refresh(&self.data);
                    t.applied = Some(av);
                }
                Vec::new()
            }
            JobDone::Decided(Err(e)) | JobDone::Applied(Err(e)) => {
                vec![Msg::error(s::failed(&e))]
            }
            JobDone::Synced(Ok((sentence, loaded))) => {
                self.replace_data(*loaded);
                vec![Msg::status(sentence)]
            }
            JobDone::Synced(Err(e)) => vec![Msg::error(s::send_failed(&e))],
            JobDone::Section(round, section, Ok(read)) => {
                self.data.absorb(&round, &section, *read);
                self.read_shown_section();
                Vec::new()
            }
            JobDone::Section(round, section, Err(e)) => {
                // Said in the section's panel, and not asked for again at every key.
                self.data.unread(&round, &section, e.clone());
                self.read_shown_section();
                vec![Msg::error(s::failed(&e))]
            }
            JobDone::LoadedAll(Ok(loaded)) => {
                self.replace_data(*loaded);
                self.open_triage();
                vec![Msg::status(s::all_loaded())]
            }
            JobDone::Comments(Ok(rec)) => {
                self.data.take_records(*rec);
                Vec::new()
            }
            JobDone::LoadedAll(Err(e)) | JobDone::Comments(Err(e)) => {
                vec![Msg::error(s::failed(&e))]
            }
            JobDone::Counts(token, res) => {
                let said = self
                    .data
                    .lazy
                    .as_ref()
                    .and_then(|l| l.counting)
                    .map(|(_, folders)| s::counting(folders));
                let (counts, failed) = match res {
                    Ok(c) => (Some(c), None),
                    Err(e) => (None, Some(e)),
                };
                // Counts made for data loaded since are dropped, and so is their failure.
                if !self.data.counted(token, counts) {
                    return;
                }
                match failed {
                    Some(e) => vec![Msg::error(s::failed(&e))],
                    // The status line said so: cleared, unless something else was said since.
                    None => {
                        if self.status.as_ref().map(|st| &st.text) == said.as_ref() {
                            self.status = None;
                        }
                        Vec::new()
                    }
                }
            }
            JobDone::Summary(res) => self.summary.built(res),
            JobDone::Exported(res) => self.summary.exported(res),
        };
        self.apply(msgs);
    }

    /// Comments or decisions changed: the cached summary is out of date.
    fn summary_stale(&mut self) {
        let msgs = self.summary.stale(self.view == View::Summary, &ctx!(self));
        self.apply(msgs);
    }

    fn open_triage(&mut self) {
        if !self.data.manifest.is_secretariat(&self.data.identity.email) {
            let msg = s::not_secretariat(
                &self.data.identity.email,
                &self.data.manifest.secretariat.join(", "),
            );
            self.set_status(msg, true);
            return;
        }
        if self.data.lazy.is_some() {
            // Triage works through every comment: read them all first.
            self.read_all_for_triage();
            return;
        }
        if self.triage.is_none() {
            self.triage = Some(Triage::new(&self.data));
        }
        self.view = View::Triage;
    }

    /// Send my comments and bring in the secretariat's work (`consulta sync` to `origin`),
    /// then read the consultation again: decisions, others' comments, new rounds.
    fn send(&mut self) -> Vec<Msg> {
        let who = self.data.identity.clone();
        let dir = self.data.repo_dir.clone();
        vec![
            Msg::status(s::sending()),
            Msg::Job(Box::new(move || {
                let run = || -> crate::Result<(String, Box<Loaded>)> {
                    let store = Store::open(&dir)?;
                    let report = store.sync("origin", &who, &|_| {})?;
                    let sentence = s::sent(report.sent, &report.news.sentence());
                    let loaded = data::load(&dir, &mut |_| {})?;
                    Ok((sentence, Box::new(loaded)))
                };
                JobDone::Synced(run().map_err(|e| e.to_string()))
            })),
        ]
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
                fresh.read.round = r;
            }
        }
        if fresh.view == View::Triage {
            fresh.triage = Some(Triage::new(&fresh.data));
        }
        fresh.update(Action::Resize(self.size.0, self.size.1));
        if let Some(i) = section.and_then(|id| fresh.sections().iter().position(|s| s.id == id)) {
            fresh.read.open_section(&fresh.data, i);
        }
        // What the stakeholder was doing meanwhile stays as it was: a comment being written
        // (and the question about an earlier one), the filters, the other background work.
        fresh.compose = self.compose.take();
        fresh.identity_form = self.identity_form.take();
        fresh.restore = self.restore.take();
        fresh.read.filters = self.read.filters.clone();
        fresh.help = self.help;
        fresh.pending = self.pending.take();
        fresh.jobs.absorb(&mut self.jobs);
        *self = fresh;
    }

    /// The mouse is the Read view's, while no popup is open.
    fn mouse(&mut self, m: MouseEvent) {
        if self.view != View::Read
            || self.compose.is_some()
            || self.help.is_some()
            || self.identity_form.is_some()
            || self.filter_popup.is_some()
        {
            return;
        }
        self.read.mouse(m, &self.data);
    }
}

/// Draw the whole screen: the view on screen, the status line and the key hints, then the
/// popups over them.
pub fn draw(app: &App, f: &mut Frame) {
    let area = f.area();
    let t = &app.theme;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return view::draw_too_small(f, t);
    }
    let ctx = ctx!(app);
    let a = areas(area);
    let title = &app.data.manifest.title;
    let body = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(3),
    );
    match app.view {
        View::Read => read::draw(&app.read, &ctx, f, &a),
        View::Diff => {
            let d = &app.diff;
            let what = format!(
                "{} {}",
                s::diff_view_title(),
                s::diff_title(&d.label(d.from), &d.label(d.to))
            );
            widgets::header(f, a.header, title, &what, t);
            super::views::diff::draw(d, f, &a, &ctx);
        }
        View::Triage => {
            widgets::header(f, a.header, title, &crate::t!(s::CTX_TRIAGE), t);
            if let Some(tr) = &app.triage {
                triage::draw(tr, f, area, body, &ctx);
            }
        }
        View::Summary => {
            widgets::header(f, a.header, title, &s::summary_title(), t);
            summary::draw(&app.summary, f, body, &ctx);
        }
    }
    let bar = StatusBar {
        prompt: app.search.prompt_line(t),
        message: app.status.as_ref(),
        busy: app.is_busy(),
        banner: app.banner.as_deref(),
    };
    view::draw_status(f, a.status, bar, t);
    view::draw_footer(f, a.footer, app.context(), t);
    if let Some(c) = &app.compose {
        c.draw(f, area, &ctx);
    }
    if let Some(h) = &app.help {
        h.draw(f, area, t);
    }
    if let Some(p) = &app.filter_popup {
        p.draw(f, area, &ctx);
    }
    if let Some(d) = &app.restore {
        question::draw_restore(f, area, d, t);
    }
    if let Some(form) = &app.identity_form {
        form.draw(f, area, &ctx);
    }
}
