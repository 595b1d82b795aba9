//! The secretariat's safeguards, on real repositories: `merge` refuses hostile contributions
//! whole (one line per problem) and merges the valid ones; `verify` proves comment files are
//! what their authors' commits added; `comments --competing` groups overlapping proposals.

mod common;

use common::*;
use serde_json::Value;

/// The id in "Saved comment <ID> on …".
fn saved_id(out: &Out) -> String {
    out.stdout
        .split_whitespace()
        .nth(2)
        .unwrap_or_else(|| panic!("no id:{out:?}"))
        .to_string()
}

/// A passage of `text` that occurs once in it: the first `n` (at least 6) words of the
/// `skip`-th numbered clause whose first six words occur once.
fn passage(text: &str, skip: usize, n: usize) -> String {
    let mut found = 0;
    for line in text.lines() {
        if !line.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().skip(1).collect();
        if words.len() < n.max(6) {
            continue;
        }
        if text.matches(&words[..6].join(" ")).count() == 1 {
            if found == skip {
                return words[..n].join(" ");
            }
            found += 1;
        }
    }
    panic!("no unique passage in {text}");
}

fn unique_passage(text: &str, skip: usize) -> String {
    passage(text, skip, 6)
}

/// Comment on a section as whoever the repository's identity is; returns the id.
fn comment(env: &Env, section: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "comment",
        "add",
        "--section",
        section,
        "--type",
        "te",
        "--body",
        "A contribution.",
    ];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    out.ok();
    saved_id(&out)
}

/// Commit everything staged with the given author (and committer).
fn commit_as(env: &Env, name: &str, email: &str, message: &str) {
    env.git(&[
        "-c",
        &format!("user.name={name}"),
        "-c",
        &format!("user.email={email}"),
        "commit",
        "-q",
        "-m",
        message,
    ]);
}

/// A comment file of the sample (not a disposition) in `section` of round 2.
fn existing_comment(env: &Env, section: &str) -> String {
    env.comment_files()
        .into_iter()
        .find(|p| {
            p.starts_with(&format!("comments/round-2/{section}/"))
                && !p.ends_with(".disposition.json")
        })
        .expect("a round-2 comment")
}

#[test]
fn the_sample_verifies_and_a_rewritten_comment_is_caught() {
    let env = Env::demo();
    env.run(&["verify"])
        .ok()
        .stdout_has("every one is what its author submitted");

    // Someone rewrites a submitted comment in a later commit.
    let path = existing_comment(&env, "assessment");
    let original = env.read(&path);
    let c: Value = serde_json::from_str(&original).unwrap();
    let author = c["author"]["email"].as_str().unwrap().to_string();
    let rewritten = original.replace(
        c["comment"].as_str().unwrap(),
        "We fully support the draft as it stands.",
    );
    assert_ne!(rewritten, original);
    env.write(&path, &rewritten);
    env.git(&["add", &path]);
    // Even under the comment's own author, a rewrite is a rewrite.
    commit_as(&env, "Someone", &author, "Tidy a comment");
    let rewrite = env.git(&["rev-parse", "--short=10", "HEAD"]);
    let out = env.run(&["verify"]);
    out.code(1)
        .stdout_has(&path)
        .stdout_has(&format!("rewritten in commit {rewrite}"))
        .stdout_has("1 problem")
        .stderr_has("not what was submitted");
    // Only that file is listed.
    assert_eq!(
        out.stdout
            .lines()
            .filter(|l| l.starts_with("comments/"))
            .count(),
        1,
        "{out:?}"
    );

    // Put back (a new commit restoring the bytes): the file is again what was submitted.
    env.write(&path, &original);
    env.git(&["add", &path]);
    commit_as(&env, "Someone", &author, "Restore");
    env.run(&["verify"]).ok();

    // An uncommitted edit in the working tree is caught too.
    env.write(&path, &rewritten);
    env.run(&["verify"])
        .code(1)
        .stdout_has("changed in the working tree");
    env.write(&path, &original);

    // A comment committed under someone else's name.
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let id = comment(&env, "assessment", &[]);
    env.git(&[
        "-c",
        "user.name=Mallory",
        "-c",
        "user.email=mallory@evil.example",
        "commit",
        "-q",
        "--amend",
        "--no-edit",
        "--reset-author",
    ]);
    env.run(&["verify"]).code(1).stdout_has(&id).stdout_has(
        "is by mallory@evil.example, but the comment says its author is ana@udelar.example",
    );

    // A comment file nobody committed.
    let c2 = original.replace(c["id"].as_str().unwrap(), &fake_id(1));
    let stray = path.replace(c["id"].as_str().unwrap(), &fake_id(1));
    env.write(&stray, &c2);
    env.run(&["verify"])
        .code(1)
        .stdout_has("no commit added this file");
}

