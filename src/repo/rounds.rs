//! Rounds: each round is an annotated git tag on the commit whose drafts were put to
//! consultation. The tag's message carries a `Consultation-Round: N` trailer giving the round's
//! position; other tags of the repository are not rounds.

use git2::{ObjectType, Oid, Signature};

use super::{Store, Version, MANIFEST};
use crate::model::is_valid_round_name;
use crate::{Error, Result};

/// The trailer that marks an annotated tag as a consultation round.
pub const ROUND_TRAILER: &str = "Consultation-Round";

/// One consultation round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub name: String,
    /// Position, from 1.
    pub number: u32,
    pub commit: Oid,
    /// When the round was opened (seconds since the epoch).
    pub time: i64,
    pub opened_by: String,
    /// The tagger's e-mail address.
    pub opened_by_email: String,
    /// The tag message without the trailer.
    pub message: String,
}

impl Store {
    /// All rounds, in order: the annotated tags with a `Consultation-Round:` trailer that
    /// a secretariat address of the manifest made. A tag that anyone else made (and that a
    /// plain `git clone` or `git fetch --tags` brought in) is not a round.
    pub fn rounds(&self) -> Result<Vec<Round>> {
        let secretariat = self.secretariat().unwrap_or_default();
        let mut rounds = Vec::new();
        let names = self.repo.tag_names(None)?;
        for name in names.iter().flatten().flatten() {
            let Ok(reference) = self.repo.find_reference(&format!("refs/tags/{name}")) else {
                continue;
            };
            let Ok(tag) = reference
                .peel(ObjectType::Tag)
                .and_then(|o| o.peel_to_tag())
            else {
                continue;
            };
            let msg = tag.message().ok().flatten().unwrap_or_default();
            let Some(number) = round_number(msg) else {
                continue;
            };
            let Ok(commit) = tag.target().and_then(|o| o.peel_to_commit()) else {
                continue;
            };
            let tagger = tag.tagger();
            let tagger_email = tagger
                .as_ref()
                .map(|t| String::from_utf8_lossy(t.email_bytes()).into_owned())
                .unwrap_or_default();
            if !secretariat
                .iter()
                .any(|s| s.trim().eq_ignore_ascii_case(tagger_email.trim()))
            {
                continue;
            }
            rounds.push(Round {
                name: name.to_string(),
                number,
                commit: commit.id(),
                time: tagger
                    .as_ref()
                    .map_or(commit.time().seconds(), |t| t.when().seconds()),
                opened_by: tagger
                    .as_ref()
                    .and_then(|t| t.name().ok().map(str::to_string))
                    .unwrap_or_default(),
                opened_by_email: tagger_email,
                message: strip_trailer(msg),
            });
        }
        rounds.sort_by(|a, b| a.number.cmp(&b.number).then(a.time.cmp(&b.time)));
        Ok(rounds)
    }

    /// One round by name, with a message listing the rounds when it does not exist.
    pub fn round(&self, name: &str) -> Result<Round> {
        let rounds = self.rounds()?;
        if let Some(r) = rounds.iter().find(|r| r.name == name) {
            return Ok(r.clone());
        }
        let known: Vec<_> = rounds.iter().map(|r| r.name.as_str()).collect();
        Err(Error::NotFound(if known.is_empty() {
            crate::t!(
                "err-no-round-none-open",
                round = format!("{name:?}"),
                command = "consulta round open round-1"
            )
        } else {
            crate::t!(
                "err-no-round",
                round = format!("{name:?}"),
                rounds = known.join(", ")
            )
        }))
    }

    /// The latest round, or a message that says how to open one.
    pub fn current_round(&self) -> Result<Round> {
        self.rounds()?.pop().ok_or_else(|| {
            Error::Refused(crate::t!(
                "err-no-round-open",
                command = "consulta round open round-1"
            ))
        })
    }

