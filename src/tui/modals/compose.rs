//! Writing a comment: the form (type, stance, the proposal with a live word diff, the comment
//! itself), its keys, and the scratch file that keeps an unfinished comment across a quit or
//! a crash (inside the git folder, never under `comments/`).

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use ratatui_textarea::{TextArea, WrapMode};
use serde::{Deserialize, Serialize};

use crate::diff::{self, Kind};
use crate::model::{CommentType, Stance};
use crate::repo::NewComment;
use crate::sanitize;
use crate::tui::action::{Effect, Msg, Outcome};
use crate::tui::ctx::Ctx;
use crate::tui::keys::{self, Command, Context};
use crate::tui::strings as s;
use crate::tui::widgets::{
    block, centered, choice, draw_question, reply_context, trunc, wrap_spans,
};

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
    /// The language version read and quoted (`None`: the primary text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The compose popup's state.
pub struct Compose {
    pub draft: Draft,
    pub body: TextArea<'static>,
    pub proposal: Option<TextArea<'static>>,
    pub field: Field,
    /// Asking whether to throw away what was typed.
    pub confirm_discard: bool,
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
        body.set_placeholder_text(s::body_placeholder());
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
            confirm_discard: false,
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
                self.body.set_placeholder_text(s::body_placeholder());
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

    /// A key while the form is open. `busy`: a submission is on its way (the form then
    /// takes no edits and cannot be closed).
    pub fn handle(&mut self, ev: KeyEvent, ctx: &Ctx, busy: bool) -> Outcome {
        if self.confirm_discard {
            return match ev.code {
                KeyCode::Char('y') => {
                    Outcome::closed(vec![Msg::CloseCompose, Msg::status(s::discarded())])
                }
                KeyCode::Char('n') | KeyCode::Esc => {
                    self.confirm_discard = false;
                    Outcome::default()
                }
                _ => Outcome::default(),
            };
        }
        if let Some(cmd) = keys::lookup(Context::Compose, &ev) {
            return self.command(cmd, ctx, busy);
        }
        if busy {
            return Outcome::default();
        }
        if self.active().input(ev) {
            return Outcome::open(self.save_scratch(ctx).into_iter().collect());
        }
        Outcome::default()
    }

    /// One of the form's commands (submit, cancel, `$EDITOR`, field, type, stance).
    pub fn command(&mut self, cmd: Command, ctx: &Ctx, busy: bool) -> Outcome {
        let msgs = match cmd {
            Command::Submit => {
                if busy {
                    return Outcome::open(vec![Msg::status(s::busy())]);
                }
                self.sync();
                if self.draft.body.trim().is_empty() {
                    return Outcome::open(vec![Msg::error(s::empty_body())]);
                }
                vec![Msg::Submit(self.request())]
            }
            Command::Cancel => {
                if busy {
                    return Outcome::default();
                }
                self.sync();
                if self.is_dirty() {
                    self.confirm_discard = true;
                    Vec::new()
                } else {
                    return Outcome::closed(vec![Msg::CloseCompose]);
                }
            }
            Command::Editor => vec![Msg::Effect(Effect::Editor(self.active_text()))],
            Command::SwitchField => {
                self.switch_field();
                Vec::new()
            }
            Command::Kind(k) => {
                self.draft.kind = k;
                self.save_scratch(ctx).into_iter().collect()
            }
            Command::Stance(st) => {
                self.draft.stance = if self.draft.stance == Some(st) {
                    None
                } else {
                    Some(st)
                };
                self.save_scratch(ctx).into_iter().collect()
            }
            _ => Vec::new(),
        };
        Outcome::open(msgs)
    }

