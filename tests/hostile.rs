//! Hostile input on real temporary repositories: escape sequences and invisible characters in
//! everything a stakeholder writes, malformed and oversized files, and git edge cases. (Kills
//! and concurrent writers are in tests/faults.rs, a full disk and a read-only repository in
//! tests/faults_disk.rs; the TUI in tmux with hostile comments is in tests/hostile_tmux.rs.)

mod common;

use std::fs;
use std::time::{Duration, Instant};

use common::{fake_id, Env, Out};
use serde_json::{json, Value};

/// Every kind of text that could drive a terminal or hide what the text says, without NUL
/// (which argv cannot carry).
const HOSTILE: &str = "CSI\x1b[31mred OSC0\x1b]0;pwned\x07 OSC52\x1b]52;c;ZXZpbA==\x07 \
     OSC8\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\ C0\x01\x08\x7f C1\u{9b}2J \
     RLO\u{202E}txt LRI\u{2066}iso\u{2069} ZW\u{200B}sp <script>alert(1)</script> a|b\nline2";

/// What must never reach a terminal raw.
fn raw_hazards(s: &str) -> Vec<char> {
    let mut found: Vec<char> = s
        .chars()
        .filter(|c| {
            matches!(
                c,
                '\x1b' | '\u{9b}' | '\u{202E}' | '\u{2066}' | '\u{200B}' | '\x07' | '\0' | '\x01'
            )
        })
        .collect();
    found.dedup();
    found
}

#[track_caller]
fn assert_inert(out: &Out) {
    for (what, s) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let bad = raw_hazards(s);
        assert!(bad.is_empty(), "raw {bad:?} in {what}:{out:?}");
    }
    assert!(!out.stderr.contains("panicked"), "a panic:{out:?}");
}

#[track_caller]
fn no_panic(out: &Out) {
    assert!(!out.stderr.contains("panicked"), "a panic:{out:?}");
}

/// Write a comment record directly (any text, NUL included) and commit it with git.
fn write_comment(env: &Env, id: &str, section: &str, name: &str, org: &str, body: &str) -> String {
    let c = json!({
        "schema": 1,
        "id": id,
        "round": "round-2",
        "section": section,
        "author": {
            "name": name,
            "email": "hostile@x.example",
            "organisation": org,
            "category": "higher-education",
            "country": "UY"
        },
        "created": "2026-06-23T05:04:11Z",
        "type": "general",
        "stance": null,
        "anchor": null,
        "comment": body,
        "proposed_change": null,
        "in_reply_to": null
    });
    let rel = format!("comments/round-2/{section}/{id}.json");
    env.write(&rel, &serde_json::to_string_pretty(&c).unwrap());
    rel
}

fn commit(env: &Env, msg: &str) {
    env.git(&["add", "-A"]);
    env.git(&[
        "-c",
        "user.name=Hostile",
        "-c",
        "user.email=hostile@x.example",
        "commit",
        "-q",
        "-m",
        msg,
    ]);
}

// 1. Untrusted text everywhere it is shown.

