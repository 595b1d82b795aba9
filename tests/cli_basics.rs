//! The `consulta` command line on real temporary git repositories: the sample (`demo`), a new
//! consultation (`init`, `round open`, `whoami`, `comment add`), recovery of interrupted writes,
//! and the secretariat's `respond` and `apply`.

mod common;

use common::*;
use serde_json::Value;

/// A section with multi-byte characters before the quotes (so code points differ from bytes)
/// and a passage that occurs twice.
const ASSESSMENT: &str = "# 2. Assessment\n\n2.1 Évaluación — «学分» shall be fair to every learner. Each learner shall be assessed fairly.\n\n2.2 Each learner shall be assessed fairly and openly, in the learner's own language.\n";
const TWICE: &str = "Each learner shall be assessed fairly";
const ONCE: &str = "shall be fair to every learner";

/// A new consultation with an assessment section and round-1 open, as its secretariat
/// (identity in the temporary HOME's global config); then a stakeholder identity in the repo.
fn new_consultation() -> Env {
    let env = Env::started("Test framework");
    env.write("drafts/02-assessment.md", ASSESSMENT);
    env.git_commit_all("Add the assessment section");
    env.run(&["round", "open", "round-1"]).ok();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env
}

fn comment_by_id<'a>(all: &'a [Value], id: &str) -> &'a Value {
    all.iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("comment {id} not listed"))
}

/// The id printed by `comment add` ("Saved comment <id> on …").
fn saved_id(out: &Out) -> String {
    let id = out
        .stdout
        .split_whitespace()
        .skip_while(|w| *w != "comment")
        .nth(1)
        .unwrap_or_else(|| panic!("no id in the output:{out:?}"))
        .to_string();
    assert_eq!(id.len(), 26, "not an id: {id:?}{out:?}");
    id
}

// ---------------------------------------------------------------------------------------------
// 1. demo

#[test]
fn demo_builds_a_valid_consultation_with_two_rounds_and_every_comment_listed() {
    let env = Env::new();
    let dir = env.repo.to_str().unwrap();
    env.run_in(env.root(), &["demo", dir])
        .ok()
        .stdout_has("2 rounds");

    let rounds = env.run(&["rounds", "--format", "json"]);
    rounds.ok();
    let rounds = rounds.json();
    let rounds = rounds.as_array().unwrap();
    assert!(rounds.len() >= 2, "{rounds:?}");
    assert_eq!(rounds[0]["name"], "round-1");
    assert_eq!(rounds[1]["name"], "round-2");
    assert_eq!(rounds[0]["number"], 1);
    assert_eq!(rounds[1]["number"], 2);
    for r in rounds {
        let commit = r["commit"].as_str().unwrap();
        assert!(is_commit_id(commit), "{r}");
        // Each round is an annotated tag on that commit.
        let name = r["name"].as_str().unwrap();
        assert_eq!(env.git(&["cat-file", "-t", name]), "tag");
        assert_eq!(
            env.git(&["rev-parse", &format!("{name}^{{commit}}")]),
            commit
        );
    }
    env.run(&["rounds"])
        .ok()
        .stdout_has("round-1")
        .stdout_has("round-2");

    env.run(&["check"]).ok().stdout_has("no problems");
    // --repo works from anywhere.
    env.run_in(env.root(), &["--repo", dir, "check"])
        .ok()
        .stdout_has("76 comments, 53 dispositions, 2 rounds: no problems");

    let all = env.comments_json();
    assert_eq!(all.len(), 76);
    let mut with_disposition = 0;
    let mut applied = 0;
    let mut categories = std::collections::BTreeSet::new();
    for c in &all {
        let a = &c["author"];
        for field in ["name", "organisation", "category", "country"] {
            assert!(
                a[field].as_str().is_some_and(|s| !s.is_empty()),
                "author.{field} missing in {c}"
            );
        }
        let country = a["country"].as_str().unwrap();
        assert!(
            country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
            "{c}"
        );
        categories.insert(a["category"].as_str().unwrap().to_string());
        assert!(
            ["general", "technical", "editorial"].contains(&c["type"].as_str().unwrap()),
            "{c}"
        );
        assert!(c["section"].as_str().is_some_and(|s| !s.is_empty()), "{c}");
        assert!(c["anchor"].is_object() || c["anchor"].is_null(), "{c}");
        if let Some(anchor) = c["anchor"].as_object() {
            assert!(
                anchor["quote"].as_str().is_some_and(|q| !q.is_empty()),
                "{c}"
            );
            assert!(anchor["start"].as_u64() < anchor["end"].as_u64(), "{c}");
        }
        let d = c
            .get("disposition")
            .unwrap_or_else(|| panic!("no disposition key: {c}"));
        if !d.is_null() {
            with_disposition += 1;
            assert!(
                ["accepted", "modified", "rejected", "noted"]
                    .contains(&d["status"].as_str().unwrap()),
                "{c}"
            );
            assert_eq!(d["by"]["email"], SECRETARIAT);
            if !d["applied_in"].is_null() {
                applied += 1;
                let commit = d["applied_in"].as_str().unwrap();
                assert!(is_commit_id(commit), "{c}");
                let msg = env.git(&["log", "-1", "--format=%B", commit]);
                assert!(
                    msg.contains(&format!(
                        "Consultation-Comment: {}",
                        c["id"].as_str().unwrap()
                    )),
                    "{msg}"
                );
            }
        }
    }
    assert_eq!(with_disposition, 53);
    assert_eq!(applied, 9);
    for cat in ["higher-education", "employer", "government"] {
        assert!(categories.contains(cat), "{categories:?}");
    }

    // The people's views agree with JSON.
    env.run(&["comments"]).ok().stdout_has("76 comments");
    env.run(&["sections"])
        .ok()
        .stdout_has("Regional framework of minimum standards for microcredentials")
        .stdout_has("quality-assurance");
}

