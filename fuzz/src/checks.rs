//! The invariants that both the property tests (`tests/properties.rs`, which includes this file)
//! and the cargo-fuzz targets (`fuzz/fuzz_targets/`) check, so that the two always test the same
//! thing. Every function panics with a message when an invariant does not hold; proptest turns
//! the panic into a shrunk failing case, libFuzzer into a crash artifact.
//!
//! Only consulta's public API is used.

use consulta::anchor::bounds::{Bounds, Edge};
use consulta::anchor::carry::{carry, resolved, CarryStatus, SectionMap, Target};
use consulta::anchor::{self, Found, NotFound};
use consulta::diff::rounds::{hunks, section_segments};
use consulta::diff::{rebuild, render_markers, word_changes, words, Kind, Segment};
use consulta::model::section::{paragraphs, title_of};
use consulta::model::split::{auto_level, match_pieces, slugify, split, Piece};
use consulta::model::{
    is_valid_slug, parse_comment, parse_disposition, text, Anchor, Comment, Disposition, Problem,
    SCHEMA,
};

/// Where `repo::read` finds a comment and its disposition (the parser checks the path against
/// the record's round, section and id).
pub const COMMENT_PATH: &str = "comments/round-1/quality-assurance/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json";
pub const DISPOSITION_PATH: &str =
    "comments/round-1/quality-assurance/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.disposition.json";

// ---------------------------------------------------------------------------------------------
// Comment and disposition records.

/// What every parse result must look like, whatever the bytes: a record or at least one
/// problem; problems name the file, point inside it, and print without control characters.
fn check_problems(path: &str, bytes: &[u8], record_found: bool, problems: &[Problem]) {
    assert!(
        record_found || !problems.is_empty(),
        "no record and no problem for {bytes:?}"
    );
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    for p in problems {
        assert_eq!(p.path, path, "{p:?}");
        assert!(
            p.line <= lines,
            "line {} of a {lines}-line file: {p:?}",
            p.line
        );
        assert!(!p.message.is_empty(), "{p:?}");
        let shown = p.to_string();
        assert!(
            !shown.chars().any(|c| c.is_control() && c != '\t'),
            "a control character reaches the terminal: {shown:?}"
        );
    }
}

/// Parse arbitrary bytes as a comment and as a disposition. Never panics; a record that is
/// read at all comes back identical, with the same problems, from its own serialisation.
pub fn record_bytes(bytes: &[u8]) {
    let (c, problems) = parse_comment(COMMENT_PATH, bytes);
    check_problems(COMMENT_PATH, bytes, c.is_some(), &problems);
    if let Some(c) = &c {
        assert_eq!(c.schema, SCHEMA, "a record of another schema was accepted");
        let again = parse_comment(COMMENT_PATH, c.to_json().as_bytes());
        assert_eq!(again, (Some(c.clone()), problems), "re-serialised comment");
    }
    let (d, problems) = parse_disposition(DISPOSITION_PATH, bytes);
    check_problems(DISPOSITION_PATH, bytes, d.is_some(), &problems);
    if let Some(d) = &d {
        assert_eq!(d.schema, SCHEMA, "a record of another schema was accepted");
        let again = parse_disposition(DISPOSITION_PATH, d.to_json().as_bytes());
        assert_eq!(
            again,
            (Some(d.clone()), problems),
            "re-serialised disposition"
        );
    }
}

/// A comment serialised and parsed again at its own path is equal to itself (schema 1), or is
/// refused with exactly one problem (any other schema). Returns the validation problems.
pub fn comment_round_trip(c: &Comment) -> Vec<Problem> {
    let path = c.path();
    let json = c.to_json();
    let (back, problems) = parse_comment(&path, json.as_bytes());
    check_problems(&path, json.as_bytes(), back.is_some(), &problems);
    if c.schema == SCHEMA {
        assert_eq!(back.as_ref(), Some(c), "round trip of {json}");
    } else {
        assert_eq!(back, None, "schema {} accepted", c.schema);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("schema"), "{problems:?}");
    }
    problems
}

