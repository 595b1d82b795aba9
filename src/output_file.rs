//! Files consulta writes outside the repository, where the user asked: `-o FILE` (summaries,
//! exports, the commenting template, `send`'s bundle), the TUI's export and crash reports.
//!
//! The target is written as a shell redirection would, but never half-way:
//! - absent, or a regular file with no other hard link: a new file is made beside it under a
//!   random name (the `tempfile` crate: `O_EXCL`, so nothing planted at that name is
//!   followed), written, flushed and renamed over the target, which keeps the old file's
//!   permissions;
//! - a regular file with other hard links: written in place, as editors do, so that every
//!   name still sees the same file;
//! - a FIFO, a device and anything else that is not a regular file: written to directly
//!   (`/dev/null` stays a device);
//! - a symbolic link: followed to its target, which is then written as above; the link
//!   itself is never replaced;
//! - a folder (or a link to one): refused, nothing written;
//! - `-`: standard output.
//!
//! Files inside the repository go through [`crate::repo::write`] instead: that writer keeps
//! the undo journal of an interrupted write.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::repo::write::{rename_replacing, write_error};
use crate::{Error, Result};

/// How many symbolic links are followed before giving up (as the system does: `ELOOP`).
const MAX_LINKS: usize = 40;

/// Is `path` the name for standard output (`-`)?
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Write `bytes` to `path` (see the module's documentation for what each kind of target gets).
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with(path, &mut |w| w.write_all(bytes))
}

/// Write what `fill` writes to `path`, as [`write`] does. `fill` may be called once only.
pub fn write_with(
    path: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    if is_stdout(path) {
        let mut out = io::stdout().lock();
        return match fill(&mut out).and_then(|()| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            r => r.map_err(|e| Error::io("standard output", e)),
        };
    }
    let target = follow_links(path).map_err(|e| Error::io(path, e))?;
    match fs::symlink_metadata(&target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => replace(&target, None, fill),
        Err(e) => Err(Error::io(&target, e)),
        Ok(m) if m.is_dir() => Err(is_a_folder(path)),
        Ok(m) if m.is_file() && links(&m) > 1 => in_place(&target, true, fill),
        Ok(m) if m.is_file() => replace(&target, Some(&m), fill),
        // A FIFO, a device, a socket: written to as it is.
        Ok(_) => in_place(&target, false, fill),
    }
}

/// Refuse a target that is a folder (or a link to one) before any work is done for it.
pub fn refuse_folder(path: &Path) -> Result<()> {
    if !is_stdout(path) && fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(is_a_folder(path));
    }
    Ok(())
}

fn is_a_folder(path: &Path) -> Error {
    Error::Refused(crate::t!(
        "err-output-is-folder",
        path = path.display().to_string()
    ))
}

/// Write a new file `name` in `dir` (made if missing) and never over anything already there,
/// a symbolic link included: for files whose name consulta chooses, such as crash reports.
pub fn write_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    let path = dir.join(name);
    tmp.persist_noclobber(&path).map_err(|e| e.error)?;
    Ok(path)
}

/// The file that `path` names once every symbolic link is followed (a link's relative target
/// is read from the link's folder). A dangling link gives the missing path it points to,
/// which is then created, as a shell redirection does.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(io::Error::other(crate::t!(
        "err-output-too-many-links",
        count = MAX_LINKS
    )))
}

/// How many names the file has (always 1 where the system does not say).
fn links(m: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(m)
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        1
    }
}

/// Write the file itself: truncated first when it is a regular file.
fn in_place(
    target: &Path,
    regular: bool,
    fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .truncate(regular)
            .open(target)?;
        fill(&mut f)?;
        f.flush()?;
        if regular {
            f.sync_all()?;
        }
        Ok(())
    })();
    result.map_err(|e| write_error(target, e))
}

/// Write a new file beside `target` under a random name and rename it over `target`, with the
/// permissions (and, where the system allows, the owner) of the file it replaces, if any.
fn replace(
    target: &Path,
    old: Option<&fs::Metadata>,
    fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if old.is_none() {
        fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
    }
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy());
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets what a shell redirection gives (0666 less the umask).
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let result = (|| {
        let mut tmp = builder.tempfile_in(dir)?;
        fill(tmp.as_file_mut())?;
        tmp.as_file_mut().flush()?;
        if let Some(m) = old {
            keep_owner_and_mode(tmp.as_file(), m);
        }
        tmp.as_file().sync_all()?;
        let (_, tmp_path) = tmp.keep().map_err(|e| e.error)?;
        if let Err(e) = rename_replacing(&tmp_path, target) {
            let _ = fs::remove_file(&tmp_path);
            return Err(e);
        }
        #[cfg(unix)]
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e| write_error(target, e))
}

/// Give the new file `f` the old file's permissions, and its owner and group when this
/// process may (root writing a user's file); failures to change the owner are ignored, as
/// editors ignore them.
fn keep_owner_and_mode(f: &fs::File, old: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(f, Some(old.uid()), Some(old.gid()));
    }
    let _ = f.set_permissions(old.permissions());
}
