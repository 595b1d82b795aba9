//! Recovery at the start of every write command, case by case, with the traces a process
//! killed at a given moment leaves made by hand (tests/faults.rs kills real processes at random
//! moments). A killed write always leaves its intent journal (`.git/consulta/journal`, the
//! paths it was about to write), and recovery looks at those paths only:
//!
//! - a changed file whose `.<name>.tmp-undo-<pid>` link holds the committed version: the write
//!   was stopped before its commit, and is rolled back;
//! - a link beside a file that holds the committed version: the commit was made, the link is
//!   removed (and a stale index entry repaired);
//! - a link whose file held uncommitted changes before: the file is left, the link removed;
//! - a committed record missing on disk (a merge stopped after its commit): written back;
//! - a branch lock left by a killed process: cleared before a merge, which then succeeds.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use common::Env;

/// The undo link a killed process with this (dead) pid would have left beside `file`.
fn undo_link(file: &Path) -> PathBuf {
    let name = file.file_name().unwrap().to_string_lossy();
    file.with_file_name(format!(".{name}.tmp-undo-4194300"))
}

/// The intent journal a write killed while writing `paths` leaves.
fn journal(env: &Env, paths: &[&str]) {
    let dir = env.path(".git/consulta");
    std::fs::create_dir_all(&dir).unwrap();
    let mut text = String::from("consulta-journal 1\n");
    for p in paths {
        text.push_str(p);
        text.push('\n');
    }
    std::fs::write(dir.join("journal"), text).unwrap();
}

fn journal_left(env: &Env) -> bool {
    env.path(".git/consulta/journal").exists()
}

/// Replace `file` by a new file holding `content`, as `atomic_write` does (a rename: a hard
/// link to the old file keeps the old content).
fn replace(file: &Path, content: &str) {
    let tmp = file.with_extension("replacing");
    std::fs::write(&tmp, content).unwrap();
    std::fs::rename(&tmp, file).unwrap();
}

/// Every file in HEAD under `dir` whose path ends with `suffix`.
fn committed(env: &Env, dir: &str, suffix: &str) -> Vec<String> {
    env.git(&["ls-tree", "-r", "--name-only", "HEAD", dir])
        .lines()
        .filter(|p| p.ends_with(suffix))
        .map(str::to_string)
        .collect()
}

fn status(env: &Env) -> String {
    env.git(&["status", "--porcelain", "--untracked-files=all"])
}

fn comment_add(env: &Env) -> common::Out {
    env.become_stakeholder("Rita Restart", "rita@restart.example");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "A write after the stop.",
    ]);
    out.ok();
    out
}

#[test]
fn a_write_stopped_before_its_commit_is_rolled_back() {
    let env = Env::demo();
    env.become_secretariat();
    let head = env.head();

    // A `respond` stopped after replacing a decision, before committing it.
    let dispositions = committed(&env, "comments", ".disposition.json");
    let decision = &dispositions[0];
    let file = env.path(decision);
    let before = env.read(decision);
    std::fs::hard_link(&file, undo_link(&file)).unwrap();
    replace(
        &file,
        &before.replace(
            "\"observations\": \"",
            "\"observations\": \"Never committed. ",
        ),
    );
    // An `apply` stopped after replacing a section of the draft.
    let drafts = committed(&env, "drafts", ".md");
    let section = drafts
        .iter()
        .find(|p| !p.ends_with("00-manifest.md"))
        .unwrap_or(&drafts[0]);
    let draft = env.path(section);
    let draft_before = env.read(section);
    std::fs::hard_link(&draft, undo_link(&draft)).unwrap();
    replace(
        &draft,
        &format!("{draft_before}\nA change never committed.\n"),
    );
    assert!(!status(&env).is_empty());
    journal(&env, &[decision, section]);

    // The next write command (here a `respond` on another comment) puts both back.
    let other = env
        .comments_json()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .find(|id| !decision.contains(id.as_str()))
        .unwrap();
    let out = env.run(&[
        "respond",
        &other,
        "--status",
        "noted",
        "--observations",
        "After the stop.",
    ]);
    out.ok();
    assert_eq!(
        env.read(decision),
        before,
        "the decision was not rolled back"
    );
    assert_eq!(
        env.read(section),
        draft_before,
        "the draft was not rolled back"
    );
    assert!(!undo_link(&file).exists() && !undo_link(&draft).exists());
    for rel in [decision, section] {
        assert!(
            out.stderr
                .contains(&format!("put back {rel} as last committed")),
            "no warning for {rel}: {}",
            out.stderr
        );
    }
    // Nothing but the new decision was committed.
    let changed = env.git(&["diff", "--name-only", &head, "HEAD"]);
    assert_eq!(changed.lines().count(), 1, "{changed}");
    assert!(!changed.contains(decision.as_str()) && !changed.contains(section.as_str()));
    assert_eq!(status(&env), "");
    assert!(
        !journal_left(&env),
        "the journal outlived the write that settled it"
    );
}