#[test]
fn demo_refuses_a_folder_that_is_not_empty() {
    let env = Env::new();
    env.write("keep.txt", "mine\n");
    let out = env.run_in(env.root(), &["demo", env.repo.to_str().unwrap()]);
    out.code(1).stderr_has("not empty");
    assert_eq!(
        std::fs::read_to_string(env.path("keep.txt")).unwrap(),
        "mine\n"
    );
}

#[test]
fn sections_show_and_comment_filters_on_the_demo() {
    let env = Env::demo();
    let s = env.run(&["sections", "--format", "json"]);
    s.ok();
    let s = s.json();
    assert_eq!(s["version"], "round-2");
    let secs = s["sections"].as_array().unwrap();
    assert_eq!(secs.len(), 13);
    assert_eq!(secs[5]["id"], "quality-assurance");
    assert_eq!(secs[5]["number"], 6);
    assert_eq!(secs[5]["file"], "drafts/06-quality-assurance.md");

    // show by id and by number; the latest round by default; an older round on request.
    let by_id = env.run(&["show", "quality-assurance"]);
    by_id.ok().stdout_has("# 6. Quality assurance");
    let by_number = env.run(&["show", "6"]);
    by_number.ok();
    assert_eq!(by_id.stdout, by_number.stdout);
    assert_eq!(by_id.stdout, env.read("drafts/06-quality-assurance.md"));
    let changed: Vec<&str> = secs
        .iter()
        .filter(|s| s["change"] == "changed")
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(!changed.is_empty(), "round 2 changed no section? {s}");
    let r1 = env.run(&["show", changed[0], "--round", "round-1"]);
    let r2 = env.run(&["show", changed[0], "--round", "round-2"]);
    r1.ok();
    r2.ok();
    assert_ne!(
        r1.stdout, r2.stdout,
        "section {} marked changed",
        changed[0]
    );

    // Filters.
    let all = env.comments_json();
    let accepted = env.run(&["comments", "--status", "accepted", "--format", "json"]);
    accepted.ok();
    let accepted = accepted.json();
    let accepted = accepted.as_array().unwrap();
    assert!(!accepted.is_empty());
    assert!(accepted
        .iter()
        .all(|c| c["disposition"]["status"] == "accepted"));
    let open = env.run(&["comments", "--status", "open", "--format", "json"]);
    open.ok();
    assert_eq!(open.json().as_array().unwrap().len(), 76 - 53);
    let r2 = env.run(&["comments", "--round", "round-2", "--format", "json"]);
    r2.ok();
    // --round R: the comments made on R and before, each with its status in R.
    let r2 = r2.json();
    let r2 = r2.as_array().unwrap();
    assert_eq!(r2.len(), all.len());
    let status = |c: &Value| {
        c["carried"]["status"]
            .as_str()
            .unwrap_or("none")
            .to_string()
    };
    for c in r2 {
        let applied = c["disposition"]["applied_in"].is_string();
        assert_eq!(status(c) == "resolved", applied, "{}", c["id"]);
        if c["round"] == "round-2" && c["anchor"].is_object() {
            assert_eq!(status(c), "unchanged", "{}", c["id"]);
        }
        if let Some(start) = c["carried"]["start"].as_u64() {
            // The carried positions point at the carried text in round-2, in the language
            // version the comment was made on.
            let section = c["carried"]["section"].as_str().unwrap();
            let mut args = vec!["show", section, "--round", "round-2"];
            if let Some(lang) = c["lang"].as_str() {
                args.extend(["--lang", lang]);
            }
            let text = env.run(&args).stdout.clone();
            let now: String = text
                .chars()
                .skip(start as usize)
                .take((c["carried"]["end"].as_u64().unwrap() - start) as usize)
                .collect();
            assert_eq!(now, c["carried"]["text"].as_str().unwrap(), "{}", c["id"]);
        }
    }
    let r1 = env
        .run(&["comments", "--round", "round-1", "--format", "json"])
        .json();
    let want = all.iter().filter(|c| c["round"] == "round-1").count();
    assert_eq!(r1.as_array().unwrap().len(), want);
    assert!(r1
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["carried"]["status"] == "unchanged" || c["anchor"].is_null()));
    let qa = env.run(&[
        "comments",
        "--section",
        "quality-assurance",
        "--format",
        "json",
    ]);
    qa.ok();
    let qa = qa.json();
    assert!(!qa.as_array().unwrap().is_empty());
    assert!(qa
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["section"] == "quality-assurance"));
}

// ---------------------------------------------------------------------------------------------
// 2. init, rounds, whoami, comment add

