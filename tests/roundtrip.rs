//! The stakeholder's round trip through a bare remote: three stakeholders and a secretariat,
//! real binaries and real git. After their second `sync`, each stakeholder sees the decisions
//! on their comments, the others' comments, their comments carried into the new round with
//! their statuses, and the round's changes the right way round.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use serde_json::Value;

/// The id printed by `comment add` ("Saved comment <id> …").
fn saved_id(out: &Out) -> String {
    out.stdout
        .split_whitespace()
        .nth(2)
        .unwrap_or_else(|| panic!("no id:{out:?}"))
        .to_string()
}

/// A stakeholder's clone of `url`, with their identity; on the branch git checks out.
fn clone(url: &Path, name: &str, email: &str) -> Env {
    let env = Env::new();
    std::fs::create_dir_all(&env.repo).unwrap();
    env.git(&["clone", "-q", url.to_str().unwrap(), "."]);
    env.become_stakeholder(name, email);
    env
}

/// Comment on `quote` of `section`, proposing `wording`; returns the comment's id.
fn propose(env: &Env, section: &str, quote: &str, wording: &str) -> String {
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        section,
        "--quote",
        quote,
        "--type",
        "te",
        "--body",
        "Clearer, please.",
        "--propose",
        wording,
    ]);
    out.ok();
    saved_id(&out)
}

/// A passage of `section`'s working text that occurs once: six words of a numbered clause.
fn passage(env: &Env, section: &str) -> String {
    let text = env.run(&["show", section]).ok().stdout.clone();
    for line in text.lines() {
        if !line.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().skip(1).take(6).collect();
        let q = words.join(" ");
        if words.len() == 6 && text.matches(&q).count() == 1 {
            return q;
        }
    }
    panic!("no unique passage in {text}");
}

/// `comments --mine --round R --format json`, by id.
fn mine_in(env: &Env, round: &str) -> Vec<Value> {
    let out = env.run(&["comments", "--mine", "--round", round, "--format", "json"]);
    out.ok();
    out.json().as_array().expect("an array").clone()
}

fn by_id<'a>(list: &'a [Value], id: &str) -> &'a Value {
    list.iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no comment {id} in {list:#?}"))
}

/// The secretariat publishes the sample to a bare repository made by a plain
/// `git init --bare` (its HEAD names `master`, a branch that never exists).
fn publish() -> (Env, PathBuf) {
    let sec = Env::demo();
    sec.become_secretariat();
    let bare = sec.root().join("shared").join("consultation.git");
    std::fs::create_dir_all(&bare).unwrap();
    sec.git(&[
        "-c",
        "init.defaultBranch=master",
        "init",
        "-q",
        "--bare",
        bare.to_str().unwrap(),
    ]);
    sec.git(&["remote", "add", "origin", bare.to_str().unwrap()]);
    sec.run(&["sync"])
        .ok()
        .stdout_has("pushed main, round-1, round-2");
    (sec, bare)
}

