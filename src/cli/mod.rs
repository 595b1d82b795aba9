//! Command-line interface: argument parsing (clap) and one function per subcommand.
//! Every command goes through the same library calls as the TUI.

mod commands;
mod crash;
mod diff;
mod help;
mod import;
mod output;
mod report;
mod secretariat;
mod versions;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

const AFTER_HELP: &str = "\
Examples:
  consulta                              open the TUI on the consultation here (or the bundled sample)
  consulta demo /tmp/sample             build the sample consultation as a git repository
  consulta --repo /tmp/sample sections  list its sections
  consulta whoami --name \"Ana Pérez\" --email ana@uni.example --organisation \"Universidad X\" \\
                  --category higher-education --country UY
  consulta comment add --section quality-assurance --quote \"at least 25 hours\" --type te \\
                  --body \"Too rigid for short modules.\" --propose \"a stated workload\"

Exit status: 0 success, 1 a problem you can fix (the message says what and where), 2 usage.";

/// Run a stakeholder consultation on a draft framework stored in git.
#[derive(Parser, Debug)]
#[command(name = "consulta", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    /// The consultation's folder (default: the git repository containing the current folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub repo: Option<PathBuf>,
    /// The language of everything this command shows: messages, reports and, where the
    /// framework has several language versions, the text (en, es, fr, pt, or a language
    /// version of the consultation, such as ht)
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_text_lang)]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Start a new consultation in DIR (default: here).
    #[command(
        after_help = "Example:\n  consulta init framework --title \"Regional framework of minimum standards for microcredentials\"\n\nYou become its secretariat (your git user.email is listed in drafts/consultation.json)."
    )]
    Init {
        dir: Option<PathBuf>,
        /// The consultation's title.
        #[arg(long)]
        title: String,
        /// The framework's languages, the primary (authoritative) text's first: en,es,pt,fr.
        #[arg(long, value_name = "LANGS", value_delimiter = ',')]
        languages: Vec<String>,
    },
    /// Build the bundled sample consultation (two rounds, comments, decisions) in DIR, or a
    /// large synthetic one with --sections/--comments.
    #[command(
        after_help = "Examples:\n  consulta demo /tmp/sample\n  consulta demo /tmp/big --sections 200 --comments 100000 --seed 7"
    )]
    Demo {
        dir: PathBuf,
        /// Number of sections of a synthetic consultation.
        #[arg(long)]
        sections: Option<usize>,
        /// Number of comments of a synthetic consultation.
        #[arg(long)]
        comments: Option<usize>,
        /// Seed of a synthetic consultation (same seed, same repository).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Show or set who you are: git's user.name and user.email, plus consulta.organisation,
    /// consulta.category and consulta.country.
    #[command(
        after_help = "Examples:\n  consulta whoami\n  consulta whoami --organisation \"Universidad X\" --category higher-education --country UY\n\nValues are stored in this repository's git config (with --global, in your user config)."
    )]
    Whoami(WhoamiArgs),
    /// List the sections of a round (default: the latest round).
    #[command(
        after_help = "Examples:\n  consulta sections\n  consulta sections --round round-1\n  consulta sections --round draft      (the working draft)"
    )]
    Sections {
        /// A round name, or `draft` for the working draft.
        #[arg(long)]
        round: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Print a section's text (by id, number or unique part of the title).
    #[command(
        after_help = "Examples:\n  consulta show quality-assurance\n  consulta show 6 --round round-1"
    )]
    Show {
        section: String,
        /// A round name, or `draft` for the working draft (default: the latest round).
        #[arg(long)]
        round: Option<String>,
    },
    /// Show what changed between two rounds (default: the last round against the working
    /// draft, or the last two rounds when the draft is unchanged), section by section, with the
    /// comments whose applied proposals produced each change.
    #[command(
        after_help = "Examples:\n  consulta diff\n  consulta diff round-1 round-2\n  consulta diff round-2 draft --section quality-assurance --side-by-side\n  consulta diff round-1 round-2 --format markdown > changes.md\n  consulta diff round-1 round-2 --format json\n\nWithout colour, deletions show as [-old-] and insertions as {+new+}; colour is used when\nstdout is a terminal and NO_COLOR is unset."
    )]
    Diff {
        /// The earlier version: a round name, or `draft` for the working draft.
        from: Option<String>,
        /// The later version (default: the working draft).
        to: Option<String>,
        /// Only this section (id, number or unique part of the title).
        #[arg(long)]
        section: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Two columns, old | new, of the changed lines (width from $COLUMNS, else the
        /// terminal's, else 120).
        #[arg(long)]
        side_by_side: bool,
    },
    /// Add a comment.
    #[command(subcommand)]
    Comment(CommentCommand),
    /// List comments, with their authors, anchors and decisions.
    #[command(
        after_help = "Examples:\n  consulta comments\n  consulta comments --mine --round round-2      (your comments, as they stand in round-2)\n  consulta comments --section assessment --status open\n  consulta comments --round round-1 --format json > comments.json"
    )]
    Comments {
        /// Only comments made on this round.
        #[arg(long)]
        round: Option<String>,
        /// Only comments on this section.
        #[arg(long)]
        section: Option<String>,
        /// Only comments with this decision: open, accepted, modified, rejected, noted.
        #[arg(long)]
        status: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// Only your own comments (your git user.email), with their decisions.
        #[arg(long)]
        mine: bool,
        /// List groups of proposals on overlapping passages (same round and section) instead.
        #[arg(long)]
        competing: bool,
    },
    /// List the rounds.
    #[command(after_help = "Example:\n  consulta rounds")]
    Rounds {
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Open a round, or take back one opened too early.
    #[command(subcommand)]
    Round(RoundCommand),
    /// The secretariat's decision on a comment.
    #[command(
        after_help = "Example:\n  consulta respond 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --status modified --observations \"Agreed in substance; reworded in 5.2.\""
    )]
    Respond {
        id: String,
        /// accepted, modified (accepted with modifications), rejected (not accepted) or noted.
        #[arg(long)]
        status: String,
        /// The secretariat's observations, published in the disposition table.
        #[arg(long, default_value = "")]
        observations: String,
    },
    /// Apply accepted proposals to the working draft, committing each with attribution.
    #[command(
        after_help = "Examples:\n  consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D\n  consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --text \"the secretariat's wording\""
    )]
    Apply {
        #[arg(required = true)]
        ids: Vec<String>,
        /// The wording to apply instead of the proposal (for decisions "accepted with modifications").
        #[arg(long)]
        text: Option<String>,
    },
    /// Validate every file: JSON, fields, ids, anchors, replies, dispositions.
    #[command(after_help = "Example:\n  consulta check && echo valid")]
    Check,
    /// Prove every comment file is what its author submitted: byte for byte what the commit
    /// that added it contained, and that commit's author is the comment's author.
    #[command(
        after_help = "Example:\n  consulta verify && echo \"every comment is as submitted\""
    )]
    Verify,
    /// Add a participant's SSH key to the register (drafts/participants), or revoke their
    /// keys (secretariat); each change is a commit.
    #[command(
        after_help = "Examples:\n  consulta register ana@uni.example --key ana.pub --name \"Ana Pérez\" \\\n      --organisation \"Universidad X\" --category higher-education --country UY\n  consulta register --revoke ana@uni.example\n\nThe register is in git's allowed-signers format: `git -c gpg.ssh.allowedSignersFile=drafts/participants log --show-signature` checks signatures against it."
    )]
    Register(RegisterArgs),
    /// Fetch stakeholders' branches and merge the valid contributions (each may only add
    /// well-formed comment files by its commits' authors); refuse the others whole.
    #[command(
        after_help = "Examples:\n  consulta merge                 (every branch of the remote origin)\n  consulta merge origin upstream\n  consulta merge contrib/ana      (a local branch)\n  consulta merge https://git.example.org/ana/consultation.git\n\nFetched branches are kept under refs/consulta/incoming/<remote>/. Exit status 1 when a\ncontribution is refused; the valid ones are merged all the same."
    )]
    Merge {
        /// Remote names, repository URLs or paths, or local branch names (default: origin).
        #[arg(value_name = "REMOTE-OR-BRANCH")]
        sources: Vec<String>,
    },
    /// Take part in a consultation: copy it from URL into DIR, say who you are, and get a
    /// branch of your own for your comments; then the TUI opens on the draft.
    #[command(
        after_help = "Examples:\n  consulta join https://git.example.org/institute/framework.git\n  consulta join /mnt/shared/framework.git framework --name \"Ana Pérez\" --email ana@uni.example \\\n      --organisation \"Universidad X\" --category higher-education --country UY --no-tui\n\nThen comment (c in the TUI, or `consulta comment add`) and send (S in the TUI, or `consulta sync`;\n`consulta send -o FILE` when you cannot push)."
    )]
    Join {
        /// The consultation's address, as the secretariat gives it (https, ssh, or a folder).
        url: String,
        /// Where to put it (default: the last part of the address).
        dir: Option<PathBuf>,
        #[command(flatten)]
        who: WhoArgs,
        /// Stop after preparing the folder (also when there is no terminal).
        #[arg(long)]
        no_tui: bool,
    },
    /// Write your comments to a file (a git bundle) to send by e-mail, for when you cannot
    /// push; the secretariat takes it in with `consulta merge FILE`.
    #[command(
        after_help = "Example:\n  consulta send -o my-comments.bundle\n\nThe file holds only your commits that the consultation lacks; they are checked first with\nthe rules the secretariat's merge applies."
    )]
    Send {
        /// The file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Fetch from the remote and push: the secretariat pushes its branch and the round tags,
    /// a stakeholder their own branch.
    #[command(
        after_help = "Examples:\n  consulta sync\n  consulta sync upstream\n\nStakeholders work on their own branch (`git switch -c contrib/ana`). https and ssh remotes\ngo through the `git` command, with your credential helper, ssh agent and ~/.ssh/config.\n`git config consulta.transport git` sends every remote through `git`."
    )]
    Sync {
        /// The remote's name.
        #[arg(default_value = "origin")]
        remote: String,
    },
    /// The consultation summary: participation, comments per section, the disposition table,
    /// "you said, we did", campaigns and what remains open.
    #[command(
        after_help = "Examples:\n  consulta summary > summary.md\n  consulta summary --format html -o summary.html\n  consulta summary --round round-1 --format json\n  consulta summary --format csv -o dispositions.csv\n  consulta summary --format xlsx -o dispositions.xlsx     (the disposition table as a workbook)"
    )]
    Summary(report::SummaryArgs),
    /// Export the comments: the ISO disposition table (CSV or an Excel workbook), W3C Web
    /// Annotations (JSON-LD) or JSON.
    #[command(
        after_help = "Examples:\n  consulta export --format iso-csv -o dispositions.csv\n  consulta export --format xlsx -o comments.xlsx\n  consulta export --format w3c --base https://git.example.org/framework/raw/ > annotations.jsonld\n  consulta export --format json > comments.json"
    )]
    Export(report::ExportArgs),
    /// Import a revised draft (Markdown) or comments (ISO template spreadsheet).
    #[command(subcommand)]
    Import(report::ImportCommand),
    /// Write a blank ISO commenting template (.xlsx) for a round, to send to stakeholders: its
    /// Clause/Subclause column offers the round's clauses as a drop-down list.
    #[command(
        after_help = "Examples:\n  consulta template -o comments-round-2.xlsx\n  consulta template --round round-1 -o comments-round-1.xlsx\n\nStakeholders fill it in with Excel or LibreOffice and send it back; the secretariat imports it\nwith `consulta import comments FILE.xlsx`."
    )]
    Template(report::TemplateArgs),
    /// Print shell completions.
    #[command(
        after_help = "Example:\n  consulta completions bash > ~/.local/share/bash-completion/completions/consulta"
    )]
    Completions { shell: clap_complete::Shell },
}

