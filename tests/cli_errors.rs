//! What the command line refuses, and how it reports bad files: every refusal exits 1 with a
//! message that says what to fix, and leaves no file and no commit; usage errors exit 2;
//! `check` names each bad file (with line:column where it can) while other commands skip it.

mod common;

use common::*;
use serde_json::Value;

/// The sample, with a complete stakeholder identity in the repository.
fn demo_as_stakeholder() -> Env {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env
}

fn add<'a>(rest: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["comment", "add"];
    v.extend_from_slice(rest);
    v
}

// ---------------------------------------------------------------------------------------------
// 3. comment add: refusals

#[test]
fn a_quote_not_in_the_section_is_refused() {
    let env = demo_as_stakeholder();
    env.refused(
        &add(&[
            "--section",
            "quality-assurance",
            "--quote",
            "at least 99 hours of nothing",
            "--type",
            "te",
            "--body",
            "Too rigid.",
        ]),
        &[
            "at least 99 hours of nothing",
            "does not occur",
            "quality-assurance",
            "consulta show quality-assurance",
        ],
    );
    // A quote from another section is not in this one either.
    let other = env.run(&["show", "financing"]).ok().stdout.clone();
    let line = other
        .lines()
        .find(|l| l.starts_with("11.1"))
        .unwrap()
        .to_string();
    env.refused(
        &add(&[
            "--section",
            "quality-assurance",
            "--quote",
            &line,
            "--type",
            "te",
            "--body",
            "x",
        ]),
        &["does not occur"],
    );
}

#[test]
fn an_unknown_section_is_refused() {
    let env = demo_as_stakeholder();
    env.refused(
        &add(&["--section", "astrology", "--type", "ge", "--body", "Stars."]),
        &["no section", "astrology", "quality-assurance"],
    );
    env.refused(
        &add(&["--section", "99", "--type", "ge", "--body", "Stars."]),
        &["no section", "99"],
    );
    env.run(&["show", "astrology"])
        .code(1)
        .stderr_has("no section")
        .stderr_has("financing");
}

#[test]
fn a_bad_type_or_stance_is_refused() {
    let env = demo_as_stakeholder();
    env.refused(
        &add(&["--section", "financing", "--type", "xx", "--body", "Hmm."]),
        &["--type", "xx", "ge", "te", "ed"],
    );
    env.refused(
        &add(&["--section", "financing", "--body", "No type given."]),
        &["--type"],
    );
    env.refused(
        &add(&[
            "--section",
            "financing",
            "--type",
            "ge",
            "--stance",
            "lukewarm",
            "--body",
            "Hmm.",
        ]),
        &["--stance", "lukewarm", "support"],
    );
}

#[test]
fn an_empty_body_is_refused() {
    let env = demo_as_stakeholder();
    env.refused(
        &add(&["--section", "financing", "--type", "ge", "--body", "  "]),
        &["empty", "--body"],
    );
    env.refused(
        &add(&["--section", "financing", "--type", "ge", "--body", ""]),
        &["empty", "--body"],
    );
}

#[test]
fn a_proposal_without_a_quote_is_refused() {
    let env = demo_as_stakeholder();
    env.refused(
        &add(&[
            "--section",
            "financing",
            "--type",
            "te",
            "--body",
            "Reword.",
            "--propose",
            "new words",
        ]),
        &["--quote"],
    );
}

#[test]
fn a_reply_to_a_missing_or_malformed_id_is_refused() {
    let env = demo_as_stakeholder();
    let missing = fake_id(3);
    env.refused(
        &add(&[
            "--section",
            "financing",
            "--reply-to",
            &missing,
            "--body",
            "Agreed.",
        ]),
        &[&missing, "reply"],
    );
    env.refused(
        &add(&[
            "--section",
            "financing",
            "--reply-to",
            "../../../etc/passwd",
            "--body",
            "Agreed.",
        ]),
        &["not a comment id"],
    );
}

#[test]
fn missing_identity_fields_are_named_with_the_command_that_sets_them() {
    let env = Env::demo();
    // Name and e-mail only (as plain git users have).
    env.git(&["config", "user.name", "Ana Pérez"]);
    env.git(&["config", "user.email", "ana@udelar.example"]);
    let out = env.refused(
        &add(&["--section", "financing", "--type", "ge", "--body", "Hello."]),
        &["organisation", "category", "country", "consulta whoami"],
    );
    assert!(!out.stderr.contains("e-mail"), "e-mail is set:{out:?}");
    // Nothing at all.
    let env = Env::demo();
    env.refused(
        &add(&["--section", "financing", "--type", "ge", "--body", "Hello."]),
        &[
            "name",
            "e-mail",
            "organisation",
            "consulta whoami",
            "--name",
            "--email",
        ],
    );
    // One field missing.
    let env = Env::demo();
    env.run(&[
        "whoami",
        "--name",
        "Ana",
        "--email",
        "ana@udelar.example",
        "--organisation",
        "U",
        "--category",
        "learner",
    ])
    .ok();
    env.refused(
        &add(&["--section", "financing", "--type", "ge", "--body", "Hello."]),
        &["country", "consulta whoami --country"],
    );
}

