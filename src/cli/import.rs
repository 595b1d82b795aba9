//! `consulta import draft`: a whole Markdown document as the next draft.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use consulta::repo::{Identity, Store, Version};
use consulta::sanitize;

#[derive(Args, Debug)]
pub struct ImportDraftArgs {
    /// The Markdown document.
    pub file: PathBuf,
    /// Open this round on the imported draft (an annotated tag).
    #[arg(long, value_name = "NAME")]
    pub round: Option<String>,
    /// Heading level to split at (default: the highest level that occurs more than once).
    #[arg(long, value_name = "N")]
    pub level: Option<usize>,
}

/// Example text for `--help`.
pub const DRAFT_HELP: &str = "Examples:\n  consulta import draft framework-v1.md --round round-1\n  consulta import draft framework-v2.md --round round-2      (ids and comments carry over)\n  consulta import draft standard.md --level 2\n\nSections are matched to the existing ones by title, then by text similarity (word-set\nJaccard index >= 0.5), so a renamed or renumbered section keeps its id.";

pub fn draft(store: &Store, a: ImportDraftArgs) -> Result<()> {
    let who = Identity::load(Some(store.git()));
    let (d, _) = store.drafts(&Version::WorkTree)?;
    if !d.manifest.secretariat.is_empty() && !d.manifest.is_secretariat(&who.email) {
        bail!(
            "{}",
            consulta::t!(
                "cli-import-draft-not-secretariat",
                secretariat = d.manifest.secretariat.join(", "),
                you = format!("{:?}", who.email)
            )
        );
    }
    let bytes = std::fs::read(&a.file).with_context(|| {
        consulta::t!("cli-import-unreadable", path = a.file.display().to_string())
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let (line, col) = consulta::repo::line_col(e.as_bytes(), at);
        anyhow::anyhow!(
            "{}",
            consulta::t!(
                "cli-import-draft-not-utf8",
                file = a.file.display().to_string(),
                line = line.to_string(),
                column = col.to_string()
            )
        )
    })?;
    let name = a
        .file
        .file_name()
        .map_or_else(|| "draft".into(), |n| n.to_string_lossy().into_owned());
    if super::versions::import_translation(store, &text, &name)? {
        return Ok(());
    }
    let r = store.import_draft(&text, &name, a.level, a.round.as_deref(), &who.signature()?)?;
    println!(
        "{}",
        consulta::t!(
            "cli-import-draft-done",
            name = sanitize::inline(&name),
            level = r.level.to_string(),
            sections = r.sections,
            added = r.added.len(),
            changed = r.changed.len(),
            removed = r.removed.len(),
            renamed = r.renamed.len()
        )
    );
    // Indented by the code: Fluent trims a message's leading blanks.
    for id in &r.added {
        println!(
            "  {}",
            consulta::t!("cli-import-draft-added", id = sanitize::inline(id))
        );
    }
    for id in &r.removed {
        println!(
            "  {}",
            consulta::t!("cli-import-draft-removed", id = sanitize::inline(id))
        );
    }
    for (old, new) in &r.renamed {
        println!(
            "  {}",
            consulta::t!(
                "cli-import-draft-renamed",
                old = sanitize::inline(old),
                new = sanitize::inline(new)
            )
        );
    }
    match (&r.commit, &r.round) {
        (None, None) => println!("{}", consulta::t!("cli-import-draft-unchanged")),
        (Some(c), _) => println!(
            "{}",
            consulta::t!(
                "cli-import-draft-committed",
                commit = c.to_string()[..10].to_string()
            )
        ),
        _ => {}
    }
    if let Some(round) = &r.round {
        println!(
            "{}",
            consulta::t!(
                "cli-import-draft-round",
                name = round.name.as_str(),
                number = round.number.to_string()
            )
        );
    }

    Ok(())
}