#[derive(Args, Debug)]
pub struct WhoamiArgs {
    #[command(flatten)]
    pub who: WhoArgs,
    /// Sign every commit consulta makes with this SSH key file (private, or public with its
    /// private half in ssh-agent): sets user.signingkey, gpg.format=ssh and commit.gpgsign.
    #[arg(long, value_name = "KEY_FILE")]
    pub signing_key: Option<PathBuf>,
    /// The language consulta speaks to you (en, es, fr, pt): stored as git config
    /// consulta.language.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub language: Option<consulta::i18n::Lang>,
    /// Store in your user-wide git config instead of this repository's.
    #[arg(long)]
    pub global: bool,
}

/// `consulta register`: the secretariat's register of participants' keys.
#[derive(Args, Debug)]
pub struct RegisterArgs {
    /// The participant's e-mail address (their git user.email).
    pub email: String,
    /// Revoke every key of EMAIL instead of adding one.
    #[arg(long, conflicts_with_all = ["key", "name", "organisation", "category", "country"])]
    pub revoke: bool,
    /// Their public key: a .pub file, or the line `consulta whoami` printed for them.
    #[arg(long, value_name = "PUBKEY_FILE", required_unless_present = "revoke")]
    pub key: Option<PathBuf>,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub organisation: Option<String>,
    /// A category id of the consultation, such as higher-education or employer.
    #[arg(long)]
    pub category: Option<String>,
    /// ISO 3166-1 alpha-2 code, such as UY or BR.
    #[arg(long)]
    pub country: Option<String>,
}

