//! `consulta demo --comments N`, the synthetic consultation behind the benchmarks: its comment
//! files are written on a thread of their own and its objects reach the disk as packs written
//! by consulta itself (src/repo/pack_file.rs), and what it makes is a clean, valid and
//! reproducible consultation that git reads.

use std::process::Command;

fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_synthetic_consultation_is_clean_valid_and_reproducible() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for dir in [&a, &b] {
        consulta::sample::build_synthetic(dir, 7, 2_300, 42, &mut |_| {}).unwrap();
    }
    // Every comment is a file in the working tree, committed, and the index agrees.
    let files = walk(&a.join("comments"));
    assert_eq!(files, 2_300);
    assert_eq!(git(&a, &["status", "--porcelain"]), "");
    assert_eq!(
        git(&a, &["ls-tree", "-r", "--name-only", "HEAD", "comments"])
            .lines()
            .count(),
        2_300
    );
    // git reads every object and checks every pack and pack index.
    let fsck = git(&a, &["fsck", "--full", "--strict", "--no-progress"]);
    assert_eq!(fsck, "", "git fsck: {fsck}");
    // Packed, not loose.
    assert!(
        std::fs::read_dir(a.join(".git/objects/pack"))
            .unwrap()
            .count()
            >= 2
    );
    // The one loose object is the round's tag, made through libgit2 after the last pack.
    let counts = git(&a, &["count-objects", "-v"]);
    assert!(counts.lines().any(|l| l == "count: 1"), "{counts}");
    assert_eq!(git(&a, &["cat-file", "-t", "round-1"]), "tag\n");
    let report = consulta::repo::Store::open(&a).unwrap().check().unwrap();
    assert_eq!(report.comments, 2_300);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    // The same seed makes the same history.
    assert_eq!(
        git(&a, &["rev-parse", "HEAD"]),
        git(&b, &["rev-parse", "HEAD"])
    );
}

fn walk(p: &std::path::Path) -> usize {
    std::fs::read_dir(p)
        .unwrap()
        .flatten()
        .map(|e| {
            if e.file_type().unwrap().is_dir() {
                walk(&e.path())
            } else {
                1
            }
        })
        .sum()
}
