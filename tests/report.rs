//! `consulta summary`, `consulta export` and `consulta import comments` on the sample
//! consultation: golden files in every format, HTML checked by a real HTML parser, the CSV read
//! back with the `csv` crate, the W3C export's required fields, and the import round trip.
//!
//! Regenerate the golden files with `UPDATE_GOLDEN=1 cargo test --test report`.

mod common;

use std::collections::HashSet;
use std::path::PathBuf;

use common::{comments_by_id, empty_clone, Env, SECRETARIAT};
use serde_json::Value;

/// The four form letters of the sample's campaign on equity and access.
const CAMPAIGN: [&str; 4] = [
    "01KP621TY8JVM3DVW2CWWG435Q",
    "01KP64CMG07RWKCXEXWKCYQZN4",
    "01KP96SSY02EZNBQB9XFST06AE",
    "01KPE0YCPRE8MVDPTGWJRQZEBE",
];

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Replace what changes from run to run: commit ids (runs of 10 or 40 hex digits holding a
/// digit) and the time of generation (an RFC 3339 time on a line that says "generated").
fn filter(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let line = if line.to_lowercase().contains("generated") {
            mask_times(line)
        } else {
            line.to_string()
        };
        out.push_str(&mask_commits(&line));
    }
    out
}

fn mask_commits(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let is_hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
        if is_hex(chars[i]) && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let mut j = i;
            while j < chars.len() && is_hex(chars[j]) {
                j += 1;
            }
            let run: String = chars[i..j].iter().collect();
            let bounded = j == chars.len() || !chars[j].is_alphanumeric();
            if bounded
                && (run.len() == 10 || run.len() == 40)
                && run.chars().any(|c| c.is_ascii_digit())
            {
                out.push_str("<commit>");
                i = j;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn mask_times(line: &str) -> String {
    // YYYY-MM-DDTHH:MM:SSZ
    let b = line.as_bytes();
    let shape = b"dddd-dd-ddTdd:dd:ddZ";
    let mut out = String::new();
    let mut i = 0;
    while i < line.len() {
        if i + shape.len() <= b.len()
            && shape.iter().enumerate().all(|(k, &s)| {
                let c = b[i + k];
                if s == b'd' {
                    c.is_ascii_digit()
                } else {
                    c == s
                }
            })
        {
            out.push_str("<generated>");
            i += shape.len();
        } else {
            let ch = line[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

#[track_caller]
fn golden(name: &str, actual: &str) {
    let actual = filter(actual);
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() || !path.exists() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\r\n", "\n");
    let got = actual.replace("\r\n", "\n");
    if want != got {
        let first = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(got.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n want: {:?}\n  got: {:?}\n(UPDATE_GOLDEN=1 regenerates it)",
            first + 1,
            want.lines().nth(first),
            got.lines().nth(first)
        );
    }
}

#[test]
fn summary_golden_files_in_every_format() {
    let env = Env::demo();
    for (format, file) in [
        ("markdown", "summary.md"),
        ("html", "summary.html"),
        ("json", "summary.json"),
        ("csv", "summary.csv"),
    ] {
        let out = env.run(&["summary", "--format", format]);
        out.ok();
        golden(file, &out.stdout);
    }
    let out = env.run(&["summary", "--round", "round-1", "--format", "markdown"]);
    out.ok();
    golden("summary-round-1.md", &out.stdout);
}

#[test]
fn summary_counts_and_campaign_of_the_sample() {
    let env = Env::demo();
    let out = env.run(&["summary", "--format", "json"]);
    let v = out.ok().json();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["participation"]["comments"], 76);
    assert_eq!(v["sections"].as_array().unwrap().len(), 13);
    let decided: u64 = ["accepted", "modified", "rejected", "noted"]
        .iter()
        .map(|k| v["decisions"][k].as_u64().unwrap())
        .sum();
    assert_eq!(decided, 53);
    assert_eq!(v["open"], 23);
    assert_eq!(v["dispositions"].as_array().unwrap().len(), 76);
    // Country names from the table, with the code.
    let uy = v["participation"]["by_country"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "UY")
        .unwrap();
    assert_eq!(uy["name"], "Uruguay");
    // Category labels from the manifest.
    assert!(v["participation"]["by_category"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["label"] == "Learner or student organisation"));
    // The form-letter campaign, and only it.
    let groups = v["campaigns"]["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{groups:?}");
    let ids: Vec<&str> = groups[0]["ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect();
    assert_eq!(ids, CAMPAIGN);
    assert_eq!(groups[0]["sections"][0], "equity-and-access");
    assert_eq!(v["campaigns"]["threshold"], 0.6);
    // "You said, we did": round-1 to round-2, with the 9 applied proposals behind the changes.
    let ch = &v["changes"][0];
    assert_eq!(
        (ch["from"].as_str(), ch["to"].as_str()),
        (Some("round-1"), Some("round-2"))
    );
    let traced: HashSet<&str> = ch["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            s["comments"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap())
        })
        .collect();
    assert_eq!(traced.len(), 9, "{traced:?}");
    let applied: Vec<&Value> = v["dispositions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["resulting_change"].is_null())
        .collect();
    assert_eq!(applied.len(), 9);
    for r in applied {
        assert_eq!(r["resulting_change"]["round"], "round-2");
        assert!(traced.contains(r["id"].as_str().unwrap()));
    }
    // --round: only that round's comments.
    let r2 = env.run(&["summary", "--round", "round-2", "--format", "json"]);
    let r2 = r2.ok().json();
    assert_eq!(r2["participation"]["comments"], 15);
    assert_eq!(r2["scope"]["round"], "round-2");
    env.run(&["summary", "--round", "round-9"])
        .code(1)
        .stderr_has("round-1, round-2");
}

/// A demo copy with hostile comments added through `consulta comment add`.
fn hostile_demo() -> Env {
    let env = Env::demo();
    env.become_stakeholder("Prueba Hostil", "hostil@prueba.example");
    env.run(&[
        "comment",
        "add",
        "--section",
        "financing",
        "--type",
        "ge",
        "--body",
        "<script>alert(1)</script> & \"quoted\" | pipe\nsecond line",
    ])
    .ok();
    env.run(&[
        "comment",
        "add",
        "--section",
        "financing",
        "--type",
        "ed",
        "--body",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
    ])
    .ok();
    env
}

#[test]
fn html_is_self_contained_and_escapes_stakeholder_text() {
    let env = hostile_demo();
    let out = env.run(&["summary", "--format", "html"]);
    out.ok();
    let doc = scraper::Html::parse_document(&out.stdout);
    assert!(doc.errors.is_empty(), "HTML parse errors: {:?}", doc.errors);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    assert_eq!(doc.select(&sel("script")).count(), 0, "no script element");
    for (tag, attr) in [
        ("link", "href"),
        ("img", "src"),
        ("iframe", "src"),
        ("object", "data"),
    ] {
        assert_eq!(
            doc.select(&sel(&format!("{tag}[{attr}]"))).count(),
            0,
            "no external {tag}"
        );
    }
    assert!(!out.stdout.contains("http://") || !out.stdout.contains("src=\"http"));
    assert!(
        !out.stdout.contains("<script"),
        "the raw text has no script tag"
    );
    // The hostile comment is shown as text, in a table cell.
    let cell = doc
        .select(&sel("td"))
        .find(|td| {
            td.text()
                .collect::<String>()
                .contains("<script>alert(1)</script>")
        })
        .expect("the comment shows as text");
    assert!(cell
        .text()
        .collect::<String>()
        .contains("& \"quoted\" | pipe"));
    // Five charts (weeks, categories, countries, sections, decisions), each with text labels
    // and a description naming its values.
    let svgs: Vec<_> = doc.select(&sel("svg")).collect();
    assert_eq!(svgs.len(), 5);
    for svg in &svgs {
        assert!(svg.select(&sel("text")).count() >= 2);
        let desc: String = svg.select(&sel("desc")).flat_map(|d| d.text()).collect();
        assert!(desc.contains(": "), "{desc}");
    }
    // Print styles are inline.
    let style: String = doc.select(&sel("style")).flat_map(|s| s.text()).collect();
    assert!(style.contains("@media print"));
    // Markdown keeps the comment in its cell.
    let md = env.run(&["summary"]);
    let line = md
        .ok()
        .stdout
        .lines()
        .find(|l| l.contains("alert(1)"))
        .unwrap()
        .to_string();
    assert!(line.contains("\\<script\\>alert(1)\\</script\\>"), "{line}");
    assert!(line.contains("\\| pipe<br>second line"), "{line}");
}

#[test]
fn you_said_we_did_in_words_with_links_to_the_table() {
    let env = Env::demo();
    let html = env.run(&["summary", "--format", "html"]);
    let doc = scraper::Html::parse_document(&html.ok().stdout);
    assert!(doc.errors.is_empty(), "HTML parse errors: {:?}", doc.errors);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let text = |e: scraper::ElementRef| e.text().collect::<String>();
    // Every link to a comment lands on a row of the disposition table.
    let rows: HashSet<String> = doc
        .select(&sel("table.disposition tr[id]"))
        .map(|r| r.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(rows.len(), 76);
    let links: Vec<_> = doc.select(&sel("a[href^='#c-']")).collect();
    assert!(links.len() > 20);
    for a in &links {
        let target = &a.value().attr("href").unwrap()[1..];
        assert!(rows.contains(target), "link to a missing row: {target}");
    }
    // "Definition" changed because of one comment: the old and new passage, marked, and what
    // the comment was about, said and proposed, and what was decided.
    let article = doc
        .select(&sel("#you-said article.change"))
        .find(|a| text(a.select(&sel("h4")).next().unwrap()).starts_with("2 Definition"))
        .expect("the Definition section's change");
    assert!(article.select(&sel(".passage del, .passage ins")).count() >= 1);
    let ins: String = article.select(&sel("ins")).map(text).collect();
    assert!(!ins.trim().is_empty());
    let item = article.select(&sel("ul.because > li")).next().unwrap();
    let item_text = text(item);
    assert!(
        item_text.contains("Red Iberoamericana de Registros de Cualificaciones, Costa Rica"),
        "{item_text}"
    );
    let terms: Vec<String> = item.select(&sel("dt")).map(text).collect();
    for t in ["About", "Comment", "Proposed", "Decision"] {
        assert!(terms.iter().any(|x| x == t), "{t} in {terms:?}");
    }
    let link = item.select(&sel("a.id")).next().unwrap();
    assert_eq!(
        link.value().attr("href"),
        Some("#c-01KP4T3SFG78KATH4HCYJTZJC0")
    );
    // The week chart draws weeks with comments only: the sample has 10 of its 17 weeks.
    let weeks = doc
        .select(&sel("svg[aria-labelledby^='weeks']"))
        .next()
        .unwrap();
    assert_eq!(weeks.select(&sel("rect.bar")).count(), 10);
    assert!(text(weeks).contains("2026-W17 to 2026-W23"));

    // The Markdown says the same in words.
    let md = env.run(&["summary"]);
    let md = md.ok().stdout.clone();
    let said = &md[md.find("## You said, we did").unwrap()..md.find("## Campaigns").unwrap()];
    assert!(said.contains("#### 2 Definition (changed"), "{said}");
    assert!(said.contains("As it was (round-1):\n\n> "), "{said}");
    assert!(said.contains("As it is now (round-2):\n\n> "), "{said}");
    assert!(said.contains("**"), "insertions are marked");
    assert!(said.contains("- **Red Iberoamericana de Registros de Cualificaciones, Costa Rica** · `01KP4T3SFG78KATH4HCYJTZJC0`"), "{said}");
    assert!(said.contains("  - Decision: "), "{said}");
    // Weeks without comments are one line, not rows of zeros.
    assert!(md.contains("no comments in 2026-W17 to 2026-W23"));
    assert!(!md.contains("| 2026-W17 |"));
}

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[test]
fn csv_parses_back_into_the_same_rows_and_neutralises_formulas() {
    let env = hostile_demo();
    let csv_out = env.run(&["summary", "--format", "csv"]);
    let (header, rows) = read_csv(&csv_out.ok().stdout);
    assert_eq!(
        &header[..8],
        [
            "MB/NC",
            "Line number",
            "Clause/Subclause",
            "Paragraph/Figure/Table",
            "Type of comment",
            "Comments",
            "Proposed change",
            "Observations of the secretariat"
        ]
    );
    let json = env.run(&["summary", "--format", "json"]).json();
    let want = json["dispositions"].as_array().unwrap();
    assert_eq!(rows.len(), want.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, w) in rows.iter().zip(want) {
        assert_eq!(row[col("Comment id")], w["id"].as_str().unwrap());
        let comment = w["comment"].as_str().unwrap();
        let cell = &row[col("Comments")];
        if comment.starts_with('=') {
            assert_eq!(cell, &format!("'{comment}"), "formula neutralised");
        } else {
            assert_eq!(cell, comment);
        }
        assert_eq!(row[col("Decision")], w["status_label"].as_str().unwrap());
        assert_eq!(row[col("MB/NC")], w["country"].as_str().unwrap());
        assert_eq!(
            row[col("Type of comment")],
            &w["type"].as_str().unwrap()[..2]
        );
    }
    assert!(rows
        .iter()
        .any(|r| r[col("Comments")].starts_with("'=HYPERLINK(")));
    assert!(rows
        .iter()
        .any(|r| r[col("Comments")].contains("<script>alert(1)</script>")));
    // The published summary withholds the e-mail addresses; export --format iso-csv, which
    // is imported back, is the same table with them.
    let email = col("Author email");
    assert!(rows.iter().all(|r| r[email].is_empty()));
    let export = env.run(&["export", "--format", "iso-csv"]);
    let (export_header, mut export_rows) = read_csv(&export.ok().stdout);
    assert_eq!(export_header, header);
    assert!(export_rows.iter().all(|r| r[email].contains('@')));
    for r in &mut export_rows {
        r[email].clear();
    }
    assert_eq!(export_rows, rows);
}

#[test]
fn output_file_is_written_whole() {
    let env = Env::demo();
    let target = env.root().join("out/summary.html");
    env.run(&[
        "summary",
        "--format",
        "html",
        "-o",
        target.to_str().unwrap(),
    ])
    .ok();
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
    let names: Vec<_> = std::fs::read_dir(target.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["summary.html"], "no temporary file left behind");
}

#[test]
fn w3c_export_has_the_required_fields() {
    let env = Env::demo();
    let v = env.run(&["export", "--format", "w3c"]).ok().json();
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    assert!(v["id"].is_string());
    assert_eq!(v["total"], 76);
    assert_eq!(v["first"]["type"], "AnnotationPage");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 76);
    let ids: HashSet<&str> = items.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 76, "ids are unique");
    let mut seen = HashSet::new();
    for a in items {
        let id = a["id"].as_str().unwrap();
        assert!(id.starts_with("urn:uuid:") && id.len() == 45, "{id}");
        assert_eq!(a["type"], "Annotation");
        assert!(a["created"].is_string());
        assert!(a["creator"]["name"].is_string());
        let bodies = a["body"].as_array().unwrap();
        assert!(!bodies.is_empty());
        for b in bodies {
            assert_eq!(b["type"], "TextualBody");
            assert_eq!(b["format"], "text/plain");
            assert!(b["value"].is_string());
        }
        let m = a["motivation"].as_str().unwrap();
        seen.insert(m.to_string());
        match m {
            "replying" => {
                let t = a["target"].as_str().expect("a reply targets its parent");
                assert!(ids.contains(t), "the parent {t} is in the collection");
            }
            "editing" => {
                assert_eq!(bodies.len(), 2);
                assert_eq!(bodies[1]["purpose"], "editing");
            }
            "commenting" | "questioning" => {}
            other => panic!("unexpected motivation {other}"),
        }
        if m != "replying" {
            let t = &a["target"];
            assert!(t["source"].as_str().unwrap().contains("/drafts/"));
            if let Some(sel) = t["selector"].as_array() {
                assert_eq!(sel[0]["type"], "TextQuoteSelector");
                assert!(sel[0]["exact"].is_string());
                assert_eq!(sel[1]["type"], "TextPositionSelector");
                assert!(sel[1]["start"].as_u64().unwrap() < sel[1]["end"].as_u64().unwrap());
            }
        }
    }
    for m in ["commenting", "editing", "replying"] {
        assert!(seen.contains(m), "{m} among {seen:?}");
    }
    // The JSON export: every comment with its disposition.
    let j = env.run(&["export", "--format", "json"]).ok().json();
    let comments = j["comments"].as_array().unwrap();
    assert_eq!(comments.len(), 76);
    assert_eq!(
        comments
            .iter()
            .filter(|c| !c["disposition"].is_null())
            .count(),
        53
    );
    assert_eq!(
        comments
            .iter()
            .filter(|c| c["disposition"]["applied_round"] == "round-2")
            .count(),
        9
    );
}

#[test]
fn export_then_import_gives_the_same_comments_back() {
    let source = Env::demo();
    let sheet = source.root().join("sheet.csv");
    source
        .run(&[
            "export",
            "--format",
            "iso-csv",
            "-o",
            sheet.to_str().unwrap(),
        ])
        .ok();
    let target = empty_clone(&source);
    assert!(comments_by_id(&target).is_empty());
    let out = target.run(&["import", "comments", sheet.to_str().unwrap()]);
    out.ok().stdout_has("Imported 76 comments");
    assert_eq!(comments_by_id(&target), comments_by_id(&source));
    // One commit per author, authored by them.
    let authors = target.git(&["log", "--format=%ae", "--grep=^Imported-by: "]);
    let distinct: HashSet<&str> = authors.lines().collect();
    assert!(
        !distinct.contains(SECRETARIAT),
        "authored by the stakeholders"
    );
    assert_eq!(
        authors.lines().count(),
        distinct.len(),
        "one commit per author"
    );
    assert_eq!(distinct.len(), 30);
    target.run(&["check"]).ok();
    // Importing the same sheet again is refused whole: the ids are taken.
    target.refused(
        &["import", "comments", sheet.to_str().unwrap()],
        &[
            "row 2, column K (Comment id):",
            "already in the consultation",
            "nothing was imported",
        ],
    );
}

#[test]
fn rows_that_cannot_be_placed_are_reported_and_nothing_is_imported() {
    let source = Env::demo();
    let target = empty_clone(&source);
    let sheet = target.root().join("iso.csv");
    // The template as a spreadsheet sends it: its own headers, one author for the sheet.
    std::fs::write(
        &sheet,
        "MB/NC¹,Line number (e.g. 17),Clause/ Subclause (e.g. 3.1),Paragraph/ Figure/ Table/ (e.g. Table 1),Type of comment²,Comments,Proposed change,Observations of the secretariat\r\n\
         UY,,6,,ge,\"Good section, \"\"clear\"\".\",,\r\n\
         UY,,99.9,,te,Unknown clause.,,\r\n\
         UY,,2.3,,xx,Bad type.,,\r\n\
         UY,,2.3,,te,Fine on a clause.,,\r\n",
    )
    .unwrap();
    let args = [
        "import",
        "comments",
        sheet.to_str().unwrap(),
        "--author-name",
        "Comité Nacional",
        "--author-email",
        "comite@nacional.example",
        "--organisation",
        "Comité Nacional de Normalización",
        "--category",
        "government",
    ];
    let out = target.refused(
        &args,
        &[
            "row 3, column C (Clause/ Subclause (e.g. 3.1)):",
            "clause \"99.9\"",
            "row 4, column E (Type of comment²):",
            "nothing was imported",
        ],
    );
    assert!(
        !out.stderr.contains("row 2") && !out.stderr.contains("row 5"),
        "{out:?}"
    );
    let mut partial = args.to_vec();
    partial.push("--partial");
    target.run(&partial).ok().stdout_has("Imported 2 comments");
    let got = comments_by_id(&target);
    assert_eq!(got.len(), 2);
    let on_clause = got
        .iter()
        .find(|c| c["comment"] == "Fine on a clause.")
        .unwrap();
    assert_eq!(on_clause["section"], "definition");
    assert_eq!(on_clause["author"]["country"], "UY");
    let whole = got
        .iter()
        .find(|c| c["section"] == "quality-assurance")
        .unwrap();
    assert_eq!(whole["comment"], "Good section, \"clear\".");
    // A quote that is not in the section.
    std::fs::write(
        &sheet,
        "Section,Quote,Type of comment,Comments,Author name,Author email\nassessment,no such words here,te,Hm.,A B,ab@x.example\n",
    )
    .unwrap();
    target.refused(
        &["import", "comments", sheet.to_str().unwrap()],
        &[
            "row 2, column B (Quote):",
            "the quote",
            "is not in section assessment",
        ],
    );
}

#[test]
fn only_the_secretariat_imports() {
    let source = Env::demo();
    let target = empty_clone(&source);
    target.become_stakeholder("Ana Prueba", "ana@prueba.example");
    let sheet = target.root().join("s.csv");
    std::fs::write(
        &sheet,
        "Section,Type of comment,Comments\nassessment,ge,Hi.\n",
    )
    .unwrap();
    target.refused(
        &["import", "comments", sheet.to_str().unwrap()],
        &["only the secretariat"],
    );
}

/// The summary's JSON, written with its table rendered on two threads piece by piece, is byte
/// for byte what serde_json writes for the whole summary, whatever the size of the pieces.
#[test]
fn summary_json_written_in_pieces_is_serde_jsons() {
    let env = Env::demo();
    let store = consulta::repo::Store::open(&env.repo).unwrap();
    let mut sum = consulta::report::Summary::build(&store, None).unwrap();
    assert!(sum.dispositions.len() > 20, "{}", sum.dispositions.len());
    let whole = serde_json::to_string_pretty(&sum).unwrap();
    for chunk in [1, 2, 7, 1024] {
        let mut out = Vec::new();
        consulta::report::summary::write_json_chunked(&mut sum, &mut out, chunk).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole, "pieces of {chunk}");
    }
    // An empty table too.
    let rows = std::mem::take(&mut sum.dispositions);
    let mut out = Vec::new();
    consulta::report::summary::write_json(&mut sum, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        serde_json::to_string_pretty(&sum).unwrap()
    );
    assert!(!rows.is_empty());
}
