//! The `claimtrace` binary: parse the command line, run the command, turn any error into one
//! line on stderr and an exit code (0 ok, 1 error, 2 usage). A closed pipe is success.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use claimtrace::cli::{Cli, Command};
use claimtrace::commands::{self, Context};

/// mimalloc: the extractor makes many small short-lived allocations per sentence, and
/// `extract --batch` runs measurably faster with it than with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("claimtrace: error: internal error: {info}");
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with status 0; usage errors to stderr with status 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(cli, &mut out).and_then(|()| out.flush().map_err(anyhow::Error::from));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            eprintln!("claimtrace: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one command; adding a subcommand means one arm here and one file in `commands/`.
fn run(cli: Cli, out: &mut dyn Write) -> anyhow::Result<()> {
    let ctx = Context::new(&cli.global);
    match cli.command {
        Command::Init => commands::init::run(&ctx, out),
        Command::Article(cmd) => commands::article::run(&ctx, cmd, out),
        Command::Claim(cmd) => commands::claim::run(&ctx, cmd, out),
        Command::Source(cmd) => commands::source::run(&ctx, cmd, out),
        Command::Attribute(args) => commands::attribute::run(&ctx, args, out),
        Command::Unattribute(args) => commands::attribute::run_unattribute(&ctx, args, out),
        Command::Corroborate(args) => commands::corroborate::run(&ctx, args, out),
        Command::Note(args) => commands::note::run(&ctx, args, out),
        Command::History(args) => commands::history::run(&ctx, args, out),
        Command::Export(args) => commands::export::run(&ctx, args, out),
        Command::Import(args) => commands::import::run(&ctx, args, out),
        Command::Extract(args) => commands::extract::run(&args),
        Command::Ingest(args) => commands::ingest::run(&ctx, args, out),
        Command::Report(args) => commands::report::run(&ctx, args, out),
    }
}

/// A write to a closed pipe (`claimtrace claim list | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    // the writer may have wrapped the I/O error in its own error type
    err.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            })
            .or_else(|| match cause.downcast_ref::<csv::Error>()?.kind() {
                csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            });
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}
