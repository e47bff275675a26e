//! `claimtrace report`: where the sourcing of stored articles is thin.

use std::io::Write;

use super::Context;
use crate::cli::ReportArgs;
use crate::model::ClaimFilter;
use crate::render::{json, report::write_summary, Format};
use crate::report::summarize;

pub fn run(ctx: &Context, args: ReportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    for &id in &args.articles {
        // An unknown id is an error, not an empty report.
        store.article(id)?;
    }
    let rows = store.claims(&ClaimFilter {
        article_ids: args.articles,
        ..ClaimFilter::default()
    })?;
    let summary = summarize(&rows);
    match args.format {
        Format::Table => write_summary(out, &summary, ctx.render)?,
        Format::Json => json::write_value(out, &summary)?,
        Format::Jsonl => json::write_one(out, &summary, true)?,
        Format::Csv => anyhow::bail!(
            "the report is a summary, not rows: use --format table or json (or `claimtrace export` for CSV)"
        ),
    }
    Ok(())
}
