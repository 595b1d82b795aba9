//! What changes from one system to another, on real repositories and the real binary: line
//! endings as Git for Windows checks them out (`core.autocrlf=true`, which git honours on every
//! system), the `.gitattributes` that `consulta init` commits against them, and the user's
//! folders.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const ASSESSMENT: &str = "# 2. Assessment\n\n2.1 Every microcredential is assessed against its stated learning outcomes.\n\n2.2 Assessment methods are published before enrolment.\n";

/// A consultation started with `consulta init`, with an assessment section and round-1 open,
/// and one comment by a stakeholder; returns the comment's path.
fn started_with_a_comment(env: &Env) -> String {
    env.secretariat_identity();
    env.init("Portability").ok();
    env.write("drafts/02-assessment.md", ASSESSMENT);
    env.git_commit_all("Add the assessment section");
    env.run(&["round", "open", "round-1"]).ok();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    add_comment(env, "A first comment.\nOn two lines.")
}

/// `consulta comment add` on the assessment section; returns the new file's path.
fn add_comment(env: &Env, body: &str) -> String {
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        body,
    ]);
    out.ok();
    let id = out
        .stdout
        .split_whitespace()
        .skip_while(|w| *w != "comment")
        .nth(1)
        .unwrap_or_else(|| panic!("no id in the output:{out:?}"))
        .to_string();
    format!("comments/round-1/assessment/{id}.json")
}

/// `git clone -c core.autocrlf=true` of the world's repository: a checkout as Git for Windows
/// makes it by default.
fn clone_with_autocrlf(env: &Env, name: &str) -> PathBuf {
    let dest = env.root().join(name);
    env.git(&[
        "clone",
        "-q",
        "-c",
        "core.autocrlf=true",
        env.repo.to_str().unwrap(),
        dest.to_str().unwrap(),
    ]);
    dest
}

fn bytes(dir: &Path, rel: &str) -> Vec<u8> {
    std::fs::read(dir.join(rel)).unwrap()
}

fn has_crlf(b: &[u8]) -> bool {
    b.windows(2).any(|w| w == b"\r\n")
}

#[test]
fn init_commits_gitattributes_and_a_crlf_checkout_keeps_records_as_committed() {
    let env = Env::new();
    let comment = started_with_a_comment(&env);
    let attributes = env.read(".gitattributes");
    assert!(attributes.contains("*.json -text"), "{attributes}");
    assert!(attributes.contains("*.md text eol=lf"), "{attributes}");
    assert_eq!(env.git(&["ls-files", ".gitattributes"]), ".gitattributes");
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    assert_eq!(
        env.git(&["check-attr", "text", "--", &comment]),
        format!("{comment}: text: unset")
    );

    let clone = clone_with_autocrlf(&env, "windows-checkout");
    // The records and sections are checked out as committed, LF only.
    for rel in [
        comment.as_str(),
        "drafts/consultation.json",
        "drafts/02-assessment.md",
    ] {
        let b = bytes(&clone, rel);
        assert!(!has_crlf(&b), "{rel} was checked out with CRLF");
        assert_eq!(b, bytes(&env.repo, rel), "{rel}");
    }
    env.run_in(&clone, &["verify"])
        .ok()
        .stdout_has("1 comment file checked");
    env.run_in(&clone, &["check"]).ok();
}

#[test]
fn a_crlf_checkout_without_the_attributes_verifies_and_a_change_is_still_found() {
    // The sample was not made by `init`: no .gitattributes, so git converts its records.
    let env = Env::demo();
    let clone = clone_with_autocrlf(&env, "windows-checkout");
    let mut converted = Vec::new();
    for path in env.comment_files() {
        if !path.ends_with(".disposition.json") && has_crlf(&bytes(&clone, &path)) {
            converted.push(path);
        }
    }
    assert!(
        converted.len() > 10,
        "git did not convert the records: {converted:?}"
    );
    let out = env.run_in(&clone, &["verify"]);
    out.ok();
    assert!(
        !out.stdout.contains("changed in the working tree"),
        "{out:?}"
    );
    env.run_in(&clone, &["check"]).ok();

    // A real change to a converted comment is still found.
    let victim = &converted[0];
    let text = String::from_utf8(bytes(&clone, victim)).unwrap();
    let forged = text.replacen("\"comment\": \"", "\"comment\": \"Not what was said. ", 1);
    assert_ne!(forged, text);
    assert!(has_crlf(forged.as_bytes()));
    std::fs::write(clone.join(victim), forged).unwrap();
    env.run_in(&clone, &["verify"])
        .code(1)
        .stdout_has(victim)
        .stdout_has("changed in the working tree");
}

