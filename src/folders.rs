//! The user's folders for consulta, as each system places them (the XDG base directories on
//! Linux, Known Folders on Windows, `~/Library` on macOS), through the `directories` crate.

/// consulta's folders for this user; `None` when the system names no home folder.
pub fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "consulta")
}
