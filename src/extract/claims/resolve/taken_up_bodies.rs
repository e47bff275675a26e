//! Which body a generic noun ("the company", "the group") takes up when others were quoted
//! since, or when the text described one without naming it; whose forecasters speak; and
//! which outlet "the paper" is.

use super::descriptions::{is_body_entity, is_generic_body_noun};
use super::*;

impl Resolver {
    /// Whether every source mentioned after `found` is a body (the generic noun that found
    /// `found` did not fit them): "Acme said …. The union said …. The company said" has only
    /// the union after Acme; a person after it ("Thames Water", taken for one) may be the body.
    pub(super) fn only_bodies_after(&self, found: Option<usize>) -> bool {
        let Some(f) = found else { return false };
        let since = self.entities[f].last;
        self.entities
            .iter()
            .all(|e| e.last <= since || is_body_entity(e))
    }

    /// The body the text named since `found`, a body it only described ("the rights group"),
    /// when a one-word generic noun (`sing`: "the group") found the description: "The rights
    /// group said …. Human Rights Watch said …. The group said" is Human Rights Watch. The
    /// named body must be of the description's kind and the last source of all.
    pub(super) fn named_body_since(
        &self,
        found: usize,
        sing: &str,
        one_word: bool,
    ) -> Option<usize> {
        let e = &self.entities[found];
        let described = e.name.starts_with(|c: char| c.is_lowercase()) && is_body_entity(e);
        if !(described && one_word && is_generic_body_noun(sing)) {
            return None;
        }
        let (kind, since) = (e.kind, e.last);
        let named = self.latest(|x| {
            is_body_entity(x)
                && x.kind == kind
                && x.last > since
                && x.name.starts_with(|c: char| c.is_uppercase())
        })?;
        (Some(named) == self.latest(|_| true)).then_some(named)
    }

    /// The weather service the text named in the last sentences, when a mention is its
    /// forecasters ("Forecasters", "the meteorologists"): "The National Hurricane Center said
    /// …. Forecasters said the storm could strengthen" is the center on the record, not an
    /// unnamed group.
    pub(super) fn forecasting_body(&self, lower: &str, context: &str) -> Option<usize> {
        let bare = lower.strip_prefix("the ").unwrap_or(lower);
        // ("the forecaster" after "the Met Office said" is the office, as British copy calls it)
        if !matches!(bare, "forecasters" | "meteorologists" | "forecaster") {
            return None;
        }
        let near = context.len().saturating_sub(ANTECEDENT_REACH);
        self.latest(|e| {
            let name = &e.lower_name;
            is_body_entity(e)
                && e.last >= near
                && [
                    "weather",
                    "hurricane",
                    "meteorolog",
                    "met office",
                    "storm prediction",
                ]
                .iter()
                .any(|w| name.contains(w))
        })
    }

    /// "TMZ reported … The outlet said": a noun for an outlet (`rest`, the mention without
    /// "the", with `sing` its singular head) takes up the outlet named in the last sentences;
    /// "the network" or "the channel" only when the outlet was the last source of all ("the
    /// agency" is left to bodies: a government agency is called so too). "The Madrid-based
    /// paper" is one too. A lone name read as a person's that was the last source ("Marca
    /// reported … The paper said") is then the outlet, when nothing showed it a person's.
    pub(super) fn outlet_taken_up(
        &mut self,
        rest: &str,
        sing: &str,
        context: &str,
    ) -> Option<usize> {
        let ws: Vec<&str> = rest.split_whitespace().collect();
        let based = matches!(ws[..], [place, _] if place.ends_with("-based"));
        if !(ws.len() == 1 || based) || !lexicon::is_outlet_noun(sing) {
            return None;
        }
        let near = context.len().saturating_sub(ANTECEDENT_REACH);
        let last = self.latest(|_| true);
        // (a paper is printed: "the site" or "the network" may be a firm's)
        let printed = matches!(
            sing,
            "paper" | "newspaper" | "daily" | "tabloid" | "broadsheet"
        );
        if let Some(i) = last.filter(|&i| printed && self.unshown_lone_name(i, near)) {
            self.entities[i].kind = SourceKind::Media;
            return Some(i);
        }
        let media = self.latest(|e| e.kind == SourceKind::Media && e.last >= near);
        let shared_noun = matches!(sing, "network" | "channel" | "station");
        (media.is_some() && (!shared_noun || media == last))
            .then_some(media)
            .flatten()
    }

    /// Whether source `i`, seen since `near`, is a name read as a person's that nothing showed
    /// a person's: no role, gender, given name or honorific ("Marca", "Mundo Deportivo").
    fn unshown_lone_name(&self, i: usize, near: usize) -> bool {
        let e = &self.entities[i];
        let first = e.lower_name.split(' ').next().unwrap_or("");
        e.kind == SourceKind::Person
            && e.role.is_none()
            && e.gender.is_none()
            && e.last >= near
            && e.name.split(' ').all(is_cap)
            && !is_given_name(first)
            && !is_honorific(first)
    }
}
