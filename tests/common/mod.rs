//! Helpers for the CLI integration tests: an isolated environment per test (its own HOME and
//! XDG config, no system git config), the real `consulta` binary, and `git` in the same
//! environment. Nothing here reads or writes the user's own configuration.

#![allow(dead_code)]

pub mod tmux;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tempfile::TempDir;

/// The sample's secretariat e-mail (drafts/consultation.json of the bundled sample).
pub const SECRETARIAT: &str = "secretariat@rihes.example";

/// Environment variables that could make a test see (or write) someone else's git setup.
const SCRUB: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_CONFIG",
    "GIT_CONFIG_GLOBAL",
    "GIT_CONFIG_SYSTEM",
    "GIT_CONFIG_COUNT",
    "GIT_CONFIG_PARAMETERS",
    "GIT_AUTHOR_NAME",
    "GIT_AUTHOR_EMAIL",
    "GIT_AUTHOR_DATE",
    "GIT_COMMITTER_NAME",
    "GIT_COMMITTER_EMAIL",
    "GIT_COMMITTER_DATE",
    "EMAIL",
    // A crash report goes under the test's HOME, and no test panics on purpose by accident.
    "XDG_STATE_HOME",
    "CONSULTA_DEBUG_PANIC",
];

/// The result of one command, printed in full when an assertion fails.
pub struct Out {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl fmt::Debug for Out {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\n$ consulta {}\nexit: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}\n",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }
}

impl Out {
    /// Assert the exit code and return self for chaining.
    #[track_caller]
    pub fn code(&self, want: i32) -> &Self {
        assert_eq!(self.code, Some(want), "unexpected exit code:{self:?}");
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:{self:?}"
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:{self:?}"
        );
        self
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):{self:?}"))
    }
}

/// One test's world: a temporary folder holding HOME, XDG_CONFIG_HOME and the repository.
pub struct Env {
    tmp: TempDir,
    pub home: PathBuf,
    pub xdg: PathBuf,
    /// Where the consultation repository is (or will be).
    pub repo: PathBuf,
}

impl Env {
    /// An empty world; `repo` does not exist yet.
    pub fn new() -> Env {
        let tmp = tempfile::Builder::new()
            .prefix("consulta-cli-")
            .tempdir()
            .expect("temp dir");
        let home = tmp.path().join("home");
        let xdg = tmp.path().join("xdg");
        fs::create_dir_all(&home).unwrap();
        fs::create_dir_all(&xdg).unwrap();
        let repo = tmp.path().join("repo");
        Env {
            tmp,
            home,
            xdg,
            repo,
        }
    }

    /// A world whose `repo` is a copy of the sample consultation built by `consulta demo`
    /// (built once per test binary, then copied: much faster than a build per test).
    pub fn demo() -> Env {
        let env = Env::new();
        copy_dir(demo_template(), &env.repo);
        env
    }

    /// A world where a secretariat (identity in the temporary HOME's global config) has run
    /// `consulta init` on `repo` with `title`.
    pub fn started(title: &str) -> Env {
        let env = Env::new();
        env.secretariat_identity();
        env.init(title).ok();
        env
    }

    /// The secretariat's identity, in the temporary HOME's global git config.
    pub fn secretariat_identity(&self) {
        self.run_in(
            self.root(),
            &[
                "whoami",
                "--global",
                "--name",
                "Sara Secretaria",
                "--email",
                "sec@consulta.example",
            ],
        )
        .ok();
    }

    /// `consulta init <repo> --title <title>`, run from outside the repository.
    pub fn init(&self, title: &str) -> Out {
        self.run_in(
            self.root(),
            &["init", self.repo.to_str().unwrap(), "--title", title],
        )
    }

    /// A new ed25519 key pair without passphrase, made by ssh-keygen in the test's folder;
    /// returns the private key's path (the public one is beside it: [`pub_of`]).
    #[allow(dead_code)]
    pub fn keygen(&self, name: &str) -> PathBuf {
        let path = self.root().join(name);
        let out = std::process::Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
            .arg(&path)
            .output()
            .expect("run ssh-keygen");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        path
    }

    /// The temporary folder itself.
    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    fn scrubbed(&self, cmd: &mut std::process::Command) {
        for v in SCRUB {
            cmd.env_remove(v);
        }
        cmd.env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", &self.xdg)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("LC_ALL", "C.UTF-8")
            .env("NO_COLOR", "1");
    }

    /// Any program, in the repository, with this world's environment (HOME, XDG config, no
    /// system git config), not yet started.
    pub fn program(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        self.scrubbed(&mut cmd);
        cmd.current_dir(&self.repo);
        cmd
    }

