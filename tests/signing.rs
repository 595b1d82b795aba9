//! Signed commits and tags, the register of participants, and `verify`'s count of signatures:
//! real repositories, real ed25519 keys made by ssh-keygen, git's own checks.

mod common;

use std::path::PathBuf;

use common::{pub_of, Env, SECRETARIAT};

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

/// The sample, with the secretariat signing with its own registered key.
fn signed_secretariat() -> (Env, PathBuf) {
    let env = Env::demo();
    env.become_secretariat();
    let key = env.keygen("secretariat");
    env.run(&["whoami", "--signing-key", s(&key)]).ok();
    env.run(&[
        "register",
        SECRETARIAT,
        "--key",
        s(&pub_of(&key)),
        "--name",
        "Consultation Secretariat",
    ])
    .ok();
    (env, key)
}

fn comment(env: &Env, body: &str) -> common::Out {
    env.run(&[
        "comment",
        "add",
        "--section",
        "quality-assurance",
        "--type",
        "ge",
        "--body",
        body,
    ])
}

/// `git verify-commit` of `rev` against the register in the working tree.
fn git_verify(env: &Env, what: &str, rev: &str) -> std::process::Output {
    env.git_raw(&[
        "-c",
        "gpg.ssh.allowedSignersFile=drafts/participants",
        what,
        rev,
    ])
}

#[test]
fn whoami_signing_key_sets_git_config_and_prints_the_line_to_send() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@uni.example");
    let key = env.keygen("ana");
    let out = env.run(&["whoami", "--signing-key", s(&key)]);
    out.ok();
    assert_eq!(env.git(&["config", "--local", "gpg.format"]), "ssh");
    assert_eq!(env.git(&["config", "--local", "commit.gpgsign"]), "true");
    let configured = PathBuf::from(env.git(&["config", "--local", "user.signingkey"]));
    assert!(configured.is_absolute());
    assert_eq!(
        configured.canonicalize().unwrap(),
        key.canonicalize().unwrap()
    );
    let public = std::fs::read_to_string(pub_of(&key)).unwrap();
    let blob = public.split_whitespace().nth(1).unwrap();
    out.stdout_has(&format!(
        "ana@uni.example namespaces=\"git\" ssh-ed25519 {blob}"
    ));

    // Not a key: refused, and nothing changes.
    env.write("notes.txt", "hello");
    env.run(&["whoami", "--signing-key", s(&env.path("notes.txt"))])
        .code(1)
        .stderr_has("not an SSH key file");
    assert_eq!(
        configured,
        PathBuf::from(env.git(&["config", "--local", "user.signingkey"]))
    );
}

#[test]
fn comment_commits_are_signed_and_git_verifies_them() {
    let (env, _) = signed_secretariat();
    let stakeholder = env.keygen("ana");
    env.run(&[
        "register",
        "ana@uni.example",
        "--key",
        s(&pub_of(&stakeholder)),
        "--name",
        "Ana Pérez",
        "--organisation",
        "Universidad X",
        "--category",
        "higher-education",
        "--country",
        "uy",
    ])
    .ok()
    .stdout_has("registered ana@uni.example with key SHA256:");
    // The register commit itself is signed by the secretariat's key.
    let v = git_verify(&env, "verify-commit", "HEAD");
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    assert!(String::from_utf8_lossy(&v.stderr)
        .contains(&format!("Good \"git\" signature for {SECRETARIAT}")));

    env.become_stakeholder("Ana Pérez", "ana@uni.example");
    env.run(&["whoami", "--signing-key", s(&stakeholder)]).ok();
    comment(&env, "Signed words.").ok();
    let raw = env.git(&["cat-file", "commit", "HEAD"]);
    assert!(
        raw.contains("gpgsig -----BEGIN SSH SIGNATURE-----"),
        "{raw}"
    );
    let v = git_verify(&env, "verify-commit", "HEAD");
    let err = String::from_utf8_lossy(&v.stderr);
    assert!(v.status.success(), "{err}");
    assert!(
        err.contains("Good \"git\" signature for ana@uni.example"),
        "{err}"
    );
    let log = env.git(&[
        "-c",
        "gpg.ssh.allowedSignersFile=drafts/participants",
        "log",
        "-1",
        "--show-signature",
    ]);
    assert!(
        log.contains("Good \"git\" signature for ana@uni.example"),
        "{log}"
    );
    // The branch moved to the signed commit, and the index follows it.
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    // The register is no section, and check accepts it.
    env.run(&["check"]).ok();
    let sections = env.run(&["sections", "--round", "draft"]);
    sections.ok();
    assert!(
        !sections.stdout.contains("participants"),
        "{}",
        sections.stdout
    );
}