#[test]
fn commenting_before_any_round_is_refused() {
    let env = Env::started("No rounds yet");
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.refused(
        &add(&[
            "--section",
            "introduction",
            "--type",
            "ge",
            "--body",
            "Early bird.",
        ]),
        &["no round", "consulta round open round-1"],
    );
    env.run(&["show", "introduction", "--round", "round-1"])
        .code(1)
        .stderr_has("no round");
    env.run(&["comments", "--round", "round-9"])
        .code(1)
        .stderr_has("round-9");
    // A stakeholder cannot open a round.
    env.run(&["round", "open", "round-1"])
        .code(1)
        .stderr_has("only the secretariat");
    assert_eq!(env.git(&["tag", "-l"]), "");
}

#[test]
fn outside_a_consultation_commands_say_how_to_start_one() {
    let env = Env::new();
    env.run_in(env.root(), &["sections"])
        .code(1)
        .stderr_has("consulta init");
    // A git repository without a consultation.
    std::fs::create_dir_all(&env.repo).unwrap();
    env.git(&["init", "-q"]);
    env.run(&["comments"])
        .code(1)
        .stderr_has("drafts/consultation.json");
    env.run(&["check"]).code(1).stderr_has("consulta init");
}

#[test]
fn usage_errors_exit_2() {
    let env = demo_as_stakeholder();
    let before = env.snapshot();
    env.run(&["sections", "--no-such-flag"])
        .code(2)
        .stderr_has("--no-such-flag");
    env.run(&add(&[
        "--section",
        "financing",
        "--type",
        "ge",
        "--body",
        "x",
        "--bogus",
    ]))
    .code(2);
    // --body is required.
    env.run(&add(&["--section", "financing", "--type", "ge"]))
        .code(2)
        .stderr_has("--body");
    env.run(&["no-such-command"]).code(2);
    env.run(&["comments", "--format", "yaml"]).code(2);
    env.run(&["completions"]).code(2);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn respond_refusals() {
    let env = Env::demo();
    env.become_secretariat();
    let all = env.comments_json();
    let id = all[0]["id"].as_str().unwrap();
    env.refused(
        &["respond", id, "--status", "approved", "--observations", "x"],
        &["--status", "approved", "accepted"],
    );
    env.run(&["respond", id, "--observations", "x"]).code(2);
}

// ---------------------------------------------------------------------------------------------
// 4. Bad files

/// A committed, anchored round-1 comment of the sample: (its path, its JSON).
fn anchored_comment(env: &Env) -> (String, Value) {
    pick_comment(env, |c| {
        c["anchor"].is_object() && c["in_reply_to"].is_null()
    })
}

/// The first committed round-1 comment of the sample that `want` accepts (judged on its
/// `comments --format json` entry): (its path, its JSON as on disk).
fn pick_comment(env: &Env, want: impl Fn(&Value) -> bool) -> (String, Value) {
    let all = env.comments_json();
    let c = all
        .iter()
        .find(|c| c["round"] == "round-1" && want(c))
        .expect("a matching round-1 comment")
        .clone();
    let path = format!(
        "comments/{}/{}/{}.json",
        c["round"].as_str().unwrap(),
        c["section"].as_str().unwrap(),
        c["id"].as_str().unwrap()
    );
    let on_disk: Value = serde_json::from_str(&env.read(&path)).unwrap();
    (path, on_disk)
}

/// `check` exits 1 and names `path` in one of its lines; returns that line.
#[track_caller]
fn check_names(env: &Env, path: &str, needle: &str) -> String {
    let out = env.run(&["check"]);
    out.code(1).stdout_has("problem");
    let line = out
        .stdout
        .lines()
        .find(|l| l.starts_with(path) && l.contains(needle))
        .unwrap_or_else(|| panic!("no line names {path} with {needle:?}:{out:?}"));
    line.to_string()
}

/// Does `line` start with `path:L:C:` for positive L and C?
fn has_line_col(line: &str, path: &str) -> bool {
    let Some(rest) = line.strip_prefix(path).and_then(|r| r.strip_prefix(':')) else {
        return false;
    };
    let mut parts = rest.splitn(3, ':');
    let l = parts.next().and_then(|x| x.parse::<usize>().ok());
    let c = parts.next().and_then(|x| x.parse::<usize>().ok());
    matches!((l, c), (Some(l), Some(c)) if l > 0 && c > 0)
}

#[test]
fn a_truncated_comment_is_named_by_check_and_skipped_by_the_rest() {
    let env = Env::demo();
    // One without a disposition, so that the truncated file is the only problem.
    let (path, _) = pick_comment(&env, |c| {
        c["anchor"].is_object() && c["disposition"].is_null()
    });
    let full = env.read(&path);
    env.write(&path, &full[..full.len() / 2]);

    let line = check_names(&env, &path, "");
    assert!(has_line_col(&line, &path), "no line:column in {line:?}");
    assert!(line.contains("truncated"), "{line}");
    let out = env.run(&["check"]);
    out.stdout_has("1 problem");
    assert_eq!(
        out.stdout
            .lines()
            .filter(|l| l.starts_with("comments/"))
            .count(),
        1,
        "only the truncated file is at fault:{out:?}"
    );

    // Everything else still works, and says one file was skipped.
    for args in [
        &["sections"][..],
        &["sections", "--format", "json"],
        &["comments"],
        &["comments", "--format", "json"],
    ] {
        let out = env.run(args);
        out.ok().stderr_has("1 file skipped").stderr_has(&path);
    }
    let all = env.run(&["comments", "--format", "json"]).json();
    assert_eq!(all.as_array().unwrap().len(), 75);
    env.run(&["comments"]).ok().stdout_has("75 comments");
    // Writing still works too.
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.run(&add(&[
        "--section",
        "financing",
        "--type",
        "ge",
        "--body",
        "Still works.",
    ]))
    .ok();
    // The truncated file was not swept into that commit.
    let files = env.git(&["show", "--format=", "--name-only", "HEAD"]);
    assert!(!files.contains(&path), "{files}");
}

#[test]
fn a_truncated_comment_with_a_disposition_is_one_problem() {
    let env = Env::demo();
    let (path, _) = pick_comment(&env, |c| !c["disposition"].is_null());
    let full = env.read(&path);
    env.write(&path, &full[..full.len() / 2]);
    let out = env.run(&["check"]);
    out.code(1).stdout_has(&path);
    assert!(
        !out.stdout.contains("which does not exist"),
        "the disposition's comment exists, it is only unreadable:{out:?}"
    );
}

#[test]
fn invalid_json_names_line_and_column() {
    let env = Env::demo();
    let (path, _) = anchored_comment(&env);
    let full = env.read(&path);
    // Break the third line.
    let mut lines: Vec<&str> = full.lines().collect();
    lines[2] = "  \"round\" \"round-1\",";
    env.write(&path, &lines.join("\n"));
    let line = check_names(&env, &path, "");
    assert!(line.starts_with(&format!("{path}:3:")), "{line}");
}

#[test]
fn a_newer_schema_is_refused_with_a_clear_message() {
    let env = Env::demo();
    let (path, mut c) = anchored_comment(&env);
    c["schema"] = 2.into();
    env.write(&path, &serde_json::to_string_pretty(&c).unwrap());
    let line = check_names(&env, &path, "newer consulta");
    assert!(line.contains("upgrade"), "{line}");
    env.run(&["comments"]).ok().stderr_has("1 file skipped");
}

#[test]
fn a_quote_that_is_not_at_its_position_is_reported() {
    let env = Env::demo();
    let (path, mut c) = anchored_comment(&env);
    let start = c["anchor"]["start"].as_u64().unwrap();
    let end = c["anchor"]["end"].as_u64().unwrap();
    c["anchor"]["start"] = (start + 3).into();
    c["anchor"]["end"] = (end + 3).into();
    env.write(&path, &serde_json::to_string_pretty(&c).unwrap());
    let line = check_names(&env, &path, "quote");
    assert!(
        line.contains(&format!("{}..{}", start + 3, end + 3)),
        "{line}"
    );
    // It says where the quote really is.
    assert!(line.contains(&format!("{start}..{end}")), "{line}");

    // A quote that is nowhere in the section.
    let env = Env::demo();
    let (path, mut c) = anchored_comment(&env);
    c["anchor"]["quote"] = "words that the draft never contained".into();
    env.write(&path, &serde_json::to_string_pretty(&c).unwrap());
    check_names(&env, &path, "does not occur");
}

#[test]
fn a_disposition_for_a_missing_comment_is_reported() {
    let env = Env::demo();
    let (path, _) = anchored_comment(&env);
    let disp_path = path.replace(".json", ".disposition.json");
    let d: Value = serde_json::from_str(&env.read(&disp_path)).unwrap_or_else(|_| {
        serde_json::json!({
            "schema": 1, "comment": "", "status": "noted", "observations": "",
            "by": {"name": "Consultation Secretariat", "email": SECRETARIAT},
            "created": "2026-05-01T10:00:00Z"
        })
    });
    let ghost = fake_id(4);
    let mut d = d;
    d["comment"] = ghost.clone().into();
    let dir = &path[..path.rfind('/').unwrap()];
    let ghost_path = format!("{dir}/{ghost}.disposition.json");
    env.write(&ghost_path, &serde_json::to_string_pretty(&d).unwrap());
    let line = check_names(&env, &ghost_path, &ghost);
    assert!(line.contains("does not exist"), "{line}");
}

#[test]
fn a_reply_to_a_missing_comment_is_reported() {
    let env = Env::demo();
    let (path, mut c) = anchored_comment(&env);
    let id = fake_id(5);
    let parent = fake_id(6);
    c["id"] = id.clone().into();
    c["anchor"] = Value::Null;
    c["proposed_change"] = Value::Null;
    c["in_reply_to"] = parent.clone().into();
    let dir = &path[..path.rfind('/').unwrap()];
    let reply_path = format!("{dir}/{id}.json");
    env.write(&reply_path, &serde_json::to_string_pretty(&c).unwrap());
    let line = check_names(&env, &reply_path, &parent);
    assert!(line.contains("does not exist"), "{line}");
    assert!(has_line_col(&line, &reply_path), "{line}");
}

#[test]
fn files_that_are_not_named_by_their_id_are_reported() {
    let env = Env::demo();
    let (path, c) = anchored_comment(&env);
    let section = c["section"].as_str().unwrap();
    // A valid comment in a file whose name is not an id.
    let not_id = format!("comments/round-1/{section}/not-an-id.json");
    let mut copy = c.clone();
    copy["id"] = fake_id(10).into();
    env.write(&not_id, &serde_json::to_string_pretty(&copy).unwrap());
    // A comment whose id tries to leave its folder.
    let escaping = format!("comments/round-1/{section}/{}.json", fake_id(11));
    let mut bad = c.clone();
    bad["id"] = "../../../drafts/x".into();
    env.write(&escaping, &serde_json::to_string_pretty(&bad).unwrap());
    // A comment whose section tries to leave its folder.
    let bad_section = format!("comments/round-1/{section}/{}.json", fake_id(12));
    let mut bad = c.clone();
    bad["id"] = fake_id(12).into();
    bad["section"] = "../../drafts".into();
    env.write(&bad_section, &serde_json::to_string_pretty(&bad).unwrap());
    // A JSON file at the wrong depth.
    let loose = "comments/round-1/loose.json".to_string();
    env.write(&loose, &serde_json::to_string_pretty(&c).unwrap());
    // The same id in two files.
    let twin_dir = format!("comments/round-1/{section}");
    let twin = format!("{twin_dir}/{}.json", fake_id(13));
    env.write(&twin, &env.read(&path));

    let out = env.run(&["check"]);
    out.code(1);
    for (p, needle) in [
        (&not_id, "should be at"),
        (&escaping, "not a ULID"),
        (&bad_section, "section"),
        (&loose, "not a comment"),
        (&twin, ""),
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.starts_with(p.as_str()) && l.contains(needle)),
            "check does not report {p} ({needle:?}):{out:?}"
        );
    }
    // None of them made anything escape the comments folder, and the rest still lists.
    assert!(!env.path("drafts/x.json").exists());
    let listed = env.run(&["comments", "--format", "json"]);
    listed.ok();
}

