//! Time the consultation summary on a synthetic consultation.
//!
//! `cargo bench --bench summary` builds a synthetic consultation (default 200 sections and
//! 20,000 comments; `CONSULTA_BENCH_COMMENTS=100000` for the full size) in a temporary folder,
//! then times reading the records, building the summary and rendering each format.
//! `CONSULTA_BENCH_REPO=DIR` times an existing consultation instead.

use std::time::Instant;

use consulta::report::{self, Summary};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let comments: usize = std::env::var("CONSULTA_BENCH_COMMENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let dir = tempfile::Builder::new()
        .prefix("consulta-bench-summary-")
        .tempdir()?;
    let store = match std::env::var_os("CONSULTA_BENCH_REPO") {
        // An existing consultation (such as one built by `consulta demo DIR --comments 100000`).
        Some(repo) => consulta::repo::Store::open(std::path::Path::new(&repo))?,
        None => {
            let t = Instant::now();
            let store = consulta::sample::build_synthetic(
                &dir.path().join("c"),
                200,
                comments,
                7,
                &mut |_| {},
            )?;
            eprintln!(
                "built 200 sections, {comments} comments in {:.1}s",
                t.elapsed().as_secs_f64()
            );
            store
        }
    };
    let runs = 3;
    let mut best = [f64::MAX; 7];
    for _ in 0..runs {
        let t = Instant::now();
        let records = store.records()?;
        let read = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let texts: Vec<&str> = records
            .comments
            .iter()
            .map(|c| c.comment.as_str())
            .collect();
        let groups = report::campaign::group(&texts);
        let camp = t.elapsed().as_secs_f64();
        let records = records.clone();
        let t = Instant::now();
        let sum = Summary::build_with(&store, records, None)?;
        let build = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let json = serde_json::to_string_pretty(&sum)?;
        let j = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let md = report::markdown::render(&sum);
        let m = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let html = report::html::render(&sum);
        let h = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let csv = report::table::csv(&sum)?;
        let c = t.elapsed().as_secs_f64();
        for (b, v) in best.iter_mut().zip([read, camp, build, j, m, h, c]) {
            *b = b.min(v);
        }
        assert!(json.len() + md.len() + html.len() + csv.len() + groups.len() > 0);
    }
    for (name, v) in [
        "read records",
        "campaign groups",
        "build summary",
        "render json",
        "render markdown",
        "render html",
        "render csv",
    ]
    .iter()
    .zip(best)
    {
        println!("summary/{name:<16} {:>9.1} ms (best of {runs})", v * 1000.0);
    }
    Ok(())
}
