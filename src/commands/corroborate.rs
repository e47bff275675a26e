//! `claimtrace corroborate`: record what supports or contradicts a claim.

use std::io::Write;

use super::{claim::sourcing_summary, input, Context};
use crate::cli::CorroborateArgs;
use crate::model::{CorroboratedBy, SourceRef};

pub fn run(ctx: &Context, args: CorroborateArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let by = match (args.source, args.url, args.claim_id) {
        (Some(source), _, _) => {
            input::non_empty("the --source name", &source)?;
            CorroboratedBy::Source(SourceRef::Find(source))
        }
        (_, Some(url), _) => {
            input::non_empty("the --url", &url)?;
            CorroboratedBy::Url(url.trim().to_string())
        }
        (_, _, Some(claim)) => CorroboratedBy::Claim(claim),
        // clap requires exactly one of them.
        (None, None, None) => anyhow::bail!("give --source, --url or --claim"),
    };
    let mut store = ctx.open_existing()?;
    let corroboration = store
        .corroborate(
            args.claim,
            by,
            args.stance,
            !args.not_independent,
            args.note,
        )
        .map_err(super::hint_unknown_source)?;
    let claim = store.claim_record(args.claim)?;
    eprintln!(
        "claimtrace: claim {} {} by {}: {}",
        claim.id,
        match args.stance {
            crate::vocab::Stance::Supports => "supported",
            crate::vocab::Stance::Contradicts => "contradicted",
        },
        corroboration.by_label,
        sourcing_summary(&claim)
    );
    writeln!(out, "{}", corroboration.id)?;
    Ok(())
}
