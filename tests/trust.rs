//! The doors through which history enters a secretariat's repository, tried as an attacker
//! who can push to the shared remote: round tags, `main`, commit trailers, the limits a
//! contribution must keep, and control bytes in the CSV outputs.

mod common;

use std::path::PathBuf;

use common::*;

/// The sample published to a bare remote by the secretariat, whose clone is returned with the
/// remote's path.
fn published() -> (Env, PathBuf) {
    let sec = Env::demo();
    sec.become_secretariat();
    let bare = sec.root().join("shared.git");
    sec.git(&["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()]);
    sec.git(&["remote", "add", "origin", bare.to_str().unwrap()]);
    sec.run(&["sync"]).ok();
    (sec, bare)
}

/// A clone of `bare` by someone with push access to it, and git (not consulta) in hand.
fn attacker(bare: &std::path::Path) -> Env {
    let env = Env::new();
    std::fs::create_dir_all(&env.repo).unwrap();
    env.git(&["clone", "-q", bare.to_str().unwrap(), "."]);
    env.git(&["config", "user.name", "Mallory"]);
    env.git(&["config", "user.email", "mallory@attacker.example"]);
    env
}

#[test]
fn a_round_tag_not_made_by_the_secretariat_is_not_taken() {
    let (sec, bare) = published();
    let m = attacker(&bare);
    m.git(&[
        "tag",
        "-a",
        "round-3",
        "-m",
        "Round three\n\nConsultation-Round: 3",
        "HEAD",
    ]);
    m.git(&["push", "-q", "origin", "round-3"]);
    sec.run(&["sync"])
        .ok()
        .stderr_has("looks like a round but was made by \"mallory@attacker.example\"");
    assert!(!sec.run(&["rounds"]).ok().stdout.contains("round-3"));
    assert_eq!(sec.git(&["tag", "-l", "round-3"]), "");
    // A stakeholder's clone has the tag (git clone takes every tag), but it is no round.
    let ana = attacker(&bare);
    ana.become_stakeholder("Ana Pérez", "ana@udelar.example");
    assert_eq!(ana.git(&["tag", "-l", "round-3"]), "round-3");
    ana.run(&["sync"]).ok();
    assert!(!ana.run(&["rounds"]).ok().stdout.contains("round-3"));
    ana.run(&["sections"]).ok().stdout_has("round-2");
}

#[test]
fn a_moved_round_tag_on_the_remote_leaves_the_local_one_as_it_is() {
    for transport in ["auto", "git"] {
        let (sec, bare) = published();
        sec.git(&["config", "consulta.transport", transport]);
        let before = sec.git(&["rev-parse", "round-2^{commit}"]);
        let m = attacker(&bare);
        m.git(&["config", "user.email", "secretariat@rihes.example"]);
        m.git(&[
            "tag",
            "-f",
            "-a",
            "round-2",
            "-m",
            "Round two\n\nConsultation-Round: 2",
            "round-1",
        ]);
        m.git(&["push", "-q", "--force", "origin", "round-2"]);
        for _ in 0..2 {
            sec.run(&["sync"])
                .ok()
                .stderr_has("the remote's round round-2 names commit");
        }
        assert_eq!(sec.git(&["rev-parse", "round-2^{commit}"]), before);
        sec.run(&["check"]).ok();
    }
}

#[test]
fn commits_pushed_to_main_by_someone_else_are_refused_by_the_secretariats_sync() {
    let (sec, bare) = published();
    let m = attacker(&bare);
    m.write(
        "drafts/01-purpose-and-scope.md",
        "# Purpose\n\nWhatever Mallory says.\n",
    );
    m.git(&["commit", "-q", "-am", "Improve the purpose"]);
    m.git(&["push", "-q", "origin", "main"]);
    let head = sec.head();
    let out = sec.refused(
        &["sync"],
        &[
            "has commits the secretariat did not make",
            "mallory@attacker.example",
            "Improve the purpose",
            "Nothing was brought in",
        ],
    );
    assert!(out
        .stderr
        .contains("git push --force-with-lease origin HEAD:main"));
    assert_eq!(sec.head(), head);
    assert!(!sec
        .read("drafts/01-purpose-and-scope.md")
        .contains("Mallory"));
}

#[test]
fn trailers_in_a_stakeholders_commit_name_nothing() {
    let (sec, _bare) = published();
    // An open proposal, from the sample.
    let comments = sec.comments_json();
    let target = comments
        .iter()
        .find(|c| c["disposition"].is_null() && c["proposed_change"].is_string())
        .expect("an open proposal")["id"]
        .as_str()
        .unwrap()
        .to_string();
    // A contribution whose commit message claims to have applied it.
    let (branch, _) = contribution(&sec, "trailer", 1);
    sec.git(&["switch", "-q", &branch]);
    sec.git(&[
        "-c",
        "user.name=Contributor 1",
        "-c",
        "user.email=trailer1@contrib.example",
        "commit",
        "-q",
        "--amend",
        "-m",
        &format!("Comment\n\nConsultation-Comment: {target}\n"),
    ]);
    sec.git(&["switch", "-q", "main"]);
    sec.run(&["merge", &branch]).ok();
    let c = sec
        .comments_json()
        .into_iter()
        .find(|c| c["id"] == target.as_str())
        .unwrap();
    assert!(c["disposition"].is_null(), "{c:#}");
    // It can still be decided and applied, once, by the secretariat.
    sec.run(&[
        "respond",
        &target,
        "--status",
        "accepted",
        "--observations",
        "Yes.",
    ])
    .ok();
    sec.run(&["apply", &target]).ok();
    sec.run(&["apply", &target])
        .code(1)
        .stderr_has("already applied");
}

#[test]
fn a_name_with_line_breaks_adds_no_trailer_to_the_apply_commit() {
    let env = Env::demo();
    env.become_secretariat();
    let text = env.run(&["show", "financing"]).ok().stdout.clone();
    let quote: String = text
        .lines()
        .find(|l| l.starts_with("11.1"))
        .unwrap()
        .split_whitespace()
        .skip(1)
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    env.become_stakeholder("Mallory", "mallory@attacker.example");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "financing",
        "--quote",
        &quote,
        "--type",
        "te",
        "--body",
        "x",
        "--propose",
        "y",
    ]);
    out.ok();
    let id = out.stdout.split_whitespace().nth(2).unwrap().to_string();
    // The name as a hand-edited file could carry it.
    let path = env
        .comment_files()
        .into_iter()
        .find(|p| p.contains(&id))
        .unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&env.read(&path)).unwrap();
    v["author"]["name"] =
        "Mallory\n\nConsultation-Comment: 01ARZ3NDEKTSV4RRFFQ69G5FAV\nCo-authored-by: X <x@x>"
            .into();
    env.write(&path, &serde_json::to_string_pretty(&v).unwrap());
    env.git_commit_all("Edit the name");
    env.become_secretariat();
    env.run(&[
        "respond",
        &id,
        "--status",
        "accepted",
        "--observations",
        "Ok.",
    ])
    .ok();
    env.run(&["apply", &id]).ok();
    let trailers = env.git(&["log", "-1", "--format=%(trailers:only,unfold)"]);
    let comment_lines: Vec<&str> = trailers
        .lines()
        .filter(|l| l.starts_with("Consultation-Comment:"))
        .collect();
    assert_eq!(
        comment_lines,
        vec![format!("Consultation-Comment: {id}").as_str()]
    );
    assert_eq!(
        trailers
            .lines()
            .filter(|l| l.starts_with("Co-authored-by:"))
            .count(),
        1,
        "{trailers}"
    );
}