/// Make a branch from main, let `change` change the working tree, commit as `email`, and go
/// back to main.
fn hostile_branch(env: &Env, branch: &str, email: &str, change: impl FnOnce(&Env)) {
    env.git(&["switch", "-q", "-c", branch, "main"]);
    change(env);
    env.git(&["add", "-A"]);
    commit_as(env, "Contributor", email, &format!("Contribution {branch}"));
    env.git(&["switch", "-q", "main"]);
}

#[test]
fn hostile_contributions_are_refused_whole_and_valid_ones_merged() {
    let env = Env::demo();
    let ana = "ana@udelar.example";
    let mallory = "mallory@evil.example";
    let others = existing_comment(&env, "assessment");

    // A valid contribution: Ana comments on her branch with consulta itself.
    env.git(&["switch", "-q", "-c", "contrib/ana"]);
    env.become_stakeholder("Ana Pérez", ana);
    let text = env.run(&["show", "assessment"]).ok().stdout.clone();
    let quote = unique_passage(&text, 0);
    let good = comment(
        &env,
        "assessment",
        &["--quote", &quote, "--propose", "a clearer rule"],
    );
    let good_path = format!("comments/round-2/assessment/{good}.json");
    env.git(&["switch", "-q", "main"]);
    assert!(!env.path(&good_path).exists());

    // A well-formed comment by Mallory, to reuse as the body of hostile files.
    env.git(&["switch", "-q", "-c", "scratch"]);
    env.become_stakeholder("Mallory", mallory);
    let m = comment(&env, "assessment", &[]);
    let m_path = format!("comments/round-2/assessment/{m}.json");
    let m_json = env.read(&m_path);
    env.git(&["switch", "-q", "main"]);
    env.git(&["branch", "-q", "-D", "scratch"]);

    hostile_branch(&env, "h/draft", mallory, |e| {
        let f = "drafts/05-assessment.md";
        let t = e.read(f);
        e.write(f, &t.replace("5.1", "5.1 (amended by a stakeholder)"));
    });
    hostile_branch(&env, "h/edit", mallory, |e| {
        let t = e.read(&others);
        let c: Value = serde_json::from_str(&t).unwrap();
        e.write(
            &others,
            &t.replace(c["comment"].as_str().unwrap(), "I take it all back."),
        );
    });
    hostile_branch(&env, "h/delete", mallory, |e| {
        std::fs::remove_file(e.path(&others)).unwrap();
    });
    let forged = m_json
        .replace(mallory, ana)
        .replace("\"Mallory\"", "\"Ana Pérez\"");
    hostile_branch(&env, "h/claim", mallory, |e| e.write(&m_path, &forged));
    hostile_branch(&env, "h/names", mallory, |e| {
        e.write("comments/round-2/assessment/evil.json", &m_json);
        e.write("comments/evil.json", &m_json);
    });
    let bad_json = format!("comments/round-2/assessment/{}.json", fake_id(7));
    hostile_branch(&env, "h/json", mallory, |e| {
        e.write(&bad_json, "{\"schema\": 1, \"id\": ");
    });
    hostile_branch(&env, "h/disposition", mallory, |e| {
        let d = others.replace(".json", ".disposition.json");
        e.write(&d, "{}");
    });

    env.become_secretariat();
    // A stakeholder cannot merge.
    {
        env.become_stakeholder("Ana Pérez", ana);
        env.refused(&["merge", "contrib/ana"], &["only the secretariat"]);
        env.become_secretariat();
    }
    let before = env.head();
    let draft_before = env.read("drafts/05-assessment.md");
    let out = env.run(&[
        "merge",
        "contrib/ana",
        "h/draft",
        "h/edit",
        "h/delete",
        "h/claim",
        "h/names",
        "h/json",
        "h/disposition",
    ]);
    out.code(1)
        .stdout_has("merged  contrib/ana: 1 comment from ana@udelar.example")
        .stdout_has("1 contribution merged, 7 refused, 1 comment added")
        .stderr_has("7 contributions were refused");
    let refused_line = |branch: &str, path: &str, reason: &str| {
        let head = format!("refused {branch}:");
        let block: Vec<&str> = out
            .stdout
            .lines()
            .skip_while(|l| !l.starts_with(&head))
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .collect();
        assert!(
            block.iter().any(|l| l.contains(path) && l.contains(reason)),
            "{branch}: no line with {path} and {reason:?}:{out:?}"
        );
        // Each line names the commit.
        for l in &block {
            let short = l.split_whitespace().next().unwrap();
            assert!(
                short.len() == 10 && short.bytes().all(|b| b.is_ascii_hexdigit()),
                "{l}"
            );
        }
    };
    refused_line("h/draft", "drafts/05-assessment.md", "edits the draft");
    refused_line("h/edit", &others, "changes an existing comment");
    refused_line("h/delete", &others, "deletes a comment");
    refused_line(
        "h/claim",
        &m_path,
        "claims to be by ana@udelar.example, but the commit's author is mallory@evil.example",
    );
    refused_line(
        "h/names",
        "comments/round-2/assessment/evil.json",
        "is not <ULID>.json",
    );
    refused_line("h/names", "comments/evil.json", "not where comments go");
    refused_line("h/json", &bad_json, "the file ends too early");
    refused_line("h/disposition", "disposition.json", "adds a disposition");

    // Exactly one merge commit landed: two parents, by the secretariat, with Ana's file only.
    let head = env.head();
    assert_eq!(env.git(&["rev-parse", "HEAD^1"]), before);
    assert_eq!(
        env.git(&["rev-parse", "HEAD^2"]),
        env.git(&["rev-parse", "contrib/ana"])
    );
    assert_eq!(env.git(&["log", "-1", "--format=%ae"]), SECRETARIAT);
    assert_eq!(env.git(&["diff", "--name-only", &before, &head]), good_path);
    assert!(env.path(&good_path).is_file());
    assert!(!env.path(&m_path).exists());
    assert!(!env.path("comments/evil.json").exists());
    assert!(!env.path(&bad_json).exists());
    assert!(env.path(&others).is_file());
    assert_eq!(env.read("drafts/05-assessment.md"), draft_before);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    env.run(&["check"]).ok();
    env.run(&["verify"]).ok();

    // Merging again: Ana's branch is already in; the hostile ones are refused again.
    env.run(&["merge", "contrib/ana"])
        .ok()
        .stdout_has("0 contributions merged, 0 refused, 0 comments added; 1 branch already merged");
    assert_eq!(env.head(), head);
    env.run(&["merge", "nonexistent-thing"])
        .code(1)
        .stderr_has("neither a remote");
}

