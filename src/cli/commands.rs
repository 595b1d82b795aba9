//! One function per subcommand.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use consulta::model::{CommentType, Stance, Status};
use consulta::repo::{Identity, NewComment, Records, Resolution, Store, Version};
use consulta::sanitize;
use serde_json::json;

use super::output::{clip, table};
use super::{Command, CommentCommand, Format, RoundCommand, WhoamiArgs};

fn open(repo: &Option<PathBuf>) -> Result<Store> {
    let dir = repo.clone().unwrap_or_else(|| PathBuf::from("."));
    Ok(Store::open(&dir)?)
}

/// One line per file that could not be read, on stderr; the command goes on without them.
pub(super) fn warn_skipped(problems: &[consulta::model::Problem]) {
    for p in problems {
        eprintln!("warning: skipped {p}");
    }
    if !problems.is_empty() {
        eprintln!(
            "warning: {} file{} skipped; `consulta check` lists every problem",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
    }
}

/// The TUI, on the consultation here or on the bundled sample.
pub fn tui(repo: Option<PathBuf>) -> Result<()> {
    let dir = repo.unwrap_or_else(|| PathBuf::from("."));
    let (repo_dir, banner) = match Store::open(&dir) {
        Ok(s) if s.rounds().map(|r| !r.is_empty()).unwrap_or(false) => {
            (s.root().to_path_buf(), None)
        }
        // A consultation is here, one command away: say it rather than show the sample.
        Err(e @ consulta::Error::UnbornClone(_)) => return Err(e.into()),
        found => {
            let why = match found {
                Ok(_) => "no-round",
                Err(_) => "none",
            };
            eprintln!(
                "{}",
                consulta::t!(
                    "cli-sample-preparing",
                    dir = consulta::sample::sample_dir().display().to_string()
                )
            );
            let store = consulta::sample::ensure_sample(&mut |_| {})?;
            (
                store.root().to_path_buf(),
                Some(consulta::t!("cli-sample-banner", why = why)),
            )
        }
    };
    consulta::tui::run(consulta::tui::Launch { repo_dir, banner })
}

pub fn run(repo: Option<PathBuf>, cmd: Command) -> Result<()> {
    match cmd {
        Command::Init {
            dir,
            title,
            languages,
        } => init(repo, dir, &title, &languages),
        Command::Demo {
            dir,
            sections,
            comments,
            seed,
        } => demo(&dir, sections, comments, seed),
        Command::Whoami(args) => whoami(repo, args),
        Command::Sections { round, format } => sections(&open(&repo)?, round, format),
        Command::Show { section, round } => show(&open(&repo)?, &section, round),
        Command::Comment(CommentCommand::Add(a)) => comment_add(&open(&repo)?, a),
        Command::Diff {
            from,
            to,
            section,
            format,
            side_by_side,
        } => super::diff::diff(&open(&repo)?, from, to, section, format, side_by_side),
        Command::Comments {
            round,
            section,
            format,
            competing: true,
            ..
        } => super::secretariat::competing(&open(&repo)?, round, section, format),
        Command::Comments {
            round,
            section,
            status,
            format,
            mine,
            ..
        } => comments(&open(&repo)?, round, section, status, mine, format),
        Command::Rounds { format } => rounds(&open(&repo)?, format),
        Command::Round(RoundCommand::Open { name, message }) => {
            round_open(&open(&repo)?, &name, &message)
        }
        Command::Round(RoundCommand::Undo { name }) => round_undo(&open(&repo)?, name.as_deref()),
        Command::Respond {
            id,
            status,
            observations,
        } => respond(&open(&repo)?, &id, &status, &observations),
        Command::Apply { ids, text } => apply(&open(&repo)?, &ids, text.as_deref()),
        Command::Check => check(&open(&repo)?),
        Command::Verify => super::secretariat::verify(&open(&repo)?),
        Command::Register(args) => super::secretariat::register(&open(&repo)?, args),
        Command::Merge { sources } => super::secretariat::merge(&open(&repo)?, &sources),
        Command::Sync { remote } => super::secretariat::sync(&open(&repo)?, &remote),
        Command::Join {
            url,
            dir,
            who,
            no_tui,
        } => super::secretariat::join(&url, dir, who, no_tui),
        Command::Send { output } => super::secretariat::send(&open(&repo)?, &output),
        cmd @ (Command::Summary(_)
        | Command::Export(_)
        | Command::Import(_)
        | Command::Template(_)) => super::report::run(&open(&repo)?, cmd),
        Command::Completions { .. } => Ok(()),
    }
}

fn init(
    repo: Option<PathBuf>,
    dir: Option<PathBuf>,
    title: &str,
    languages: &[String],
) -> Result<()> {
    if title.trim().is_empty() {
        bail!("the title is empty: give the consultation's title with --title");
    }
    let dir = dir.or(repo).unwrap_or_else(|| PathBuf::from("."));
    let existing = git2::Repository::discover(&dir).ok();
    let who = Identity::load(existing.as_ref());
    if who.name.is_empty() || who.email.is_empty() {
        bail!("git does not know who you are; set it first: `git config --global user.name \"Your Name\"` and `git config --global user.email you@example.org`");
    }
    let store = Store::init_with_languages(&dir, title, &who, languages)?;
    println!(
        "Started the consultation {:?} in {}",
        sanitize::inline(title),
        store.root().display()
    );
    println!(
        "You ({}) are its secretariat.",
        sanitize::inline(&who.email)
    );
    println!("Next: write the sections as drafts/NN-slug.md, commit them, then `consulta round open round-1`.");
    Ok(())
}

fn demo(dir: &Path, sections: Option<usize>, comments: Option<usize>, seed: u64) -> Result<()> {
    let started = Instant::now();
    let mut progress = |msg: &str| eprintln!("[{:>5.1}s] {msg}", started.elapsed().as_secs_f64());
    let store = if sections.is_some() || comments.is_some() {
        let s = sections.unwrap_or(200);
        let c = comments.unwrap_or(100_000);
        if s == 0 {
            bail!("--sections must be at least 1");
        }
        consulta::sample::build_synthetic(dir, s, c, seed, &mut progress)?
    } else {
        consulta::sample::build_demo(dir, &mut progress)?
    };
    let rounds = store.rounds()?;
    println!(
        "Built the {} consultation in {} ({} round{}) in {:.1}s.",
        if sections.is_some() || comments.is_some() {
            "synthetic"
        } else {
            "sample"
        },
        store.root().display(),
        rounds.len(),
        if rounds.len() == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64()
    );
    println!("Open it with: consulta --repo {}", store.root().display());
    Ok(())
}

fn whoami(repo: Option<PathBuf>, a: WhoamiArgs) -> Result<()> {
    let dir = repo.unwrap_or_else(|| PathBuf::from("."));
    let git = git2::Repository::discover(&dir).ok();
    let mut who = Identity::load(git.as_ref());
    let changes = a.who.fields();
    let mut changed = false;
    let mut update = Identity::default();
    for (field, value) in changes {
        if let Some(v) = value {
            let v = v.trim().to_string();
            if v.is_empty() {
                bail!("{} cannot be empty", field.flag());
            }
            update.set(field, v.clone());
            who.set(field, v);
            changed = true;
        }
    }
    if let Some(key) = &a.signing_key {
        if git.is_none() && !a.global {
            bail!("not inside a git repository: use --global to sign in every repository");
        }
        set_signing_key(git.as_ref(), key, a.global)?;
    }
    if changed {
        update.validate()?;
        if let (Some(git), Ok(store)) = (git.as_ref(), Store::open(&dir)) {
            if !update.category.is_empty() {
                let (d, _) = store.drafts(&Version::WorkTree)?;
                if !d
                    .manifest
                    .categories
                    .iter()
                    .any(|c| c.id == update.category)
                {
                    let ids: Vec<_> = d
                        .manifest
                        .categories
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect();
                    bail!(
                        "{:?} is not a category of this consultation; choose one of: {}",
                        update.category,
                        ids.join(", ")
                    );
                }
            }
            let _ = git;
        }
        if git.is_none() && !a.global {
            bail!("not inside a git repository: use --global to store your identity in your user config");
        }
        update.save(git.as_ref(), a.global)?;
    }
    if let Some(lang) = a.language {
        set_language(git.as_ref(), lang, a.global)?;
    }
    let rows: Vec<Vec<String>> = consulta::repo::IdentityField::ALL
        .iter()
        .map(|&f| {
            let v = who.get(f);
            vec![
                f.label().to_string(),
                if v.is_empty() {
                    "(not set)".into()
                } else {
                    v.to_string()
                },
                f.key().to_string(),
            ]
        })
        .collect();
    print!("{}", table(&rows));
    print_language(a.language);
    if let Some(line) = git
        .as_ref()
        .and_then(|g| consulta::repo::register::line_to_send(g, &who.email))
    {
        println!(
            "\n{}\n  {}",
            consulta::t!("trust-join-send"),
            consulta::sanitize::inline(&line)
        );
    }
    let missing = who.missing();
    if !missing.is_empty() {
        let flags: Vec<_> = missing.iter().map(|f| format!("{} …", f.flag())).collect();
        println!(
            "\nTo comment you also need: consulta whoami {}",
            flags.join(" ")
        );
    }
    Ok(())
}

/// `whoami --language`: git config consulta.language, in this repository's config or (with
/// `--global`) the user's.
fn set_language(
    git: Option<&git2::Repository>,
    lang: consulta::i18n::Lang,
    global: bool,
) -> Result<()> {
    let mut config = match (git, global) {
        (Some(g), false) => g.config()?.open_level(git2::ConfigLevel::Local)?,
        (_, true) => git2::Config::open_default()?.open_global()?,
        (None, false) => bail!("{}", consulta::t!("trust-whoami-language-no-repo")),
    };
    config.set_str("consulta.language", lang.code())?;
    Ok(())
}

/// The interface language and where it comes from, after `whoami`'s table (`set`: just
/// stored with `--language`, which takes effect from the next command).
fn print_language(set: Option<consulta::i18n::Lang>) {
    use consulta::i18n::{self, Source};
    let lang = set.unwrap_or_else(i18n::ui);
    let from = match (set, i18n::source()) {
        (Some(_), _) | (None, Source::GitConfig) => "git-config",
        (None, Source::Flag) => "flag",
        (None, Source::Environment) => "environment",
        (None, Source::System) => "system",
        (None, Source::Consultation) => "consultation",
        (None, Source::Default) => "default",
    };
    println!(
        "\n{}",
        consulta::t!(
            "trust-whoami-language",
            name = lang.own_name(),
            code = lang.code(),
            from = from
        )
    );
}

/// Configure signing as `git config` would: user.signingkey (the key's absolute path),
/// gpg.format=ssh and commit.gpgsign=true, after checking that the file holds an SSH key.
fn set_signing_key(
    git: Option<&git2::Repository>,
    key: &std::path::Path,
    global: bool,
) -> Result<()> {
    let text = std::fs::read_to_string(key)
        .map_err(|e| anyhow::anyhow!("cannot read the signing key {}: {e}", key.display()))?;
    let private = text.contains("-----BEGIN OPENSSH PRIVATE KEY-----");
    if !private && consulta::repo::register::find_public_key(&text).is_none() {
        bail!(
            "{} is not an SSH key file (for OpenPGP, set git's own user.signingkey, gpg.format=openpgp and commit.gpgsign=true: consulta follows them)",
            key.display()
        );
    }
    let path = std::path::absolute(key)?;
    let path = path
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("the key's path {} is not UTF-8", path.display()))?;
    let mut config = match (git, global) {
        (Some(r), false) => r.config()?.open_level(git2::ConfigLevel::Local)?,
        _ => git2::Config::open_default()?.open_global()?,
    };
    config.set_str("user.signingkey", path)?;
    config.set_str("gpg.format", "ssh")?;
    config.set_bool("commit.gpgsign", true)?;
    Ok(())
}

