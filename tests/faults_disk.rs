//! A full disk and a read-only repository, for real: the repository is put in a tiny tmpfs
//! that is filled up, or bind-mounted read-only, inside a private mount namespace
//! (`unshare -Urm`, which needs no root; else `unshare -m` as root). When neither is possible
//! here, the tests say why and skip.
//!
//! A write that fails says what happened (no space left, or a read-only file system) and
//! where, exits 1, and leaves the repository as it was: nothing committed is lost, no file
//! is left half-written or uncommitted, and `consulta check` and `git fsck` pass.
// Unix only: mount namespaces.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use common::Env;

/// `unshare` flags that give a private mount namespace in which this process may mount a
/// tmpfs, or why there is none.
fn namespace_flags(env: &Env) -> Result<&'static [&'static str], String> {
    let probe = env.root().join("ns-probe");
    std::fs::create_dir_all(&probe).unwrap();
    let mut why = Vec::new();
    for flags in [&["-Urm"][..], &["-m"][..]] {
        let out = Command::new("unshare")
            .args(flags)
            .args([
                "sh",
                "-c",
                "mount -t tmpfs -o size=64k tmpfs \"$1\" && umount \"$1\"",
                "sh",
            ])
            .arg(&probe)
            .output();
        match out {
            Ok(o) if o.status.success() => return Ok(flags),
            Ok(o) => why.push(format!(
                "unshare {}: {}",
                flags.join(" "),
                String::from_utf8_lossy(&o.stderr).trim()
            )),
            Err(e) => why.push(format!("unshare: {e}")),
        }
    }
    Err(why.join("; "))
}