/// Who you are, for `whoami` and `join` (each is optional; what is not given stays as it is).
#[derive(Args, Debug)]
pub struct WhoArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub organisation: Option<String>,
    /// A category id of the consultation, such as higher-education or employer.
    #[arg(long)]
    pub category: Option<String>,
    /// ISO 3166-1 alpha-2 code, such as UY or BR.
    #[arg(long)]
    pub country: Option<String>,
}

impl WhoArgs {
    /// Each identity field with the value given for it, if any.
    pub fn fields(self) -> [(consulta::repo::IdentityField, Option<String>); 5] {
        use consulta::repo::IdentityField as F;
        [
            (F::Name, self.name),
            (F::Email, self.email),
            (F::Organisation, self.organisation),
            (F::Category, self.category),
            (F::Country, self.country),
        ]
    }
}

#[derive(Subcommand, Debug)]
pub enum CommentCommand {
    /// Comment on a section or on a passage of it, optionally proposing new wording.
    #[command(
        after_help = "Examples:\n  consulta comment add --section assessment --type ge --body \"Welcome the emphasis on integrity.\"\n  consulta comment add --section 6 --quote \"simple and affordable\" --type te \\\n      --body \"Fees should be capped.\" --propose \"simple, affordable and time-bound\" --stance support\n  consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body \"We agree.\""
    )]
    Add(CommentAddArgs),
}

