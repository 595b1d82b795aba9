//! Taking part from nothing, as a stakeholder who does not know git: `join` a consultation,
//! comment, `sync` (which pushes a branch of their own), or `send` a bundle by e-mail that
//! the secretariat `merge`s like a branch. Real repositories, a bare remote, the real binary.

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// The sample pushed by plain git to a bare repository whose HEAD names `master` (no such
/// branch): the harder case for a clone.
fn shared() -> (Env, PathBuf) {
    let sec = Env::demo();
    sec.become_secretariat();
    let bare = sec.root().join("framework.git");
    sec.git(&[
        "-c",
        "init.defaultBranch=master",
        "init",
        "-q",
        "--bare",
        bare.to_str().unwrap(),
    ]);
    sec.git(&["remote", "add", "origin", bare.to_str().unwrap()]);
    sec.git(&["push", "-q", "origin", "main", "--tags"]);
    (sec, bare)
}

/// `consulta join` run from an empty world, as `name` <`email`>.
fn join(world: &Env, bare: &Path, short: &str, name: &str, email: &str) -> Env {
    let env = Env::new();
    let out = env.run_in(
        env.root(),
        &[
            "join",
            bare.to_str().unwrap(),
            env.repo.to_str().unwrap(),
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
            "--no-tui",
        ],
    );
    out.ok()
        .stdout_has("Joined «")
        .stdout_has(&format!("your own branch contrib/{short}"));
    let _ = world;
    env
}

#[test]
fn join_comment_and_sync_pushes_a_branch_of_ones_own() {
    let (sec, bare) = shared();
    let ana = join(&sec, &bare, "ana", "Ana Pérez", "ana@udelar.example");
    assert_eq!(ana.git(&["branch", "--show-current"]), "contrib/ana");
    assert_eq!(ana.git(&["config", "user.email"]), "ana@udelar.example");
    assert_eq!(ana.git(&["config", "consulta.country"]), "UY");
    ana.run(&["sections"]).ok().stdout_has("round-2");
    let id = add_general_comment(&ana, "financing", "Say who pays.");
    ana.run(&["sync"])
        .ok()
        .stdout_has("1 comment sent to the secretariat.")
        .stdout_has("pushed contrib/ana");
    sec.run(&["merge", "origin"])
        .ok()
        .stdout_has("merged  origin/contrib/ana: 1 comment");
    assert!(sec.comment_files().iter().any(|p| p.contains(&id)));
}

#[test]
fn send_writes_a_bundle_that_merge_takes_like_a_branch() {
    let (sec, bare) = shared();
    let bruno = join(&sec, &bare, "bruno", "Bruno Souza", "bruno@usp.example");
    bruno
        .run(&["send", "-o", "mine.bundle"])
        .code(1)
        .stderr_has("you have no comments to send yet");
    let id = add_general_comment(&bruno, "assessment", "Assessment designed with employers.");
    let file = bruno.path("mine.bundle");
    bruno
        .run(&["send", "-o", file.to_str().unwrap()])
        .ok()
        .stdout_has("with 1 comment from contrib/bruno")
        .stdout_has("consulta merge mine.bundle");
    assert!(consulta::repo::is_bundle(file.to_str().unwrap()));
    // Nothing else was left beside it.
    let left: Vec<String> = std::fs::read_dir(&bruno.repo)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".consulta-send-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // The secretariat, with no network between them, merges the file.
    let received = sec.root().join("received.bundle");
    std::fs::copy(&file, &received).unwrap();
    sec.run(&["merge", received.to_str().unwrap()])
        .ok()
        .stdout_has("1 comment from bruno@usp.example");
    assert!(sec.comment_files().iter().any(|p| p.contains(&id)));
    sec.run(&["verify"]).ok();
}

