//! What a sync brought into a clone, for the stakeholder's "what is new": their comments
//! decided or applied, new rounds, other people's comments.

use git2::Oid;

use super::Store;
use crate::Result;

/// What a sync brought into this clone, for the stakeholder's "what is new".
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SyncNews {
    /// Rounds that were not here before.
    pub new_rounds: Vec<String>,
    /// The user's own comments with a new (or changed) decision: id and status.
    pub decided: Vec<(String, crate::model::Status)>,
    /// The user's own comments whose wording was applied to the draft.
    pub applied: Vec<String>,
    /// Comments by other people that were not here before.
    pub new_comments: usize,
}

impl SyncNews {
    pub fn is_empty(&self) -> bool {
        self.new_rounds.is_empty()
            && self.decided.is_empty()
            && self.applied.is_empty()
            && self.new_comments == 0
    }

    /// "New here: 2 of your comments decided (1 accepted, 1 noted), 1 of your proposals
    /// applied to the draft, round-2 opened, 14 new comments from others." The CLI prints it
    /// after `sync`; the TUI shows it after sending.
    pub fn sentence(&self) -> String {
        if self.is_empty() {
            return crate::t!("lib-news-nothing");
        }
        let mut parts = Vec::new();
        if !self.decided.is_empty() {
            let mut by: Vec<(crate::model::Status, usize)> = Vec::new();
            for (_, s) in &self.decided {
                match by.iter_mut().find(|(k, _)| k == s) {
                    Some((_, c)) => *c += 1,
                    None => by.push((*s, 1)),
                }
            }
            by.sort_by_key(|(s, _)| *s);
            // One key per decision ("lib-news-status-accepted"…), each with its plural.
            let detail: Vec<String> = by
                .iter()
                .map(|(s, c)| {
                    let key = format!("{}{}", "lib-news-status-", s.as_str());
                    crate::t!(&key, count = *c)
                })
                .collect();
            parts.push(crate::t!(
                "lib-news-decided",
                count = self.decided.len(),
                detail = detail.join(", ")
            ));
        }
        if !self.applied.is_empty() {
            parts.push(crate::t!("lib-news-applied", count = self.applied.len()));
        }
        for r in &self.new_rounds {
            parts.push(crate::t!(
                "lib-news-round-opened",
                round = crate::sanitize::inline(r)
            ));
        }
        if self.new_comments > 0 {
            parts.push(crate::t!(
                "lib-news-new-comments",
                count = self.new_comments
            ));
        }
        crate::t!("lib-news", parts = parts.join(", "))
    }
}

impl Store {
    /// What reached this clone between `before` and `after`: new rounds, decisions on and
    /// applications of `me`'s comments, and other people's new comments. Only the folders that
    /// changed are read.
    pub fn news(
        &self,
        before: Oid,
        after: Oid,
        rounds_before: &[String],
        me: &str,
    ) -> Result<SyncNews> {
        use super::history::{subtree, tree_changes, Change, FileChange};
        let repo = &self.repo;
        let mut news = SyncNews {
            new_rounds: self
                .rounds()?
                .into_iter()
                .map(|r| r.name)
                .filter(|n| !rounds_before.contains(n))
                .collect(),
            ..SyncNews::default()
        };
        if before == after {
            return Ok(news);
        }
        let (old, new) = (
            repo.find_commit(before)?.tree()?,
            repo.find_commit(after)?.tree()?,
        );
        let old_c = subtree(repo, &old, "comments")?;
        let new_c = subtree(repo, &new, "comments")?;
        let mut changes: Vec<FileChange> = Vec::new();
        tree_changes(
            repo,
            old_c.as_ref(),
            new_c.as_ref(),
            "comments",
            &mut changes,
        )?;
        let mine = |path: &str| -> bool {
            new.get_path(std::path::Path::new(path))
                .ok()
                .and_then(|e| repo.find_blob(e.id()).ok())
                .and_then(|b| crate::model::parse_comment(path, b.content()).0)
                .is_some_and(|c| c.author.email.trim().eq_ignore_ascii_case(me.trim()))
        };
        for ch in &changes {
            if ch.change == Change::Deleted {
                continue;
            }
            if let Some(stem) = ch.path.strip_suffix(".disposition.json") {
                let comment_path = format!("{stem}.json");
                if !mine(&comment_path) {
                    continue;
                }
                let Some((blob, _)) = ch.new else { continue };
                let blob = repo.find_blob(blob)?;
                if let (Some(d), _) = crate::model::parse_disposition(&ch.path, blob.content()) {
                    news.decided.push((d.comment, d.status));
                }
            } else if ch.path.ends_with(".json") && ch.change == Change::Added && !mine(&ch.path) {
                news.new_comments += 1;
            }
        }
        // Applied: the `Consultation-Comment:` trailers of the commits that came in.
        let mut walk = repo.revwalk()?;
        walk.push(after)?;
        walk.hide(before)?;
        for oid in walk.flatten() {
            let Ok(commit) = repo.find_commit(oid) else {
                continue;
            };
            let Ok(msg) = commit.message() else { continue };
            for id in msg
                .lines()
                .filter_map(|l| l.strip_prefix("Consultation-Comment:"))
                .map(str::trim)
            {
                let path = self
                    .find_comment(id)
                    .ok()
                    .flatten()
                    .filter(|c| c.author.email.trim().eq_ignore_ascii_case(me.trim()));
                if path.is_some() && !news.applied.iter().any(|a| a == id) {
                    news.applied.push(id.to_string());
                }
            }
        }
        Ok(news)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_ui, Lang};
    use crate::model::Status;

    #[test]
    fn the_news_sentence_in_english_and_spanish() {
        let news = SyncNews {
            new_rounds: vec!["round-2".into()],
            decided: vec![
                ("a".into(), Status::Accepted),
                ("b".into(), Status::Noted),
                ("c".into(), Status::Accepted),
            ],
            applied: vec!["a".into()],
            new_comments: 1,
        };
        assert_eq!(
            with_ui(Lang::EN, || news.sentence()),
            "New here: 3 of your comments decided (2 accepted, 1 noted), 1 of your proposals applied to the draft, round-2 opened, 1 new comment from others."
        );
        assert_eq!(
            with_ui(Lang::parse("es").unwrap(), || news.sentence()),
            "Novedades: 3 de sus comentarios con decisión (2 aceptados, 1 tomado en cuenta), 1 de sus propuestas aplicada al borrador, se abrió round-2, 1 comentario nuevo de otras personas."
        );
        assert_eq!(
            with_ui(Lang::EN, || SyncNews::default().sentence()),
            "Nothing new from the consultation since your last sync."
        );
    }
}