#[test]
fn init_sections_show_and_round_open() {
    let env = Env::new();
    // Without any identity, init says how to set one.
    env.run_in(
        env.root(),
        &["init", env.repo.to_str().unwrap(), "--title", "T"],
    )
    .code(1)
    .stderr_has("user.name");
    env.secretariat_identity();
    env.init("Test framework")
        .ok()
        .stdout_has("sec@consulta.example");
    let manifest: Value = serde_json::from_str(&env.read("drafts/consultation.json")).unwrap();
    assert_eq!(manifest["title"], "Test framework");
    assert_eq!(manifest["schema"], 1);
    assert_eq!(manifest["secretariat"][0], "sec@consulta.example");
    assert_eq!(
        env.git(&["log", "-1", "--format=%an <%ae>"]),
        "Sara Secretaria <sec@consulta.example>"
    );
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    // A second init is refused.
    env.run(&["init", ".", "--title", "Again"])
        .code(1)
        .stderr_has("already holds a consultation");

    env.run(&["sections"])
        .ok()
        .stdout_has("Test framework")
        .stdout_has("introduction");
    env.run(&["show", "introduction"])
        .ok()
        .stdout_has("# 1. Introduction");
    env.run(&["rounds"]).ok().stdout_has("No round yet");
    let r = env.run(&["rounds", "--format", "json"]);
    r.ok();
    assert_eq!(r.json(), serde_json::json!([]));

    // A new, uncommitted section: opening a round is refused and names the file.
    env.write("drafts/02-assessment.md", ASSESSMENT);
    let head = env.head();
    env.run(&["round", "open", "round-1"])
        .code(1)
        .stderr_has("drafts/02-assessment.md")
        .stderr_has("commit");
    assert_eq!(env.git(&["tag", "-l"]), "");
    assert_eq!(env.head(), head);
    // The working draft already shows it.
    env.run(&["show", "assessment", "--round", "draft"])
        .ok()
        .stdout_has("Évaluación");

    env.git_commit_all("Add the assessment section");
    // Also refused for an edit to a committed section.
    env.write(
        "drafts/01-introduction.md",
        "# 1. Introduction\n\nChanged.\n",
    );
    env.run(&["round", "open", "round-1"])
        .code(1)
        .stderr_has("drafts/01-introduction.md");
    env.git(&["checkout", "--", "drafts/01-introduction.md"]);

    env.run(&["round", "open", "round-1", "--message", "First round"])
        .ok()
        .stdout_has("round-1");
    let commit = env.head();
    let r = env.run(&["rounds", "--format", "json"]);
    r.ok();
    let r = r.json();
    assert_eq!(r.as_array().unwrap().len(), 1);
    assert_eq!(r[0]["name"], "round-1");
    assert_eq!(r[0]["commit"], commit.as_str());
    assert_eq!(r[0]["message"], "First round");
    assert_eq!(r[0]["opened_by"], "Sara Secretaria");
    env.run(&["rounds"])
        .ok()
        .stdout_has("round-1")
        .stdout_has("First round");
    // The same name again, or a second round on an unchanged HEAD, is refused.
    env.run(&["round", "open", "round-1"])
        .code(1)
        .stderr_has("already exists");
    env.run(&["round", "open", "round-2"])
        .code(1)
        .stderr_has("already round");

    let s = env.run(&["sections", "--format", "json"]);
    s.ok();
    let s = s.json();
    assert_eq!(s["version"], "round-1");
    let ids: Vec<_> = s["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["introduction", "assessment"]);
    assert_eq!(env.run(&["show", "2"]).ok().stdout, ASSESSMENT);
    env.run(&["check"]).ok().stdout_has("no problems");
}

#[test]
fn whoami_sets_reads_back_and_validates() {
    let env = new_consultation();
    // new_consultation set a full stakeholder identity in the repository's config.
    assert_eq!(env.git(&["config", "--local", "user.name"]), "Ana Pérez");
    assert_eq!(
        env.git(&["config", "--local", "user.email"]),
        "ana@udelar.example"
    );
    assert_eq!(
        env.git(&["config", "--local", "consulta.organisation"]),
        "Universidad de Prueba"
    );
    assert_eq!(
        env.git(&["config", "--local", "consulta.category"]),
        "higher-education"
    );
    assert_eq!(env.git(&["config", "--local", "consulta.country"]), "UY");

    // Change one field; the others stay.
    env.run(&["whoami", "--organisation", "Universidad de la República"])
        .ok();
    assert_eq!(
        env.git(&["config", "--local", "consulta.organisation"]),
        "Universidad de la República"
    );
    let out = env.run(&["whoami"]);
    out.ok()
        .stdout_has("Ana Pérez")
        .stdout_has("ana@udelar.example")
        .stdout_has("Universidad de la República")
        .stdout_has("higher-education")
        .stdout_has("UY");
    assert!(!out.stdout.contains("(not set)"), "{out:?}");

    // Invalid values are refused and nothing is stored.
    env.run(&["whoami", "--country", "uruguay", "--organisation", "Other"])
        .code(1)
        .stderr_has("uruguay")
        .stderr_has("UY");
    assert_eq!(env.git(&["config", "--local", "consulta.country"]), "UY");
    assert_eq!(
        env.git(&["config", "--local", "consulta.organisation"]),
        "Universidad de la República"
    );
    env.run(&["whoami", "--category", "astronaut"])
        .code(1)
        .stderr_has("astronaut")
        .stderr_has("higher-education");
    env.run(&["whoami", "--email", "not an address"]).code(1);
    env.run(&["whoami", "--name", "  "])
        .code(1)
        .stderr_has("--name");
    assert_eq!(env.git(&["config", "--local", "user.name"]), "Ana Pérez");

    // Outside a repository, only --global stores anything.
    env.run_in(env.root(), &["whoami", "--country", "BR"])
        .code(1)
        .stderr_has("--global");
    // The user's real config was never touched: the test HOME holds the only global config.
    let global = std::fs::read_to_string(env.home.join(".gitconfig")).unwrap();
    assert!(global.contains("Sara Secretaria"), "{global}");
    assert!(!global.contains("Ana"), "{global}");
}

#[test]
fn whoami_lists_what_is_missing() {
    let env = Env::new();
    env.run_in(
        env.root(),
        &[
            "whoami",
            "--global",
            "--name",
            "Nadia",
            "--email",
            "n@x.example",
        ],
    )
    .ok()
    .stdout_has("(not set)")
    .stdout_has("--organisation")
    .stdout_has("--category")
    .stdout_has("--country");
}

#[test]
fn comment_on_a_quote_is_saved_committed_and_anchored_by_code_points() {
    let env = new_consultation();
    let head = env.head();
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--quote",
        ONCE,
        "--type",
        "te",
        "--body",
        "Fair to whom? Say how fairness is checked.",
        "--stance",
        "oppose",
    ]);
    out.ok().stdout_has("Ana Pérez");
    let id = saved_id(&out);
    let rel = format!("comments/round-1/assessment/{id}.json");
    out.stdout_has(&rel);
    assert!(env.path(&rel).is_file());

    // One new commit, by the stakeholder, holding only that file; nothing left to commit.
    assert_eq!(env.git(&["rev-parse", "HEAD~1"]), head);
    assert_eq!(
        env.git(&["log", "-1", "--format=%an <%ae>"]),
        "Ana Pérez <ana@udelar.example>"
    );
    assert_eq!(env.git(&["show", "--format=", "--name-only", "HEAD"]), rel);
    assert_eq!(env.git(&["status", "--porcelain"]), "");

    let c: Value = serde_json::from_str(&env.read(&rel)).unwrap();
    assert_eq!(c["schema"], 1);
    assert_eq!(c["id"], id.as_str());
    assert_eq!(c["round"], "round-1");
    assert_eq!(c["section"], "assessment");
    assert_eq!(c["type"], "technical");
    assert_eq!(c["stance"], "oppose");
    assert_eq!(c["comment"], "Fair to whom? Say how fairness is checked.");
    assert_eq!(c["author"]["name"], "Ana Pérez");
    assert_eq!(c["author"]["email"], "ana@udelar.example");
    assert_eq!(c["author"]["organisation"], "Universidad de Prueba");
    assert_eq!(c["author"]["category"], "higher-education");
    assert_eq!(c["author"]["country"], "UY");
    assert!(c["in_reply_to"].is_null());
    assert!(c["proposed_change"].is_null());
    assert!(c["created"].as_str().unwrap().ends_with('Z'), "{c}");

    // The anchor, against the text `show` prints, in code points.
    let text = env.run(&["show", "assessment"]).ok().stdout.clone();
    let b = nth_occurrence(&text, ONCE, 1);
    let a = &c["anchor"];
    assert_eq!(a["quote"], ONCE);
    assert_eq!(a["start"].as_u64().unwrap() as usize, cp(&text, b));
    assert_eq!(
        a["end"].as_u64().unwrap() as usize,
        cp(&text, b) + ONCE.chars().count()
    );
    assert_ne!(
        cp(&text, b),
        b,
        "the test text should put multi-byte characters first"
    );
    assert_eq!(a["prefix"], chars_before(&text, b, 32).as_str());
    assert_eq!(a["suffix"], chars_after(&text, b + ONCE.len(), 32).as_str());
    assert_eq!(a["prefix"].as_str().unwrap().chars().count(), 32);
    assert_eq!(a["clause"], "2.1");

    // Listed with its anchor and no disposition; the repository still checks clean.
    let all = env.comments_json();
    let listed = comment_by_id(&all, &id);
    assert_eq!(listed["anchor"], c["anchor"]);
    assert!(listed["disposition"].is_null());
    env.run(&["comments"])
        .ok()
        .stdout_has(&id)
        .stdout_has("2.1");
    env.run(&["check"]).ok().stdout_has("1 comment");
}

