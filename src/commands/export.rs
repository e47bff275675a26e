//! `claimtrace export`: claims to CSV for a spreadsheet (one row per claim, or per attribution),
//! the full record to JSON, or one claim per line to JSON Lines. `-o FILE` writes a temporary
//! file next to it and renames it into place, so a failed export leaves nothing half-written.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context as _;

use super::Context;
use crate::cli::{ExportArgs, ExportFormat};
use crate::model::ClaimFilter;
use crate::render::{csv, json};
use crate::store::Store;

pub fn run(ctx: &Context, args: ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    match &args.output {
        None => write_export(&store, &args, out),
        Some(path) => write_atomically(path, |file| write_export(&store, &args, file)),
    }
}

fn write_export(store: &Store, args: &ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let filter = ClaimFilter {
        article_ids: args.article.clone(),
        unsourced: args.unsourced,
        thin: args.thin,
        ..ClaimFilter::default()
    };
    for id in &args.article {
        store.article(*id)?;
    }
    match args.format {
        ExportFormat::Csv => {
            let rows = store.claims(&filter)?;
            csv::write_claims(out, &rows, args.per_attribution, args.raw)?;
        }
        ExportFormat::Jsonl => {
            let rows = store.claims(&filter)?;
            json::write_lines(out, &rows)?;
        }
        ExportFormat::Json => {
            let mut dump = store.dump(&args.article)?;
            if args.unsourced || args.thin {
                let keep: BTreeSet<i64> = store.claims(&filter)?.iter().map(|c| c.id).collect();
                dump.claims.retain(|c| keep.contains(&c.claim.id));
            }
            json::write_value(out, &dump)?;
        }
    }
    Ok(())
}

/// Writes through `f` into a temporary file beside `path`, then renames it over `path`.
fn write_atomically(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .with_context(|| format!("{} is not a file name", path.display()))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = path.with_file_name(temp_name);
    let result = (|| {
        let file =
            File::create(&temp).with_context(|| format!("cannot write {}", path.display()))?;
        let mut writer = BufWriter::new(file);
        f(&mut writer)?;
        writer
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(|file| file.sync_all())
            .with_context(|| format!("cannot write {}", path.display()))?;
        std::fs::rename(&temp, path).with_context(|| format!("cannot write {}", path.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result?;
    eprintln!("claimtrace: wrote {}", path.display());
    Ok(())
}
