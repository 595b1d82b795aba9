//! The terminal UI: the stakeholder's Read view (section list, reader, comment panel),
//! annotating (select, comment, propose wording, reply), finding (search, filters, commented
//! passages), over the same library calls the CLI uses.
//!
//! [`app::App`] routes: it holds the loaded consultation, the view on screen, the popups, the
//! background jobs and the status line. Each view (`views/`) and popup (`modals/`) owns its
//! state, handles its own keys and draws itself from that state and a read-only [`ctx::Ctx`].
//! Everything is testable without a terminal: `App::new(loaded)`, `app.handle_key(..)`,
//! `draw(&app, frame)` on a `TestBackend`, or a component on its own.

pub mod action;
pub mod app;
pub mod ctx;
pub mod data;
pub mod doc;
pub mod editor;
pub mod jobs;
pub mod keys;
pub mod layout;
pub mod modals;
pub mod strings;
#[cfg(test)]
mod testing;
pub mod theme;
pub mod view;
pub mod views;
pub mod widgets;

/// The triage view, under its old path.
pub use views::triage;

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyModifiers,
};

pub use app::{draw, Action, App};
pub use data::{load, load_with, Loaded};

/// What `consulta` (without a subcommand) starts the TUI on.
pub struct Launch {
    /// A folder holding a consultation with at least one round.
    pub repo_dir: PathBuf,
    /// A line to show while nothing else is said (e.g. that this is the bundled sample).
    pub banner: Option<String>,
}

enum LoadMsg {
    Progress(String),
    Done(Box<crate::Result<Loaded>>),
}

/// Whether the TUI holds the terminal (for the binary's crash report, which then says that
/// an unfinished comment is kept).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether the TUI is running in this process.
pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// A deliberate panic, to test crash reports and the terminal's restoration on the real
/// binary: with the environment variable `CONSULTA_DEBUG_PANIC` set (to anything but empty
/// or `0`), consulta panics at the start of any subcommand, and in the TUI after the first
/// frame of the loaded consultation. `point` names the place in the panic message, whose
/// location is the caller's.
#[track_caller]
pub fn debug_panic(point: &str) {
    if std::env::var_os("CONSULTA_DEBUG_PANIC").is_some_and(|v| !v.is_empty() && v != "0") {
        panic!("deliberate panic at {point} (CONSULTA_DEBUG_PANIC is set)");
    }
}

/// On a panic, give the terminal back (mouse capture off, raw mode off, the alternate screen
/// left) before the next hook (the binary's crash report) prints.
fn restore_terminal_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if active() {
            let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
            ratatui::restore();
        }
        previous(info);
    }));
}

/// Run the TUI until the stakeholder quits.
///
/// A panic restores the terminal first; the binary installs the crash report that then
/// says where it was written.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    let mut terminal = ratatui::init();
    restore_terminal_on_panic();
    ACTIVE.store(true, Ordering::Relaxed);
    let _ = crossterm::execute!(std::io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, launch);
    let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    ACTIVE.store(false, Ordering::Relaxed);
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, launch: Launch) -> anyhow::Result<()> {
    let theme = theme::Theme::from_env();
    let (tx, rx) = mpsc::channel();
    let dir = launch.repo_dir.clone();
    std::thread::spawn(move || {
        let progress_tx = tx.clone();
        let res = data::load(&dir, &mut |p| {
            let _ = progress_tx.send(LoadMsg::Progress(p.to_string()));
        });
        let _ = tx.send(LoadMsg::Done(Box::new(res)));
    });
    let started = Instant::now();
    let mut progress = strings::loading_start();
    let loaded = loop {
        terminal.draw(|f| {
            view::draw_loading(
                f,
                &progress,
                started.elapsed().as_secs_f64(),
                launch.banner.as_deref(),
                &theme,
            )
        })?;
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(LoadMsg::Progress(p)) => progress = p,
            Ok(LoadMsg::Done(res)) => {
                break (*res).map_err(|e| anyhow::anyhow!(strings::load_failed(&e.to_string())))?
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                anyhow::bail!(strings::load_failed(&crate::t!("tui-loader-stopped")))
            }
        }
        while event::poll(Duration::ZERO)? {
            if let Event::Key(k) = event::read()? {
                let ctrl_c =
                    k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL);
                if k.code == KeyCode::Char('q') || ctrl_c {
                    return Ok(());
                }
            }
        }
    };
    let mut app = App::new(loaded);
    app.banner = launch.banner;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while !app.quit {
        terminal.draw(|f| draw(&app, f))?;
        debug_panic("the TUI's event loop");
        if event::poll(Duration::from_millis(100))? {
            match event::read()? {
                Event::Key(k)
                    if k.code == KeyCode::Char('c')
                        && k.modifiers.contains(KeyModifiers::CONTROL) =>
                {
                    app.update(Action::Run(keys::Command::Quit));
                }
                Event::Key(k) => app.handle_key(k),
                Event::Mouse(m) => app.update(Action::Mouse(m)),
                Event::Resize(w, h) => app.update(Action::Resize(w, h)),
                _ => {}
            }
        }
        app.poll();
        if let Some(app::Effect::Editor(text)) = app.effect.take() {
            let res = edit_externally(&text, &launch.repo_dir);
            *terminal = ratatui::init();
            let _ = crossterm::execute!(std::io::stdout(), EnableMouseCapture);
            terminal.clear()?;
            app.update(Action::EditorDone(res));
        }
    }
    Ok(())
}

/// Suspend the terminal, edit `text` in the user's editor (chosen as git chooses it, see
/// [`editor::choose`]), and return the result.
fn edit_externally(text: &str, repo_dir: &std::path::Path) -> Result<String, String> {
    let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    let editor = editor::choose(|v| std::env::var(v).ok(), editor::core_editor(repo_dir));
    // A file of its own with an unpredictable name, readable by this user only on Unix;
    // closed before the editor opens it (Windows editors may not open a file held open) and
    // removed when `path` is dropped.
    let mut file = tempfile::Builder::new()
        .prefix("consulta-comment-")
        .suffix(".md")
        .tempfile()
        .map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    let path = file.into_temp_path();
    let status = editor::run(&editor, &path)?;
    if !status.success() {
        return Err(format!("{editor} exited with {status}"));
    }
    std::fs::read_to_string(&path).map_err(|e| e.to_string())
}
