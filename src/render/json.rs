//! JSON output: a listing is one array of objects; JSON Lines is one object per line.

use std::io::{self, Write};

use serde::Serialize;

/// One pretty-printed JSON array, ending with a newline.
pub fn write_array<T: Serialize>(out: &mut dyn Write, rows: &[T]) -> io::Result<()> {
    write_value(out, &rows)
}

/// One compact JSON object per line.
pub fn write_lines<T: Serialize>(out: &mut dyn Write, rows: &[T]) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Any serialisable value, pretty-printed, ending with a newline.
pub fn write_value<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// One object: pretty, or compact on one line.
pub fn write_one<T: Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
    compact: bool,
) -> io::Result<()> {
    if compact {
        serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
        out.write_all(b"\n")
    } else {
        write_value(out, value)
    }
}
