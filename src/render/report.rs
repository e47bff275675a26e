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
                ", plus {} record{} (no comment, source descriptions)",
                summary.records,
                if summary.records == 1 { "" } else { "s" }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn first_line(records: usize) -> String {
        let summary = SourcingSummary {
            claims: 4,
            records,
            thin: 1,
            levels: Vec::new(),
            flags: Vec::new(),
            sources: Vec::new(),
        };
        let mut out = Vec::new();
        write_summary(&mut out, &summary, RenderOptions::default()).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    }

    #[test]
    fn the_records_after_the_thin_claims_are_counted_in_words() {
        assert_eq!(
            first_line(1),
            "Where the sourcing is thin: 1 of 4 claims (25%), plus 1 record (no comment, source \
             descriptions)"
        );
        assert!(first_line(2).ends_with("plus 2 records (no comment, source descriptions)"));
        assert_eq!(
            first_line(0),
            "Where the sourcing is thin: 1 of 4 claims (25%)"
        );
    }
}
