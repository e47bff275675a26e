//! How each of the store's row types prints as a table row or CSV row; JSON comes from serde.

use crate::model::{
    Article, ArticleSummary, Attribution, ClaimRow, ClaimSource, Corroboration, Event, Note,
    SourceSummary,
};

use super::{join, opt, Record};

/// A claim source as one cell: `name (kind, cue)`, or `name (kind)` without a cue.
pub fn source_cell(source: &ClaimSource) -> String {
    source.label()
}

/// The export's columns, in order (the CSV header; the JSON keys of a claim).
pub const CLAIM_COLUMNS: &[&str] = &[
    "id",
    "article_id",
    "article_title",
    "article_url",
    "text",
    "start",
    "end",
    "kind",
    "confidence",
    "verdict",
    "level",
    "flags",
    "sources",
    "corroborations",
    "notes",
];

impl Record for ClaimRow {
    fn columns() -> &'static [&'static str] {
        CLAIM_COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.article_id.to_string(),
            opt(&self.article_title),
            opt(&self.article_url),
            self.text.clone(),
            opt(&self.start),
            opt(&self.end),
            self.kind.to_string(),
            self.confidence.to_string(),
            opt(&self.verdict),
            opt(&self.level),
            join(&self.flags.iter().map(|f| f.as_str()).collect::<Vec<_>>()),
            join(&self.sources.iter().map(source_cell).collect::<Vec<_>>()),
            self.corroborations.to_string(),
            self.notes.to_string(),
        ]
    }

    fn table_columns() -> &'static [&'static str] {
        &[
            "id",
            "article_id",
            "text",
            "kind",
            "level",
            "flags",
            "sources",
        ]
    }

    fn table_columns_when_varied() -> &'static [&'static str] {
        &["article_id"]
    }

    fn table_cells(&self) -> Vec<String> {
        let mut cells = self.cells();
        cells[11] = self
            .flags
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        cells[12] = self
            .sources
            .iter()
            .map(source_cell)
            .collect::<Vec<_>>()
            .join("\n");
        cells
    }
}

impl Record for ArticleSummary {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "title",
            "url",
            "outlet",
            "published_at",
            "ingested_at",
            "claims",
            "thin",
            "unsourced",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            opt(&self.title),
            opt(&self.url),
            opt(&self.outlet),
            opt(&self.published_at),
            self.ingested_at.clone(),
            self.claims.to_string(),
            self.thin.to_string(),
            self.unsourced.to_string(),
        ]
    }

    fn table_columns() -> &'static [&'static str] {
        &[
            "id",
            "title",
            "outlet",
            "published_at",
            "claims",
            "thin",
            "unsourced",
        ]
    }
}

impl Record for Article {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "title",
            "url",
            "outlet",
            "published_at",
            "language",
            "translated_from",
            "relayed_from",
            "dateline",
            "sha256",
            "ingested_at",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            opt(&self.title),
            opt(&self.url),
            opt(&self.outlet),
            opt(&self.published_at),
            opt(&self.language),
            opt(&self.translated_from),
            opt(&self.relayed_from),
            opt(&self.dateline),
            self.sha256.clone(),
            self.ingested_at.clone(),
        ]
    }
}

impl Record for SourceSummary {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "name",
            "kind",
            "article_id",
            "aliases",
            "claims",
            "articles",
            "share",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.kind.to_string(),
            opt(&self.article_id),
            join(&self.aliases),
            self.claims.to_string(),
            self.articles.to_string(),
            format!("{:.2}", self.share),
        ]
    }
}

impl Record for Event {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "at",
            "actor",
            "table",
            "row_id",
            "action",
            "article_id",
            "claim_id",
            "source_id",
            "before",
            "after",
            "change",
        ]
    }

    fn cells(&self) -> Vec<String> {
        let json =
            |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_default();
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.actor.clone(),
            self.table.clone(),
            self.row_id.to_string(),
            self.action.clone(),
            opt(&self.article_id),
            opt(&self.claim_id),
            opt(&self.source_id),
            json(&self.before),
            json(&self.after),
            event_change(self),
        ]
    }

    fn table_columns() -> &'static [&'static str] {
        &["id", "at", "actor", "table", "row_id", "action", "change"]
    }
}

/// What changed in an event, in a few words: `confidence: unknown → high`.
pub fn event_change(event: &Event) -> String {
    use serde_json::Value;
    let short = |v: &Value| -> String {
        let s = match v {
            Value::String(s) => s.clone(),
            Value::Null => "null".to_string(),
            other => other.to_string(),
        };
        if s.chars().count() > 40 {
            format!("{}…", s.chars().take(39).collect::<String>())
        } else {
            s
        }
    };
    match (&event.before, &event.after) {
        (Some(Value::Object(before)), Some(Value::Object(after))) => after
            .iter()
            .filter(|(k, v)| {
                before.get(*k) != Some(v) && !k.ends_with("_at") && !k.ends_with("_by")
            })
            .map(|(k, v)| {
                format!(
                    "{k}: {} → {}",
                    before.get(k).map(short).unwrap_or_default(),
                    short(v)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        (None, Some(Value::Object(after))) => label(&event.table, after),
        (Some(Value::Object(before)), None) => label(&event.table, before),
        _ => String::new(),
    }
}

/// A few words that say which row an insert or delete was about.
fn label(table: &str, row: &serde_json::Map<String, serde_json::Value>) -> String {
    let text = |key: &str| -> Option<String> {
        match row.get(key)? {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        }
    };
    let words = match table {
        "attribution" => {
            let mut words = format!(
                "claim {} ← source {}",
                text("claim_id").unwrap_or_default(),
                text("source_id").unwrap_or_default()
            );
            if let Some(cue) = text("cue") {
                words.push_str(&format!(" ({cue})"));
            }
            words
        }
        "corroboration" => {
            let by = text("by_url")
                .or_else(|| text("by_source_id").map(|s| format!("source {s}")))
                .or_else(|| text("by_claim_id").map(|c| format!("claim {c}")))
                .unwrap_or_default();
            format!(
                "claim {}: {} by {by}",
                text("claim_id").unwrap_or_default(),
                text("stance").unwrap_or_default()
            )
        }
        "source" => format!(
            "{} ({})",
            text("name").unwrap_or_default(),
            text("kind").unwrap_or_default()
        ),
        _ => ["title", "text", "body", "alias", "name"]
            .iter()
            .find_map(|k| text(k))
            .unwrap_or_default(),
    };
    if words.chars().count() > 60 {
        format!("{}…", words.chars().take(59).collect::<String>())
    } else {
        words
    }
}

impl Record for Attribution {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "claim_id",
            "source_id",
            "source_name",
            "source_kind",
            "cue",
            "relation",
            "via_name",
            "mention",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.claim_id.to_string(),
            self.source_id.to_string(),
            self.source_name.clone(),
            self.source_kind.to_string(),
            opt(&self.cue),
            opt(&self.relation),
            opt(&self.via_name),
            opt(&self.mention),
        ]
    }
}

impl Record for Corroboration {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "claim_id",
            "stance",
            "by",
            "independent",
            "note",
            "at",
            "actor",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.claim_id.to_string(),
            self.stance.to_string(),
            self.by_label.clone(),
            self.independent.to_string(),
            opt(&self.note),
            self.at.clone(),
            self.actor.clone(),
        ]
    }
}

impl Record for Note {
    fn columns() -> &'static [&'static str] {
        &["id", "claim_id", "body", "author", "at"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.claim_id.to_string(),
            self.body.clone(),
            self.author.clone(),
            self.at.clone(),
        ]
    }
}
