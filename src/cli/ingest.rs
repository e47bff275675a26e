//! Arguments of `claimtrace ingest` and `claimtrace report`.

use std::path::PathBuf;

use clap::Args;

use super::{vocab, OutputArgs};

/// Arguments of `claimtrace ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article text files (UTF-8), or - for standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub details: ArticleDetailsArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// What a person knows about an article that its text may not say (`article add`, `ingest`).
#[derive(Debug, Args, Default, Clone)]
pub struct ArticleDetailsArgs {
    /// Headline
    #[arg(long)]
    pub title: Option<String>,
    /// Where it was published
    #[arg(long)]
    pub url: Option<String>,
    /// The publication
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date: YYYY-MM-DD or RFC 3339 (2024-04-05T09:30:00Z)
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Language of the text, e.g. en
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    /// Language of the original when this is a translation, e.g. id
    #[arg(long, value_name = "LANG")]
    pub translated_from: Option<String>,
    /// The wire service or outlet the story is relayed from, e.g. Reuters
    #[arg(long, value_name = "NAME")]
    pub relayed_from: Option<String>,
}

/// Arguments of `claimtrace report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only these articles (repeatable) [default: all]
    #[arg(long = "article", value_name = "ID")]
    pub articles: Vec<i64>,
    /// Output format: a table for people, or the summary as JSON
    #[arg(long, default_value = "table", value_parser = vocab::<crate::render::Format>())]
    pub format: crate::render::Format,
}