/// One contribution per broken rule; each is refused whole, with its reason.
#[test]
fn merge_enforces_the_limits_of_comment_add() {
    let env = Env::demo();
    env.become_secretariat();
    type Case = (&'static str, fn(&mut serde_json::Value), &'static str);
    let cases: [Case; 4] = [
        (
            "long",
            |v| v["comment"] = "x".repeat(70 * 1024).into(),
            "longer than 65536 bytes",
        ),
        (
            "category",
            |v| v["author"]["category"] = "secretariat".into(),
            "is not one of the consultation's",
        ),
        (
            "country",
            |v| v["author"]["country"] = "ZZ".into(),
            "not an ISO 3166-1 two-letter code",
        ),
        (
            "closed",
            |v| {
                v["round"] = "round-1".into();
            },
            "round-1 is closed",
        ),
    ];
    for (n, (tag, change, why)) in cases.into_iter().enumerate() {
        let (branch, rel) = contribution(&env, tag, n as u32 + 1);
        env.git(&["switch", "-q", &branch]);
        let mut v: serde_json::Value = serde_json::from_str(&env.read(&rel)).unwrap();
        change(&mut v);
        let rel2 = if v["round"] == "round-1" {
            let moved = rel.replace("round-2", "round-1");
            env.git(&["rm", "-q", &rel]);
            moved
        } else {
            rel.clone()
        };
        env.write(&rel2, &serde_json::to_string_pretty(&v).unwrap());
        env.git(&["add", "-A"]);
        env.git(&[
            "-c",
            &format!("user.name=Contributor {}", n + 1),
            "-c",
            &format!("user.email={tag}{}@contrib.example", n + 1),
            "commit",
            "-q",
            "--amend",
            "-m",
            "Comment",
        ]);
        env.git(&["switch", "-q", "main"]);
        env.refused(&["merge", &branch], &["refused"])
            .stdout_has(why);
    }
}

