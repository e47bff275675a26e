//! The extraction engine: article text in, atomic claims with attributed, resolved and typed
//! sources out. Pure: no database, no files, no command-line parsing.
//!
//! Stages: metadata and boilerplate (`meta`) → sentences (`sentences`) → claims → sourcing
//! assessment (`crate::sourcing`) → the contract (`contract`).

pub mod claims;
pub mod contract;
pub mod memo;
pub mod meta;
pub mod sentences;
pub mod text;
pub mod types;

use rustc_hash::FxHashMap;

pub use contract::{to_contract, Contract};
pub use types::{ArticleMeta, ExtractedClaim, ExtractedSource, Span};

use crate::sourcing::{self, Assessment, ClaimFacts, SourceFacts};

/// Everything the engine finds in one article. `assessments[i]` belongs to `claims[i]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extraction {
    pub meta: ArticleMeta,
    pub sentences: Vec<Span>,
    pub claims: Vec<ExtractedClaim>,
    pub assessments: Vec<Assessment>,
}

/// Runs the whole engine over one article.
pub fn extract(text: &str) -> Extraction {
    let meta = meta::article_meta(text);
    let sentences = sentences::sentences(text);
    let claims = claims::find_claims(text, &meta, &sentences);
    let assessments = assess_claims(text, &claims, meta::body_start(text, &meta));
    Extraction {
        meta,
        sentences,
        claims,
        assessments,
    }
}

/// Where the body of `text` begins, past its headline or dateline (`meta::body_start`): the
/// store judges the lede with it as extraction does.
pub fn body_start_of(text: &str) -> usize {
    meta::body_start(text, &meta::article_meta(text))
}

/// Computes each claim's level and flags with the one definition in `crate::sourcing`: the
/// lede is the first claim that is not a record from `body_start` on (past a headline), or
/// the first such claim if the body has none; sources are keyed by their distinct name
/// (case-insensitively), and `via` by the name it gives.
pub fn assess_claims(text: &str, claims: &[ExtractedClaim], body_start: usize) -> Vec<Assessment> {
    // the Fx hash: a key's number is its order of arrival, whatever the hasher
    let mut keys: FxHashMap<String, i64> = FxHashMap::default();
    // (a name is lower-cased into one buffer and looked up, and copied only when it is new:
    // most sources are named again and again)
    let mut norm = String::new();
    let mut key = |name: &str| -> i64 {
        let name = name.trim();
        norm.clear();
        if name.is_ascii() {
            norm.push_str(name);
            norm.make_ascii_lowercase();
        } else {
            norm.push_str(&name.to_lowercase());
        }
        if let Some(&k) = keys.get(norm.as_str()) {
            return k;
        }
        let next = keys.len() as i64;
        keys.insert(norm.clone(), next);
        next
    };
    let lede = sourcing::lede_position(
        claims.iter().map(|c| (c.kind, Some(c.span.start))),
        body_start,
    );
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let facts: Vec<SourceFacts> = c
                .sources
                .iter()
                .map(|s| SourceFacts {
                    key: key(&s.name),
                    kind: s.kind,
                    via: s.via.as_deref().map(&mut key),
                    plural_mention: s.plural_mention,
                    counted_several: sourcing::counts_several(s.mention.of(text)),
                    singular_elsewhere: s.singular_elsewhere,
                    described: sourcing::source_described(
                        &s.name,
                        s.mention.of(text),
                        s.role.as_deref(),
                    ),
                })
                .collect();
            sourcing::assess(
                ClaimFacts {
                    kind: c.kind,
                    is_lede: lede == Some(i),
                },
                &facts,
                &[],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{ClaimKind, Flag, Level, Relation, SourceKind};

    #[test]
    fn claims_skip_the_dateline_and_boilerplate() {
        let text = "ROME (Reuters) - The pope spoke on Sunday.\nSEE ALSO:\nCrowds cheered.";
        let ex = extract(text);
        let claims: Vec<String> = ex.claims.iter().map(|c| c.text(text)).collect();
        assert_eq!(claims, vec!["The pope spoke on Sunday.", "Crowds cheered."]);
        assert_eq!(ex.claims[1].sentence, 2);
        assert_eq!(ex.assessments[0].level, Some(Level::Unsourced));
    }

    #[test]
    fn assessment_uses_the_sourcing_rules() {
        let text = "Sources said the plan failed.";
        let claim = ExtractedClaim {
            span: Span::new(13, 29),
            fragments: vec![],
            sentence: 0,
            kind: ClaimKind::Event,
            hedged: false,
            check_worthy: true,
            sources: vec![ExtractedSource {
                name: "sources".into(),
                mention: Span::new(0, 7),
                kind: SourceKind::Anonymous,
                cue: Some("said".into()),
                role: None,
                via: None,
                relation: Relation::Paraphrase,
                plural_mention: true,
                singular_elsewhere: false,
            }],
        };
        let a = &assess_claims(text, &[claim], 0)[0];
        assert_eq!(a.level, Some(Level::AnonymousOnly));
        assert!(a.flags.contains(&Flag::AnonymousLede));
        assert!(a.flags.contains(&Flag::BareAnonymous));
        assert!(a.flags.contains(&Flag::SingleAnonymous));
    }
}
