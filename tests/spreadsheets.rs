//! Spreadsheets as they really arrive: the ISO commenting template as CSV in the forms
//! spreadsheet programs save it (BOM, semicolons, Windows-1252, UTF-16 tabs), as workbooks
//! written by `rust_xlsxwriter` and edited "by hand" (translated headers, title lines, merged
//! cells, clauses turned into numbers), as LibreOffice converts it (xlsx, ods, xls, CSV), and the
//! blank template `consulta template` writes.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{open_workbook_auto, Data, Reader};
use common::{comments_by_id, empty_clone, Env};
use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value;

const SAMPLE_COMMENTS: usize = 76;

/// The sample's disposition table as `consulta export --format iso-csv` writes it.
fn export_csv(source: &Env) -> String {
    source
        .run(&["export", "--format", "iso-csv"])
        .ok()
        .stdout
        .clone()
}

fn records(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn write_csv(rows: &[Vec<String>], delimiter: u8) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// Import `file` into a fresh copy of the sample without comments; the comments must be the
/// source's, and the output must say how the file was read.
fn imports_back(source: &Env, file: &Path, read_as: &str) {
    let target = empty_clone(source);
    let out = target.run(&["import", "comments", file.to_str().unwrap()]);
    out.ok()
        .stdout_has(read_as)
        .stdout_has(&format!("Imported {SAMPLE_COMMENTS} comments"));
    assert_eq!(
        comments_by_id(&target),
        comments_by_id(source),
        "{}",
        file.display()
    );
}

#[test]
fn csv_in_every_form_spreadsheet_programs_save() {
    let source = Env::demo();
    let rows = records(&export_csv(&source));
    let dir = source.root();

    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(write_csv(&rows, b',').as_bytes());
    std::fs::write(dir.join("bom.csv"), bom).unwrap();
    imports_back(
        &source,
        &dir.join("bom.csv"),
        "read as UTF-8 (with a byte-order mark), separated by commas, header on row 1",
    );

    // What Excel writes as "CSV" in Spanish, Portuguese and French locales.
    let semicolons = write_csv(&rows, b';');
    std::fs::write(dir.join("semi.csv"), &semicolons).unwrap();
    imports_back(
        &source,
        &dir.join("semi.csv"),
        "read as UTF-8, separated by semicolons",
    );
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&semicolons);
    assert!(
        !unmappable,
        "the sample is all in Windows-1252's repertoire"
    );
    assert!(
        std::str::from_utf8(&cp1252).is_err(),
        "the sample has accented letters, so this is not UTF-8"
    );
    std::fs::write(dir.join("cp1252.csv"), &cp1252).unwrap();
    imports_back(
        &source,
        &dir.join("cp1252.csv"),
        "read as Windows-1252, separated by semicolons",
    );

    // Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated.
    let mut utf16 = vec![0xFF, 0xFE];
    for u in write_csv(&rows, b'\t').encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(dir.join("unicode.txt"), utf16).unwrap();
    imports_back(
        &source,
        &dir.join("unicode.txt"),
        "read as UTF-16LE, separated by tabs",
    );

    // Forcing the wrong encoding is the user's call: the Windows-1252 file read as UTF-8 fails
    // with a message naming the file.
    let target = empty_clone(&source);
    let f = dir.join("cp1252.csv");
    target.refused(
        &[
            "import",
            "comments",
            f.to_str().unwrap(),
            "--encoding",
            "utf-8",
        ],
        &["cp1252.csv", "not valid UTF-8 text"],
    );
}

/// A cell as the text a person sees in it.
fn shown(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        d => d.to_string(),
    }
}

fn sheet_rows(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    let mut book = open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(shown).collect())
        .collect()
}