#[test]
fn escape_sequences_and_invisible_characters_are_shown_inert_everywhere() {
    let env = Env::demo();
    let with_nul = format!("{HOSTILE} NUL\0end");
    let id = fake_id(1);
    let rel = write_comment(
        &env,
        &id,
        "assessment",
        &format!("N {with_nul}"),
        &format!("=cmd|O {with_nul}"),
        &format!("=cmd {with_nul}"),
    );
    assert!(env.read(&rel).contains("\\u0000"), "NUL is in the file");
    // A comment on a section whose name is itself hostile: check must report it inertly.
    let bad = write_comment(&env, &fake_id(2), "assessment", "N", "O", "ok");
    let mut v: Value = serde_json::from_str(&env.read(&bad)).unwrap();
    v["section"] = json!("sec\x1b]0;pwned\x07\u{202E}");
    env.write(&bad, &serde_json::to_string_pretty(&v).unwrap());
    commit(&env, "hostile comments");
    // Hostile section text (title and body) in the working draft.
    let draft = "drafts/05-assessment.md";
    let text = env.read(draft);
    let (title, rest) = text.split_once('\n').unwrap();
    env.write(
        draft,
        &format!(
            "{title} T {}\n{rest}\nNew paragraph {HOSTILE}\n",
            HOSTILE.replace('\n', " ")
        ),
    );

    let table = env.run(&["comments", "--section", "assessment"]);
    table.ok();
    assert_inert(&table);
    // The table clips the comment; the author column shows the name's start.
    table
        .stdout_has(&id)
        .stdout_has("=cmd CSI\\u{1B}[31mred OSC0\\u{1B}]0;pwned\\u{7}");
    // The table clips the comment, so the later characters are checked in the Markdown
    // summary, which shows the comment in full.

    for args in [
        &["show", "assessment", "--round", "draft"][..],
        &["diff"],
        &["diff", "round-2", "draft", "--side-by-side"],
    ] {
        let out = env.run(args);
        out.ok();
        assert_inert(&out);
        out.stdout_has("\\u{1B}[31m")
            .stdout_has("\\u{2066}")
            .stdout_has("\\u{200B}");
    }
    let sections = env.run(&["sections", "--round", "draft"]);
    sections.ok();
    assert_inert(&sections);
    sections.stdout_has("\\u{1B}[31m");

    let md = env.run(&["summary", "--format", "markdown"]);
    md.ok();
    assert_inert(&md);
    // Markdown escapes the backslash and braces of the visible escape too.
    md.stdout_has("\\\\u\\{1B\\}\\]0;pwned")
        .stdout_has("\\\\u\\{0\\}")
        .stdout_has("\\\\u\\{9B\\}")
        .stdout_has("\\\\u\\{202E\\}")
        .stdout_has("\\\\u\\{2066\\}")
        .stdout_has("\\\\u\\{200B\\}");
    // The table row of the disposition table stays one row: `|` escaped, newline as <br>.
    let row = md
        .stdout
        .lines()
        .find(|l| l.starts_with('|') && l.contains("NUL\\\\u\\{0\\}"))
        .unwrap_or_else(|| panic!("no table row with the comment:{md:?}"));
    assert!(row.contains("a\\|b<br>line2"), "{row}");
    assert!(row.contains("\\<script\\>"), "{row}");
    assert!(!row.contains("a|b"), "{row}");

    let check = env.run(&["check"]);
    check.code(1).stdout_has(&bad);
    assert_inert(&check);
    assert!(
        check
            .stdout
            .to_lowercase()
            .contains("\\u{1b}]0;pwned\\u{7}\\u{202e}"),
        "{check:?}"
    );

    let html = env.run(&["summary", "--format", "html"]);
    html.ok();
    assert_inert(&html);
    assert!(!html.stdout.contains("<script>alert"), "{html:?}");
    html.stdout_has("&lt;script&gt;alert(1)&lt;/script&gt;");

    let csv = env.run(&["summary", "--format", "csv"]);
    csv.ok();
    assert!(csv.stdout.contains("'=cmd "), "{csv:?}");
    assert!(csv.stdout.contains("'=cmd|O "), "{csv:?}");
    assert!(
        !csv.stdout.contains(",=cmd") && !csv.stdout.contains(",\"=cmd"),
        "a formula cell:{csv:?}"
    );

    // JSON escapes C0 controls by spec and must round-trip the exact text.
    let all = env.comments_json();
    let c = all.iter().find(|c| c["id"] == id.as_str()).unwrap();
    assert_eq!(c["comment"], format!("=cmd {with_nul}").as_str());
    assert_eq!(c["author"]["name"], format!("N {with_nul}").as_str());
    let raw = env.run(&["comments", "--format", "json"]).stdout;
    assert!(
        !raw.contains('\x1b') && !raw.contains('\0'),
        "raw C0 in JSON"
    );
}

#[test]
fn comment_add_keeps_hostile_text_exactly_and_shows_it_inert() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let body = format!("=cmd {HOSTILE}");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        &body,
    ]);
    out.ok();
    assert_inert(&out);
    let all = env.comments_json();
    let c = all
        .iter()
        .find(|c| c["author"]["email"] == "ana@udelar.example")
        .expect("the new comment");
    assert_eq!(c["comment"], body.as_str(), "stored byte for byte");
    let table = env.run(&["comments", "--section", "assessment"]);
    assert_inert(&table);
    table.stdout_has("=cmd CSI\\u{1B}[31mred OSC0\\u{1B}]0;pwned\\u{7}");
    env.run(&["check"]).ok();
    // A name with control characters is refused by whoami, nothing stored.
    env.run(&["whoami", "--name", "N\x1b]0;pwned\x07"])
        .code(1)
        .stderr_has("control characters");
    assert_eq!(env.git(&["config", "user.name"]), "Ana Pérez");
}

// 2. Malformed and oversized input.