pub(super) fn version_of(store: &Store, round: Option<String>) -> Result<Version> {
    Ok(match round {
        Some(r) => {
            let v = Version::parse(&r);
            if let Version::Round(name) = &v {
                store.round(name)?;
            }
            v
        }
        None => match store.rounds()?.pop() {
            Some(r) => Version::Round(r.name),
            None => Version::WorkTree,
        },
    })
}

fn sections(store: &Store, round: Option<String>, format: Format) -> Result<()> {
    let version = version_of(store, round)?;
    let (drafts, problems) = store.drafts(&version)?;
    warn_skipped(&problems);
    let states = super::versions::translation_states(store, &drafts)?;
    let (drafts, _) = super::versions::read_in(drafts);
    let records = store.records()?;
    warn_skipped(&records.problems);
    // The previous round, to mark sections that changed.
    let rounds = store.rounds()?;
    let previous = match &version {
        Version::Round(name) => rounds
            .iter()
            .position(|r| &r.name == name)
            .and_then(|i| i.checked_sub(1))
            .map(|i| rounds[i].name.clone()),
        _ => rounds.last().map(|r| r.name.clone()),
    };
    let prev = match previous {
        Some(p) => Some(super::versions::read_in(store.drafts(&Version::Round(p))?.0).0),
        None => None,
    };
    let round_name = match &version {
        Version::Round(r) => Some(r.clone()),
        _ => None,
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in &records.comments {
        if round_name.as_ref().is_none_or(|r| &c.round == r) {
            *counts.entry(c.section.as_str()).or_default() += 1;
        }
    }
    let change = |id: &str, text: &str| -> &'static str {
        match &prev {
            None => "",
            Some(p) => match p.section(id) {
                None => "new",
                Some(s) if s.text != text => "changed",
                Some(_) => "",
            },
        }
    };
    if format == Format::Json {
        let v: Vec<_> = drafts
            .sections
            .iter()
            .map(|s| {
                let mut v = json!({"number": s.order, "id": s.id, "title": s.title, "file": format!("drafts/{}", s.file), "words": s.words(), "comments": counts.get(s.id.as_str()).copied().unwrap_or(0), "change": change(&s.id, &s.text)});
                if let Some(st) = states.as_ref().and_then(|m| m.get(&s.id)) {
                    v["translation"] = json!(st.as_str());
                }
                v
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(
                &json!({"version": drafts.version.label(), "sections": v})
            )?
        );
        return Ok(());
    }
    println!(
        "{} · {}",
        sanitize::inline(&drafts.manifest.title),
        drafts.version.label()
    );
    let mut rows = vec![vec![
        "#".into(),
        "id".into(),
        "title".into(),
        "words".into(),
        "comments".into(),
        "change".into(),
    ]];
    for s in &drafts.sections {
        rows.push(vec![
            s.order.to_string(),
            s.id.clone(),
            clip(&s.title, 48),
            s.words().to_string(),
            counts.get(s.id.as_str()).copied().unwrap_or(0).to_string(),
            change(&s.id, &s.text).to_string(),
        ]);
        if let Some(st) = states.as_ref().and_then(|m| m.get(&s.id)) {
            rows.last_mut()
                .expect("a row")
                .push(super::versions::state_word(*st));
        }
    }
    if states.is_some() {
        rows[0].push(consulta::t!("versions-column-translation"));
    }
    print!("{}", table(&rows));
    Ok(())
}

fn show(store: &Store, key: &str, round: Option<String>) -> Result<()> {
    let version = version_of(store, round)?;
    let (drafts, problems) = store.drafts(&version)?;
    warn_skipped(&problems);
    let (drafts, missing) = super::versions::read_in(drafts);
    let Some(s) = drafts.find_section(key) else {
        let ids: Vec<_> = drafts.sections.iter().map(|s| s.id.as_str()).collect();
        bail!(
            "there is no section {:?} in {}; the sections are: {}",
            sanitize::inline(key),
            drafts.version.label(),
            ids.join(", ")
        );
    };
    if missing.contains(&s.id) {
        super::versions::note_missing(&drafts, std::slice::from_ref(&s.id));
    }
    print!("{}", sanitize::block(&s.text));
    if !s.text.ends_with('\n') {
        println!();
    }
    Ok(())
}

fn comment_add(store: &Store, a: super::CommentAddArgs) -> Result<()> {
    let kind = match a.kind.as_deref() {
        Some(k) => Some(CommentType::parse(k).with_context(|| format!("--type {k:?} is not a comment type: use ge (general), te (technical) or ed (editorial)"))?),
        None => None,
    };
    let stance = match a.stance.as_deref() {
        Some(s) => Some(Stance::parse(s).with_context(|| {
            format!("--stance {s:?} is not a stance: use support, oppose or neutral")
        })?),
        None => None,
    };
    let who = Identity::load(Some(store.git()));
    let req = NewComment {
        section: a.section,
        quote: a.quote,
        occurrence: a.occurrence,
        range: None,
        kind,
        body: a.body,
        proposed_change: a.propose,
        stance,
        in_reply_to: a.reply_to,
        lang: super::versions::text_language(&store.current_drafts()?.0),
    };
    let c = store.add_comment(&who, &req)?;
    println!(
        "Saved comment {} on {} ({}) and committed it as {} <{}>.",
        c.id,
        c.section,
        c.round,
        sanitize::inline(&c.author.name),
        sanitize::inline(&c.author.email)
    );
    println!("File: {}", c.path());
    Ok(())
}

fn status_filter(s: &str) -> Result<Option<Status>> {
    if s == "open" {
        return Ok(None);
    }
    Status::parse(s).map(Some).with_context(|| {
        format!("--status {s:?} is not a status: use open, accepted, modified, rejected or noted")
    })
}

fn comment_json(
    records: &Records,
    applied: &HashMap<String, git2::Oid>,
    c: &consulta::model::Comment,
) -> serde_json::Value {
    let mut v = serde_json::to_value(c).unwrap_or_default();
    let disp = records.disposition(&c.id).map(|d| {
        json!({
            "status": d.status,
            "label": d.status.label(),
            "observations": d.observations,
            "by": d.by,
            "created": d.created,
            "applied_in": applied.get(&c.id).map(|o| o.to_string()),
        })
    });
    v["disposition"] = disp.unwrap_or(serde_json::Value::Null);
    v
}

fn comments(
    store: &Store,
    round: Option<String>,
    section: Option<String>,
    status: Option<String>,
    mine: bool,
    format: Format,
) -> Result<()> {
    let records = store.records()?;
    warn_skipped(&records.problems);
    let me = if mine {
        let who = Identity::load(Some(store.git()));
        if who.email.is_empty() {
            bail!("--mine needs to know who you are: set it with `consulta whoami --email you@example.org`");
        }
        Some(who.email)
    } else {
        None
    };
    // With --round R: the comments made on R and on earlier rounds, each with its status in R.
    let up_to: Option<Vec<String>> = match &round {
        Some(r) => {
            store.round(r)?;
            let rounds = store.rounds()?;
            let n = rounds
                .iter()
                .position(|x| &x.name == r)
                .map_or(0, |i| i + 1);
            Some(rounds[..n].iter().map(|x| x.name.clone()).collect())
        }
        None => None,
    };
    let section_id = match &section {
        Some(key) => {
            let (d, _) = store.current_drafts()?;
            let known = records.comments.iter().any(|c| &c.section == key);
            match d.find_section(key) {
                Some(s) => Some(s.id.clone()),
                None if known => Some(key.clone()),
                None => {
                    let ids: Vec<_> = d.sections.iter().map(|s| s.id.as_str()).collect();
                    bail!(
                        "there is no section {:?}; the sections are: {}",
                        sanitize::inline(key),
                        ids.join(", ")
                    );
                }
            }
        }
        None => None,
    };
    let want = match &status {
        Some(s) => Some(status_filter(s)?),
        None => None,
    };
    let filter = consulta::model::filter::CommentFilter {
        section: section_id,
        status: want,
        author: me,
        ..Default::default()
    };
    let applied = store.applied_comments()?;
    let selected: Vec<_> = records
        .comments
        .iter()
        .filter(|c| up_to.as_ref().is_none_or(|names| names.contains(&c.round)))
        .filter(|c| filter.matches(c, records.disposition(&c.id).map(|d| d.status)))
        .collect();
    let carried = match &round {
        Some(r) => store.carry_comments(&selected, &Version::Round(r.clone()))?,
        None => HashMap::new(),
    };
    // Each comment's language: of the text version it is anchored to.
    let primary = store
        .current_drafts()
        .map(|(d, _)| d.manifest.primary_language().to_string())
        .unwrap_or_else(|_| "en".into());
    let lang_of = |c: &consulta::model::Comment| c.lang.clone().unwrap_or_else(|| primary.clone());
    let with_lang = selected.iter().any(|c| c.lang.is_some());
    if format == Format::Json {
        let v: Vec<_> = selected
            .iter()
            .map(|c| {
                let mut v = comment_json(&records, &applied, c);
                v["lang"] = json!(lang_of(c));
                if round.is_some() {
                    v["carried"] = serde_json::to_value(carried.get(&c.id)).unwrap_or_default();
                }
                v
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
    let mut rows = vec![vec![
        "id".into(),
        "round".into(),
        "section".into(),
        "clause".into(),
        "type".into(),
        "author".into(),
        "country".into(),
        "status".into(),
        "comment".into(),
    ]];
    if let Some(r) = &round {
        rows[0].insert(3, format!("in {r}"));
    }
    if with_lang {
        rows[0].insert(3, "lang".into());
    }
    for c in &selected {
        let status = match records.disposition(&c.id) {
            Some(d) if applied.contains_key(&c.id) => format!("{} (applied)", d.status),
            Some(d) => d.status.to_string(),
            None => "open".into(),
        };
        let clause = c
            .anchor
            .as_ref()
            .and_then(|a| a.clause.clone())
            .unwrap_or_else(|| {
                if c.in_reply_to.is_some() {
                    "reply".into()
                } else {
                    "—".into()
                }
            });
        let mut row = vec![
            c.id.clone(),
            c.round.clone(),
            clip(&c.section, 24),
            clause,
            c.kind.abbrev().into(),
            clip(
                &format!("{} ({})", c.author.name, c.author.organisation),
                36,
            ),
            c.author.country.clone(),
            status,
            clip(&c.comment, 60),
        ];
        if round.is_some() {
            let s = carried.get(&c.id).map_or("—", |x| x.status.as_str());
            row.insert(3, s.to_string());
        }
        if with_lang {
            row.insert(3, lang_of(c));
        }
        rows.push(row);
    }
    print!("{}", table(&rows));
    println!(
        "{} comment{}",
        selected.len(),
        if selected.len() == 1 { "" } else { "s" }
    );
    Ok(())
}

fn rounds(store: &Store, format: Format) -> Result<()> {
    let rounds = store.rounds()?;
    let date = |t: i64| {
        jiff::Timestamp::from_second(t)
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    if format == Format::Json {
        let v: Vec<_> = rounds
            .iter()
            .map(|r| json!({"number": r.number, "name": r.name, "commit": r.commit.to_string(), "opened": jiff::Timestamp::from_second(r.time).map(|t| t.to_string()).unwrap_or_default(), "opened_by": r.opened_by, "message": r.message}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
    if rounds.is_empty() {
        println!(
            "No round yet. The secretariat opens the first with `consulta round open round-1`."
        );
        return Ok(());
    }
    let mut rows = vec![vec![
        "#".into(),
        "round".into(),
        "opened".into(),
        "commit".into(),
        "by".into(),
        "message".into(),
    ]];
    for r in &rounds {
        rows.push(vec![
            r.number.to_string(),
            r.name.clone(),
            date(r.time),
            r.commit.to_string()[..10].to_string(),
            r.opened_by.clone(),
            clip(r.message.lines().next().unwrap_or(""), 60),
        ]);
    }
    print!("{}", table(&rows));
    Ok(())
}

fn round_open(store: &Store, name: &str, message: &str) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let (d, _) = store.drafts(&Version::WorkTree)?;
    if !d.manifest.secretariat.is_empty() && !d.manifest.is_secretariat(&who.email) {
        bail!(
            "only the secretariat ({}) may open a round; you are {:?}",
            d.manifest.secretariat.join(", "),
            who.email
        );
    }
    super::versions::warn_behind(store)?;
    let r = store.open_round(name, message, &who.signature()?)?;
    println!(
        "Opened round {} ({}) at commit {}.",
        r.name,
        r.number,
        &r.commit.to_string()[..10]
    );
    println!("Share it with `git push --tags` (or `consulta sync`).");
    Ok(())
}

fn round_undo(store: &Store, name: Option<&str>) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let r = store.undo_round(name, &who)?;
    let name = sanitize::inline(&r.name);
    println!(
        "Took back round {name}: its tag is deleted; commit {} and the drafts are as they were.",
        &r.commit.to_string()[..10]
    );
    println!(
        "Change the drafts, commit, then `consulta round open {name}` again. If you had already synced it, remove it from the shared repository too: `git push origin :refs/tags/{name}`."
    );
    Ok(())
}

fn respond(store: &Store, id: &str, status: &str, observations: &str) -> Result<()> {
    let status = Status::parse(status).with_context(|| {
        format!("--status {status:?} is not a decision: use accepted, modified, rejected or noted")
    })?;
    let who = Identity::load(Some(store.git()));
    let d = store.respond(
        &who,
        &Resolution {
            comment: id.to_string(),
            status,
            observations: observations.to_string(),
        },
    )?;
    println!("Recorded: comment {} {}.", d.comment, d.status.label());
    Ok(())
}

fn apply(store: &Store, ids: &[String], text: Option<&str>) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let sig = who.signature()?;
    for id in ids {
        let a = store.apply(&sig, id, text)?;
        println!(
            "Applied comment {} to {} in commit {}.",
            a.comment,
            a.section,
            &a.commit.to_string()[..10]
        );
    }
    Ok(())
}

fn check(store: &Store) -> Result<()> {
    let r = store.check()?;
    for p in &r.problems {
        println!("{p}");
    }
    super::versions::print_unaligned(&r.unaligned);
    println!(
        "{} section{}, {} comment{}, {} disposition{}, {} round{}: {}",
        r.sections,
        if r.sections == 1 { "" } else { "s" },
        r.comments,
        if r.comments == 1 { "" } else { "s" },
        r.dispositions,
        if r.dispositions == 1 { "" } else { "s" },
        r.rounds,
        if r.rounds == 1 { "" } else { "s" },
        if r.problems.is_empty() {
            "no problems".to_string()
        } else {
            format!(
                "{} problem{}",
                r.problems.len(),
                if r.problems.len() == 1 { "" } else { "s" }
            )
        }
    );
    if !r.problems.is_empty() {
        if store.git().is_shallow() {
            eprintln!(
                "note: this repository is a shallow clone (git clone --depth), so round tags and \
                 older history may be missing; fetch them with `git fetch --unshallow --tags` \
                 and check again"
            );
        }
        std::process::exit(1);
    }
    Ok(())
}