#[test]
fn comment_on_the_whole_section_a_reply_and_a_proposal() {
    let env = new_consultation();
    // Whole section, by section number.
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "2",
        "--type",
        "ge",
        "--body",
        "Welcome the emphasis on fairness.",
    ]);
    out.ok();
    let whole = saved_id(&out);
    let c: Value =
        serde_json::from_str(&env.read(&format!("comments/round-1/assessment/{whole}.json")))
            .unwrap();
    assert!(c["anchor"].is_null(), "{c}");
    assert_eq!(c["type"], "general");
    assert!(c["stance"].is_null());

    // A reply by someone else, to that comment.
    env.become_stakeholder("Bruno Costa", "bruno@empresa.example");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--reply-to",
        &whole,
        "--body",
        "We agree.",
        "--stance",
        "support",
    ]);
    out.ok();
    let reply = saved_id(&out);
    let rel = format!("comments/round-1/assessment/{reply}.json");
    let r: Value = serde_json::from_str(&env.read(&rel)).unwrap();
    assert_eq!(r["in_reply_to"], whole.as_str());
    assert_eq!(r["author"]["name"], "Bruno Costa");
    assert_eq!(r["stance"], "support");
    assert_eq!(
        env.git(&["log", "-1", "--format=%an <%ae>"]),
        "Bruno Costa <bruno@empresa.example>"
    );

    // A proposal of new wording.
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--quote",
        ONCE,
        "--type",
        "ed",
        "--body",
        "Plainer.",
        "--propose",
        "shall treat every learner fairly",
    ]);
    out.ok();
    let prop = saved_id(&out);
    let p: Value =
        serde_json::from_str(&env.read(&format!("comments/round-1/assessment/{prop}.json")))
            .unwrap();
    assert_eq!(p["proposed_change"], "shall treat every learner fairly");
    assert_eq!(p["type"], "editorial");
    assert_eq!(p["anchor"]["quote"], ONCE);
    assert!(env
        .git(&["log", "-1", "--format=%B"])
        .contains("proposed wording"));

    let all = env.comments_json();
    assert_eq!(all.len(), 3);
    assert_eq!(comment_by_id(&all, &reply)["in_reply_to"], whole.as_str());
    env.run(&["check"])
        .ok()
        .stdout_has("3 comments")
        .stdout_has("no problems");
}