#[derive(Args, Debug)]
pub struct CommentAddArgs {
    /// The section (id, number or unique part of the title).
    #[arg(long)]
    pub section: String,
    /// The exact passage you comment on, as `consulta show` prints it (omit for the whole section).
    #[arg(long)]
    pub quote: Option<String>,
    /// Which occurrence of the quote, when it occurs several times (1 = first).
    #[arg(long)]
    pub occurrence: Option<usize>,
    /// ge (general), te (technical) or ed (editorial).
    #[arg(long = "type", value_name = "ge|te|ed")]
    pub kind: Option<String>,
    /// Your comment.
    #[arg(long)]
    pub body: String,
    /// Replacement wording for the quoted passage.
    #[arg(long, value_name = "TEXT")]
    pub propose: Option<String>,
    /// support, oppose or neutral.
    #[arg(long)]
    pub stance: Option<String>,
    /// Reply to another comment (its id).
    #[arg(long, value_name = "ID")]
    pub reply_to: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum RoundCommand {
    /// Tag the current commit as the next round put to consultation.
    #[command(
        after_help = "Example:\n  consulta round open round-2 --message \"Revised draft after the first consultation\""
    )]
    Open {
        name: String,
        #[arg(long, default_value = "")]
        message: String,
    },
    /// Take back the latest round, opened too early, while nobody has commented on it: its
    /// tag is deleted; the drafts and their commits stay.
    #[command(
        after_help = "Examples:\n  consulta round undo\n  consulta round undo round-3      (refused unless round-3 is the latest round)\n\nThen change the drafts, commit, and open it again with `consulta round open round-3`."
    )]
    Undo {
        /// The latest round's name (a check that you take back the round you mean).
        name: Option<String>,
    },
}

/// Output formats of `consulta diff`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Json,
    Markdown,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
}

/// `--lang`: a language consulta speaks.
fn parse_lang(s: &str) -> Result<consulta::i18n::Lang, String> {
    consulta::i18n::Lang::parse(s).ok_or_else(|| {
        consulta::t!(
            "cli-lang-unknown",
            lang = s,
            known = consulta::i18n::Lang::codes()
        )
    })
}

/// `--lang`: a language consulta speaks, or any language code (a text version of the
/// consultation, checked once the command line is read: [`check_text_lang`]).
fn parse_text_lang(s: &str) -> Result<String, String> {
    if let Some(l) = consulta::i18n::Lang::parse(s) {
        return Ok(l.code().to_string());
    }
    let code = s.trim().to_ascii_lowercase();
    if consulta::model::versions::is_language_code(&code) {
        return Ok(code);
    }
    parse_lang(s).map(|l| l.code().to_string())
}

/// The languages of the consultation around `args`' `--repo` (or the current folder), from its
/// manifest; none outside a consultation.
fn consultation_languages(args: &[std::ffi::OsString]) -> Vec<String> {
    let dir = consulta::i18n::option_in_args(args, "--repo").unwrap_or_else(|| ".".into());
    git2::Repository::discover(&dir)
        .ok()
        .as_ref()
        .and_then(|r| r.workdir().map(|w| w.join("drafts/consultation.json")))
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice::<consulta::model::Manifest>(&b).ok())
        .map(|m| m.languages)
        .unwrap_or_default()
}