/// `check` exits 1 and has a line starting with `path` that contains `needle`.
#[track_caller]
fn check_line(env: &Env, path: &str, needle: &str) -> String {
    let out = env.run(&["check"]);
    out.code(1);
    assert_inert(&out);
    out.stdout
        .lines()
        .find(|l| l.starts_with(path) && l.contains(needle))
        .unwrap_or_else(|| panic!("no line names {path} with {needle:?}:{out:?}"))
        .to_string()
}

/// The readers (sections, comments, show, summary) still work, warn about `path`, no panic.
#[track_caller]
fn readers_warn(env: &Env, path: &str) {
    for args in [
        &["sections"][..],
        &["comments"],
        &["comments", "--format", "json"],
        &["show", "assessment"],
        &["summary"],
    ] {
        let out = env.run(args);
        out.ok();
        no_panic(&out);
        match args[0] {
            "show" => {}
            // The summary counts the skipped files and points to `check`.
            "summary" => {
                out.stderr_has("could not be read")
                    .stderr_has("consulta check");
            }
            _ => {
                out.stderr_has(path);
            }
        }
    }
}

fn comment_path(n: u32) -> String {
    format!("comments/round-2/assessment/{}.json", fake_id(n))
}

#[test]
fn a_truncated_comment_names_file_line_and_column() {
    let env = Env::demo();
    let rel = write_comment(&env, &fake_id(3), "assessment", "N", "O", "truncated");
    let full = env.read(&rel);
    env.write(&rel, &full[..full.len() - 20]);
    let line = check_line(&env, &rel, "");
    assert!(
        line.starts_with(&format!("{rel}:"))
            && line[rel.len() + 1..].starts_with(|c: char| c.is_ascii_digit()),
        "no line:column: {line}"
    );
    readers_warn(&env, &rel);
}

#[test]
fn invalid_utf8_in_a_comment_and_in_a_section_is_named_with_position() {
    let env = Env::demo();
    let rel = write_comment(&env, &fake_id(4), "assessment", "N", "O", "MARK here");
    let bytes = env.read(&rel).replace("MARK", "\u{1}").into_bytes();
    let bytes: Vec<u8> = bytes
        .iter()
        .flat_map(|&b| if b == 1 { vec![0xff, 0xfe] } else { vec![b] })
        .collect();
    fs::write(env.path(&rel), bytes).unwrap();
    let line = check_line(&env, &rel, "");
    assert!(line.contains(&format!("{rel}:")), "{line}");
    readers_warn(&env, &rel);

    let sec = "drafts/14-broken.md";
    let mut bytes = b"# Broken\n\nline two \xc3\x28 here\n".to_vec();
    bytes.extend_from_slice(b"more\n");
    fs::write(env.path(sec), bytes).unwrap();
    let line = check_line(&env, sec, "UTF-8");
    assert!(line.starts_with(&format!("{sec}:3:10:")), "{line}");
    let out = env.run(&["sections", "--round", "draft"]);
    out.ok().stderr_has(sec);
    assert!(!out.stdout.contains("broken"), "{out:?}");
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let env = Env::demo();
    let rel = comment_path(5);
    env.write(&rel, &"[".repeat(10_000));
    let rel2 = comment_path(6);
    env.write(&rel2, &format!("{{\"schema\":{}", "{\"a\":".repeat(10_000)));
    // Well formed, closed, deep inside a field; and a disposition.
    let rel3 = comment_path(8);
    let deep = "[".repeat(5_000) + &"]".repeat(5_000);
    env.write(
        &rel3,
        &format!("{{\n  \"schema\": 1,\n  \"comment\": {deep}\n}}\n"),
    );
    let rel4 = comment_path(9).replace(".json", ".disposition.json");
    env.write(
        &rel4,
        &format!("{{\"schema\": 1, \"observations\": {deep}}}"),
    );
    let out = env.run(&["check"]);
    out.code(1);
    no_panic(&out);
    // Said in words a secretariat reads, at the bracket that goes past the limit.
    let words = "arrays or objects are nested more than 128 levels deep here";
    for (path, at) in [
        (&rel, "1:129"),
        (&rel2, "1:646"),
        (&rel3, "3:141"),
        (&rel4, "1:158"),
    ] {
        out.stdout_has(&format!("{path}:{at}: {words}"));
    }
    assert!(!out.stdout.contains("recursion"), "{out:?}");
    assert!(!out.stdout.contains("invalid type"), "{out:?}");
    readers_warn(&env, &rel);
    env.run(&["comments"])
        .ok()
        .stderr_has(&format!("{rel3}:3:141: {words}"));
}

