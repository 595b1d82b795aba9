//! Comment and disposition records: one JSON file each. A comment holds the stakeholder's words
//! and is never rewritten after submission; a disposition holds the secretariat's decision.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{is_valid_id, is_valid_round_name, is_valid_slug, Problem, SCHEMA};

/// Who wrote a comment (ISO template: member body / organisation, plus W3C creator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Author {
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub category: String,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default)]
    pub country: String,
}

/// The ISO/IEC commenting template's comment types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CommentType {
    General,
    Technical,
    Editorial,
}

impl CommentType {
    pub const ALL: [CommentType; 3] = [Self::General, Self::Technical, Self::Editorial];

    /// `ge`, `te`, `ed` (the ISO abbreviations) or the full word.
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "ge" | "general" => Some(Self::General),
            "te" | "technical" => Some(Self::Technical),
            "ed" | "editorial" => Some(Self::Editorial),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::General => "general",
            Self::Technical => "technical",
            Self::Editorial => "editorial",
        }
    }

    pub fn abbrev(self) -> &'static str {
        match self {
            Self::General => "ge",
            Self::Technical => "te",
            Self::Editorial => "ed",
        }
    }
}

impl fmt::Display for CommentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stakeholder's overall position on the passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Support,
    Oppose,
    Neutral,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Self::Support, Self::Oppose, Self::Neutral];

    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "support" => Some(Self::Support),
            "oppose" => Some(Self::Oppose),
            "neutral" => Some(Self::Neutral),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::Oppose => "oppose",
            Self::Neutral => "neutral",
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the section a comment points, in the manner of the W3C Web Annotation model:
/// a TextQuoteSelector (quote, prefix, suffix) plus a TextPositionSelector (start, end in
/// code points of the section source at the round's commit), plus a human reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub paragraph: Option<usize>,
    pub quote: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    pub start: usize,
    pub end: usize,
}

/// A stakeholder's comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub schema: u32,
    pub id: String,
    pub round: String,
    pub section: String,
    pub author: Author,
    /// RFC 3339 time of submission.
    pub created: String,
    #[serde(rename = "type")]
    pub kind: CommentType,
    #[serde(default)]
    pub stance: Option<Stance>,
    #[serde(default)]
    pub anchor: Option<Anchor>,
    pub comment: String,
    #[serde(default)]
    pub proposed_change: Option<String>,
    #[serde(default)]
    pub in_reply_to: Option<String>,
    /// The language of the text version the comment is anchored to (`"es"`); absent for the
    /// primary text, so that records written before language versions read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The secretariat's decision on a comment (ISO: accepted / accepted with modifications /
/// not accepted / noted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Accepted,
    Modified,
    Rejected,
    Noted,
}

impl Status {
    pub const ALL: [Status; 4] = [Self::Accepted, Self::Modified, Self::Rejected, Self::Noted];

    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "accepted" => Some(Self::Accepted),
            "modified" => Some(Self::Modified),
            "rejected" => Some(Self::Rejected),
            "noted" => Some(Self::Noted),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::Modified => "modified",
            Self::Rejected => "rejected",
            Self::Noted => "noted",
        }
    }

    /// The wording of the ISO template.
    pub fn label(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::Modified => "accepted with modifications",
            Self::Rejected => "not accepted",
            Self::Noted => "noted",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Person {
    pub name: String,
    pub email: String,
}

/// A disposition file: `<comment-id>.disposition.json` beside the comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disposition {
    pub schema: u32,
    pub comment: String,
    pub status: Status,
    #[serde(default)]
    pub observations: String,
    pub by: Person,
    pub created: String,
}

fn check_schema(
    path: &str,
    bytes: &[u8],
    parsed: Result<u32, &serde_json::Error>,
) -> Result<(), Problem> {
    match parsed {
        Ok(v) if v > SCHEMA => Err(newer_schema(path, v)),
        Ok(0) => Err(Problem::file(
            path,
            crate::t!("lib-schema-zero", expected = SCHEMA),
        )),
        Ok(_) => Ok(()),
        Err(e) => {
            // Deep nesting, said in words (serde_json would name a wrong type instead).
            if let Some(p) = Problem::nested_too_deep(path, bytes) {
                return Err(p);
            }
            // A record that does not parse may still be a newer schema with other fields.
            #[derive(Deserialize)]
            struct Probe {
                schema: u32,
            }
            if let Ok(p) = serde_json::from_slice::<Probe>(bytes) {
                if p.schema > SCHEMA {
                    return Err(newer_schema(path, p.schema));
                }
            }
            Err(Problem::json(path, e))
        }
    }
}

fn newer_schema(path: &str, schema: u32) -> Problem {
    Problem::file(
        path,
        crate::t!("lib-schema-newer", schema = schema, reads = SCHEMA),
    )
}