#[test]
fn csv_outputs_carry_no_raw_control_bytes() {
    let env = Env::demo();
    env.become_secretariat();
    let path = env
        .comment_files()
        .into_iter()
        .find(|p| !p.ends_with(".disposition.json"))
        .unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&env.read(&path)).unwrap();
    v["author"]["name"] = "Mallory\u{1b}[2J\u{7}\r".into();
    v["comment"] = "Line one\u{1b}]0;title\u{7}\nLine two".into();
    env.write(&path, &serde_json::to_string_pretty(&v).unwrap());
    env.git_commit_all("Hostile text");
    for args in [
        &["summary", "--format", "csv"][..],
        &["export", "--format", "iso-csv"][..],
    ] {
        let out = env.run(args);
        out.ok();
        for bad in ['\u{1b}', '\u{7}'] {
            assert!(!out.stdout.contains(bad), "{args:?} wrote {bad:?}");
        }
        assert!(
            out.stdout.contains("Mallory\\u{1B}[2J"),
            "{args:?}: {}",
            out.stdout
        );
    }
}

/// Turn the contribution `contrib/<tag><n>` (made by `contribution`) into what `change`
/// makes of its comment, moved to `place(path)` when given, and commit it as its author.
/// Returns the branch, the file's path and the commit's short id.
fn altered_contribution(
    env: &Env,
    tag: &str,
    n: u32,
    change: impl FnOnce(&mut serde_json::Value),
    place: impl FnOnce(&str) -> String,
) -> (String, String, String) {
    let (branch, rel) = contribution(env, tag, n);
    env.git(&["switch", "-q", &branch]);
    let mut v: serde_json::Value = serde_json::from_str(&env.read(&rel)).unwrap();
    change(&mut v);
    let moved = place(&rel);
    env.git(&["rm", "-q", &rel]);
    env.write(&moved, &serde_json::to_string_pretty(&v).unwrap());
    env.git(&["add", "-A"]);
    env.git(&[
        "-c",
        &format!("user.name=Contributor {n}"),
        "-c",
        &format!("user.email={tag}{n}@contrib.example"),
        "commit",
        "-q",
        "--amend",
        "-m",
        "Comment",
    ]);
    let commit = env.git(&["rev-parse", "HEAD"])[..10].to_string();
    env.git(&["switch", "-q", "main"]);
    (branch, moved, commit)
}

