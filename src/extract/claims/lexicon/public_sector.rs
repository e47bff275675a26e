//! Words that put a body in the public sector when they modify its common noun: "a government
//! agency", "a federal agency", "a statutory body" describe an official body, where "an
//! advertising agency" or "a news agency" does not.

use std::sync::OnceLock;

word_set!(
    /// Lower-cased modifiers that make the body noun after them a government body's.
    is_public_sector_word,
    [
        "government", "governmental", "federal", "statutory", "regulatory", "state", "public",
        "state-run", "government-run", "non-ministerial",
    ]
);

word_set!(
    /// Lower-cased fields a public body serves, which open its name before an "and" but name
    /// no body alone after "the": "the Immigration and Refugee Board", "the Customs and Border
    /// Service", "the Police and Crime Panel".
    is_public_body_field,
    [
        "immigration", "customs", "coast", "intelligence", "police", "fire", "border", "military",
        "food", "health", "fisheries", "revenue", "excise",
    ]
);

word_set!(
    /// Lower-cased nouns for the people who run a body as one ("the hospital's management",
    /// "the company's leadership"): after the body's possessive they speak as the body.
    is_body_collective,
    ["management", "leadership", "administration"]
);
