//! The terminal UI (it lands in its own commit).
pub struct Launch {
    pub repo_dir: std::path::PathBuf,
    pub banner: Option<String>,
}

pub fn run(_launch: Launch) -> anyhow::Result<()> {
    anyhow::bail!("the TUI is not built yet")
}
