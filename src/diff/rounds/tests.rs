//! Round diffs: section matching, renames, hunks and word counts.

use super::*;
use crate::diff::rebuild;
use crate::model::Manifest;

fn drafts(version: Version, files: &[(&str, &str)]) -> Drafts {
    Drafts {
        version,
        manifest: Manifest::new("T", vec![]),
        sections: files
            .iter()
            .map(|(f, t)| Section::new(f, t.to_string()).unwrap())
            .collect(),
        translations: Default::default(),
    }
}

#[test]
fn statuses() {
    let old = drafts(
        Version::Round("r1".into()),
        &[
            ("01-intro.md", "# 1. Intro\n\nHello.\n"),
            ("02-scope.md", "# 2. Scope\n\nAll of it.\n"),
            ("03-gone.md", "# 3. Gone\n\nBye.\n"),
            ("04-end.md", "# 4. End\n\nThe end.\n"),
            ("05-last.md", "# 5. Last\n\nLast words.\n"),
        ],
    );
    let new = drafts(
        Version::WorkTree,
        &[
            ("01-intro.md", "# 1. Intro\n\nHello there.\n"),
            ("02-scope.md", "# 2. Scope\n\nAll of it.\n"),
            ("03-end.md", "# 3. End\n\nThe end.\n"),
            ("04-new.md", "# 4. New\n\nFresh words here.\n"),
            ("05-intro-b.md", "# 5. B\n\nb\n"),
            ("09-last.md", "# 9. Last\n\nLast words.\n"),
        ],
    );
    let d = diff_drafts(&old, &new);
    let got = status_pairs(&d);
    assert_eq!(
        got,
        [
            ("intro", "changed"),
            ("scope", "unchanged"),
            ("gone", "removed"),
            ("end", "renamed"),
            ("new", "added"),
            ("intro-b", "added"),
            ("last", "renamed"),
        ]
    );
    assert_eq!(d.from, "r1");
    assert_eq!(d.to, "draft");
    let intro = &d.sections[0];
    assert_eq!(intro.words_added, 1);
    assert_eq!(intro.hunks.len(), 1);
    let h = &intro.hunks[0];
    assert_eq!(
        (h.old_start, h.old_lines, h.new_start, h.new_lines),
        (3, 1, 3, 1)
    );
    assert_eq!(
        crate::diff::render_markers(&h.segments),
        "Hello{+ there+}.\n"
    );
    assert_eq!(d.sections[4].words_added, 5); // "4.", "New", "Fresh", "words", "here."
    assert_eq!(d.totals.sections_changed, 6);
}

#[test]
fn a_new_slug_with_mostly_the_old_text_is_a_rename() {
    let body = "Providers publish the learning outcomes.\n\nEach outcome is assessed.\n\nResults are recorded in the learner's wallet.\n";
    let old = drafts(
        Version::Round("r1".into()),
        &[
            ("01-intro.md", "# 1. Intro\n\nHello.\n"),
            ("02-eligibility.md", &format!("# 2. Eligibility\n\n{body}")),
            (
                "03-unrelated.md",
                "# 3. Unrelated\n\nSomething else entirely.\n",
            ),
        ],
    );
    let new = drafts(
        Version::Round("r2".into()),
        &[
            ("01-intro.md", "# 1. Intro\n\nHello.\n"),
            (
                "02-who-may-apply.md",
                &format!("# 2. Who may apply\n\n{body}"),
            ),
            ("03-fresh.md", "# 3. Fresh\n\nA new section of new words.\n"),
        ],
    );
    let d = diff_drafts(&old, &new);
    assert_eq!(
        status_pairs(&d),
        [
            ("intro", "unchanged"),
            ("who-may-apply", "renamed"),
            ("unrelated", "removed"),
            ("fresh", "added"),
        ]
    );
    let r = &d.sections[1];
    assert_eq!(r.old_id.as_deref(), Some("eligibility"));
    assert_eq!(r.old_file.as_deref(), Some("02-eligibility.md"));
    assert_eq!(r.new_file.as_deref(), Some("02-who-may-apply.md"));
    assert_eq!(r.old_title.as_deref(), Some("Eligibility"));
    // Only the heading changed: one hunk, not the whole section removed and added.
    assert_eq!(r.hunks.len(), 1);
    assert_eq!(r.words_removed, 1);
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["sections"][1]["old_id"], "eligibility");
    assert!(json["sections"][0].get("old_id").is_none());

    // Below the threshold the two stay a removal and an addition.
    assert!(similarity("a\nb\nc\nd\n", "a\nx\ny\nz\n") < RENAME_SIMILARITY);
    assert_eq!(similarity("a\nb\n", "b\na\n"), 1.0);
}

