//! `consulta export --format w3c`: every comment as a W3C Web Annotation, in one
//! `AnnotationCollection` (JSON-LD, <https://www.w3.org/TR/annotation-model/>). Every `id` and
//! `source` is an absolute IRI (see [`base`] and [`annotation_uuid`]).
//!
//! - `id`: `urn:uuid:` and a version 8 UUID carrying the comment's ULID.
//! - `motivation`: `replying` for a reply (its `target` is the parent's annotation id),
//!   `editing` when the comment proposes wording (the proposal is a second body with `purpose`
//!   `editing`), `questioning` when the comment is a question (its text ends with `?`) and
//!   proposes nothing, else `commenting`.
//! - `body`: a `TextualBody` with the comment (`format` `text/plain`), plus the proposal.
//! - `target`: `source` = the section's file at the comment's round, `<base><round>/drafts/
//!   <file>` (round and file name percent-encoded); `selector` = a `TextQuoteSelector` (exact,
//!   prefix, suffix) and a `TextPositionSelector` (start, end in code points of that file), or
//!   none for a comment on the whole section.
//! - `creator`: a `Person` with `name` and `email` (`mailto:`); `created`: the submission time.
//! - The collection's `id` is `<base>annotations`; its one page, `first`, is
//!   `<base>annotations/page1` and holds every annotation. A consultation without comments has
//!   `total` 0 and no page (a page holds at least one annotation, model 5.2).

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::model::iri;
use crate::model::Comment;
use crate::repo::{Drafts, Records, Store, Version};
use crate::{Error, Result};

/// The Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// `urn:uuid:` and a version 8 UUID (RFC 9562, section 5.8) for a comment's ULID: the ULID's
/// 16 bytes with the version (`8`) and the variant written over six of its 80 random bits
/// (bits 48–51 and 64–65). Its 48-bit time is kept whole, so the UUIDs sort by the time the
/// comments were made, and the same comment has the same id in every export. `None` when `id`
/// is not a ULID.
pub fn annotation_uuid(id: &str) -> Option<String> {
    let u = ulid::Ulid::from_string(id).ok()?;
    Some(uuid::Uuid::new_v8(u.to_bytes()).urn().to_string())
}

/// The annotation id of every comment of an export.
///
/// Two ULIDs give the same UUID only when they differ in nothing but the six bits the UUID
/// does not keep: no ULID generator does that (in one millisecond a monotonic one counts up
/// from the last bit, and a random one would have to draw 74 equal bits), so only a
/// hand-made id can. Of such ids the smallest keeps the UUID and the others get
/// `<base>comments/<id>`, so that no two annotations share an id.
pub struct Ids {
    base: String,
    ids: HashMap<String, String>,
}

impl Ids {
    pub fn new<'a>(comment_ids: impl IntoIterator<Item = &'a str>, base: &str) -> Ids {
        let mut by_uuid: HashMap<String, Vec<&str>> = HashMap::new();
        for id in comment_ids {
            if let Some(u) = annotation_uuid(id) {
                by_uuid.entry(u).or_default().push(id);
            }
        }
        let mut ids = HashMap::new();
        for (u, mut same) in by_uuid {
            same.sort_unstable();
            same.dedup();
            for (k, id) in same.into_iter().enumerate() {
                let iri = if k == 0 {
                    u.clone()
                } else {
                    comment_iri(base, id)
                };
                ids.insert(id.to_string(), iri);
            }
        }
        Ids {
            base: base.to_string(),
            ids,
        }
    }

    /// The annotation id of comment `id` (also of one left out of the export: a reply's
    /// parent whose file could not be read still has its id).
    pub fn get(&self, id: &str) -> String {
        self.ids
            .get(id)
            .cloned()
            .or_else(|| annotation_uuid(id))
            .unwrap_or_else(|| comment_iri(&self.base, id))
    }
}

fn comment_iri(base: &str, id: &str) -> String {
    format!("{base}comments/{}", iri::segment(id))
}

