//! `claimtrace attribute` and `claimtrace unattribute`: tie a claim to a source, or untie it.

use std::io::Write;

use super::{claim::sourcing_summary, input, Context};
use crate::cli::{AttributeArgs, UnattributeArgs};
use crate::model::SourceRef;
use crate::vocab::SourceKind;

pub fn run(ctx: &Context, args: AttributeArgs, _out: &mut dyn Write) -> anyhow::Result<()> {
    input::non_empty("the source name", &args.source)?;
    let mut store = ctx.open_existing()?;
    let attribution = store.attribute(
        args.claim,
        SourceRef::FindOrCreate {
            name: args.source.trim().to_string(),
            kind: args.source_kind.unwrap_or(SourceKind::Unknown),
            role: None,
        },
        args.cue,
        args.relation,
        args.via.map(SourceRef::Find),
    )?;
    let claim = store.claim_record(args.claim)?;
    eprintln!(
        "claimtrace: claim {} attributed to \"{}\" ({}): {}",
        claim.id,
        attribution.source_name,
        attribution.source_kind,
        sourcing_summary(&claim)
    );
    Ok(())
}

pub fn run_unattribute(
    ctx: &Context,
    args: UnattributeArgs,
    _out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut store = ctx.open_existing()?;
    store.unattribute(args.claim, &args.source)?;
    let claim = store.claim_record(args.claim)?;
    eprintln!(
        "claimtrace: claim {} no longer attributed to \"{}\": {}",
        claim.id,
        args.source,
        sourcing_summary(&claim)
    );
    Ok(())
}