#[test]
fn leaving_out_shared_lines_keeps_the_diff_minimal_and_whole() {
    // Lines deleted and inserted by the plain line diff of the whole texts.
    fn plain(old: &str, new: &str) -> (usize, usize) {
        let diff = TextDiff::from_lines(old, new);
        let mut counts = (0, 0);
        for op in diff.ops() {
            let (tag, o, n) = op.as_tag_tuple();
            if tag != DiffTag::Equal {
                counts.0 += o.len();
                counts.1 += n.len();
            }
        }
        counts
    }
    let check = |old: &str, new: &str| {
        let hs = hunks(old, new);
        let counts = (
            hs.iter().map(|h| h.old_lines).sum::<usize>(),
            hs.iter().map(|h| h.new_lines).sum::<usize>(),
        );
        assert_eq!(counts, plain(old, new), "{old:?} → {new:?}");
        // Each hunk's old text is at its line range in the old text, and the lines
        // between hunks are the same in both texts.
        // Lines as the line diff splits them: at "\n", "\r\n" or a lone "\r".
        let lines = |t: &str| {
            let mut out: Vec<String> = Vec::new();
            let mut cur = String::new();
            let mut chars = t.chars().peekable();
            while let Some(c) = chars.next() {
                cur.push(c);
                if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                    out.push(std::mem::take(&mut cur));
                }
            }
            if !cur.is_empty() {
                out.push(cur);
            }
            out
        };
        let (ol, nl) = (lines(old), lines(new));
        let (mut o, mut n) = (0, 0);
        for h in &hs {
            let first = |start: usize, len: usize| if len == 0 { start } else { start - 1 };
            let (fo, fne) = (
                first(h.old_start, h.old_lines),
                first(h.new_start, h.new_lines),
            );
            assert_eq!(ol[o..fo], nl[n..fne], "{old:?} → {new:?}");
            let (ho, hn) = rebuild(&h.segments);
            assert_eq!(ol[fo..fo + h.old_lines].concat(), ho, "{old:?} → {new:?}");
            assert_eq!(nl[fne..fne + h.new_lines].concat(), hn, "{old:?} → {new:?}");
            (o, n) = (fo + h.old_lines, fne + h.new_lines);
        }
        assert_eq!(ol[o..], nl[n..], "{old:?} → {new:?}");
    };
    let cases = [
        ("a\nb\n", "a\nXb\n"),
        ("a\nb\n", "a\nX\nb\n"),
        ("a\nb", "a\nbc\n"),
        ("a\n", "a\nb\n"),
        ("", "a\n"),
        ("a\n", ""),
        ("x\na\n", "y\na\n"),
        ("a\nb\nc", "a\nB\nc"),
        ("a\nb\nc\n", "a\nb\nc"),
        ("same\n", "same\n"),
        ("ab\n", "b\n"),
        ("b\n", "ab\n"),
        ("b\nb\na\nab\n\nab\n", "\n\nab\n"),
        ("a\rb\nc\n", "a\rB\nc\n"),
        ("x\r\ny\n", "x\r\nz\n"),
    ];
    for (old, new) in cases {
        check(old, new);
    }
    let mut rng = crate::sample::Rng::new(7);
    for _ in 0..2000 {
        let pick = |rng: &mut crate::sample::Rng| -> String {
            (0..rng.below(8))
                .map(|_| ["a\n", "b\n", "a", "\n", "ab\n", "c\n", "\r", "d\r\n"][rng.below(8)])
                .collect()
        };
        let (old, new) = (pick(&mut rng), pick(&mut rng));
        check(&old, &new);
    }
}

fn status_pairs(d: &RoundDiff) -> Vec<(&str, &str)> {
    d.sections
        .iter()
        .map(|s| (s.id.as_str(), s.status.as_str()))
        .collect()
}

#[test]
fn reordered() {
    let old = drafts(
        Version::Round("r1".into()),
        &[("01-a.md", "a\n"), ("02-b.md", "b\n"), ("03-c.md", "c\n")],
    );
    let new = drafts(
        Version::Round("r2".into()),
        &[("01-b.md", "b\n"), ("02-c.md", "c\n"), ("03-a.md", "a\n")],
    );
    let d = diff_drafts(&old, &new);
    let got = status_pairs(&d);
    assert_eq!(
        got,
        [("b", "renamed"), ("c", "renamed"), ("a", "reordered")]
    );
}

#[test]
fn empty_ranges_as_git() {
    let h = hunks("a\nb\n", "a\nx\nb\n");
    assert_eq!(h.len(), 1);
    assert_eq!(
        (
            h[0].old_start,
            h[0].old_lines,
            h[0].new_start,
            h[0].new_lines
        ),
        (1, 0, 2, 1)
    );
    let h = hunks("a\nb\nc\n", "a\nc\n");
    assert_eq!(
        (
            h[0].old_start,
            h[0].old_lines,
            h[0].new_start,
            h[0].new_lines
        ),
        (2, 1, 1, 0)
    );
}

use crate::sample::Rng;

const VOCAB: &[&str] = &[
    "the",
    "learner",
    "shall",
    "credit",
    "évaluación",
    "学分",
    "🎓",
    "—",
    ",",
    ".",
    "5.2",
    "quality",
    "assurance",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "«",
    "»",
    "a",
    "\r\n",
    "é",
];

fn random_text(rng: &mut Rng, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| VOCAB[rng.below(VOCAB.len())].to_string())
        .collect()
}

#[test]
fn property_segments_rebuild_both_texts() {
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    for round in 0..500 {
        let len = rng.below(80);
        let mut tokens = random_text(&mut rng, len);
        let old: String = tokens.iter().map(|t| format!("{t} ")).collect();
        // Random edits: replace, insert, delete tokens; sometimes whole lines.
        let edits = rng.below(8);
        for _ in 0..edits {
            let at = if tokens.is_empty() {
                0
            } else {
                rng.below(tokens.len())
            };
            match rng.below(3) {
                0 if !tokens.is_empty() => tokens[at] = VOCAB[rng.below(VOCAB.len())].into(),
                1 => tokens.insert(at, VOCAB[rng.below(VOCAB.len())].into()),
                _ if !tokens.is_empty() => {
                    tokens.remove(at);
                }
                _ => {}
            }
        }
        let new: String = tokens.iter().map(|t| format!("{t} ")).collect();
        let segs = section_segments(&old, &new);
        assert_eq!(
            rebuild(&segs),
            (old.clone(), new.clone()),
            "round {round}: {old:?} -> {new:?}"
        );
        for h in hunks(&old, &new) {
            let (o, n) = rebuild(&h.segments);
            assert_ne!(o, n, "a hunk with no change in round {round}");
        }
    }
}
