//! The operations that change a consultation: add a comment, respond to one, apply a proposal.
//! The CLI and the TUI both call these; nothing else writes records.

use git2::Signature;

use super::{FileWrite, Identity, Store, Version};
use crate::anchor;
use crate::model::comment::Person;
use crate::model::{is_valid_id, Comment, CommentType, Disposition, Stance, Status, SCHEMA};
use crate::{Error, Result};

/// What a stakeholder submits. The anchor is computed from `quote` (+ `occurrence`) or given
/// as a byte range of the section text at the current round.
#[derive(Debug, Clone, Default)]
pub struct NewComment {
    pub section: String,
    pub quote: Option<String>,
    /// 1-based, when the quote occurs several times.
    pub occurrence: Option<usize>,
    /// Byte range in the round's section text (the TUI's selection); wins over `quote`.
    pub range: Option<(usize, usize)>,
    pub kind: Option<CommentType>,
    pub body: String,
    pub proposed_change: Option<String>,
    pub stance: Option<Stance>,
    pub in_reply_to: Option<String>,
    /// The language version read and quoted (`None`: the primary text).
    pub lang: Option<String>,
}

/// Longest comment body or proposal accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The result of applying a proposal.
#[derive(Debug, Clone)]
pub struct Applied {
    pub comment: String,
    pub section: String,
    pub commit: git2::Oid,
}

/// A secretariat's decision to record.
#[derive(Debug, Clone)]
pub struct Resolution {
    pub comment: String,
    pub status: Status,
    pub observations: String,
}

fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

