//! Claims of whole passages, written for these tests in several outlets' styles; shared helpers
//! here, the tests by topic in the submodules.

use super::*;
use crate::vocab::SourceKind;

/// A naive sentence splitter for these tests: ". ", "? ", "! " and newlines.
fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let end_here = c == b'\n'
            || (matches!(c, b'.' | b'?' | b'!')
                && (i + 1 == b.len() || b[i + 1] == b' ' || b[i + 1] == b'\n'));
        if end_here {
            let e = if c == b'\n' { i } else { i + 1 };
            if !text[start..e].trim().is_empty() {
                let lead = text[start..e].len() - text[start..e].trim_start().len();
                out.push(Span::new(
                    start + lead,
                    start + lead + text[start..e].trim().len(),
                ));
            }
            start = i + 1;
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        let lead = text[start..].len() - text[start..].trim_start().len();
        out.push(Span::new(
            start + lead,
            start + lead + text[start..].trim().len(),
        ));
    }
    out
}

fn run(text: &str) -> Vec<ExtractedClaim> {
    find_claims(text, &ArticleMeta::default(), &sentences(text))
}

fn claim_with<'a>(text: &str, claims: &'a [ExtractedClaim], needle: &str) -> &'a ExtractedClaim {
    let at = text.find(needle).expect("needle in text");
    claims
        .iter()
        .find(|c| c.pieces().iter().any(|p| p.start <= at && at < p.end))
        .unwrap_or_else(|| panic!("no claim holds {needle:?}"))
}

/// Asserts that the claim holding each needle has one source, written as the mention given.
fn assert_spoken_by(text: &str, claims: &[ExtractedClaim], pairs: &[(&str, &str)]) {
    for (needle, mention) in pairs {
        let c = claim_with(text, claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}: {c:?}");
        assert_eq!(c.sources[0].mention.of(text), *mention, "{needle}");
    }
}

/// Asserts that the claims holding each of `needles` have no source: the writer's own words.
fn assert_writer_s(text: &str, claims: &[ExtractedClaim], needles: &[&str]) {
    for needle in needles {
        let c = claim_with(text, claims, needle);
        assert!(c.sources.is_empty(), "{needle}: {:?}", c.sources);
    }
}

fn check_invariants(text: &str, claims: &[ExtractedClaim]) {
    let mut last_end = 0;
    let mut all: Vec<Span> = claims.iter().flat_map(|c| c.pieces().to_vec()).collect();
    for c in claims {
        assert!(c.span.end <= text.len());
        for s in &c.sources {
            assert!(s.mention.end <= text.len());
        }
    }
    all.sort();
    for p in all {
        assert!(p.start >= last_end, "overlap at {p:?}");
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        last_end = p.end;
    }
}

mod and_in_body_names;
mod anonymous_subjects;
mod appositive_speakers;
mod bodies_by_common_nouns;
mod bodies_taken_up;
mod body_names;
mod bracketed_sources;
mod callings;
mod causes_attributed_by;
mod citing;
mod citing_after_the_verb;
mod closing_frames;
mod colon_quotes_after_a_deed;
mod contact_relatives;
mod contact_stance;
mod court_and_gossip;
mod cue_word_forms;
mod declined_but_quoted;
mod documents_show;
mod echoes;
mod estimates_and_rulings;
mod findings;
mod group_examples;
mod headline_colon_sources;
mod honorific_gender;
mod impersonal_estimates;
mod interviews;
mod intransitive_subjects;
mod judgement_words;
mod named_bodies_and_posts;
mod naming_relatives;
mod not_saying;
mod noun_forms_as_verbs;
mod noun_objects;
mod outlets;
mod paragraphs;
mod passages;
mod people_placed_near;
mod placed_roles;
mod pleas_and_aliases;
mod pledged_sums;
mod present_tense_second_speakers;
mod probe_frames;
mod probe_sources;
mod pronoun_coordinated_saying;
mod questions_put;
mod records;
mod records_and_relatives;
mod relative_irregular_pasts;
mod relatives;
mod relatives_under_closing_frames;
mod restrictive_relative_subjects;
mod saying;
mod scope;
mod set_in;
mod set_off_deeds;
mod shapes;
mod shares;
mod source_ends;
mod source_kinds;
mod speaker_posts;
mod speakers;
mod speakers_after_a_stance;
mod tallies_and_inversions;
mod titles;
mod unidentified;
mod voices_on_record;
mod volunteers_of_bodies;
mod writers_hearsay;
