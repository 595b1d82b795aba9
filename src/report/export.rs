//! `consulta export --format json`: every comment with its disposition.
//!
//! ```text
//! {
//!   "schema": 1,
//!   "title": "…",
//!   "participants": {"verified": 12, "unverified": 48},   // distinct authors; see `verify`
//!   "comments": [{
//!     …every field of the comment file (see the comment format in the README)…,
//!     "verified": true | false,      // signed by the author's key in drafts/participants
//!     "disposition": null | {
//!       "status": "accepted" | "modified" | "rejected" | "noted",
//!       "label": "accepted with modifications",     // the ISO wording
//!       "observations": "…",
//!       "by": {"name": "…", "email": "…"},
//!       "created": "2026-05-20T10:00:00Z",
//!       "applied_in": "<commit id>" | null,          // the commit that applied the proposal
//!       "applied_round": "round-2" | null            // the first round containing that commit
//!     }
//!   }]
//! }
//! ```

use serde_json::{json, Value};

use crate::repo::{Records, Store};
use crate::Result;

/// The export as a JSON value.
pub fn comments_json(store: &Store, records: &Records) -> Result<Value> {
    let applied = store.applied_comments()?;
    let rounds = store.rounds()?;
    let round_of = |oid: &git2::Oid| -> Option<String> {
        rounds
            .iter()
            .find(|r| {
                r.commit == *oid
                    || store
                        .git()
                        .graph_descendant_of(r.commit, *oid)
                        .unwrap_or(false)
            })
            .map(|r| r.name.clone())
    };
    let verified = store.verified_comment_ids()?;
    let mut people: std::collections::HashMap<String, bool> = Default::default();
    let mut out = Vec::with_capacity(records.comments.len());
    for c in &records.comments {
        let ok = verified.contains(&c.id);
        *people
            .entry(c.author.email.trim().to_lowercase())
            .or_default() |= ok;
        let mut v = serde_json::to_value(c)
            .map_err(|e| crate::Error::Invalid(format!("cannot write comment {}: {e}", c.id)))?;
        v["verified"] = Value::Bool(ok);
        v["disposition"] = records.disposition(&c.id).map_or(Value::Null, |d| {
            let oid = applied.get(&c.id);
            json!({
                "status": d.status,
                "label": d.status.label(),
                "observations": d.observations,
                "by": d.by,
                "created": d.created,
                "applied_in": oid.map(|o| o.to_string()),
                "applied_round": oid.and_then(round_of),
            })
        });
        out.push(v);
    }
    let title = store
        .current_drafts()
        .map(|(d, _)| d.manifest.title)
        .unwrap_or_default();
    let sure = people.values().filter(|&&v| v).count();
    Ok(json!({
        "schema": 1,
        "title": title,
        "participants": {"verified": sure, "unverified": people.len() - sure},
        "comments": out
    }))
}
