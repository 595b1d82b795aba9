//! Support for the cargo-fuzz targets in `fuzz_targets/`: the invariants they check, shared
//! with the property tests in `tests/properties.rs`.

pub mod checks;
