//! Validating what a user hands over: text files (UTF-8, not empty), dates, ids.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context as _};
use chrono::{DateTime, NaiveDate, Utc};

use crate::cli::ArticleDetailsArgs;
use crate::model::NewArticle;

/// Reads a text file, or standard input for `-`, as UTF-8; names the file and the byte offset of
/// the first invalid byte otherwise.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        ("standard input".to_string(), bytes)
    } else {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
        (name, bytes)
    };
    decode(&name, bytes)
}

/// How an input path is named in messages: the path, or "standard input" for `-`.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads an article: UTF-8 text that is not empty. Returns the name used in messages and the
/// text.
pub fn read_article(path: &Path) -> anyhow::Result<(String, String)> {
    let name = display_name(path);
    let text = read_text(path)?;
    non_empty(&format!("the article in {name}"), &text)?;
    not_binary(&name, &text)?;
    Ok((name, text))
}

/// Refuses text with a NUL byte: valid UTF-8, but a binary file, not an article.
pub fn not_binary(name: &str, text: &str) -> anyhow::Result<()> {
    if let Some(offset) = text.bytes().position(|b| b == 0) {
        bail!("{name} looks like a binary file, not text: NUL byte at byte offset {offset}");
    }
    Ok(())
}

/// The bytes as UTF-8 text; an error names the input and the offset of the first bad byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> anyhow::Result<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            bail!(
                "{name} is not UTF-8 text: invalid byte 0x{:02x} at byte offset {offset}",
                e.as_bytes()[offset]
            )
        }
    }
}

/// Refuses text that is empty or only whitespace.
pub fn non_empty<'a>(what: &str, text: &'a str) -> anyhow::Result<&'a str> {
    if text.trim().is_empty() {
        bail!("{what} is empty");
    }
    Ok(text)
}

/// A publication date: `YYYY-MM-DD` is kept as is; RFC 3339 is kept as given once it parses.
pub fn published_date(value: &str) -> anyhow::Result<String> {
    let value = value.trim();
    if NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok()
        || DateTime::parse_from_rfc3339(value).is_ok()
    {
        return Ok(value.to_string());
    }
    bail!("invalid date '{value}' (expected YYYY-MM-DD or RFC 3339, e.g. 2024-04-05T09:30:00Z)")
}

/// A moment for `--since`: a date means its midnight UTC. Returns RFC 3339 in UTC, the form the
/// audit log stores (with milliseconds), so that it compares as text.
pub fn since(value: &str) -> anyhow::Result<String> {
    let value = value.trim();
    let moment: DateTime<Utc> = if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        date.and_hms_opt(0, 0, 0)
            .expect("midnight exists")
            .and_utc()
    } else if let Ok(dt) = DateTime::parse_from_rfc3339(value) {
        dt.with_timezone(&Utc)
    } else {
        bail!("invalid date '{value}' (expected YYYY-MM-DD or RFC 3339, e.g. 2024-04-05T09:30:00Z)")
    };
    Ok(moment.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
}

/// Where `needle` occurs exactly in `text`, as code-point offsets (end exclusive): the first
/// occurrence, or the one starting at code point `at`. `Ok(None)` when it does not occur; an
/// error when `at` is given and no occurrence starts there.
pub fn locate(
    text: &str,
    needle: &str,
    at: Option<usize>,
) -> anyhow::Result<Option<(usize, usize)>> {
    let len = needle.chars().count();
    let starts: Vec<usize> = text
        .match_indices(needle)
        .map(|(byte, _)| text[..byte].chars().count())
        .collect();
    match at {
        None => Ok(starts.first().map(|&s| (s, s + len))),
        Some(at) if starts.contains(&at) => Ok(Some((at, at + len))),
        Some(at) if starts.is_empty() => {
            bail!("--at {at}: the text does not occur")
        }
        Some(at) => {
            let list: Vec<String> = starts.iter().map(|s| s.to_string()).collect();
            bail!(
                "--at {at}: no occurrence of the text starts there (it starts at {})",
                list.join(", ")
            )
        }
    }
}

/// A `--search` query for FTS5: plain words are quoted so that `ISIS-K` or `U.S.` match as
/// written; a word that uses FTS5 syntax (quotes, `*`, parentheses, `:`, `^`, or the operators
/// AND, OR, NOT, NEAR) is passed through untouched.
pub fn search_query(query: &str) -> String {
    query
        .split_whitespace()
        .map(|word| {
            let syntax = word.contains(['"', '*', '(', ')', ':', '^'])
                || matches!(word, "AND" | "OR" | "NOT" | "NEAR");
            if syntax {
                word.to_string()
            } else {
                format!("\"{word}\"")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The article record for `text` with what a person said about it, the date validated.
pub fn new_article(text: String, details: ArticleDetailsArgs) -> anyhow::Result<NewArticle> {
    Ok(NewArticle {
        text,
        title: details.title,
        url: details.url,
        outlet: details.outlet,
        published_at: details
            .published
            .as_deref()
            .map(published_date)
            .transpose()?,
        language: details.language,
        translated_from: details.translated_from,
        relayed_from: details.relayed_from,
        dateline: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_search_words_are_quoted_and_syntax_is_kept() {
        assert_eq!(search_query("ISIS-K"), "\"ISIS-K\"");
        assert_eq!(search_query("Tajik  diaspora"), "\"Tajik\" \"diaspora\"");
        assert_eq!(
            search_query("terror* OR \"few assets\""),
            "terror* OR \"few assets\""
        );
        assert_eq!(search_query("NEAR(a b)"), "NEAR(a b)");
    }

    #[test]
    fn locates_in_code_points() {
        let text = "Él said x. Él said x.";
        assert_eq!(locate(text, "said x", None).unwrap(), Some((3, 9)));
        assert_eq!(locate(text, "said x", Some(14)).unwrap(), Some((14, 20)));
        assert!(locate(text, "said x", Some(4))
            .unwrap_err()
            .to_string()
            .contains("3, 14"));
        assert_eq!(locate(text, "nope", None).unwrap(), None);
    }

    #[test]
    fn names_the_offset_of_the_first_bad_byte() {
        let err = decode("a.txt", b"caf\xe9 au lait".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt is not UTF-8 text: invalid byte 0xe9 at byte offset 3"
        );
    }

    #[test]
    fn dates_and_rfc3339_are_accepted() {
        assert_eq!(published_date("2024-04-05").unwrap(), "2024-04-05");
        assert!(published_date("2024-04-05T09:30:00+02:00").is_ok());
        assert!(published_date("2024-13-05").is_err());
        assert!(published_date("yesterday").is_err());
        assert_eq!(since("2024-04-05").unwrap(), "2024-04-05T00:00:00.000Z");
        assert_eq!(
            since("2024-04-05T09:30:00+02:00").unwrap(),
            "2024-04-05T07:30:00.000Z"
        );
    }

    #[test]
    fn whitespace_only_text_is_refused() {
        assert!(non_empty("x", " \n\t").is_err());
        assert_eq!(non_empty("x", " a ").unwrap(), " a ");
    }
}
