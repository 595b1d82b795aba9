//! The interface in its users' languages: Project Fluent messages, one file per language under
//! `locales/` (embedded in the binary), with CLDR's plural rules. English is the fallback for a
//! message a translation lacks; a key name never reaches the user.
//!
//! Every user-facing string is a message key: `t!("key")`, or `t!("key", count = n, file = f)`
//! with arguments, in the interface language; `t_in!(lang, "key", …)` in another language (a
//! published report has its own). A fifth language is a new file `locales/<code>.ftl`, plus the
//! CLDR names generated into `locales/<code>/cldr.ftl` by `tools/cldr-names.py`: no new code.
//!
//! The interface language is chosen once per process (`choose`), in this order: `--lang`,
//! `CONSULTA_LANG`, git config `consulta.language`, the system locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`, or the system's setting where those are not used), the consultation's first
//! language, English.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

pub use fluent_bundle::FluentValue as Value;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// One language's messages. Each language is parsed the first time one of its messages is
/// asked for: a command in Spanish parses Spanish and, for a message Spanish lacks, English;
/// never the other languages. (A loader that parses every language at start-up, such as
/// `fluent-templates`' static loader, cost every command 5 ms, more than a whole `git diff`.)
type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| known().iter().map(|_| OnceLock::new()).collect());
    all[lang.0].get_or_init(|| {
        let k = &known()[lang.0];
        let mut b = Bundle::new_concurrent(vec![k.id.clone()]);
        // Unicode isolation marks around arguments are invisible in a browser but take a
        // column in a terminal and break alignment; names and paths are sanitised instead.
        b.set_use_isolating(false);
        for text in k.files {
            // tests/i18n_keys.rs checks that every file parses; a broken one is skipped.
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            // A key given twice keeps its first text.
            let _ = b.add_resource(res);
        }
        b
    })
}

/// The message `key` in exactly `lang`, with `args`, if it has it and it formats cleanly.
fn lookup(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// `key` in `lang`, else in English.
fn lookup_or_english(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    lookup(lang, key, args).or_else(|| {
        if lang == Lang::EN {
            None
        } else {
            lookup(Lang::EN, key, args)
        }
    })
}

/// A language consulta speaks: an index into [`languages`] (English first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(usize);

struct Known {
    code: String,
    id: LanguageIdentifier,
    files: &'static [&'static str],
}

fn known() -> &'static [Known] {
    static KNOWN: OnceLock<Vec<Known>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut v: Vec<Known> = LOCALE_FILES
            .iter()
            .filter_map(|(code, files)| {
                Some(Known {
                    code: code.to_string(),
                    id: code.parse().ok()?,
                    files,
                })
            })
            .collect();
        v.sort_by(|a, b| (a.code != "en", &a.code).cmp(&(b.code != "en", &b.code)));
        v
    })
}

impl Lang {
    /// English, the fallback.
    pub const EN: Lang = Lang(0);