#[test]
fn a_quote_that_occurs_twice_needs_occurrence() {
    let env = new_consultation();
    let args = [
        "comment",
        "add",
        "--section",
        "assessment",
        "--quote",
        TWICE,
        "--type",
        "te",
        "--body",
        "Which fairness?",
    ];
    env.refused(&args, &["--occurrence", "2 times"]);
    env.refused(
        &[&args[..], &["--occurrence", "3"]].concat(),
        &["--occurrence 3", "out of range"],
    );
    env.refused(
        &[&args[..], &["--occurrence", "0"]].concat(),
        &["--occurrence"],
    );

    let out = env.run(&[&args[..], &["--occurrence", "2"]].concat());
    out.ok();
    let id = saved_id(&out);
    let c: Value =
        serde_json::from_str(&env.read(&format!("comments/round-1/assessment/{id}.json"))).unwrap();
    let text = env.run(&["show", "assessment"]).ok().stdout.clone();
    let second = nth_occurrence(&text, TWICE, 2);
    assert_eq!(
        c["anchor"]["start"].as_u64().unwrap() as usize,
        cp(&text, second)
    );
    assert_eq!(
        c["anchor"]["end"].as_u64().unwrap() as usize,
        cp(&text, second) + TWICE.chars().count()
    );
    assert_eq!(c["anchor"]["clause"], "2.2");
    assert_eq!(
        c["anchor"]["suffix"],
        chars_after(&text, second + TWICE.len(), 32).as_str()
    );

    // --occurrence 1 picks the first.
    let out = env.run(&[&args[..], &["--occurrence", "1"]].concat());
    out.ok();
    let id = saved_id(&out);
    let c: Value =
        serde_json::from_str(&env.read(&format!("comments/round-1/assessment/{id}.json"))).unwrap();
    let first = nth_occurrence(&text, TWICE, 1);
    assert_eq!(
        c["anchor"]["start"].as_u64().unwrap() as usize,
        cp(&text, first)
    );
    assert_eq!(c["anchor"]["clause"], "2.1");
    env.run(&["check"]).ok();
}

#[test]
fn completions_for_bash() {
    let env = Env::new();
    let out = env.run_in(env.root(), &["completions", "bash"]);
    out.ok().stdout_has("consulta").stdout_has("comment");
    assert!(out.stdout.len() > 1000, "{out:?}");
    env.run_in(env.root(), &["completions", "zsh"])
        .ok()
        .stdout_has("consulta");
    env.run_in(env.root(), &["completions", "tcsh"]).code(2);
}

