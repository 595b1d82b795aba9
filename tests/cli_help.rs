//! `--help` and clap's parse errors in the interface language, through the real binary: the
//! help texts and clap's own words (headings, flags) come from `locales/<lang>.ftl`; in
//! English the pages are exactly what clap renders from the doc comments.

mod common;

use common::{Env, Out};

/// consulta with `args` outside any repository, with extra environment (`LC_ALL=C.UTF-8` and a
/// terminal width of 100 columns unless `vars` say otherwise).
fn run(args: &[&str], vars: &[(&str, &str)], unset: &[&str]) -> Out {
    let env = Env::new();
    let mut cmd = env.command(args);
    cmd.current_dir(&env.home)
        .env_remove("CONSULTA_LANG")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("COLUMNS", "100");
    for v in unset {
        cmd.env_remove(v);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run consulta");
    Out {
        args: args.iter().map(|s| s.to_string()).collect(),
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[track_caller]
fn has_all(text: &str, needles: &[&str], out: &Out) {
    for n in needles {
        assert!(text.contains(n), "missing {n:?}:{out:?}");
    }
}

#[track_caller]
fn has_none(text: &str, needles: &[&str], out: &Out) {
    for n in needles {
        assert!(!text.contains(n), "unexpected {n:?}:{out:?}");
    }
}

/// clap's English words, none of which a translated page may keep.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "Possible values:",
    "[OPTIONS]",
    "COMMAND",
];

#[test]
fn comment_add_help_in_spanish() {
    let out = run(&["--lang", "es", "comment", "add", "--help"], &[], &[]);
    out.ok();
    has_all(
        &out.stdout,
        &[
            "Comentar una sección o un pasaje de ella",
            "Uso: consulta comment add [OPCIONES] --section <SECCIÓN> --body <COMENTARIO>",
            "Opciones:",
            "Su comentario",
            "Responder a otro comentario (su id)",
            "Mostrar la ayuda",
            "Mostrar la versión",
            "Ejemplos:",
        ],
        &out,
    );
    has_none(&out.stdout, CLAP_ENGLISH, &out);
    // -h too, and defaults and possible values in Spanish.
    let out = run(&["--lang", "es", "sections", "-h"], &[], &[]);
    out.ok();
    has_all(
        &out.stdout,
        &["Formato de salida [por defecto: table] [valores posibles: table, json]"],
        &out,
    );
    has_none(&out.stdout, CLAP_ENGLISH, &out);
    // Values with help of their own, listed in the long help.
    let out = run(&["--lang", "es", "export", "--help"], &[], &[]);
    out.ok();
    has_all(
        &out.stdout,
        &["Valores posibles:", "- w3c:     Anotaciones web del W3C"],
        &out,
    );
    has_none(&out.stdout, CLAP_ENGLISH, &out);
    // A positional argument's heading, and the `help` command.
    let out = run(&["--lang", "es", "help", "show"], &[], &[]);
    out.ok();
    has_all(&out.stdout, &["Argumentos:", "La sección (id"], &out);
    has_none(&out.stdout, CLAP_ENGLISH, &out);
}

#[test]
fn top_level_help_in_portuguese_from_lang() {
    let out = run(
        &["--help"],
        &[("LANG", "pt_BR.UTF-8")],
        &["LC_ALL", "LC_MESSAGES"],
    );
    out.ok();
    has_all(
        &out.stdout,
        &[
            "Conduzir uma consulta",
            "Uso: consulta [OPÇÕES] [COMANDO]",
            "Comandos:",
            "Opções:",
            "Listar as rodadas",
            "Mostrar esta mensagem ou a ajuda dos comandos indicados",
            "Mostrar a ajuda",
            "Exemplos:",
            "Código de saída:",
        ],
        &out,
    );
    has_none(&out.stdout, CLAP_ENGLISH, &out);
}

#[test]
fn an_unknown_option_is_refused_in_french() {
    let out = run(&["--lang", "fr", "comment", "add", "--bogus"], &[], &[]);
    out.code(2);
    assert!(out.stdout.is_empty(), "{out:?}");
    has_all(
        &out.stderr,
        &[
            "erreur : argument inattendu '--bogus'",
            "Utilisation : consulta comment add",
            "Pour plus d'informations, essayez '--help'.",
        ],
        &out,
    );
    has_none(&out.stderr, &["error:", "unexpected", "Usage:"], &out);
    // clap's tip, translated.
    let out = run(&["--lang", "fr", "show", "--bogus"], &[], &[]);
    out.code(2);
    has_all(
        &out.stderr,
        &["conseil : pour passer '--bogus' comme valeur, utilisez '-- --bogus'"],
        &out,
    );
    // A near miss names the option meant.
    let out = run(&["--lang", "fr", "comment", "add", "--bdy", "x"], &[], &[]);
    out.code(2);
    has_all(
        &out.stderr,
        &["conseil : un argument proche existe : '--body'"],
        &out,
    );
}

#[test]
fn parse_errors_in_spanish_and_portuguese() {
    // A required argument missing.
    let out = run(&["--lang", "es", "show"], &[], &[]);
    out.code(2);
    has_all(
        &out.stderr,
        &[
            "error: falta el siguiente argumento obligatorio:\n  <SECCIÓN>",
            "Uso: consulta show",
        ],
        &out,
    );
    // An invalid value, with the values there are.
    let out = run(&["--lang", "pt", "sections", "--format", "xml"], &[], &[]);
    out.code(2);
    has_all(
        &out.stderr,
        &[
            "erro: valor inválido 'xml' para '--format <FORMATO>'",
            "[valores possíveis: table, json]",
            "Para mais informações, tente '--help'.",
        ],
        &out,
    );
    // An unknown command, with the similar ones.
    let out = run(&["--lang", "es", "comentarios"], &[], &[]);
    out.code(2);
    has_all(
        &out.stderr,
        &[
            "error: comando desconocido 'comentarios'",
            "consejo: existen comandos parecidos:",
            "'comments'",
        ],
        &out,
    );
    // A command without its subcommand shows its help on stderr, as clap does.
    let out = run(&["--lang", "es", "round"], &[], &[]);
    out.code(2);
    has_all(
        &out.stderr,
        &["Uso: consulta round", "Comandos:", "open"],
        &out,
    );
    // A language consulta does not speak, nor a text version of a consultation here: still
    // refused with cli-lang-unknown, in the language the chain gives (here CONSULTA_LANG).
    let out = run(
        &["--lang", "de", "sections"],
        &[("CONSULTA_LANG", "es")],
        &[],
    );
    out.code(2);
    has_all(
        &out.stderr,
        &["consulta: consulta no habla «de»; elija uno de: en, es, fr, pt"],
        &out,
    );
}

#[test]
fn english_help_is_clap_s_own_rendering() {
    for (args, want) in [
        (&["--help"][..], TOP_HELP),
        (&["comment", "add", "--help"], COMMENT_ADD_HELP),
        (&["comment", "add", "-h"], COMMENT_ADD_SHORT_HELP),
        (&["verify", "--help"], VERIFY_HELP),
    ] {
        let out = run(args, &[], &[]);
        out.ok();
        assert_eq!(out.stdout, want, "{out:?}");
    }
    // English errors are clap's too.
    let out = run(&["comment", "add", "--bdy", "x"], &[], &[]);
    out.code(2);
    assert_eq!(
        out.stderr,
        "error: unexpected argument '--bdy' found\n\n  tip: a similar argument exists: '--body'\n\n\
         Usage: consulta comment add --section <SECTION> --body <BODY>\n\n\
         For more information, try '--help'.\n",
        "{out:?}"
    );
}

/// `consulta --help` as clap renders it from the doc comments, 100 columns wide.
const TOP_HELP: &str = r#"Run a stakeholder consultation on a draft framework stored in git

Usage: consulta [OPTIONS] [COMMAND]

Commands:
  init         Start a new consultation in DIR (default: here)
  demo         Build the bundled sample consultation (two rounds, comments, decisions) in DIR, or a
               large synthetic one with --sections/--comments
  whoami       Show or set who you are: git's user.name and user.email, plus consulta.organisation,
               consulta.category and consulta.country
  sections     List the sections of a round (default: the latest round)
  show         Print a section's text (by id, number or unique part of the title)
  diff         Show what changed between two rounds (default: the last round against the working
               draft, or the last two rounds when the draft is unchanged), section by section, with
               the comments whose applied proposals produced each change
  comment      Add a comment
  comments     List comments, with their authors, anchors and decisions
  rounds       List the rounds
  round        Open a round, or take back one opened too early
  respond      The secretariat's decision on a comment
  apply        Apply accepted proposals to the working draft, committing each with attribution
  check        Validate every file: JSON, fields, ids, anchors, replies, dispositions
  verify       Prove every comment file is what its author submitted: byte for byte what the commit
               that added it contained, and that commit's author is the comment's author
  register     Add a participant's SSH key to the register (drafts/participants), or revoke their
               keys (secretariat); each change is a commit
  merge        Fetch stakeholders' branches and merge the valid contributions (each may only add
               well-formed comment files by its commits' authors); refuse the others whole
  join         Take part in a consultation: copy it from URL into DIR, say who you are, and get a
               branch of your own for your comments; then the TUI opens on the draft
  send         Write your comments to a file (a git bundle) to send by e-mail, for when you cannot
               push; the secretariat takes it in with `consulta merge FILE`
  sync         Fetch from the remote and push: the secretariat pushes its branch and the round tags,
               a stakeholder their own branch
  summary      The consultation summary: participation, comments per section, the disposition table,
               "you said, we did", campaigns and what remains open
  export       Export the comments: the ISO disposition table (CSV or an Excel workbook), W3C Web
               Annotations (JSON-LD) or JSON
  import       Import a revised draft (Markdown) or comments (ISO template spreadsheet)
  template     Write a blank ISO commenting template (.xlsx) for a round, to send to stakeholders:
               its Clause/Subclause column offers the round's clauses as a drop-down list
  completions  Print shell completions
  help         Print this message or the help of the given subcommand(s)

Options:
      --repo <DIR>   The consultation's folder (default: the git repository containing the current
                     folder)
      --lang <LANG>  The language of everything this command shows: messages, reports and, where the
                     framework has several language versions, the text (en, es, fr, pt, or a
                     language version of the consultation, such as ht)
  -h, --help         Print help
  -V, --version      Print version

Examples:
  consulta                              open the TUI on the consultation here (or the bundled
  sample)
  consulta demo /tmp/sample             build the sample consultation as a git repository
  consulta --repo /tmp/sample sections  list its sections
  consulta whoami --name "Ana Pérez" --email ana@uni.example --organisation "Universidad X" \
                  --category higher-education --country UY
  consulta comment add --section quality-assurance --quote "at least 25 hours" --type te \
                  --body "Too rigid for short modules." --propose "a stated workload"

Exit status: 0 success, 1 a problem you can fix (the message says what and where), 2 usage.
"#;

/// `consulta comment add --help`.
const COMMENT_ADD_HELP: &str = r#"Comment on a section or on a passage of it, optionally proposing new wording

Usage: consulta comment add [OPTIONS] --section <SECTION> --body <BODY>

Options:
      --repo <DIR>               The consultation's folder (default: the git repository containing
                                 the current folder)
      --section <SECTION>        The section (id, number or unique part of the title)
      --lang <LANG>              The language of everything this command shows: messages, reports
                                 and, where the framework has several language versions, the text
                                 (en, es, fr, pt, or a language version of the consultation, such as
                                 ht)
      --quote <QUOTE>            The exact passage you comment on, as `consulta show` prints it
                                 (omit for the whole section)
      --occurrence <OCCURRENCE>  Which occurrence of the quote, when it occurs several times (1 =
                                 first)
      --type <ge|te|ed>          ge (general), te (technical) or ed (editorial)
      --body <BODY>              Your comment
      --propose <TEXT>           Replacement wording for the quoted passage
      --stance <STANCE>          support, oppose or neutral
      --reply-to <ID>            Reply to another comment (its id)
  -h, --help                     Print help
  -V, --version                  Print version