#[test]
fn a_contribution_merges_over_the_gitattributes_of_init_and_may_not_change_them() {
    let env = Env::new();
    started_with_a_comment(&env);
    let secretariat = |e: &Env| {
        e.git(&["config", "user.name", "Sara Secretaria"]);
        e.git(&["config", "user.email", "sec@consulta.example"]);
    };
    env.git(&["switch", "-q", "-c", "contrib/ana"]);
    add_comment(&env, "A comment on a branch.");
    env.git(&["switch", "-q", "main"]);
    env.git(&["switch", "-q", "-c", "h/attributes"]);
    env.write(".gitattributes", "*.json text eol=crlf\n");
    env.git_commit_all("Convert the records");
    env.git(&["switch", "-q", "main"]);
    secretariat(&env);
    let out = env.run(&["merge", "contrib/ana", "h/attributes"]);
    out.code(1)
        .stdout_has("merged  contrib/ana: 1 comment from ana@udelar.example")
        .stdout_has(".gitattributes");
    assert!(env.read(".gitattributes").contains("*.json -text"));
    env.run(&["verify"])
        .ok()
        .stdout_has("2 comment files checked");
}

/// The line consulta prints before it builds the sample, with `XDG_DATA_HOME` as given; the
/// process is stopped there (building the sample is not this test's business).
#[cfg(all(unix, not(target_os = "macos")))]
fn sample_line(env: &Env, xdg_data_home: Option<&Path>) -> String {
    use std::io::BufRead;
    use std::process::Stdio;
    let empty = env.root().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let mut cmd = env.command(&[]);
    cmd.current_dir(&empty)
        .env("TMPDIR", env.root())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    match xdg_data_home {
        Some(p) => cmd.env("XDG_DATA_HOME", p),
        None => cmd.env_remove("XDG_DATA_HOME"),
    };
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    line
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn the_sample_goes_to_the_xdg_data_folder() {
    let env = Env::new();
    let data = env.root().join("data");
    let line = sample_line(&env, Some(&data));
    let want = data.join("consulta").join("sample-");
    assert!(line.contains(want.to_str().unwrap()), "{line}");
    // Unset, or not absolute (the XDG rule): under HOME.
    let home_data = env.home.join(".local/share/consulta/sample-");
    for xdg in [None, Some(Path::new("relative/data"))] {
        let line = sample_line(&env, xdg);
        assert!(
            line.contains(home_data.to_str().unwrap()),
            "{xdg:?}: {line}"
        );
    }
}

/// `consulta diff --side-by-side` in a tmux pane `width` columns wide, its output written to a
/// file (so that only the terminal, not the output, says how wide); `columns` sets $COLUMNS.
#[cfg(unix)]
fn side_by_side_in_tmux(env: &Env, width: u16, columns: Option<&str>) -> Vec<String> {
    use std::time::Duration;
    let out = env.root().join(format!("sbs-{width}-{columns:?}.txt"));
    let shell = format!(
        "unset COLUMNS; {} {} '{}' diff round-1 round-2 --section 6 --side-by-side > '{}' 2>&1; echo DONE; sleep 600",
        env.shell_env(),
        columns.map(|c| format!("COLUMNS={c}")).unwrap_or_default(),
        env!("CARGO_BIN_EXE_consulta"),
        out.display()
    );
    let shell = format!("cd '{}' && {shell}", env.repo.display());
    let tmux = common::tmux::Tmux::start(
        &format!("sbs-{width}-{}", columns.unwrap_or("unset")),
        width,
        20,
        &shell,
    );
    tmux.wait_for("the diff", Duration::from_secs(30), |s| s.contains("DONE"));
    std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .filter(|l| l.contains(" | "))
        .map(str::to_string)
        .collect()
}

#[cfg(unix)]
#[test]
fn side_by_side_takes_the_terminal_width_unless_columns_says_otherwise() {
    if !common::tmux::available() {
        return;
    }
    let env = Env::demo();
    let widest = |rows: &[String]| rows.iter().map(|r| r.chars().count()).max().unwrap_or(0);
    let rows = side_by_side_in_tmux(&env, 72, None);
    assert!(!rows.is_empty(), "no side-by-side rows");
    let w = widest(&rows);
    assert!(
        (60..=72).contains(&w),
        "widest row {w} in a 72-column terminal:\n{rows:#?}"
    );
    let rows = side_by_side_in_tmux(&env, 72, Some("50"));
    let w = widest(&rows);
    assert!(
        (40..=50).contains(&w),
        "widest row {w} with COLUMNS=50:\n{rows:#?}"
    );
}

#[test]
fn section_ids_that_differ_only_in_case_are_refused() {
    let env = Env::demo();
    let file = "drafts/14-Assessment.md";
    env.write(file, "# Assessment again\n\nText.\n");
    let out = env.run(&["check"]);
    out.code(1);
    let line = out
        .stdout
        .lines()
        .find(|l| l.starts_with(file))
        .unwrap_or_else(|| panic!("{file} not named:{out:?}"))
        .to_string();
    assert!(line.contains("only in case"), "{line}");
    assert!(line.contains("drafts/05-assessment.md"), "{line}");
    // The first one stays; the other is left out, said on stderr.
    let out = env.run(&["sections", "--round", "draft"]);
    out.ok().stderr_has(file);
    assert!(!out.stdout.contains("Assessment again"), "{out:?}");
}

#[test]
fn init_keeps_the_attributes_a_repository_has() {
    let env = Env::new();
    env.secretariat_identity();
    std::fs::create_dir_all(&env.repo).unwrap();
    env.git(&["init", "-q", "-b", "main"]);
    // No newline at the end: ours go on a line of their own.
    env.write(".gitattributes", "*.png binary");
    env.init("Portability").ok();
    let attributes = env.read(".gitattributes");
    assert!(attributes.starts_with("*.png binary\n# "), "{attributes}");
    assert_eq!(
        attributes.matches("*.json -text").count(),
        1,
        "{attributes}"
    );
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    assert_eq!(
        env.git(&["check-attr", "binary", "--", "x.png"]),
        "x.png: binary: set"
    );
}

#[test]
fn a_comment_written_in_a_crlf_checkout_leaves_it_clean() {
    let env = Env::demo();
    let clone = clone_with_autocrlf(&env, "windows-checkout");
    let git = |args: &[&str]| {
        let out = env
            .program("git")
            .current_dir(&clone)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}");
        String::from_utf8_lossy(&out.stdout).trim_end().to_string()
    };
    assert_eq!(git(&["status", "--porcelain"]), "");
    env.run_in(
        &clone,
        &[
            "whoami",
            "--name",
            "Ana Pérez",
            "--email",
            "ana@udelar.example",
            "--organisation",
            "Universidad de Prueba",
            "--category",
            "higher-education",
            "--country",
            "UY",
        ],
    )
    .ok();
    let out = env.run_in(
        &clone,
        &[
            "comment",
            "add",
            "--section",
            "assessment",
            "--type",
            "ge",
            "--body",
            "Written on Windows.",
        ],
    );
    out.ok();
    // The recovery that runs first found nothing to repair in the converted records.
    assert!(!out.stderr.contains("warning"), "{out:?}");
    assert_eq!(git(&["status", "--porcelain"]), "");
    env.run_in(&clone, &["verify"]).ok();
}

/// A heading whose section id would be a device name on Windows (`CON`, `Nul`, `com1`…; a dot in a heading becomes a dash)
/// is refused by `import draft`, naming the heading, and nothing is committed; with more
/// words the same document imports.
#[test]
fn import_draft_refuses_section_ids_that_windows_keeps_for_devices() {
    let env = Env::started("Portable");
    for heading in ["CON", "Nul", "com1", "LPT9", "aux"] {
        let doc = env.root().join("draft.md");
        std::fs::write(
            &doc,
            format!("# Scope\n\nIt applies.\n\n# {heading}\n\nText.\n"),
        )
        .unwrap();
        let out = env.refused(
            &["import", "draft", doc.to_str().unwrap()],
            &["a name Windows keeps for a device", &format!("{heading:?}")],
        );
        assert!(
            env.git(&["ls-files", "drafts"])
                .lines()
                .all(|f| !f.contains("scope")),
            "{out:?}"
        );
    }
    let doc = env.root().join("draft.md");
    std::fs::write(&doc, "# Scope\n\nIt applies.\n\n# CON section\n\nText.\n").unwrap();
    env.run(&["import", "draft", doc.to_str().unwrap()])
        .ok()
        .stdout_has("con-section");
}