#[test]
fn two_competing_proposals_are_reported() {
    let env = Env::demo();
    let text = env.run(&["show", "financing"]).ok().stdout.clone();
    // Two overlapping passages: six words of a clause, and nine words from the same place.
    let first = passage(&text, 0, 6);
    let last = passage(&text, 0, 9);
    let quote = first.clone();
    let elsewhere = unique_passage(&text, 1);

    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let a = comment(
        &env,
        "financing",
        &["--quote", &first, "--propose", "one wording"],
    );
    env.become_stakeholder("Bruno Souza", "bruno@usp.example");
    let b = comment(
        &env,
        "financing",
        &["--quote", &last, "--propose", "another wording"],
    );
    // Not competing: a proposal elsewhere, and a comment without wording on the same words.
    comment(
        &env,
        "financing",
        &["--quote", &elsewhere, "--propose", "x"],
    );
    comment(&env, "financing", &["--quote", &quote]);

    let out = env.run(&["comments", "--competing"]);
    out.ok()
        .stdout_has("financing · round-2 · 2 proposals on overlapping passages")
        .stdout_has(&a)
        .stdout_has(&b)
        .stdout_has("of competing proposals");
    let out = env.run(&["comments", "--competing", "--format", "json"]);
    out.ok();
    let groups = out.json();
    let ours: Vec<&Value> = groups
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["comments"].as_array().unwrap().iter().any(|c| c == &a))
        .collect();
    assert_eq!(ours.len(), 1, "{groups:#}");
    assert_eq!(ours[0]["section"], "financing");
    assert_eq!(ours[0]["round"], "round-2");
    assert_eq!(ours[0]["comments"], serde_json::json!([a, b]));
}