Examples:
  consulta comment add --section assessment --type ge --body "Welcome the emphasis on integrity."
  consulta comment add --section 6 --quote "simple and affordable" --type te \
      --body "Fees should be capped." --propose "simple, affordable and time-bound" --stance support
  consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "We
  agree."
"#;

/// `consulta comment add -h`.
const COMMENT_ADD_SHORT_HELP: &str = r#"Comment on a section or on a passage of it, optionally proposing new wording

Usage: consulta comment add [OPTIONS] --section <SECTION> --body <BODY>

Options:
      --repo <DIR>               The consultation's folder (default: the git repository containing
                                 the current folder)
      --section <SECTION>        The section (id, number or unique part of the title)
      --lang <LANG>              The language of everything this command shows: messages, reports
                                 and, where the framework has several language versions, the text
                                 (en, es, fr, pt, or a language version of the consultation, such as
                                 ht)
      --quote <QUOTE>            The exact passage you comment on, as `consulta show` prints it
                                 (omit for the whole section)
      --occurrence <OCCURRENCE>  Which occurrence of the quote, when it occurs several times (1 =
                                 first)
      --type <ge|te|ed>          ge (general), te (technical) or ed (editorial)
      --body <BODY>              Your comment
      --propose <TEXT>           Replacement wording for the quoted passage
      --stance <STANCE>          support, oppose or neutral
      --reply-to <ID>            Reply to another comment (its id)
  -h, --help                     Print help
  -V, --version                  Print version

Examples:
  consulta comment add --section assessment --type ge --body "Welcome the emphasis on integrity."
  consulta comment add --section 6 --quote "simple and affordable" --type te \
      --body "Fees should be capped." --propose "simple, affordable and time-bound" --stance support
  consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "We
  agree."
"#;

/// `consulta verify --help`.
const VERIFY_HELP: &str = r#"Prove every comment file is what its author submitted: byte for byte what the commit that added it
contained, and that commit's author is the comment's author

Usage: consulta verify [OPTIONS]

Options:
      --repo <DIR>   The consultation's folder (default: the git repository containing the current
                     folder)
      --lang <LANG>  The language of everything this command shows: messages, reports and, where the
                     framework has several language versions, the text (en, es, fr, pt, or a
                     language version of the consultation, such as ht)
  -h, --help         Print help
  -V, --version      Print version

Example:
  consulta verify && echo "every comment is as submitted"
"#;