#[test]
fn help_has_examples() {
    let env = Env::new();
    for cmd in [
        &["init", "--help"][..],
        &["demo", "--help"],
        &["whoami", "--help"],
        &["sections", "--help"],
        &["show", "--help"],
        &["comment", "add", "--help"],
        &["comments", "--help"],
        &["rounds", "--help"],
        &["round", "open", "--help"],
        &["respond", "--help"],
        &["apply", "--help"],
        &["check", "--help"],
        &["completions", "--help"],
    ] {
        let out = env.run_in(env.root(), cmd);
        out.ok().stdout_has("consulta ");
        assert!(
            out.stdout.contains("Example"),
            "no example in `{}`:{out:?}",
            cmd.join(" ")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Robustness: interrupted writes and unrelated changes

#[test]
fn an_uncommitted_complete_comment_is_recovered_by_the_next_write() {
    let env = Env::demo();
    let all = env.comments_json();
    let model = all
        .iter()
        .find(|c| c["round"] == "round-2" && c["in_reply_to"].is_null())
        .expect("a round-2 comment")
        .clone();
    let section = model["section"].as_str().unwrap().to_string();
    let author = model["author"].clone();
    let id = fake_id(1);
    let mut orphan = model.clone();
    let o = orphan.as_object_mut().unwrap();
    o.remove("disposition");
    o.insert("id".into(), Value::String(id.clone()));
    o.insert("anchor".into(), Value::Null);
    o.insert("proposed_change".into(), Value::Null);
    o.insert(
        "comment".into(),
        Value::String("Left behind by a killed process.".into()),
    );
    let rel = format!("comments/round-2/{section}/{id}.json");
    env.write(&rel, &serde_json::to_string_pretty(&orphan).unwrap());
    // A temporary file of an interrupted write is ignored, never committed.
    let tmp_rel = format!("comments/round-2/{section}/.{}.json.tmp-999", fake_id(2));
    env.write(&tmp_rel, "{\"schema\": 1, \"id\": ");
    // The killed process's intent journal names the file it was writing.
    env.write(
        ".git/consulta/journal",
        &format!("consulta-journal 1\n{rel}\n"),
    );
    env.run(&["check"]).ok();
    let head = env.head();

    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        &section,
        "--type",
        "ge",
        "--body",
        "A new comment.",
    ]);
    out.ok();
    let new_id = saved_id(&out);

    // Two commits: the recovered file under its own author, then the new comment.
    let log = env.git(&["log", "--format=%an <%ae>|%s", &format!("{head}..HEAD")]);
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 2, "{log}");
    let who = format!(
        "{} <{}>",
        author["name"].as_str().unwrap(),
        author["email"].as_str().unwrap()
    );
    assert!(lines[1].starts_with(&format!("{who}|")), "{log}");
    assert!(lines[1].contains("Recover"), "{log}");
    assert!(
        lines[0].starts_with("Ana Pérez <ana@udelar.example>|"),
        "{log}"
    );
    assert_eq!(
        env.git(&["show", "--format=", "--name-only", "HEAD~1"]),
        rel
    );
    assert_eq!(
        env.git(&["show", "--format=", "--name-only", "HEAD"]),
        format!("comments/round-2/{section}/{new_id}.json")
    );
    assert_eq!(env.git(&["ls-files", &rel]), rel);
    // The temporary file is neither committed nor counted.
    assert_eq!(env.git(&["ls-files", &tmp_rel]), "");
    let all = env.comments_json();
    assert_eq!(all.len(), 78);
    env.run(&["check"]).ok().stdout_has("78 comments");
}

#[test]
fn unrelated_changes_stay_out_of_the_comment_commit() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    // A modified tracked file, a staged new file, and an untracked file.
    let draft = "drafts/13-implementation.md";
    let mut text = env.read(draft);
    text.push_str("\nA local edit that is not for the consultation.\n");
    env.write(draft, &text);
    env.write("notes.txt", "staged notes\n");
    env.git(&["add", "notes.txt"]);
    env.write("scratch.txt", "untracked\n");
    let status_before = env.git(&["status", "--porcelain"]);
    assert!(
        status_before.contains(" M drafts/13-implementation.md"),
        "{status_before}"
    );
    assert!(status_before.contains("A  notes.txt"), "{status_before}");

    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "implementation",
        "--type",
        "ge",
        "--body",
        "Timelines are tight.",
    ]);
    out.ok();
    let id = saved_id(&out);
    let rel = format!("comments/round-2/implementation/{id}.json");
    assert_eq!(env.git(&["show", "--format=", "--name-only", "HEAD"]), rel);
    let stat = env.git(&["show", "--stat", "--format=", "HEAD"]);
    assert!(stat.contains("1 file changed"), "{stat}");
    assert!(
        !stat.contains("notes.txt") && !stat.contains("drafts/"),
        "{stat}"
    );
    // Everything else is as it was: still modified, still staged, still untracked.
    assert_eq!(env.git(&["status", "--porcelain"]), status_before);
    assert!(env.read(draft).ends_with("not for the consultation.\n"));
    assert_eq!(env.git(&["diff", "--cached", "--name-only"]), "notes.txt");
}

// ---------------------------------------------------------------------------------------------
// 6. respond and apply

#[test]
fn only_the_secretariat_responds_and_the_decision_is_committed() {
    let env = Env::demo();
    let all = env.comments_json();
    let open = all
        .iter()
        .find(|c| c["disposition"].is_null())
        .expect("an open comment")
        .clone();
    let id = open["id"].as_str().unwrap();
    let disp_rel = format!(
        "comments/{}/{}/{id}.disposition.json",
        open["round"].as_str().unwrap(),
        open["section"].as_str().unwrap()
    );

    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.refused(
        &[
            "respond",
            id,
            "--status",
            "accepted",
            "--observations",
            "Fine.",
        ],
        &["only the secretariat", SECRETARIAT],
    );

    env.become_secretariat();
    env.refused(
        &["respond", id, "--status", "maybe", "--observations", "?"],
        &["--status", "accepted"],
    );
    env.refused(
        &["respond", &fake_id(7), "--status", "noted"],
        &[&fake_id(7)],
    );
    let head = env.head();
    env.run(&[
        "respond",
        id,
        "--status",
        "noted",
        "--observations",
        "Thank you; noted for the guidance.",
    ])
    .ok()
    .stdout_has("noted");
    assert_eq!(env.git(&["rev-parse", "HEAD~1"]), head);
    assert_eq!(
        env.git(&["show", "--format=", "--name-only", "HEAD"]),
        disp_rel
    );
    assert_eq!(env.git(&["log", "-1", "--format=%ae"]), SECRETARIAT);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    let d: Value = serde_json::from_str(&env.read(&disp_rel)).unwrap();
    assert_eq!(d["schema"], 1);
    assert_eq!(d["comment"], id);
    assert_eq!(d["status"], "noted");
    assert_eq!(d["observations"], "Thank you; noted for the guidance.");
    assert_eq!(d["by"]["email"], SECRETARIAT);

    let all = env.comments_json();
    let listed = comment_by_id(&all, id);
    assert_eq!(listed["disposition"]["status"], "noted");
    assert_eq!(listed["disposition"]["label"], "noted");
    assert!(listed["disposition"]["applied_in"].is_null());

    // A changed decision rewrites the same file, in a new commit.
    env.run(&[
        "respond",
        id,
        "--status",
        "rejected",
        "--observations",
        "On reflection, no.",
    ])
    .ok();
    assert_eq!(
        env.git(&["show", "--format=", "--name-only", "HEAD"]),
        disp_rel
    );
    let d: Value = serde_json::from_str(&env.read(&disp_rel)).unwrap();
    assert_eq!(d["status"], "rejected");
    env.run(&["check"]).ok().stdout_has("54 dispositions");
}

