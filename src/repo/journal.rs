//! The intent journal, `.git/consulta/journal`: the paths a write is about to touch, recorded
//! (and flushed) under the writer lock before the first byte of the write, and removed when the
//! write, its commit and git's index update are all done.
//!
//! A write stopped at any moment leaves the journal behind, and the next writer settles exactly
//! the paths it names (see `Store::recover_locked`). Without a journal there is nothing to
//! settle, so a write costs the same with 100 comments or a million: before the journal, every
//! write searched `comments/` for what a stopped process might have left, one `stat` per file.
//!
//! The format is plain text: a first line `consulta-journal 1`, then one repository-relative
//! path per line. Lines are only ever appended while the lock is held.

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use super::write::{nothing_written, write_error};
use super::Store;
use crate::Result;

const HEADER: &str = "consulta-journal 1\n";

impl Store {
    fn journal_path(&self) -> PathBuf {
        self.repo.path().join("consulta").join("journal")
    }

    /// Records that the paths are about to be written, for a caller that holds the writer lock:
    /// appended to the journal and flushed to disk (a power cut after the files reach the disk
    /// must not lose the record of them).
    pub(crate) fn journal_begin_locked<'a>(
        &self,
        paths: impl IntoIterator<Item = &'a str>,
    ) -> Result<()> {
        let path = self.journal_path();
        let mut text = String::new();
        let new = !path.exists();
        if new {
            text.push_str(HEADER);
        }
        for p in paths {
            // A path is one line; a path with a line break cannot be written by consulta
            // (safe_relative refuses it), and is left out rather than split.
            if !p.contains(['\n', '\r']) {
                text.push_str(p);
                text.push('\n');
            }
        }
        let mut file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| nothing_written(write_error(&path, e)))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_data())
            .map_err(|e| nothing_written(write_error(&path, e)))?;
        if new {
            // The journal's name in its folder must survive a power cut too.
            if let Some(d) = path.parent().and_then(|d| fs::File::open(d).ok()) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }

    /// The write is done: the journal goes. Best effort: a journal left behind only makes the
    /// next write look at its paths again, and find nothing to do.
    pub(crate) fn journal_end_locked(&self) {
        let _ = fs::remove_file(self.journal_path());
    }

    /// The paths the journal names, each once, in order (empty without a journal).
    pub(crate) fn journal_paths_locked(&self) -> Vec<String> {
        let Ok(text) = fs::read_to_string(self.journal_path()) else {
            return Vec::new();
        };
        let mut seen = std::collections::HashSet::new();
        text.lines()
            .skip_while(|l| l.starts_with("consulta-journal"))
            .filter(|l| !l.is_empty() && seen.insert(*l))
            .map(str::to_string)
            .collect()
    }
}
