//! Crash reports: when consulta panics, whatever the command, it writes a report (version,
//! command name, panic message, location, backtrace) to the user's state folder and says where
//! on stderr. The report holds no stakeholder text beyond the panic message: the command's
//! arguments are left out, only the subcommand's name is kept.
//!
//! The TUI adds its own layer on top (see `consulta::tui::run`): the terminal is restored
//! (mouse capture off, raw mode off, alternate screen left) before this hook prints.

use std::path::PathBuf;
use std::sync::OnceLock;

/// The subcommand that is running (`comment add`, `tui`…), for the report.
static COMMAND: OnceLock<String> = OnceLock::new();

/// Install the crash-report hook. Call first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_else(|| "(unknown)".into());
        let thread = std::thread::current()
            .name()
            .unwrap_or("(unnamed)")
            .to_string();
        let report = format!(
            "consulta {version} crashed\n\
             time:     {time}\n\
             system:   {os} {arch}\n\
             command:  {command}   (arguments are left out: they may hold stakeholders' words)\n\
             thread:   {thread}\n\
             panic:    {message}\n\
             location: {location}\n\
             \n\
             backtrace:\n{backtrace}\n",
            version = env!("CARGO_PKG_VERSION"),
            time = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ"),
            os = std::env::consts::OS,
            arch = std::env::consts::ARCH,
            command = COMMAND.get().map_or("(not yet known)", String::as_str),
            backtrace = std::backtrace::Backtrace::force_capture(),
        );
        // The word "panicked" is kept: scripts and tests look for it.
        eprintln!(
            "consulta: internal error: thread '{thread}' panicked at {location}: {}",
            consulta::sanitize::inline(&message)
        );
        match write_report(&report) {
            Ok(path) => {
                let path = path.display().to_string();
                let path = consulta::sanitize::inline(&path);
                if consulta::tui::active() {
                    eprintln!("{}", consulta::tui::strings::crash_report(&path));
                } else {
                    eprintln!(
                        "{}",
                        consulta::t!("cli-crash-report", path = path.to_string())
                    );
                }
            }
            Err(why) => {
                // The report itself stays in English: it is for whoever fixes the bug.
                eprintln!(
                    "{}\n{report}",
                    consulta::t!("cli-crash-no-report", why = why)
                );
            }
        }
    }));
}

/// Remember the running subcommand's name for the report.
pub fn set_command(name: &str) {
    let _ = COMMAND.set(name.to_string());
}

/// Where crash reports go: the user's state folder for consulta (`$XDG_STATE_HOME/consulta`,
/// else `~/.local/state/consulta` on Linux), or its local data folder where the system has no
/// state folder (`%LOCALAPPDATA%\consulta\data` on Windows, `~/Library/Application
/// Support/consulta` on macOS). `None` without a home folder.
fn state_dir() -> Option<PathBuf> {
    let dirs = consulta::folders::project()?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

/// Write the report in the state folder, falling back to the temporary folder.
fn write_report(report: &str) -> Result<PathBuf, String> {
    let name = format!(
        "crash-{}-{}.txt",
        jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ"),
        std::process::id()
    );
    let mut last = String::new();
    for dir in state_dir().into_iter().chain([std::env::temp_dir()]) {
        // A new file under a random name, renamed to its own only if nothing is there: a
        // link planted at the name in a shared temporary folder is never followed.
        match consulta::output_file::write_new(&dir, &name, report.as_bytes()) {
            Ok(path) => return Ok(path),
            Err(e) => last = format!("{}: {e}", dir.display()),
        }
    }
    Err(last)
}