/// `--lang` naming a language consulta does not speak is taken only when the consultation has
/// a text version in it (`--lang ht` reads the Haitian Creole version; the interface language
/// then comes from the rest of the chain); otherwise it is a usage error (exit 2).
fn check_text_lang(code: &str, args: &[std::ffi::OsString]) {
    if consulta::i18n::Lang::parse(code).is_some() {
        return;
    }
    let versions = consultation_languages(args);
    if versions.iter().skip(1).any(|l| l == code) {
        return;
    }
    let mut known = consulta::i18n::Lang::codes();
    // The manifest here is read unchecked (before any command validates it): only language
    // codes are named, so nothing from it reaches the terminal as it stands.
    for l in versions.iter().skip(1) {
        if consulta::model::versions::is_language_code(l)
            && consulta::i18n::Lang::parse(l).is_none()
        {
            known.push_str(", ");
            known.push_str(l);
        }
    }
    eprintln!(
        "consulta: {}",
        consulta::t!("cli-lang-unknown", lang = code, known = known)
    );
    std::process::exit(2);
}

/// The interface language of this run, by the chain of `consulta::i18n` (read before clap, so
/// that `--help` is in it too): `--lang`, `CONSULTA_LANG`, git config `consulta.language`, the
/// system locale, the consultation's first language, English.
fn interface_language(
    args: &[std::ffi::OsString],
) -> (consulta::i18n::Lang, consulta::i18n::Source) {
    use consulta::i18n;
    let flag = i18n::option_in_args(args, "--lang");
    let dir = i18n::option_in_args(args, "--repo").unwrap_or_else(|| ".".into());
    let git = git2::Repository::discover(&dir).ok();
    let config = match &git {
        Some(r) => r.config(),
        None => git2::Config::open_default(),
    };
    let git_config = config
        .and_then(|mut c| c.snapshot())
        .and_then(|c| c.get_string("consulta.language"))
        .ok();
    let consultation = consultation_languages(args);
    i18n::choose(&i18n::Settings {
        flag: flag.as_deref(),
        git_config,
        consultation: &consultation,
    })
}

/// Process-wide settings, first in `main`, before any thread.
fn prepare_process(command: &Option<Command>) {
    let networking = matches!(
        command,
        Some(Command::Sync { .. } | Command::Merge { .. } | Command::Join { .. })
    );
    if !networking && cfg!(unix) {
        // `consulta comments | head` ends quietly, as other Unix tools do, instead of a panic
        // on the closed pipe. (Networking commands keep Rust's default: a closed socket must
        // be an error, not a signal.)
        #[cfg(unix)]
        // SAFETY: called first thing in main, before any thread; SIG_DFL is a valid handler.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
}

pub fn main() -> ExitCode {
    // libgit2 hashes every object it reads again to check its id; git does not (it checks
    // when objects arrive, as libgit2's fetch does too, and in `git fsck`). Walking a branch of
    // 20,000 commits, `merge` and `verify` spent a quarter of their time re-hashing trees.
    git2::opts::strict_hash_verification(false);
    // Nor does git check, when it writes a tree, that every object the tree names exists:
    // consulta's trees name blobs it has just written or found in the tree it updates.
    git2::opts::strict_object_creation(false);
    crash::install();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (lang, source) = interface_language(&args);
    consulta::i18n::set_ui(lang);
    consulta::i18n::set_source(source);
    // Parsing needs none of the texts: the command in the interface language (a walk of
    // every command and argument through the messages) is built only to show help, the
    // version or a usage error.
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(_) => help::localise(Cli::command())
            .try_get_matches_from(&args)
            .unwrap_or_else(|e| help::exit(e)),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // The subcommand's name (never its arguments) goes into a crash report.
    let mut name = Vec::new();
    let mut m = &matches;
    while let Some((n, sub)) = m.subcommand() {
        name.push(n);
        m = sub;
    }
    crash::set_command(&if name.is_empty() {
        "tui".to_string()
    } else {
        name.join(" ")
    });
    if let Some(code) = cli.lang.as_deref() {
        check_text_lang(code, &args);
    }
    consulta::i18n::set_flag(cli.lang.as_deref().and_then(consulta::i18n::Lang::parse));
    consulta::i18n::set_text_flag(cli.lang.clone());
    prepare_process(&cli.command);
    if cli.command.is_some() {
        consulta::tui::debug_panic("the start of a command");
    }
    let result = match cli.command {
        None => commands::tui(cli.repo),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "consulta",
                &mut std::io::stdout(),
            );
            Ok(())
        }
        Some(cmd) => commands::run(cli.repo, cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "consulta: {}",
                consulta::sanitize::inline(&format!("{e:#}"))
            );
            ExitCode::from(1)
        }
    }
}
