//! What flows through the TUI: the input the event loop feeds [`crate::tui::App::update`], the
//! messages components hand back to the app, and the results of background work.

use crossterm::event::{KeyEvent, MouseEvent};

use super::data::Loaded;
use super::keys::Command;
use super::modals::compose::Draft;
use super::modals::filters::Filters;
use super::views::triage::AppliedView;
use crate::diff::RoundDiff;
use crate::repo::{Identity, NewComment};

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
    /// A large consultation's section read: (round, section, its comments and the earlier
    /// rounds' carried there, or why not).
    Section(
        String,
        String,
        Result<Box<super::data::SectionRead>, String>,
    ),
    /// Every comment of a large consultation read, for triage, or why not.
    LoadedAll(Result<Box<Loaded>, String>),
    /// The comments behind a diff's changes, read by id for a large consultation.
    Comments(Result<Box<crate::repo::Records>, String>),
    /// A large consultation's exact section counts, made under this token, or why not.
    Counts(u64, Result<crate::repo::Counts, String>),
}

/// A job: one library call, run on a thread of its own (see [`super::jobs`]).
pub type Job = Box<dyn FnOnce() -> JobDone + Send + 'static>;

/// What a component asks the app to do after handling an event. Components change their own
/// state; anything that touches the loaded consultation, another component or the terminal
/// goes through one of these.
pub enum Msg {
    /// Say this in the status line (an error when `error`).
    Status(String, bool),
    /// Run this in the background.
    Job(Job),
    /// Forget the search results (the round being read changed).
    ClearSearch,
    /// Go to a search match: (section index, byte offset in its text).
    GotoMatch(usize, usize),
    /// The Read view's comment filters changed.
    ReadFilters(Filters),
    /// Submit this comment (in the background).
    Submit(NewComment),
    /// The comment being written is done with (sent or thrown away).
    CloseCompose,
    /// Open the compose form on this unfinished comment.
    Restore(Draft),
    /// The identity form saved this identity; then run the command it was opened for.
    IdentitySaved(Identity, Command),
    /// The identity form was closed without saving.
    CloseIdentity,
    /// Work only the event loop can do.
    Effect(Effect),
}

/// What a popup or form did with a key: messages for the app, and whether it is done.
#[derive(Default)]
pub struct Outcome {
    pub msgs: Vec<Msg>,
    pub close: bool,
}

impl Outcome {
    pub fn open(msgs: Vec<Msg>) -> Outcome {
        Outcome { msgs, close: false }
    }

    pub fn closed(msgs: Vec<Msg>) -> Outcome {
        Outcome { msgs, close: true }
    }
}

impl Msg {
    pub fn status(text: impl Into<String>) -> Msg {
        Msg::Status(text.into(), false)
    }

    pub fn error(text: impl Into<String>) -> Msg {
        Msg::Status(text.into(), true)
    }
}