/// A passage of the round-2 text of `section` that occurs exactly once in it.
fn unique_passage(text: &str) -> String {
    for line in text.lines() {
        if !line.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().skip(1).take(6).collect();
        if words.len() < 6 {
            continue;
        }
        let q = words.join(" ");
        if text.matches(&q).count() == 1 {
            return q;
        }
    }
    panic!("no unique passage in {text}");
}

#[test]
fn an_accepted_proposal_is_applied_with_attribution() {
    let env = Env::demo();
    let section = "financing";
    let file = "drafts/11-financing.md";
    let text = env.run(&["show", section]).ok().stdout.clone();
    assert_eq!(text, env.read(file), "the working draft is round 2");
    let quote = unique_passage(&text);
    let proposal = "a fund shared by the ministries of the region";

    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        section,
        "--quote",
        &quote,
        "--type",
        "te",
        "--body",
        "Say who pays.",
        "--propose",
        proposal,
    ]);
    out.ok();
    let id = saved_id(&out);
    assert!(env
        .path(&format!("comments/round-2/{section}/{id}.json"))
        .is_file());

    // Not before a decision, and never by a stakeholder.
    env.refused(&["apply", &id], &["only the secretariat"]);
    env.become_secretariat();
    env.refused(&["apply", &id], &["no decision", "respond"]);
    env.run(&[
        "respond",
        &id,
        "--status",
        "accepted",
        "--observations",
        "Agreed.",
    ])
    .ok();

    let head = env.head();
    env.run(&["apply", &id]).ok().stdout_has(&id);
    assert_eq!(env.git(&["rev-parse", "HEAD~1"]), head);
    let new_text = env.read(file);
    assert!(new_text.contains(proposal), "{new_text}");
    assert!(!new_text.contains(&quote), "{new_text}");
    assert_eq!(new_text, text.replacen(&quote, proposal, 1));
    assert_eq!(env.git(&["show", "--format=", "--name-only", "HEAD"]), file);
    let msg = env.git(&["log", "-1", "--format=%B"]);
    assert!(
        msg.lines()
            .any(|l| l == format!("Consultation-Comment: {id}")),
        "{msg}"
    );
    assert!(
        msg.lines()
            .any(|l| l == "Co-authored-by: Ana Pérez <ana@udelar.example>"),
        "{msg}"
    );
    // git itself reads them as trailers.
    let trailers = env.git(&["log", "-1", "--format=%(trailers:only,unfold)"]);
    assert!(
        trailers.contains(&format!("Consultation-Comment: {id}")),
        "{trailers}"
    );
    assert!(trailers.contains("Co-authored-by: Ana Pérez"), "{trailers}");
    assert_eq!(env.git(&["log", "-1", "--format=%ae"]), SECRETARIAT);
    assert_eq!(env.git(&["status", "--porcelain"]), "");

    let all = env.comments_json();
    let listed = comment_by_id(&all, &id);
    assert_eq!(listed["disposition"]["status"], "accepted");
    assert_eq!(listed["disposition"]["applied_in"], env.head().as_str());
    // Once only.
    env.refused(&["apply", &id], &["already applied"]);
    env.run(&["check"]).ok();
}

#[test]
fn a_rejected_or_whole_section_comment_is_not_applied() {
    let env = Env::demo();
    env.become_secretariat();
    let all = env.comments_json();
    let rejected = all
        .iter()
        .find(|c| c["disposition"]["status"] == "rejected" && !c["anchor"].is_null())
        .expect("a rejected passage comment");
    env.refused(
        &["apply", rejected["id"].as_str().unwrap()],
        &["not accepted"],
    );
    let whole = all
        .iter()
        .find(|c| c["anchor"].is_null() && c["disposition"]["status"] == "accepted")
        .or_else(|| {
            all.iter()
                .find(|c| c["anchor"].is_null() && !c["disposition"].is_null())
        });
    if let Some(w) = whole {
        env.refused(&["apply", w["id"].as_str().unwrap()], &["whole section"]);
    }
    env.refused(&["apply", &fake_id(9)], &[&fake_id(9)]);
}

