//! Git objects written straight into pack files, for `consulta demo`'s synthetic consultations.
//!
//! A million comments are a million blobs and some thousands of trees and commits. Made through
//! libgit2 they cost most of the generation's time (`perf`): every object written looks for
//! itself in each pack already there (reading the pack folder again on every miss), is hashed
//! with collision detection, then compressed by the pack builder and inflated and hashed again
//! by the indexer. No crate writes a git pack short of a whole second git library (gitoxide's
//! `gix-pack`, beside the libgit2 we use), and the format is small (git's
//! `Documentation/gitformat-pack.txt`): so it is written here. A [`PackFile`] gathers compressed
//! objects in memory and [`PackFile::finish`] writes `pack-<checksum>.pack` and its version 2
//! `.idx` into the repository's pack folder, each under a temporary name renamed into place
//! (the index last: git and libgit2 find packs by their index).
//!
//! Objects are stored whole (no deltas) and compressed at zlib's fastest level: the packs are a
//! little larger than git's, and any git reads them (`git fsck` checks them in the tests).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use flate2::write::ZlibEncoder;
use flate2::Compression;
use sha1::{Digest, Sha1};

/// A git object's kind, with its number in a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Commit = 1,
    Tree = 2,
    Blob = 3,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Commit => "commit",
            Kind::Tree => "tree",
            Kind::Blob => "blob",
        }
    }
}

/// The id git gives an object of `kind` holding `data`: the SHA-1 of its header and content.
pub fn object_id(kind: Kind, data: &[u8]) -> [u8; 20] {
    let mut h = Sha1::new();
    h.update(kind.name().as_bytes());
    h.update(b" ");
    h.update(data.len().to_string().as_bytes());
    h.update([0]);
    h.update(data);
    h.finalize().into()
}

/// A tree's content from its entries: `(mode, name, id)`, where mode is git's octal text
/// (`100644` for a file, `40000` for a folder). Entries must already be in git's order.
pub fn tree_data<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a str, &'a [u8; 20])>,
) -> Vec<u8> {
    let mut out = Vec::new();
    for (mode, name, id) in entries {
        out.extend_from_slice(mode.as_bytes());
        out.push(b' ');
        out.extend_from_slice(name.as_bytes());
        out.push(0);
        out.extend_from_slice(id);
    }
    out
}

/// Objects gathered for one pack.
pub struct PackFile {
    folder: PathBuf,
    /// The pack's objects as stored, without the 12-byte header.
    body: Vec<u8>,
    /// Each object's id, the CRC-32 of its stored bytes, and its offset in the pack.
    entries: Vec<([u8; 20], u32, u64)>,
}

const HEADER: usize = 12;

