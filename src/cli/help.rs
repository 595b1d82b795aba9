//! `--help`, and clap's parse errors, in the interface language.
//!
//! The texts of the command line live in `locales/<lang>.ftl`, under keys derived from
//! the command path and the argument id: `help-comment-add` (what the command does),
//! `help-comment-add-long` (its long description, when it has one), `help-comment-add-after`
//! (the text after the options: examples), `help-comment-add-arg-body` (an argument's help,
//! `…-long` for its long help). The top-level command is `consulta`: `help-consulta-arg-lang`.
//! Doc comments in the clap definitions stay as the developers' notes; the English shown is
//! the English message, so a new command or option without one fails the unit test below.
//!
//! clap's own words (headings, the help and version flags, the `help` subcommand, `[OPTIONS]`)
//! are replaced after `Command::build`, when clap has added them; value names (`<FILE>`),
//! `[default: …]` and `[possible values: …]` before. Parse errors are rebuilt from the error's
//! context (`exit`). In English everything renders exactly as clap renders it.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};
use consulta::i18n::{self, Lang};

/// The prefix of every help key (the key test finds keys built from it).
const PREFIX: &str = "help-";

/// The key prefix of the command at `path` (names below the top-level command).
fn prefix(path: &[String]) -> String {
    if path.is_empty() {
        "help-consulta".to_string()
    } else {
        format!("{PREFIX}{}", path.join("-"))
    }
}

/// The key of the argument `id` of the command whose prefix is `prefix`.
fn arg_key(prefix: &str, id: &str) -> String {
    format!("{prefix}-arg-{}", id.replace('_', "-"))
}

/// The message `key` in the interface language, if English has it.
fn text(key: &str) -> Option<String> {
    i18n::has_own(Lang::EN, key).then(|| consulta::t!(key))
}

/// `cmd` with its help texts, clap's headings and its own flags in the interface language.
pub fn localise(cmd: Command) -> Command {
    let mut cmd = texts(cmd, &[]);
    cmd.build();
    clap_words(cmd)
}

/// The texts of `cmd` (at `path`) and of its subcommands, from the messages.
fn texts(mut cmd: Command, path: &[String]) -> Command {
    let key = prefix(path);
    if let Some(about) = text(&key) {
        cmd = cmd.about(about);
    }
    if let Some(long) = text(&format!("{key}-long")) {
        cmd = cmd.long_about(long);
    }
    if cmd.has_subcommands() && i18n::ui() != Lang::EN {
        // `<COMMAND>` in the usage line.
        cmd = cmd.subcommand_value_name(intern(consulta::t!("help-usage-command")));
    }
    if let Some(after) = text(&format!("{key}-after")) {
        cmd = cmd.after_help(after);
    }
    if let Some(after) = text(&format!("{key}-after-long")) {
        cmd = cmd.after_long_help(after);
    }
    cmd = cmd.mut_args(|arg| {
        let key = arg_key(&key, arg.get_id().as_str());
        let mut arg = arg;
        if let Some(help) = text(&key) {
            arg = arg.help(help);
        }
        if let Some(long) = text(&format!("{key}-long")) {
            arg = arg.long_help(long);
        }
        if i18n::ui() != Lang::EN {
            arg = values(arg, &key);
            arg = value_names(arg);
        }
        arg
    });
    cmd.mut_subcommands(|sub| {
        let mut path = path.to_vec();
        path.push(sub.get_name().to_string());
        texts(sub, &path)
    })
}

