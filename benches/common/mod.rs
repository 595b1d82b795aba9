//! What the process benchmarks (`contributions`, `scale`) share.

pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Who runs git in the benchmarks' repositories.
pub const SECRETARIAT: (&str, &str) = ("Consultation Secretariat", "secretariat@rihes.example");

/// A size from the environment (`100_000` and `100,000` read as 100000), else `default`.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}

/// The machine's one-minute load average, printed beside the figures.
pub fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}
