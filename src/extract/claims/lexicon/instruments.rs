//! Written instruments that a text cites as a source ("according to the constitution", "the
//! charge sheet says", "a readout from the presidential office said"): laws, contracts,
//! budgets, agendas and minutes are documents, never unnamed people or groups.
//!
//! Kept apart from the document heads the frames read (`is_document_head`): these words are
//! common nouns elsewhere ("the law", "minutes later"), so only a mention's kind uses them.

use std::sync::OnceLock;

word_set!(
    /// Heads of written instruments: laws and their parts, contracts, budgets, meeting papers,
    /// judgments, official readouts and bills of sale. A mention with one as its head is a
    /// document.
    is_instrument_head,
    [
        "constitution", "law", "laws", "act", "statute", "statutes", "charter", "treaty",
        "treaties", "decree", "ordinance", "regulation", "regulations", "rules",
        "bylaws", "by-laws", "code", "directive", "contract", "contracts", "lease", "deed",
        "budget", "agenda", "minutes", "judgment", "judgement", "judgments", "verdict",
        "chargesheet", "charge-sheet", "sheet", "invoice", "invoices", "receipt", "receipts",
        "readout", "readouts", "warrant", "subpoena", "summons", "petition", "notice", "manual",
        "handbook", "guidelines", "policy", "brochure", "prospectus", "schedule", "timetable",
    ]
);

word_set!(
    /// A body's written decision, which "states" closes as it closes a document ("…, the
    /// Commission's decision states."); only that frame reads it, "the decision" being a plain
    /// noun elsewhere (rulings and judgments are documents and instruments already).
    is_ruling_head,
    ["decision", "decisions"]
);

word_set!(
    /// Proper names, lower-cased and without "the", of official records a text cites as
    /// documents ("according to Hansard", "the Congressional Record shows"), which read like a
    /// surname or a body's name.
    is_named_record,
    [
        "hansard", "congressional record", "federal register", "official journal",
        "london gazette",
    ]
);

word_set!(
    /// Participles that tell how a document was made, found or handed on, after its head ("a
    /// poll released Monday", "documents seen by Reuters", "a memo sent to staff", "a briefing
    /// document distributed to journalists"): what follows describes the document and names
    /// no source of its own.
    is_document_participle,
    [
        "released", "published", "commissioned", "conducted", "issued", "obtained", "filed",
        "prepared", "presented", "submitted", "produced", "compiled", "drafted", "leaked",
        "circulated", "distributed", "dated", "shown", "sent", "posted", "handed", "provided",
        "disclosed", "seen", "reviewed",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruments_are_heads_of_documents() {
        assert!(is_instrument_head("constitution"));
        assert!(is_instrument_head("minutes"));
        assert!(!is_instrument_head("officials"));
    }
}