/// Records are UTF-8 JSON; say so plainly (serde would speak of code points) and where.
fn check_utf8(path: &str, bytes: &[u8]) -> Result<(), Problem> {
    match std::str::from_utf8(bytes) {
        Ok(_) => Ok(()),
        Err(e) => {
            let head = &bytes[..e.valid_up_to()];
            let line = head.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = head.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Err(Problem::at(
                path,
                line,
                col,
                crate::t!("lib-record-not-utf8"),
            ))
        }
    }
}

fn nonempty(path: &str, what: &str, s: &str, problems: &mut Vec<Problem>) {
    if s.trim().is_empty() {
        problems.push(Problem::file(
            path,
            crate::t!("lib-field-empty", field = what),
        ));
    }
}

/// Parse a comment file and check the rules that need no other file. Returns the comment when
/// it could be read at all, with the problems found.
pub fn parse_comment(path: &str, bytes: &[u8]) -> (Option<Comment>, Vec<Problem>) {
    let parsed = serde_json::from_slice::<Comment>(bytes);
    // A record that parses is valid UTF-8 (outside strings JSON is ASCII, and serde_json checks
    // the strings): the separate check, for its clearer message, runs only on failure.
    if parsed.is_err() {
        if let Err(p) = check_utf8(path, bytes) {
            return (None, vec![p]);
        }
    }
    let schema = parsed.as_ref().map(|c| c.schema);
    if let Err(p) = check_schema(path, bytes, schema) {
        return (None, vec![p]);
    }
    let Ok(c) = parsed else { return (None, vec![]) };
    let mut problems = Vec::new();
    if !is_valid_id(&c.id) {
        problems.push(Problem::file(
            path,
            crate::t!("lib-id-not-ulid", id = format!("{:?}", c.id)),
        ));
    }
    if !is_valid_slug(&c.section) {
        problems.push(Problem::file(
            path,
            crate::t!("lib-bad-section-id", section = format!("{:?}", c.section)),
        ));
    }
    if !is_valid_round_name(&c.round) {
        problems.push(Problem::file(
            path,
            crate::t!("lib-bad-round-name", round = format!("{:?}", c.round)),
        ));
    }
    nonempty(path, "comment", &c.comment, &mut problems);
    nonempty(path, "author.name", &c.author.name, &mut problems);
    nonempty(path, "author.email", &c.author.email, &mut problems);
    if c.created.parse::<jiff::Timestamp>().is_err()
        && jiff::Timestamp::strptime("%Y-%m-%dT%H:%M:%S%#z", &c.created).is_err()
    {
        problems.push(Problem::file(
            path,
            crate::t!("lib-bad-created", created = format!("{:?}", c.created)),
        ));
    }
    if let Some(a) = &c.anchor {
        if a.end < a.start {
            problems.push(Problem::file(
                path,
                crate::t!("lib-anchor-end-before-start", end = a.end, start = a.start),
            ));
        }
        if a.quote.is_empty() {
            problems.push(Problem::file(path, crate::t!("lib-anchor-quote-empty")));
        }
    }
    if let Some(l) = &c.lang {
        if !super::versions::is_language_code(l) {
            problems.push(Problem::file(
                path,
                crate::t!(
                    "versions-comment-lang-code",
                    lang = crate::sanitize::inline(l)
                ),
            ));
        }
    }
    if let Some(r) = &c.in_reply_to {
        if !is_valid_id(r) {
            problems.push(Problem::file(
                path,
                crate::t!("lib-bad-in-reply-to", id = format!("{r:?}")),
            ));
        }
    }
    // File name must be the id, and the folders the round and section.
    if problems.is_empty() && !at_its_place(path, &c) {
        let expected = format!("comments/{}/{}/{}.json", c.round, c.section, c.id);
        problems.push(Problem::file(
            path,
            crate::t!("lib-comment-misplaced", path = expected),
        ));
    }
    (Some(c), problems)
}