impl PackFile {
    /// Objects to be written into `folder` (a repository's `objects/pack`).
    pub fn new(folder: &Path) -> Self {
        PackFile {
            folder: folder.to_path_buf(),
            body: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// Add an object whose id is `id` (from [`object_id`]).
    pub fn add(&mut self, kind: Kind, id: [u8; 20], data: &[u8]) {
        let start = self.body.len();
        // The header: the kind and the size, seven bits at a time after the first four.
        let mut size = data.len() as u64;
        let mut byte = ((kind as u8) << 4) | (size & 0x0f) as u8;
        size >>= 4;
        while size > 0 {
            self.body.push(byte | 0x80);
            byte = (size & 0x7f) as u8;
            size >>= 7;
        }
        self.body.push(byte);
        let mut z = ZlibEncoder::new(std::mem::take(&mut self.body), Compression::fast());
        // Writing into a Vec cannot fail.
        let _ = z.write_all(data);
        self.body = z.finish().unwrap_or_default();
        let crc = crc32fast::hash(&self.body[start..]);
        self.entries.push((id, crc, (HEADER + start) as u64));
    }

    /// Write the pack and its index, and start an empty pack. Returns the pack's path, or
    /// `None` when there was nothing to write.
    pub fn finish(&mut self) -> io::Result<Option<PathBuf>> {
        if self.entries.is_empty() {
            return Ok(None);
        }
        let body = std::mem::take(&mut self.body);
        let mut entries = std::mem::take(&mut self.entries);
        let mut header = Vec::with_capacity(HEADER);
        header.extend_from_slice(b"PACK");
        header.extend_from_slice(&2u32.to_be_bytes());
        header.extend_from_slice(&(entries.len() as u32).to_be_bytes());
        let mut h = Sha1::new();
        h.update(&header);
        h.update(&body);
        let checksum: [u8; 20] = h.finalize().into();
        let name = format!("pack-{}", hex(&checksum));

        entries.sort_unstable_by_key(|e| e.0);
        if entries.windows(2).any(|w| w[0].0 == w[1].0) {
            // The same object added twice: keep one (both copies are in the pack, which git
            // allows; the index names each object once).
            entries.dedup_by(|a, b| a.0 == b.0);
        }
        let mut idx = Vec::with_capacity(8 + 1024 + entries.len() * 28 + 40);
        idx.extend_from_slice(b"\xfftOc");
        idx.extend_from_slice(&2u32.to_be_bytes());
        let mut fanout = [0u32; 256];
        for (id, _, _) in &entries {
            fanout[id[0] as usize] += 1;
        }
        let mut total = 0u32;
        for n in fanout {
            total += n;
            idx.extend_from_slice(&total.to_be_bytes());
        }
        for (id, _, _) in &entries {
            idx.extend_from_slice(id);
        }
        for (_, crc, _) in &entries {
            idx.extend_from_slice(&crc.to_be_bytes());
        }
        // Offsets past 2 GiB go into a table of 64-bit offsets, pointed to with the top bit.
        let mut large: Vec<u64> = Vec::new();
        for &(_, _, offset) in &entries {
            let small = if offset < 0x8000_0000 {
                offset as u32
            } else {
                large.push(offset);
                0x8000_0000 | (large.len() - 1) as u32
            };
            idx.extend_from_slice(&small.to_be_bytes());
        }
        for offset in large {
            idx.extend_from_slice(&offset.to_be_bytes());
        }
        idx.extend_from_slice(&checksum);
        let idx_sum: [u8; 20] = Sha1::digest(&idx).into();
        idx.extend_from_slice(&idx_sum);

        let pack = self.folder.join(format!("{name}.pack"));
        self.put(&pack, &[&header, &body, &checksum])?;
        self.put(&self.folder.join(format!("{name}.idx")), &[&idx])?;
        Ok(Some(pack))
    }

    fn put(&self, path: &Path, parts: &[&[u8]]) -> io::Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix("tmp_pack_")
            .tempfile_in(&self.folder)?;
        for p in parts {
            tmp.write_all(p)?;
        }
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Lower-case hexadecimal, as git writes object ids.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_gits() {
        let repo_dir = tempfile::tempdir().unwrap();
        let repo = git2::Repository::init(repo_dir.path()).unwrap();
        let data = b"a comment\n";
        assert_eq!(
            object_id(Kind::Blob, data),
            repo.blob(data).unwrap().as_bytes()
        );
        let blob: [u8; 20] = object_id(Kind::Blob, data);
        let tree = tree_data([("100644", "a.json", &blob)]);
        let mut tb = repo.treebuilder(None).unwrap();
        tb.insert("a.json", git2::Oid::from_bytes(&blob).unwrap(), 0o100644)
            .unwrap();
        assert_eq!(object_id(Kind::Tree, &tree), tb.write().unwrap().as_bytes());
    }

    #[test]
    fn packs_are_read_by_libgit2() {
        let repo_dir = tempfile::tempdir().unwrap();
        let repo = git2::Repository::init(repo_dir.path()).unwrap();
        let mut pack = PackFile::new(&repo.path().join("objects/pack"));
        assert!(pack.finish().unwrap().is_none(), "nothing to write");
        let mut ids = Vec::new();
        for i in 0..300 {
            // Sizes across the header's one-, two- and three-byte forms.
            let data = "x".repeat(i * i);
            let id = object_id(Kind::Blob, data.as_bytes());
            pack.add(Kind::Blob, id, data.as_bytes());
            ids.push((id, data));
        }
        let written = pack.finish().unwrap().unwrap();
        assert!(pack.finish().unwrap().is_none(), "a new pack starts empty");
        assert!(written.with_extension("idx").exists());
        let odb = repo.odb().unwrap();
        for (id, data) in ids {
            let obj = odb.read(git2::Oid::from_bytes(&id).unwrap()).unwrap();
            assert_eq!(obj.kind(), git2::ObjectType::Blob);
            assert_eq!(obj.data(), data.as_bytes());
        }
    }
}