    /// Tag HEAD as a new round. Refuses when the drafts have uncommitted changes, when the name
    /// is taken, or when HEAD is already the latest round.
    pub fn open_round(&self, name: &str, message: &str, tagger: &Signature<'_>) -> Result<Round> {
        if !is_valid_round_name(name) {
            return Err(Error::Invalid(crate::t!(
                "err-round-name",
                name = format!("{name:?}"),
                example = "round-2"
            )));
        }
        if self
            .repo
            .find_reference(&format!("refs/tags/{name}"))
            .is_ok()
        {
            return Err(Error::Refused(crate::t!(
                "err-round-tag-exists",
                name = format!("{name:?}")
            )));
        }
        let dirty = self.uncommitted_drafts()?;
        if !dirty.is_empty() {
            return Err(Error::Refused(crate::t!(
                "err-round-drafts-uncommitted",
                files = dirty.join(", "),
                command = "git add drafts && git commit"
            )));
        }
        let head = self
            .repo
            .head()
            .map_err(|_| Error::Refused(crate::t!("err-no-commit-yet")))?
            .peel_to_commit()?;
        head.tree()?
            .get_path(std::path::Path::new(MANIFEST))
            .map_err(|_| {
                Error::Refused(crate::t!("err-manifest-not-committed", file = MANIFEST))
            })?;
        let rounds = self.rounds()?;
        if let Some(last) = rounds.last() {
            if last.commit == head.id() {
                return Err(Error::Refused(crate::t!(
                    "err-round-head-already",
                    round = format!("{:?}", last.name)
                )));
            }
        }
        let number = rounds.last().map_or(1, |r| r.number + 1);
        let body = if message.trim().is_empty() {
            format!("Round {number} of the consultation")
        } else {
            message.trim().to_string()
        };
        let full = format!("{body}\n\n{ROUND_TRAILER}: {number}\n");
        super::signing::tag(&self.repo, name, &head, tagger, &full)?;
        let _ = Version::Round(name.to_string());
        self.round(name)
    }

    /// Take back the latest round, opened too early: its tag is deleted, and the commit it
    /// named stays. Only the secretariat may, and only while nobody has commented on it
    /// (no comment file under `comments/<round>/`, committed or not). `name`, when given,
    /// must be the latest round's.
    pub fn undo_round(&self, name: Option<&str>, who: &super::Identity) -> Result<Round> {
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        if !drafts.manifest.is_secretariat(&who.email) {
            return Err(Error::Refused(crate::t!(
                "err-undo-round-not-secretariat",
                secretariat = drafts.manifest.secretariat.join(", "),
                you = format!("{:?}", who.email)
            )));
        }
        let last = self.current_round()?;
        if let Some(n) = name {
            if n != last.name {
                self.round(n)?;
                return Err(Error::Refused(crate::t!(
                    "err-undo-round-not-latest",
                    round = format!("{n:?}"),
                    latest = format!("{:?}", last.name)
                )));
            }
        }
        let folder = format!("comments/{}", last.name);
        let committed = self
            .repo
            .head()
            .and_then(|h| h.peel_to_tree())
            .ok()
            .and_then(|t| t.get_path(std::path::Path::new(&folder)).ok())
            .is_some();
        let on_disk = std::fs::read_dir(self.root.join(&folder))
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
        if committed || on_disk {
            return Err(Error::Refused(crate::t!(
                "err-undo-round-has-comments",
                round = last.name.as_str(),
                folder = format!("{folder}/")
            )));
        }
        self.repo
            .find_reference(&format!("refs/tags/{}", last.name))?
            .delete()?;
        Ok(last)
    }

    /// Files under drafts/ that differ from HEAD (modified, new, deleted).
    pub fn uncommitted_drafts(&self) -> Result<Vec<String>> {
        let mut opts = git2::StatusOptions::new();
        opts.include_untracked(true)
            .recurse_untracked_dirs(true)
            .pathspec("drafts");
        let st = self.repo.statuses(Some(&mut opts))?;
        Ok(st
            .iter()
            .filter(|s| !s.status().is_ignored())
            .filter_map(|s| s.path().ok().map(str::to_string))
            .collect())
    }
}

pub(crate) fn round_number(msg: &str) -> Option<u32> {
    msg.lines()
        .rev()
        .find_map(|l| {
            l.strip_prefix(ROUND_TRAILER)
                .and_then(|r| r.strip_prefix(':'))
        })
        .and_then(|v| v.trim().parse().ok())
}

fn strip_trailer(msg: &str) -> String {
    msg.lines()
        .filter(|l| !l.starts_with(ROUND_TRAILER))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}
