//! The sample's HTML summary in a real browser (headless Chromium), as its readers meet it: no
//! sideways scrolling at phone, tablet and laptop widths, no WCAG 2.1 A/AA violation found by
//! axe-core, and printed to PDF with every row of the disposition table in it.
//!
//! Needs `chromium` (or `CONSULTA_CHROMIUM`), `node`, `pdftotext` and `pdfinfo`
//! (poppler-utils), and axe-core installed by `npm ci --prefix tests/browser`; `.ci/run`
//! installs them all and sets `CONSULTA_BROWSER_TESTS=require`. Elsewhere, when one is missing,
//! the test says so and passes without checking anything.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Env;
use serde_json::Value;

/// The window widths checked: a small phone, a tablet, a laptop.
const WIDTHS: [u32; 3] = [360, 768, 1280];

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

struct Tools {
    chromium: PathBuf,
    node: PathBuf,
    pdftotext: PathBuf,
    pdfinfo: PathBuf,
    axe: PathBuf,
}

/// The tools, or what is missing.
fn tools() -> Result<Tools, Vec<String>> {
    let mut missing = Vec::new();
    let chromium = std::env::var_os("CONSULTA_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| {
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .find_map(|n| on_path(n))
        });
    let mut need = |found: Option<PathBuf>, what: &str| {
        if found.is_none() {
            missing.push(what.to_string());
        }
        found.unwrap_or_default()
    };
    let chromium = need(chromium, "chromium (apt-get install chromium)");
    let node = need(on_path("node"), "node");
    let pdftotext = need(
        on_path("pdftotext"),
        "pdftotext (apt-get install poppler-utils)",
    );
    let pdfinfo = need(
        on_path("pdfinfo"),
        "pdfinfo (apt-get install poppler-utils)",
    );
    let axe = browser_dir().join("node_modules/axe-core/axe.min.js");
    let axe = need(
        axe.is_file().then_some(axe),
        "axe-core (npm ci --prefix tests/browser)",
    );
    if missing.is_empty() {
        Ok(Tools {
            chromium,
            node,
            pdftotext,
            pdfinfo,
            axe,
        })
    } else {
        Err(missing)
    }
}

fn browser_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// The tools, or None after saying clearly what is missing; in CI a missing tool fails.
fn tools_or_skip(test: &str) -> Option<Tools> {
    match tools() {
        Ok(t) => Some(t),
        Err(missing) => {
            let msg = format!(
                "SKIPPED {test}: missing {}. `.ci/run` installs them.",
                missing.join(", ")
            );
            if std::env::var("CONSULTA_BROWSER_TESTS").as_deref() == Ok("require") {
                panic!("{msg}");
            }
            eprintln!("{msg}");
            None
        }
    }
}

/// The sample consultation's HTML summary, written to a file, and its JSON twin.
fn sample_summary(env: &Env) -> (PathBuf, Value) {
    let file = env.root().join("summary.html");
    env.run(&["summary", "--format", "html", "-o", file.to_str().unwrap()])
        .ok();
    let json = env.run(&["summary", "--format", "json"]).ok().json();
    (file, json)
}

fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn html_summary_fits_every_width_and_has_no_wcag_violation() {
    let Some(t) = tools_or_skip("html_summary_fits_every_width_and_has_no_wcag_violation") else {
        return;
    };
    let env = Env::demo();
    let (file, _) = sample_summary(&env);
    let mut cmd = Command::new(&t.node);
    cmd.arg(browser_dir().join("check.mjs"))
        .arg(&t.chromium)
        .arg(&file)
        .arg(&t.axe)
        .args(WIDTHS.map(|w| w.to_string()));
    let out: Value = serde_json::from_str(&run(&mut cmd, "the browser check")).unwrap();
    for w in WIDTHS {
        let scroll = out["widths"][w.to_string()].as_u64().unwrap();
        eprintln!("window {w} px: scrollWidth {scroll} px");
        assert!(
            scroll <= u64::from(w),
            "at a {w}-pixel window the page is {scroll} pixels wide: it scrolls sideways"
        );
        let violations = out["axe"][w.to_string()].as_array().unwrap();
        assert!(
            violations.is_empty(),
            "axe-core finds WCAG 2.1 A/AA violations at {w} px: {violations:#?}"
        );
    }
    eprintln!("axe-core: no WCAG 2.1 A/AA violation at {WIDTHS:?} px");
}

fn print_to_pdf(chromium: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", html.display());
    run(
        Command::new(chromium).args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            &format!("--user-data-dir={}", profile.path().display()),
            &format!("--print-to-pdf={}", pdf.display()),
            &url,
        ]),
        "chromium --print-to-pdf",
    );
}

#[test]
fn printed_summary_holds_every_row_of_the_disposition_table() {
    let Some(t) = tools_or_skip("printed_summary_holds_every_row_of_the_disposition_table") else {
        return;
    };
    let env = Env::demo();
    let (file, json) = sample_summary(&env);
    let pdf = env.root().join("summary.pdf");
    print_to_pdf(&t.chromium, &file, &pdf);
    let info = run(Command::new(&t.pdfinfo).arg(&pdf), "pdfinfo");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    let size = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap_or_default()
        .to_string();
    eprintln!("PDF: {pages} pages; {size}");
    assert!(size.contains("841.92 x 594.96"), "A4 landscape: {size}");
    // Raw text keeps each cell's words in the order they are drawn, a cut id would be split.
    let text = run(
        Command::new(&t.pdftotext)
            .args(["-raw", "-enc", "UTF-8"])
            .arg(&pdf)
            .arg("-"),
        "pdftotext",
    );
    let ids: Vec<&str> = json["dispositions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() > 50, "the sample has its rows");
    // An id wrapped inside its narrow column comes out as two lines: it is whole, so lines
    // are joined before looking for it.
    let joined: String = text.split_whitespace().collect();
    let missing: Vec<&&str> = ids.iter().filter(|id| !joined.contains(**id)).collect();
    assert!(
        missing.is_empty(),
        "{} of {} comment ids are not in the PDF's text: {missing:?}",
        missing.len(),
        ids.len()
    );
    // Nothing runs into the right margin (12 mm, 34 pt) or off the page.
    let bbox = run(
        Command::new(&t.pdftotext)
            .args(["-bbox"])
            .arg(&pdf)
            .arg("-"),
        "pdftotext -bbox",
    );
    let off_page: Vec<&str> = bbox
        .lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .filter(|l| {
            let attr = |name: &str| -> f64 {
                l.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0.0)
            };
            attr("xMax") > 842.0 - 32.0 || attr("xMin") < 32.0
        })
        .collect();
    assert!(
        off_page.is_empty(),
        "words beyond the page edge: {off_page:?}"
    );
    // No blank page: pdftotext ends each page with a form feed.
    let per_page: Vec<usize> = text
        .split('\u{c}')
        .take(pages)
        .map(|p| p.lines().filter(|l| !l.trim().is_empty()).count())
        .collect();
    assert_eq!(per_page.len(), pages);
    assert!(
        per_page.iter().all(|&n| n >= 5),
        "a page with almost no text: lines per page {per_page:?}"
    );
}
