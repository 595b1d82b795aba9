//! Reading one working-tree file: never through a symbolic link put in its place, to its
//! very end, and no further than [`MAX_FILE_BYTES`]. The Unix reader opens each file by its
//! name in its folder (`openat`); other systems take a portable twin.

use std::fs;
use std::path::Path;

use super::read::MAX_FILE_BYTES;
use crate::model::Problem;

/// The folder the last file was read from, kept open, so that the next file in it is opened
/// by its name alone (no walk of the whole path) and the name buffer is reused.
#[cfg(unix)]
#[derive(Default)]
pub(super) struct Folder {
    rel: String,
    fd: Option<std::os::fd::OwnedFd>,
    name: Vec<u8>,
}

#[cfg(unix)]
impl Folder {
    pub(super) fn new() -> Folder {
        Folder::default()
    }

    /// Open `path` (relative to `root`) for reading without following a link in its last part.
    fn open(&mut self, root: &Path, path: &str) -> std::io::Result<fs::File> {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        use std::os::unix::fs::OpenOptionsExt;
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
        let dirfd = match &self.fd {
            Some(fd) if self.rel == dir => fd.as_raw_fd(),
            _ => {
                self.fd = None;
                let d = fs::OpenOptions::new()
                    .read(true)
                    .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW)
                    .open(root.join(dir))?;
                self.rel.clear();
                self.rel.push_str(dir);
                self.fd.insert(OwnedFd::from(d)).as_raw_fd()
            }
        };
        self.name.clear();
        self.name.extend_from_slice(name.as_bytes());
        self.name.push(0);
        let name = std::ffi::CStr::from_bytes_with_nul(&self.name)
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        // SAFETY: `name` is NUL-terminated and outlives the call; `dirfd` is open.
        let fd = unsafe {
            libc::openat(
                dirfd,
                name.as_ptr(),
                libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
            )
        };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: `fd` was just opened and is owned by nobody else.
        Ok(fs::File::from(unsafe { OwnedFd::from_raw_fd(fd) }))
    }
}

/// Whether opening a file failed because a symbolic link stands in its place.
#[cfg(unix)]
fn is_link_refused(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::ELOOP)
}

/// The portable twin of the Unix reader above, for systems without `openat`: each file is
/// opened by its whole path, after a look at what stands there. Between the look and the
/// opening a link could be put in the file's place; the Unix reader closes that gap, this one
/// narrows it to a system call.
#[cfg(not(unix))]
pub(super) struct Folder;

#[cfg(not(unix))]
impl Folder {
    pub(super) fn new() -> Folder {
        Folder
    }

    /// Open `path` (relative to `root`) for reading, refusing a symbolic link (or any other
    /// reparse point Rust reports as one) in its last part.
    fn open(&mut self, root: &Path, path: &str) -> std::io::Result<fs::File> {
        let abs = root.join(path);
        if fs::symlink_metadata(&abs)?.file_type().is_symlink() {
            return Err(std::io::Error::other(LinkRefused));
        }
        fs::File::open(abs)
    }
}

/// The error of the portable reader for a symbolic link in a file's place.
#[cfg(not(unix))]
#[derive(Debug)]
struct LinkRefused;

#[cfg(not(unix))]
impl std::fmt::Display for LinkRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("is a symbolic link")
    }
}

#[cfg(not(unix))]
impl std::error::Error for LinkRefused {}

/// Whether opening a file failed because a symbolic link stands in its place.
#[cfg(not(unix))]
fn is_link_refused(e: &std::io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<LinkRefused>())
}

/// Read the working-tree file `path` (relative to `root`) into `buf`, returning its length;
/// refuses a symbolic link put in its place and anything over [`MAX_FILE_BYTES`]. `buf` is
/// scratch space, reused from file to file.
pub(super) fn read_capped(
    root: &Path,
    path: &str,
    folder: &mut Folder,
    buf: &mut Vec<u8>,
) -> std::result::Result<usize, Problem> {
    let mut file = match folder.open(root, path) {
        Ok(f) => f,
        Err(e) if is_link_refused(&e) => {
            return Err(Problem::file(path, crate::t!("lib-symlink-replace")))
        }
        Err(e) => {
            return Err(Problem::file(
                path,
                crate::t!("lib-cannot-read", error = e.to_string()),
            ))
        }
    };
    match read_limited(&mut file, buf) {
        Ok(Some(n)) => Ok(n),
        Ok(None) => {
            let size = file.metadata().map_or(buf.len() as u64, |m| m.len());
            Err(Problem::file(
                path,
                crate::t!(
                    "lib-file-too-big-skipped",
                    size = size,
                    max = MAX_FILE_BYTES
                ),
            ))
        }
        Err(e) => Err(Problem::file(
            path,
            crate::t!("lib-cannot-read", error = e.to_string()),
        )),
    }
}

/// Read `reader` to its end into `buf` (cleared first): `Some(length)`, or `None` when it holds
/// more than [`MAX_FILE_BYTES`] (then no more than one byte over the limit is read). Reads
/// until one returns nothing: a read that returns less than was asked is not the end on every
/// file system (network and FUSE file systems return short reads mid-file).
fn read_limited(
    reader: &mut impl std::io::Read,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<usize>> {
    use std::io::Read;
    buf.clear();
    reader.take(MAX_FILE_BYTES + 1).read_to_end(buf)?;
    Ok((buf.len() as u64 <= MAX_FILE_BYTES).then_some(buf.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out at most `step` bytes per read, as network and FUSE file
    /// systems may.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(out.len()).min(self.data.len());
            out[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn short_reads_are_not_the_end_of_the_file() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let mut buf = vec![9; 10];
        for step in [1, 7, 4096, 100_000] {
            let mut r = Trickle { data: &data, step };
            assert_eq!(read_limited(&mut r, &mut buf).unwrap(), Some(data.len()));
            assert_eq!(buf, data, "step {step}");
        }
    }

    #[test]
    fn the_limit_is_exact() {
        let limit = MAX_FILE_BYTES as usize;
        let at = vec![b' '; limit];
        let mut buf = Vec::new();
        let mut r = Trickle {
            data: &at,
            step: 1 << 20,
        };
        assert_eq!(read_limited(&mut r, &mut buf).unwrap(), Some(limit));
        let over = vec![b' '; limit + 1];
        let mut r = Trickle {
            data: &over,
            step: 3 << 20,
        };
        assert_eq!(read_limited(&mut r, &mut buf).unwrap(), None);
    }
}
