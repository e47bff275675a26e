//! `import` (stub).
#![allow(unused_imports)]
use super::Context;
use crate::cli::*;
use std::io::Write;
pub fn run(_ctx: &Context, _a: ImportArgs, _out: &mut dyn Write) -> anyhow::Result<()> {
    anyhow::bail!("todo")
}