/// The base the export's IRIs hang from, the first of:
/// 1. `given` (`--base`);
/// 2. `base` in the working tree's manifest;
/// 3. the `origin` remote's URL, when it is on a forge whose raw-file addresses are known
///    ([`iri::from_remote`]);
/// 4. `urn:consulta:<id of the first commit>:`.
///
/// A base given by a person must be an absolute IRI; it is returned as a URI ending in `/`
/// or `:` ([`iri::base`]).
pub fn base(store: &Store, given: Option<&str>) -> Result<String> {
    if let Some(g) = given {
        return iri::base(g).map_err(Error::Invalid);
    }
    let manifest = store
        .drafts(&Version::WorkTree)
        .or_else(|_| store.current_drafts())
        .ok()
        .map(|(d, _)| d.manifest);
    if let Some(b) = manifest.and_then(|m| m.base) {
        return iri::base(&b).map_err(|e| {
            Error::Invalid(format!(
                "{}: base: {e}; correct it, or give the base with --base",
                crate::repo::MANIFEST
            ))
        });
    }
    let repo = store.git();
    if let Some(b) = repo
        .find_remote("origin")
        .ok()
        .and_then(|r| r.url().ok().and_then(iri::from_remote))
    {
        return Ok(b);
    }
    let mut commit = repo.head()?.peel_to_commit()?;
    while let Ok(parent) = commit.parent(0) {
        commit = parent;
    }
    Ok(iri::urn(&commit.id().to_string()))
}

fn is_question(text: &str) -> bool {
    text.trim_end().ends_with(['?', '？'])
}

/// The motivation of a comment's annotation.
pub fn motivation(c: &Comment) -> &'static str {
    if c.in_reply_to.is_some() {
        "replying"
    } else if c.proposed_change.is_some() {
        "editing"
    } else if is_question(&c.comment) {
        "questioning"
    } else {
        "commenting"
    }
}

/// One comment as an annotation. `file` is the section's file name at the comment's round;
/// `base` ends with `/` or `:` ([`base`]).
pub fn annotation(c: &Comment, file: Option<&str>, base: &str, ids: &Ids) -> Value {
    let motivation = motivation(c);
    let mut bodies = vec![json!({
        "type": "TextualBody",
        "value": c.comment,
        "format": "text/plain",
        "purpose": if motivation == "editing" { "commenting" } else { motivation },
    })];
    if let Some(p) = &c.proposed_change {
        bodies.push(json!({
            "type": "TextualBody",
            "value": p,
            "format": "text/plain",
            "purpose": "editing",
        }));
    }
    let file = file.map_or_else(|| format!("{}.md", c.section), str::to_string);
    // A comment made on a language version targets that version's file, `drafts/<lang>/`.
    let version = c
        .lang
        .as_deref()
        .map_or(String::new(), |l| format!("{}/", iri::segment(l)));
    let source = format!(
        "{base}{}/drafts/{version}{}",
        iri::segment(&c.round),
        iri::segment(&file)
    );
    let target = match (&c.in_reply_to, &c.anchor) {
        (Some(parent), _) => Value::String(ids.get(parent)),
        (None, Some(a)) => json!({
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        }),
        (None, None) => json!({ "source": source }),
    };
    let mut creator = json!({"type": "Person", "name": c.author.name});
    if !c.author.email.is_empty() {
        creator["email"] = Value::String(mailto(&c.author.email));
    }
    json!({
        "id": ids.get(&c.id),
        "type": "Annotation",
        "motivation": motivation,
        "created": c.created,
        "creator": creator,
        "body": bodies,
        "target": target,
    })
}