    /// Keep what is typed in the scratch file; an error when it cannot be written.
    pub fn save_scratch(&mut self, ctx: &Ctx) -> Option<Msg> {
        self.sync();
        save_draft(&ctx.data.scratch, &self.draft)
            .err()
            .map(|e| Msg::error(format!("{}: {e}", ctx.data.scratch.display())))
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
            lang: d.lang.clone(),
            ..Default::default()
        }
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let c = self;
        let t = ctx.theme;
        let body_area = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(2),
        );
        let r = centered(body_area, (area.width * 9 / 10).max(56), body_area.height);
        f.render_widget(Clear, r);
        let d = &c.draft;
        let mode = match &d.mode {
            Mode::Comment => s::compose_comment(),
            Mode::Propose => s::compose_propose(),
            Mode::Reply { parent_author, .. } => {
                format!(
                    "{} · {}",
                    s::compose_reply(),
                    sanitize::inline(parent_author)
                )
            }
        };
        let title = if d.place.is_empty() {
            format!(" {mode} · {} ", sanitize::inline(&d.section_title))
        } else {
            format!(
                " {mode} · {} · {} ",
                sanitize::inline(&d.section_title),
                d.place
            )
        };
        let b = block(trunc(&title, r.width.saturating_sub(4) as usize), true, t);
        let inner = b.inner(r);
        f.render_widget(b, r);
        let w = inner.width as usize;
        let mut y = inner.y;
        let put = |f: &mut Frame, lines: Vec<Line<'static>>, y: &mut u16| {
            let h = (lines.len() as u16).min(inner.bottom().saturating_sub(*y));
            f.render_widget(
                Paragraph::new(lines),
                Rect::new(inner.x, *y, inner.width, h),
            );
            *y += h;
        };
        // Where.
        let on = match &d.quote {
            Some(q) => {
                let q = trunc(&sanitize::inline(q), w.saturating_sub(12) * 2);
                wrap_spans(
                    &[
                        (format!("{}: ", s::passage()), t.strong),
                        (format!("“{q}”"), t.emphasis),
                    ],
                    w,
                    0,
                )
            }
            None => match &d.mode {
                // A reply is about the comment it answers: name it, with its first words.
                Mode::Reply {
                    parent,
                    parent_author,
                } => reply_context(ctx.data, t, parent, parent_author, w),
                _ => vec![Line::from(vec![
                    Span::styled(format!("{}: ", s::on()), t.strong),
                    Span::styled(s::whole_section(), t.base),
                ])],
            },
        };
        put(f, on, &mut y);
        // Type and stance, with the keys that choose them.
        let mut type_line = vec![Span::styled(format!("{}: ", s::type_label()), t.strong)];
        type_line.extend(choice(&CommentType::ALL, Some(d.kind), s::kind_label, t));
        type_line.push(Span::styled("M-g/M-t/M-e", t.key));
        let mut stance_line = vec![Span::styled(format!("{}: ", s::stance()), t.strong)];
        stance_line.extend(choice(&Stance::ALL, d.stance, s::stance_label, t));
        stance_line.push(Span::styled("M-s/M-o/M-n", t.key));
        put(
            f,
            vec![Line::from(type_line), Line::from(stance_line)],
            &mut y,
        );
        let editor_block = |title: &str, active: bool| {
            Block::default()
                .borders(Borders::ALL)
                .border_style(if active { t.border_focus } else { t.border })
                .title(Span::styled(
                    format!(" {title} "),
                    if active { t.title } else { t.muted },
                ))
        };
        let remaining = inner.bottom().saturating_sub(y);
        if let (Some(p), Some(q)) = (&c.proposal, &d.quote) {
            let ph = (remaining / 3).max(3);
            let pr = Rect::new(inner.x, y, inner.width, ph.min(remaining));
            let eb = editor_block(&s::field_proposal(), c.field == Field::Proposal);
            let pin = eb.inner(pr);
            f.render_widget(eb, pr);
            f.render_widget(p, pin);
            y += pr.height;
            let new = p.lines().join("\n");
            let spans: Vec<(String, Style)> =
                std::iter::once((format!("{}: ", s::preview()), t.strong))
                    .chain(diff::words(q, &new).iter().map(|sg| match sg.kind {
                        Kind::Equal => (sanitize::block(&sg.text).into_owned(), t.base),
                        Kind::Delete => (format!("[-{}-]", sanitize::block(&sg.text)), t.removed),
                        Kind::Insert => (format!("{{+{}+}}", sanitize::block(&sg.text)), t.added),
                    }))
                    .collect();
            let mut prev = wrap_spans(&spans, w, 0);
            prev.truncate((remaining / 4).max(2) as usize);
            put(f, prev, &mut y);
        }
        let br = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
        if br.height >= 3 {
            let eb = editor_block(&s::field_body(), c.field == Field::Body);
            let bin = eb.inner(br);
            f.render_widget(eb, br);
            f.render_widget(&c.body, bin);
        }
        if self.confirm_discard {
            draw_question(f, area, &s::confirm_title(), &s::confirm_discard(), "", t);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ch, ctrl, ctx, key, sample};

    fn draft(proposal: bool) -> Draft {
        Draft {
            lang: None,
            mode: if proposal {
                Mode::Propose
            } else {
                Mode::Comment
            },
            round: "round-2".into(),
            section: "financing".into(),
            section_title: "Financing".into(),
            range: proposal.then_some((10, 20)),
            quote: proposal.then(|| "the passage".into()),
            place: "¶1".into(),
            kind: CommentType::General,
            stance: None,
            body: String::new(),
            proposal: proposal.then(|| "the passage".into()),
        }
    }

    #[test]
    fn typing_is_kept_and_esc_asks_before_throwing_it_away() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut form = Compose::new(draft(false));
        // An empty comment is not sent.
        let o = form.handle(ctrl('s'), &c, false);
        assert!(matches!(o.msgs.as_slice(), [Msg::Status(_, true)]));
        for x in "Too rigid.".chars() {
            form.handle(ch(x), &c, false);
        }
        // Each change is kept in the scratch file.
        let kept = load_draft(&data.scratch).expect("kept");
        assert_eq!(kept.body, "Too rigid.");
        // Esc asks; n goes back to writing; y throws it away.
        assert!(!form.handle(key(KeyCode::Esc), &c, false).close);
        assert!(form.confirm_discard);
        form.handle(ch('n'), &c, false);
        assert!(!form.confirm_discard);
        form.handle(key(KeyCode::Esc), &c, false);
        let o = form.handle(ch('y'), &c, false);
        assert!(o.close && matches!(o.msgs.first(), Some(Msg::CloseCompose)));
    }

    #[test]
    fn ctrl_s_sends_the_request_and_a_busy_form_takes_no_edits() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut form = Compose::new(draft(true));
        assert_eq!(
            form.field,
            Field::Proposal,
            "a proposal starts in its wording"
        );
        form.handle(ctrl('e'), &c, false);
        form.handle(key(KeyCode::F(2)), &c, false);
        assert_eq!(form.draft.kind, CommentType::Technical);
        form.handle(key(KeyCode::Tab), &c, false);
        assert_eq!(form.field, Field::Body);
        for x in "Clearer.".chars() {
            form.handle(ch(x), &c, false);
        }
        // While a submission is on its way, keys do not edit and Esc does not close.
        form.handle(ch('!'), &c, true);
        assert!(!form.handle(key(KeyCode::Esc), &c, true).close);
        let o = form.handle(ctrl('s'), &c, false);
        let Some(Msg::Submit(req)) = o.msgs.first() else {
            panic!("no submission");
        };
        assert_eq!(req.body, "Clearer.");
        assert_eq!(req.kind, Some(CommentType::Technical));
        assert_eq!(req.proposed_change.as_deref(), Some("the passage"));
        assert_eq!(req.range, Some((10, 20)));
    }
}
