//! The person-readable views of one record (`claim show`, `article show`, `source show`):
//! labelled lines, with the claim's place in the article marked.

use std::io::{self, Write};

use crate::model::{Article, ClaimDetail, Corroboration, Source};

use super::records::event_change;

/// How many characters of the article to show on each side of a claim.
const CONTEXT_CHARS: usize = 100;

/// The text around a span, with the span between `[[` and `]]`, on one line.
pub fn context(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let end = end.min(chars.len());
    let start = start.min(end);
    let from = start.saturating_sub(CONTEXT_CHARS);
    let to = (end + CONTEXT_CHARS).min(chars.len());
    let piece = |a: usize, b: usize| -> String {
        chars[a..b]
            .iter()
            .map(|c| if c.is_whitespace() { ' ' } else { *c })
            .collect()
    };
    format!(
        "{}{}[[{}]]{}{}",
        if from > 0 { "…" } else { "" },
        piece(from, start),
        piece(start, end),
        piece(end, to),
        if to < chars.len() { "…" } else { "" }
    )
}

fn line(out: &mut dyn Write, label: &str, value: impl std::fmt::Display) -> io::Result<()> {
    let value = value.to_string();
    if value.is_empty() {
        writeln!(out, "{label}:")
    } else {
        writeln!(out, "{:<15}{value}", format!("{label}:"))
    }
}

fn or_dash(value: &Option<String>) -> String {
    value
        .clone()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "—".to_string())
}

/// A corroboration in one line: `supports · https://… · independent · note (actor, date)`.
pub fn corroboration_line(c: &Corroboration) -> String {
    let mut parts = vec![
        format!("#{}", c.id),
        c.stance.to_string(),
        c.by_label.clone(),
    ];
    parts.push(
        if c.independent {
            "independent"
        } else {
            "not independent"
        }
        .to_string(),
    );
    if let Some(note) = &c.note {
        parts.push(format!("\"{note}\""));
    }
    format!("{} ({}, {})", parts.join(" · "), c.actor, c.at)
}

/// `claim show` as text.
pub fn write_claim(
    out: &mut dyn Write,
    detail: &ClaimDetail,
    article_text: Option<&str>,
) -> io::Result<()> {
    let claim = &detail.claim;
    line(out, "claim", claim.id)?;
    line(out, "text", &claim.text)?;
    line(
        out,
        "article",
        match &detail.article_title {
            Some(title) => format!("{} \"{title}\"", claim.article_id),
            None => claim.article_id.to_string(),
        },
    )?;
    match (claim.start, claim.end) {
        (Some(start), Some(end)) => {
            line(out, "span", format!("{start}..{end}"))?;
            if let Some(text) = article_text {
                line(out, "context", context(text, start, end))?;
            }
        }
        _ => line(out, "span", "— (not found in the article text)")?,
    }
    line(out, "kind", claim.kind)?;
    line(out, "confidence", claim.confidence)?;
    line(
        out,
        "verdict",
        claim.verdict.map_or("—".to_string(), |v| v.to_string()),
    )?;
    line(
        out,
        "check-worthy",
        if claim.check_worthy { "yes" } else { "no" },
    )?;
    line(out, "origin", claim.origin)?;
    line(
        out,
        "level",
        claim
            .level
            .map_or("— (record)".to_string(), |l| l.to_string()),
    )?;
    line(
        out,
        "flags",
        if claim.flags.is_empty() {
            "—".to_string()
        } else {
            claim
                .flags
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        },
    )?;
    line(
        out,
        "sources",
        if detail.attributions.is_empty() {
            "—"
        } else {
            ""
        },
    )?;
    for a in &detail.attributions {
        let mut text = format!("  {} ({})", a.source_name, a.source_kind);
        if let Some(cue) = &a.cue {
            text.push_str(&format!(" — {cue}"));
        }
        if let Some(relation) = a.relation {
            text.push_str(&format!(" [{relation}]"));
        }
        if let Some(via) = &a.via_name {
            text.push_str(&format!(" via {via}"));
        }
        writeln!(out, "{text}")?;
    }
    line(
        out,
        "corroborations",
        if detail.corroborations.is_empty() {
            "—"
        } else {
            ""
        },
    )?;
    for c in &detail.corroborations {
        writeln!(out, "  {}", corroboration_line(c))?;
    }
    line(out, "notes", if detail.notes.is_empty() { "—" } else { "" })?;
    for n in &detail.notes {
        writeln!(out, "  {} ({}, {})", n.body, n.author, n.at)?;
    }
    line(
        out,
        "created",
        format!("{} by {}", claim.created_at, claim.created_by),
    )?;
    line(
        out,
        "updated",
        format!("{} by {}", claim.updated_at, claim.updated_by),
    )?;
    line(
        out,
        "last changes",
        if detail.events.is_empty() { "—" } else { "" },
    )?;
    for e in &detail.events {
        let change = event_change(e);
        writeln!(
            out,
            "  {} {} {} {} {}{}",
            e.at,
            e.actor,
            e.action,
            e.table,
            e.row_id,
            if change.is_empty() {
                String::new()
            } else {
                format!(": {change}")
            }
        )?;
    }
    Ok(())
}

/// `article show` as text; the full text follows when asked for.
pub fn write_article(out: &mut dyn Write, article: &Article, with_text: bool) -> io::Result<()> {
    line(out, "article", article.id)?;
    line(out, "title", or_dash(&article.title))?;
    line(out, "url", or_dash(&article.url))?;
    line(out, "outlet", or_dash(&article.outlet))?;
    line(out, "published", or_dash(&article.published_at))?;
    line(out, "language", or_dash(&article.language))?;
    line(out, "translated from", or_dash(&article.translated_from))?;
    line(out, "relayed from", or_dash(&article.relayed_from))?;
    line(out, "dateline", or_dash(&article.dateline))?;
    line(out, "sha256", &article.sha256)?;
    line(out, "ingested", &article.ingested_at)?;
    if let Some(text) = article.text.as_deref() {
        line(
            out,
            "length",
            format!("{} characters", text.chars().count()),
        )?;
        if with_text {
            writeln!(out)?;
            out.write_all(text.as_bytes())?;
            if !text.ends_with('\n') {
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// The head of `source show`; its claims follow as a table.
pub fn write_source(out: &mut dyn Write, source: &Source) -> io::Result<()> {
    line(out, "source", source.id)?;
    line(out, "name", &source.name)?;
    line(out, "kind", source.kind)?;
    line(out, "role", or_dash(&source.role))?;
    line(out, "affiliation", or_dash(&source.affiliation))?;
    line(
        out,
        "aliases",
        if source.aliases.is_empty() {
            "—".to_string()
        } else {
            source.aliases.join("; ")
        },
    )?;
    line(
        out,
        "article",
        source
            .article_id
            .map_or("— (shared across articles)".to_string(), |a| {
                a.to_string()
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_marks_the_span_and_counts_code_points() {
        let text = "Él dijo: the sky is blue.\nYes.";
        let start = text.chars().position(|c| c == 't').unwrap();
        let out = context(text, start, start + 15);
        assert_eq!(out, "Él dijo: [[the sky is blue]]. Yes.");
    }
}