#[test]
fn a_bundle_that_edits_the_draft_is_refused_whole() {
    let (sec, bare) = shared();
    let carla = join(&sec, &bare, "carla", "Carla Gómez", "carla@uwi.example");
    add_general_comment(&carla, "financing", "A fair comment.");
    let draft = "drafts/11-financing.md";
    let text = carla.read(draft);
    carla.write(draft, &format!("{text}\nAnd my own clause.\n"));
    carla.git(&["commit", "-q", "-am", "My clause"]);
    // send checks first, and says why.
    carla
        .run(&["send", "-o", "x.bundle"])
        .code(1)
        .stderr_has("edits the draft");
    assert!(!carla.path("x.bundle").exists());
    // Made by hand with git, the same bundle is refused by the secretariat's merge.
    let bad = sec.root().join("bad.bundle");
    carla.git(&[
        "bundle",
        "create",
        bad.to_str().unwrap(),
        "contrib/carla",
        "^origin/main",
    ]);
    let head = sec.head();
    let out = sec.run(&["merge", bad.to_str().unwrap()]);
    out.code(1).stdout_has("edits the draft");
    assert_eq!(sec.head(), head);
}

#[test]
fn join_says_plainly_what_went_wrong_and_leaves_nothing_behind() {
    let (_sec, bare) = shared();
    let env = Env::new();
    // An address where nothing is.
    let nowhere = env.root().join("nowhere.git");
    let target = env.root().join("framework");
    env.run_in(
        env.root(),
        &[
            "join",
            nowhere.to_str().unwrap(),
            target.to_str().unwrap(),
            "--no-tui",
        ],
    )
    .code(1)
    .stderr_has("could not copy the consultation from")
    .stderr_has("nothing was written");
    assert!(!target.exists());
    // A folder that is already in use.
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "mine").unwrap();
    env.run_in(
        env.root(),
        &[
            "join",
            bare.to_str().unwrap(),
            target.to_str().unwrap(),
            "--no-tui",
        ],
    )
    .code(1)
    .stderr_has("already exists and is not empty");
    assert_eq!(
        std::fs::read_to_string(target.join("notes.txt")).unwrap(),
        "mine"
    );
    // A git repository that is no consultation.
    let plain = env.root().join("plain.git");
    std::fs::create_dir_all(&env.repo).unwrap();
    env.git(&["init", "-q", "--bare", plain.to_str().unwrap()]);
    let other = env.root().join("other");
    env.run_in(
        env.root(),
        &[
            "join",
            plain.to_str().unwrap(),
            other.to_str().unwrap(),
            "--no-tui",
        ],
    )
    .code(1)
    .stderr_has("holds no consultation yet");
    assert!(!other.exists());
    // A category the consultation does not have.
    let third = env.root().join("third");
    env.run_in(
        env.root(),
        &[
            "join",
            bare.to_str().unwrap(),
            third.to_str().unwrap(),
            "--category",
            "astrologer",
            "--no-tui",
        ],
    )
    .code(1)
    .stderr_has("is not a stakeholder category of this consultation");
    // Without every detail, it joins and says what is left to give.
    let fourth = env.root().join("fourth");
    env.run_in(
        env.root(),
        &[
            "join",
            bare.to_str().unwrap(),
            fourth.to_str().unwrap(),
            "--email",
            "dora@ufmg.example",
            "--no-tui",
        ],
    )
    .ok()
    .stdout_has("say who you are: `consulta whoami --name …");
}

/// Each error on the stakeholder's path says what happened and what to do, in words.
#[test]
fn the_stakeholders_errors_say_what_to_do_next() {
    let (_sec, bare) = shared();
    // No consultation here: how to take part.
    let nobody = Env::new();
    std::fs::create_dir_all(&nobody.repo).unwrap();
    nobody
        .run(&["sections"])
        .code(1)
        .stderr_has("consulta join ADDRESS");
    // The same branch sent from two computers: nothing lost, another way to send.
    let home = join(&_sec, &bare, "ana", "Ana Pérez", "ana@udelar.example");
    add_general_comment(&home, "financing", "From home.");
    home.run(&["sync"]).ok();
    let office = join(&_sec, &bare, "ana", "Ana Pérez", "ana@udelar.example");
    add_general_comment(&office, "assessment", "From the office.");
    let out = office.refused(
        &["sync"],
        &["sent from another computer?", "consulta send -o"],
    );
    out.stderr_has("Nothing was lost");
    assert!(!out.stderr.contains("git pull"), "{out:?}");
    // Without a name, nothing is sent, and the message says how to give it.
    office.git(&["config", "--unset", "user.name"]);
    office.refused(&["sync"], &["consulta whoami", "--name"]);
}
