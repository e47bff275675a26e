//! The sourcing summary for a person: counts by level and flag, then the sources that carry the
//! story. Programs get the same summary as JSON through serde.

use std::io::{self, Write};

use comfy_table::Cell;

use super::table::{body_cell, header_cell, new_table};
use super::RenderOptions;
use crate::report::SourcingSummary;

/// How many sources the summary lists before it says how many more there are.
const SOURCES_SHOWN: usize = 10;

/// Prints `summary` as short labelled lines and a table of sources.
pub fn write_summary(
    out: &mut dyn Write,
    summary: &SourcingSummary,
    options: RenderOptions,
) -> io::Result<()> {
    let percent = |n: usize| {
        if summary.claims == 0 {
            0.0
        } else {
            100.0 * n as f64 / summary.claims as f64
        }
    };
    writeln!(
        out,
        "Where the sourcing is thin: {} of {} claims ({:.0}%){}",
        summary.thin,
        summary.claims,
        percent(summary.thin),
        if summary.records > 0 {
            format!(
                ", plus {} records (no comment, source descriptions)",
                summary.records
            )
        } else {
            String::new()
        }
    )?;
    let mut levels = new_table(options);
    levels.set_header(vec![
        header_cell("level", options),
        header_cell("claims", options),
        header_cell("share", options),
    ]);
    for count in &summary.levels {
        levels.add_row(vec![
            body_cell("level", count.level.as_str(), options),
            Cell::new(count.claims),
            Cell::new(format!("{:.0}%", percent(count.claims))),
        ]);
    }
    writeln!(out, "{levels}")?;
    if !summary.flags.is_empty() {
        let mut flags = new_table(options);
        flags.set_header(vec![
            header_cell("flag", options),
            header_cell("claims", options),
        ]);
        for count in &summary.flags {
            flags.add_row(vec![
                body_cell("flags", count.flag.as_str(), options),
                Cell::new(count.claims),
            ]);
        }
        writeln!(out, "{flags}")?;
    }
    if !summary.sources.is_empty() {
        let mut sources = new_table(options);
        sources.set_header(vec![
            header_cell("source", options),
            header_cell("kind", options),
            header_cell("claims", options),
            header_cell("share", options),
            header_cell("sole source of", options),
        ]);
        for source in summary.sources.iter().take(SOURCES_SHOWN) {
            sources.add_row(vec![
                Cell::new(&source.name),
                Cell::new(source.kind.as_str()),
                Cell::new(source.claims),
                Cell::new(format!("{:.0}%", 100.0 * source.share)),
                Cell::new(source.sole_source),
            ]);
        }
        writeln!(out, "{sources}")?;
        if summary.sources.len() > SOURCES_SHOWN {
            writeln!(
                out,
                "… and {} more sources",
                summary.sources.len() - SOURCES_SHOWN
            )?;
        }
    }
    Ok(())
}
