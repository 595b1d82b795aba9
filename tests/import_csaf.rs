//! Seven real successive versions of a standard (OASIS CSAF 2.0, ../shared/fixtures) imported
//! as seven rounds: ids stay stable, a known change shows up, and word counts agree with git.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use consulta::diff::diff_drafts;
use consulta::repo::{Identity, Store, Version};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/oasis-csaf-2.0")
}

fn secretariat() -> Identity {
    Identity {
        name: "Consultation Secretariat".into(),
        email: "secretariat@csaf.example".into(),
        ..Identity::default()
    }
}

/// Words on git's `--word-diff=porcelain` added and removed lines (whitespace-separated, with
/// a letter or digit in them, as consulta counts words).
fn git_word_counts(repo: &Path, from: &str, to: &str) -> (usize, usize) {
    git_word_counts_file(repo, from, to, "")
}

fn git_word_counts_file(repo: &Path, from: &str, to: &str, file: &str) -> (usize, usize) {
    let path = if file.is_empty() {
        "drafts".to_string()
    } else {
        format!("drafts/{file}")
    };
    let out = Command::new("git")
        .args(["diff", "--word-diff=porcelain", from, to, "--", &path])
        .current_dir(repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git diff");
    let text = String::from_utf8_lossy(&out.stdout);
    let count = |l: &str| {
        l.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let mut added = 0;
    let mut removed = 0;
    for line in text.lines() {
        if line.starts_with("+++") || line.starts_with("---") {
            continue;
        }
        if let Some(l) = line.strip_prefix('+') {
            added += count(l);
        } else if let Some(l) = line.strip_prefix('-') {
            removed += count(l);
        }
    }
    (added, removed)
}

#[test]
fn seven_rounds_of_csaf() {
    if !fixtures().join("v1.md").is_file() {
        panic!("the CSAF fixtures are missing at {}", fixtures().display());
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("csaf");
    let who = secretariat();
    let store = Store::init(&dir, "Common Security Advisory Framework 2.0", &who).unwrap();
    let sig = who.signature().unwrap();
    let mut ids_by_round: Vec<Vec<(String, String)>> = Vec::new();
    for v in 1..=7 {
        let text = std::fs::read_to_string(fixtures().join(format!("v{v}.md"))).unwrap();
        let report = store
            .import_draft(
                &text,
                &format!("v{v}.md"),
                None,
                Some(&format!("v{v}")),
                &sig,
            )
            .unwrap();
        assert_eq!(report.level, 1, "v{v} is split at its level-1 headings");
        let (d, problems) = store.drafts(&Version::Round(format!("v{v}"))).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        ids_by_round.push(
            d.sections
                .iter()
                .map(|s| (s.title.clone(), s.id.clone()))
                .collect(),
        );
        if v > 1 {
            // The section list of this standard did not change between versions: every id stays.
            assert!(
                report.added.is_empty() && report.removed.is_empty(),
                "v{v}: {report:?}"
            );
        }
    }
    // Stable ids: every title keeps the id it had in v1.
    for round in &ids_by_round[1..] {
        assert_eq!(round, &ids_by_round[0]);
    }
    assert!(ids_by_round[0].iter().any(|(_, id)| id == "introduction"));
    assert!(ids_by_round[0]
        .iter()
        .any(|(_, id)| id == "appendix-b-revision-history"));

    // RFC9116 comes in between v4 and v5.
    let d4 = store.drafts(&Version::Round("v4".into())).unwrap().0;
    let d5 = store.drafts(&Version::Round("v5".into())).unwrap().0;
    let diff = diff_drafts(&d4, &d5);
    let inserted: String = diff
        .sections
        .iter()
        .flat_map(|s| &s.hunks)
        .flat_map(|h| &h.segments)
        .filter(|s| s.kind == consulta::diff::Kind::Insert)
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        inserted.contains("RFC9116"),
        "RFC9116 is inserted between v4 and v5"
    );
    let deleted_v4: String = diff
        .sections
        .iter()
        .flat_map(|s| &s.hunks)
        .flat_map(|h| &h.segments)
        .filter(|s| s.kind == consulta::diff::Kind::Delete)
        .map(|s| s.text.as_str())
        .collect();
    assert!(!deleted_v4.contains("RFC9116"));

    // Word totals against git's word diff, round by round. Both count whitespace-separated words
    // with a letter or digit, but they align text differently: git runs one word diff over each
    // whole file, consulta a line diff first and a word diff inside each changed hunk. Where
    // lines were reordered (v1→v2's acknowledgments list), git counts the moved words as both
    // removed and added; consulta keeps more of them aligned. So:
    // - the net change (added − removed) must agree within 1% of git's total + 5 words;
    // - consulta's added and removed counts may be lower than git's (moved words), but not
    //   higher than git's + 10% + 10 words, and zero only where git's are.
    for v in 1..7 {
        let (from, to) = (format!("v{v}"), format!("v{}", v + 1));
        let old = store.drafts(&Version::Round(from.clone())).unwrap().0;
        let new = store.drafts(&Version::Round(to.clone())).unwrap().0;
        let full = diff_drafts(&old, &new);
        if std::env::var_os("CSAF_DEBUG").is_some() {
            for sec in &full.sections {
                let (ga, gr) = git_word_counts_file(
                    &dir,
                    &from,
                    &to,
                    &sec.new_file.clone().unwrap_or_default(),
                );
                eprintln!(
                    "{} ours +{} -{} git +{ga} -{gr}",
                    sec.id, sec.words_added, sec.words_removed
                );
            }
        }
        let ours = full.totals;
        let (git_added, git_removed) = git_word_counts(&dir, &from, &to);
        let (oa, or) = (ours.words_added, ours.words_removed);
        eprintln!("{from}→{to}: consulta +{oa} -{or}, git +{git_added} -{git_removed}");
        let net_ours = oa as i64 - or as i64;
        let net_git = git_added as i64 - git_removed as i64;
        let net_tolerance = ((git_added + git_removed) / 100 + 5) as i64;
        assert!(
            (net_ours - net_git).abs() <= net_tolerance,
            "{from}→{to}: net {net_ours} vs git {net_git}"
        );
        for (what, o, g) in [("added", oa, git_added), ("removed", or, git_removed)] {
            assert!(
                o <= g + g / 10 + 10,
                "{from}→{to} words {what}: consulta {o}, git {g}"
            );
            assert_eq!(
                o == 0,
                g == 0,
                "{from}→{to} words {what}: consulta {o}, git {g}"
            );
        }
    }
}

#[test]
fn reimport_keeps_ids_when_titles_change_and_sections_move() {
    let tmp = tempfile::tempdir().unwrap();
    let who = secretariat();
    let store = Store::init(&tmp.path().join("c"), "T", &who).unwrap();
    let sig = who.signature().unwrap();
    let v1 = "# 1 Purpose\n\nWhy this framework exists and whom it serves across the region.\n\n# 2 Definition\n\nA microcredential certifies the learning outcomes of a short learning experience.\n\n# 3 Financing\n\nFunding shall be public and private.\n";
    let r1 = store
        .import_draft(v1, "v1.md", None, Some("r1"), &sig)
        .unwrap();
    assert_eq!(r1.added, ["purpose", "definition", "financing"]);
    assert_eq!(
        r1.removed,
        ["introduction"],
        "the placeholder of `consulta init` goes"
    );
    // Definition renamed, Financing moved first and edited, Purpose removed, a new section.
    let v2 = "# 1 Financing\n\nFunding shall be public, private and mixed.\n\n# 2 Definitions and scope\n\nA microcredential certifies the learning outcomes of a short learning experience.\n\n# 3 Equity\n\nNew text on access.\n";
    let r2 = store
        .import_draft(v2, "v2.md", None, Some("r2"), &sig)
        .unwrap();
    let (d, _) = store.drafts(&Version::Round("r2".into())).unwrap();
    let files: Vec<_> = d.sections.iter().map(|s| s.file.as_str()).collect();
    assert_eq!(
        files,
        ["01-financing.md", "02-definition.md", "03-equity.md"]
    );
    assert_eq!(d.sections[1].title, "Definitions and scope");
    assert_eq!(r2.removed, ["purpose"]);
    assert_eq!(r2.added, ["equity"]);
    assert_eq!(r2.changed, ["financing", "definition"]);
    // Importing the same text again changes nothing and opens no empty round.
    let again = store.import_draft(v2, "v2.md", None, None, &sig).unwrap();
    assert!(again.commit.is_none());
    assert!(store
        .import_draft(v2, "v2.md", None, Some("r3"), &sig)
        .is_err());
}

#[test]
fn import_draft_from_the_command_line() {
    let env = common::Env::started("CSAF");
    let v1 = fixtures().join("v1.md");
    let out = env.run(&["import", "draft", v1.to_str().unwrap(), "--round", "v1"]);
    out.ok()
        .stdout_has("at heading level 1: 15 sections")
        .stdout_has("Opened round v1");
    env.run(&["sections", "--format", "json"])
        .ok()
        .stdout_has("appendix-a-acknowledgments");
    // Uncommitted edits in drafts/ are never overwritten.
    env.write("drafts/99-notes.md", "# Notes\n\nUnsaved.\n");
    let v2 = fixtures().join("v2.md");
    env.refused(
        &["import", "draft", v2.to_str().unwrap()],
        &["uncommitted", "99-notes.md"],
    );
    // Not a Markdown document with headings.
    std::fs::remove_file(env.path("drafts/99-notes.md")).unwrap();
    let plain = env.root().join("plain.md");
    std::fs::write(&plain, "no headings at all\n").unwrap();
    env.refused(
        &["import", "draft", plain.to_str().unwrap()],
        &["no Markdown headings"],
    );
    // A stakeholder may not import.
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.refused(
        &["import", "draft", v2.to_str().unwrap()],
        &["only the secretariat"],
    );
}