/// Run `script` with `sh` inside the namespace, with this world's environment plus BIN (the
/// consulta binary) and REPO, and `args` after the script.
fn in_namespace(env: &Env, flags: &[&str], script: &str, args: &[&str]) -> Output {
    let path = env.root().join("script.sh");
    std::fs::write(&path, script).unwrap();
    env.program("unshare")
        .args(flags)
        .arg("sh")
        .arg(&path)
        .args(args)
        .env("BIN", common::bin())
        .env("REPO", &env.repo)
        .output()
        .expect("run unshare")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Files a write may leave behind when it is interrupted: temporary files of consulta and of
/// libgit2, and git lock files.
fn leftovers(repo: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                walk(&p, out);
            } else if name.contains(".tmp-")
                || name.starts_with("tmp_")
                || (name.ends_with(".lock") && name != "write.lock")
            {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(repo, &mut out);
    out
}

/// Fill the repository's disk: copy it into a tmpfs of `size_kib`, fill that up to `free`
/// pages, run consulta with `args` in it, then free the space and copy the repository back
/// as the command left it. Returns the command's exit code, stdout and stderr.
const FULL_DISK: &str = r#"
set -u
work=$1; size=$2; free=$3; shift 3
mnt=$work/mnt
mkdir -p "$mnt"
mount -t tmpfs -o "size=${size}k" tmpfs "$mnt" || { echo "NS: cannot mount a tmpfs" >&2; exit 90; }
cp -a "$REPO" "$mnt/repo" || { echo "NS: the repository does not fit in ${size} KiB" >&2; exit 91; }
dd if=/dev/zero of="$mnt/filler" bs=4096 2>/dev/null
truncate -s "-$((free * 4096))" "$mnt/filler"
(cd "$mnt/repo" && "$BIN" "$@") > "$work/stdout" 2> "$work/stderr"
echo $? > "$work/code"
rm -f "$mnt/filler"
rm -rf "$REPO" && cp -a "$mnt/repo" "$REPO" || { echo "NS: cannot copy the repository back" >&2; exit 92; }
"#;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn on_full_disk(env: &Env, flags: &[&str], size_kib: u32, free: u32, args: &[&str]) -> Run {
    let work = env.root().join("disk");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let size = size_kib.to_string();
    let free = free.to_string();
    let mut all = vec![work.to_str().unwrap(), &size, &free];
    all.extend_from_slice(args);
    let out = in_namespace(env, flags, FULL_DISK, &all);
    assert!(
        out.status.success(),
        "the namespace script failed: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let read = |f: &str| std::fs::read_to_string(work.join(f)).unwrap();
    Run {
        code: read("code").trim().parse().unwrap(),
        stdout: read("stdout"),
        stderr: read("stderr"),
    }
}

/// The repository's whole state that a failed write must not change: HEAD, the files under
/// comments/ and drafts/, and `git status`.
fn state(env: &Env) -> (String, Vec<String>, String, String) {
    let mut drafts: Vec<String> = std::fs::read_dir(env.path("drafts"))
        .unwrap()
        .flatten()
        .map(|e| {
            format!(
                "{} {}",
                e.file_name().to_string_lossy(),
                std::fs::read_to_string(e.path()).unwrap_or_default()
            )
        })
        .collect();
    drafts.sort();
    (
        env.head(),
        env.comment_files(),
        drafts.join("\n"),
        env.git(&["status", "--porcelain", "--untracked-files=all"]),
    )
}

#[track_caller]
fn assert_valid(env: &Env) {
    env.run(&["check"]).ok();
    let fsck = env.git_raw(&["fsck", "--full", "--no-progress"]);
    assert!(fsck.status.success(), "git fsck: {}", text(&fsck.stderr));
}

/// With 0, 1, 2… pages left free, `args` first fails for want of space, then, given enough,
/// succeeds. Each failure says so plainly and changes nothing. Returns how many failed, and
/// how many of those failed in libgit2's writes (after the record file was written).
fn sweep(env: &Env, flags: &[&str], args: &[&str], pages: u32) -> (u32, u32) {
    let (mut failed, mut in_git) = (0, 0);
    for free in 0..=pages {
        let before = state(env);
        let committed = env.git(&["rev-list", "--count", "HEAD"]);
        let run = on_full_disk(env, flags, 4096, free, args);
        let what = format!(
            "consulta {} with {free} pages free\nexit {}\n--- stdout ---\n{}--- stderr ---\n{}",
            args.join(" "),
            run.code,
            run.stdout,
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "a panic: {what}");
        assert_eq!(leftovers(&env.repo), Vec::<PathBuf>::new(), "{what}");
        if run.code == 0 {
            // It fitted: committed. The index, rewritten whole after the commit, may not
            // have fitted: then a warning says so.
            assert_ne!(env.head(), before.0, "{what}");
            let status = env.git(&["status", "--porcelain", "--untracked-files=all"]);
            if !status.is_empty() {
                assert!(
                    run.stderr.contains(
                        "warning: the commit is made, but git's index could not be updated"
                    ),
                    "{status}\n{what}"
                );
            }
            assert_valid(env);
            return (failed, in_git);
        }
        failed += 1;
        assert_eq!(run.code, 1, "{what}");
        assert!(
            run.stderr
                .starts_with("consulta: no space left on the disk that holds "),
            "not a clear message: {what}"
        );
        assert!(
            run.stderr.contains("nothing was written or committed"),
            "{what}"
        );
        assert!(run.stderr.contains("/mnt/repo"), "no path: {what}");
        // libgit2's writes name the git folder; consulta's own the record file.
        if run.stderr.contains("/.git/ (") {
            in_git += 1;
        }
        eprintln!("{free} pages free: {}", run.stderr.trim());
        // Nothing changed, nothing committed is lost, and the repository is valid.
        assert_eq!(state(env), before, "{what}");
        assert_eq!(env.git(&["rev-list", "--count", "HEAD"]), committed);
        assert_valid(env);
    }
    panic!(
        "consulta {} still failed with {pages} pages free",
        args.join(" ")
    );
}

#[test]
fn a_full_disk_is_a_clear_error_and_loses_nothing() {
    let started = Instant::now();
    let env = Env::demo();
    let flags = match namespace_flags(&env) {
        Ok(f) => f,
        Err(why) => {
            eprintln!("no mount namespace with a tmpfs here ({why}); skipping");
            return;
        }
    };
    // Loose objects packed, so that the repository fits in a small tmpfs.
    env.git(&["gc", "-q"]);
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let comments_before = env.comments_json();
    let add = [
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "Written on a full disk.",
    ];
    let (failed, in_git) = sweep(&env, flags, &add, 40);
    assert!(failed >= 2, "only {failed} runs failed for want of space");
    assert!(
        in_git >= 1,
        "no run failed after its record file was written (in libgit2's writes)"
    );
    // Every comment from before is still there, and the new one is added once.
    let after = env.comments_json();
    assert_eq!(after.len(), comments_before.len() + 1);
    for c in &comments_before {
        assert!(after.contains(c), "lost: {c}");
    }
    // With space again, the next write leaves everything clean (an index that missed the
    // last commit is repaired).
    env.run(&add).ok();
    assert_eq!(
        env.git(&["status", "--porcelain", "--untracked-files=all"]),
        ""
    );

    // A decision that changes an existing file (a disposition) and an apply (a draft).
    env.become_secretariat();
    let open = comments_before
        .iter()
        .find(|c| c["disposition"].is_null())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (failed_respond, _) = sweep(
        &env,
        flags,
        &[
            "respond",
            &open,
            "--status",
            "noted",
            "--observations",
            "Full.",
        ],
        40,
    );
    assert!(failed_respond >= 2);
    // Changing that decision: the file exists, and a failed write must put it back as it was.
    let (failed_change, _) = sweep(
        &env,
        flags,
        &[
            "respond",
            &open,
            "--status",
            "accepted",
            "--observations",
            "Changed on a full disk.",
        ],
        40,
    );
    assert!(failed_change >= 2);
    eprintln!(
        "full disk: comment add failed {failed} times ({in_git} in libgit2's writes), respond {failed_respond} times, a changed decision {failed_change} times, then each succeeded; {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// Bind-mount the repository read-only, then run consulta in it.
const READ_ONLY: &str = r#"
set -u
mount --bind "$REPO" "$REPO" && mount -o remount,bind,ro "$REPO" || { echo "NS: cannot mount read-only" >&2; exit 90; }
touch "$REPO/.probe" 2>/dev/null && { echo "NS: the mount is writable" >&2; exit 91; }
cd "$REPO" && exec "$BIN" "$@"
"#;

#[test]
fn a_read_only_repository_refuses_clearly_and_changes_nothing() {
    let env = Env::demo();
    let flags = match namespace_flags(&env) {
        Ok(f) => f,
        Err(why) => {
            eprintln!("no mount namespace here ({why}); skipping");
            return;
        }
    };
    // An accepted proposal to apply, and a contribution to merge.
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let section = env.run(&["show", "assessment"]).ok().stdout.clone();
    let clause = section
        .lines()
        .find(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap();
    let quote: String = clause
        .split_whitespace()
        .skip(1)
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--quote",
        &quote,
        "--type",
        "ed",
        "--body",
        "Clearer.",
        "--propose",
        "a clearer passage",
    ]);
    out.ok();
    let id = out.stdout.split_whitespace().nth(2).unwrap().to_string();
    env.git(&["switch", "-q", "-c", "contrib/ana"]);
    env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "From a branch.",
    ])
    .ok();
    env.git(&["switch", "-q", "main"]);
    env.become_secretariat();
    env.run(&[
        "respond",
        &id,
        "--status",
        "accepted",
        "--observations",
        "Yes.",
    ])
    .ok();

    let ro = |args: &[&str]| {
        let before = state(&env);
        let json = env.comments_json();
        let out = in_namespace(&env, flags, READ_ONLY, args);
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        let what = format!(
            "consulta {} on a read-only mount\nexit {:?}\n--- stdout ---\n{stdout}--- stderr ---\n{stderr}",
            args.join(" "),
            out.status.code()
        );
        assert!(!stderr.starts_with("NS:"), "{what}");
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(!stderr.contains("panicked"), "{what}");
        assert!(
            stderr.to_lowercase().contains("read-only file system"),
            "not a clear message: {what}"
        );
        assert!(
            stderr.contains(env.repo.to_str().unwrap()),
            "the message does not name the repository: {what}"
        );
        assert_eq!(state(&env), before, "{what}");
        assert_eq!(env.comments_json(), json, "{what}");
        stderr
    };
    let mut said = Vec::new();
    said.push(ro(&[
        "respond",
        &id,
        "--status",
        "noted",
        "--observations",
        "R/O.",
    ]));
    said.push(ro(&["apply", &id]));
    said.push(ro(&["merge", "contrib/ana"]));
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    said.push(ro(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "Read-only.",
    ]));
    assert_valid(&env);
    for s in &said {
        eprintln!("read-only: {}", s.trim());
    }

    // Writable again, everything works.
    env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "Writable.",
    ])
    .ok();
    env.become_secretariat();
    env.run(&["apply", &id]).ok();
    env.run(&["merge", "contrib/ana"]).ok();
    assert_valid(&env);
}