#[test]
fn a_comment_file_over_8_mib_is_skipped_with_the_limit() {
    let env = Env::demo();
    let rel = comment_path(7);
    let mut text = serde_json::to_string(&json!({"schema": 1})).unwrap();
    text.push_str(&" ".repeat(9 * 1024 * 1024));
    env.write(&rel, &text);
    let line = check_line(&env, &rel, "8388608");
    assert!(line.contains("over the limit"), "{line}");
    readers_warn(&env, &rel);
}

#[test]
fn a_comment_body_over_64_kib_is_refused() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let body = "x".repeat(100 * 1024);
    let out = env.refused(
        &[
            "comment",
            "add",
            "--section",
            "assessment",
            "--type",
            "ge",
            "--body",
            &body,
        ],
        &["65536 bytes"],
    );
    no_panic(&out);
    let propose = "y".repeat(100 * 1024);
    env.refused(
        &[
            "comment",
            "add",
            "--section",
            "assessment",
            "--type",
            "te",
            "--quote",
            "Every microcredential",
            "--body",
            "fine",
            "--propose",
            &propose,
        ],
        &["65536 bytes"],
    );
}

#[test]
fn a_100000_line_section_opens_in_reasonable_time() {
    let env = Env::demo();
    let mut text = String::from("# 14. Huge annex\n\n");
    for i in 0..100_000 {
        text.push_str(&format!("14.{i} Line number {i} of the annex.\n"));
    }
    env.write("drafts/14-huge-annex.md", &text);
    commit(&env, "a huge section");
    env.become_secretariat();
    env.run(&["round", "open", "round-3"]).ok();

    let t = Instant::now();
    let out = env.run(&["sections"]);
    let sections_time = t.elapsed();
    out.ok().stdout_has("huge-annex");
    let t = Instant::now();
    let out = env.run(&["show", "huge-annex"]);
    let show_time = t.elapsed();
    out.ok();
    assert!(
        out.stdout.contains("14.99999 Line number 99999"),
        "last line shown"
    );
    assert!(out.stdout.lines().count() >= 100_000);
    let t = Instant::now();
    let out = env.run(&["check"]);
    let check_time = t.elapsed();
    out.ok();
    eprintln!(
        "100,000-line section ({} bytes): sections {sections_time:?}, show {show_time:?}, \
         check {check_time:?}",
        text.len()
    );
    for (what, d) in [
        ("sections", sections_time),
        ("show", show_time),
        ("check", check_time),
    ] {
        assert!(d < Duration::from_secs(20), "{what} took {d:?}");
    }
    // A comment can be added on it, anchored on its last line.
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.run(&[
        "comment",
        "add",
        "--section",
        "huge-annex",
        "--type",
        "ed",
        "--quote",
        "Line number 99999 of",
        "--body",
        "Typo.",
    ])
    .ok();
}

#[test]
fn a_binary_section_is_skipped_and_named() {
    let env = Env::demo();
    let sec = "drafts/14-x.md";
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    fs::write(env.path(sec), &bytes).unwrap();
    // ("nul" alone would be a device name on Windows, refused as a slug: see below.)
    let nul = "drafts/15-nul-bytes.md";
    fs::write(env.path(nul), b"# Nul\n\nbefore\0after\n").unwrap();
    let line = check_line(&env, sec, "UTF-8");
    assert!(line.contains("binary"), "{line}");
    check_line(&env, nul, "NUL");
    let out = env.run(&["sections", "--round", "draft"]);
    out.ok().stderr_has(sec).stderr_has(nul);
    assert_inert(&out);
    env.run(&["show", "x", "--round", "draft"]).code(1);
}

#[test]
fn a_section_slug_windows_cannot_hold_is_named() {
    let env = Env::demo();
    for (file, slug) in [("drafts/14-con.md", "con"), ("drafts/15-aux.md", "aux")] {
        fs::write(env.path(file), "# Console\n\nText.\n").unwrap();
        let line = check_line(&env, file, "cannot be a folder name on Windows");
        assert!(line.contains(&format!("\"{slug}\"")), "{line}");
    }
    let out = env.run(&["sections", "--round", "draft"]);
    out.ok().stderr_has("drafts/14-con.md");
    assert!(!out.stdout.contains("Console"), "{out:?}");
}