/// `[default: x]` and `[possible values: a, b]` after an argument's help, in the interface
/// language (clap writes them in English); values with help of their own (`key-value-<name>`)
/// are listed in the long help, as clap does.
fn values(arg: Arg, key: &str) -> Arg {
    let mut extra = Vec::new();
    let takes_value =
        arg.get_num_args().is_some_and(|n| n.takes_values()) || arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        // As clap quotes them: an empty value or one with spaces.
        .map(|v| {
            if v.is_empty() || v.contains(char::is_whitespace) {
                format!("{v:?}")
            } else {
                v
            }
        })
        .collect();
    let mut arg = arg;
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        extra.push(consulta::t!("help-default", value = defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|p| !p.is_hide_set())
        .collect();
    let mut list = None;
    if takes_value && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = possible.iter().map(|p| p.get_name()).collect();
        extra.push(consulta::t!(
            "help-possible-values",
            list = names.join(", ")
        ));
        if possible.iter().any(|p| p.get_help().is_some()) {
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            let mut l = consulta::t!("help-possible-values-heading");
            for p in &possible {
                let name = p.get_name();
                let _ = write!(l, "\n- {name}");
                if p.get_help().is_some() {
                    let help = text(&value_key(key, name)).unwrap_or_default();
                    let pad = width - name.chars().count();
                    let _ = write!(l, ": {:pad$}{help}", "");
                }
            }
            list = Some(l);
        }
        arg = arg.hide_possible_values(true);
    }
    if extra.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let short = if help.is_empty() {
        extra.join(" ")
    } else {
        format!("{help} {}", extra.join(" "))
    };
    if let Some(list) = list {
        // The long help: the values one per line with their help, then the default.
        let mut long = help;
        long.push_str("\n\n");
        long.push_str(&list);
        if let Some(default) = extra.first().filter(|_| extra.len() == 2) {
            long.push_str("\n\n");
            long.push_str(default);
        }
        arg = arg.long_help(long);
    }
    arg.help(short)
}

/// The names an argument's values go by in the help (`<FILE>`): clap's, or the id in capitals.
fn names_of(arg: &Arg) -> Vec<String> {
    if !arg.is_positional() && !arg.get_action().takes_values() {
        return Vec::new();
    }
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None if arg.is_positional() || arg.get_action().takes_values() => {
            vec![arg.get_id().as_str().to_uppercase()]
        }
        None => Vec::new(),
    }
}

/// The key of a value name (`FILE`: `help-value-file`), if it is a word (not `ge|te|ed`).
fn value_name_key(name: &str) -> Option<String> {
    name.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        .then(|| format!("{PREFIX}value-{}", name.to_lowercase().replace('_', "-")))
}

/// The argument with its value names in the interface language: `<ARCHIVO>`.
fn value_names(arg: Arg) -> Arg {
    let names = names_of(&arg);
    if names.is_empty() {
        return arg;
    }
    let translated: Vec<String> = names
        .iter()
        .map(|n| {
            value_name_key(n)
                .and_then(|k| text(&k))
                .unwrap_or_else(|| n.clone())
        })
        .collect();
    if translated == names {
        return arg;
    }
    arg.value_names(translated.into_iter().map(intern))
}

/// A word of the help as the static string clap takes for value names (without clap's
/// `string` feature): each distinct word is kept once for the process, a few dozen at most.
fn intern(word: String) -> &'static str {
    static WORDS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut words = WORDS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(w) = words.iter().find(|w| **w == word) {
        return w;
    }
    let w: &'static str = Box::leak(word.into_boxed_str());
    words.push(w);
    w
}

/// The key of the help of the value `name` of the argument whose key is `arg_key`.
fn value_key(arg_key: &str, name: &str) -> String {
    format!("{arg_key}-value-{name}")
}

/// clap's own words in a built command: the `--help` and `--version` flags, the `help`
/// subcommand, and the headings of the help page (through a template).
fn clap_words(cmd: Command) -> Command {
    let cmd = cmd.mut_args(|arg| match arg.get_id().as_str() {
        "help" if arg.get_long() == Some("help") => {
            if arg.get_long_help().is_some() {
                arg.help(consulta::t!("help-flag-help-more"))
                    .long_help(consulta::t!("help-flag-help-summary"))
            } else {
                arg.help(consulta::t!("help-flag-help"))
            }
        }
        "version" if arg.get_long() == Some("version") => {
            arg.help(consulta::t!("help-flag-version"))
        }
        _ => arg,
    });
    let template = template(&cmd);
    let mut cmd = cmd.help_template(template);
    if i18n::ui() != Lang::EN {
        if let Some(usage) = usage(&mut cmd) {
            cmd = cmd.override_usage(usage);
        }
    }
    cmd.mut_subcommands(|sub| {
        // clap's `help` subcommand (the top level's, or a command's with subcommands).
        let sub = if sub.get_name() == "help" {
            help_subcommand(sub)
        } else {
            sub
        };
        clap_words(sub)
    })
}

