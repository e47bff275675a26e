//! The bridge from the extraction engine to the store: turns an [`Extraction`] of one article
//! into the article and claim records `Store::ingest` saves in one transaction.
//!
//! Pure conversion: byte spans become code-point offsets, each extracted source becomes a
//! find-by-name-or-create reference (so named sources are shared across articles by the identity rule),
//! and every claim is marked `auto`. Levels and flags are not copied: the store recomputes them
//! with the same sourcing rules.

use crate::extract::contract::CharIndex;
use crate::extract::{ExtractedClaim, ExtractedSource, Extraction};
use crate::model::{Fragment, NewArticle, NewAttribution, NewClaim, SourceRef};
use crate::vocab::{Confidence, Origin, SourceKind};

/// What a person may say about an article that the text itself does not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleDetails {
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub language: Option<String>,
    /// Overrides what the extractor found, when given.
    pub translated_from: Option<String>,
    /// Overrides what the extractor found, when given.
    pub relayed_from: Option<String>,
}

/// The records for one extracted article: the article (its id is set by the store) and its
/// claims in text order.
pub fn records(
    text: &str,
    extraction: &Extraction,
    details: ArticleDetails,
) -> (NewArticle, Vec<NewClaim>) {
    let article = NewArticle {
        text: text.to_string(),
        title: details.title,
        url: details.url,
        outlet: details.outlet,
        published_at: details.published_at,
        language: details.language,
        translated_from: details
            .translated_from
            .or_else(|| extraction.meta.translated_from.clone()),
        relayed_from: details
            .relayed_from
            .or_else(|| extraction.meta.relayed_from.clone()),
        dateline: extraction.meta.dateline.clone(),
    };
    let index = CharIndex::new(text);
    let claims = extraction
        .claims
        .iter()
        .map(|claim| claim_record(text, &index, claim))
        .collect();
    (article, claims)
}

fn claim_record(text: &str, index: &CharIndex<'_>, claim: &ExtractedClaim) -> NewClaim {
    let fragments = (!claim.fragments.is_empty()).then(|| {
        claim
            .fragments
            .iter()
            .map(|f| {
                let range = index.range(*f);
                Fragment {
                    start: range.start,
                    end: range.end,
                }
            })
            .collect()
    });
    let span = index.range(claim.span);
    NewClaim {
        // Set by the store when the article is saved.
        article_id: 0,
        text: claim.text(text),
        start: Some(span.start),
        end: Some(span.end),
        fragments,
        sentence: Some(claim.sentence as i64),
        kind: claim.kind,
        hedged: claim.hedged,
        check_worthy: claim.check_worthy,
        confidence: Confidence::Unknown,
        verdict: None,
        origin: Origin::Auto,
        attributions: claim
            .sources
            .iter()
            .map(|source| attribution_record(text, index, source))
            .collect(),
        note: None,
    }
}

fn attribution_record(
    text: &str,
    index: &CharIndex<'_>,
    source: &ExtractedSource,
) -> NewAttribution {
    let mention = index.range(source.mention);
    NewAttribution {
        source: SourceRef::Named {
            name: source.name.clone(),
            kind: source.kind,
            role: source.role.clone(),
        },
        cue: source.cue.clone(),
        mention: Some(source.mention.of(text).to_string()),
        mention_start: Some(mention.start),
        mention_end: Some(mention.end),
        relation: Some(source.relation),
        // The upstream is named only; it is found by name or created unclassified.
        via: source.via.as_ref().map(|name| SourceRef::Named {
            name: name.clone(),
            kind: SourceKind::Unknown,
            role: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn offsets_are_code_points_and_text_is_the_claims() {
        let text = "«Café» owners said the cafe closed in 2020.";
        let extraction = extract(text);
        let (article, claims) = records(text, &extraction, ArticleDetails::default());
        assert_eq!(article.text, text);
        assert!(!claims.is_empty());
        for claim in &claims {
            let (start, end) = (claim.start.unwrap(), claim.end.unwrap());
            let by_chars: String = text.chars().skip(start).take(end - start).collect();
            if claim.fragments.is_none() {
                assert_eq!(claim.text, by_chars);
            }
            assert_eq!(claim.origin, Origin::Auto);
        }
    }

    #[test]
    fn details_given_by_a_person_override_what_was_found() {
        let text = "PARIS (Reuters) - The minister resigned on Monday, officials said.";
        let extraction = extract(text);
        let (found, _) = records(text, &extraction, ArticleDetails::default());
        assert_eq!(found.relayed_from.as_deref(), Some("Reuters"));
        assert_eq!(found.dateline.as_deref(), Some("PARIS"));
        let details = ArticleDetails {
            relayed_from: Some("AFP".into()),
            title: Some("Minister resigns".into()),
            ..ArticleDetails::default()
        };
        let (given, _) = records(text, &extraction, details);
        assert_eq!(given.relayed_from.as_deref(), Some("AFP"));
        assert_eq!(given.title.as_deref(), Some("Minister resigns"));
    }
}