#[test]
fn an_empty_section_file_does_not_break_anything() {
    let env = Env::demo();
    env.write("drafts/14-empty.md", "");
    for args in [
        &["sections", "--round", "draft"][..],
        &["show", "14", "--round", "draft"],
        &["diff"],
        &["summary"],
    ] {
        let out = env.run(args);
        out.ok();
        no_panic(&out);
    }
    env.run(&["sections", "--round", "draft"])
        .stdout_has("empty");
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_repository_are_reported_not_followed() {
    let env = Env::demo();
    let outside = env.root().join("outside");
    fs::create_dir_all(&outside).unwrap();
    let secret_json = outside.join("secret.json");
    // A valid comment, so that following the link would show it.
    let tmp = write_comment(
        &env,
        &fake_id(8),
        "assessment",
        "SECRET-NAME",
        "O",
        "SECRET-OUTSIDE",
    );
    fs::rename(env.path(&tmp), &secret_json).unwrap();
    let secret_md = outside.join("secret.md");
    fs::write(&secret_md, "# SECRET-OUTSIDE\n\nSECRET-OUTSIDE text\n").unwrap();
    let link_c = comment_path(8);
    std::os::unix::fs::symlink(&secret_json, env.path(&link_c)).unwrap();
    let link_d = "drafts/14-link.md";
    std::os::unix::fs::symlink(&secret_md, env.path(link_d)).unwrap();
    // A symlinked folder in comments/ too.
    std::os::unix::fs::symlink(&outside, env.path("comments/round-2/linked")).unwrap();

    let out = env.run(&["check"]);
    out.code(1)
        .stdout_has(&format!("{link_c}: is a symbolic link"))
        .stdout_has(&format!("{link_d}: is a symbolic link"))
        .stdout_has("comments/round-2/linked: is a symbolic link");
    for args in [
        &["check"][..],
        &["sections", "--round", "draft"],
        &["comments"],
        &["comments", "--format", "json"],
        &["show", "assessment"],
        &["summary"],
        &["summary", "--format", "html"],
        &["diff"],
        &["verify"],
    ] {
        let out = env.run(args);
        no_panic(&out);
        assert!(
            !out.stdout.contains("SECRET") && !out.stderr.contains("SECRET"),
            "followed a link:{out:?}"
        );
    }
    env.run(&["show", "link", "--round", "draft"]).code(1);
    // Writing goes around the link, never through it.
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "ok",
    ])
    .ok();
    assert!(fs::read_to_string(&secret_json)
        .unwrap()
        .contains("SECRET-OUTSIDE"));
    assert_eq!(
        fs::read_dir(&outside).unwrap().count(),
        2,
        "nothing written outside"
    );
}

// Unix only: Windows cannot hold these names (control characters), so no one can put them there.
#[cfg(unix)]
#[test]
fn hostile_file_names_in_comments_are_named_inertly() {
    let env = Env::demo();
    let dir = "comments/round-2/assessment";
    let names = [
        "a..b.json".to_string(),
        format!("{}..json", fake_id(9)),
        "x\x1b]0;pwned\x07\u{202E}.json".to_string(),
        "new\nline.json".to_string(),
    ];
    for n in &names {
        env.write(&format!("{dir}/{n}"), "{}");
    }
    // A folder named `..x` and one with an escape.
    env.write("comments/round-2/..x/y.json", "{}");
    env.write("comments/round-2/s\x1b[2Jx/y.json", "{}");
    let out = env.run(&["check"]);
    out.code(1);
    assert_inert(&out);
    out.stdout_has(&format!("{dir}/a..b.json"))
        .stdout_has(&format!("{dir}/x\\u{{1B}}]0;pwned\\u{{7}}\\u{{202E}}.json"))
        .stdout_has(&format!("{dir}/new\\u{{A}}line.json"))
        .stdout_has("comments/round-2/s\\u{1B}[2Jx");
    for args in [&["comments"][..], &["sections"], &["summary"]] {
        let out = env.run(args);
        out.ok();
        assert_inert(&out);
    }
    // Nothing was created outside comments/round-2.
    assert!(!env.path("comments/x").exists());
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_named() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::demo();
    let name = std::ffi::OsStr::from_bytes(b"bad\xff\x1b.json");
    fs::write(env.path("comments/round-2/assessment").join(name), "{}").unwrap();
    let out = env.run(&["check"]);
    out.code(1).stdout_has("not valid UTF-8");
    assert_inert(&out);
    let out = env.run(&["comments"]);
    out.ok();
    assert_inert(&out);
}

// 3. Git edge cases (unrelated uncommitted changes: cli_basics.rs).

