//! Articles: adding one (deduplicated by the SHA-256 of its text), reading and listing them.

use rusqlite::{params, Connection, OptionalExtension, Row};
use sha2::{Digest, Sha256};

use super::{Result, Store, StoreError, Write};
use crate::model::{Article, ArticleSummary, NewArticle};

const ARTICLE_COLUMNS: &str = "id, title, url, outlet, published_at, language, translated_from,
    relayed_from, dateline, sha256, ingested_at";

/// The hex SHA-256 of a text's UTF-8 bytes, as stored in `article.sha256`.
pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn article_from_row(row: &Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        id: row.get(0)?,
        title: row.get(1)?,
        url: row.get(2)?,
        outlet: row.get(3)?,
        published_at: row.get(4)?,
        language: row.get(5)?,
        translated_from: row.get(6)?,
        relayed_from: row.get(7)?,
        dateline: row.get(8)?,
        sha256: row.get(9)?,
        ingested_at: row.get(10)?,
        text: None,
    })
}

pub(crate) fn get_article(conn: &Connection, id: i64) -> Result<Article> {
    conn.query_row(
        &format!("SELECT {ARTICLE_COLUMNS} FROM article WHERE id = ?1"),
        [id],
        article_from_row,
    )
    .optional()?
    .ok_or_else(|| StoreError::not_found("article", id))
}

pub(crate) fn get_text(conn: &Connection, id: i64) -> Result<String> {
    conn.query_row("SELECT text FROM article WHERE id = ?1", [id], |row| {
        row.get(0)
    })
    .optional()?
    .ok_or_else(|| StoreError::not_found("article", id))
}

fn find_by_sha(conn: &Connection, sha: &str) -> Result<Option<Article>> {
    Ok(conn
        .query_row(
            &format!("SELECT {ARTICLE_COLUMNS} FROM article WHERE sha256 = ?1"),
            [sha],
            article_from_row,
        )
        .optional()?)
}

/// Inserts an article (or finds the one with the same text) inside a write.
pub(crate) fn insert_article(w: &mut Write<'_>, new: &NewArticle) -> Result<(Article, bool)> {
    if new.text.trim().is_empty() {
        return Err(StoreError::Invalid("the article text is empty".into()));
    }
    let sha = sha256_hex(&new.text);
    if let Some(existing) = find_by_sha(&w.tx, &sha)? {
        return Ok((existing, false));
    }
    w.tx.execute(
        "INSERT INTO article (title, url, outlet, published_at, language, translated_from,
             relayed_from, dateline, text, sha256, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            new.title,
            new.url,
            new.outlet,
            new.published_at,
            new.language,
            new.translated_from,
            new.relayed_from,
            new.dateline,
            new.text,
            sha,
            w.now,
        ],
    )?;
    let id = w.tx.last_insert_rowid();
    Ok((get_article(&w.tx, id)?, true))
}

impl Store {
    /// Stores an article; the same text again returns the stored one with `created == false`
    /// and writes nothing.
    pub fn add_article(&mut self, new: NewArticle) -> Result<(Article, bool)> {
        let sha = sha256_hex(&new.text);
        if let Some(existing) = find_by_sha(&self.conn, &sha)? {
            return Ok((existing, false));
        }
        self.write(|w| insert_article(w, &new))
    }

    /// One article's metadata (without its text).
    pub fn article(&self, id: i64) -> Result<Article> {
        get_article(&self.conn, id)
    }

    /// One article's text.
    pub fn article_text(&self, id: i64) -> Result<String> {
        get_text(&self.conn, id)
    }

    /// Every article, oldest first, with its claim counts.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.title, a.url, a.outlet, a.published_at, a.ingested_at,
                    count(c.id), coalesce(sum(c.thin), 0),
                    coalesce(sum(c.level = 'unsourced'), 0)
             FROM article a LEFT JOIN claim c ON c.article_id = a.id
             GROUP BY a.id ORDER BY a.id",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(ArticleSummary {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    url: row.get(2)?,
                    outlet: row.get(3)?,
                    published_at: row.get(4)?,
                    ingested_at: row.get(5)?,
                    claims: row.get(6)?,
                    thin: row.get(7)?,
                    unsourced: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
