//! Verbs whose present tense tells a person's standing post or line of work: "Helen Marsh, who
//! studies hearing at University College London, said" describes the speaker as "a professor at
//! University College London" would, where "who worked for the firm for 11 years" states a fact.

use std::sync::OnceLock;

word_set!(
    /// Third-person present forms, lower-cased, of verbs of a standing post or line of work.
    is_post_verb,
    [
        "studies", "researches", "teaches", "lectures", "heads", "leads", "chairs", "runs",
        "directs", "manages", "oversees", "represents", "specializes", "specialises",
        "coordinates", "advises", "edits", "coaches", "co-chairs", "co-directs",
    ]
);