/// `merge` looks a contribution's ids up in HEAD without keeping HEAD's million ids: a reply
/// to a comment of the same section is merged; a reply to one of another section or to none,
/// and a comment under an id HEAD already uses in another folder, are refused; and a reply
/// whose file the branch deleted again (not in its last tree, so not looked for in advance)
/// still finds its parent.
#[test]
fn merge_looks_replies_and_ids_up_in_head() {
    let env = Env::demo();
    let ana = "ana@udelar.example";
    let parent = existing_comment(&env, "assessment");
    let parent_json: Value = serde_json::from_str(&env.read(&parent)).unwrap();
    let pid = parent_json["id"].as_str().unwrap().to_string();

    // A valid comment of Ana's on another section, to make the others from.
    env.git(&["switch", "-q", "-c", "scratch"]);
    env.become_stakeholder("Ana Pérez", ana);
    let a = comment(&env, "financing", &[]);
    let a_path = format!("comments/round-2/financing/{a}.json");
    let a_json = env.read(&a_path);
    assert!(a_json.contains("\"in_reply_to\": null"), "{a_json}");
    env.git(&["switch", "-q", "main"]);
    env.git(&["branch", "-q", "-D", "scratch"]);
    let reply_to = |id: &str| {
        a_json.replace(
            "\"in_reply_to\": null",
            &format!("\"in_reply_to\": \"{id}\""),
        )
    };

    env.git(&["switch", "-q", "-c", "r/ok"]);
    let ok = comment(&env, "assessment", &["--reply-to", &pid]);
    env.git(&["switch", "-q", "main"]);
    hostile_branch(&env, "r/other", ana, |e| e.write(&a_path, &reply_to(&pid)));
    hostile_branch(&env, "r/none", ana, |e| {
        e.write(&a_path, &reply_to(&fake_id(9)))
    });
    let taken = format!("comments/round-2/financing/{pid}.json");
    hostile_branch(&env, "r/twice", ana, |e| {
        e.write(&taken, &a_json.replace(&a, &pid))
    });
    hostile_branch(&env, "r/gone", ana, |e| {
        e.write(
            &a_path.replace("financing", "assessment"),
            &reply_to(&pid).replace("financing", "assessment"),
        )
    });
    env.git(&["switch", "-q", "r/gone"]);
    env.git(&["rm", "-q", &a_path.replace("financing", "assessment")]);
    commit_as(&env, "Contributor", ana, "Take it back");
    env.git(&["switch", "-q", "main"]);

    env.become_secretariat();
    let out = env.run(&["merge", "r/ok", "r/other", "r/none", "r/twice", "r/gone"]);
    out.code(1)
        .stdout_has("1 contribution merged, 4 refused, 1 comment added");
    let block = |branch: &str| -> Vec<String> {
        let head = format!("refused {branch}:");
        out.stdout
            .lines()
            .skip_while(|l| !l.starts_with(&head))
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .map(str::to_string)
            .collect()
    };
    let has = |branch: &str, needle: &str| {
        assert!(
            block(branch).iter().any(|l| l.contains(needle)),
            "{branch}: no line with {needle:?}:{out:?}"
        )
    };
    has(
        "r/other",
        &format!("replies to {pid}, which is on section assessment"),
    );
    has(
        "r/none",
        &format!("replies to {}, which does not exist", fake_id(9)),
    );
    has(
        "r/twice",
        &format!("id {pid} is used by another comment too"),
    );
    has("r/gone", "deletes a comment");
    assert_eq!(block("r/gone").len(), 1, "its parent was found:{out:?}");
    assert!(env
        .path(&format!("comments/round-2/assessment/{ok}.json"))
        .is_file());
    env.run(&["check"]).ok();
}
