//! Reading back a CSV export that went through a spreadsheet: each row becomes a
//! [`ClaimUpdate`] for the store. The inverse of the export's claim columns: only the editable
//! columns are read (`id`, `article_id`, `text`, `kind`, `confidence`, `verdict`, `sources`);
//! derived ones (level, flags, counts, titles) are ignored. Formula protection is undone first.

use std::io::Read;

use crate::model::{ClaimUpdate, SourceSpec};
use crate::vocab::{ClaimKind, Confidence, SourceKind, Verdict};

use super::csv::unprotect;

/// A problem with the file, with the line it is on (1-based; the header is line 1).
#[derive(Debug, thiserror::Error)]
pub enum CsvImportError {
    #[error("line {line}: {message}")]
    Row { line: usize, message: String },
    #[error("{0}")]
    File(String),
}

fn row_error(line: usize, message: impl Into<String>) -> CsvImportError {
    CsvImportError::Row {
        line,
        message: message.into(),
    }
}

/// Where the editable columns are in this file's header.
struct Columns {
    id: usize,
    article_id: Option<usize>,
    text: Option<usize>,
    kind: Option<usize>,
    confidence: Option<usize>,
    verdict: Option<usize>,
    sources: Option<usize>,
}

impl Columns {
    fn from_header(header: &::csv::StringRecord) -> Result<Columns, CsvImportError> {
        let find = |name: &str| header.iter().position(|h| unprotect(h.trim()) == name);
        let id = find("id").ok_or_else(|| {
            CsvImportError::File(
                "the CSV has no `id` column (is it a `claimtrace export` file?)".to_string(),
            )
        })?;
        Ok(Columns {
            id,
            article_id: find("article_id"),
            text: find("text"),
            kind: find("kind"),
            confidence: find("confidence"),
            verdict: find("verdict"),
            sources: find("sources"),
        })
    }
}

/// Parses a whole CSV export. Rows that share an `id` (as `--per-attribution` writes them) are
/// merged: their sources are joined.
pub fn read_updates(input: impl Read) -> Result<Vec<ClaimUpdate>, CsvImportError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(input);
    let header = reader
        .headers()
        .map_err(|e| CsvImportError::File(format!("cannot read the CSV header: {e}")))?
        .clone();
    let columns = Columns::from_header(&header)?;
    let mut updates: Vec<ClaimUpdate> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(pos) => row_error(pos.line() as usize, csv_message(&e)),
            None => CsvImportError::File(csv_message(&e)),
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let update = parse_row(&record, &columns, line)?;
        match update
            .id
            .and_then(|id| updates.iter_mut().find(|u| u.id == Some(id)))
        {
            Some(earlier) => merge(earlier, update),
            None => updates.push(update),
        }
    }
    Ok(updates)
}

/// The csv crate's message without its own position prefix.
fn csv_message(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields, found {len}"),
        ::csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_string(),
        _ => e.to_string(),
    }
}

/// A second row of the same claim (one row per attribution): its sources are added.
fn merge(earlier: &mut ClaimUpdate, later: ClaimUpdate) {
    if let Some(more) = later.sources {
        earlier.sources.get_or_insert_with(Vec::new).extend(more);
    }
}

fn cell(record: &::csv::StringRecord, index: Option<usize>) -> Option<&str> {
    index.and_then(|i| record.get(i)).map(unprotect)
}

fn parse_row(
    record: &::csv::StringRecord,
    columns: &Columns,
    line: usize,
) -> Result<ClaimUpdate, CsvImportError> {
    let id = match cell(record, Some(columns.id)).map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| row_error(line, format!("id '{text}' is not a number")))?,
        ),
    };
    let article_id = match cell(record, columns.article_id).map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| row_error(line, format!("article_id '{text}' is not a number")))?,
        ),
    };
    let text = cell(record, columns.text).map(str::to_string);
    if id.is_none() {
        if article_id.is_none() {
            return Err(row_error(line, "a new claim (no id) needs an article_id"));
        }
        if !text.as_deref().is_some_and(|t| !t.trim().is_empty()) {
            return Err(row_error(line, "a new claim (no id) needs its text"));
        }
    }
    if text.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(row_error(line, "the claim text is empty"));
    }
    let kind = match cell(record, columns.kind).map(str::trim) {
        None => None,
        Some(v) => Some(
            v.parse::<ClaimKind>()
                .map_err(|e| row_error(line, e.to_string()))?,
        ),
    };
    let confidence = match cell(record, columns.confidence).map(str::trim) {
        None => None,
        Some("") => Some(Confidence::Unknown),
        Some(v) => Some(
            v.parse::<Confidence>()
                .map_err(|e| row_error(line, e.to_string()))?,
        ),
    };
    let verdict = match cell(record, columns.verdict).map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(v) => Some(Some(
            v.parse::<Verdict>()
                .map_err(|e| row_error(line, e.to_string()))?,
        )),
    };
    let sources = match cell(record, columns.sources) {
        None => None,
        Some(v) => Some(parse_sources(v).map_err(|m| row_error(line, m))?),
    };
    Ok(ClaimUpdate {
        line,
        id,
        article_id,
        text,
        kind,
        confidence,
        verdict,
        sources,
    })
}

