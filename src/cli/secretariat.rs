//! The secretariat's commands over git: verify, merge, sync, and the competing proposals.

use std::time::Instant;

use anyhow::{bail, Result};
use consulta::repo::{competing_proposals, CatchUp, Identity, Store};
use consulta::sanitize;
use serde_json::json;

use super::output::{clip, table};
use super::Format;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Progress lines on stderr.
fn progress(line: &str) {
    eprintln!("{}", sanitize::inline(line));
}

/// `consulta verify`: every comment file is what its author's commit added.
pub fn verify(store: &Store) -> Result<()> {
    // A read-only command: skip libgit2's re-hashing of every object read.
    git2::opts::strict_hash_verification(false);
    let started = Instant::now();
    let r = store.verify()?;
    for p in &r.problems {
        println!("{p}");
    }
    print_signatures(&r.signatures);
    let took = started.elapsed().as_secs_f64();
    if r.problems.is_empty() {
        println!(
            "{} checked against {} in {took:.1}s: every one is what its author submitted.",
            plural(r.comments, "comment file", "comment files"),
            plural(r.commits, "commit", "commits"),
        );
        return Ok(());
    }
    println!(
        "{} checked against {} in {took:.1}s: {}.",
        plural(r.comments, "comment file", "comment files"),
        plural(r.commits, "commit", "commits"),
        plural(r.problems.len(), "problem", "problems"),
    );
    bail!(
        "{}: the comment files listed above are not what was submitted, or cannot be checked",
        plural(r.problems.len(), "problem", "problems")
    )
}

/// `consulta register EMAIL --key FILE …` and `consulta register --revoke EMAIL`.
pub fn register(store: &Store, a: super::RegisterArgs) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    if a.revoke {
        let n = store.revoke(&who, &a.email)?;
        println!(
            "revoked {} of {}: signatures made from now on no longer count",
            plural(n, "key", "keys"),
            sanitize::inline(&a.email)
        );
        return Ok(());
    }
    let Some(key) = &a.key else {
        bail!("--key PUBKEY_FILE is needed to register a participant");
    };
    let key_text = std::fs::read_to_string(key)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", key.display()))?;
    let p = store.register(
        &who,
        &consulta::repo::register::NewParticipant {
            email: a.email,
            key_text,
            name: a.name.unwrap_or_default(),
            organisation: a.organisation.unwrap_or_default(),
            category: a.category.unwrap_or_default(),
            country: a.country.unwrap_or_default(),
        },
    )?;
    let fp = consulta::repo::register::fingerprint(&p.key)?;
    println!(
        "registered {} with key {fp} in {}",
        sanitize::inline(&p.email),
        consulta::repo::register::REGISTER
    );
    Ok(())
}

/// `consulta merge [REMOTE-OR-BRANCH…]`.
pub fn merge(store: &Store, sources: &[String]) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let report = store.merge(sources, &who, &progress)?;
    for c in &report.contributions {
        let name = sanitize::inline(&c.name);
        match c.merged {
            Some(commit) => println!(
                "merged  {name}: {} from {} in commit {}",
                plural(c.added.len(), "comment", "comments"),
                sanitize::inline(&c.authors_in_brief()),
                consulta::repo::short(commit)
            ),
            None => {
                println!(
                    "refused {name}: {} (nothing of it was merged)",
                    plural(c.problems.len(), "problem", "problems")
                );
                for p in &c.problems {
                    println!("  {p}");
                }
            }
        }
    }
    let merged = report.merged().count();
    let refused = report.refused().count();
    println!(
        "{} merged, {} refused, {} added{}.",
        plural(merged, "contribution", "contributions"),
        refused,
        plural(report.comments_added(), "comment", "comments"),
        if report.up_to_date.is_empty() {
            String::new()
        } else {
            format!(
                "; {} already merged",
                plural(report.up_to_date.len(), "branch", "branches")
            )
        }
    );
    if refused > 0 {
        bail!(
            "{} refused: each problem is listed above with its commit and file",
            plural(refused, "contribution was", "contributions were")
        );
    }
    Ok(())
}

/// `consulta sync [REMOTE]`.
pub fn sync(store: &Store, remote: &str) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let r = store.sync(remote, &who, &progress)?;
    let remote = sanitize::inline(&r.remote);
    let branch = sanitize::inline(&r.branch);
    for p in &r.tag_problems {
        eprintln!("warning: {}", sanitize::inline(p));
    }
    if let Some(b) = &r.moved_to {
        println!(
            "Your comments are now on your own branch {}, which the secretariat takes in; the next `consulta sync` works from there.",
            sanitize::inline(b)
        );
    }
    if r.fast_forwarded {
        println!("Brought {branch} up to date with {remote}/{branch}.");
    }
    match r.caught_up {
        CatchUp::FastForward | CatchUp::Merged(_) => {
            println!("Brought the consultation's latest state ({remote}/main) into {branch}.")
        }
        CatchUp::UpToDate | CatchUp::NotNeeded => {}
    }
    let names: Vec<String> = r
        .pushed
        .iter()
        .map(|s| {
            s.trim_start_matches("refs/heads/")
                .trim_start_matches("refs/tags/")
                .to_string()
        })
        .collect();
    if r.sent > 0 {
        println!(
            "{} sent to the secretariat.",
            plural(r.sent, "comment", "comments")
        );
    }
    if names.is_empty() {
        println!(
            "Synced with {remote} ({}): fetched; you have no comments waiting to be sent.",
            sanitize::inline(&r.url)
        );
    } else {
        println!(
            "Synced with {remote} ({}): fetched, and pushed {}.",
            sanitize::inline(&r.url),
            sanitize::inline(&names.join(", "))
        );
    }
    println!("{}", r.news.sentence());
    if !r.secretariat && !names.is_empty() {
        println!(
            "The secretariat takes in your branch with `consulta merge`; your comments are in it."
        );
    }
    Ok(())
}

