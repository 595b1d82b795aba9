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
        eprintln!(
            "{}",
            consulta::t!("cli-warn-skipped", problem = p.to_string())
        );
    }
    if !problems.is_empty() {
        eprintln!(
            "{}",
            consulta::t!("cli-warn-skipped-count", count = problems.len())
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
        bail!("{}", consulta::t!("cli-init-no-title"));
    }
    let dir = dir.or(repo).unwrap_or_else(|| PathBuf::from("."));
    let existing = git2::Repository::discover(&dir).ok();
    let who = Identity::load(existing.as_ref());
    if who.name.is_empty() || who.email.is_empty() {
        bail!("{}", consulta::t!("cli-init-no-identity"));
    }
    let store = Store::init_with_languages(&dir, title, &who, languages)?;
    println!(
        "{}",
        consulta::t!(
            "cli-init-started",
            title = format!("{:?}", sanitize::inline(title)),
            dir = store.root().display().to_string()
        )
    );
    println!(
        "{}",
        consulta::t!("cli-init-secretariat", email = sanitize::inline(&who.email))
    );
    println!("{}", consulta::t!("cli-init-next"));
    Ok(())
}

fn demo(dir: &Path, sections: Option<usize>, comments: Option<usize>, seed: u64) -> Result<()> {
    let started = Instant::now();
    let mut progress = |msg: &str| eprintln!("[{:>5.1}s] {msg}", started.elapsed().as_secs_f64());
    let store = if sections.is_some() || comments.is_some() {
        let s = sections.unwrap_or(200);
        let c = comments.unwrap_or(100_000);
        if s == 0 {
            bail!("{}", consulta::t!("cli-demo-no-sections"));
        }
        consulta::sample::build_synthetic(dir, s, c, seed, &mut progress)?
    } else {
        consulta::sample::build_demo(dir, &mut progress)?
    };
    let rounds = store.rounds()?;
    println!(
        "{}",
        consulta::t!(
            "cli-demo-built",
            kind = if sections.is_some() || comments.is_some() {
                "synthetic"
            } else {
                "sample"
            },
            dir = store.root().display().to_string(),
            rounds = rounds.len(),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64())
        )
    );
    println!(
        "{}",
        consulta::t!("cli-demo-open", dir = store.root().display().to_string())
    );
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
                bail!(
                    "{}",
                    consulta::t!("cli-whoami-empty", option = field.flag())
                );
            }
            update.set(field, v.clone());
            who.set(field, v);
            changed = true;
        }
    }
    if let Some(key) = &a.signing_key {
        if git.is_none() && !a.global {
            bail!("{}", consulta::t!("cli-whoami-key-no-repo"));
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
                        "{}",
                        consulta::t!(
                            "cli-whoami-not-category",
                            category = format!("{:?}", update.category),
                            categories = ids.join(", ")
                        )
                    );
                }
            }
            let _ = git;
        }
        if git.is_none() && !a.global {
            bail!("{}", consulta::t!("cli-whoami-no-repo"));
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
                f.word(),
                if v.is_empty() {
                    consulta::t!("cli-whoami-not-set")
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
            "\n{}",
            consulta::t!("cli-whoami-missing", options = flags.join(" "))
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
    let text = std::fs::read_to_string(key).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            consulta::t!(
                "cli-key-unreadable",
                path = key.display().to_string(),
                error = e.to_string()
            )
        )
    })?;
    let private = text.contains("-----BEGIN OPENSSH PRIVATE KEY-----");
    if !private && consulta::repo::register::find_public_key(&text).is_none() {
        bail!(
            "{}",
            consulta::t!("cli-key-not-ssh", path = key.display().to_string())
        );
    }
    let path = std::path::absolute(key)?;
    let path = path.to_str().ok_or_else(|| {
        anyhow::anyhow!(
            "{}",
            consulta::t!("cli-key-not-utf8", path = path.display().to_string())
        )
    })?;
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
        consulta::t!("cli-col-title"),
        consulta::t!("cli-col-words"),
        consulta::t!("cli-col-comments"),
        consulta::t!("cli-col-change"),
    ]];
    for s in &drafts.sections {
        let change = match change(&s.id, &s.text) {
            "" => String::new(),
            c => consulta::t!("cli-change", change = c),
        };
        rows.push(vec![
            s.order.to_string(),
            s.id.clone(),
            clip(&s.title, 48),
            s.words().to_string(),
            counts.get(s.id.as_str()).copied().unwrap_or(0).to_string(),
            change,
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
            "{}",
            consulta::t!(
                "cli-show-no-section",
                section = format!("{:?}", sanitize::inline(key)),
                version = drafts.version.label(),
                sections = ids.join(", ")
            )
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
        Some(k) => Some(
            CommentType::parse(k)
                .with_context(|| consulta::t!("cli-comment-bad-type", value = format!("{k:?}")))?,
        ),
        None => None,
    };
    let stance =
        match a.stance.as_deref() {
            Some(s) => Some(Stance::parse(s).with_context(|| {
                consulta::t!("cli-comment-bad-stance", value = format!("{s:?}"))
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
        "{}",
        consulta::t!(
            "cli-comment-saved",
            id = c.id.as_str(),
            section = c.section.as_str(),
            round = c.round.as_str(),
            name = sanitize::inline(&c.author.name),
            email = sanitize::inline(&c.author.email)
        )
    );
    println!(
        "{}",
        consulta::t!("cli-comment-file", path = c.path().to_string())
    );
    Ok(())
}

fn status_filter(s: &str) -> Result<Option<Status>> {
    if s == "open" {
        return Ok(None);
    }
    Status::parse(s)
        .map(Some)
        .with_context(|| consulta::t!("cli-comments-bad-status", value = format!("{s:?}")))
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
    // With --section: the section's id (a current section, or one only comments still name),
    // and only that section's folders are read (a million comments take seconds to read, one
    // section's a few milliseconds).
    let drafts = match &section {
        Some(_) => Some(store.current_drafts()?.0),
        None => None,
    };
    let section_id = section
        .as_ref()
        .zip(drafts.as_ref())
        .map(|(key, d)| d.find_section(key).map_or(key.clone(), |s| s.id.clone()));
    let records = match &section_id {
        Some(id) => store.section_records_all_rounds(id)?,
        None => store.records()?,
    };
    warn_skipped(&records.problems);
    let me = if mine {
        let who = Identity::load(Some(store.git()));
        if who.email.is_empty() {
            bail!("{}", consulta::t!("cli-comments-mine-who"));
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
    if let (Some(key), Some(id), Some(d)) = (&section, &section_id, &drafts) {
        if d.section(id).is_none() && !records.comments.iter().any(|c| &c.section == id) {
            let ids: Vec<_> = d.sections.iter().map(|s| s.id.as_str()).collect();
            bail!(
                "{}",
                consulta::t!(
                    "cli-comments-no-section",
                    section = format!("{:?}", sanitize::inline(key)),
                    sections = ids.join(", ")
                )
            );
        }
    }
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
        consulta::t!("cli-col-round"),
        consulta::t!("cli-col-section"),
        consulta::t!("cli-col-clause"),
        consulta::t!("cli-col-type"),
        consulta::t!("cli-col-author"),
        consulta::t!("cli-col-country"),
        consulta::t!("cli-col-status"),
        consulta::t!("cli-col-comment"),
    ]];
    if let Some(r) = &round {
        rows[0].insert(3, consulta::t!("cli-col-in-round", round = r.as_str()));
    }
    if with_lang {
        rows[0].insert(3, consulta::t!("cli-col-lang"));
    }
    for c in &selected {
        let status = match records.disposition(&c.id) {
            Some(d) if applied.contains_key(&c.id) => {
                consulta::t!("cli-status-applied", status = d.status.as_str())
            }
            Some(d) => consulta::t!("cli-status", status = d.status.as_str()),
            None => consulta::t!("cli-status", status = "open"),
        };
        let clause = c
            .anchor
            .as_ref()
            .and_then(|a| a.clause.clone())
            .unwrap_or_else(|| {
                if c.in_reply_to.is_some() {
                    consulta::t!("cli-clause-reply")
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
            let s = carried.get(&c.id).map_or_else(
                || "—".to_string(),
                |x| consulta::t!("cli-carry", status = x.status.as_str()),
            );
            row.insert(3, s);
        }
        if with_lang {
            row.insert(3, lang_of(c));
        }
        rows.push(row);
    }
    print!("{}", table(&rows));
    println!("{}", consulta::t!("count-comments", count = selected.len()));
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
        println!("{}", consulta::t!("cli-rounds-none"));
        return Ok(());
    }
    let mut rows = vec![vec![
        "#".into(),
        consulta::t!("cli-col-round"),
        consulta::t!("cli-col-opened"),
        "commit".into(),
        consulta::t!("cli-col-by"),
        consulta::t!("cli-col-message"),
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
            "{}",
            consulta::t!(
                "cli-round-not-secretariat",
                secretariat = d.manifest.secretariat.join(", "),
                you = format!("{:?}", who.email)
            )
        );
    }
    super::versions::warn_behind(store)?;
    let r = store.open_round(name, message, &who.signature()?)?;
    println!(
        "{}",
        consulta::t!(
            "cli-round-opened",
            name = r.name.as_str(),
            number = r.number.to_string(),
            commit = r.commit.to_string()[..10].to_string()
        )
    );
    println!("{}", consulta::t!("cli-round-share"));
    Ok(())
}

fn round_undo(store: &Store, name: Option<&str>) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let r = store.undo_round(name, &who)?;
    let name = sanitize::inline(&r.name);
    println!(
        "{}",
        consulta::t!(
            "cli-round-undone",
            name = name.to_string(),
            commit = r.commit.to_string()[..10].to_string()
        )
    );
    println!(
        "{}",
        consulta::t!("cli-round-undone-next", name = name.to_string())
    );
    Ok(())
}

fn respond(store: &Store, id: &str, status: &str, observations: &str) -> Result<()> {
    let status = Status::parse(status)
        .with_context(|| consulta::t!("cli-respond-bad-status", value = format!("{status:?}")))?;
    let who = Identity::load(Some(store.git()));
    let d = store.respond(
        &who,
        &Resolution {
            comment: id.to_string(),
            status,
            observations: observations.to_string(),
        },
    )?;
    println!(
        "{}",
        consulta::t!(
            "cli-respond-recorded",
            id = d.comment.as_str(),
            status = d.status.as_str()
        )
    );
    Ok(())
}

fn apply(store: &Store, ids: &[String], text: Option<&str>) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let sig = who.signature()?;
    for id in ids {
        let a = store.apply(&sig, id, text)?;
        println!(
            "{}",
            consulta::t!(
                "cli-apply-applied",
                id = a.comment.as_str(),
                section = a.section.as_str(),
                commit = a.commit.to_string()[..10].to_string()
            )
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
        "{}",
        consulta::t!(
            "cli-check-counts",
            sections = r.sections,
            comments = r.comments,
            dispositions = r.dispositions,
            rounds = r.rounds,
            problems = r.problems.len()
        )
    );
    if !r.problems.is_empty() {
        if store.git().is_shallow() {
            eprintln!("{}", consulta::t!("cli-check-shallow"));
        }

        std::process::exit(1);
    }
    Ok(())
}
