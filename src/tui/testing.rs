//! For the components' unit tests: the bundled sample loaded from a temporary repository,
//! a context over it, and keys. Components are tested on their own, without an `App`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::ctx::Ctx;
use super::data::Loaded;
use super::modals::search::Search;
use super::theme::Theme;

pub const EMAIL: &str = "stakeholder@test.example";
pub const SECRETARIAT: &str = "secretariat@rihes.example";

/// The sample consultation in a temporary folder, loaded as `email` with a complete identity.
pub fn sample_as(email: &str) -> (tempfile::TempDir, Loaded) {
    let tmp = tempfile::tempdir().expect("temp dir");
    crate::sample::build_demo(tmp.path(), &mut |_| {}).expect("the sample");
    let repo = git2::Repository::open(tmp.path()).expect("open");
    let mut cfg = repo
        .config()
        .and_then(|c| c.open_level(git2::ConfigLevel::Local))
        .expect("config");
    for (k, v) in [
        ("user.name", "Test Person"),
        ("user.email", email),
        ("consulta.organisation", "Test University"),
        ("consulta.category", "higher-education"),
        ("consulta.country", "UY"),
    ] {
        cfg.set_str(k, v).expect("set");
    }
    let loaded = super::data::load(tmp.path(), &mut |_| {}).expect("load");
    (tmp, loaded)
}

/// The sample, loaded as a stakeholder.
pub fn sample() -> (tempfile::TempDir, Loaded) {
    sample_as(EMAIL)
}

/// The colourless theme, as the snapshot tests use.
pub fn theme() -> &'static Theme {
    static THEME: std::sync::OnceLock<Theme> = std::sync::OnceLock::new();
    THEME.get_or_init(|| Theme::new(false))
}

/// A context over `data` at 100×30, with no search and no comment being written.
pub fn ctx<'a>(data: &'a Loaded, search: &'a Search) -> Ctx<'a> {
    Ctx {
        data,
        theme: theme(),
        size: (100, 30),
        composing: false,
        search,
    }
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}