#[test]
fn a_link_is_removed_when_the_commit_was_made() {
    let env = Env::demo();
    env.become_secretariat();
    // A `respond` stopped after its commit, before removing its undo link and updating the
    // index: the file holds HEAD's content, the link and the index the old one.
    let dispositions = committed(&env, "comments", ".disposition.json");
    let decision = &dispositions[0];
    let file = env.path(decision);
    let now = env.read(decision);
    let old = now.replace(
        "\"observations\": \"",
        "\"observations\": \"The old decision. ",
    );
    std::fs::write(undo_link(&file), &old).unwrap();
    let old_blob = {
        std::fs::write(env.path("old.tmp"), &old).unwrap();
        let id = env.git(&["hash-object", "-w", "old.tmp"]);
        std::fs::remove_file(env.path("old.tmp")).unwrap();
        id
    };
    env.git(&[
        "update-index",
        "--cacheinfo",
        &format!("100644,{},{decision}", old_blob.trim()),
    ]);
    assert!(status(&env).contains(decision.as_str()));
    journal(&env, &[decision]);

    let out = comment_add(&env);
    assert_eq!(
        env.read(decision),
        now,
        "the committed decision was changed"
    );
    assert!(!undo_link(&file).exists(), "the link is left");
    assert!(
        !out.stderr.contains("put back"),
        "a committed write was rolled back: {}",
        out.stderr
    );
    assert_eq!(status(&env), "", "the index entry was not repaired");
}

#[test]
fn a_file_with_uncommitted_changes_before_the_stopped_write_is_left_as_it_is() {
    let env = Env::demo();
    // The secretariat had edited a section by hand (uncommitted) when an apply on it was
    // stopped before its commit: neither the link nor the file holds HEAD's content.
    let drafts = committed(&env, "drafts", ".md");
    let section = &drafts[drafts.len() - 1];
    let draft = env.path(section);
    let committed_text = env.read(section);
    let by_hand = format!("{committed_text}\nEdited by hand.\n");
    replace(&draft, &by_hand);
    std::fs::hard_link(&draft, undo_link(&draft)).unwrap();
    let applied = format!("{by_hand}\nApplied, never committed.\n");
    replace(&draft, &applied);
    journal(&env, &[section]);

    let out = comment_add(&env);
    assert_eq!(env.read(section), applied, "the file was changed");
    assert!(!undo_link(&draft).exists(), "the link is left");
    assert!(
        out.stderr.contains(&format!("{section} was being written")),
        "no warning: {}",
        out.stderr
    );
    assert_eq!(status(&env).trim(), format!("M {section}"));
}

#[test]
fn a_committed_record_missing_on_disk_is_written_back() {
    let env = Env::demo();
    let comments = committed(&env, "comments", ".json");
    // A merge stopped after its commit, before writing its files and updating the index; and
    // one deleted from the working tree only.
    let gone = &comments[0];
    let deleted = &comments[comments.len() - 1];
    env.git(&["rm", "-q", gone]);
    std::fs::remove_file(env.path(deleted)).unwrap();
    assert!(!env.path(gone).exists() && !env.path(deleted).exists());
    journal(&env, &[gone, deleted]);

    let out = comment_add(&env);
    for rel in [gone, deleted] {
        assert_eq!(
            env.git(&["hash-object", rel]),
            env.git(&["rev-parse", &format!("HEAD:{rel}")]),
            "{rel} was not written back as committed"
        );
        assert!(
            out.stderr.contains(&format!("put back {rel}")),
            "{}",
            out.stderr
        );
    }
    assert_eq!(status(&env), "");
}

#[test]
fn a_stale_branch_lock_is_cleared_before_a_merge() {
    let env = Env::demo();
    let (first, first_rel) = common::contribution(&env, "r", 1);
    let (second, second_rel) = common::contribution(&env, "r", 2);
    env.become_secretariat();
    let lock = env.path(".git/refs/heads/main.lock");

    // Left by a merge killed ten seconds ago while it updated the branch.
    std::fs::write(&lock, env.head() + "\n").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&lock)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(10))
        .unwrap();
    let out = env.run(&["merge", &first]);
    out.ok();
    assert!(!lock.exists(), "the stale lock is left");
    assert!(out.stderr.contains("main.lock"), "{}", out.stderr);
    assert!(env.path(&first_rel).is_file());
    env.git(&["cat-file", "-e", &format!("HEAD:{first_rel}")]);
    assert_eq!(status(&env), "");

    // Left just now: the merge waits until it is stale, then clears it.
    std::fs::write(&lock, env.head() + "\n").unwrap();
    let started = Instant::now();
    let out = env.run(&["merge", &second]);
    out.ok();
    assert!(
        started.elapsed() >= Duration::from_millis(1_500),
        "a fresh lock was removed at once"
    );
    assert!(!lock.exists(), "the lock is left");
    assert!(env.path(&second_rel).is_file());
    env.git(&["cat-file", "-e", &format!("HEAD:{second_rel}")]);
    assert_eq!(status(&env), "");
}

#[test]
fn without_a_journal_nothing_is_searched_or_touched() {
    let env = Env::demo();
    // A comment file deleted by hand, and an undo link nobody's journal names: no write was
    // stopped, so the next write leaves both as they are (`git status` shows them).
    let comments = committed(&env, "comments", ".json");
    let deleted = &comments[0];
    std::fs::remove_file(env.path(deleted)).unwrap();
    let other = env.path(&comments[1]);
    std::fs::hard_link(&other, undo_link(&other)).unwrap();
    let out = comment_add(&env);
    assert!(!out.stderr.contains("put back"), "{}", out.stderr);
    assert!(!env.path(deleted).exists());
    assert!(undo_link(&other).exists());
    assert!(!journal_left(&env));
}
