//! `consulta diff` on real temporary repositories: the sample's two rounds (sections changed by
//! the applied proposals, with the comments behind each hunk), renamed, reordered, added and
//! removed sections, the output formats, and unknown rounds.

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

/// Comments of the sample whose proposals were applied: (id, section).
fn applied(env: &Env) -> Vec<(String, String)> {
    env.comments_json()
        .iter()
        .filter(|c| !c["disposition"]["applied_in"].is_null())
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["section"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn section<'a>(d: &'a Value, id: &str) -> &'a Value {
    d["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("section {id} not in the diff: {d:#}"))
}

fn changed_ids(d: &Value) -> BTreeSet<String> {
    d["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] != "unchanged")
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn rounds_of_the_sample_show_the_applied_proposals() {
    let env = Env::demo();
    let applied = applied(&env);
    assert_eq!(applied.len(), 9, "the sample applies 9 proposals");
    let out = env.run(&["diff", "round-1", "round-2", "--format", "json"]);
    out.ok();
    let d = out.json();
    assert_eq!(d["from"], "round-1");
    assert_eq!(d["to"], "round-2");

    let want: BTreeSet<String> = applied.iter().map(|(_, s)| s.clone()).collect();
    assert_eq!(changed_ids(&d), want, "{d:#}");
    for s in d["sections"].as_array().unwrap() {
        if s["status"] != "unchanged" {
            assert_eq!(s["status"], "changed", "{s:#}");
            assert!(!s["hunks"].as_array().unwrap().is_empty());
            assert_eq!(s["old_file"], s["new_file"]);
        }
    }
    for (id, sec) in &applied {
        let hunks = section(&d, sec)["hunks"].as_array().unwrap();
        assert!(
            hunks
                .iter()
                .any(|h| h["comments"].as_array().unwrap().iter().any(|c| c == id)),
            "comment {id} is in no hunk of {sec}: {hunks:#?}"
        );
    }
    // Every hunk's comments are among the applied ones.
    let ids: BTreeSet<&str> = applied.iter().map(|(i, _)| i.as_str()).collect();
    for s in d["sections"].as_array().unwrap() {
        for h in s["hunks"].as_array().unwrap() {
            for c in h["comments"].as_array().unwrap() {
                assert!(ids.contains(c.as_str().unwrap()), "{h:#}");
            }
            assert!(h["old_start"].as_u64().unwrap() >= 1);
            assert!(!h["segments"].as_array().unwrap().is_empty());
        }
    }
    let added = d["totals"]["words_added"].as_u64().unwrap();
    assert!(added > 0);
    let sum: u64 = d["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["words_added"].as_u64().unwrap())
        .sum();
    assert_eq!(sum, added);
    assert_eq!(
        d["totals"]["sections_changed"].as_u64().unwrap() as usize,
        want.len()
    );
}

#[test]
fn text_output_marks_words_and_defaults_to_the_last_two_rounds() {
    let env = Env::demo();
    let out = env.run(&["diff"]);
    out.ok()
        .stdout_has("diff round-1 → round-2")
        .stdout_has("{+")
        .stdout_has("[-")
        .stdout_has("@@ -")
        .stdout_has("## 6 Quality assurance  changed  +");
    assert!(
        !out.stdout.contains('\x1b'),
        "no colour when stdout is not a terminal:{out:?}"
    );
    let explicit = env.run(&["diff", "round-1", "round-2"]);
    assert_eq!(out.stdout, explicit.stdout);

    // Once the working draft changes, the default is the last round against it.
    let text = env.read("drafts/01-purpose-and-scope.md");
    env.write(
        "drafts/01-purpose-and-scope.md",
        &format!("{text}\nA new closing paragraph about fees.\n"),
    );
    let out = env.run(&["diff", "--format", "json"]);
    out.ok();
    let d = out.json();
    assert_eq!(d["from"], "round-2");
    assert_eq!(d["to"], "draft");
    assert_eq!(
        changed_ids(&d),
        BTreeSet::from(["purpose-and-scope".to_string()])
    );
    assert_eq!(section(&d, "purpose-and-scope")["words_added"], 6);
}

#[test]
fn renamed_reordered_added_and_removed_sections() {
    let env = Env::demo();
    env.git(&[
        "mv",
        "drafts/13-implementation.md",
        "drafts/20-implementation.md",
    ]);
    env.git(&[
        "mv",
        "drafts/01-purpose-and-scope.md",
        "drafts/15-purpose-and-scope.md",
    ]);
    env.git(&["rm", "-q", "drafts/11-financing.md"]);
    env.write(
        "drafts/14-glossary.md",
        "# 14. Glossary\n\n14.1 *Learner*: a person who learns.\n",
    );
    env.git_commit_all("Restructure the draft");
    env.become_secretariat();
    env.run(&["round", "open", "round-3"]).ok();

    let out = env.run(&["diff", "round-2", "round-3", "--format", "json"]);
    out.ok();
    let d = out.json();
    let status = |id: &str| section(&d, id)["status"].as_str().unwrap().to_string();
    assert_eq!(status("implementation"), "renamed");
    assert_eq!(
        section(&d, "implementation")["old_file"],
        "13-implementation.md"
    );
    assert_eq!(
        section(&d, "implementation")["new_file"],
        "20-implementation.md"
    );
    assert_eq!(status("purpose-and-scope"), "reordered");
    assert_eq!(status("financing"), "removed");
    assert_eq!(section(&d, "financing")["new_file"], Value::Null);
    assert!(section(&d, "financing")["words_removed"].as_u64().unwrap() > 0);
    assert_eq!(status("glossary"), "added");
    assert_eq!(section(&d, "glossary")["old_file"], Value::Null);
    assert_eq!(section(&d, "glossary")["words_added"], 8);
    assert_eq!(status("assessment"), "unchanged");
    assert_eq!(d["totals"]["sections_changed"], 4);

    env.run(&["diff", "round-2", "round-3"])
        .ok()
        .stdout_has("renamed (13-implementation.md → 20-implementation.md)")
        .stdout_has("removed")
        .stdout_has("## 14 Glossary  added  +8 −0 words");
}

#[test]
fn section_filter_markdown_and_side_by_side() {
    let env = Env::demo();
    let out = env.run(&[
        "diff",
        "round-1",
        "round-2",
        "--section",
        "quality-assurance",
        "--format",
        "json",
    ]);
    out.ok();
    let d = out.json();
    assert_eq!(d["sections"].as_array().unwrap().len(), 1);
    assert_eq!(d["totals"]["sections_changed"], 1);

    let md = env.run(&["diff", "round-1", "round-2", "--format", "markdown"]);
    md.ok()
        .stdout_has("# Changes from round-1 to round-2")
        .stdout_has("| Section | Status | Words added | Words removed |")
        .stdout_has("| 6 Quality assurance | changed |")
        .stdout_has("## 6 Quality assurance")
        .stdout_has("~~affordable~~")
        .stdout_has("**time-bound**")
        .stdout_has("\n> ");

    let sbs = env.run_in(
        &env.repo,
        &[
            "diff",
            "round-1",
            "round-2",
            "--section",
            "6",
            "--side-by-side",
        ],
    );
    sbs.ok();
    let rows: Vec<&str> = sbs.stdout.lines().filter(|l| l.contains(" | ")).collect();
    assert!(!rows.is_empty(), "{sbs:?}");
    assert!(rows.iter().all(|r| unicode_cols(r) <= 120), "{sbs:?}");
    assert!(sbs.stdout.contains("[-affordable-]"), "{sbs:?}");

    env.run(&["diff", "round-1", "round-2", "--section", "no-such-section"])
        .code(1)
        .stderr_has("no-such-section");
}

fn unicode_cols(s: &str) -> usize {
    s.chars().count()
}

#[test]
fn stakeholder_text_cannot_drive_the_terminal() {
    let env = Env::demo();
    let text = env.read("drafts/02-definition.md");
    env.write(
        "drafts/02-definition.md",
        &format!("{text}\nEvil \x1b]52;c;ZXZpbA==\x07 and \u{202E}reversed | pipe.\n"),
    );
    let out = env.run(&["diff", "round-2", "draft"]);
    out.ok().stdout_has("\\u{1B}]52").stdout_has("\\u{202E}");
    assert!(!out.stdout.contains('\x1b'), "{out:?}");
    let md = env.run(&["diff", "round-2", "draft", "--format", "markdown"]);
    // In Markdown the escape's backslash and braces are escaped too: `\\u\{1B\}`.
    md.ok().stdout_has("\\|").stdout_has("\\\\u\\{1B\\}");
    assert!(!md.stdout.contains('\x1b'), "{md:?}");
}

#[test]
fn unknown_round_names_the_known_rounds() {
    let env = Env::demo();
    env.run(&["diff", "round-9", "round-2"])
        .code(1)
        .stderr_has("round-9")
        .stderr_has("round-1, round-2");
    env.run(&["diff", "round-1", "nope"])
        .code(1)
        .stderr_has("round-1, round-2");
}