impl Store {
    /// Check everything, then write and commit the comment under the stakeholder's name.
    /// Nothing is written when anything is wrong.
    pub fn add_comment(&self, who: &Identity, req: &NewComment) -> Result<Comment> {
        who.require_complete()?;
        who.validate()?;
        let round = self.current_round()?;
        let (drafts, _) = self.drafts(&Version::Round(round.name.clone()))?;
        let Some(mut section) = drafts.find_section(&req.section) else {
            let ids: Vec<_> = drafts.sections.iter().map(|s| s.id.as_str()).collect();
            return Err(Error::NotFound(crate::t!(
                "err-no-section-in-round",
                section = format!("{:?}", req.section),
                round = round.name.as_str(),
                sections = ids.join(", ")
            )));
        };
        let body = req.body.trim();
        if body.is_empty() {
            return Err(Error::Invalid(crate::t!(
                "err-comment-empty",
                option = "--body"
            )));
        }
        if body.len() > MAX_BODY_BYTES
            || req
                .proposed_change
                .as_ref()
                .is_some_and(|p| p.len() > MAX_BODY_BYTES)
        {
            return Err(Error::Invalid(crate::t!(
                "err-comment-too-long",
                max = MAX_BODY_BYTES
            )));
        }
        let kind = match (req.kind, &req.in_reply_to) {
            (Some(k), _) => k,
            (None, Some(_)) => CommentType::General,
            (None, None) => {
                return Err(Error::Invalid(crate::t!(
                    "err-comment-no-type",
                    option = "--type"
                )))
            }
        };
        let mut reply_section = None;
        if let Some(parent) = &req.in_reply_to {
            if !is_valid_id(parent) {
                return Err(Error::Invalid(crate::t!(
                    "err-not-a-comment-id",
                    id = format!("{parent:?}")
                )));
            }
            let Some(p) = self.find_comment(parent)? else {
                return Err(Error::NotFound(crate::t!(
                    "err-no-comment-to-reply",
                    id = parent.as_str()
                )));
            };
            // A reply lives in its parent's section, and any passage it quotes is there too.
            match drafts.section(&p.section) {
                Some(s) => section = s,
                None if req.quote.is_some() || req.range.is_some() => {
                    return Err(Error::Refused(crate::t!(
                        "err-reply-section-not-in-round",
                        id = parent.as_str(),
                        section = p.section.as_str(),
                        round = round.name.as_str(),
                        option = "--quote"
                    )))
                }
                None => {}
            }
            reply_section = Some(p.section.clone());
        }
        // The text version the comment is anchored to.
        let lang = match req.lang.as_deref() {
            None => None,
            Some(l) if l == drafts.manifest.primary_language() => None,
            Some(l) if drafts.manifest.is_translation(l) => Some(l),
            Some(l) => {
                return Err(Error::Invalid(crate::t!(
                    "versions-comment-lang-unknown",
                    lang = crate::sanitize::inline(l),
                    languages = drafts.manifest.languages.join(", ")
                )))
            }
        };
        if let Some(l) = lang {
            section = drafts.section_in(Some(l), &section.id).ok_or_else(|| {
                Error::NotFound(crate::t!(
                    "versions-comment-no-version",
                    lang = l,
                    section = section.id.as_str(),
                    round = round.name.as_str()
                ))
            })?;
        }
        if req.occurrence.is_some() && req.quote.is_none() {
            return Err(Error::Invalid(crate::t!(
                "err-occurrence-without-quote",
                occurrence = "--occurrence",
                quote = "--quote"
            )));
        }
        let range = match (req.range, &req.quote) {
            (Some((s, e)), _) => {
                if s >= e
                    || e > section.text.len()
                    || !section.text.is_char_boundary(s)
                    || !section.text.is_char_boundary(e)
                {
                    return Err(Error::Invalid(crate::t!("err-range-outside-section")));
                }
                Some((s, e))
            }
            (None, Some(q)) if !q.is_empty() => {
                let occ = anchor::occurrences(&section.text, q);
                match (occ.len(), req.occurrence) {
                    (0, _) => {
                        return Err(Error::NotFound(crate::t!(
                            "err-quote-not-found",
                            quote = format!("{:?}", crate::sanitize::inline(q)),
                            section = section.id.as_str(),
                            title = section.title.as_str(),
                            round = round.name.as_str(),
                            command = format!("consulta show {}", section.id)
                        )))
                    }
                    (1, None) | (1, Some(1)) => Some((occ[0], occ[0] + q.len())),
                    (n, None) => {
                        return Err(Error::Invalid(crate::t!(
                            "err-quote-ambiguous",
                            count = n,
                            section = section.id.as_str(),
                            option = "--occurrence N"
                        )))
                    }
                    (n, Some(k)) if k == 0 || k > n => {
                        return Err(Error::Invalid(crate::t!(
                            "err-occurrence-out-of-range",
                            option = format!("--occurrence {k}"),
                            count = n,
                            section = section.id.as_str()
                        )))
                    }
                    (_, Some(k)) => Some((occ[k - 1], occ[k - 1] + q.len())),
                }
            }
            _ => None,
        };
        if req.proposed_change.is_some() && range.is_none() {
            return Err(Error::Invalid(crate::t!(
                "err-proposal-without-quote",
                option = "--quote"
            )));
        }
        let section_id = reply_section.unwrap_or_else(|| section.id.clone());
        let comment = Comment {
            schema: SCHEMA,
            id: ulid::Ulid::generate().to_string(),
            round: round.name.clone(),
            section: section_id,
            author: who.author(),
            created: now_rfc3339(),
            kind,
            stance: req.stance,
            anchor: range.map(|(s, e)| anchor::make(&section.text, s, e)),
            comment: body.to_string(),
            proposed_change: req.proposed_change.clone().filter(|p| !p.is_empty()),
            in_reply_to: req.in_reply_to.clone(),
            lang: lang.map(str::to_string),
        };
        let repair = self.recover()?;
        let message = format!(
            "Comment on {} ({}{})\n\n{}",
            comment.section,
            comment.kind,
            if comment.proposed_change.is_some() {
                ", with proposed wording"
            } else {
                ""
            },
            first_line(&comment.comment)
        );
        self.commit_files_repairing(
            &[FileWrite::new(comment.path(), comment.to_json())],
            &message,
            &who.signature()?,
            repair,
        )?;
        Ok(comment)
    }

    /// Record the secretariat's decision on a comment. Only the manifest's secretariat may.
    pub fn respond(&self, who: &Identity, res: &Resolution) -> Result<Disposition> {
        self.respond_as(&who.signature()?, who, res)
    }

    /// As [`Store::respond`], committing with the given signature (fixed times for the demo).
    pub fn respond_as(
        &self,
        sig: &Signature<'_>,
        who: &Identity,
        res: &Resolution,
    ) -> Result<Disposition> {
        // What a stopped write left is settled first: a decision changed on disk but never
        // committed is put back, so that this one is read against what is committed.
        let repair = self.recover()?;
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        if !drafts.manifest.is_secretariat(&who.email) {
            return Err(Error::Refused(crate::t!(
                "err-respond-not-secretariat",
                secretariat = drafts.manifest.secretariat.join(", "),
                you = format!("{:?}", who.email)
            )));
        }
        // The comment's own file, found by name: not every record (a million, say).
        let found = self.find_comment(&res.comment)?;
        let Some(c) = found.as_ref() else {
            return Err(Error::NotFound(crate::t!(
                "err-no-comment",
                id = format!("{:?}", res.comment)
            )));
        };
        let d = Disposition {
            schema: SCHEMA,
            comment: c.id.clone(),
            status: res.status,
            observations: res.observations.trim().to_string(),
            by: Person {
                name: who.name.clone(),
                email: who.email.clone(),
            },
            created: jiff::Timestamp::from_second(sig.when().seconds()).map_or_else(
                |_| now_rfc3339(),
                |t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            ),
        };
        let verb = if self.root.join(c.disposition_path()).is_file() {
            "Change the decision on"
        } else {
            "Respond to"
        };
        self.commit_files_repairing(
            &[FileWrite::new(c.disposition_path(), d.to_json())],
            &format!(
                "{verb} comment {} on {}: {}",
                c.id,
                c.section,
                d.status.label()
            ),
            sig,
            repair,
        )?;
        Ok(d)
    }