#[test]
fn a_unicode_section_slug_works_end_to_end() {
    let env = Env::started("Marco regional");
    env.write(
        "drafts/02-evaluación.md",
        "# 2. Evaluación\n\n2.1 La evaluación será justa y transparente para cada estudiante.\n",
    );
    env.git_commit_all("Añadir la sección de evaluación");
    env.run(&["round", "open", "ronda-1"]).ok();
    let s = env.run(&["sections", "--format", "json"]);
    s.ok();
    assert_eq!(s.json()["sections"][1]["id"], "evaluación");
    env.run(&["show", "evaluación"])
        .ok()
        .stdout_has("justa y transparente");

    env.become_stakeholder("João Silva", "joao@usp.example");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "evaluación",
        "--quote",
        "justa y transparente",
        "--type",
        "ed",
        "--body",
        "Añadir «y accesible».",
        "--propose",
        "justa, transparente y accesible",
    ]);
    out.ok();
    let id = saved_id(&out);
    let rel = format!("comments/ronda-1/evaluación/{id}.json");
    assert!(env.path(&rel).is_file(), "{out:?}");
    assert_eq!(
        env.git(&[
            "-c",
            "core.quotePath=false",
            "show",
            "--format=",
            "--name-only",
            "HEAD"
        ]),
        rel
    );
    assert_eq!(env.git(&["log", "-1", "--format=%an"]), "João Silva");
    let all = env.comments_json();
    assert_eq!(all[0]["section"], "evaluación");
    assert_eq!(all[0]["author"]["name"], "João Silva");
    env.run(&["check"]).ok().stdout_has("no problems");
}

#[test]
fn stakeholder_text_cannot_drive_the_terminal() {
    let env = Env::demo();
    // Control characters in an identity are refused outright.
    env.run(&["whoami", "--name", "Eve \u{1b}[2J Mallory"])
        .code(1)
        .stderr_has("control characters");
    // A bidi override is stored, but only ever shown made visible.
    env.become_stakeholder("Eve \u{202e}yrollaM", "eve@x.example");
    let body = "Fine \u{1b}[31mRED\u{1b}[0m and \u{202e}reversed\u{202c} text";
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "financing",
        "--type",
        "ge",
        "--body",
        body,
    ]);
    out.ok();
    assert!(!out.stdout.contains('\u{1b}'), "{out:?}");
    let id = saved_id(&out);
    for args in [&["comments"][..], &["whoami"], &["check"]] {
        let out = env.run(args);
        out.ok();
        assert!(
            !out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{202e}'),
            "raw escape or bidi control in `{}`:{out:?}",
            args.join(" ")
        );
    }
    // JSON keeps the exact words (escaped by JSON itself).
    let all = env.comments_json();
    assert_eq!(comment_by_id(&all, &id)["comment"], body);
}

#[test]
fn a_reply_with_a_quote_from_another_section_is_not_written_broken() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let all = env.comments_json();
    let parent = all
        .iter()
        .find(|c| c["round"] == "round-2" && c["section"] != "financing")
        .expect("a round-2 comment outside financing");
    let text = env.run(&["show", "financing"]).ok().stdout.clone();
    let quote = unique_passage(&text);
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
        "A reply about another passage.",
        "--reply-to",
        parent["id"].as_str().unwrap(),
    ]);
    // Either refused (exit 1, nothing written) or written so that the repository stays valid.
    if out.code == Some(1) {
        assert_eq!(env.comment_files().len(), 76 + 53);
    } else {
        out.ok();
        env.run(&["check"]).ok();
    }
}

/// `comments --section` reads only that section's folders: for every section of the sample,
/// by id and by number, with and without `--round`, it lists exactly what the whole list holds
/// for that section.
#[test]
fn comments_of_one_section_are_those_of_the_whole_list() {
    let env = Env::demo();
    let all = env.comments_json();
    let by_round = env.run(&["comments", "--round", "round-2", "--format", "json"]);
    by_round.ok();
    let by_round = by_round.json().as_array().unwrap().clone();
    let sections = env.run(&["sections", "--format", "json"]);
    sections.ok();
    let list = sections.json();
    let list = list
        .as_array()
        .or_else(|| list.get("sections").and_then(|s| s.as_array()))
        .unwrap()
        .clone();
    assert!(list.len() > 10);
    let mut seen = 0;
    for (n, s) in list.iter().enumerate() {
        let id = s["id"].as_str().unwrap();
        let want: Vec<&Value> = all.iter().filter(|c| c["section"] == id).collect();
        for key in [id.to_string(), (n + 1).to_string()] {
            let out = env.run(&["comments", "--section", &key, "--format", "json"]);
            out.ok();
            let got = out.json().as_array().unwrap().clone();
            assert_eq!(got.iter().collect::<Vec<_>>(), want, "section {key}");
        }
        let want: Vec<&Value> = by_round.iter().filter(|c| c["section"] == id).collect();
        let out = env.run(&[
            "comments",
            "--section",
            id,
            "--round",
            "round-2",
            "--format",
            "json",
        ]);
        out.ok();
        let got = out.json().as_array().unwrap().clone();
        assert_eq!(
            got.iter().collect::<Vec<_>>(),
            want,
            "section {id} in round-2"
        );
        seen += want.len();
    }
    assert!(seen > 0);
}