fn zip_part(path: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn xlsx_export_filled_in_by_hand_comes_back() {
    let source = Env::demo();
    // A stakeholder's comment that a spreadsheet would run as a formula.
    source.become_stakeholder("Ana Prueba", "ana@prueba.example");
    source
        .run(&[
            "comment",
            "add",
            "--section",
            "assessment",
            "--type",
            "ge",
            "--body",
            "=HYPERLINK(\"http://x.example\",\"click\")",
        ])
        .ok();
    source.become_secretariat();
    let book = source.root().join("comments.xlsx");
    source
        .run(&["export", "--format", "xlsx", "-o", book.to_str().unwrap()])
        .ok();
    let rows = sheet_rows(&book, "Comments");
    assert_eq!(rows[0][..3], ["MB/NC", "Line number", "Clause/Subclause"]);
    assert_eq!(rows.len(), SAMPLE_COMMENTS + 2, "header and every comment");
    let sheet = zip_part(&book, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "no formula in the workbook");
    assert!(sheet.contains("<pane ") && sheet.contains("state=\"frozen\""));
    assert!(sheet.contains("<cols>"), "column widths are set");
    assert!(zip_part(&book, "xl/styles.xml").contains("quotePrefix=\"1\""));
    assert!(zip_part(&book, "xl/tables/table1.xml").contains("<autoFilter "));
    let email = rows[0].iter().position(|h| h == "Author email").unwrap();
    assert!(rows[1..].iter().all(|r| r[email].contains('@')));
    // The published table: the same rows, without e-mail addresses.
    let published = source.root().join("summary.xlsx");
    source
        .run(&[
            "summary",
            "--format",
            "xlsx",
            "-o",
            published.to_str().unwrap(),
        ])
        .ok();
    let prows = sheet_rows(&published, "Comments");
    assert_eq!(prows.len(), rows.len());
    assert!(prows[1..]
        .iter()
        .all(|r| r.get(email).is_none_or(String::is_empty)));

    // Filled in by hand: the sheet renamed and translated, the ISO template's title lines above
    // the header, clauses typed as numbers, two new rows with the member body and author
    // merged across them, formatted empty rows below.
    let filled = source.root().join("rellenado.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Comentarios").unwrap();
    let plain = Format::new();
    ws.merge_range(
        0,
        0,
        0,
        7,
        "Plantilla para comentarios y observaciones de la secretaría",
        &plain,
    )
    .unwrap();
    ws.write_string(1, 0, "Documento: marco regional").unwrap();
    ws.write_string(2, 0, "Fecha: 2026-06-01").unwrap();
    let top = 4u32;
    let es = [
        "OM/CN",
        "Número de línea",
        "Cláusula/Subcláusula (p. ej. 3.1)",
        "Párrafo/Figura/Tabla",
        "Tipo de comentario",
        "Comentarios",
        "Cambio propuesto",
        "Observaciones de la secretaría",
    ];
    for (j, h) in rows[0].iter().enumerate() {
        ws.write_string(top, j as u16, es.get(j).copied().unwrap_or(h))
            .unwrap();
    }
    let mut numbers = 0;
    for (i, r) in rows[1..].iter().enumerate() {
        let row = top + 1 + i as u32;
        for (j, c) in r.iter().enumerate() {
            match c.parse::<f64>() {
                Ok(n) if matches!(j, 1..=3) => {
                    numbers += usize::from(j == 2 && c.contains('.'));
                    ws.write_number(row, j as u16, n).unwrap();
                }
                _ if c.is_empty() => {}
                _ => {
                    ws.write_string(row, j as u16, c).unwrap();
                }
            }
        }
    }
    assert!(numbers > 5, "clauses such as 2.3 became numbers");
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap() as u16;
    let (r1, r2) = (top + rows.len() as u32, top + rows.len() as u32 + 1);
    for (c, v) in [
        (0, "UY"),
        (col("Author name"), "Comité Técnico UY"),
        (col("Author email"), "comite@unit.example"),
        (col("Organisation"), "Instituto Uruguayo de Normas Técnicas"),
    ] {
        ws.merge_range(r1, c, r2, c, v, &plain).unwrap();
    }
    ws.write_number(r1, 2, 2.3).unwrap();
    ws.write_string(r1, 4, "te").unwrap();
    ws.write_string(r1, 5, "Un mínimo fijo excluye módulos cortos.")
        .unwrap();
    ws.write_string(r2, 2, "5.2").unwrap();
    ws.write_string(r2, 4, "ed").unwrap();
    ws.write_string(r2, 5, "Redacción: «appropriate» es vago.")
        .unwrap();
    let bordered = Format::new().set_border(rust_xlsxwriter::FormatBorder::Thin);
    for r in r2 + 1..r2 + 20 {
        for c in 0..8 {
            ws.write_blank(r, c, &bordered).unwrap();
        }
    }
    wb.save(&filled).unwrap();

    let target = empty_clone(&source);
    let out = target.run(&["import", "comments", filled.to_str().unwrap()]);
    out.ok()
        .stdout_has("read sheet \"Comentarios\" of an Excel workbook (.xlsx), header on row 5")
        .stdout_has(&format!("Imported {} comments", SAMPLE_COMMENTS + 3));
    let got = comments_by_id(&target);
    let want = comments_by_id(&source);
    let old: Vec<&Value> = got
        .iter()
        .filter(|c| want.iter().any(|w| w["id"] == c["id"]))
        .collect();
    assert_eq!(
        old,
        want.iter().collect::<Vec<_>>(),
        "the comments come back"
    );
    assert!(want
        .iter()
        .any(|c| c["comment"] == "=HYPERLINK(\"http://x.example\",\"click\")"));
    let new: Vec<&Value> = got
        .iter()
        .filter(|c| c["author"]["name"] == "Comité Técnico UY")
        .collect();
    assert_eq!(new.len(), 2, "{new:?}");
    for c in &new {
        assert_eq!(
            c["author"]["country"], "UY",
            "the merged MB/NC applies to both"
        );
        assert_eq!(c["author"]["email"], "comite@unit.example");
    }
    let on = |s: &str| new.iter().find(|c| c["section"] == s).unwrap()["comment"].clone();
    assert_eq!(on("definition"), "Un mínimo fijo excluye módulos cortos.");
    assert_eq!(on("assessment"), "Redacción: «appropriate» es vago.");
}

#[test]
fn clauses_a_spreadsheet_changed_are_read_as_shown_or_reported() {
    let env = Env::started("Cláusulas");
    let draft = env.root().join("draft.md");
    let mut text = String::from("# 1 Scope\n\n");
    for n in 1..=9 {
        text.push_str(&format!("1.{n} Paragraph {n}.\n\n"));
    }
    text.push_str("# 2 Terms\n\n1.10 The tenth clause, numbered in the old way.\n");
    std::fs::write(&draft, text).unwrap();
    env.run(&["import", "draft", draft.to_str().unwrap(), "--round", "r1"])
        .ok();
    let book = env.root().join("clauses.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (j, h) in [
        "Clause",
        "Type of comment",
        "Comments",
        "Author name",
        "Author email",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, j as u16, *h).unwrap();
    }
    let two_decimals = Format::new().set_num_format("0.00");
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write_number(1, 0, 1.1).unwrap(); // typed 1.10 or 1.1? General cannot say
    ws.write_number_with_format(2, 0, 1.1, &two_decimals)
        .unwrap(); // shows 1.10
    ws.write_number_with_format(3, 0, 46300.0, &date).unwrap(); // "1.10" read as a date
    ws.write_number(4, 0, 1.2).unwrap(); // no 1.20: plain
    for r in 1..=4 {
        ws.write_string(r, 1, "ed").unwrap();
        ws.write_string(r, 2, format!("Row {}.", r + 1)).unwrap();
        ws.write_string(r, 3, "Ana Prueba").unwrap();
        ws.write_string(r, 4, "ana@prueba.example").unwrap();
    }
    wb.save(&book).unwrap();
    let args = ["import", "comments", book.to_str().unwrap()];
    let out = env.refused(
        &args,
        &[
            "clauses.xlsx: sheet \"Sheet1\", row 2, column A (Clause): the spreadsheet stored the clause as the number 1.1, which is also what it makes of 1.10",
            "sheet \"Sheet1\", row 4, column A (Clause): the spreadsheet turned the clause into a date",
            "nothing was imported",
        ],
    );
    assert!(
        !out.stderr.contains("row 3") && !out.stderr.contains("row 5"),
        "{out:?}"
    );
    let mut partial = args.to_vec();
    partial.push("--partial");
    env.run(&partial).ok().stdout_has("Imported 2 comments");
    let got = env.comments_json();
    let section_of = |body: &str| {
        got.iter().find(|c| c["comment"] == body).unwrap()["section"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        section_of("Row 3."),
        "terms",
        "0.00 shows 1.10, the clause in Terms"
    );
    assert_eq!(section_of("Row 5."), "scope");
}

#[test]
fn template_offers_the_rounds_clauses() {
    let env = Env::demo();
    let t = env.root().join("template.xlsx");
    env.run(&["template", "-o", t.to_str().unwrap()])
        .ok()
        .stdout_has("the commenting template for round-2");
    let rows = sheet_rows(&t, "Comments");
    let header = rows
        .iter()
        .position(|r| r.iter().any(|c| c == "Comments"))
        .unwrap();
    assert_eq!(rows[header][..2], ["MB/NC", "Line number"]);
    assert!(
        rows[0][0].starts_with("Template for comments"),
        "{:?}",
        rows[0]
    );
    let clauses = sheet_rows(&t, "Clauses");
    let listed: Vec<&str> = clauses.iter().map(|r| r[0].as_str()).collect();
    for c in ["1", "2.3", "5.2", "6"] {
        assert!(listed.contains(&c), "{c} in {listed:?}");
    }
    let sheet = zip_part(&t, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<dataValidation type=\"list\""), "{sheet}");
    assert!(
        sheet.contains(&format!(
            "<formula1>Clauses!$A$2:$A${}</formula1>",
            listed.len()
        )),
        "the drop-down lists every clause"
    );
    assert!(sheet.contains("<formula1>\"ge,te,ed\"</formula1>"));
    // The blank template is recognised (title lines skipped) and imports as nothing.
    env.become_secretariat();
    env.run(&["import", "comments", t.to_str().unwrap()])
        .ok()
        .stdout_has("header on row 5")
        .stdout_has("Imported 0 comments");
}