#[test]
fn three_stakeholders_see_what_the_secretariat_decided() {
    let (sec, bare) = publish();
    // The remote's HEAD now names main, so a plain clone checks the consultation out.
    let head = std::process::Command::new("git")
        .args(["--git-dir", bare.to_str().unwrap(), "symbolic-ref", "HEAD"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&head.stdout).trim(),
        "refs/heads/main"
    );

    // Ana stays on main, as `git clone` left her: sync moves her comments to her own branch.
    let ana = clone(&bare, "Ana María Gutiérrez", "ana@udelar.example");
    let bruno = clone(&bare, "Bruno Souza", "bruno@usp.example");
    let carla = clone(&bare, "Carla Gómez", "carla@uwi.example");
    assert_eq!(ana.git(&["branch", "--show-current"]), "main");
    let a_quote = passage(&ana, "financing");
    let a_prop = propose(
        &ana,
        "financing",
        &a_quote,
        "a regional fund with five-year criteria",
    );
    let a_gen = add_general_comment(&ana, "assessment", "Assessment should name integrity.");
    ana.run(&["sync"])
        .ok()
        .stdout_has("Your comments are now on your own branch contrib/ana")
        .stdout_has("2 comments sent to the secretariat.")
        .stdout_has("pushed contrib/ana");
    // Sent once: a second sync sends nothing new.
    let again = ana.run(&["sync"]);
    again.ok();
    assert!(
        !again.stdout.contains("sent to the secretariat"),
        "{}",
        again.stdout
    );
    assert_eq!(ana.git(&["branch", "--show-current"]), "contrib/ana");
    // Her main is the remote's again; her comments are on her branch only.
    assert_eq!(ana.git(&["rev-parse", "main"]), sec.head());

    bruno.git(&["switch", "-q", "-c", "contrib/bruno"]);
    let b_quote = passage(&bruno, "assessment");
    let b_prop = propose(
        &bruno,
        "assessment",
        &b_quote,
        "assessment designed with employers",
    );
    bruno.run(&["sync"]).ok().stdout_has("pushed contrib/bruno");

    carla.git(&["switch", "-q", "-c", "contrib/carla"]);
    let c_gen = add_general_comment(
        &carla,
        "equity-and-access",
        "Name rural learners explicitly.",
    );
    carla.run(&["sync"]).ok().stdout_has("pushed contrib/carla");

    // The secretariat merges, decides, applies (one proposal as written, one with its own
    // wording) and opens round-3.
    sec.run(&["merge", "origin"])
        .ok()
        .stdout_has("3 contributions merged, 0 refused, 4 comments added");
    for (id, status) in [
        (&a_prop, "modified"),
        (&a_gen, "noted"),
        (&b_prop, "accepted"),
        (&c_gen, "rejected"),
    ] {
        sec.run(&[
            "respond",
            id,
            "--status",
            status,
            "--observations",
            "Thank you.",
        ])
        .ok();
    }
    sec.run(&["apply", &b_prop]).ok();
    sec.run(&[
        "apply",
        &a_prop,
        "--text",
        "a regional fund with four-year criteria",
    ])
    .ok();
    // The commit says whose words went in.
    let msg = sec.git(&["log", "-1", "--format=%B"]);
    assert!(
        msg.contains("Ana María Gutiérrez proposed: a regional fund with five-year criteria"),
        "{msg}"
    );
    assert!(
        msg.contains(
            "The secretariat applied its own wording: a regional fund with four-year criteria"
        ),
        "{msg}"
    );
    assert!(
        !msg.contains("proposed: a regional fund with four-year"),
        "{msg}"
    );
    sec.run(&["round", "open", "round-3"]).ok();
    sec.run(&["sync"])
        .ok()
        .stdout_has("pushed main, round-1, round-2, round-3");

    // The disposition table tells the proposal from the applied wording.
    let out = sec.run(&["summary", "--format", "json"]);
    out.ok();
    let sum = out.json();
    let row = sum["dispositions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == a_prop.as_str())
        .unwrap_or_else(|| panic!("no row for {a_prop}"))
        .clone();
    assert_eq!(
        row["proposed_change"],
        "a regional fund with five-year criteria"
    );
    assert_eq!(
        row["resulting_change"]["applied_wording"],
        "a regional fund with four-year criteria"
    );
    let out = sec.run(&["summary", "--format", "csv"]);
    out.ok().stdout_has(
        "the secretariat applied its own wording: «a regional fund with four-year criteria»",
    );

    // Each stakeholder's second sync: what is new, said in one line.
    let out = ana.run(&["sync"]);
    out.ok()
        .stdout_has("2 of your comments decided (1 accepted with modifications, 1 noted)")
        .stdout_has("1 of your proposals applied to the draft")
        .stdout_has("round-3 opened")
        .stdout_has("2 new comments from others");
    bruno
        .run(&["sync"])
        .ok()
        .stdout_has("1 of your comments decided (1 accepted)")
        .stdout_has("round-3 opened")
        .stdout_has("3 new comments from others");
    carla
        .run(&["sync"])
        .ok()
        .stdout_has("1 of your comments decided (1 not accepted)")
        .stdout_has("3 new comments from others");

    // Ana's branch holds the consultation's main, with nothing of hers left to merge.
    assert_eq!(ana.head(), sec.head());
    // Her comments, as they stand in round-3: decided, and carried with their status.
    let mine = mine_in(&ana, "round-3");
    assert_eq!(mine.len(), 2, "{mine:#?}");
    let p = by_id(&mine, &a_prop);
    assert_eq!(p["disposition"]["status"], "modified");
    assert!(p["disposition"]["applied_in"].is_string(), "{p:#}");
    assert_eq!(p["carried"]["status"], "resolved", "{p:#}");
    assert_eq!(by_id(&mine, &a_gen)["disposition"]["status"], "noted");
    // The others' comments are here too.
    let all = ana.comments_json();
    for id in [&b_prop, &c_gen] {
        assert!(all.iter().any(|c| c["id"] == id.as_str()), "{id} missing");
    }
    // Bruno's accepted proposal, applied as written: resolved in round-3.
    let b = mine_in(&bruno, "round-3");
    assert_eq!(by_id(&b, &b_prop)["carried"]["status"], "resolved");

    // The round's changes, the right way round: round-2 → round-3, the new wording inserted.
    let out = bruno.run(&["diff", "--format", "json"]);
    out.ok();
    let d = out.json();
    assert_eq!(d["from"], "round-2", "{}", out.stdout);
    assert_eq!(d["to"], "round-3", "{}", out.stdout);
    let text = bruno.run(&["diff"]).ok().stdout.clone();
    assert!(
        text.contains("{+a regional fund with four-year criteria+}"),
        "{text}"
    );
    assert!(!text.contains("[-a regional fund"), "{text}");

    // Bruno comments again on round-3 after catching up; a third sync sends it, and the
    // secretariat's merge accepts a branch that took in main with a merge commit.
    let b_new = add_general_comment(&bruno, "financing", "The fund needs a governance clause.");
    bruno.run(&["sync"]).ok().stdout_has("pushed contrib/bruno");
    sec.run(&["merge", "origin"])
        .ok()
        .stdout_has("1 contribution merged, 0 refused, 1 comment added");
    sec.run(&["check"]).ok();
    sec.run(&["verify"]).ok();
    assert!(sec.comment_files().iter().any(|p| p.contains(&b_new)));
}

/// A stakeholder who commits an edit to the draft is stopped by their own `sync`, before the
/// push, with the reason and the way out; nothing reaches the remote.
#[test]
fn sync_refuses_a_branch_that_merge_would_refuse() {
    let (_sec, bare) = publish();
    let dora = clone(&bare, "Dora Lima", "dora@ufmg.example");
    dora.git(&["switch", "-q", "-c", "contrib/dora"]);
    add_general_comment(&dora, "financing", "Fine as it is.");
    let file = std::fs::read_dir(dora.path("drafts"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".md"))
        .unwrap();
    let rel = format!("drafts/{file}");
    let text = dora.read(&rel);
    dora.write(&rel, &format!("{text}\nMy own clause.\n"));
    dora.git(&["commit", "-q", "-am", "Improve the draft"]);
    let out = dora.refused(
        &["sync"],
        &[
            "not sending contrib/dora",
            "edits the draft",
            "Nothing was pushed",
            "git rebase -i origin/main",
            "--propose",
        ],
    );
    assert!(!out.stderr.contains('\u{1b}'));
    let remote = dora.git(&["ls-remote", bare.to_str().unwrap()]);
    assert!(!remote.contains("contrib/dora"), "{remote}");
}

/// A clone of a bare repository whose HEAD names no branch has nothing checked out: consulta
/// names the one command that fixes it (and does not open the sample instead).
#[test]
fn an_unborn_clone_is_told_the_one_command() {
    let sec = Env::demo();
    sec.become_secretariat();
    let bare = sec.root().join("plain.git");
    sec.git(&[
        "-c",
        "init.defaultBranch=master",
        "init",
        "-q",
        "--bare",
        bare.to_str().unwrap(),
    ]);
    // Published by plain git, not consulta: the remote's HEAD still names master.
    sec.git(&["push", "-q", bare.to_str().unwrap(), "main", "--tags"]);
    let eve = Env::new();
    std::fs::create_dir_all(&eve.repo).unwrap();
    eve.git(&["clone", "-q", bare.to_str().unwrap(), "."]);
    for args in [&["sections"][..], &[][..]] {
        eve.run(args)
            .code(1)
            .stderr_has("the consultation is on origin/main")
            .stderr_has("git switch main");
    }
    eve.git(&["switch", "-q", "main"]);
    eve.run(&["sections"]).ok().stdout_has("financing");
}

#[test]
fn diff_defaults_to_the_last_two_rounds_on_a_branch_behind_them() {
    let env = Env::demo();
    // A branch made at round-1, as a stakeholder's that has not taken in round-2.
    env.git(&["switch", "-q", "-c", "behind", "round-1"]);
    let out = env.run(&["diff", "--format", "json"]);
    out.ok();
    let d = out.json();
    assert_eq!(d["from"], "round-1");
    assert_eq!(d["to"], "round-2");
    // The working draft with edits of its own: the last round against the draft.
    env.git(&["switch", "-q", "main"]);
    let file = "drafts/01-purpose-and-scope.md";
    if env.path(file).exists() {
        let t = env.read(file);
        env.write(file, &format!("{t}\nA new closing line.\n"));
        let out = env.run(&["diff", "--format", "json"]);
        out.ok();
        let d = out.json();
        assert_eq!(d["from"], "round-2");
        assert_eq!(d["to"], "draft");
    }
}

#[test]
fn a_round_opened_too_early_can_be_taken_back_until_someone_comments() {
    let env = Env::demo();
    env.become_secretariat();
    let file = "drafts/01-purpose-and-scope.md";
    let t = env.read(file);
    env.write(file, &format!("{t}\nA line for round three.\n"));
    env.git_commit_all("Revise");
    env.run(&["round", "open", "round-3"]).ok();
    env.run(&["round", "undo", "round-2"])
        .code(1)
        .stderr_has("not the latest round");
    env.run(&["round", "undo"])
        .ok()
        .stdout_has("Took back round round-3");
    assert!(!env.run(&["rounds"]).ok().stdout.contains("round-3"));
    // Opened again, then commented on: it stays.
    env.run(&["round", "open", "round-3"]).ok();
    env.become_stakeholder("Eva Ruiz", "eva@uni.example");
    add_general_comment(&env, "financing", "A comment on round three.");
    env.become_secretariat();
    env.run(&["round", "undo"])
        .code(1)
        .stderr_has("already has comments");
    // A stakeholder may not.
    env.become_stakeholder("Eva Ruiz", "eva@uni.example");
    env.run(&["round", "undo"])
        .code(1)
        .stderr_has("only the secretariat");
}

/// Section ids need not be typed with their accents, as the TUI's search does not ask.
#[test]
fn sections_are_found_without_their_accents() {
    let env = Env::started("Marco regional");
    env.write(
        "drafts/02-evaluación.md",
        "# Evaluación del aprendizaje\n\n1. La evaluación es rigurosa.\n",
    );
    env.git_commit_all("Add a section");
    env.run(&["round", "open", "ronda-1"]).ok();
    env.run(&["show", "evaluacion"])
        .ok()
        .stdout_has("La evaluación es rigurosa.");
    env.run(&["show", "EVALUACIÓN"]).ok();
    env.run(&["comments", "--section", "evaluacion"]).ok();
    env.run(&["show", "evaluacionx"]).code(1);
}

/// A stakeholder who commented on `main` while the secretariat moved it on: `sync` puts the
/// comments on their own branch, brings the new `main` in beside them, and the secretariat's
/// merge takes the branch.
#[test]
fn comments_on_a_main_that_moved_on_meanwhile_still_go_through() {
    let (sec, bare) = publish();
    let fe = clone(&bare, "Fernanda Rocha", "fernanda@ufba.example");
    // The secretariat revises the draft and publishes it.
    let file = "drafts/01-purpose-and-scope.md";
    let t = sec.read(file);
    sec.write(
        file,
        &format!("{t}\nA closing line added by the secretariat.\n"),
    );
    sec.git_commit_all("Revise the purpose");
    sec.run(&["sync"]).ok();
    // Meanwhile, on her old main.
    let id = add_general_comment(&fe, "financing", "Say who pays for assessment.");
    fe.run(&["sync"])
        .ok()
        .stdout_has("Your comments are now on your own branch contrib/fernanda")
        .stdout_has("Brought the consultation's latest state")
        .stdout_has("pushed contrib/fernanda");
    assert!(fe
        .read(file)
        .contains("A closing line added by the secretariat."));
    assert_eq!(fe.git(&["rev-parse", "main"]), sec.head());
    assert_eq!(fe.git(&["status", "--porcelain"]), "");
    sec.run(&["merge", "origin"])
        .ok()
        .stdout_has("1 contribution merged, 0 refused, 1 comment added");
    assert!(sec.comment_files().iter().any(|p| p.contains(&id)));
    sec.run(&["check"]).ok();
}
