//! Writing a comment: the editor state, and the scratch file that keeps an unfinished comment
//! across a quit or a crash (inside the git folder, never under `comments/`).

use std::path::Path;

use ratatui_textarea::{TextArea, WrapMode};
use serde::{Deserialize, Serialize};

use crate::model::{CommentType, Stance};
use crate::repo::NewComment;

/// What is being written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "mode")]
pub enum Mode {
    Comment,
    Propose,
    Reply {
        parent: String,
        parent_author: String,
    },
}

/// Which text field has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Body,
    Proposal,
}

/// The unfinished comment as kept on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(flatten)]
    pub mode: Mode,
    pub round: String,
    pub section: String,
    pub section_title: String,
    /// Byte range in the round's section text.
    pub range: Option<(usize, usize)>,
    pub quote: Option<String>,
    /// `¶4 · 6.4` or "whole section".
    pub place: String,
    pub kind: CommentType,
    pub stance: Option<Stance>,
    pub body: String,
    pub proposal: Option<String>,
}

/// The compose popup's state.
pub struct Compose {
    pub draft: Draft,
    pub body: TextArea<'static>,
    pub proposal: Option<TextArea<'static>>,
    pub field: Field,
}

fn area(text: &str) -> TextArea<'static> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.split('\n').map(str::to_string).collect()
    };
    let mut t = TextArea::new(lines);
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t.set_cursor_line_style(ratatui::style::Style::default());
    t.move_cursor(ratatui_textarea::CursorMove::Bottom);
    t.move_cursor(ratatui_textarea::CursorMove::End);
    t
}

impl Compose {
    pub fn new(draft: Draft) -> Compose {
        let mut body = area(&draft.body);
        body.set_placeholder_text(super::strings::BODY_PLACEHOLDER);
        let proposal = draft.proposal.as_deref().map(area);
        let field = if proposal.is_some() && draft.body.is_empty() {
            Field::Proposal
        } else {
            Field::Body
        };
        Compose {
            draft,
            body,
            proposal,
            field,
        }
    }

    /// Copy the editors' text into the draft.
    pub fn sync(&mut self) {
        self.draft.body = self.body.lines().join("\n");
        self.draft.proposal = self.proposal.as_ref().map(|p| p.lines().join("\n"));
    }

    /// Has the stakeholder typed anything worth asking about before throwing it away?
    pub fn is_dirty(&self) -> bool {
        !self.draft.body.trim().is_empty()
            || self
                .draft
                .proposal
                .as_ref()
                .is_some_and(|p| Some(p) != self.draft.quote.as_ref())
    }

    pub fn active(&mut self) -> &mut TextArea<'static> {
        match (self.field, self.proposal.as_mut()) {
            (Field::Proposal, Some(p)) => p,
            _ => &mut self.body,
        }
    }

    pub fn active_text(&self) -> String {
        match (self.field, self.proposal.as_ref()) {
            (Field::Proposal, Some(p)) => p.lines().join("\n"),
            _ => self.body.lines().join("\n"),
        }
    }

    /// Replace the active field's text (after `$EDITOR`).
    pub fn set_active_text(&mut self, text: &str) {
        let t = area(text.trim_end_matches('\n'));
        match (self.field, self.proposal.as_mut()) {
            (Field::Proposal, Some(p)) => *p = t,
            _ => {
                self.body = t;
                self.body
                    .set_placeholder_text(super::strings::BODY_PLACEHOLDER);
            }
        }
        self.sync();
    }

    pub fn switch_field(&mut self) {
        if self.proposal.is_some() {
            self.field = match self.field {
                Field::Body => Field::Proposal,
                Field::Proposal => Field::Body,
            };
        }
    }

    /// The library request this draft makes.
    pub fn request(&self) -> NewComment {
        let d = &self.draft;
        NewComment {
            section: d.section.clone(),
            range: d.range,
            kind: Some(d.kind),
            body: d.body.trim().to_string(),
            proposed_change: d
                .proposal
                .as_ref()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
            stance: d.stance,
            in_reply_to: match &d.mode {
                Mode::Reply { parent, .. } => Some(parent.clone()),
                _ => None,
            },
            ..Default::default()
        }
    }
}

/// Keep the draft on disk (small; written on every change).
pub fn save_draft(path: &Path, draft: &Draft) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let json = serde_json::to_string_pretty(draft).map_err(std::io::Error::other)?;
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, json)?;
    std::fs::rename(&tmp, path)
}

/// The kept draft, if there is a readable one.
pub fn load_draft(path: &Path) -> Option<Draft> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub fn remove_draft(path: &Path) {
    let _ = std::fs::remove_file(path);
}