/// Whether `path` ends with `comments/<round>/<section>/<id>.json` for the comment `c`.
fn at_its_place(path: &str, c: &Comment) -> bool {
    let mut parts = path.rsplitn(4, '/');
    let (Some(file), Some(section), Some(round), Some(rest)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    file.strip_suffix(".json") == Some(c.id.as_str())
        && section == c.section
        && round == c.round
        && (rest == "comments" || rest.ends_with("/comments"))
}

/// Parse a disposition file and check what needs no other file.
pub fn parse_disposition(path: &str, bytes: &[u8]) -> (Option<Disposition>, Vec<Problem>) {
    if let Err(p) = check_utf8(path, bytes) {
        return (None, vec![p]);
    }
    let parsed = serde_json::from_slice::<Disposition>(bytes);
    let schema = parsed.as_ref().map(|d| d.schema);
    if let Err(p) = check_schema(path, bytes, schema) {
        return (None, vec![p]);
    }
    let Ok(d) = parsed else { return (None, vec![]) };
    let mut problems = Vec::new();
    if !is_valid_id(&d.comment) {
        problems.push(Problem::file(
            path,
            crate::t!(
                "lib-disposition-bad-comment",
                id = format!("{:?}", d.comment)
            ),
        ));
    } else if !path.ends_with(&format!("{}.disposition.json", d.comment)) {
        problems.push(Problem::file(
            path,
            crate::t!(
                "lib-disposition-misnamed",
                name = format!("{}.disposition.json", d.comment)
            ),
        ));
    }
    nonempty(path, "by.email", &d.by.email, &mut problems);
    (Some(d), problems)
}

impl Comment {
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The path of this comment's file, relative to the repository root.
    pub fn path(&self) -> String {
        format!("comments/{}/{}/{}.json", self.round, self.section, self.id)
    }

    pub fn disposition_path(&self) -> String {
        format!(
            "comments/{}/{}/{}.disposition.json",
            self.round, self.section, self.id
        )
    }
}

impl Disposition {
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
  "schema": 1,
  "id": "01JX3Q8Z6K2W3X4Y5Z6A7B8C9D",
  "round": "round-1",
  "section": "quality-assurance",
  "author": {"name": "A", "email": "a@x.example", "organisation": "U", "category": "higher-education", "country": "UY"},
  "created": "2026-05-27T14:03:11Z",
  "type": "technical",
  "stance": "oppose",
  "anchor": null,
  "comment": "Too strict.",
  "proposed_change": null,
  "in_reply_to": null
}"#;
    const PATH: &str = "comments/round-1/quality-assurance/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json";

    #[test]
    fn good_comment_parses() {
        let (c, p) = parse_comment(PATH, GOOD.as_bytes());
        assert!(p.is_empty(), "{p:?}");
        let c = c.unwrap();
        assert_eq!(c.kind, CommentType::Technical);
        assert_eq!(c.path(), PATH);
        // Round trip.
        let (c2, _) = parse_comment(PATH, c.to_json().as_bytes());
        assert_eq!(c2.unwrap(), c);
    }

    #[test]
    fn truncated_names_line_and_column() {
        let (c, p) = parse_comment(PATH, &GOOD.as_bytes()[..120]);
        assert!(c.is_none());
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, 6);
        assert!(p[0].message.contains("truncated"), "{}", p[0].message);
    }

    #[test]
    fn invalid_utf8_is_named_with_its_position() {
        let mut bytes = GOOD.as_bytes().to_vec();
        let at = GOOD.find("Too strict").unwrap();
        bytes[at] = 0xFF;
        let (c, p) = parse_comment(PATH, &bytes);
        assert!(c.is_none());
        assert_eq!((p[0].line, p[0].column), (11, 15), "{p:?}");
        assert!(p[0].message.contains("not valid UTF-8"), "{p:?}");
    }

    #[test]
    fn deep_nesting_is_said_in_words_with_its_position() {
        // Deep in a field, and at the top: serde_json alone would say "invalid type".
        let s = format!("{{\n  \"schema\": 1,\n  \"comment\": {}", "[".repeat(300));
        let (c, p) = parse_comment(PATH, s.as_bytes());
        assert!(c.is_none());
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!((p[0].line, p[0].column), (3, 13 + 128), "{p:?}");
        assert!(
            p[0].message.contains("nested more than 128 levels deep"),
            "{p:?}"
        );
        let s = "[".repeat(10_000) + &"]".repeat(10_000);
        let (_, p) = parse_disposition("x.disposition.json", s.as_bytes());
        assert_eq!((p[0].line, p[0].column), (1, 129), "{p:?}");
        assert!(p[0].message.contains("128 levels"), "{p:?}");
        // A deep structure that is not a record's is not reported as too deep.
        let (_, p) = parse_comment(PATH, b"[[1]]");
        assert!(!p[0].message.contains("levels deep"), "{p:?}");
    }

    #[test]
    fn newer_schema_refused() {
        let s = GOOD
            .replace("\"schema\": 1", "\"schema\": 7")
            .replace("\"comment\": \"Too strict.\",", "");
        let (_, p) = parse_comment(PATH, s.as_bytes());
        assert!(p[0].message.contains("newer consulta"), "{:?}", p);
    }

    #[test]
    fn wrong_place_and_bad_fields() {
        let s = GOOD.replace("\"comment\": \"Too strict.\"", "\"comment\": \"  \"");
        let (_, p) = parse_comment("comments/round-1/other/x.json", s.as_bytes());
        assert!(
            p.iter().any(|p| p.message.contains("`comment` is empty")),
            "{p:?}"
        );
        let (_, p) = parse_comment("comments/round-1/other/x.json", GOOD.as_bytes());
        assert!(p[0].message.contains("should be at"), "{p:?}");
        let s = GOOD.replace("\"technical\"", "\"tech\"");
        let (_, p) = parse_comment(PATH, s.as_bytes());
        assert!(p[0].message.contains("unknown variant"), "{p:?}");
        assert_eq!(p[0].line, 8);
    }
}
