//! `attribute` (stub).
#![allow(unused_imports)]
use super::Context;
use crate::cli::*;
use std::io::Write;
pub fn run(_ctx: &Context, _a: AttributeArgs, _out: &mut dyn Write) -> anyhow::Result<()> {
    anyhow::bail!("todo")
}
pub fn run_unattribute(
    _ctx: &Context,
    _a: UnattributeArgs,
    _out: &mut dyn Write,
) -> anyhow::Result<()> {
    anyhow::bail!("todo")
}
