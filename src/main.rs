//! The `consulta` command: subcommands for scripts, or the TUI when none is given.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
