//! Arguments of `claimtrace article add|list|show`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{OutputArgs, ShowOutputArgs};

#[derive(Debug, Subcommand)]
pub enum ArticleCommand {
    /// Store an article's text verbatim (the same text again returns the existing article)
    #[command(after_help = "Example:
  claimtrace article add examples/000_d1e90925469a9c05.txt \\
      --title \"France keeps watch on Tajiks\" --outlet \"Example Daily\" \\
      --published 2024-04-05 --language en --relayed-from Reuters
  curl -s https://example.org/story.txt | claimtrace article add -")]
    Add(ArticleAddArgs),
    /// List the stored articles
    #[command(
        after_help = "Example:\n  claimtrace article list\n  claimtrace article list --format json"
    )]
    List(OutputArgs),
    /// Show one article's metadata (and its text with --text)
    #[command(after_help = "Example:\n  claimtrace article show 1 --text")]
    Show(ArticleShowArgs),
}

#[derive(Debug, Args)]
pub struct ArticleAddArgs {
    /// The article's text file, or - for standard input
    pub file: PathBuf,
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

#[derive(Debug, Args)]
pub struct ArticleShowArgs {
    /// The article's id
    pub id: i64,
    /// Print the full text too
    #[arg(long)]
    pub text: bool,
    #[command(flatten)]
    pub output: ShowOutputArgs,
}
