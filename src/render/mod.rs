//! How rows are printed: one place per format (table, CSV, JSON, JSON Lines).
//!
//! A listing is a slice of [`Record`]s; [`write_records`] prints it in the chosen format. Commands
//! never format rows themselves.

pub mod contract_line;
pub mod csv;
pub mod csv_import;
pub mod detail;
pub mod json;
pub mod report;
pub mod table;

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use serde::Serialize;

/// The output formats every listing offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
    Jsonl,
}

impl Format {
    pub const ALL: &'static [Format] = &[Format::Table, Format::Csv, Format::Json, Format::Jsonl];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = crate::vocab::UnknownValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| crate::vocab::UnknownValue {
                vocabulary: "format",
                value: s.to_string(),
                allowed: Format::ALL
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

/// A row that every format can print: JSON through serde, table and CSV through its cells.
pub trait Record: Serialize {
    /// Column names, in order: the CSV header and the table header.
    fn columns() -> &'static [&'static str];
    /// The row's cells as text, one per column.
    fn cells(&self) -> Vec<String>;
    /// The columns a table shows (a table is read on a terminal; CSV and JSON carry them all).
    fn table_columns() -> &'static [&'static str] {
        Self::columns()
    }
    /// Table columns shown only when their value differs between rows (the article of a claim
    /// listing that spans several articles).
    fn table_columns_when_varied() -> &'static [&'static str] {
        &[]
    }
    /// The cells as a table shows them (lists one item per line, say); the CSV cells by default.
    fn table_cells(&self) -> Vec<String> {
        self.cells()
    }
}

/// Options that change how rows are printed.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// CSV: leave cells that look like formulas alone.
    pub raw: bool,
    /// Table: colour the output (stdout is a terminal and `NO_COLOR` is unset).
    pub color: bool,
}

impl RenderOptions {
    /// The options for standard output: colour only on a terminal without `NO_COLOR`.
    pub fn for_stdout() -> RenderOptions {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        RenderOptions {
            raw: false,
            color: io::stdout().is_terminal() && !no_color,
        }
    }
}

/// Prints `rows` in `format`.
pub fn write_records<R: Record>(
    out: &mut dyn Write,
    format: Format,
    rows: &[R],
    options: RenderOptions,
) -> io::Result<()> {
    match format {
        Format::Table => table::write(out, rows, options),
        Format::Csv => csv::write(out, rows, options),
        Format::Json => json::write_array(out, rows),
        Format::Jsonl => json::write_lines(out, rows),
    }
}

/// Joins a list for one table or CSV cell.
pub fn join<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| s.as_ref())
        .collect::<Vec<_>>()
        .join("; ")
}

/// An optional value as a cell: empty when absent.
pub fn opt<T: fmt::Display>(value: &Option<T>) -> String {
    value.as_ref().map(|v| v.to_string()).unwrap_or_default()
}
pub mod records;
