//! Shared helpers of the TUI tests: a real demo repository in a temporary folder with a
//! stakeholder identity in its git config, and the screen as text.
#![allow(dead_code)]

use std::path::Path;

use consulta::tui::{app::Action, draw, App};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

pub const NAME: &str = "Test Stakeholder";
pub const EMAIL: &str = "stakeholder@test.example";

/// The bundled sample as a git repository in `dir`, with a complete identity in its config.
pub fn demo(dir: &Path) {
    consulta::sample::build_demo(dir, &mut |_| {}).expect("build the demo");
    set_identity(dir);
}

pub fn set_identity(dir: &Path) {
    let repo = git2::Repository::open(dir).expect("open");
    let mut cfg = repo
        .config()
        .expect("config")
        .open_level(git2::ConfigLevel::Local)
        .expect("local");
    for (k, v) in [
        ("user.name", NAME),
        ("user.email", EMAIL),
        ("consulta.organisation", "Test University"),
        ("consulta.category", "higher-education"),
        ("consulta.country", "UY"),
    ] {
        cfg.set_str(k, v).expect("set");
    }
}

/// A loaded app at `w`×`h`, colours off.
pub fn app(dir: &Path, w: u16, h: u16) -> App {
    let loaded = consulta::tui::load(dir, &mut |_| {}).expect("load");
    let mut app = App::new(loaded);
    app.theme = consulta::tui::theme::Theme::new(false);
    app.update(Action::Resize(w, h));
    app
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

pub fn ch(app: &mut App, c: char) {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    app.handle_key(KeyEvent::new(KeyCode::Char(c), mods));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        ch(app, c);
    }
}

/// The screen as text, one line per row, wide characters counted once.
pub fn screen(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| draw(app, f)).expect("draw");
    buffer_text(term.backend().buffer())
}

pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = sym.width().saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