#[test]
fn a_comment_on_a_missing_round_or_section_is_reported() {
    let env = Env::demo();
    let (_, c) = anchored_comment(&env);
    let mut r = c.clone();
    let id = fake_id(20);
    r["id"] = id.clone().into();
    r["round"] = "round-9".into();
    let section = c["section"].as_str().unwrap();
    let p = format!("comments/round-9/{section}/{id}.json");
    env.write(&p, &serde_json::to_string_pretty(&r).unwrap());
    let line = check_names(&env, &p, "round-9");
    assert!(has_line_col(&line, &p), "{line}");

    let env = Env::demo();
    let mut s = c.clone();
    let id = fake_id(21);
    s["id"] = id.clone().into();
    s["section"] = "astrology".into();
    s["anchor"] = Value::Null;
    let p = format!("comments/round-1/astrology/{id}.json");
    env.write(&p, &serde_json::to_string_pretty(&s).unwrap());
    check_names(&env, &p, "astrology");
}

#[test]
fn a_broken_manifest_is_reported_not_a_panic() {
    let env = Env::demo();
    let m = env.read("drafts/consultation.json");
    env.write("drafts/consultation.json", &m[..m.len() / 3]);
    let out = env.run(&["check"]);
    out.code(1)
        .stdout_has("drafts/consultation.json:")
        .stdout_has("truncated");
    assert!(!out.stderr.contains("panicked"), "{out:?}");
    // The working draft cannot be read; the latest round (from git) still can.
    let out = env.run(&["sections", "--round", "draft"]);
    out.code(1).stderr_has("drafts/consultation.json:");
    assert!(!out.stderr.contains("panicked"), "{out:?}");
    env.run(&["sections"]).ok().stdout_has("round-2");
}

