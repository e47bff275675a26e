//! The `claimtrace` binary (being built; see README).

fn main() {}
