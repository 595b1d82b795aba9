//! `consulta diff`: what changed between two versions, as text (inline or side by side),
//! Markdown or JSON.

use anyhow::{bail, Result};
use consulta::repo::{Store, Version};
use consulta::sanitize;

use super::commands::{version_of, warn_skipped};

/// FROM and TO of `consulta diff`: the given ones (TO defaults to the working draft), else
/// [`consulta::diff::default_pair`], as the TUI's diff view.
fn diff_versions(
    store: &Store,
    from: Option<String>,
    to: Option<String>,
) -> Result<(Version, Version)> {
    if let Some(f) = from {
        let to = to.unwrap_or_else(|| "draft".into());
        return Ok((version_of(store, Some(f))?, version_of(store, Some(to))?));
    }
    match consulta::diff::default_pair(store)? {
        Some(pair) => Ok(pair),
        None => bail!("{}", consulta::t!("cli-diff-no-round")),
    }
}

pub(super) fn diff(
    store: &Store,
    from: Option<String>,
    to: Option<String>,
    section: Option<String>,
    format: super::DiffFormat,
    side_by_side: bool,
) -> Result<()> {
    use consulta::diff::render::{self, TextStyle};
    use std::io::{IsTerminal, Write};

    // A read-only command: skip libgit2's re-hashing of every object read (SHA-1 with
    // collision detection), which git's own diff does not do either; `git fsck` checks objects.
    git2::opts::strict_hash_verification(false);
    let (from_v, to_v) = diff_versions(store, from, to)?;
    let ((old, mut problems), (new, more)) = store.drafts_pair(&from_v, &to_v)?;
    for p in more {
        if !problems.contains(&p) {
            problems.push(p);
        }
    }
    warn_skipped(&problems);
    let (old, _) = super::versions::read_in(old);
    let (new, missing) = super::versions::read_in(new);
    super::versions::note_missing(&new, &missing);
    let mut d = consulta::diff::diff_drafts(&old, &new);
    if let Some(key) = section {
        let Some(s) = new.find_section(&key).or_else(|| old.find_section(&key)) else {
            bail!(
                "{}",
                consulta::t!(
                    "cli-diff-no-section",
                    section = format!("{:?}", sanitize::inline(&key)),
                    from = from_v.label(),
                    to = to_v.label(),
                    round = consulta::diff::rounds::version_name(&to_v)
                )
            );
        };
        let id = s.id.clone();
        d.retain_section(&id);
    }
    consulta::diff::trace::trace(store, &from_v, &to_v, &mut d)?;
    let out = match format {
        super::DiffFormat::Json => serde_json::to_string_pretty(&d)? + "\n",
        super::DiffFormat::Markdown => render::markdown(&d),
        super::DiffFormat::Text => {
            let stdout = std::io::stdout();
            let color = stdout.is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && terminal_takes_ansi();
            // `$COLUMNS` first (scripts and tests set it), then the terminal's own width.
            let width = std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<usize>().ok())
                .filter(|&w| w >= 40)
                .or_else(|| {
                    crossterm::terminal::size()
                        .ok()
                        .map(|(w, _)| usize::from(w))
                        .filter(|&w| w >= 40)
                })
                .unwrap_or(120);
            render::text(
                &d,
                TextStyle {
                    color,
                    side_by_side: side_by_side.then_some(width),
                },
            )
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

/// Whether the terminal shows ANSI colours. On Windows, the console's VT processing is turned
/// on first (Windows 10 and later have it); where it cannot be, the output goes without colour.
fn terminal_takes_ansi() -> bool {
    #[cfg(windows)]
    {
        crossterm::ansi_support::supports_ansi()
    }
    #[cfg(not(windows))]
    {
        true
    }
}