    /// This world's environment as an `env` command line for a shell (tmux panes): the
    /// variables that could leak the user's setup unset, HOME and XDG config set.
    pub fn shell_env(&self) -> String {
        let mut s = String::from("env");
        for v in SCRUB {
            s.push_str(&format!(" -u {v}"));
        }
        s.push_str(&format!(
            " HOME='{}' XDG_CONFIG_HOME='{}' GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0 LC_ALL=C.UTF-8",
            self.home.display(),
            self.xdg.display()
        ));
        s
    }

    /// A consulta command in the repository, not yet started (for spawning and killing).
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(bin());
        self.scrubbed(&mut cmd);
        cmd.current_dir(&self.repo).args(args);
        cmd
    }

    /// Run consulta in `dir`.
    pub fn run_in(&self, dir: &Path, args: &[&str]) -> Out {
        let mut std_cmd = std::process::Command::new(bin());
        self.scrubbed(&mut std_cmd);
        std_cmd.current_dir(dir).args(args);
        let mut cmd = assert_cmd::Command::from_std(std_cmd);
        cmd.timeout(std::time::Duration::from_secs(120));
        let out = cmd.output().expect("run consulta");
        Out {
            args: args.iter().map(|s| s.to_string()).collect(),
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Run consulta inside the repository.
    pub fn run(&self, args: &[&str]) -> Out {
        self.run_in(&self.repo, args)
    }

    /// Run git inside the repository; panics when git fails. Returns trimmed stdout.
    #[track_caller]
    pub fn git(&self, args: &[&str]) -> String {
        let out = self.git_raw(args);
        assert!(
            out.status.success(),
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim_end().to_string()
    }

    pub fn git_raw(&self, args: &[&str]) -> std::process::Output {
        let mut cmd = std::process::Command::new("git");
        self.scrubbed(&mut cmd);
        cmd.current_dir(&self.repo)
            .args(args)
            .output()
            .expect("run git")
    }

    /// Commit with a throwaway identity given on the command line (config is not touched).
    pub fn git_commit_all(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&[
            "-c",
            "user.name=Test Editor",
            "-c",
            "user.email=editor@test.example",
            "commit",
            "-q",
            "-m",
            message,
        ]);
    }

    /// Set a complete stakeholder identity in the repository through `consulta whoami`.
    pub fn become_stakeholder(&self, name: &str, email: &str) {
        self.run(&[
            "whoami",
            "--name",
            name,
            "--email",
            email,
            "--organisation",
            "Universidad de Prueba",
            "--category",
            "higher-education",
            "--country",
            "UY",
        ])
        .ok();
    }

    /// Act as the sample's secretariat.
    pub fn become_secretariat(&self) {
        self.git(&["config", "user.name", "Consultation Secretariat"]);
        self.git(&["config", "user.email", SECRETARIAT]);
    }

    pub fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"])
    }

    /// Every file below comments/ (dot files included), relative to the repository.
    pub fn comment_files(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(&self.repo.join("comments"), "comments", &mut out);
        out.sort();
        out
    }

    /// HEAD and the files under comments/, to prove that a refused command changed nothing.
    pub fn snapshot(&self) -> (String, Vec<String>, String) {
        (
            self.head(),
            self.comment_files(),
            self.git(&["status", "--porcelain"]),
        )
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.repo.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, content: &str) {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, content).unwrap();
    }

    /// `comments --format json`, as JSON values.
    #[track_caller]
    pub fn comments_json(&self) -> Vec<serde_json::Value> {
        let out = self.run(&["comments", "--format", "json"]);
        out.ok();
        out.json().as_array().expect("an array").clone()
    }

    /// Run a command that must be refused: exit 1, every needle in stderr, and nothing
    /// written or committed.
    #[track_caller]
    pub fn refused(&self, args: &[&str], needles: &[&str]) -> Out {
        let before = self.snapshot();
        let out = self.run(args);
        out.code(1);
        for n in needles {
            out.stderr_has(n);
        }
        let after = self.snapshot();
        assert_eq!(before.0, after.0, "a refused command made a commit:{out:?}");
        assert_eq!(
            before.1, after.1,
            "a refused command left files under comments/:{out:?}"
        );
        assert_eq!(
            before.2, after.2,
            "a refused command changed `git status`:{out:?}"
        );
        out
    }
}

/// The public half of a key made by [`Env::keygen`].
#[allow(dead_code)]
pub fn pub_of(key: &Path) -> PathBuf {
    let mut p = key.as_os_str().to_owned();
    p.push(".pub");
    PathBuf::from(p)
}

pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("consulta")
}

fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let r = format!("{rel}/{name}");
        if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            walk(&e.path(), &r, out);
        } else {
            out.push(r);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The sample consultation, built once per test binary with the real `consulta demo`, in
/// cargo's scratch folder for integration tests.
fn demo_template() -> &'static Path {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let exe = std::env::current_exe().unwrap();
        // cli_basics-0123abcd → cli_basics: one template per test file, rebuilt every run.
        let stem = exe.file_stem().unwrap().to_string_lossy().into_owned();
        let stem = stem.split('-').next().unwrap_or("tests").to_string();
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("demo-template-{stem}"));
        let _ = fs::remove_dir_all(&dir);
        let env = Env::new();
        env.run_in(env.root(), &["demo", dir.to_str().unwrap()])
            .ok();
        dir
    })
}

/// A well-formed ULID that no sample comment uses (`n` < 1000).
pub fn fake_id(n: u32) -> String {
    format!("01KZZZZZZZZZZZZZZZZZZZZ{n:03}")
}

/// Byte offset of the `n`th (1-based) occurrence of `needle` in `hay`.
pub fn nth_occurrence(hay: &str, needle: &str, n: usize) -> usize {
    hay.match_indices(needle)
        .nth(n - 1)
        .unwrap_or_else(|| panic!("{needle:?} does not occur {n} times"))
        .0
}

/// Code-point offset of byte offset `b`.
pub fn cp(hay: &str, b: usize) -> usize {
    hay[..b].chars().count()
}

/// The `n` code points before byte `b`.
pub fn chars_before(hay: &str, b: usize, n: usize) -> String {
    let v: Vec<char> = hay[..b].chars().collect();
    v[v.len().saturating_sub(n)..].iter().collect()
}

/// The `n` code points from byte `b`.
pub fn chars_after(hay: &str, b: usize, n: usize) -> String {
    hay[b..].chars().take(n).collect()
}

/// Is `s` a 40-hex-digit commit id?
pub fn is_commit_id(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A contribution branch `contrib/<tag><n>` off main, adding one comment by its own author;
/// returns the branch and the comment's path.
pub fn contribution(env: &Env, tag: &str, n: u32) -> (String, String) {
    let branch = format!("contrib/{tag}{n}");
    let id = fake_id(n);
    let email = format!("{tag}{n}@contrib.example");
    let rel = format!("comments/round-2/assessment/{id}.json");
    let c = serde_json::json!({
        "schema": 1,
        "id": id,
        "round": "round-2",
        "section": "assessment",
        "author": {
            "name": format!("Contributor {n}"),
            "email": email,
            "organisation": "Universidad de Prueba",
            "category": "higher-education",
            "country": "UY"
        },
        "created": "2026-06-01T10:00:00Z",
        "type": "general",
        "stance": null,
        "anchor": null,
        "comment": format!("Contribution {n}."),
        "proposed_change": null,
        "in_reply_to": null
    });
    env.git(&["switch", "-q", "-c", &branch, "main"]);
    env.write(&rel, &(serde_json::to_string_pretty(&c).unwrap() + "\n"));
    env.git(&["add", &rel]);
    env.git(&[
        "-c",
        &format!("user.name=Contributor {n}"),
        "-c",
        &format!("user.email={email}"),
        "commit",
        "-q",
        "-m",
        &format!("Comment {n}"),
    ]);
    env.git(&["switch", "-q", "main"]);
    (branch, rel)
}

/// The sample's drafts and rounds without any comment: a clone with comments/ removed.
pub fn empty_clone(of: &Env) -> Env {
    let env = Env::new();
    let out = std::process::Command::new("git")
        .args([
            "clone",
            "-q",
            of.repo.to_str().unwrap(),
            env.repo.to_str().unwrap(),
        ])
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", &env.home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.git(&["rm", "-r", "-q", "comments"]);
    env.git_commit_all("Start over without comments");
    env.become_secretariat();
    env
}

pub fn comments_by_id(env: &Env) -> Vec<serde_json::Value> {
    let mut v: Vec<serde_json::Value> = env.run(&["export", "--format", "json"]).ok().json()
        ["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.as_object_mut().unwrap().remove("disposition");
            c
        })
        .collect();
    v.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    v
}

/// A general comment on the whole of `section` through `consulta comment add`; its id.
pub fn add_general_comment(env: &Env, section: &str, body: &str) -> String {
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        section,
        "--type",
        "ge",
        "--body",
        body,
    ]);
    out.ok();
    out.stdout
        .split_whitespace()
        .nth(2)
        .unwrap_or_else(|| panic!("no id:{out:?}"))
        .to_string()
}
