//! Which comments to show: one filter for the CLI's `comments`, the TUI's comment panel and
//! the secretariat's triage queue.

use super::{Comment, CommentType, Status};

/// Every field that is set must match; an empty filter lets everything through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommentFilter {
    pub section: Option<String>,
    pub kind: Option<CommentType>,
    /// A stakeholder category id.
    pub category: Option<String>,
    /// The decision: `Some(None)` = no decision yet.
    pub status: Option<Option<Status>>,
    /// Only this author's comments (an e-mail address, matched without case).
    pub author: Option<String>,
}

impl CommentFilter {
    /// Does `c`, whose decision is `status`, pass?
    pub fn matches(&self, c: &Comment, status: Option<Status>) -> bool {
        self.section.as_ref().is_none_or(|s| *s == c.section)
            && self.kind.is_none_or(|k| k == c.kind)
            && self
                .category
                .as_ref()
                .is_none_or(|cat| *cat == c.author.category)
            && self.status.is_none_or(|st| st == status)
            && self.author.as_ref().is_none_or(|a| {
                !a.trim().is_empty() && c.author.email.trim().eq_ignore_ascii_case(a.trim())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_field_must_match() {
        let c: Comment = serde_json::from_value(serde_json::json!({
            "schema": 1, "id": "01JX3Q8Z6K2W3X4Y5Z6A7B8C9D", "round": "round-1",
            "section": "assessment", "created": "2026-05-27T14:03:11Z", "type": "technical",
            "author": {"name": "Ana", "email": "Ana@Uni.example", "organisation": "U",
                       "category": "higher-education", "country": "UY"},
            "comment": "Too rigid."
        }))
        .unwrap();
        assert!(CommentFilter::default().matches(&c, None));
        let f = |g: fn(&mut CommentFilter)| {
            let mut f = CommentFilter::default();
            g(&mut f);
            f
        };
        assert!(f(|f| f.kind = Some(CommentType::Technical)).matches(&c, None));
        assert!(!f(|f| f.kind = Some(CommentType::General)).matches(&c, None));
        assert!(!f(|f| f.section = Some("financing".into())).matches(&c, None));
        assert!(!f(|f| f.category = Some("employer".into())).matches(&c, None));
        assert!(f(|f| f.status = Some(None)).matches(&c, None));
        assert!(!f(|f| f.status = Some(None)).matches(&c, Some(Status::Noted)));
        assert!(f(|f| f.author = Some("ana@uni.EXAMPLE".into())).matches(&c, None));
        assert!(!f(|f| f.author = Some(String::new())).matches(&c, None));
    }
}
