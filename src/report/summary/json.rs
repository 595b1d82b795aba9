//! The summary as JSON, written in pieces: the disposition table (nearly all of a large
//! summary's bytes) rendered on two threads and spliced into the streamed document.

use super::*;

/// Rows of the disposition table rendered per piece of [`write_json`].
const JSON_CHUNK_ROWS: usize = 1024;

/// Write `sum` as pretty JSON, byte for byte as `serde_json::to_writer_pretty` would, with
/// the disposition table (nearly all of a large summary's bytes) rendered on two threads, a
/// piece of [`JSON_CHUNK_ROWS`] rows at a time, and written as it comes: the whole text is
/// never held in memory.
pub fn write_json(sum: &mut Summary, out: &mut impl std::io::Write) -> std::io::Result<()> {
    write_json_chunked(sum, out, JSON_CHUNK_ROWS)
}

/// [`write_json`] with pieces of `chunk` rows.
#[doc(hidden)]
pub fn write_json_chunked<W: std::io::Write>(
    sum: &mut Summary,
    out: &mut W,
    chunk: usize,
) -> std::io::Result<()> {
    let rows = std::mem::take(&mut sum.dispositions);
    let rows = PutBack { rows, sum };
    // The summary without its table is written as it is serialised; where the empty table
    // appears, the real one goes in. Its key is at the top level (two spaces in), where every
    // key is unique and no string holds a raw newline.
    let mut splice = Splice {
        inner: out,
        pattern: b"\n  \"dispositions\": []",
        matched: 0,
        done: false,
        table: |out: &mut W| write_table(&rows, out, chunk),
    };
    serde_json::to_writer_pretty(&mut splice, &*rows.sum).map_err(std::io::Error::from)?;
    if splice.matched > 0 {
        let held = &splice.pattern[..splice.matched];
        splice.inner.write_all(held)?;
    }
    if !splice.done {
        return Err(std::io::Error::other(
            "the summary has no disposition table",
        ));
    }
    Ok(())
}

/// The disposition table, four spaces in for its place in the summary.
pub(super) fn write_table<W: std::io::Write>(
    rows: &[DispositionRow],
    out: &mut W,
    chunk: usize,
) -> std::io::Result<()> {
    if rows.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[\n")?;
    let pieces: Vec<&[DispositionRow]> = rows.chunks(chunk.max(1)).collect();
    std::thread::scope(|s| -> std::io::Result<()> {
        // The other thread renders the odd pieces, this one the even ones and writes all.
        let (tx, rx) = std::sync::mpsc::sync_channel::<std::io::Result<Vec<u8>>>(1);
        let odd: Vec<&[DispositionRow]> = pieces.iter().skip(1).step_by(2).copied().collect();
        s.spawn(move || {
            for piece in odd {
                if tx.send(render_rows(piece)).is_err() {
                    return;
                }
            }
        });
        for (i, piece) in pieces.iter().enumerate() {
            let text = if i % 2 == 0 {
                render_rows(piece)?
            } else {
                rx.recv()
                    .map_err(|_| std::io::Error::other("a rendering thread failed"))??
            };
            if i > 0 {
                out.write_all(b",\n")?;
            }
            out.write_all(&text)?;
        }
        Ok(())
    })?;
    out.write_all(b"\n  ]")
}

/// A writer that passes everything through to `inner`, except the first occurrence of
/// `pattern` (which starts with its only newline): its last two bytes, the empty table `[]`,
/// are replaced by what `table` writes.
struct Splice<'a, W, F> {
    inner: &'a mut W,
    pattern: &'static [u8],
    /// How many bytes of `pattern` the text written so far ends with (held back).
    matched: usize,
    done: bool,
    table: F,
}

impl<W: std::io::Write, F: FnMut(&mut W) -> std::io::Result<()>> std::io::Write
    for Splice<'_, W, F>
{
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            if self.done {
                self.inner.write_all(rest)?;
                break;
            }
            if self.matched == 0 {
                // Up to the next newline, nothing can match.
                let Some(nl) = memchr::memchr(b'\n', rest) else {
                    self.inner.write_all(rest)?;
                    break;
                };
                self.inner.write_all(&rest[..nl])?;
                self.matched = 1;
                rest = &rest[nl + 1..];
                continue;
            }
            let b = rest[0];
            if b == self.pattern[self.matched] {
                self.matched += 1;
                rest = &rest[1..];
                if self.matched == self.pattern.len() {
                    let keep = self.pattern.len() - 2;
                    self.inner.write_all(&self.pattern[..keep])?;
                    (self.table)(self.inner)?;
                    self.done = true;
                    self.matched = 0;
                }
            } else {
                // The held bytes were not the pattern; `b` is looked at afresh (the pattern's
                // only newline is its first byte).
                self.inner.write_all(&self.pattern[..self.matched])?;
                self.matched = 0;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Puts the disposition table back into its summary when dropped.
struct PutBack<'a> {
    rows: Vec<DispositionRow>,
    sum: &'a mut Summary,
}

impl Drop for PutBack<'_> {
    fn drop(&mut self) {
        self.sum.dispositions = std::mem::take(&mut self.rows);
    }
}

impl std::ops::Deref for PutBack<'_> {
    type Target = Vec<DispositionRow>;
    fn deref(&self) -> &Self::Target {
        &self.rows
    }
}

/// Rows as the elements of the table inside the summary: pretty JSON, four spaces in, joined
/// by `,\n`.
fn render_rows(rows: &[DispositionRow]) -> std::io::Result<Vec<u8>> {
    /// Appends to a buffer, four spaces after each newline.
    struct Indent<'a>(&'a mut Vec<u8>);
    impl std::io::Write for Indent<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let mut from = 0;
            for nl in memchr::memchr_iter(b'\n', buf) {
                self.0.extend_from_slice(&buf[from..=nl]);
                self.0.extend_from_slice(b"    ");
                from = nl + 1;
            }
            self.0.extend_from_slice(&buf[from..]);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = Vec::with_capacity(rows.len() * 1200);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        out.extend_from_slice(b"    ");
        serde_json::to_writer_pretty(Indent(&mut out), row).map_err(std::io::Error::from)?;
    }
    Ok(out)
}
