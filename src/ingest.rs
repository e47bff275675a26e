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

/// The records for one extracted article: `article` (the text and what a person said about it)
/// completed with what the extractor found where the person said nothing, and its claims in
/// text order (their article id is set by the store).
pub fn records(mut article: NewArticle, extraction: &Extraction) -> (NewArticle, Vec<NewClaim>) {
    let meta = &extraction.meta;
    article.dateline = article.dateline.or_else(|| meta.dateline.clone());
    article.relayed_from = article.relayed_from.or_else(|| meta.relayed_from.clone());
    article.translated_from = article
        .translated_from
        .or_else(|| meta.translated_from.clone());
    let text = article.text.as_str();
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
        attributions: distinct_sources(&claim.sources)
            .map(|source| attribution_record(text, index, source))
            .collect(),
        note: None,
    }
}

/// A claim's sources less any that names a source already listed ("X and X said", two
/// speakers resolved to one person): the store finds sources by name, and one source is
/// attributed a claim once.
fn distinct_sources(sources: &[ExtractedSource]) -> impl Iterator<Item = &ExtractedSource> {
    sources.iter().enumerate().filter_map(|(i, s)| {
        let seen = sources[..i]
            .iter()
            .any(|e| e.name.trim().eq_ignore_ascii_case(s.name.trim()));
        (!seen).then_some(s)
    })
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

    fn article(text: &str) -> NewArticle {
        NewArticle {
            text: text.to_string(),
            title: None,
            url: None,
            outlet: None,
            published_at: None,
            language: None,
            translated_from: None,
            relayed_from: None,
            dateline: None,
        }
    }

    #[test]
    fn offsets_are_code_points_and_text_is_the_claims() {
        let text = "«Café» owners said the cafe closed in 2020.";
        let extraction = extract(text);
        let (article, claims) = records(article(text), &extraction);
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
        let (found, _) = records(article(text), &extraction);
        assert_eq!(found.relayed_from.as_deref(), Some("Reuters"));
        assert_eq!(found.dateline.as_deref(), Some("PARIS"));
        let described = NewArticle {
            relayed_from: Some("AFP".into()),
            title: Some("Minister resigns".into()),
            ..article(text)
        };
        let (given, _) = records(described, &extraction);
        assert_eq!(given.relayed_from.as_deref(), Some("AFP"));
        assert_eq!(given.title.as_deref(), Some("Minister resigns"));
    }

    #[test]
    fn two_speakers_are_two_attributions_and_one_name_is_attributed_once() {
        let text = "Sen. Ann Lee and Gov. Bo Diaz said the bridge would reopen in May.";
        let mut extraction = extract(text);
        let (_, claims) = records(article(text), &extraction);
        let names: Vec<String> = claims[0]
            .attributions
            .iter()
            .map(|a| match &a.source {
                SourceRef::Named { name, .. } => name.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(names, ["Ann Lee", "Bo Diaz"]);
        // the same name twice (as a person might edit it) is one attribution
        let mut again = extraction.claims[0].sources[0].clone();
        again.name = "ann lee".into();
        extraction.claims[0].sources.push(again);
        let (_, claims) = records(article(text), &extraction);
        assert_eq!(claims[0].attributions.len(), 2);
    }
}