/// The usage line of a built command with clap's `[OPTIONS]` in the interface language (clap
/// writes it in English; the line is otherwise clap's, styles included).
fn usage(cmd: &mut Command) -> Option<StyledStr> {
    let style = *cmd.get_styles().get_usage();
    let line = cmd.render_usage().ansi().to_string();
    let heading = format!("{}Usage:{} ", style.render(), style.render_reset());
    let line = line.strip_prefix(&heading)?;
    let options = format!("[{}]", consulta::t!("help-usage-options"));
    Some(StyledStr::from(line.replace("[OPTIONS]", &options)))
}

/// clap's `help` subcommand: its text, and the `help` command inside it.
fn help_subcommand(mut sub: Command) -> Command {
    if sub.has_subcommands() && i18n::ui() != Lang::EN {
        sub = sub.subcommand_value_name(intern(consulta::t!("help-usage-command")));
    }
    sub.about(consulta::t!("help-subcommand-help"))
        .mut_args(|arg| {
            if arg.get_id() == "subcommand" {
                arg.help(consulta::t!("help-subcommand-help-arg"))
            } else {
                arg
            }
        })
        .mut_subcommands(|s| {
            if s.get_name() == "help" {
                s.about(consulta::t!("help-subcommand-help"))
            } else {
                s
            }
        })
}

/// A heading as clap writes it, in `style`: "Options:".
fn heading(style: &clap::builder::styling::Style, key: &str) -> String {
    format!("{style}{}{style:#}", consulta::t!(key))
}

/// clap's default help template with the headings in the interface language: the sections
/// clap would show (commands, arguments, options), each with its heading.
fn template(cmd: &Command) -> StyledStr {
    let styles = cmd.get_styles();
    let header = styles.get_header();
    let shown = |a: &&Arg| !a.is_hide_set();
    let positionals = cmd.get_positionals().any(|a| shown(&a));
    let options = cmd.get_arguments().any(|a| !a.is_positional() && shown(&a));
    let commands = cmd.get_subcommands().any(|s| !s.is_hide_set());
    let mut t = String::from("{before-help}{about-with-newline}\n");
    let _ = write!(
        t,
        "{} {{usage}}",
        heading(styles.get_usage(), "help-heading-usage")
    );
    let mut sections = Vec::new();
    if commands {
        sections.push(format!(
            "{}\n{{subcommands}}",
            heading(header, "help-heading-commands")
        ));
    }
    if positionals {
        sections.push(format!(
            "{}\n{{positionals}}",
            heading(header, "help-heading-arguments")
        ));
    }
    if options {
        sections.push(format!(
            "{}\n{{options}}",
            heading(header, "help-heading-options")
        ));
    }
    if !sections.is_empty() {
        t.push_str("\n\n");
        t.push_str(&sections.join("\n\n"));
    }
    t.push_str("{after-help}");
    StyledStr::from(t)
}