/// As [`comment_round_trip`], for a disposition (at the path its comment id names).
pub fn disposition_round_trip(d: &Disposition) -> Vec<Problem> {
    let path = format!("comments/round-1/s/{}.disposition.json", d.comment);
    let json = d.to_json();
    let (back, problems) = parse_disposition(&path, json.as_bytes());
    check_problems(&path, json.as_bytes(), back.is_some(), &problems);
    if d.schema == SCHEMA {
        assert_eq!(back.as_ref(), Some(d), "round trip of {json}");
    } else {
        assert_eq!(back, None, "schema {} accepted", d.schema);
        assert_eq!(problems.len(), 1, "{problems:?}");
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// Section splitter.

/// Leading `#`s of the text's first line when they make an ATX heading: 1 to 6, then a blank,
/// a tab, a `\r` or the line's end (only `\n` ends a line).
fn heading_hashes(text_: &str) -> Option<usize> {
    let line = text_.split('\n').next().unwrap_or("");
    let n = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[n..];
    ((1..=6).contains(&n) && (rest.is_empty() || rest.starts_with([' ', '\t', '\r']))).then_some(n)
}

/// The invariants of `split(doc, level)`:
/// 1. every piece's text is non-blank and ends in exactly one `\n`, with no blank, tab or
///    `\r` before it;
/// 2. the pieces, stripped of surrounding white space, occur in order and without overlap in the
///    document (CRLF read as LF), and all that lies between or around them is white space: no
///    character other than white space is lost, duplicated or reordered;
/// 3. every piece but the first starts with a heading of level `level` or higher (fewer `#`);
///    a piece titled by a heading has a one-line, non-blank title;
/// 4. split again at the same level, a piece is itself (cuts are stable).
pub fn split_at(doc: &str, level: usize) -> Vec<Piece> {
    let pieces = split(doc, level);
    let normal = doc.replace("\r\n", "\n");
    let mut rest: &str = &normal;
    for (i, p) in pieces.iter().enumerate() {
        let core = p.text.trim();
        assert!(!core.is_empty(), "blank piece {i}: {pieces:?}");
        assert!(
            p.text.ends_with('\n'),
            "piece {i} does not end in a newline"
        );
        assert_eq!(
            format!("{}\n", p.text.trim_end_matches([' ', '\t', '\r', '\n'])),
            p.text,
            "piece {i} ends in blanks or blank lines"
        );
        rest = rest.trim_start();
        assert!(
            rest.starts_with(core),
            "piece {i} {core:?} is not next in the document; the rest is {rest:?}"
        );
        rest = &rest[core.len()..];
        let headed = heading_hashes(&p.text).is_some_and(|h| h <= level);
        assert!(
            headed || i == 0,
            "piece {i} does not start with a heading of level <= {level}: {:?}",
            p.text
        );
        assert!(!p.title.trim().is_empty(), "blank title: {p:?}");
        assert!(!p.title.contains('\n'), "title of two lines: {p:?}");
        let want = match headed {
            true => title_of(&p.text).unwrap_or_else(|| "untitled".into()),
            false => "front matter".into(),
        };
        assert_eq!(p.title, want, "piece {i}");
        // Splitting a piece again gives the piece back (a lone CR before a newline is the one
        // thing the CRLF normalisation may still change, so such pieces are skipped).
        if !p.text.contains('\r') {
            let again = split(&p.text, level);
            assert_eq!(again, std::slice::from_ref(p), "piece {i} split again");
        }
        slug(&p.title);
    }
    assert!(
        rest.trim().is_empty(),
        "text after the last piece is lost: {rest:?}"
    );
    pieces
}

/// Split at the automatic level and at every level: see [`split_at`]. `auto_level` is `None`
/// exactly when splitting at level 6 cuts at no heading.
pub fn split_all(doc: &str) -> Option<usize> {
    let auto = auto_level(doc);
    if let Some(l) = auto {
        assert!((1..=6).contains(&l), "auto level {l}");
        split_at(doc, l);
    }
    for level in 1..=6 {
        let pieces = split_at(doc, level);
        if level == 6 {
            let headed = pieces
                .iter()
                .filter(|p| heading_hashes(&p.text).is_some())
                .count();
            assert_eq!(
                auto.is_none(),
                headed == 0,
                "auto level {auto:?}, yet {headed} pieces start with a heading: {pieces:?}"
            );
        }
    }
    auto
}

/// `slugify` always gives a safe file-name component: a valid section id of at most 60
/// characters, only letters, digits and single inner dashes, never `.`/`..`, no separator.
pub fn slug(title: &str) -> String {
    let s = slugify(title);
    assert!(is_valid_slug(&s), "{title:?} -> {s:?}");
    assert!(
        !s.is_empty() && s.chars().count() <= 60,
        "{title:?} -> {s:?}"
    );
    assert!(
        s.chars().all(|c| c.is_alphanumeric() || c == '-'),
        "{title:?} -> {s:?}"
    );
    assert!(
        !s.starts_with('-') && !s.ends_with('-') && !s.contains("--"),
        "{title:?} -> {s:?}"
    );
    assert!(
        !s.contains(['/', '\\', '.', '\0']) && s != "." && s != "..",
        "{title:?} -> {s:?}"
    );
    s
}

/// `match_pieces` gives one answer per piece, points only at existing sections, never at one
/// section twice, and pairs every section with itself when the pieces are the sections.
pub fn matching(pieces: &[Piece], existing: &[(String, String, String)]) {
    let m = match_pieces(pieces, existing);
    assert_eq!(m.len(), pieces.len());
    let mut seen = vec![false; existing.len()];
    for j in m.iter().flatten() {
        assert!(*j < existing.len(), "{m:?}");
        assert!(!seen[*j], "section {j} matched twice: {m:?}");
        seen[*j] = true;
    }
    let own: Vec<(String, String, String)> = pieces
        .iter()
        .map(|p| (slugify(&p.title), p.title.clone(), p.text.clone()))
        .collect();
    let m = match_pieces(pieces, &own);
    let identity: Vec<Option<usize>> = (0..pieces.len()).map(Some).collect();
    assert_eq!(m, identity, "pieces matched against themselves");
}

// ---------------------------------------------------------------------------------------------
// Anchoring.

/// `text_` with `del` code points at code point `at` (both clamped to the text) replaced by
/// `ins`: the edits the generators and fuzzers make.
pub fn edit(text_: &str, at: usize, del: usize, ins: &str) -> String {
    let n = text::cp_len(text_);
    let at = at.min(n);
    let del = del.min(n - at);
    let (s, e) = (byte_at(text_, at), byte_at(text_, at + del));
    format!("{}{ins}{}", &text_[..s], &text_[e..])
}

/// Byte offset of code point `cp` (clamped to the text's length).
pub fn byte_at(text_: &str, cp: usize) -> usize {
    text::byte_of(text_, cp)
}

/// `make` on the code-point range `a..b` (either order) of `text_`: the anchor holds the exact
/// passage, its code-point position, up to 32 code points of context on each side and the
/// paragraph around its start; it stands at its position and `locate` finds it there.
pub fn anchor_made(text_: &str, a: usize, b: usize) -> Anchor {
    let n = text::cp_len(text_);
    let (a, b) = (a.min(n), b.min(n));
    let (a, b) = (a.min(b), a.max(b));
    let (s, e) = (byte_at(text_, a), byte_at(text_, b));
    let anc = anchor::make(text_, s, e);
    assert_eq!(anc.quote, &text_[s..e]);
    assert_eq!((anc.start, anc.end), (a, b), "code-point range");
    assert_eq!(text::cp_len(&anc.prefix), a.min(anchor::CONTEXT), "prefix");
    assert!(text_[..s].ends_with(&anc.prefix), "prefix {:?}", anc.prefix);
    assert_eq!(
        text::cp_len(&anc.suffix),
        (n - b).min(anchor::CONTEXT),
        "suffix"
    );
    assert!(
        text_[e..].starts_with(&anc.suffix),
        "suffix {:?}",
        anc.suffix
    );
    let pars = paragraphs(text_);
    match anc.paragraph {
        Some(k) => {
            let p = &pars[k - 1];
            assert!(p.start <= s && s <= p.end, "paragraph {k} {p:?} for {s}");
            assert_eq!(anc.clause, p.clause);
        }
        None => {
            assert!(!pars.iter().any(|p| p.start <= s && s <= p.end));
            assert_eq!(anc.clause, None);
        }
    }
    assert!(anchor::is_at_position(text_, &anc), "{anc:?}");
    assert_eq!(
        anchor::locate(text_, &anc),
        Ok(Found::InPlace { start: s, end: e })
    );
    if s < e {
        assert!(anchor::occurrences(text_, &anc.quote).contains(&s));
    }
    // The anchor survives its JSON form (it is stored in the comment file).
    let json = serde_json::to_string(&anc).expect("anchor serialises");
    assert_eq!(
        serde_json::from_str::<Anchor>(&json).ok().as_ref(),
        Some(&anc)
    );
    anc
}

/// Every place `quote` starts in `text_`, found the slow way.
fn naive_occurrences(text_: &str, quote: &str) -> Vec<usize> {
    if quote.is_empty() {
        return Vec::new();
    }
    text_
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| text_[i..].starts_with(quote))
        .collect()
}

/// `locate`, `occurrences` and `replace` with any anchor (even one read from a hostile comment
/// file: positions past the end, end before start, empty quote) on any text: no panic, and
/// - a found passage is the quote, at a char boundary; in place means at the recorded
///   code-point position, moved means at one of the quote's occurrences;
/// - a unique occurrence is always found; `Gone` means no occurrence; `Ambiguous(n)` means at
///   least two tied occurrences;
/// - `replace` puts the replacement exactly where `locate` found the passage.
pub fn locate_any(text_: &str, anc: &Anchor, replacement: &str) {
    let _ = located(text_, anc, replacement);
}

/// [`locate_any`], returning what `locate` found.
fn located(text_: &str, anc: &Anchor, replacement: &str) -> Result<Found, NotFound> {
    let occ = anchor::occurrences(text_, &anc.quote);
    if text_.len() <= 4096 && anc.quote.len() <= 512 {
        assert_eq!(occ, naive_occurrences(text_, &anc.quote), "occurrences");
    } else {
        for &o in &occ {
            assert!(text_[o..].starts_with(anc.quote.as_str()));
        }
        assert!(occ.windows(2).all(|w| w[0] < w[1]));
    }
    let here = anchor::is_at_position(text_, anc);
    let found = anchor::locate(text_, anc);
    match &found {
        Ok(f) => {
            let (s, e) = f.range();
            assert_eq!(text_.get(s..e), Some(anc.quote.as_str()), "{f:?}");
            match f {
                Found::InPlace { .. } => {
                    assert!(here);
                    assert_eq!(text::cp_of(text_, s), anc.start, "in place");
                }
                Found::Moved { .. } => {
                    assert!(!here);
                    assert!(occ.contains(&s), "moved to {s}, not an occurrence");
                }
            }
        }
        Err(NotFound::Gone) => assert!(!here && occ.is_empty(), "gone, yet {occ:?}"),
        Err(NotFound::Ambiguous(k)) => {
            assert!(
                !here && *k >= 2 && *k <= occ.len(),
                "ambiguous {k} of {occ:?}"
            );
        }
    }
    if let [o] = occ.as_slice() {
        assert_eq!(
            found.as_ref().map(Found::range),
            Ok((*o, o + anc.quote.len())),
            "the only occurrence"
        );
    }
    match (anchor::replace(text_, anc, replacement), &found) {
        (Ok((new, rs, re)), Ok(f)) => {
            let (s, e) = f.range();
            assert_eq!((rs, re), (s, s + replacement.len()));
            assert_eq!(
                new,
                format!("{}{replacement}{}", &text_[..s], &text_[e..]),
                "replace"
            );
        }
        (Err(a), Err(b)) => assert_eq!(&a, b),
        (r, f) => panic!("replace {r:?} but locate {f:?}"),
    }
    found
}

/// An anchor made on `old` and looked for in `new`, where `new` is `old` with `inserted` put
/// at byte `at`. Beyond [`locate_any`]: when the insertion lies wholly before the anchor's
/// recorded context, the passage is found where it went, unless another occurrence stands at
/// the recorded position or is tied with it on context.
pub fn locate_after_insert(old: &str, anc: &Anchor, at: usize, inserted: &str) {
    let new = format!("{}{inserted}{}", &old[..at], &old[at..]);
    let found = located(&new, anc, "x");
    let s = byte_at(old, anc.start);
    if anc.quote.is_empty()
        || !anchor::is_at_position(old, anc)
        || !old[..s].ends_with(&anc.prefix)
        || at > s - anc.prefix.len()
    {
        return;
    }
    let want = s + inserted.len();
    let tie = |o: usize| {
        new[..o].ends_with(&anc.prefix) && new[o + anc.quote.len()..].starts_with(&anc.suffix)
    };
    match found {
        Ok(f) if f.range().0 == want => {}
        Ok(Found::InPlace { .. }) => {}
        Err(NotFound::Ambiguous(_)) => {
            let tied = anchor::occurrences(&new, &anc.quote)
                .into_iter()
                .filter(|&o| tie(o))
                .count();
            assert!(tied >= 2, "ambiguous but only {tied} full-context match");
        }
        other => panic!("passage at {want} of {new:?} not found: {other:?} for {anc:?}"),
    }
}

/// Carry an anchor made on `old` into `new` (and `others`). Whatever it finds is consistent:
/// its code-point range in the named section holds its text; unchanged and moved passages are
/// the quote (unchanged ones at the recorded position); a resolved one is the applied wording;
/// changed and resolved ones carry a word diff that rebuilds the quote and the text now. An
/// anchor carried into its own unchanged text is unchanged.
///
/// Edges: a changed passage starts and ends on word boundaries (never inside a word or a
/// grapheme cluster); unchanged and moved ones, being the quote, no deeper than the quote's
/// own edges were. (A resolved one is the wording the secretariat put where the passage was,
/// and is taken as it stands.)
///
/// "Resolved" here means what the texts show: the applied wording found where the passage
/// was, so a resolved passage *is* that wording. That a commit applied the comment is known
/// only from the history, one level up (`Store::carry_comments`), which then makes the comment
/// resolved whatever survives of its quote with `carry::resolved`: checked last below, on
/// whatever the texts gave. Asking the text-level carry itself for "resolved whenever
/// applied" would break the invariant that a resolved passage is the applied wording, which
/// is why the status is settled where the history is read.
pub fn carried(
    old: &str,
    anc: &Anchor,
    new: Option<&str>,
    others: &[(&str, &str)],
    applied: Option<&str>,
) {
    let target = Target {
        section: new.map(|n| ("this", n)),
        others,
    };
    let c = carry(old, anc, &target, applied);
    let Some(section) = &c.section else {
        assert_eq!(c.status, CarryStatus::Orphaned, "{c:?}");
        assert!(
            c.start.is_none() && c.end.is_none() && c.text.is_none(),
            "{c:?}"
        );
        // Applied by a commit, it is resolved all the same: in its own section if that still
        // exists, without a place.
        let r = resolved(c.clone(), &anc.quote, new.map(|_| "this"));
        assert_eq!(r.status, CarryStatus::Resolved, "{r:?}");
        assert_eq!(r.section.as_deref(), new.map(|_| "this"), "{r:?}");
        assert!(r.start.is_none() && r.text.is_none(), "{r:?}");
        return;
    };
    assert_ne!(c.status, CarryStatus::Orphaned, "{c:?}");
    let in_text = if section == "this" {
        new.expect("carried into a section that does not exist")
    } else {
        others
            .iter()
            .find(|(id, _)| id == section)
            .map(|(_, t)| *t)
            .expect("carried into an unknown section")
    };
    let (Some(s), Some(e), Some(now)) = (c.start, c.end, c.text.as_deref()) else {
        panic!("found without a position: {c:?}")
    };
    assert!(s <= e, "{c:?}");
    let (bs, be) = (byte_at(in_text, s), byte_at(in_text, e));
    assert_eq!(
        &in_text[bs..be],
        now,
        "the range does not hold the text: {c:?}"
    );
    assert_eq!(text::cp_len(&in_text[..be]), e, "end past the text: {c:?}");
    match c.status {
        CarryStatus::Unchanged => {
            assert_eq!(now, anc.quote, "{c:?}");
            assert_eq!(s, anc.start, "{c:?}");
        }
        CarryStatus::Moved => assert_eq!(now, anc.quote, "{c:?}"),
        CarryStatus::Resolved => {
            assert_eq!(Some(now), applied, "{c:?}");
            assert_eq!(rebuild(&c.diff), (anc.quote.clone(), now.to_string()));
        }
        CarryStatus::Changed => {
            assert!(!now.is_empty(), "{c:?}");
            assert_eq!(section, "this", "{c:?}");
            assert_eq!(rebuild(&c.diff), (anc.quote.clone(), now.to_string()));
        }
        CarryStatus::Orphaned => unreachable!(),
    }
    let b = Bounds::new(in_text);
    let (es, ee) = (b.edge(bs), b.edge(be));
    match c.status {
        CarryStatus::Changed => assert_eq!(
            (es, ee),
            (Edge::Word, Edge::Word),
            "a changed passage cut inside a word: {c:?}"
        ),
        CarryStatus::Unchanged | CarryStatus::Moved => {
            let (qs, qe) = SectionMap::new(old, new).quote_edges(anc);
            assert!(
                es <= qs && ee <= qe,
                "the quote found cut deeper ({es:?}, {ee:?}) than it was ({qs:?}, {qe:?}): {c:?}"
            );
        }
        _ => {}
    }
    // The comment applied by a commit: resolved, at the place the texts gave, if any.
    let r = resolved(c.clone(), &anc.quote, Some("this"));
    assert_eq!(r.status, CarryStatus::Resolved, "{r:?}");
    assert_eq!(
        (&r.section, r.start, r.end, &r.text),
        (&c.section, c.start, c.end, &c.text),
        "{r:?}"
    );
    assert_eq!(
        rebuild(&r.diff),
        (anc.quote.clone(), now.to_string()),
        "{r:?}"
    );
    if new == Some(old)
        && applied.is_none()
        && !anc.quote.is_empty()
        && anchor::is_at_position(old, anc)
    {
        assert_eq!(
            (c.status, c.section.as_deref(), c.start),
            (CarryStatus::Unchanged, Some("this"), Some(anc.start)),
            "carried into its own text: {c:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Word diff.

/// Lines as the line diff sees them: ended by `\n`, `\r\n` or a lone `\r`.
fn diff_lines(s: &str) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => i + 2,
            b'\r' | b'\n' => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(&s[start..end]);
        start = end;
        i = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn check_segments(what: &str, old: &str, new: &str, segs: &[Segment]) {
    assert_eq!(
        rebuild(segs),
        (old.to_string(), new.to_string()),
        "{what}: segments do not rebuild both texts: {segs:?}"
    );
    assert!(
        segs.iter().all(|s| !s.text.is_empty()),
        "{what}: empty segment in {segs:?}"
    );
    assert!(
        segs.windows(2).all(|w| w[0].kind != w[1].kind),
        "{what}: two adjacent segments of one kind in {segs:?}"
    );
}

/// `words(old, new)`: the segments rebuild both texts exactly, none is empty, no two adjacent
/// ones are of the same kind; equal texts give only equal segments, an empty side gives one
/// insertion or deletion. The line-then-word diff of a whole section (`section_segments`)
/// rebuilds both texts too, and each hunk is a real change covering exactly its lines.
pub fn word_diff(old: &str, new: &str) {
    let segs = words(old, new);
    check_segments("words", old, new, &segs);
    // Its shortcut at the shared ends may break a tie another way, but it inserts and deletes
    // as many words as the diff of the whole texts (before changes are grouped for display).
    let (short, whole) = (word_changes(old, new, true), word_changes(old, new, false));
    check_segments("word_changes", old, new, &short);
    let size = |segs: &[Segment], kind: Kind| -> usize {
        segs.iter()
            .filter(|s| s.kind == kind)
            .map(|s| consulta::diff::tokens(&s.text))
            .sum()
    };
    for kind in [Kind::Insert, Kind::Delete] {
        assert_eq!(
            size(&short, kind),
            size(&whole, kind),
            "{kind:?}: {short:?} against the whole texts' {whole:?}"
        );
    }
    if old == new {
        assert!(segs.iter().all(|s| s.kind == Kind::Equal), "{segs:?}");
    }
    if old.is_empty() && !new.is_empty() {
        assert_eq!(segs.len(), 1, "{segs:?}");
        assert_eq!(segs[0].kind, Kind::Insert);
    }
    if new.is_empty() && !old.is_empty() {
        assert_eq!(segs.len(), 1, "{segs:?}");
        assert_eq!(segs[0].kind, Kind::Delete);
    }
    let markers = render_markers(&segs);
    if segs.iter().all(|s| s.kind == Kind::Equal) {
        assert_eq!(markers, old);
    }

    check_segments("section", old, new, &section_segments(old, new));
    let old_lines = diff_lines(old);
    let new_lines = diff_lines(new);
    let mut last = (0, 0);
    let hs = hunks(old, new);
    assert_eq!(hs.is_empty(), old == new, "{hs:?}");
    for h in &hs {
        let (o, n) = rebuild(&h.segments);
        assert_ne!(o, n, "a hunk without a change: {h:?}");
        let first = |start: usize, count: usize| if count == 0 { start } else { start - 1 };
        let (fo, fnew) = (
            first(h.old_start, h.old_lines),
            first(h.new_start, h.new_lines),
        );
        assert!(fo >= last.0 && fnew >= last.1, "hunks out of order: {hs:?}");
        assert_eq!(
            o,
            old_lines[fo..fo + h.old_lines].concat(),
            "old lines of {h:?}"
        );
        assert_eq!(
            n,
            new_lines[fnew..fnew + h.new_lines].concat(),
            "new lines of {h:?}"
        );
        last = (fo + h.old_lines, fnew + h.new_lines);
    }
}
