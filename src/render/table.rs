//! Tables for a person at a terminal (comfy-table): colour only when asked for, and wrapped to
//! the terminal's width (120 columns when not a terminal).

use std::io::{self, Write};

use comfy_table::{
    presets, Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width,
};

use super::{Record, RenderOptions};

/// The width used when the output is not a terminal.
const DEFAULT_WIDTH: u16 = 120;

/// A new table with the project's look.
pub fn new_table(options: RenderOptions) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    // The terminal's width when there is one (even without colour), else $COLUMNS, else 120.
    let width = table
        .width()
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
        .unwrap_or(DEFAULT_WIDTH);
    if options.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_width(width);
    table
}

/// A header cell: bold when colouring.
pub fn header_cell(name: &str, options: RenderOptions) -> Cell {
    let cell = Cell::new(name);
    if options.color {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

/// A body cell, coloured by meaning when colouring: sourcing levels and flags stand out.
pub fn body_cell(column: &str, value: &str, options: RenderOptions) -> Cell {
    let cell = Cell::new(value);
    if !options.color {
        return cell;
    }
    match (column, value) {
        ("level", "unsourced") => cell.fg(Color::Red),
        ("level", "anonymous-only") => cell.fg(Color::Yellow),
        ("level", "corroborated") => cell.fg(Color::Green),
        ("flags", v) if !v.is_empty() => cell.fg(Color::Yellow),
        _ => cell,
    }
}

/// Room for the columns that need it: flags are never broken, text gets the most space.
fn constraint_for(column: &str) -> Option<ColumnConstraint> {
    match column {
        // Widths include the cell padding.
        "flags" => Some(ColumnConstraint::LowerBoundary(Width::Fixed(21))),
        "level" => Some(ColumnConstraint::LowerBoundary(Width::Fixed(16))),
        "kind" => Some(ColumnConstraint::LowerBoundary(Width::Fixed(12))),
        "sources" => Some(ColumnConstraint::LowerBoundary(Width::Fixed(26))),
        "text" | "title" | "change" => Some(ColumnConstraint::LowerBoundary(Width::Percentage(25))),
        // Never break a header.
        other => Some(ColumnConstraint::LowerBoundary(Width::Fixed(
            other.chars().count() as u16 + 2,
        ))),
    }
}

/// Writes the records' table columns; an empty listing prints its header only.
pub fn write<R: Record>(out: &mut dyn Write, rows: &[R], options: RenderOptions) -> io::Result<()> {
    let columns = R::columns();
    let all_cells: Vec<Vec<String>> = rows.iter().map(Record::table_cells).collect();
    let varies = |i: usize| all_cells.windows(2).any(|w| w[0].get(i) != w[1].get(i));
    let shown: Vec<usize> = R::table_columns()
        .iter()
        .filter_map(|name| columns.iter().position(|c| c == name))
        .filter(|&i| !R::table_columns_when_varied().contains(&columns[i]) || varies(i))
        .collect();
    let mut table = new_table(options);
    table.set_header(
        shown
            .iter()
            .map(|&i| header_cell(columns[i], options))
            .collect::<Vec<_>>(),
    );
    for (position, &i) in shown.iter().enumerate() {
        if let (Some(constraint), Some(column)) =
            (constraint_for(columns[i]), table.column_mut(position))
        {
            column.set_constraint(constraint);
        }
    }
    for cells in &all_cells {
        table.add_row(
            shown
                .iter()
                .map(|&i| body_cell(columns[i], cells.get(i).map_or("", |s| s), options))
                .collect::<Vec<_>>(),
        );
    }
    writeln!(out, "{table}")
}

/// Writes label/value pairs as a two-column table (for `show` commands).
pub fn write_pairs(
    out: &mut dyn Write,
    pairs: &[(&str, String)],
    options: RenderOptions,
) -> io::Result<()> {
    let mut table = new_table(options);
    for (label, value) in pairs {
        table.add_row(vec![
            header_cell(label, options),
            body_cell(label, value, options),
        ]);
    }
    writeln!(out, "{table}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Row {
        id: i64,
        level: &'static str,
    }

    impl Record for Row {
        fn columns() -> &'static [&'static str] {
            &["id", "level"]
        }
        fn cells(&self) -> Vec<String> {
            vec![self.id.to_string(), self.level.to_string()]
        }
    }

    fn render(color: bool) -> String {
        let mut out = Vec::new();
        let rows = [Row {
            id: 1,
            level: "unsourced",
        }];
        let options = RenderOptions { raw: false, color };
        write(&mut out, &rows, options).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn colour_only_when_asked_for() {
        assert!(!render(false).contains('\u{1b}'));
        assert!(render(true).contains('\u{1b}'));
        assert!(render(false).contains("unsourced"));
    }
}
