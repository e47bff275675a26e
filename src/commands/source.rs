//! `claimtrace source add|list|show|edit|alias|merge`.

use std::io::Write;

use anyhow::bail;

use super::{input, Context};
use crate::cli::{
    ShowFormat, SourceAddArgs, SourceAliasArgs, SourceCommand, SourceEditArgs, SourceListArgs,
    SourceMergeArgs, SourceShowArgs,
};
use crate::identity;
use crate::model::{NewSource, SourceEdit};
use crate::render::{self, detail, json, Format};

pub fn run(ctx: &Context, cmd: SourceCommand, out: &mut dyn Write) -> anyhow::Result<()> {
    match cmd {
        SourceCommand::Add(args) => add(ctx, args, out),
        SourceCommand::List(args) => list(ctx, args, out),
        SourceCommand::Show(args) => show(ctx, args, out),
        SourceCommand::Edit(args) => edit(ctx, args),
        SourceCommand::Alias(args) => alias(ctx, args),
        SourceCommand::Merge(args) => merge(ctx, args),
    }
}

fn add(ctx: &Context, args: SourceAddArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    input::non_empty("the source name", &args.name)?;
    for alias in &args.aliases {
        input::non_empty("an --alias", alias)?;
    }
    match (args.kind.is_article_scoped(), args.article) {
        (true, None) => bail!(
            "a source of kind {} belongs to one article: give --article ID",
            args.kind
        ),
        (false, Some(_)) if !identity::is_description(&args.name) => bail!(
            "a source of kind {} with a name is shared across articles: drop --article",
            args.kind
        ),
        _ => {}
    }
    let mut store = if args.article.is_some() {
        ctx.open_existing()?
    } else {
        ctx.open_or_create()?
    };
    let source = store.add_source(NewSource {
        name: args.name,
        kind: args.kind,
        role: args.role,
        affiliation: args.affiliation,
        aliases: args.aliases,
        article_id: args.article,
    })?;
    eprintln!(
        "claimtrace: added source {} \"{}\" ({})",
        source.id, source.name, source.kind
    );
    writeln!(out, "{}", source.id)?;
    Ok(())
}

fn list(ctx: &Context, args: SourceListArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    let mut rows = store.sources()?;
    if let Some(kind) = args.kind {
        rows.retain(|s| s.kind == kind);
    }
    render::write_records(out, args.output.format, &rows, ctx.render)?;
    Ok(())
}

fn show(ctx: &Context, args: SourceShowArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    let found = store.find_source(&args.source, None)?;
    let detail = store.source(found.id)?;
    match args.output.format {
        ShowFormat::Table => {
            detail::write_source(out, &detail.source)?;
            writeln!(out, "claims:")?;
            render::write_records(out, Format::Table, &detail.claims, ctx.render)?;
        }
        format => json::write_one(out, &detail, format == ShowFormat::Jsonl)?,
    }
    Ok(())
}

fn edit(ctx: &Context, args: SourceEditArgs) -> anyhow::Result<()> {
    if let Some(name) = &args.name {
        input::non_empty("the new --name", name)?;
    }
    let nothing = args.name.is_none()
        && args.kind.is_none()
        && args.role.is_none()
        && args.affiliation.is_none();
    if nothing {
        bail!("nothing to change: give --name, --kind, --role or --affiliation");
    }
    let mut store = ctx.open_existing()?;
    let before = store.find_source(&args.source, None)?;
    let after = store.edit_source(
        before.id,
        &SourceEdit {
            name: args.name,
            kind: args.kind,
            role: args.role,
            affiliation: args.affiliation,
            article_id: args.article,
        },
    )?;
    eprintln!(
        "claimtrace: source {} is now \"{}\" ({}){}",
        after.id,
        after.name,
        after.kind,
        after
            .role
            .as_deref()
            .map_or(String::new(), |r| format!(", {r}"))
    );
    Ok(())
}

fn alias(ctx: &Context, args: SourceAliasArgs) -> anyhow::Result<()> {
    input::non_empty("the alias", &args.alias)?;
    let mut store = ctx.open_existing()?;
    let source = store.find_source(&args.source, None)?;
    let source = store.add_alias(source.id, args.alias.trim())?;
    eprintln!(
        "claimtrace: source {} \"{}\" is also found as: {}",
        source.id,
        source.name,
        source.aliases.join("; ")
    );
    Ok(())
}

fn merge(ctx: &Context, args: SourceMergeArgs) -> anyhow::Result<()> {
    let mut store = ctx.open_existing()?;
    let from = store.find_source(&args.from, None)?;
    let into = store.find_source(&args.into, None)?;
    let merged = store.merge_sources(from.id, into.id)?;
    eprintln!(
        "claimtrace: merged source {} \"{}\" into {} \"{}\"",
        from.id, from.name, merged.id, merged.name
    );
    Ok(())
}