#[test]
fn the_register_is_an_allowed_signers_file_that_ssh_keygen_reads() {
    let (env, _) = signed_secretariat();
    let key = env.keygen("ana");
    env.run(&[
        "register",
        "ana@uni.example",
        "--key",
        s(&pub_of(&key)),
        "--name",
        "Ana Pérez",
        "--organisation",
        "Universidad X",
        "--category",
        "higher-education",
        "--country",
        "UY",
    ])
    .ok();
    let text = env.read("drafts/participants");
    assert!(text.contains("# consulta: {\"name\":\"Ana Pérez\",\"organisation\":\"Universidad X\",\"category\":\"higher-education\",\"country\":\"UY\""), "{text}");
    let data = env.root().join("data.txt");
    std::fs::write(&data, "some words\n").unwrap();
    let sign = std::process::Command::new("ssh-keygen")
        .args(["-Y", "sign", "-n", "git", "-f"])
        .arg(&key)
        .arg(&data)
        .output()
        .unwrap();
    assert!(sign.status.success());
    let verify = |who: &str| {
        std::process::Command::new("ssh-keygen")
            .args(["-Y", "verify", "-n", "git", "-I", who, "-f"])
            .arg(env.path("drafts/participants"))
            .arg("-s")
            .arg(env.root().join("data.txt.sig"))
            .stdin(std::fs::File::open(&data).unwrap())
            .output()
            .unwrap()
    };
    let good = verify("ana@uni.example");
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );
    assert!(!verify(SECRETARIAT).status.success());

    // Revoked: the line stays, valid only before now, and ssh-keygen no longer accepts it.
    env.run(&["register", "--revoke", "ana@uni.example"])
        .ok()
        .stdout_has("revoked 1 key of ana@uni.example");
    assert!(env.read("drafts/participants").contains("valid-before=\""));
    // valid-before has a resolution of one second: verify after it.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(!verify("ana@uni.example").status.success());
    env.run(&["register", "--revoke", "ana@uni.example"])
        .code(1)
        .stderr_has("has no key in the register");
}

#[test]
fn only_the_secretariat_registers_and_bad_keys_are_refused() {
    let (env, _) = signed_secretariat();
    let before = env.head();
    env.write("bad.pub", "not a key\n");
    env.run(&["register", "x@y.example", "--key", s(&env.path("bad.pub"))])
        .code(1)
        .stderr_has("holds no SSH public key");
    env.write("bad.pub", "ssh-ed25519 AAAAnotreallyakey\n");
    env.run(&["register", "x@y.example", "--key", s(&env.path("bad.pub"))])
        .code(1)
        .stderr_has("not an SSH public key");
    let key = env.keygen("ana");
    env.run(&["register", "x y@z.example", "--key", s(&pub_of(&key))])
        .code(1)
        .stderr_has("not an e-mail address");
    env.run(&[
        "register",
        "x@y.example",
        "--key",
        s(&pub_of(&key)),
        "--category",
        "secretariat",
    ])
    .code(1)
    .stderr_has("\"secretariat\" is not a category of this consultation; use one of: government");
    env.run(&[
        "register",
        "x@y.example",
        "--key",
        s(&pub_of(&key)),
        "--country",
        "ZZ",
    ])
    .code(1);
    env.become_stakeholder("Ana Pérez", "ana@uni.example");
    env.run(&["register", "ana@uni.example", "--key", s(&pub_of(&key))])
        .code(1)
        .stderr_has("only the secretariat");
    assert_eq!(env.head(), before);
}

#[test]
fn a_missing_signing_key_commits_nothing() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@uni.example");
    let key = env.keygen("ana");
    env.run(&["whoami", "--signing-key", s(&key)]).ok();
    std::fs::remove_file(&key).unwrap();
    let before = env.head();
    let files = env.comment_files();
    comment(&env, "Never committed.")
        .code(1)
        .stderr_has("is not there");
    assert_eq!(env.head(), before);
    assert_eq!(env.comment_files(), files);

    // No ssh-keygen at all: said, and nothing committed either.
    env.git(&["config", "gpg.ssh.program", "no-such-signing-program"]);
    let key = env.keygen("ana2");
    env.git(&["config", "user.signingkey", s(&key)]);
    comment(&env, "Never committed either.")
        .code(1)
        .stderr_has("cannot run no-such-signing-program");
    assert_eq!(env.head(), before);
    assert_eq!(env.comment_files(), files);
    assert_eq!(env.git(&["status", "--porcelain"]), "");
}

#[test]
fn round_tags_are_signed_when_signing_is_on() {
    let (env, _) = signed_secretariat();
    env.write("drafts/01-purpose.md", "# Purpose\n\nA new purpose.\n");
    env.git(&["add", "-A"]);
    env.git(&["-c", "commit.gpgsign=false", "commit", "-q", "-m", "Edit"]);
    env.run(&["round", "open", "round-3"]).ok();
    let raw = env.git(&["cat-file", "tag", "round-3"]);
    assert!(raw.contains("-----BEGIN SSH SIGNATURE-----"), "{raw}");
    let v = git_verify(&env, "verify-tag", "round-3");
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    // Still a round.
    env.run(&["rounds"]).ok().stdout_has("round-3");
}