    /// The secretariat's addresses, from the manifest in the working tree.
    /// (When the working tree's manifest cannot be read, the committed one counts.)
    pub fn secretariat(&self) -> Result<Vec<String>> {
        Ok(self.manifest_only()?.secretariat)
    }

    /// The manifest alone, from the working tree (the committed one when the working tree's
    /// cannot be read), without reading the sections: rounds are listed often.
    pub fn manifest_only(&self) -> Result<crate::model::Manifest> {
        let path = self.root.join(super::MANIFEST);
        let parse = |bytes: &[u8]| crate::model::Manifest::parse(super::MANIFEST, bytes);
        let worktree = std::fs::read(&path).map_err(|e| Error::io(&path, e));
        if let Ok(Ok(m)) = worktree.as_deref().map(parse) {
            return Ok(m);
        }
        let committed = self
            .repo
            .head()
            .and_then(|h| h.peel_to_tree())
            .and_then(|t| t.get_path(std::path::Path::new(super::MANIFEST)))
            .and_then(|e| self.repo.find_blob(e.id()));
        match committed {
            Ok(blob) => parse(blob.content()).map_err(|p| Error::Invalid(p.to_string())),
            Err(_) => match worktree.map(|b| parse(&b)) {
                Ok(Err(p)) => Err(Error::Invalid(p.to_string())),
                Ok(Ok(m)) => Ok(m),
                Err(e) => Err(e),
            },
        }
    }

    /// Replace the comment's passage in the working draft with its proposed wording (or with
    /// `text` for a decision "accepted with modifications"), and commit with attribution.
    pub fn apply(
        &self,
        sig: &Signature<'_>,
        id: &str,
        text_override: Option<&str>,
    ) -> Result<Applied> {
        // A draft changed on disk by an apply that was stopped before its commit is put back
        // first: its change must not be committed by this apply, without its attribution.
        let repair = self.recover()?;
        // Checked here, not by each caller: the CLI and the TUI apply through this.
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        let email = String::from_utf8_lossy(sig.email_bytes()).into_owned();
        if !drafts.manifest.is_secretariat(&email) {
            return Err(Error::Refused(crate::t!(
                "err-apply-not-secretariat",
                secretariat = drafts.manifest.secretariat.join(", "),
                you = format!("{email:?}")
            )));
        }
        // The comment's own files, found by name: not every record.
        let found = self.find_comment(id)?;
        let Some(c) = found.as_ref() else {
            return Err(Error::NotFound(crate::t!(
                "err-no-comment",
                id = format!("{id:?}")
            )));
        };
        let Some(anchor) = &c.anchor else {
            return Err(Error::Refused(crate::t!("err-apply-no-passage", id = id)));
        };
        let status = self.disposition_of(c)?.map(|d| d.status);
        let replacement = match (status, text_override, &c.proposed_change) {
            (Some(Status::Accepted), None, Some(p)) => p.clone(),
            (Some(Status::Accepted | Status::Modified), Some(t), _) => t.to_string(),
            (Some(Status::Accepted), None, None) => {
                return Err(Error::Refused(crate::t!(
                    "err-apply-no-wording",
                    id = id,
                    option = "--text"
                )))
            }
            (Some(Status::Modified), None, _) => {
                return Err(Error::Refused(crate::t!(
                    "err-apply-modified-needs-text",
                    id = id,
                    option = "--text"
                )))
            }
            (Some(s), _, _) => {
                return Err(Error::Refused(crate::t!(
                    "err-apply-not-accepted",
                    id = id,
                    status = s.label()
                )))
            }
            (None, _, _) => {
                return Err(Error::Refused(crate::t!(
                    "err-apply-no-decision",
                    id = id,
                    command = format!("consulta respond {id} --status accepted --observations …")
                )))
            }
        };
        if let Some(prev) = self.applied_comments()?.get(id) {
            return Err(Error::Refused(crate::t!(
                "err-apply-already",
                id = id,
                commit = prev.to_string()[..10].to_string()
            )));
        }
        let lang = drafts.manifest.text_language(c.lang.as_deref());
        let Some(section) = drafts.section_in(lang, &c.section) else {
            return Err(Error::Refused(crate::t!(
                "err-apply-section-gone",
                section = c.section.as_str()
            )));
        };
        let (new_text, _, _) =
            anchor::replace(&section.text, anchor, &replacement).map_err(|e| match e {
                anchor::NotFound::Gone => Error::Refused(crate::t!(
                    "err-apply-passage-gone",
                    quote = format!("{:?}", crate::sanitize::inline(&anchor.quote)),
                    id = id,
                    section = c.section.as_str()
                )),
                anchor::NotFound::Ambiguous(n) => Error::Refused(crate::t!(
                    "err-apply-passage-ambiguous",
                    id = id,
                    count = n,
                    section = c.section.as_str()
                )),
            })?;
        // Whose words went in: the stakeholder's proposal as written, or the secretariat's
        // wording (accepted with modifications), which is then said as such and kept whole
        // in a trailer for the disposition table.
        let as_proposed = c.proposed_change.as_deref() == Some(replacement.as_str());
        let what = if as_proposed {
            format!(
                "{} proposed: {}",
                one_line(&c.author.name),
                first_line(&replacement)
            )
        } else {
            let proposed = match &c.proposed_change {
                Some(p) => format!("{} proposed: {}", one_line(&c.author.name), first_line(p)),
                None => format!("{} proposed no wording", one_line(&c.author.name)),
            };
            format!(
                "{proposed}\nThe secretariat applied its own wording: {}",
                first_line(&replacement)
            )
        };
        let wording_trailer = if as_proposed {
            String::new()
        } else {
            format!(
                "{APPLIED_WORDING}: {}\n",
                serde_json::to_string(&replacement).unwrap_or_default()
            )
        };
        let message = format!(
            "Apply comment {id} to {}\n\n{what}\n\nConsultation-Comment: {id}\n{wording_trailer}Co-authored-by: {} <{}>\n",
            c.section,
            one_line(&c.author.name),
            one_line(&c.author.email)
        );
        let commit = self.commit_files_repairing(
            &[FileWrite::new(
                crate::model::versions::version_path(lang, &section.file),
                new_text,
            )],
            &message,
            sig,
            repair,
        )?;
        Ok(Applied {
            comment: id.to_string(),
            section: c.section.clone(),
            commit,
        })
    }

