//! `claimtrace import`: a JSON export into an empty database (ids and history kept), or an edited
//! CSV export applied to the claims it lists. Either way in one transaction: a bad row aborts all.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context as _};

use super::{input, Context};
use crate::cli::{ImportArgs, ImportFormat};
use crate::model::Dump;
use crate::render::csv_import;

pub fn run(ctx: &Context, args: ImportArgs, _out: &mut dyn Write) -> anyhow::Result<()> {
    let format = match args.format {
        Some(format) => format,
        None => format_of(&args.file)?,
    };
    let name = args.file.display().to_string();
    let text = input::read_text(&args.file)?;
    // Spreadsheets save "CSV UTF-8" with a byte-order mark; it is not part of the first cell.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    input::non_empty(&name, text)?;
    match format {
        ImportFormat::Json => {
            let dump: Dump = serde_json::from_str(text)
                .with_context(|| format!("{name} is not a claimtrace JSON export"))?;
            let existed = ctx.db.exists();
            let mut store = ctx.open_or_create()?;
            if let Err(err) = store.load(&dump) {
                // A database this import created is removed again: nothing half-written.
                drop(store);
                if !existed {
                    ctx.discard_database();
                }
                return Err(anyhow::Error::from(err).context(format!("cannot import {name}")));
            }
            eprintln!(
                "claimtrace: imported {} articles, {} sources, {} claims from {name}",
                dump.articles.len(),
                dump.sources.len(),
                dump.claims.len()
            );
        }
        ImportFormat::Csv => {
            let updates =
                csv_import::read_updates(text.as_bytes()).with_context(|| name.clone())?;
            let mut store = ctx.open_existing()?;
            let summary = store
                .apply_claim_updates(updates)
                .with_context(|| name.clone())?;
            eprintln!(
                "claimtrace: {} claims updated, {} added, {} unchanged",
                summary.updated.len(),
                summary.added.len(),
                summary.unchanged
            );
        }
    }
    Ok(())
}

/// The format from the file's extension.
fn format_of(path: &Path) -> anyhow::Result<ImportFormat> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("csv") => Ok(ImportFormat::Csv),
        Some("json") => Ok(ImportFormat::Json),
        _ => bail!(
            "cannot tell the format of {} from its name: give --format csv or --format json",
            path.display()
        ),
    }
}