/// A refused merge names the commit and the file on the line that gives the reason.
#[track_caller]
fn refused_naming(env: &Env, branch: &str, commit: &str, path: &str, why: &str) {
    let out = env.refused(&["merge", branch], &["refused"]);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.contains(commit) && l.contains(path) && l.contains(why)),
        "no line names {commit}, {path} and {why:?}:{out:?}"
    );
}

#[test]
fn merge_refuses_a_created_time_outside_its_round() {
    let env = Env::demo();
    env.become_secretariat();
    for (n, (created, why)) in [
        ("1970-01-01T00:00:00Z", "before its round opened"),
        ("2099-01-01T00:00:00Z", "after this merge"),
        // round-2 opened on 2026-06-01 at noon: two days before is more than a wrong clock.
        ("2026-05-30T11:00:00Z", "before its round opened"),
    ]
    .into_iter()
    .enumerate()
    {
        let (branch, rel, commit) = altered_contribution(
            &env,
            "when",
            n as u32 + 1,
            |v| v["created"] = created.into(),
            str::to_string,
        );
        refused_naming(&env, &branch, &commit, &rel, why);
    }
    // An honest contribution, made a few hours before the round's tag by a clock that is off,
    // still comes in.
    let (branch, rel, _) = altered_contribution(
        &env,
        "when",
        9,
        |v| v["created"] = "2026-06-01T02:00:00Z".into(),
        str::to_string,
    );
    env.run(&["merge", &branch]).ok();
    assert!(env.comment_files().iter().any(|p| p.ends_with(&rel)));
}

#[test]
fn merge_refuses_a_reply_to_a_comment_of_a_later_round() {
    let env = Env::demo();
    env.become_secretariat();
    let comments = env.comments_json();
    let on = |round: &str| {
        comments
            .iter()
            .find(|c| c["round"] == round && c["section"] == "assessment")
            .unwrap_or_else(|| panic!("the sample has no {round} comment on assessment"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (first, second) = (on("round-1"), on("round-2"));
    // A round-1 comment answering a round-2 one cannot have been written while round-1 was
    // open.
    let (branch, rel, commit) = altered_contribution(
        &env,
        "reply",
        1,
        |v| {
            v["round"] = "round-1".into();
            v["in_reply_to"] = second.clone().into();
        },
        |p| p.replace("round-2", "round-1"),
    );
    refused_naming(
        &env,
        &branch,
        &commit,
        &rel,
        &format!("replies to {second}, which is a comment on round-2, from round-1"),
    );
    // A round-2 reply to a round-1 comment is what `comment add --reply-to` makes during
    // round 2: it comes in.
    let (branch, rel, _) = altered_contribution(
        &env,
        "reply",
        2,
        |v| v["in_reply_to"] = first.clone().into(),
        str::to_string,
    );
    env.run(&["merge", &branch]).ok();
    assert!(env.comment_files().iter().any(|p| p.ends_with(&rel)));
}

#[test]
fn merge_refuses_a_file_named_by_another_id() {
    let env = Env::demo();
    env.become_secretariat();
    let other = fake_id(77);
    let (branch, rel, commit) = altered_contribution(
        &env,
        "name",
        1,
        |_| {},
        |p| format!("{}/{other}.json", &p[..p.rfind('/').unwrap()]),
    );
    assert!(rel.ends_with(&format!("{other}.json")));
    refused_naming(&env, &branch, &commit, &rel, "the file should be at");
    // The same comment under its own name comes in.
    let (branch, _, _) = altered_contribution(&env, "name", 2, |_| {}, str::to_string);
    env.run(&["merge", &branch])
        .ok()
        .stdout_has("1 comment from name2@contrib.example");
}