    /// Comment ids named by `Consultation-Comment:` trailers in the secretariat's own commits
    /// on HEAD's first-parent line, with the commit that applied each (a trailer in a
    /// stakeholder's commit, or in anyone else's, names nothing).
    /// The decision on `c`, read from its own file in the working tree (none when the file is
    /// absent or not a valid decision on `c`).
    fn disposition_of(&self, c: &Comment) -> Result<Option<Disposition>> {
        let rel = c.disposition_path();
        let path = self.root.join(&rel);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(&path, e)),
        };
        Ok(match crate::model::parse_disposition(&rel, &bytes) {
            (Some(d), p) if p.is_empty() && d.comment == c.id => Some(d),
            _ => None,
        })
    }

    pub fn applied_comments(&self) -> Result<std::collections::HashMap<String, git2::Oid>> {
        let mut out = std::collections::HashMap::new();
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(out);
        };
        let secretariat = self.secretariat()?;
        let mut walk = self.repo.revwalk()?;
        walk.push(head.id())?;
        walk.simplify_first_parent()?;
        for oid in walk.flatten() {
            let Ok(commit) = self.repo.find_commit(oid) else {
                continue;
            };
            if !crate::diff::trace::is_secretariat_commit(&commit, &secretariat) {
                continue;
            }
            let Ok(msg) = commit.message() else { continue };
            if !msg.contains("Consultation-Comment:") {
                continue;
            }
            for line in msg.lines() {
                if let Some(id) = line.strip_prefix("Consultation-Comment:") {
                    out.entry(id.trim().to_string()).or_insert(oid);
                }
            }
        }
        Ok(out)
    }
}

/// The trailer of an apply commit that holds the secretariat's wording, as a JSON string, when
/// it is not the stakeholder's proposal as written.
pub const APPLIED_WORDING: &str = "Consultation-Applied-Wording";

/// The wording an apply commit's message says the secretariat applied instead of the
/// proposal, if it says so.
pub fn applied_wording(message: &str) -> Option<String> {
    message.lines().find_map(|l| {
        let v = l.strip_prefix(APPLIED_WORDING)?.strip_prefix(':')?;
        serde_json::from_str::<String>(v.trim()).ok()
    })
}

/// `s` as one line of a commit message: control characters (a newline among them, which
/// could start a trailer of its own) become spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

fn first_line(s: &str) -> String {
    let l = one_line(s.lines().next().unwrap_or(""));
    let l = l.as_str();
    let short: String = l.chars().take(72).collect();
    if short.len() < l.len() {
        format!("{short}…")
    } else {
        short
    }
}
