//! Arguments of `claimtrace article add|list|show`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{ArticleDetailsArgs, OutputArgs, ShowOutputArgs};

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
    #[command(flatten)]
    pub details: ArticleDetailsArgs,
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
