//! `claimtrace ingest`: extract each article's claims and sources, store them in one transaction
//! per article, and show the claims with their levels and where the sourcing is thin.

use std::io::Write;

use super::{input, Context};
use crate::cli::IngestArgs;
use crate::ingest;
use crate::model::{ClaimFilter, ClaimRow};
use crate::render::{self, report::write_summary, Format};
use crate::report::summarize;

pub fn run(ctx: &Context, args: IngestArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // Read and check every input before the database is touched.
    let mut articles = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let (name, text) = input::read_article(path)?;
        articles.push((name, input::new_article(text, args.details.clone())?));
    }

    let mut store = ctx.open_or_create()?;
    let format = args.output.format;
    let mut all_rows: Vec<ClaimRow> = Vec::new();
    for (name, article) in articles {
        let extraction = crate::extract::extract(&article.text);
        let (article, claims) = ingest::records(article, &extraction);
        let saved = store.ingest(article, claims)?;
        let id = saved.article.id;
        if saved.created {
            eprintln!(
                "claimtrace: ingested {name} as article {id}: {} claims",
                saved.claim_ids.len()
            );
        } else {
            eprintln!(
                "claimtrace: {name} is already stored as article {id} (same text); nothing changed"
            );
        }
        let rows = store.claims(&ClaimFilter {
            article_ids: vec![id],
            ..ClaimFilter::default()
        })?;
        if format == Format::Table {
            let label = saved.article.title.as_deref().unwrap_or(&name);
            writeln!(out, "Article {id}: {label}")?;
            render::write_records(out, format, &rows, ctx.render)?;
            write_summary(out, &summarize(&rows), ctx.render)?;
        } else {
            all_rows.extend(rows);
        }
    }
    if format != Format::Table {
        render::write_records(out, format, &all_rows, ctx.render)?;
    }
    Ok(())
}
