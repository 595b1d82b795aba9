//! Files written only where asked: `summary -o`, `export -o` and `template -o` write the file
//! the user named as a shell redirection would, and never half-way. A link is followed, never
//! replaced; a FIFO or a device is written to; a second hard link sees the new content; the
//! old file's permissions are kept; a folder is refused; `-` is standard output. Each test
//! compares the whole output folder before and after: nothing else is touched.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::*;

/// The summary says when it was generated, to the second: that line is left out when two
/// summaries are compared.
fn norm(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("Generated "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A file's text, as [`norm`] compares it.
fn read(p: impl AsRef<Path>) -> String {
    norm(&String::from_utf8_lossy(&fs::read(p).unwrap()))
}

/// What a folder holds, entry by entry: a link's target, a file's permissions and content.
fn listing(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let p = e.path();
        let m = fs::symlink_metadata(&p).unwrap();
        let t = m.file_type();
        let what = if t.is_symlink() {
            format!("link -> {}", fs::read_link(&p).unwrap().display())
        } else if t.is_dir() {
            format!("folder {:?}", listing(&p))
        } else if t.is_file() {
            format!("file {} {}", mode(&m), read(&p))
        } else {
            "special".into()
        };
        out.insert(name, what);
    }
    out
}

#[cfg(unix)]
fn mode(m: &fs::Metadata) -> String {
    use std::os::unix::fs::PermissionsExt;
    format!("{:o}", m.permissions().mode() & 0o7777)
}

#[cfg(not(unix))]
fn mode(m: &fs::Metadata) -> String {
    format!("readonly={}", m.permissions().readonly())
}

/// The sample, its summary as `summary` prints it, and an empty folder for the outputs.
fn setup() -> (Env, String, PathBuf) {
    let env = Env::demo();
    let out = env.run(&["summary"]);
    out.ok();
    let summary = norm(&out.stdout);
    assert!(summary.contains("# "), "{out:?}");
    let dir = env.root().join("out");
    fs::create_dir(&dir).unwrap();
    (env, summary, dir)
}

fn summary_to(env: &Env, target: &Path) -> Out {
    env.run(&["summary", "-o", target.to_str().unwrap()])
}

#[test]
fn a_new_file_is_written_and_nothing_else() {
    let (env, summary, dir) = setup();
    let target = dir.join("summary.md");
    summary_to(&env, &target).ok().stderr_has("Wrote ");
    assert_eq!(read(&target), summary);
    assert_eq!(
        listing(&dir).keys().collect::<Vec<_>>(),
        ["summary.md"],
        "a temporary file was left behind"
    );
    // Written again over itself: still one file.
    summary_to(&env, &target).ok();
    assert_eq!(listing(&dir).len(), 1);
}

#[test]
fn dash_is_standard_output() {
    let (env, summary, _) = setup();
    let out = env.run(&["summary", "-o", "-"]);
    out.ok();
    assert_eq!(norm(&out.stdout), summary);
    assert!(!out.stderr.contains("Wrote"), "{out:?}");
    assert!(!env.path("-").exists(), "a file named - was written");
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn a_folder_is_refused_and_nothing_written() {
    let (env, _, dir) = setup();
    let folder = dir.join("reports");
    fs::create_dir(&folder).unwrap();
    let before = listing(&dir);
    summary_to(&env, &folder).code(1).stderr_has("is a folder");
    assert_eq!(listing(&dir), before);
}

#[cfg(unix)]
#[test]
fn a_link_to_a_folder_is_refused_and_nothing_written() {
    let (env, _, dir) = setup();
    let folder = dir.join("reports");
    fs::create_dir(&folder).unwrap();
    std::os::unix::fs::symlink("reports", dir.join("latest")).unwrap();
    let before = listing(&dir);
    summary_to(&env, &dir.join("latest"))
        .code(1)
        .stderr_has("is a folder");
    assert_eq!(listing(&dir), before);
}

#[cfg(unix)]
#[test]
fn a_link_is_followed_and_kept() {
    use std::os::unix::fs::symlink;
    let (env, summary, dir) = setup();
    fs::create_dir(dir.join("real")).unwrap();
    fs::write(dir.join("real/summary.md"), "old\n").unwrap();
    symlink("real/summary.md", dir.join("summary.md")).unwrap();
    let mut want = listing(&dir);
    summary_to(&env, &dir.join("summary.md")).ok();
    assert_eq!(
        fs::read_link(dir.join("summary.md")).unwrap(),
        Path::new("real/summary.md"),
        "the link was replaced"
    );
    assert_eq!(read(dir.join("real/summary.md")), summary);
    want.insert(
        "real".into(),
        format!(
            "folder {:?}",
            BTreeMap::from([(
                "summary.md".to_string(),
                format!(
                    "file {} {summary}",
                    mode(&fs::metadata(dir.join("real/summary.md")).unwrap())
                )
            )])
        ),
    );
    assert_eq!(listing(&dir), want);
}

#[cfg(unix)]
#[test]
fn a_dangling_link_makes_its_target_as_a_redirection_does() {
    let (env, summary, dir) = setup();
    std::os::unix::fs::symlink("made.md", dir.join("summary.md")).unwrap();
    summary_to(&env, &dir.join("summary.md")).ok();
    assert_eq!(
        fs::read_link(dir.join("summary.md")).unwrap(),
        Path::new("made.md")
    );
    assert_eq!(read(dir.join("made.md")), summary);
    assert_eq!(listing(&dir).len(), 2, "{:?}", listing(&dir));
}

#[cfg(unix)]
#[test]
fn a_second_hard_link_sees_the_new_content() {
    use std::os::unix::fs::MetadataExt;
    let (env, summary, dir) = setup();
    fs::write(dir.join("summary.md"), "old\n").unwrap();
    fs::hard_link(dir.join("summary.md"), dir.join("published.md")).unwrap();
    let ino = fs::metadata(dir.join("summary.md")).unwrap().ino();
    summary_to(&env, &dir.join("summary.md")).ok();
    for name in ["summary.md", "published.md"] {
        let m = fs::metadata(dir.join(name)).unwrap();
        assert_eq!(m.ino(), ino, "{name} is another file now");
        assert_eq!(m.nlink(), 2);
        assert_eq!(read(dir.join(name)), summary);
    }
    assert_eq!(listing(&dir).len(), 2, "{:?}", listing(&dir));
}

#[cfg(unix)]
#[test]
fn permissions_are_kept_and_a_new_file_gets_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let (env, summary, dir) = setup();
    let private = dir.join("private.md");
    fs::write(&private, "old\n").unwrap();
    fs::set_permissions(&private, fs::Permissions::from_mode(0o600)).unwrap();
    summary_to(&env, &private).ok();
    let m = fs::metadata(&private).unwrap();
    assert_eq!(m.permissions().mode() & 0o7777, 0o600);
    assert_eq!(read(&private), summary);
    // A new file: what a shell redirection would make under umask 022 (not the temporary
    // file's 0600).
    let fresh = dir.join("fresh.md");
    let status = env
        .program("sh")
        .args(["-c", "umask 022 && exec \"$0\" summary -o \"$1\""])
        .arg(bin())
        .arg(&fresh)
        .status()
        .unwrap();
    assert!(status.success());
    let m = fs::metadata(&fresh).unwrap();
    assert_eq!(m.permissions().mode() & 0o7777, 0o644);
    assert_eq!(listing(&dir).len(), 2, "{:?}", listing(&dir));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_to_not_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let (env, summary, dir) = setup();
    let fifo = dir.join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // The reader waits at most 60 s: a FIFO replaced by a file is never opened for writing.
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            let read = fs::File::open(&fifo).and_then(|mut f| f.read_to_string(&mut s));
            let _ = tx.send(read.map(|_| s));
        });
    }
    summary_to(&env, &fifo).ok();
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("nothing was written to the FIFO")
        .unwrap();
    assert_eq!(norm(&got), summary);
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(listing(&dir).len(), 1, "{:?}", listing(&dir));
}

