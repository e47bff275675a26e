//! `claimtrace article add|list|show`.

use std::io::Write;

use anyhow::Context as _;

use super::{input, Context};
use crate::cli::{ArticleAddArgs, ArticleCommand, ArticleShowArgs, OutputArgs, ShowFormat};
use crate::render::{self, detail, json};

pub fn run(ctx: &Context, cmd: ArticleCommand, out: &mut dyn Write) -> anyhow::Result<()> {
    match cmd {
        ArticleCommand::Add(args) => add(ctx, args, out),
        ArticleCommand::List(args) => list(ctx, args, out),
        ArticleCommand::Show(args) => show(ctx, args, out),
    }
}

fn add(ctx: &Context, args: ArticleAddArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // Validate everything before the database is touched.
    let (name, text) = input::read_article(&args.file)?;
    let new = input::new_article(text, args.details)?;
    let mut store = ctx.open_or_create()?;
    let (article, created) = store.add_article(new)?;
    if created {
        eprintln!("claimtrace: added article {} from {name}", article.id);
    } else {
        eprintln!(
            "claimtrace: the same text is already stored as article {}; nothing added",
            article.id
        );
    }
    writeln!(out, "{}", article.id)?;
    Ok(())
}

fn list(ctx: &Context, args: OutputArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    let rows = store.articles()?;
    render::write_records(out, args.format, &rows, ctx.render)?;
    Ok(())
}

fn show(ctx: &Context, args: ArticleShowArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    let mut article = store.article(args.id)?;
    let text = store
        .article_text(args.id)
        .with_context(|| format!("cannot read the text of article {}", args.id))?;
    article.text = Some(text);
    if args.output.format == ShowFormat::Table {
        detail::write_article(out, &article, args.text)?;
    } else {
        if !args.text {
            article.text = None;
        }
        json::write_one(out, &article, args.output.format == ShowFormat::Jsonl)?;
    }
    Ok(())
}
