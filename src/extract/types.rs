//! The values the extraction stages pass between them and return: spans, sentences, article
//! metadata, claims and their attributed sources.
//!
//! Inside the engine every span is a pair of **byte** offsets into the original text (so slicing
//! is cheap and always on char boundaries); the contract output (`contract.rs`) converts them to
//! Unicode code-point indices as DESIGN.md requires.

use serde::Serialize;

use crate::vocab::{ClaimKind, Relation, SourceKind};

/// A half-open byte range `[start, end)` of the original text, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What the first stage learns about the article as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArticleMeta {
    /// The place in the dateline ("JAKARTA" for "JAKARTA - …").
    pub dateline: Option<String>,
    /// The span of the whole dateline prefix, including its dash, so it stays out of claims.
    pub dateline_span: Option<Span>,
    /// The wire service or outlet the story is relayed from ("Reuters").
    pub relayed_from: Option<String>,
    /// The words that name the relay in the text ("As reported by Reuters", "(Reuters)"), so
    /// the claims stage keeps them out of claims and does not list the relay as a source.
    pub relay_span: Option<Span>,
    /// ISO 639-1 code of the language the article was machine-translated from.
    pub translated_from: Option<String>,
    /// Passages that are never claims: "SEE ALSO:", "Read more", credits, translation notices.
    pub boilerplate: Vec<Span>,
}

/// One source of one claim, as the article attributes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedSource {
    /// The source after coreference and canonicalisation ("Temur Varki" for "he").
    pub name: String,
    /// The words in the text that name it here.
    pub mention: Span,
    pub kind: SourceKind,
    /// The reporting cue as written ("told", "according to"), lower-cased.
    pub cue: Option<String>,
    /// A description the text gives ("Parisian police chief").
    pub role: Option<String>,
    /// The upstream for "X, citing Y" or a relayed report.
    pub via: Option<String>,
    pub relation: Relation,
    /// The mention is plural ("sources said").
    pub plural_mention: bool,
    /// The same source is also referred to in the singular in the article.
    pub singular_elsewhere: bool,
}

/// One atomic claim: what is asserted, where, and who the article says asserts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedClaim {
    /// Covers all fragments when the claim is discontinuous.
    pub span: Span,
    /// Set when the claim is not one contiguous run of text; each piece in order.
    pub fragments: Vec<Span>,
    /// Index of the claim's first sentence.
    pub sentence: usize,
    pub kind: ClaimKind,
    pub hedged: bool,
    pub check_worthy: bool,
    pub sources: Vec<ExtractedSource>,
}

impl ExtractedClaim {
    /// The claim's pieces: its fragments, else its one span.
    pub fn pieces(&self) -> &[Span] {
        if self.fragments.is_empty() {
            std::slice::from_ref(&self.span)
        } else {
            &self.fragments
        }
    }

    /// The claim's text: its pieces joined with a space (into one string sized up front: no
    /// list of the pieces is built first).
    pub fn text(&self, article: &str) -> String {
        let pieces = self.pieces();
        let len = pieces.iter().map(|p| p.end - p.start + 1).sum::<usize>();
        let mut out = String::with_capacity(len);
        for (k, p) in pieces.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(p.of(article));
        }
        out
    }
}