    /// The language `tag` names, if consulta speaks it: `es`, `es-MX`, `pt_BR.UTF-8`, `FR`
    /// all work; `C` and `POSIX` name none.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        // A POSIX locale: language[_territory][.codeset][@modifier].
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
            return None;
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        let known = known();
        known
            .iter()
            .position(|k| k.id == id)
            .or_else(|| known.iter().position(|k| k.id.language == id.language))
            .map(Lang)
    }

    /// The language's code, as its file is named: `en`, `es`, `pt`, `fr`.
    pub fn code(self) -> &'static str {
        &known()[self.0].code
    }

    /// Every language consulta speaks, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..known().len()).map(Lang)
    }

    /// The codes of every language, for messages: "en, es, fr, pt".
    pub fn codes() -> String {
        Lang::all().map(Lang::code).collect::<Vec<_>>().join(", ")
    }

    /// The language's name in itself: "español", "português".
    pub fn own_name(self) -> String {
        language_name(self.code(), self)
    }

    /// The next language, after the last the first (the TUI's `L` and language pickers).
    pub fn next(self) -> Lang {
        Lang((self.0 + 1) % known().len())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

static UI: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static UI_HERE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The interface language of this thread (the process's, unless [`with_ui`] set another).
pub fn ui() -> Lang {
    UI_HERE
        .with(Cell::get)
        .unwrap_or_else(|| Lang(UI.load(Ordering::Relaxed)))
}

/// Sets the process's interface language (once, at start; the TUI's language picker).
pub fn set_ui(lang: Lang) {
    UI.store(lang.0, Ordering::Relaxed);
}

static SOURCE: std::sync::Mutex<Source> = std::sync::Mutex::new(Source::Default);

/// Records where the process's interface language came from (`consulta whoami` says it).
pub fn set_source(source: Source) {
    *SOURCE.lock().unwrap_or_else(|e| e.into_inner()) = source;
}

/// Where the process's interface language came from.
pub fn source() -> Source {
    *SOURCE.lock().unwrap_or_else(|e| e.into_inner())
}

/// `--lang`, when given: 1 + the language's index, 0 for none.
static FLAG: AtomicUsize = AtomicUsize::new(0);

/// Records the language the user asked for with `--lang` (`None`: not given). Commands with
/// content in several languages read it with [`flag`]: a report's language, a text's version.
pub fn set_flag(lang: Option<Lang>) {
    FLAG.store(lang.map_or(0, |l| l.0 + 1), Ordering::Relaxed);
}

/// The language given with `--lang`, if any.
pub fn flag() -> Option<Lang> {
    FLAG.load(Ordering::Relaxed).checked_sub(1).map(Lang)
}

/// `--lang` as given, lower-cased: also a language consulta does not speak, when the
/// consultation has a text version in it (`ht`): the text's version to read.
static TEXT_FLAG: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Records `--lang` as given (a language code), for the version of the text to read.
pub fn set_text_flag(code: Option<String>) {
    *TEXT_FLAG.lock().unwrap_or_else(|e| e.into_inner()) = code;
}

/// The language code given with `--lang`, if any: the text version it asks for.
pub fn text_flag() -> Option<String> {
    TEXT_FLAG.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// Runs `f` with this thread's interface language set to `lang` (tests render the TUI in
/// several languages side by side; a thread-wide setting keeps them apart).
pub fn with_ui<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = UI_HERE.with(|c| c.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            UI_HERE.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// The message `key` in `lang`, with `args`; English when `lang` lacks it. A key missing in
/// English too (a bug the key-coverage test catches) shows as nothing rather than as its name.
pub fn message(lang: Lang, key: &str, args: &[(&'static str, Value<'_>)]) -> String {
    let found = if args.is_empty() {
        lookup_or_english(lang, key, None)
    } else {
        let mut map = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            map.set(*k, v.clone());
        }
        lookup_or_english(lang, key, Some(&map))
    };
    found.unwrap_or_else(|| {
        debug_assert!(false, "message {key:?} exists in no language");
        String::new()
    })
}

/// Whether `lang` itself has `key` (not through the English fallback): the key-coverage test
/// and `translation status`.
pub fn has_own(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// The name of the country with ISO 3166-1 code `code` in `lang`, from CLDR; the code itself
/// (upper-cased) when CLDR has no name for it.
pub fn country_name(code: &str, lang: Lang) -> String {
    let code = code.trim().to_ascii_uppercase();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return code;
    }
    lookup_or_english(lang, &format!("cldr-region-{code}"), None).unwrap_or(code)
}

/// The name of the language with code `code` (`es`, `pt`, `ht`…) in `lang`, from CLDR; the code
/// itself when CLDR has none.
pub fn language_name(code: &str, lang: Lang) -> String {
    let code = code.trim().to_ascii_lowercase();
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        return code;
    }
    lookup_or_english(lang, &format!("cldr-language-{code}"), None).unwrap_or(code)
}

/// Where the interface language came from (`consulta whoami` says it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Flag,
    Environment,
    GitConfig,
    System,
    Consultation,
    Default,
}

/// What the chain of settings gives, each read by the caller (`--lang`, the git config value,
/// the consultation's languages); the environment is read here.
pub struct Settings<'a> {
    pub flag: Option<&'a str>,
    pub git_config: Option<String>,
    pub consultation: &'a [String],
}

/// The interface language, by the chain in the module's comment. A setting naming a language
/// consulta does not speak passes to the next one.
pub fn choose(s: &Settings<'_>) -> (Lang, Source) {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(l) = s.flag.and_then(Lang::parse) {
        return (l, Source::Flag);
    }
    if let Some(l) = env("CONSULTA_LANG").as_deref().and_then(Lang::parse) {
        return (l, Source::Environment);
    }
    if let Some(l) = s.git_config.as_deref().and_then(Lang::parse) {
        return (l, Source::GitConfig);
    }
    if let Some(l) = system_language() {
        return (l, Source::System);
    }
    if let Some(l) = s.consultation.first().and_then(|c| Lang::parse(c)) {
        return (l, Source::Consultation);
    }
    (Lang::EN, Source::Default)
}