/// `consulta comments --competing`: proposals on overlapping passages, in groups.
pub fn competing(
    store: &Store,
    round: Option<String>,
    section: Option<String>,
    format: Format,
) -> Result<()> {
    let records = store.records()?;
    if let Some(r) = &round {
        store.round(r)?;
    }
    let selected: Vec<_> = records
        .comments
        .iter()
        .filter(|c| round.as_ref().is_none_or(|r| &c.round == r))
        .filter(|c| section.as_ref().is_none_or(|s| &c.section == s))
        .cloned()
        .collect();
    let groups = competing_proposals(&selected);
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&json!(groups))?);
        return Ok(());
    }
    if groups.is_empty() {
        println!("No competing proposals: no two proposals change overlapping passages.");
        return Ok(());
    }
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            println!();
        }
        println!(
            "{} · {} · {} on overlapping passages",
            sanitize::inline(&g.section),
            sanitize::inline(&g.round),
            plural(g.comments.len(), "proposal", "proposals")
        );
        let mut rows = vec![vec![
            "id".into(),
            "at".into(),
            "author".into(),
            "status".into(),
            "passage".into(),
            "proposed".into(),
        ]];
        for id in &g.comments {
            let Some(c) = records.comment(id) else {
                continue;
            };
            let a = c.anchor.as_ref();
            rows.push(vec![
                c.id.clone(),
                a.map(|a| format!("{}..{}", a.start, a.end))
                    .unwrap_or_default(),
                clip(&c.author.name, 24),
                records
                    .disposition(id)
                    .map_or("open".into(), |d| d.status.to_string()),
                clip(a.map_or("", |a| a.quote.as_str()), 36),
                clip(c.proposed_change.as_deref().unwrap_or(""), 36),
            ]);
        }
        print!("{}", table(&rows));
    }
    println!(
        "{}",
        plural(
            groups.len(),
            "group of competing proposals",
            "groups of competing proposals"
        )
    );
    Ok(())
}

/// `consulta join URL [DIR]`.
pub fn join(
    url: &str,
    dir: Option<std::path::PathBuf>,
    who: super::WhoArgs,
    no_tui: bool,
) -> Result<()> {
    use std::io::IsTerminal;
    let dir = dir.unwrap_or_else(|| consulta::repo::default_dir(url));
    let mut id = Identity::load(None);
    for (f, v) in who.fields() {
        if let Some(v) = v {
            id.set(f, v.trim().to_string());
        }
    }
    let (store, r) = Store::join(url, &dir, &id, &progress)?;
    println!(
        "Joined «{}» in {}.",
        sanitize::inline(&r.title),
        r.dir.display()
    );
    println!(
        "Your comments go on your own branch {}; `consulta sync` (S in the TUI) sends them to the secretariat.",
        sanitize::inline(&r.branch)
    );
    if !r.missing.is_empty() {
        println!(
            "Before you comment, say who you are: `consulta whoami {}` in {} (or the TUI asks you).",
            r.missing
                .iter()
                .map(|f| format!("{f} …"))
                .collect::<Vec<_>>()
                .join(" "),
            r.dir.display()
        );
    }
    print_line_to_send(&store, &id.email);
    let terminal = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if no_tui || !terminal {
        return Ok(());
    }
    consulta::tui::run(consulta::tui::Launch {
        repo_dir: store.root().to_path_buf(),
        banner: None,
    })
}

/// `consulta send -o FILE`.
pub fn send(store: &Store, output: &std::path::Path) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let r = store.send(&who, output, &progress)?;
    // With `-o -` the bundle is standard output: what is said to the user goes to stderr.
    let say = |line: String| {
        if consulta::output_file::is_stdout(output) {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    };
    if let Some(b) = &r.moved_to {
        say(format!(
            "Your comments are now on your own branch {}.",
            sanitize::inline(b)
        ));
    }
    say(format!(
        "Wrote {} with {} from {}. Send it to the secretariat (by e-mail, say); it takes it in with `consulta merge {}`.",
        r.path.display(),
        plural(r.comments, "comment", "comments"),
        sanitize::inline(&r.branch),
        r.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    Ok(())
}

/// `verify`'s count of signatures (see `consulta::repo::signatures`).
fn print_signatures(n: &consulta::repo::SignatureCounts) {
    println!(
        "{}",
        consulta::t!(
            "trust-verify-counts",
            verified = n.verified,
            unverified = n.unverified,
            bad = n.bad
        )
    );
}

/// After `join`: the register line to send to the secretariat when a signing key is set up,
/// else how to set one up (a participant the register knows is counted as verified).
fn print_line_to_send(store: &Store, email: &str) {
    let email = email.trim();
    match consulta::repo::register::line_to_send(store.git(), email).filter(|_| !email.is_empty()) {
        Some(line) => {
            println!("{}", consulta::t!("trust-join-send"));
            println!("  {}", sanitize::inline(&line));
        }
        None => println!("{}", consulta::t!("trust-join-sign")),
    }
}