#[cfg(unix)]
#[test]
fn a_device_is_written_to_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let (env, _, _) = setup();
    let null = Path::new("/dev/null");
    summary_to(&env, null).ok();
    assert!(fs::symlink_metadata(null)
        .unwrap()
        .file_type()
        .is_char_device());
    let leftovers: Vec<_> = fs::read_dir("/dev")
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".null."))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Links planted beside the target, at the names a predictable temporary file would take
/// (`.NAME.tmp-<pid>` for the next process ids, `.NAME.tmp`), point at a victim file: none
/// is followed, written or removed.
#[cfg(target_os = "linux")]
#[test]
fn links_planted_beside_the_target_are_not_followed() {
    let (env, summary, dir) = setup();
    let victim = env.root().join("victim.txt");
    fs::write(&victim, "untouched\n").unwrap();
    let last: u32 = fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(1);
    let mut planted = vec![".summary.md.tmp".to_string()];
    planted.extend((last..last + 400).map(|pid| format!(".summary.md.tmp-{pid}")));
    for name in &planted {
        std::os::unix::fs::symlink(&victim, dir.join(name)).unwrap();
    }
    let mut want = listing(&dir);
    summary_to(&env, &dir.join("summary.md")).ok();
    assert_eq!(fs::read_to_string(&victim).unwrap(), "untouched\n");
    want.insert(
        "summary.md".into(),
        format!(
            "file {} {summary}",
            mode(&fs::metadata(dir.join("summary.md")).unwrap())
        ),
    );
    assert_eq!(listing(&dir), want);
}

/// The other commands that take `-o` write through the same door: `template` through a link,
/// `export` over a second hard link, `template -o -` to standard output.
#[cfg(unix)]
#[test]
fn template_and_export_follow_links_and_keep_hard_links() {
    use std::os::unix::fs::MetadataExt;
    let (env, _, dir) = setup();
    fs::write(dir.join("book.xlsx"), "old").unwrap();
    std::os::unix::fs::symlink("book.xlsx", dir.join("template.xlsx")).unwrap();
    env.run(&[
        "template",
        "-o",
        dir.join("template.xlsx").to_str().unwrap(),
    ])
    .ok();
    assert!(fs::symlink_metadata(dir.join("template.xlsx"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(fs::read(dir.join("book.xlsx")).unwrap().starts_with(b"PK"));

    let csv = env.run(&["export", "--format", "iso-csv"]);
    csv.ok();
    fs::write(dir.join("table.csv"), "old").unwrap();
    fs::hard_link(dir.join("table.csv"), dir.join("shared.csv")).unwrap();
    env.run(&[
        "export",
        "--format",
        "iso-csv",
        "-o",
        dir.join("table.csv").to_str().unwrap(),
    ])
    .ok();
    assert_eq!(
        fs::read_to_string(dir.join("shared.csv")).unwrap(),
        csv.stdout
    );
    assert_eq!(fs::metadata(dir.join("shared.csv")).unwrap().nlink(), 2);
    assert_eq!(listing(&dir).len(), 4, "{:?}", listing(&dir));

    let out = env
        .command(&["template", "-o", "-"])
        .output()
        .expect("run consulta");
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.starts_with(b"PK"), "not a workbook on stdout");
    assert!(!env.path("-").exists());
}
