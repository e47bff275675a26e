//! `claimtrace note`: attach a note to a claim.

use std::io::Write;

use super::{input, Context};
use crate::cli::NoteArgs;

pub fn run(ctx: &Context, args: NoteArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    input::non_empty("the note", &args.text)?;
    let mut store = ctx.open_existing()?;
    let note = store.add_note(args.claim, &args.text)?;
    eprintln!("claimtrace: added a note to claim {}", note.claim_id);
    writeln!(out, "{}", note.id)?;
    Ok(())
}