/// The `sources` cell: `name (kind, cue)` items joined with `; ` ([`SourceSpec::parse_list`]).
/// The kind and cue are optional: `Reuters` alone is a source found by name (created as
/// `unknown` if new). A parenthesis with a cue but no valid kind (`X (spy, said)`) is a typo,
/// not part of a name, and is refused.
pub fn parse_sources(cell: &str) -> Result<Vec<SourceSpec>, String> {
    let specs = SourceSpec::parse_list(cell);
    for spec in &specs {
        if spec.kind.is_some() {
            continue;
        }
        let inner = spec
            .name
            .strip_suffix(')')
            .and_then(|s| s.rfind(" (").map(|open| &s[open + 2..]));
        if let Some((kind, _cue)) = inner.and_then(|i| i.split_once(',')) {
            if let Err(e) = kind.trim().parse::<SourceKind>() {
                return Err(format!("source '{}': {e}", spec.name));
            }
        }
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_sources_cell() {
        let specs = parse_sources(
            "Laurent Nunez (person, said); an intelligence source (anonymous); Islamic State (ISIS); Reuters",
        )
        .unwrap();
        assert_eq!(specs.len(), 4);
        assert_eq!(specs[0].name, "Laurent Nunez");
        assert_eq!(specs[0].kind, Some(SourceKind::Person));
        assert_eq!(specs[0].cue.as_deref(), Some("said"));
        assert_eq!(specs[1].kind, Some(SourceKind::Anonymous));
        assert_eq!(specs[1].cue, None);
        assert_eq!(specs[2].name, "Islamic State (ISIS)");
        assert_eq!(specs[2].kind, None);
        assert_eq!(specs[3].name, "Reuters");
        assert!(parse_sources("").unwrap().is_empty());
        assert!(parse_sources("X (spy, said)")
            .unwrap_err()
            .contains("unknown source kind"));
    }

    #[test]
    fn reads_rows_with_line_numbers() {
        let csv = "id,article_id,text,kind,confidence,verdict,sources\n\
                   1,1,A claim,event,high,,\n\
                   2,1,Another,bogus,high,,\n";
        let err = read_updates(csv.as_bytes()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("line 3: unknown claim kind 'bogus'"),
            "{err}"
        );
    }

    #[test]
    fn undoes_formula_protection_and_merges_attribution_rows() {
        let csv = "id,article_id,text,kind,confidence,verdict,sources\n\
                   1,1,'=1+1,event,high,,A (person)\n\
                   1,1,'=1+1,event,high,,B (media)\n\
                   ,1,new one,event,,,\n";
        let updates = read_updates(csv.as_bytes()).unwrap();
        assert_eq!(updates.len(), 2);
        assert_eq!(updates[0].text.as_deref(), Some("=1+1"));
        assert_eq!(updates[0].sources.as_ref().unwrap().len(), 2);
        assert_eq!(updates[0].verdict, Some(None));
        assert_eq!(updates[1].id, None);
        assert_eq!(updates[1].line, 4);
        assert_eq!(updates[1].confidence, Some(Confidence::Unknown));
    }

    #[test]
    fn a_row_with_missing_fields_names_its_line() {
        let csv = "id,article_id,text\n1,1,ok\n2,1\n";
        let err = read_updates(csv.as_bytes()).unwrap_err();
        assert_eq!(err.to_string(), "line 3: expected 3 fields, found 2");
    }
}
