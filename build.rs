//! Embed the bundled sample consultation (`drafts/` and `comments/`) into the binary, so that
//! `consulta demo` and the TUI's fallback work from any folder. Also the message files under
//! `locales/`: `locales/<lang>.ftl` and the files of `locales/<lang>/`, per language, so that
//! a new language's file is embedded without code.

use std::fs;
use std::path::Path;

fn collect(dir: &Path, rel: &str, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel_path = format!("{rel}/{name}");
        if e.path().is_dir() {
            collect(&e.path(), &rel_path, out);
        } else {
            out.push(rel_path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for top in ["drafts", "comments"] {
        println!("cargo:rerun-if-changed={top}");
        collect(&root.join(top), top, &mut files);
    }
    for f in &files {
        if let Some(parent) = Path::new(f).parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
    }
    let mut src = String::from("/// The bundled sample consultation: (repository path, content).\npub static SAMPLE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        src.push_str(&format!(
            "    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {f:?}))),\n"
        ));
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("sample_files.rs");
    fs::write(out, src).expect("write sample_files.rs");
    locales(root);
}

/// `LOCALE_FILES`: (language code, its message files' contents), one entry per
/// `locales/<code>.ftl`, with the files of `locales/<code>/` after it.
fn locales(root: &Path) {
    let mut langs: Vec<String> = fs::read_dir(root.join("locales"))
        .expect("locales/")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".ftl").map(str::to_string)
        })
        .collect();
    langs.sort();
    let mut src = String::from(
        "/// The message files, per language: (code, contents of each file).\npub static LOCALE_FILES: &[(&str, &[&str])] = &[\n",
    );
    for lang in &langs {
        let mut files = vec![format!("locales/{lang}.ftl")];
        let mut more = Vec::new();
        collect(
            &root.join("locales").join(lang),
            &format!("locales/{lang}"),
            &mut more,
        );
        files.extend(more.into_iter().filter(|f| f.ends_with(".ftl")));
        src.push_str(&format!("    ({lang:?}, &[\n"));
        for f in files {
            println!("cargo:rerun-if-changed={f}");
            src.push_str(&format!(
                "        include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {f:?})),\n"
            ));
        }
        src.push_str("    ]),\n");
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locale_files.rs");
    fs::write(out, src).expect("write locale_files.rs");
}