/// Prints a parse error of clap in the interface language, or the help or version clap
/// produced, and exits as clap does: 0 for help and version, 2 for a usage error.
pub fn exit(err: clap::Error) -> ! {
    let kind = err.kind();
    if matches!(kind, ErrorKind::DisplayHelp | ErrorKind::DisplayVersion)
        || kind == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        err.exit();
    }
    let Some(message) = message(&err) else {
        err.exit();
    };
    // Styled as clap styles its errors; plain unless stderr is a terminal that takes colour.
    let styles = clap::builder::Styles::default();
    let (error, valid) = (styles.get_error(), styles.get_valid());
    let mut out = String::new();
    let _ = write!(
        out,
        "{error}{}{error:#} {message}",
        consulta::t!("help-error")
    );
    let tips = tips(&err);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            let _ = write!(
                out,
                "\n  {valid}{}{valid:#} {tip}",
                consulta::t!("help-error-tip")
            );
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.ansi().to_string();
        let usage = usage.replacen("Usage:", &consulta::t!("help-heading-usage"), 1);
        let _ = write!(out, "\n\n{usage}");
    }
    let _ = write!(
        out,
        "\n\n{}\n",
        consulta::t!("help-error-more", flag = "--help")
    );
    let out = StyledStr::from(out);
    if colour() {
        eprint!("{}", out.ansi());
    } else {
        eprint!("{out}");
    }
    std::process::exit(err.exit_code());
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// `'a', 'b'`: names as clap quotes them.
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The error's first line, after `error:`; `None` for an error this module does not translate.
fn message(err: &clap::Error) -> Option<String> {
    let arg = string(err, ContextKind::InvalidArg);
    let value = string(err, ContextKind::InvalidValue);
    let mut m = match err.kind() {
        ErrorKind::UnknownArgument => consulta::t!("help-error-unknown-argument", arg = arg?),
        ErrorKind::InvalidSubcommand => consulta::t!(
            "help-error-unknown-subcommand",
            name = string(err, ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::MissingRequiredArgument => {
            let args = strings(err, ContextKind::InvalidArg);
            if args.is_empty() {
                return None;
            }
            let mut m = consulta::t!("help-error-missing-arguments", count = args.len());
            for a in args {
                let _ = write!(m, "\n  {a}");
            }
            m
        }
        ErrorKind::MissingSubcommand => consulta::t!(
            "help-error-missing-subcommand",
            name = string(err, ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::InvalidValue if value.as_deref() == Some("") => {
            consulta::t!("help-error-value-missing", arg = arg?)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut m = consulta::t!("help-error-invalid-value", value = value?, arg = arg?);
            if err.kind() == ErrorKind::ValueValidation {
                // The value parser's own reason (`--lang`: cli-lang-unknown, already translated).
                if let Some(source) = std::error::Error::source(&err) {
                    let _ = write!(m, ": {source}");
                }
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            match err.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => {
                    consulta::t!("help-error-repeated", arg = arg)
                }
                Some(ContextValue::String(prior)) => consulta::t!(
                    "help-error-conflict",
                    arg = arg,
                    other = quoted(std::slice::from_ref(prior))
                ),
                Some(ContextValue::Strings(prior)) => {
                    consulta::t!("help-error-conflict", arg = arg, other = quoted(prior))
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    let valid = match err.kind() {
        ErrorKind::MissingSubcommand => strings(err, ContextKind::ValidSubcommand),
        _ => strings(err, ContextKind::ValidValue),
    };
    if !valid.is_empty() {
        let key = if err.kind() == ErrorKind::MissingSubcommand {
            "help-error-subcommands"
        } else {
            "help-error-possible-values"
        };
        let _ = write!(m, "\n  [{}]", consulta::t!(key, list = valid.join(", ")));
    }
    Some(m)
}

/// The error's tips ("a similar argument exists"), translated where clap's sentence is known,
/// without their label.
fn tips(err: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    for (kind, key) in [
        (
            ContextKind::SuggestedSubcommand,
            "help-error-similar-subcommand",
        ),
        (ContextKind::SuggestedArg, "help-error-similar-argument"),
        (ContextKind::SuggestedValue, "help-error-similar-value"),
    ] {
        let names = strings(err, kind);
        if !names.is_empty() {
            tips.push(consulta::t!(
                key,
                count = names.len(),
                names = quoted(&names)
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(said)) = err.get(ContextKind::Suggested) {
        for s in said {
            tips.push(tip(&s.to_string()));
        }
    }
    tips
}

/// Whether stderr takes colour, as clap decides by default: a terminal, `NO_COLOR` unset and
/// `TERM` not `dumb`.
fn colour() -> bool {
    use std::io::IsTerminal;
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    std::io::stderr().is_terminal()
        && !set("NO_COLOR")
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// One of clap's own tips, translated when it is one of the sentences clap writes today (else
/// as clap wrote it).
fn tip(said: &str) -> String {
    // "to pass '--x' as a value, use '-- --x'"
    if let Some(rest) = said.strip_prefix("to pass '") {
        if let Some((arg, rest)) = rest.split_once("' as a value, use '") {
            if let Some(usage) = rest.strip_suffix('\'') {
                return consulta::t!("help-error-tip-value", arg = arg, usage = usage);
            }
        }
    }
    // "subcommand 'x' exists; to use it, remove the '--' before it"
    if let Some(name) = said
        .strip_prefix("subcommand '")
        .and_then(|r| r.strip_suffix("' exists; to use it, remove the '--' before it"))
    {
        return consulta::t!("help-error-tip-dash", name = name);
    }
    // "'sub --flag' exists"
    if let Some(what) = said
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix("' exists"))
    {
        return consulta::t!("help-error-tip-exists", what = what);
    }
    said.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and every argument of the command line, with the key of its help.
    fn keys(cmd: &Command, path: &[String], out: &mut Vec<(String, String)>) {
        let key = prefix(path);
        out.push((key.clone(), format!("command {:?}", path.join(" "))));
        // Texts the code gives beyond the one-line help need their messages too.
        let extra = [
            ("-long", cmd.get_long_about().is_some()),
            ("-after", cmd.get_after_help().is_some()),
            ("-after-long", cmd.get_after_long_help().is_some()),
        ];
        for (suffix, given) in extra {
            if given {
                out.push((
                    format!("{key}{suffix}"),
                    format!("{suffix} of {:?}", path.join(" ")),
                ));
            }
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let what = format!("argument {} of {:?}", arg.get_id(), path.join(" "));
            let key = arg_key(&key, arg.get_id().as_str());
            if arg.get_long_help().is_some() {
                out.push((format!("{key}-long"), what.clone()));
            }
            for p in arg.get_possible_values() {
                if let Some(help) = p.get_help() {
                    // English says what the code's doc comment says.
                    let k = value_key(&key, p.get_name());
                    if i18n::has_own(Lang::EN, &k) {
                        assert_eq!(consulta::t_in!(Lang::EN, &k), help.to_string(), "{k}");
                    }
                    out.push((k, format!("value {} of {what}", p.get_name())));
                }
            }
            for name in names_of(arg) {
                if let Some(k) = value_name_key(&name) {
                    // English is the name clap shows today.
                    if i18n::has_own(Lang::EN, &k) {
                        assert_eq!(consulta::t_in!(Lang::EN, &k), name, "{k}");
                    }
                    out.push((k, format!("value name {name} of {what}")));
                }
            }
            out.push((key, what));
        }
        for sub in cmd.get_subcommands() {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_string());
            keys(sub, &path, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_english() {
        let mut all = Vec::new();
        keys(&super::super::Cli::command(), &[], &mut all);
        assert!(all.len() > 50, "{all:?}");
        let missing: Vec<_> = all
            .iter()
            .filter(|(key, _)| !i18n::has_own(Lang::EN, key))
            .map(|(key, what)| format!("{key} ({what})"))
            .collect();
        assert!(
            missing.is_empty(),
            "help texts missing in locales/en.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn clap_sentences_are_translated() {
        let es = Lang::parse("es").unwrap();
        i18n::with_ui(es, || {
            let t = tip("to pass '--bogus' as a value, use '-- --bogus'");
            assert!(t.contains("--bogus") && t.contains("-- --bogus"), "{t}");
            assert_ne!(t, "to pass '--bogus' as a value, use '-- --bogus'");
            let t = tip("'comment add --body' exists");
            assert!(
                t.contains("comment add --body") && !t.contains("exists"),
                "{t}"
            );
            let t = tip("subcommand 'show' exists; to use it, remove the '--' before it");
            assert!(t.contains("show") && !t.contains("exists"), "{t}");
            assert_eq!(tip("something new"), "something new");
        });
    }
}
