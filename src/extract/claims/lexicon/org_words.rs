//! Words that make a source mention an organization: the heads of bodies' names ("union",
//! "hospice"), common nouns for a body ("the employer"), and bodies known by one word.

use std::sync::OnceLock;

word_set!(
    /// Heads and words that make a mention an organization.
    is_org_word,
    [
        "association", "inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "group",
        "union", "foundation", "institute", "university", "party", "committee", "campaign",
        "federation", "center", "centre", "organization", "organisation", "coalition", "society",
        "league", "alliance", "bank", "fund", "trust", "llc", "ltd", "ltd.", "club", "council",
        "network", "firm", "partners", "holdings", "airlines", "motors", "technologies",
        "institution", "school", "college", "hospital", "church", "chamber", "board", "pac",
        "team", "caucus", "movement", "front", "brotherhood", "agency", "nato", "opec", "un",
        "u.n.", "eu", "e.u.", "who", "w.h.o.", "imf", "amnesty", "greenpeace", "fifa", "ioc", "microsoft",
        // the UN's agencies and funds, and other bodies known by their initials alone
        "unicef", "unhcr", "unesco", "unrwa", "unfpa", "undp", "wfp", "icrc", "iaea", "oecd", "wto",
        "google", "apple", "facebook", "twitter", "amazon", "exxon", "boeing", "tesla",
        "company's", "group's", "think", "tank", "lab", "laboratory", "charity", "airline",
        "automaker", "carmaker", "retailer", "insurer", "lender", "drugmaker", "chipmaker",
        "manufacturer", "conglomerate", "startup", "utility",
        // "The Opposition says": the opposition party in a parliament
        "opposition",
        // a care body named by what it runs ("St Anne's Hospice", "the hospice")
        "hospice",
        // "The union and the employer said": the other side of a workplace dispute, a body
        "employer",
    ]
);

word_set!(
    /// Names, lower-cased, of widely reported bodies that are no firm and whose name ends on no
    /// word for a body ("Red Cross said"): read as a household firm's name is, whole, so that
    /// "Richard Cross" stays a person.
    is_household_body,
    [
        "red cross", "red crescent", "american red cross", "british red cross",
        "international red cross", "salvation army", "oxfam", "human rights watch",
    ]
);
