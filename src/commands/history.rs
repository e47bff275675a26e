//! `claimtrace history`: the audit log, oldest first.

use std::io::Write;

use super::{input, Context};
use crate::cli::HistoryArgs;
use crate::model::HistoryFilter;
use crate::render;

pub fn run(ctx: &Context, args: HistoryArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let since = args.since.as_deref().map(input::since).transpose()?;
    let store = ctx.open_existing()?;
    let source = match &args.source {
        Some(name) => Some(store.find_source(name, None)?.id),
        None => None,
    };
    let filter = HistoryFilter {
        claim: args.claim,
        article: args.article,
        source,
        since,
        limit: None,
    };
    let events = store.history(&filter)?;
    // A removed claim keeps its history; an id that never existed is an error.
    if events.is_empty() {
        if let Some(id) = args.claim {
            store.claim(id)?;
        }
        if let Some(id) = args.article {
            store.article(id)?;
        }
    }
    render::write_records(out, args.output.format, &events, ctx.render)?;
    Ok(())
}
