//! `claimtrace ingest`: extract each article's claims and sources, store them in one transaction
//! per article, and show the claims with their levels and where the sourcing is thin.

use std::io::Write;

use super::{input, Context};
use crate::cli::{ArticleDetailsArgs, IngestArgs};
use crate::ingest::{self, ArticleDetails};
use crate::model::{ClaimFilter, ClaimRow};
use crate::render::{self, report::write_summary, Format};
use crate::report::summarize;

pub fn run(ctx: &Context, args: IngestArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // Read and check every input before the database is touched.
    let details = details(args.details)?;
    let mut articles = Vec::with_capacity(args.files.len());
    for path in &args.files {
        articles.push(input::read_article(path)?);
    }

    let mut store = ctx.open_or_create()?;
    let format = args.output.format;
    let mut all_rows: Vec<ClaimRow> = Vec::new();
    for (name, text) in articles {
        let extraction = crate::extract::extract(&text);
        let (article, claims) = ingest::records(&text, &extraction, details.clone());
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
            writeln!(out, "Article {id}: {name}")?;
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

/// Validates what a person says about the articles.
fn details(args: ArticleDetailsArgs) -> anyhow::Result<ArticleDetails> {
    Ok(ArticleDetails {
        title: args.title,
        url: args.url,
        outlet: args.outlet,
        published_at: args
            .published
            .as_deref()
            .map(input::published_date)
            .transpose()?,
        language: args.language,
        translated_from: args.translated_from,
        relayed_from: args.relayed_from,
    })
}