/// The system locale's language: POSIX's order (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the
/// first set decides, and `C` or `POSIX` names no language), else the system's own setting
/// (Windows, macOS) through `sys-locale`.
fn system_language() -> Option<Lang> {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = std::env::var(name).ok().filter(|v| !v.trim().is_empty()) {
            return Lang::parse(&v);
        }
    }
    if cfg!(unix) && !cfg!(target_os = "macos") {
        return None;
    }
    sys_locale::get_locale().as_deref().and_then(Lang::parse)
}

/// Pre-reads an option such as `--lang X` or `--lang=X` from the command line, before clap
/// parses it, so that clap's `--help` texts are already in the chosen language.
pub fn option_in_args(args: &[std::ffi::OsString], option: &str) -> Option<String> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let Some(a) = a.to_str() else {
            continue;
        };
        if a == "--" {
            return None;
        }
        if a == option {
            return it.next().and_then(|v| v.to_str()).map(str::to_string);
        }
        if let Some(v) = a.strip_prefix(option).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

/// A message in the interface language: `t!("key")`, `t!("key", count = n, file = name)`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::message($crate::i18n::ui(), $key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $crate::i18n::ui(),
            $key,
            &[$((stringify!($name), $crate::i18n::Value::from($value))),+],
        )
    };
}

/// A message in the language `lang` (a published report's): `t_in!(lang, "key", n = 3)`.
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $key:expr) => {
        $crate::i18n::message($lang, $key, &[])
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Value::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_from_tags_and_locales() {
        let code = |t: &str| Lang::parse(t).map(Lang::code);
        assert_eq!(code("es"), Some("es"));
        assert_eq!(code("es_ES.UTF-8"), Some("es"));
        assert_eq!(code("pt-BR"), Some("pt"));
        assert_eq!(code("pt_PT@euro"), Some("pt"));
        assert_eq!(code("FR"), Some("fr"));
        assert_eq!(code("en_JM.UTF-8"), Some("en"));
        assert_eq!(code("C.UTF-8"), None);
        assert_eq!(code("POSIX"), None);
        assert_eq!(code("de_DE.UTF-8"), None);
        assert_eq!(code(""), None);
        assert_eq!(Lang::EN.code(), "en");
        let all: Vec<_> = Lang::all().map(Lang::code).collect();
        assert_eq!(all, ["en", "es", "fr", "pt"]);
    }

    #[test]
    fn cldr_names_in_each_language() {
        let es = Lang::parse("es").unwrap();
        let pt = Lang::parse("pt").unwrap();
        let fr = Lang::parse("fr").unwrap();
        assert_eq!(country_name("br", Lang::EN), "Brazil");
        assert_eq!(country_name("BR", pt), "Brasil");
        assert_eq!(country_name("HT", fr), "Haïti");
        assert_eq!(country_name("MX", es), "México");
        assert_eq!(country_name("QQ", es), "QQ");
        assert_eq!(country_name("x{", es), "X{");
        assert_eq!(es.own_name(), "español");
        assert_eq!(language_name("ht", fr), "créole haïtien");
    }

    #[test]
    fn messages_fall_back_to_english_and_never_show_a_key() {
        let es = Lang::parse("es").unwrap();
        assert_eq!(message(es, "lang-self", &[]), "español");
        // A message Spanish lacks comes out in English: CLDR names Tunisian Arabic in English,
        // not in Spanish.
        assert!(has_own(Lang::EN, "cldr-language-aeb") && !has_own(es, "cldr-language-aeb"));
        assert_eq!(
            message(es, "cldr-language-aeb", &[]),
            message(Lang::EN, "cldr-language-aeb", &[])
        );
        assert!(!message(es, "cldr-language-aeb", &[]).is_empty());
        // A key no language has is never shown as itself.
        assert!(!has_own(Lang::EN, "no-such-message"));
        with_ui(es, || assert_eq!(ui(), es));
        assert_eq!(
            t_in!(Lang::EN, "count-comments", count = 1usize),
            "1 comment"
        );
        assert_eq!(
            t_in!(Lang::EN, "count-comments", count = 3usize),
            "3 comments"
        );
        assert_eq!(t_in!(es, "count-comments", count = 3usize), "3 comentarios");
    }

    #[test]
    fn the_flag_is_read_before_clap() {
        let args = |v: &[&str]| {
            v.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        let lang = |v: &[&str]| option_in_args(&args(v), "--lang");
        assert_eq!(
            lang(&["consulta", "--lang", "es", "x"]).as_deref(),
            Some("es")
        );
        assert_eq!(
            lang(&["consulta", "sections", "--lang=pt"]).as_deref(),
            Some("pt")
        );
        assert_eq!(lang(&["consulta", "--", "--lang", "es"]), None);
        assert_eq!(lang(&["consulta", "--language", "es"]), None);
    }
}
