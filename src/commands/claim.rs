//! `claimtrace claim add|list|show|edit|rm`.

use std::io::Write;

use anyhow::bail;

use super::{input, Context};
use crate::cli::{
    ClaimAddArgs, ClaimCommand, ClaimEditArgs, ClaimListArgs, ClaimRmArgs, ClaimShowArgs,
    ShowFormat,
};
use crate::model::{Claim, ClaimEdit, ClaimFilter, NewAttribution, NewClaim, SourceRef};
use crate::render::{self, detail, json};
use crate::vocab::{Confidence, SourceKind};

pub fn run(ctx: &Context, cmd: ClaimCommand, out: &mut dyn Write) -> anyhow::Result<()> {
    match cmd {
        ClaimCommand::Add(args) => add(ctx, args, out),
        ClaimCommand::List(args) => list(ctx, args, out),
        ClaimCommand::Show(args) => show(ctx, args, out),
        ClaimCommand::Edit(args) => edit(ctx, args),
        ClaimCommand::Rm(args) => rm(ctx, args),
    }
}

/// A one-line summary of a claim's sourcing for messages: `anonymous-only [ANONYMOUS_ONLY]`.
pub fn sourcing_summary(claim: &Claim) -> String {
    let level = claim
        .level
        .map_or("no level (record)".to_string(), |l| l.to_string());
    if claim.flags.is_empty() {
        level
    } else {
        let flags: Vec<&str> = claim.flags.iter().map(|f| f.as_str()).collect();
        format!("{level} [{}]", flags.join(", "))
    }
}

fn add(ctx: &Context, args: ClaimAddArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    input::non_empty("the claim text", &args.text)?;
    for name in &args.sources {
        input::non_empty("a --source name", name)?;
    }
    // A claim needs an article, so a missing database is an error rather than a new one.
    let mut store = ctx.open_existing()?;
    let article_text = store.article_text(args.article)?;
    let span = input::locate(&article_text, &args.text, args.at)
        .map_err(|e| anyhow::anyhow!("{e} in article {}", args.article))?;
    let kind = args.source_kind.unwrap_or(SourceKind::Unknown);
    let mut new = NewClaim::manual(args.article, args.text);
    new.start = span.map(|s| s.0);
    new.end = span.map(|s| s.1);
    new.kind = args.kind;
    new.confidence = args.confidence.unwrap_or(Confidence::Unknown);
    new.verdict = args.verdict;
    new.note = args.note;
    new.attributions = args
        .sources
        .into_iter()
        .map(|name| {
            NewAttribution::to(
                SourceRef::FindOrCreate {
                    name,
                    kind,
                    role: None,
                },
                args.cue.clone(),
            )
        })
        .collect();
    let claim = store.add_claim(new)?;
    // An existing source keeps its kind: say so when it differs from the one asked for.
    if let Some(wanted) = args.source_kind {
        for a in store.claim(claim.id)?.attributions {
            if a.source_kind != wanted {
                eprintln!(
                    "claimtrace: note: \"{}\" already exists as {}; its kind was not changed",
                    a.source_name, a.source_kind
                );
            }
        }
    }
    let place = match (claim.start, claim.end) {
        (Some(s), Some(e)) => format!("at {s}..{e}"),
        _ => "(not found in the text: no span)".to_string(),
    };
    eprintln!(
        "claimtrace: added claim {} to article {} {place}: {}",
        claim.id,
        claim.article_id,
        sourcing_summary(&claim)
    );
    writeln!(out, "{}", claim.id)?;
    Ok(())
}

fn list(ctx: &Context, args: ClaimListArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    let filter = ClaimFilter {
        article_ids: args.article,
        source: args.source,
        kind: args.kind,
        level: args.level,
        unsourced: args.unsourced,
        thin: args.thin,
        flag: args.flag,
        confidence: args.confidence,
        verdict: args.verdict,
        origin: args.origin,
        search: args.search.as_deref().map(input::search_query),
    };
    let rows = store.claims(&filter)?;
    render::write_records(out, args.output.format, &rows, ctx.render)?;
    Ok(())
}

fn show(ctx: &Context, args: ClaimShowArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let store = ctx.open_existing()?;
    let detail = store.claim(args.id)?;
    match args.output.format {
        ShowFormat::Table => {
            let text = store.article_text(detail.claim.article_id)?;
            detail::write_claim(out, &detail, Some(&text))?;
        }
        format => json::write_one(out, &detail, format == ShowFormat::Jsonl)?,
    }
    Ok(())
}

fn edit(ctx: &Context, args: ClaimEditArgs) -> anyhow::Result<()> {
    if let Some(text) = &args.text {
        input::non_empty("the claim text", text)?;
    }
    let edit = ClaimEdit {
        text: args.text,
        kind: args.kind,
        confidence: args.confidence,
        verdict: args.verdict.map(|v| v.0),
        check_worthy: args.check_worthy,
    };
    if edit == ClaimEdit::default() {
        bail!("nothing to change: give --text, --kind, --confidence, --verdict or --check-worthy");
    }
    let mut store = ctx.open_existing()?;
    let claim = store.edit_claim(args.id, edit)?;
    eprintln!(
        "claimtrace: updated claim {}: {}",
        claim.id,
        sourcing_summary(&claim)
    );
    Ok(())
}

fn rm(ctx: &Context, args: ClaimRmArgs) -> anyhow::Result<()> {
    let mut store = ctx.open_existing()?;
    store.remove_claim(args.id)?;
    eprintln!("claimtrace: removed claim {}", args.id);
    Ok(())
}
