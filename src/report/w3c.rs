//! `consulta export --format w3c`: every comment as a W3C Web Annotation, in one
//! `AnnotationCollection` (JSON-LD, <https://www.w3.org/TR/annotation-model/>).
//!
//! - `id`: `urn:uuid:` and the comment's ULID written as a UUID (the same 128 bits, so the
//!   ULID can be recovered from it).
//! - `motivation`: `replying` for a reply (its `target` is the parent's annotation id),
//!   `editing` when the comment proposes wording (the proposal is a second body with `purpose`
//!   `editing`), `questioning` when the comment is a question (its text ends with `?`) and
//!   proposes nothing, else `commenting`.
//! - `body`: a `TextualBody` with the comment (`format` `text/plain`), plus the proposal.
//! - `target`: `source` = the section's file at the comment's round, as the relative IRI
//!   `<round>/drafts/<file>` (prefixed with `--base` when given); `selector` = a
//!   `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (start, end in
//!   code points of that file), or none for a comment on the whole section.
//! - `creator`: a `Person` with `name` and `email` (`mailto:`); `created`: the submission time.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::model::Comment;
use crate::repo::{Drafts, Records, Store, Version};
use crate::Result;

/// The Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// `urn:uuid:…` for a ULID (its 128 bits as a UUID); `None` when `id` is not a ULID.
pub fn annotation_id(id: &str) -> Option<String> {
    let u = ulid::Ulid::from_string(id).ok()?;
    let h = format!("{:032x}", u128::from(u));
    Some(format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    ))
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

/// One comment as an annotation. `file` is the section's file name at the comment's round.
pub fn annotation(c: &Comment, file: Option<&str>, base: &str) -> Value {
    let id = annotation_id(&c.id).unwrap_or_else(|| format!("{base}comments/{}", c.id));
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
    let source = format!(
        "{base}{}/drafts/{}",
        c.round,
        file.map_or_else(|| format!("{}.md", c.section), str::to_string)
    );
    let target = match (&c.in_reply_to, &c.anchor) {
        (Some(parent), _) => Value::String(
            annotation_id(parent).unwrap_or_else(|| format!("{base}comments/{parent}")),
        ),
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
        creator["email"] = Value::String(format!("mailto:{}", c.author.email));
    }
    json!({
        "id": id,
        "type": "Annotation",
        "motivation": motivation,
        "created": c.created,
        "creator": creator,
        "body": bodies,
        "target": target,
    })
}

/// Every comment of the consultation as one `AnnotationCollection` with one page.
pub fn collection(store: &Store, records: &Records, base: &str) -> Result<Value> {
    let rounds = store.rounds()?;
    let mut drafts: HashMap<String, Option<Drafts>> = HashMap::new();
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
        items.push(annotation(c, file, base));
    }
    let title = store
        .current_drafts()
        .map(|(d, _)| d.manifest.title)
        .unwrap_or_default();
    Ok(json!({
        "@context": CONTEXT,
        "id": format!("{base}annotations"),
        "type": "AnnotationCollection",
        "label": title,
        "total": items.len(),
        "first": {
            "id": format!("{base}annotations/page1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulid_as_uuid() {
        let id = annotation_id("01JX3Q8Z6K2W3X4Y5Z6A7B8C9D").unwrap();
        assert!(id.starts_with("urn:uuid:0197"), "{id}");
        assert_eq!(id.len(), "urn:uuid:".len() + 36);
        let hex: String = id["urn:uuid:".len()..].replace('-', "");
        let back = ulid::Ulid::from(u128::from_str_radix(&hex, 16).unwrap());
        assert_eq!(back.to_string(), "01JX3Q8Z6K2W3X4Y5Z6A7B8C9D");
        assert_eq!(annotation_id("nope"), None);
    }
}
