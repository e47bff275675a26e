//! The sources of each claim after resolution: a frame whose source joins speakers with "and"
//! ("he and Mr. Orr said") gives one source per speaker, in text order, each resolved on its
//! own, all with the frame's cue, relation and upstream.

use super::examples_named;
use super::lexicon::FastMap;
use super::resolve::{self, Resolver};
use super::{RawClaim, RawSource};
use crate::extract::types::{ExtractedSource, Span};
use crate::vocab::SourceKind;

/// One speaker of a claim: the words that name it and what they resolved to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Speaker {
    mention: Span,
    entity: usize,
    plural: bool,
}

/// Resolves the sources of `raws` in article order: for each claim, its speakers (none when
/// it has no source, or a mention that cannot be one).
pub(super) fn resolve_speakers(
    text: &str,
    raws: &[RawClaim],
    resolver: &mut Resolver,
) -> Vec<Vec<Speaker>> {
    // one mention stands behind several claims: resolve it once
    let mut cache: FastMap<(usize, usize), Vec<Speaker>> = FastMap::default();
    let mut no_source: FastMap<&str, bool> = FastMap::default();
    let mut out = Vec::with_capacity(raws.len());
    for r in raws {
        let Some(s) = &r.source else {
            out.push(Vec::new());
            continue;
        };
        let key = (s.mention.start, s.mention.end);
        if let Some(found) = cache.get(&key) {
            out.push(found.clone());
            continue;
        }
        let mut none = |span: Span| {
            let written = span.of(text);
            *no_source
                .entry(written)
                .or_insert_with(|| resolve::is_no_source(written))
        };
        // a transcript's "A:" is no source by its words, but stands for the interviewee
        let none = none(s.mention) && s.antecedent.map_or(true, &mut none);
        let speakers = if none {
            Vec::new()
        } else {
            resolve_mention(text, s, resolver)
        };
        cache.insert(key, speakers.clone());
        out.push(speakers);
    }
    out
}

fn resolve_mention(text: &str, s: &RawSource, resolver: &mut Resolver) -> Vec<Speaker> {
    // a relative pronoun ("who") stands for its antecedent, resolved whole
    if let Some(m) = s.antecedent {
        let res = resolver.resolve_in(m.of(text), m.start, &text[..m.start], &text[m.end..]);
        return vec![Speaker {
            mention: s.mention,
            entity: res.entity,
            plural: res.plural,
        }];
    }
    let m = s.mention;
    // "Rights groups such as Amnesty International say": the group, then each example named
    if let Some((group_end, examples_start)) = examples_named::group_and_examples(m.of(text)) {
        let group = Span::new(m.start, m.start + group_end);
        let examples = Span::new(m.start + examples_start, m.end);
        let mut speakers = resolve_part(text, group, resolver);
        for sp in resolve_part(text, examples, resolver) {
            if speakers.iter().all(|x| x.entity != sp.entity) {
                speakers.push(sp);
            }
        }
        return speakers;
    }
    resolve_part(text, m, resolver)
}

/// The speakers of the words `m`: the firms a plural takes up, or each speaker joined by "and".
fn resolve_part(text: &str, m: Span, resolver: &mut Resolver) -> Vec<Speaker> {
    // "Acme said … Borden said … The companies said": every firm quoted just before
    if let Some(firms) = resolver.plural_firms(m.of(text), &text[..m.start]) {
        let speaker = |entity| Speaker {
            mention: m,
            entity,
            plural: true,
        };
        return firms.into_iter().map(speaker).collect();
    }
    let parts = resolver.speaker_conjuncts_in(m.of(text), &text[..m.start], &text[m.end..]);
    let mut speakers: Vec<Speaker> = Vec::with_capacity(parts.len());
    for c in parts {
        let part = Span::new(m.start + c.mention.0, m.start + c.mention.1);
        let name = Span::new(m.start + c.name.0, m.start + c.name.1);
        let res = resolver.resolve_in(
            name.of(text),
            name.start,
            &text[..name.start],
            &text[name.end..],
        );
        // "she and Ms. Lee" for one person is that person once
        if speakers.iter().all(|x| x.entity != res.entity) {
            speakers.push(Speaker {
                mention: part,
                entity: res.entity,
                plural: res.plural,
            });
        }
    }
    speakers
}

/// The claim's sources: one per speaker, with the frame's cue, relation and upstream; the
/// frame's description of its source ("…, a spokeswoman, said") only for a single speaker.
pub(super) fn sources_of(
    text: &str,
    s: RawSource,
    speakers: &[Speaker],
    resolver: &Resolver,
) -> Vec<ExtractedSource> {
    let via = s.via.map(|v| resolve::classify(v.of(text).trim()).1);
    let frame_role = s
        .role
        .filter(|_| speakers.len() == 1)
        .map(|sp| resolve::without_article(sp.of(text)).to_string());
    let mut out: Vec<ExtractedSource> = Vec::with_capacity(speakers.len());
    for sp in speakers {
        let ent = &resolver.entities[sp.entity];
        // two speakers that resolve to one name are one source to the store
        if out.iter().any(|o| o.name.eq_ignore_ascii_case(&ent.name)) {
            continue;
        }
        // "A parishioner, who asked not to be named, said": whoever the head, a source the
        // frame describes by a reason for anonymity is anonymous
        let withheld = frame_role
            .as_deref()
            .is_some_and(|r| super::lexicon::has_withheld_name(&r.to_lowercase()));
        let kind = match ent.kind {
            SourceKind::Unknown if withheld => SourceKind::Anonymous,
            // a "he" the text never tied to anyone names no one
            SourceKind::Person if resolve::is_unidentified_pronoun(&ent.name) => {
                SourceKind::Anonymous
            }
            k => k,
        };
        out.push(ExtractedSource {
            name: ent.name.clone(),
            mention: sp.mention,
            kind,
            cue: Some(s.cue.clone()),
            role: frame_role.clone().or_else(|| ent.role.clone()),
            via: via.clone(),
            relation: s.relation,
            plural_mention: sp.plural,
            singular_elsewhere: sp.plural && ent.singular_seen,
        });
    }
    out
}