/// `mailto:` and the address, with what a URI cannot hold percent-encoded (RFC 6068).
fn mailto(email: &str) -> String {
    let mut out = String::from("mailto:");
    for &b in email.trim().as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$'()*+,;=:@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Every comment of the consultation as one `AnnotationCollection`, with one page holding
/// them all, or no page when there are none. `base` is what [`base`] gives.
pub fn collection(store: &Store, records: &Records, base: &str) -> Result<Value> {
    let rounds = store.rounds()?;
    let mut drafts: HashMap<String, Option<Drafts>> = HashMap::new();
    let ids = Ids::new(records.comments.iter().map(|c| c.id.as_str()), base);
    let mut items = Vec::with_capacity(records.comments.len());
    for c in &records.comments {
        if !drafts.contains_key(&c.round) {
            let d = if rounds.iter().any(|r| r.name == c.round) {
                store
                    .drafts(&Version::Round(c.round.clone()))
                    .ok()
                    .map(|x| x.0)
            } else {
                None
            };
            drafts.insert(c.round.clone(), d);
        }
        let file = drafts
            .get(&c.round)
            .and_then(Option::as_ref)
            .and_then(|d| d.section(&c.section))
            .map(|s| s.file.as_str());
        items.push(annotation(c, file, base, &ids));
    }
    let title = store
        .current_drafts()
        .map(|(d, _)| d.manifest.title)
        .unwrap_or_default();
    let mut out = json!({
        "@context": CONTEXT,
        "id": format!("{base}annotations"),
        "type": "AnnotationCollection",
        "label": title,
        "total": items.len(),
    });
    if !items.is_empty() {
        out["first"] = json!({
            "id": format!("{base}annotations/page1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "01JX3Q8Z6K2W3X4Y5Z6A7B8C9D";

    fn hex(urn: &str) -> u128 {
        let h = urn.strip_prefix("urn:uuid:").unwrap().replace('-', "");
        u128::from_str_radix(&h, 16).unwrap()
    }

    #[test]
    fn a_ulid_as_a_version_8_uuid() {
        let id = annotation_uuid(ID).unwrap();
        assert_eq!(id.len(), "urn:uuid:".len() + 36, "{id}");
        assert_eq!(
            id.as_bytes()["urn:uuid:".len() + 14],
            b'8',
            "version 8: {id}"
        );
        assert!(
            matches!(
                id.as_bytes()["urn:uuid:".len() + 19],
                b'8' | b'9' | b'a' | b'b'
            ),
            "RFC 9562 variant: {id}"
        );
        let ulid = u128::from(ulid::Ulid::from_string(ID).unwrap());
        let v = hex(&id);
        // Only the version and variant bits differ from the ULID's.
        let kept: u128 = !((0xf << 76) | (0b11 << 62));
        assert_eq!(v & kept, ulid & kept);
        assert_eq!(v >> 80, ulid >> 80, "the time is kept whole");
        assert_eq!(annotation_uuid(ID), Some(id), "the same id every time");
        assert_eq!(annotation_uuid("nope"), None);
    }

    #[test]
    fn uuids_sort_by_time() {
        let earlier = ulid::Ulid::from_parts(1_700_000_000_000, u128::MAX >> 48).to_string();
        let later = ulid::Ulid::from_parts(1_700_000_000_001, 0).to_string();
        assert!(annotation_uuid(&earlier).unwrap() < annotation_uuid(&later).unwrap());
    }

    #[test]
    fn ids_that_would_share_a_uuid_do_not() {
        let u = u128::from(ulid::Ulid::from_string(ID).unwrap());
        // The same ULID but for bits the UUID writes over: only a hand-made id is like that.
        let twin = ulid::Ulid::from(u ^ (1 << 77)).to_string();
        assert_eq!(annotation_uuid(ID), annotation_uuid(&twin));
        let base = "urn:consulta:abc:";
        let ids = Ids::new([twin.as_str(), ID, "01KMP78028TTBCZ4NM6NZQDRWM"], base);
        let (a, b) = (ids.get(ID), ids.get(&twin));
        assert_ne!(a, b);
        let (small, large) = if ID < twin.as_str() { (a, b) } else { (b, a) };
        assert_eq!(Some(small), annotation_uuid(ID.min(&twin)));
        assert_eq!(large, format!("{base}comments/{}", ID.max(&twin)));
        assert_eq!(
            Some(ids.get("01KMP78028TTBCZ4NM6NZQDRWM")),
            annotation_uuid("01KMP78028TTBCZ4NM6NZQDRWM")
        );
        // A comment left out of the export keeps its id.
        assert_eq!(
            Some(ids.get(&"0".repeat(26))),
            annotation_uuid(&"0".repeat(26))
        );
    }

    #[test]
    fn mailto_is_a_uri() {
        assert_eq!(mailto("ana@udelar.example"), "mailto:ana@udelar.example");
        let odd = mailto("josé pérez@ejemplo.example");
        assert_eq!(odd, "mailto:jos%C3%A9%20p%C3%A9rez@ejemplo.example");
        assert_eq!(iri::check_uri(&odd), Ok(()));
    }
}
