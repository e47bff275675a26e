//! `claimtrace init`: create the database (or open an existing one) and print where it is.

use std::io::Write;

use super::Context;

pub fn run(ctx: &Context, out: &mut dyn Write) -> anyhow::Result<()> {
    let existed = std::fs::metadata(&ctx.db).is_ok_and(|m| m.len() > 0);
    let store = ctx.open_or_create()?;
    let path = std::fs::canonicalize(store.path()).unwrap_or_else(|_| store.path().to_path_buf());
    if existed {
        eprintln!("claimtrace: the database already exists; its schema is up to date");
    } else {
        eprintln!("claimtrace: created a new database");
    }
    writeln!(out, "{}", path.display())?;
    Ok(())
}
