//! CSV output, safe to open in a spreadsheet: a cell that a spreadsheet would read as a formula
//! (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP
//! advises, unless the caller asks for raw output. [`unprotect`] undoes it on import.

use std::borrow::Cow;
use std::io::{self, Write};

use super::records::{source_cell, CLAIM_COLUMNS};
use super::{Record, RenderOptions};
use crate::model::ClaimRow;

/// The first characters that make a spreadsheet evaluate a cell.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell with a leading `'` if a spreadsheet would otherwise read it as a formula.
pub fn protect(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Removes the `'` that [`protect`] put before a formula character; other cells are unchanged.
pub fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// A CSV writer over `out`, for callers that write rows themselves (the export).
pub fn writer(out: &mut dyn Write) -> ::csv::Writer<&mut dyn Write> {
    ::csv::WriterBuilder::new().from_writer(out)
}

/// Writes one row, protecting its cells unless `raw`.
pub fn write_row<W: Write, S: AsRef<str>>(
    writer: &mut ::csv::Writer<W>,
    cells: &[S],
    raw: bool,
) -> io::Result<()> {
    let record: Vec<Cow<'_, str>> = cells
        .iter()
        .map(|c| {
            if raw {
                Cow::Borrowed(c.as_ref())
            } else {
                protect(c.as_ref())
            }
        })
        .collect();
    writer
        .write_record(record.iter().map(|c| c.as_bytes()))
        .map_err(into_io)
}

/// A CSV error as an I/O error that keeps its kind (a closed pipe stays a closed pipe).
pub fn into_io(err: ::csv::Error) -> io::Error {
    match err.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A header and one row per record.
pub fn write<R: Record>(out: &mut dyn Write, rows: &[R], options: RenderOptions) -> io::Result<()> {
    let mut w = writer(out);
    write_row(&mut w, R::columns(), true)?;
    for row in rows {
        write_row(&mut w, &row.cells(), options.raw)?;
    }
    w.flush()
}

/// The claim columns; with `per_attribution`, a claim with several sources gives one row per
/// source (and a claim with none, one row with an empty `sources` cell).
pub fn write_claims(
    out: &mut dyn Write,
    rows: &[ClaimRow],
    per_attribution: bool,
    raw: bool,
) -> std::io::Result<()> {
    let mut w = writer(out);
    write_row(&mut w, CLAIM_COLUMNS, true)?;
    let sources_at = CLAIM_COLUMNS
        .iter()
        .position(|c| *c == "sources")
        .expect("sources column");
    for row in rows {
        let cells = row.cells();
        if per_attribution && row.sources.len() > 1 {
            for source in &row.sources {
                let mut cells = cells.clone();
                cells[sources_at] = source_cell(source);
                write_row(&mut w, &cells, raw)?;
            }
        } else {
            write_row(&mut w, &cells, raw)?;
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protects_every_formula_start() {
        for cell in ["=1+1", "+33 1 23", "-5", "@SUM(A1)", "\tx", "\rx"] {
            let protected = protect(cell);
            assert_eq!(protected, format!("'{cell}"));
            assert_eq!(unprotect(&protected), cell);
        }
    }

    #[test]
    fn leaves_ordinary_cells_alone() {
        for cell in ["", "Reuters", "'quoted'", "1-2", " =x"] {
            assert_eq!(protect(cell), cell);
            assert_eq!(unprotect(cell), cell);
        }
    }

    #[test]
    fn unprotect_keeps_an_apostrophe_before_ordinary_text() {
        assert_eq!(unprotect("'tis the season"), "'tis the season");
        assert_eq!(unprotect("''=x"), "''=x");
    }
}