fn soffice() -> Option<PathBuf> {
    let out = Command::new("soffice").arg("--version").output().ok()?;
    out.status.success().then(|| PathBuf::from("soffice"))
}

/// Convert `file` with LibreOffice into `dir`; returns the written file.
fn convert(env: &Env, file: &Path, to: &str, ext: &str, dir: &str) -> PathBuf {
    let out_dir = env.root().join(dir);
    let profile = format!("file://{}", env.root().join("lo-profile").display());
    let mut cmd = env.program("soffice");
    cmd.arg(format!("-env:UserInstallation={profile}"))
        .arg("--headless");
    if file.extension().is_some_and(|e| e == "csv") {
        // Comma-separated, quoted with ", UTF-8 (76), from line 1.
        cmd.arg("--infilter=CSV:44,34,76,1");
    }
    let out = cmd
        .args(["--convert-to", to, "--outdir"])
        .arg(&out_dir)
        .arg(file)
        .output()
        .unwrap();
    let stem = file.file_stem().unwrap().to_str().unwrap();
    let written = out_dir.join(format!("{stem}.{ext}"));
    assert!(
        written.is_file(),
        "soffice wrote no {}: {}{}",
        written.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    written
}

#[test]
fn libreoffice_round_trip() {
    if soffice().is_none() {
        eprintln!(
            "SKIPPED libreoffice_round_trip: `soffice` is not installed (Debian: apt-get install libreoffice-calc-nogui)"
        );
        return;
    }
    let source = Env::demo();
    let csv_file = source.root().join("export.csv");
    std::fs::write(&csv_file, export_csv(&source)).unwrap();
    let xlsx = convert(&source, &csv_file, "xlsx", "xlsx", "xlsx");
    imports_back(&source, &xlsx, "of an Excel workbook (.xlsx)");
    let ods = convert(&source, &csv_file, "ods", "ods", "ods");
    imports_back(&source, &ods, "of an OpenDocument spreadsheet (.ods)");
    let xls = convert(&source, &csv_file, "xls", "xls", "xls");
    imports_back(&source, &xls, "of an Excel 97-2003 workbook (.xls)");
    // Calc's CSV in a Spanish-locale setup: semicolons, Windows-1252.
    let semi = convert(
        &source,
        &csv_file,
        "csv:Text - txt - csv (StarCalc):59,34,1252",
        "csv",
        "semi",
    );
    imports_back(
        &source,
        &semi,
        "read as Windows-1252, separated by semicolons",
    );
    // And back from a workbook LibreOffice wrote to the xlsx consulta writes: Calc reads it.
    let ours = source.root().join("ours.xlsx");
    source
        .run(&["export", "--format", "xlsx", "-o", ours.to_str().unwrap()])
        .ok();
    let ods2 = convert(&source, &ours, "ods", "ods", "ours-ods");
    imports_back(&source, &ods2, "of an OpenDocument spreadsheet (.ods)");
}