#[test]
fn a_broken_manifest_is_named_once_with_line_and_column() {
    let env = Env::demo();
    let m = env.read("drafts/consultation.json");
    env.write("drafts/consultation.json", &m[..m.len() / 3]);
    let out = env.run(&["check"]);
    out.code(1);
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains("consultation.json"))
        .unwrap_or_else(|| panic!("manifest not named:{out:?}"));
    assert!(has_line_col(line, "drafts/consultation.json"), "{line}");
    assert_eq!(line.matches("consultation.json").count(), 1, "{line}");
}

/// The checks across files, which `check` makes after reading every record (a slice at a
/// time): an id used twice, a reply to a comment that does not exist (at the line and column
/// of `in_reply_to`) or to itself, a decision on a comment that does not exist or kept away
/// from its comment.
#[test]
fn check_finds_what_is_wrong_between_files() {
    let env = Env::demo();
    let (path, c) = anchored_comment(&env);
    let id = c["id"].as_str().unwrap().to_string();
    let section = c["section"].as_str().unwrap();
    let folder = path.rsplit_once('/').unwrap().0.to_string();
    // Another section's folder of round 1 (any other).
    let other = std::fs::read_dir(env.repo.join("comments/round-1"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n != section)
        .unwrap();
    let mut reply = c.clone();
    let fresh = |n: u8| format!("01JZZZZZZZZZZZZZZZZZZZZZ{n:02}");
    let (orphan, itself) = (fresh(1), fresh(2));
    reply["id"] = orphan.clone().into();
    reply["in_reply_to"] = fresh(9).into();
    let orphan_path = format!("{folder}/{orphan}.json");
    env.write(&orphan_path, &serde_json::to_string_pretty(&reply).unwrap());
    reply["id"] = itself.clone().into();
    reply["in_reply_to"] = itself.clone().into();
    let itself_path = format!("{folder}/{itself}.json");
    env.write(&itself_path, &serde_json::to_string_pretty(&reply).unwrap());
    // The same id in another section's folder.
    let twice = format!("comments/round-1/{other}/{id}.json");
    let mut moved = c.clone();
    moved["section"] = other.clone().into();
    env.write(&twice, &serde_json::to_string_pretty(&moved).unwrap());
    // A decision on nothing, and one away from its comment.
    let decision = |comment: &str| {
        serde_json::json!({
            "schema": 1, "comment": comment, "status": "noted", "observations": "Seen.",
            "by": { "name": "Consultation Secretariat", "email": "secretariat@rihes.example" },
            "created": "2026-05-07T12:12:00Z"
        })
        .to_string()
    };
    let nothing = format!("{folder}/{}.disposition.json", fresh(4));
    env.write(&nothing, &decision(&fresh(4)));
    let away = format!("comments/round-1/{other}/{orphan}.disposition.json");
    env.write(&away, &decision(&orphan));
    let out = env.run(&["check"]);
    out.code(1);
    let line = |p: &str, needle: &str| {
        out.stdout
            .lines()
            .find(|l| l.starts_with(p) && l.contains(needle))
            .unwrap_or_else(|| panic!("no line names {p} with {needle:?}:{out:?}"))
            .to_string()
    };
    let l = line(&orphan_path, "which does not exist");
    assert!(has_line_col(&l, &orphan_path), "{l}");
    line(&itself_path, "replies to itself");
    // Reported once, on the later of the two files in path order.
    let (first, second) = if path < twice {
        (&path, &twice)
    } else {
        (&twice, &path)
    };
    line(second, "is used by another comment file too");
    assert!(
        !out.stdout
            .lines()
            .any(|l| l.starts_with(first.as_str()) && l.contains("used by another")),
        "{out:?}"
    );
    line(&nothing, "which does not exist");
    line(&away, "beside its comment");
}