#[test]
fn a_git_repository_without_commits() {
    let env = Env::new();
    env.secretariat_identity();
    fs::create_dir_all(&env.repo).unwrap();
    env.git(&["init", "-q", "-b", "main"]);
    // Before init: a clear message, no panic.
    let out = env.run(&["sections"]);
    out.code(1);
    no_panic(&out);
    env.run(&["init", "--title", "Empty start"]).ok();
    env.run(&["check"]).ok();
    env.run(&["sections", "--round", "draft"]).ok();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let out = env.refused(
        &[
            "comment",
            "add",
            "--section",
            "1",
            "--type",
            "ge",
            "--body",
            "Early.",
        ],
        &["consulta round open"],
    );
    no_panic(&out);
}

#[test]
fn detached_head_comment_add_commits_there() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    env.git(&["checkout", "-q", "--detach"]);
    let before = env.head();
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "Detached.",
    ]);
    out.ok();
    no_panic(&out);
    let after = env.head();
    assert_ne!(before, after);
    assert_eq!(env.git(&["rev-parse", "HEAD~1"]), before);
    // Still detached, and the branch did not move.
    assert!(env.git_raw(&["symbolic-ref", "-q", "HEAD"]).status.code() == Some(1));
    assert_eq!(env.git(&["rev-parse", "main"]), before);
    env.run(&["check"]).ok();
    assert!(env
        .comments_json()
        .iter()
        .any(|c| c["comment"] == "Detached."));
}

#[test]
fn a_shallow_clone_reads_and_checks() {
    let src = Env::demo();
    let env = Env::new();
    let url = format!("file://{}", src.repo.display());
    let out = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(&env.repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", &env.home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.git(&["rev-parse", "--is-shallow-repository"]), "true");
    for args in [
        &["sections"][..],
        &["comments"],
        &["rounds"],
        &["show", "1"],
    ] {
        let out = env.run(args);
        out.ok();
        no_panic(&out);
    }
    // The round tags point at commits the clone does not have, so they were not fetched:
    // check says so, and how to fetch them.
    let out = env.run(&["check"]);
    no_panic(&out);
    out.code(1)
        .stderr_has("shallow clone")
        .stderr_has("git fetch --unshallow --tags");
    env.git(&["fetch", "-q", "--unshallow", "--tags"]);
    env.run(&["check"]).ok();
    env.run(&["rounds"]).ok().stdout_has("round-2");
}

#[test]
fn a_bare_repository_says_to_clone_it() {
    let src = Env::demo();
    let env = Env::new();
    let bare = env.root().join("bare.git");
    src.git(&["clone", "-q", "--bare", ".", bare.to_str().unwrap()]);
    for args in [
        &["--repo", bare.to_str().unwrap(), "sections"][..],
        &["--repo", bare.to_str().unwrap(), "check"],
        &["--repo", bare.to_str().unwrap(), "comments"],
    ] {
        let out = env.run_in(env.root(), args);
        out.code(1).stderr_has("bare").stderr_has("clone");
        no_panic(&out);
    }
}

#[test]
fn a_missing_remote_is_a_clear_error() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let out = env.run(&["sync", "nosuch"]);
    out.code(1).stderr_has("nosuch");
    no_panic(&out);
    env.become_secretariat();
    let out = env.run(&["merge", "nosuch"]);
    out.code(1).stderr_has("nosuch");
    no_panic(&out);
}

// 4. A read-only repository: tests/faults_disk.rs mounts one read-only (a mount namespace,
// so that it holds for root too, who ignores permission bits).

#[test]
fn a_comment_reported_as_skipped_is_left_out() {
    let env = Env::demo();
    let rel = write_comment(&env, &fake_id(10), "assessment", "N", "O", "MISPLACED-BODY");
    let mut v: Value = serde_json::from_str(&env.read(&rel)).unwrap();
    v["section"] = json!("nosuch-section");
    env.write(&rel, &serde_json::to_string_pretty(&v).unwrap());
    let out = env.run(&["comments", "--format", "json"]);
    out.ok().stderr_has(&format!("skipped {rel}"));
    assert!(
        !out.stdout.contains("MISPLACED-BODY"),
        "listed although reported as skipped:{out:?}"
    );
    env.run(&["comments"]).ok().stdout_has("76 comments");
    let out = env.run(&["summary"]);
    out.ok();
    assert!(
        !out.stdout.contains("nosuch-section") && !out.stdout.contains(&fake_id(10)),
        "the summary shows a record reported as skipped:{out:?}"
    );
}
