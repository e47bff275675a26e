//! The `claimtrace` binary: parse the command line, run it, and turn any error into one stderr
//! line and exit status 1 (a closed pipe is success).

use std::io;
use std::process::ExitCode;

use clap::Parser;

use claimtrace::cli::Cli;

fn main() -> ExitCode {
    match claimtrace::commands::run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claimtrace: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|e| e.io_error_kind())
                .is_some_and(|k| k == io::ErrorKind::BrokenPipe)
    })
}
