//! The secretariat's commands over git: verify, merge, sync, and the competing proposals.

use std::time::Instant;

use anyhow::{bail, Result};
use consulta::repo::{competing_proposals, CatchUp, Identity, Store};
use consulta::sanitize;
use serde_json::json;

use super::output::{clip, table};
use super::Format;

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
    let took = format!("{:.1}", started.elapsed().as_secs_f64());
    if r.problems.is_empty() {
        println!(
            "{}",
            consulta::t!(
                "cli-verify-ok",
                comments = r.comments,
                commits = r.commits,
                seconds = took
            )
        );
        return Ok(());
    }
    println!(
        "{}",
        consulta::t!(
            "cli-verify-problems",
            comments = r.comments,
            commits = r.commits,
            seconds = took,
            problems = r.problems.len()
        )
    );
    bail!(
        "{}",
        consulta::t!("cli-verify-failed", problems = r.problems.len())
    )
}

/// `consulta register EMAIL --key FILE …` and `consulta register --revoke EMAIL`.
pub fn register(store: &Store, a: super::RegisterArgs) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    if a.revoke {
        let n = store.revoke(&who, &a.email)?;
        println!(
            "{}",
            consulta::t!(
                "cli-register-revoked",
                count = n,
                email = sanitize::inline(&a.email)
            )
        );
        return Ok(());
    }
    let Some(key) = &a.key else {
        bail!("{}", consulta::t!("cli-register-no-key"));
    };
    let key_text = std::fs::read_to_string(key).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            consulta::t!(
                "cli-register-unreadable",
                path = key.display().to_string(),
                error = e.to_string()
            )
        )
    })?;
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
        "{}",
        consulta::t!(
            "cli-register-done",
            email = sanitize::inline(&p.email),
            fingerprint = fp,
            file = consulta::repo::register::REGISTER
        )
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
                "{}",
                consulta::t!(
                    "cli-merge-merged",
                    name = name.to_string(),
                    count = c.added.len(),
                    authors = sanitize::inline(&c.authors_in_brief()),
                    commit = consulta::repo::short(commit).to_string()
                )
            ),
            None => {
                println!(
                    "{}",
                    consulta::t!(
                        "cli-merge-refused",
                        name = name.to_string(),
                        count = c.problems.len()
                    )
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
        "{}",
        consulta::t!(
            "cli-merge-totals",
            merged = merged,
            refused = refused,
            added = report.comments_added(),
            up_to_date = report.up_to_date.len()
        )
    );
    if refused > 0 {
        bail!("{}", consulta::t!("cli-merge-refused-all", count = refused));
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
        eprintln!(
            "{}",
            consulta::t!("cli-sync-warning", problem = sanitize::inline(p))
        );
    }
    if let Some(b) = &r.moved_to {
        println!(
            "{}",
            consulta::t!("cli-sync-moved", branch = sanitize::inline(b))
        );
    }
    if r.fast_forwarded {
        println!(
            "{}",
            consulta::t!(
                "cli-sync-fast-forward",
                branch = branch.to_string(),
                remote = remote.to_string()
            )
        );
    }
    match r.caught_up {
        CatchUp::FastForward | CatchUp::Merged(_) => println!(
            "{}",
            consulta::t!(
                "cli-sync-caught-up",
                branch = branch.to_string(),
                remote = remote.to_string()
            )
        ),
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
        println!("{}", consulta::t!("cli-sync-sent", count = r.sent));
    }
    if names.is_empty() {
        println!(
            "{}",
            consulta::t!(
                "cli-sync-nothing",
                remote = remote.to_string(),
                url = sanitize::inline(&r.url)
            )
        );
    } else {
        println!(
            "{}",
            consulta::t!(
                "cli-sync-pushed",
                remote = remote.to_string(),
                url = sanitize::inline(&r.url),
                names = sanitize::inline(&names.join(", "))
            )
        );
    }
    println!("{}", r.news.sentence());
    if !r.secretariat && !names.is_empty() {
        println!("{}", consulta::t!("cli-sync-merge-next"));
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
        println!("{}", consulta::t!("cli-competing-none"));
        return Ok(());
    }
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            println!();
        }
        println!(
            "{}",
            consulta::t!(
                "cli-competing-group",
                section = sanitize::inline(&g.section),
                round = sanitize::inline(&g.round),
                count = g.comments.len()
            )
        );
        let mut rows = vec![vec![
            "id".into(),
            consulta::t!("cli-col-at"),
            consulta::t!("cli-col-author"),
            consulta::t!("cli-col-status"),
            consulta::t!("cli-col-passage"),
            consulta::t!("cli-col-proposed"),
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
                    .map_or(consulta::t!("cli-status", status = "open"), |d| {
                        consulta::t!("cli-status", status = d.status.as_str())
                    }),
                clip(a.map_or("", |a| a.quote.as_str()), 36),
                clip(c.proposed_change.as_deref().unwrap_or(""), 36),
            ]);
        }
        print!("{}", table(&rows));
    }
    println!(
        "{}",
        consulta::t!("cli-competing-groups", count = groups.len())
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
        "{}",
        consulta::t!(
            "cli-join-joined",
            title = sanitize::inline(&r.title),
            dir = r.dir.display().to_string()
        )
    );
    println!(
        "{}",
        consulta::t!("cli-join-branch", branch = sanitize::inline(&r.branch))
    );
    if !r.missing.is_empty() {
        println!(
            "{}",
            consulta::t!(
                "cli-join-who",
                options = r
                    .missing
                    .iter()
                    .map(|f| format!("{f} …"))
                    .collect::<Vec<_>>()
                    .join(" "),
                dir = r.dir.display().to_string()
            )
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
        say(consulta::t!("cli-send-moved", branch = sanitize::inline(b)));
    }
    say(consulta::t!(
        "cli-send-wrote",
        path = r.path.display().to_string(),
        count = r.comments,
        branch = sanitize::inline(&r.branch),
        file = r
            .path
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
