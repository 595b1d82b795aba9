//! `check` and `verify` read again only the comment folders that changed: a folder whose files
//! are exactly HEAD's keeps its verdict under its git tree id (`.git/consulta/check-verdicts.json`,
//! `.git/consulta/verify-claims.json`). These tests prove both halves: a kept verdict is used
//! (a verdict altered by hand shows in the result), and it is never trusted for a folder that
//! changed in any way (edited, new file, staged) or when the cache is damaged.

mod common;

use common::*;
use serde_json::Value;

const CHECK_CACHE: &str = ".git/consulta/check-verdicts.json";
const VERIFY_CACHE: &str = ".git/consulta/verify-claims.json";

fn check_line(env: &Env) -> String {
    let out = env.run(&["check"]);
    out.stdout
        .lines()
        .find(|l| l.contains("comments,"))
        .unwrap_or_else(|| panic!("no summary line: {out:?}"))
        .to_string()
}

fn cache(env: &Env, rel: &str) -> Value {
    serde_json::from_str(&env.read(rel)).unwrap()
}

/// The first comment file of `folder`, by name.
fn first_comment(env: &Env, folder: &str) -> String {
    env.comment_files()
        .into_iter()
        .find(|p| p.starts_with(folder) && !p.ends_with(".disposition.json"))
        .unwrap()
}

#[test]
fn check_keeps_verdicts_of_clean_folders_and_never_trusts_a_changed_one() {
    let env = Env::demo();
    env.secretariat_identity();
    let whole = check_line(&env);
    assert!(
        whole.contains("76 comments") && whole.ends_with("no problems"),
        "{whole}"
    );
    let kept = cache(&env, CHECK_CACHE);
    let entries = kept["entries"].as_object().unwrap();
    // One verdict per clean folder: both rounds' sections that hold comments.
    assert!(entries.len() >= 10, "{}", entries.len());
    // The second run reads nothing and says the same.
    assert_eq!(check_line(&env), whole);

    // A verdict altered by hand is what the next check uses: proof that a clean folder is not
    // read again. Drop one comment from the verdict of the folder holding `target`.
    let folder = "comments/round-1/assessment";
    let target = first_comment(&env, folder);
    let id = target.rsplit('/').next().unwrap().trim_end_matches(".json");
    let mut altered = kept.clone();
    let mut found = false;
    for verdict in altered["entries"].as_object_mut().unwrap().values_mut() {
        let list = verdict["comments"].as_array_mut().unwrap();
        if let Some(at) = list.iter().position(|c| c[0] == id) {
            list.remove(at);
            found = true;
        }
    }
    assert!(found, "{id} in no verdict");
    env.write(CHECK_CACHE, &altered.to_string());
    assert!(check_line(&env).contains("75 comments"));

    // The same folder, changed in the working tree: read again, the problem found, the
    // altered verdict not used.
    let original = env.read(&target);
    let mut c: Value = serde_json::from_str(&original).unwrap();
    c["in_reply_to"] = Value::from("01ZZZZZZZZZZZZZZZZZZZZZZZZ");
    env.write(&target, &serde_json::to_string_pretty(&c).unwrap());
    let out = env.run(&["check"]);
    out.code(1);
    assert!(out.stdout.contains("76 comments"), "{out:?}");
    assert!(
        out.stdout.contains(&target) && out.stdout.contains("01ZZZZZZZZZZZZZZZZZZZZZZZZ"),
        "{out:?}"
    );
    // Restored: clean again, and read again (the altered verdict was dropped with the change).
    env.write(&target, &original);
    assert_eq!(check_line(&env), whole);

    // A new file in a clean folder (not committed) is seen.
    let stray = format!("{folder}/notes.txt");
    env.write(&stray, "not a record");
    let out = env.run(&["check"]);
    out.code(1);
    assert!(out.stdout.contains(&stray), "{out:?}");
    std::fs::remove_file(env.path(&stray)).unwrap();

    // A damaged cache is rebuilt.
    env.write(CHECK_CACHE, "{ not json");
    assert_eq!(check_line(&env), whole);
    assert!(
        cache(&env, CHECK_CACHE)["entries"]
            .as_object()
            .unwrap()
            .len()
            >= 10
    );
}

#[test]
fn check_verdicts_follow_the_drafts_of_the_round() {
    let env = Env::demo();
    env.secretariat_identity();
    let whole = check_line(&env);
    // Each verdict's key names the folder's tree and the drafts of its round at its tag.
    let kept = cache(&env, CHECK_CACHE);
    let drafts = env.git(&["rev-parse", "round-1^{commit}:drafts"]);
    let folder = env.git(&["rev-parse", "HEAD:comments/round-1/assessment"]);
    let key = format!("{}:{}", folder.trim(), drafts.trim());
    assert!(
        kept["entries"].get(&key).is_some(),
        "{key} not in the cache"
    );
    assert_eq!(check_line(&env), whole);
}

#[test]
fn verify_keeps_claims_of_clean_folders_and_never_trusts_a_changed_one() {
    let env = Env::demo();
    env.secretariat_identity();
    let first = env.run(&["verify"]);
    first.ok();
    let kept = cache(&env, VERIFY_CACHE);
    assert!(kept["entries"].as_object().unwrap().len() >= 10);
    let second = env.run(&["verify"]);
    second.ok();
    assert_eq!(
        first.stdout.lines().last().map(|l| l.split(" in ").next()),
        second.stdout.lines().last().map(|l| l.split(" in ").next())
    );

    // A claim altered by hand is what the next verify uses: a clean folder is not read.
    let target = first_comment(&env, "comments/round-1/assessment");
    let name = target.rsplit('/').next().unwrap();
    let mut altered = kept.clone();
    for claims in altered["entries"].as_object_mut().unwrap().values_mut() {
        for c in claims.as_array_mut().unwrap() {
            if c[0] == name {
                c[1] = Value::from("someone.else@elsewhere.example");
            }
        }
    }
    env.write(VERIFY_CACHE, &altered.to_string());
    let out = env.run(&["verify"]);
    out.code(1);
    assert!(
        out.stdout.contains("someone.else@elsewhere.example")
            || out.stderr.contains("someone.else@elsewhere.example"),
        "{out:?}"
    );

    // The folder changed in the working tree: the file is read, and what it says counts.
    let original = env.read(&target);
    let mut c: Value = serde_json::from_str(&original).unwrap();
    c["author"]["email"] = Value::from("impostor@elsewhere.example");
    env.write(&target, &serde_json::to_string_pretty(&c).unwrap());
    let out = env.run(&["verify"]);
    out.code(1);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("impostor@elsewhere.example"), "{out:?}");
    assert!(!all.contains("someone.else@elsewhere.example"), "{out:?}");
    // Staged, the change is still seen.
    env.git(&["add", &target]);
    let out = env.run(&["verify"]);
    out.code(1);
    assert!(format!("{}{}", out.stdout, out.stderr).contains("impostor@elsewhere.example"));
    // Restored and unstaged: what the files say, from a fresh reading.
    env.git(&["reset", "-q", "--", &target]);
    env.write(&target, &original);
    env.run(&["verify"]).ok();

    // A damaged cache is rebuilt.
    env.write(VERIFY_CACHE, "[1, 2");
    env.run(&["verify"]).ok();
    assert!(
        cache(&env, VERIFY_CACHE)["entries"]
            .as_object()
            .unwrap()
            .len()
            >= 10
    );
}
