//! Word lists of English news writing: reporting cues in all their forms, the heads of source
//! noun phrases by kind, outlets, titles, hedges and no-comment phrases. Built once, looked up in
//! hash sets.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// FNV-1a: the lexicons are looked up several times per token, and SipHash's protection
/// against flooding buys nothing for static word lists.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // eight bytes at a time, then the tail: multiply-xor in FNV's spirit
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h ^ w).wrapping_mul(0x0100_0000_01b3).rotate_left(23);
        }
        for &b in chunks.remainder() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map with the FNV hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A hash set with the FNV hasher.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// An automaton over a phrase list, built once.
fn phrases(
    list: &'static [&'static str],
    cell: &'static OnceLock<AhoCorasick>,
) -> &'static AhoCorasick {
    cell.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(list)
            .expect("static phrase list")
    })
}

/// Whether lower-cased `text` holds a no-comment phrase.
pub fn has_no_comment(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    phrases(NO_COMMENT, &AC).is_match(text)
}

/// Whether lower-cased `text` holds a reason for anonymity or a note of access.
pub fn has_anonymity_note(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    phrases(ANONYMITY, &AC).is_match(text)
}

/// Hedging phrases of more than one word.
pub const HEDGE_PHRASES: &[&str] = &[
    "may have",
    "might have",
    "could have",
    "is believed to",
    "are believed to",
    "was believed to",
    "is thought to",
    "are thought to",
    "is said to",
    "are said to",
    "it is unclear",
    "not clear whether",
    "suspected of",
];

/// Whether lower-cased `text` holds a hedging phrase.
pub fn has_hedge_phrase(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    phrases(HEDGE_PHRASES, &AC).is_match(text)
}

/// How a cue relates its source to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Speech and writing: "said", "told", "wrote", "announced".
    Speech,
    /// Beliefs, intentions and knowledge: "believes", "wants", "expects".
    Belief,
    /// Findings of documents and data: "found", "shows".
    Finding,
}

/// One form of a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub class: CueClass,
    /// Takes a hearer as object before its content ("told police he knew").
    pub takes_object: bool,
    /// The participle/past form, which can head a passive ("was told", "is believed").
    pub past: bool,
    /// An -ing form ("saying"), which often continues a frame: "…, saying that …".
    pub ing: bool,
    /// A verb of stance or belief rather than of saying: a later "…, X said" wins over it.
    pub weak: bool,
}

/// Reporting verbs of speech and writing, by base form.
const SPEECH: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "state",
    "report",
    "recall",
    "confirm",
    "deny",
    "warn",
    "argue",
    "claim",
    "estimate",
    "write",
    "tweet",
    "announce",
    "insist",
    "acknowledge",
    "admit",
    "explain",
    "suggest",
    "predict",
    "declare",
    "assert",
    "contend",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "observe",
    "remark",
    "reply",
    "respond",
    "answer",
    "comment",
    "concede",
    "complain",
    "allege",
    "charge",
    "testify",
    "disclose",
    "reveal",
    "indicate",
    "continue",
    "conclude",
    "caution",
    "promise",
    "pledge",
    "vow",
    "urge",
    "hint",
    "boast",
    "joke",
    "quip",
    "recount",
    "reiterate",
    "repeat",
    "echo",
    "counter",
    "retort",
    "proclaim",
    "forecast",
    "project",
    "calculate",
    "inform",
    "assure",
    "remind",
    "advise",
    "signal",
    "highlight",
    "lament",
    "mention",
    "confess",
    "agree",
    "disagree",
    "dispute",
    "rebut",
    "reject",
    "speculate",
    "theorize",
    "muse",
    "brag",
    "scoff",
    "shout",
    "yell",
    "whisper",
    "cry",
    "exclaim",
    "announce",
    "elaborate",
    "clarify",
    "specify",
    "detail",
    "describe",
    "characterize",
    "acknowledge",
    "affirm",
    "attest",
    "certify",
    "swear",
    "guarantee",
    "predict",
    "warn",
    "threaten",
    "demand",
    "propose",
    "recommend",
    "posit",
    "surmise",
    "reason",
    "explain",
    "allow",
    "grant",
    "accept",
    "admit",
    "volunteer",
    "interject",
    "muse",
    "ask",
    "wonder",
    "told",
    "tweet",
    "point",
    "stress",
    "underline",
    "underscore",
    "contend",
    "cite",
];

/// Verbs of evaluation and stance, which report what someone expressed ("praised", "mocked").
/// Weaker evidence of attribution than verbs of saying.
const STANCE: &[&str] = &[
    "call",
    "criticize",
    "criticise",
    "accuse",
    "endorse",
    "express",
    "refer",
    "praise",
    "defend",
    "attack",
    "blast",
    "slam",
    "condemn",
    "denounce",
    "dismiss",
    "mock",
    "blame",
    "thank",
    "tout",
    "decry",
    "voice",
    "challenge",
    "plead",
    "portray",
    "deem",
    "favor",
    "favour",
    "oppose",
    "applaud",
    "hail",
    "welcome",
    "label",
    "brand",
    "dub",
    "rail",
    "lash",
    "lambaste",
    "chide",
    "scold",
    "rebuke",
    "ridicule",
    "belittle",
    "discuss",
    "talk",
    "speak",
    "tease",
    "taunt",
    "implore",
    "beg",
    "downplay",
    "assail",
    "excoriate",
    "castigate",
    "berate",
    "fault",
    "commend",
    "congratulate",
    "salute",
    "bemoan",
    "refuse",
    "decline",
    "rule",
    "regret",
    "apologize",
    "apologise",
    "compliment",
    "criticise",
    "insult",
    "recommend",
    "support",
    "back",
];

/// Verbs of belief, intention and knowledge.
const BELIEF: &[&str] = &[
    "think",
    "believe",
    "feel",
    "want",
    "hope",
    "expect",
    "fear",
    "worry",
    "know",
    "doubt",
    "wish",
    "intend",
    "plan",
    "seek",
    "suspect",
    "assume",
    "consider",
    "prefer",
    "anticipate",
    "suppose",
    "reckon",
    "imagine",
    "trust",
    "understand",
    "figure",
    "guess",
    "estimate",
];

/// Verbs with which documents and data report: "the study found", "polls show".
const FINDING: &[&str] = &["find", "show", "indicate", "suggest", "reveal", "conclude"];

/// Verbs that take the hearer as a direct object before the content.
const TAKES_OBJECT: &[&str] = &[
    "tell", "inform", "assure", "remind", "advise", "warn", "urge", "ask", "promise", "brief",
    "convince", "notify",
];

/// Irregular forms: (form, base).
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("saying", "say"),
    ("told", "tell"),
    ("tells", "tell"),
    ("telling", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("writes", "write"),
    ("writing", "write"),
    ("thought", "think"),
    ("felt", "feel"),
    ("knew", "know"),
    ("known", "know"),
    ("found", "find"),
    ("shown", "show"),
    ("sought", "seek"),
    ("understood", "understand"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("forecast", "forecast"),
    ("forecasts", "forecast"),
    ("forecasting", "forecast"),
    ("quipped", "quip"),
    ("admitted", "admit"),
    ("admitting", "admit"),
    ("regretted", "regret"),
    ("bragged", "brag"),
    ("bragging", "brag"),
    ("planned", "plan"),
    ("planning", "plan"),
    ("emailed", "email"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    // a doubled final consonant before -ed and -ing
    ("referred", "refer"),
    ("referring", "refer"),
    ("preferred", "prefer"),
    ("preferring", "prefer"),
    ("rebutted", "rebut"),
    ("rebutting", "rebut"),
    ("begged", "beg"),
    ("begging", "beg"),
    ("dubbed", "dub"),
    ("dubbing", "dub"),
    ("slammed", "slam"),
    ("slamming", "slam"),
];

fn inflect(base: &str) -> Vec<(String, bool, bool)> {
    // (form, is_past, is_ing)
    let mut v = vec![(base.to_string(), false, false)];
    let b = base.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    let before_last = if b.len() >= 2 { b[b.len() - 2] } else { b'x' };
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if last == b'e' {
        v.push((format!("{base}s"), false, false));
        v.push((format!("{base}d"), true, false));
        v.push((format!("{}ing", &base[..base.len() - 1]), false, true));
    } else if last == b'y' && !vowel(before_last) {
        let stem = &base[..base.len() - 1];
        v.push((format!("{stem}ies"), false, false));
        v.push((format!("{stem}ied"), true, false));
        v.push((format!("{base}ing"), false, true));
    } else {
        let s = if matches!(last, b's' | b'x' | b'z' | b'h') {
            format!("{base}es")
        } else {
            format!("{base}s")
        };
        v.push((s, false, false));
        v.push((format!("{base}ed"), true, false));
        v.push((format!("{base}ing"), false, true));
    }
    v
}

/// Every form of every cue verb.
pub fn cues() -> &'static FastMap<String, Cue> {
    static CUES: OnceLock<FastMap<String, Cue>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut m: FastMap<String, Cue> = FastMap::default();
        let mut add =
            |form: String, base: &str, class: CueClass, past: bool, ing: bool, weak: bool| {
                let takes_object = TAKES_OBJECT.contains(&base);
                m.entry(form).or_insert(Cue {
                    class,
                    takes_object,
                    past,
                    ing,
                    weak,
                });
            };
        for (list, class, weak) in [
            (SPEECH, CueClass::Speech, false),
            (FINDING, CueClass::Finding, false),
            (BELIEF, CueClass::Belief, true),
            (STANCE, CueClass::Speech, true),
        ] {
            for base in list {
                for (form, past, ing) in inflect(base) {
                    add(form, base, class, past, ing, weak);
                }
            }
        }
        for (form, base) in IRREGULAR {
            let class = if BELIEF.contains(base) {
                CueClass::Belief
            } else if FINDING.contains(base) && !SPEECH.contains(base) {
                CueClass::Finding
            } else {
                CueClass::Speech
            };
            let past = !form.ends_with('s') && !form.ends_with("ing") && form != base;
            m.insert(
                form.to_string(),
                Cue {
                    class,
                    takes_object: TAKES_OBJECT.contains(base),
                    past,
                    ing: form.ends_with("ing"),
                    // verbs of stance are weak whatever their form
                    weak: class == CueClass::Belief
                        || (STANCE.contains(base) && !SPEECH.contains(base)),
                },
            );
        }
        // forms that are far more often something else
        for w in [
            "point",
            "points",
            "pointed",
            "pointing",
            "post",
            "posts",
            "text",
            "texts",
            "answer",
            "state",
            "states",
            "project",
            "projects",
            "report",
            "reports",
            "charge",
            "charges",
            "question",
            "questions",
            "reason",
            "reasons",
            "detail",
            "details",
            "plan",
            "plans",
            "counter",
            "echo",
            "cry",
            "figure",
            "figures",
            "grant",
            "grants",
            "signal",
            "signals",
            "comment",
            "comments",
            "promise",
            "promises",
            "continue",
            "continued",
            "continues",
            "allow",
            "allowed",
            "allows",
            "accept",
            "accepted",
            "consider",
            "considered",
            "feel",
            "know",
            "want",
            "hope",
            "think",
            "believe",
            "fear",
            "plan",
            "expect",
            "wish",
            "doubt",
            "understand",
            "found",
            "show",
            "find",
            "told",
            "posted",
            "demand",
            "demands",
            "propose",
            "understanding",
            "reasoning",
            "trust",
            "guess",
            "worry",
            "seek",
        ] {
            // bare base forms and nouns: only the marked verb uses stay (handled by callers)
            if matches!(
                w,
                "point"
                    | "post"
                    | "posts"
                    | "text"
                    | "texts"
                    | "answer"
                    | "state"
                    | "states"
                    | "project"
                    | "projects"
                    | "charge"
                    | "charges"
                    | "question"
                    | "questions"
                    | "reason"
                    | "reasons"
                    | "detail"
                    | "details"
                    | "counter"
                    | "echo"
                    | "cry"
                    | "figure"
                    | "figures"
                    | "grant"
                    | "grants"
                    | "signal"
                    | "signals"
                    | "comment"
                    | "comments"
                    | "promise"
                    | "allow"
                    | "allowed"
                    | "allows"
                    | "accept"
                    | "accepted"
                    | "understanding"
                    | "reasoning"
                    | "trust"
                    | "demand"
                    | "demands"
                    | "continue"
                    | "continues"
                    | "guess"
                    | "worry"
                    | "consider"
                    | "considered"
                    | "posted"
            ) {
                m.remove(w);
            }
        }
        // forms whose other readings outnumber their reporting ones: nouns ("reports",
        // "rules", "a note"), "knows" (of facts, not claims)
        for w in [
            "reports",
            "report",
            "note",
            "rules",
            "speaking",
            "knows",
            "back",
            "backs",
            "volunteers",
            "attacks",
            "remarks",
        ] {
            m.remove(w);
        }
        m.insert(
            "plans".to_string(),
            Cue {
                class: CueClass::Belief,
                takes_object: false,
                past: false,
                ing: false,
                weak: true,
            },
        );
        m
    })
}

/// Looks a word up in the cue lexicon.
pub fn cue(word: &str) -> Option<Cue> {
    cues().get(word).copied()
}

fn set(words: &'static [&'static str]) -> FastSet<&'static str> {
    words.iter().copied().collect()
}

macro_rules! word_list {
    ($(#[$m:meta])* $list:ident, [$($w:expr),* $(,)?]) => {
        $(#[$m])*
        const $list: &[&str] = &[$($w),*];
    };
}

macro_rules! word_set {
    ($(#[$m:meta])* $name:ident, $list:ident, [$($w:expr),* $(,)?]) => {
        const $list: &[&str] = &[$($w),*];
        $(#[$m])*
        pub fn $name(word: &str) -> bool {
            static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| set($list)).contains(word)
        }
    };
    ($(#[$m:meta])* $name:ident, [$($w:expr),* $(,)?]) => {
        $(#[$m])*
        pub fn $name(word: &str) -> bool {
            static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| set(&[$($w),*])).contains(word)
        }
    };
}

word_set!(
    /// Heads of mentions of unnamed people presented as knowing.
    is_anonymous_head,
    [
        "source", "sources", "official", "officials", "person", "people", "insider", "insiders",
        "aide", "aides", "diplomat", "diplomats", "staffer", "staffers", "adviser", "advisers",
        "advisor", "advisors", "employee", "employees", "investigator", "investigators", "officer",
        "officers", "confidant", "confidants", "associate", "associates", "individual",
        "individuals", "executive", "executives", "operative", "operatives", "strategist",
        "strategists", "ally", "allies", "friend", "friends", "member", "members", "spokesman",
        "spokeswoman", "spokesperson", "representative", "someone", "witness", "witnesses",
        "lawmaker", "negotiator", "negotiators", "agent", "agents", "worker", "workers",
    ]
);

word_set!(
    /// Heads of collectives or categories voicing a general view.
    is_group_head,
    [
        "authorities", "critics", "experts", "analysts", "observers", "economists", "scientists",
        "researchers", "activists", "supporters", "opponents", "voters", "residents",
        "republicans", "democrats", "conservatives", "liberals", "progressives", "lawmakers",
        "politicians", "leaders", "investors", "traders", "doctors", "parents", "protesters",
        "police", "prosecutors", "americans", "citizens", "locals", "villagers", "historians",
        "scholars", "commentators", "pundits", "pollsters", "skeptics", "sceptics", "advocates",
        "detractors", "environmentalists", "farmers", "businesses", "consumers", "students",
        "teachers", "rivals", "organizers", "organisers", "campaigners", "legislators",
        "senators", "delegates", "evangelicals", "independents", "moderates", "hardliners",
        "militants", "rebels", "insurgents", "governments", "regulators", "diplomats",
        "immigrants", "migrants", "refugees", "muslims", "christians", "jews", "women", "men",
        "fans", "users", "customers", "members", "staff", "workers", "employees", "families",
        "relatives", "neighbors", "neighbours", "others", "many", "some", "most", "few",
        "both", "all", "everyone", "nobody", "observers", "proponents", "backers", "insiders", "respondents", "participants", "viewers",
        "readers", "listeners", "shoppers", "taxpayers", "homeowners", "renters", "patients",
        "victims", "survivors",
    ]
);

word_set!(
    /// Heads of document and data sources.
    is_document_head,
    [
        "report", "reports", "memo", "memos", "study", "studies", "survey", "surveys", "poll",
        "polls", "statement", "statements", "data", "figures", "documents", "document", "filing",
        "filings", "letter", "letters", "analysis", "analyses", "records", "record", "census",
        "complaint", "lawsuit", "indictment", "affidavit", "ruling", "transcript", "email",
        "emails", "e-mail", "tweet", "tweets", "post", "release", "assessment", "estimates",
        "estimate", "audit", "review", "research", "paper", "papers", "book", "article",
        "investigation", "inquiry", "findings", "statistics", "numbers", "projections",
        "forecast", "cable", "cables", "website", "video", "documentary", "footage",
        "results", "evidence", "testimony", "plan", "bill", "resolution", "order", "guidance",
        "message", "messages", "platform", "exit", "index", "model", "agreement",
        "average", "tally", "count", "slide", "chart", "graph", "transcript",
    ]
);

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
        "u.n.", "eu", "e.u.", "who", "imf", "amnesty", "greenpeace", "fifa", "ioc", "microsoft",
        "google", "apple", "facebook", "twitter", "amazon", "exxon", "boeing", "tesla",
        "company's", "group's", "think", "tank", "lab", "laboratory", "charity",
    ]
);

word_set!(
    /// Words that make a mention an official body or office.
    is_official_word,
    [
        "ministry", "department", "police", "government", "office", "administration",
        "commission", "court", "army", "navy", "military", "pentagon", "kremlin", "congress",
        "senate", "parliament", "bureau", "fbi", "cia", "nsa", "dhs", "embassy", "prosecutors",
        "prosecutor's", "house", "cabinet", "presidency", "secretariat", "mission", "consulate",
        "ministry's", "department's", "fed", "treasury", "state", "county", "city", "municipality",
        "legislature", "assembly", "tribunal", "guard", "forces", "force", "service", "services",
        "intelligence", "regulator", "authority", "directorate", "gendarmerie", "interpol",
        "sheriff's", "coast", "customs", "immigration", "ice", "epa", "fda", "cdc", "irs", "doj",
        "sec", "fcc", "ftc", "faa", "nasa", "dod", "usda", "gao", "cbo", "whitehouse",
    ]
);

word_set!(
    /// Outlets and wire services, and words that end an outlet's name.
    is_media_word,
    [
        "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "msnbc", "npr", "politico", "axios",
        "breitbart", "buzzfeed", "vox", "slate", "salon", "newsweek", "time", "times", "post",
        "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "economist",
        "independent", "observer", "chronicle", "examiner", "inquirer", "globe", "mirror", "sun",
        "express", "mail", "news", "press", "radio", "tv", "television", "network", "magazine",
        "daily", "weekly", "dispatch", "record", "review", "register", "courier", "bulletin",
        "wire", "agency", "xinhua", "tass", "interfax", "yonhap", "kyodo", "al-jazeera", "aljazeera",
        "jazeera", "fox", "nbc", "abc", "cbs", "pbs", "hill", "atlantic", "yorker", "huffpost",
        "huffington", "mediaite", "intercept", "reason", "nation", "monitor", "ria", "izvestia",
        "kommersant", "pravda", "le", "monde", "figaro", "spiegel", "bild", "haaretz", "nikkei",
        "lemonde", "wsj", "nyt", "cnbc", "univision", "telemundo", "c-span", "propublica",
        "tmz", "drudge", "report", "blaze", "beast", "townhall", "fivethirtyeight", "rt",
        "sputnik", "ukrinform", "antara", "kompas", "tempo", "detik", "channel",
    ]
);

word_set!(
    /// Names that alone identify a media outlet.
    is_outlet_name,
    [
        "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "msnbc", "npr", "politico", "axios",
        "breitbart", "buzzfeed", "vox", "slate", "salon", "newsweek", "xinhua", "tass",
        "interfax", "yonhap", "kyodo", "al jazeera", "fox news", "nbc", "abc", "cbs", "pbs",
        "the hill", "the atlantic", "the new yorker", "huffpost", "the huffington post",
        "mediaite", "the intercept", "cnbc", "univision", "telemundo", "c-span", "propublica",
        "tmz", "the drudge report", "the blaze", "the daily beast", "townhall", "fivethirtyeight",
        "rt", "sputnik", "antara", "associated press", "the associated press", "agence france-presse",
        "the economist", "the guardian", "nbc news", "abc news", "cbs news", "fox", "the post",
        "the times", "the journal", "wsj", "nyt", "time", "the washington post",
        "the new york times", "the wall street journal", "usa today", "the new york post",
        "new york post", "new york times", "washington post", "wall street journal",
        "los angeles times", "the los angeles times", "the boston globe", "the financial times",
        "financial times", "le monde", "der spiegel", "haaretz", "nikkei",
    ]
);

word_set!(
    /// Titles that may precede a person's name ("President", "Sen.", "police chief").
    is_title,
    [
        "president", "vice", "senator", "sen.", "rep.", "representative", "gov.", "governor",
        "minister", "secretary", "chief", "director", "spokesman", "spokeswoman", "spokesperson",
        "mayor", "judge", "justice", "ceo", "chairman", "chairwoman", "chair", "leader", "speaker",
        "ambassador", "gen.", "general", "lt.", "col.", "colonel", "adm.", "admiral", "dr.",
        "prof.", "professor", "mr.", "mrs.", "ms.", "king", "queen", "prince", "princess", "pope",
        "rev.", "sheriff", "attorney", "commissioner", "chancellor", "premier", "deputy",
        "candidate", "nominee", "founder", "analyst", "economist", "journalist", "reporter",
        "editor", "author", "lawyer", "officer", "captain", "capt.", "sgt.", "sergeant", "coach",
        "manager", "executive", "head", "inspector", "prosecutor", "councilman", "councilwoman",
        "councillor", "congressman", "congresswoman", "lawmaker", "activist", "expert",
        "researcher", "scientist", "historian", "professor", "host", "anchor", "columnist",
        "commander", "superintendent", "administrator", "strategist", "pollster", "adviser",
        "advisor", "aide", "consultant", "president-elect", "emir", "sultan", "sheikh",
        "ayatollah", "cardinal", "bishop", "archbishop", "rabbi", "imam", "mp", "mep", "st.",
    ]
);

word_set!(
    /// US states as news style names them after a city ("Ava, Mo.", "Dayton, Ohio"): the
    /// abbreviations of the AP stylebook (without their last period) and the one-word names.
    is_us_state,
    [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
        "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
        "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa",
        "r.i", "s.c", "s.d", "tenn", "vt", "va", "wash", "w.va", "wis", "wyo",
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
        "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "wisconsin", "wyoming",
    ]
);

word_set!(
    /// Common nouns for a person (singular), which a mention of someone left unnamed is built
    /// on ("a truck driver from Ava", "the woman", "a neighbor"): only source resolution reads
    /// them.
    is_person_noun,
    [
        "man", "woman", "boy", "girl", "neighbor", "neighbour", "resident", "voter", "veteran",
        "driver", "farmer", "cashier", "mother", "father", "parent", "husband", "wife", "son",
        "daughter", "brother", "sister", "teacher", "student", "nurse", "doctor", "worker",
        "owner", "retiree", "supporter", "protester", "volunteer", "shopper", "customer",
        "employee", "pastor", "colleague", "engineer", "soldier", "businessman",
        "businesswoman", "caller", "viewer", "reader", "participant", "attendee", "delegate",
        "member", "fan", "bystander", "passenger", "patient", "survivor", "victim", "immigrant",
        "refugee", "landlord", "tenant", "homeowner", "waitress", "waiter", "clerk", "miner",
        "mechanic", "electrician", "plumber", "contractor", "entrepreneur", "donor", "fundraiser",
        "organizer", "organiser", "insider", "observer", "critic", "opponent", "fellow", "partner",
    ]
);

word_set!(
    /// Last words of outlets' names beyond the ones that also make other mentions media
    /// ("The Daily Caller", "Business Insider"): only source resolution reads them.
    is_outlet_ending,
    ["caller", "journalism", "beacon", "insider", "standard", "report"]
);

word_set!(
    /// Polling firms named alone ("Gallup finds …"): organizations, read only by source
    /// resolution.
    is_pollster,
    [
        "gallup", "ipsos", "yougov", "rasmussen", "quinnipiac", "marist", "zogby", "nielsen",
        "pew", "harris", "emerson", "suffolk", "siena",
    ]
);

word_set!(
    /// Determiners and quantifiers that open a noun phrase.
    is_determiner,
    [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "my", "your", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "several", "some", "many", "most", "few", "other", "another", "more", "both",
        "each", "every", "all", "no", "multiple", "numerous", "various", "dozens", "hundreds",
        "thousands", "millions", "a", "dozen", "half",
    ]
);

word_set!(
    /// Words that cannot be inside a source noun phrase: verbs, conjunctions of clauses,
    /// and function words that show the words before a cue are a clause, not a subject.
    is_clause_word,
    [
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "can",
        "could", "may", "might", "must", "shall", "should", "will", "would", "if", "because",
        "when", "while", "although", "though", "whether", "as", "so", "than", "to", "not", "it",
        "there", "what", "how", "why", "where", "which", "whom", "whose", "then", "but", "or",
        "nor", "yet", "after", "before", "since", "until", "unless", "have", "has", "had",
        "i'm", "it's", "that's", "he's", "she's", "we're", "they're", "you're", "don't", "doesn't",
        "didn't", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
        "we", "you", "me", "him", "us", "them", "this", "these", "those", "here", "now", "also",
        "about", "into", "over", "like", "just", "very", "only", "even", "still",
    ]
);

word_set!(
    /// Adverbs and auxiliaries allowed between a subject and its cue ("has also said").
    is_cue_modifier,
    [
        "has", "have", "had", "also", "later", "previously", "repeatedly", "once", "would",
        "will", "did", "does", "do", "not", "never", "publicly", "recently", "then", "earlier",
        "further", "again", "often", "frequently", "privately", "reportedly", "still", "already",
        "first", "initially", "flatly", "firmly", "strongly", "long", "always", "now", "openly",
        "simply", "quickly", "explicitly", "separately", "subsequently", "ultimately", "finally",
        "previously", "told", "could", "may", "might", "should", "can", "really", "personally",
        "clearly", "broadly", "widely", "generally", "since", "specifically", "just", "only",
        "originally", "immediately", "directly", "emphatically", "confidently", "privately",
        "anonymously", "is", "are", "was", "were", "cannot", "doesn't", "don't", "didn't",
        "hasn't", "haven't", "won't", "wouldn't", "n't", "here",
    ]
);

word_set!(
    /// Subject pronouns that can be sources.
    is_subject_pronoun,
    ["he", "she", "they", "i", "we", "it", "you", "who", "which"]
);

word_list!(
    /// Hedging words.
    HEDGE_WORDS,
    [
        "allegedly", "reportedly", "purportedly", "apparently", "supposedly", "alleged",
        "suspected", "presumably", "possibly", "seemingly", "ostensibly", "rumored", "rumoured",
        "unconfirmed", "perhaps", "probably", "likely",
    ]
);

word_list!(
    /// Words of judgement, characterisation and forecast.
    ASSESSMENT_WORDS,
    [
        "difficult", "attractive", "concern", "concerns", "worrying", "dangerous",
        "important", "significant", "crucial", "vital", "key", "critical", "serious",
        "good", "bad", "better", "worse", "best", "worst", "great", "terrible", "strong", "weak",
        "easy", "hard", "should", "would", "might", "may", "likely", "unlikely",
        "probably", "proven", "remains", "represents", "appears", "seems", "risk", "risks",
        "vulnerable", "fragile", "unprecedented", "controversial", "successful", "failure",
        "failed", "effective", "ineffective", "wrong", "right", "unfair", "fair", "corrupt",
        "disgraceful", "outrageous", "absurd", "ridiculous", "disaster", "catastrophic", "long", "never", "relatively", "increasingly", "penetrate", "main",
        "biggest", "clear", "unclear", "hope", "believe", "think", "must", "need", "needs",
    ]
);

word_list!(
    /// Number words that make a claim a statistic.
    NUMBER_WORDS,
    [
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "half", "third", "thirds", "quarter", "quarters",
        "percent", "per", "%", "twice", "double", "doubled", "tripled", "majority", "minority",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "poorest", "richest", "largest", "biggest", "smallest", "highest", "lowest",
        "fastest", "slowest", "oldest", "youngest", "wealthiest", "deadliest", "worst", "best",
        "most", "least", "first", "second", "third", "top", "record",
    ]
);

word_set!(
    /// Month names (a number after one is a date, not a statistic).
    is_month,
    MONTHS,
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
        "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ]
);

word_set!(
    /// Capitalised words that open a sentence or a phrase rather than a name: the word after
    /// them keeps its own reading ("In May", "Last May", "The Wonder").
    is_name_stop,
    NAME_STOPS,
    [
        "in", "on", "at", "by", "for", "since", "until", "from", "to", "of", "the", "a", "an",
        "last", "next", "this", "that", "early", "late", "mid", "every", "each", "and", "or",
        "but", "when", "as", "if", "during", "before", "after", "through", "then",
    ]
);

/// Bits of [`word_flags`].
pub mod flag {
    pub const HEDGE: u16 = 1;
    pub const ASSESSMENT: u16 = 2;
    pub const NUMBER: u16 = 4;
    pub const MONTH: u16 = 8;
    pub const FINITE: u16 = 16;
    pub const NOT_VERB_ED: u16 = 32;
    /// A word every no-comment phrase holds one of.
    pub const NO_COMMENT_KEY: u16 = 64;
    /// A word every hedging phrase holds one of.
    pub const HEDGE_KEY: u16 = 128;
    /// A capitalised word read as part of a name ("May" in "Theresa May"), set by the
    /// tokenizer.
    pub const NAME_PART: u16 = 256;
}

/// Words one of which every hedging phrase holds.
pub const HEDGE_KEYS: &[&str] = &[
    "have",
    "believed",
    "thought",
    "said",
    "unclear",
    "clear",
    "suspected",
];

/// Words one of which every no-comment phrase holds.
const NO_COMMENT_KEYS: &[&str] = &[
    "comment",
    "declined",
    "respond",
    "responded",
    "return",
    "reached",
    "referred",
    "reply",
    "answer",
    "say",
    "confirm",
    "elaborate",
    "discuss",
    "provide",
    "interviewed",
    "named",
    "available",
    "unavailable",
    "refused",
    "identified",
    "requests",
    "questions",
    "inquiries",
    "reporters",
];

/// Every word class a token needs, in one lookup.
pub fn word_flags(word: &str) -> u16 {
    static MAP: OnceLock<FastMap<&'static str, u16>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FastMap<&'static str, u16> = FastMap::default();
        for (list, bit) in [
            (HEDGE_WORDS, flag::HEDGE),
            (ASSESSMENT_WORDS, flag::ASSESSMENT),
            (NUMBER_WORDS, flag::NUMBER),
            (MONTHS, flag::MONTH),
            (super::grammar::FINITE, flag::FINITE),
            (super::grammar::NOT_VERBS_ED, flag::NOT_VERB_ED),
            (NO_COMMENT_KEYS, flag::NO_COMMENT_KEY),
            (HEDGE_KEYS, flag::HEDGE_KEY),
        ] {
            for w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    });
    map.get(word).copied().unwrap_or(0)
}

type WordInfoMap = FastMap<Box<str>, (Option<Cue>, u16)>;

/// A word's cue entry and class flags together: what the tokenizer needs, in one lookup.
pub fn word_info(word: &str) -> (Option<Cue>, u16) {
    static MAP: OnceLock<WordInfoMap> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m = WordInfoMap::default();
        for (form, c) in cues() {
            m.insert(form.as_str().into(), (Some(*c), word_flags(form)));
        }
        for (list, _) in [
            (HEDGE_WORDS, ()),
            (ASSESSMENT_WORDS, ()),
            (NUMBER_WORDS, ()),
            (MONTHS, ()),
            (super::grammar::FINITE, ()),
            (super::grammar::NOT_VERBS_ED, ()),
            (NO_COMMENT_KEYS, ()),
            (HEDGE_KEYS, ()),
        ] {
            for w in list {
                m.entry((*w).into()).or_insert((None, word_flags(w)));
            }
        }
        m
    });
    map.get(word).copied().unwrap_or((None, 0))
}

/// Phrases that make a clause a no-comment record.
pub const NO_COMMENT: &[&str] = &[
    "declined to comment",
    "declined to be interviewed",
    "declined comment",
    "declined to elaborate",
    "declined to respond",
    "declined to answer",
    "declined to discuss",
    "declined to provide",
    "declined to say",
    "declined to confirm",
    "declined requests for comment",
    "did not respond to requests for comment",
    "did not respond to a request for comment",
    "did not immediately respond",
    "did not return",
    "didn't respond to",
    "didn't return",
    "did not respond to",
    "could not be reached",
    "couldn't be reached",
    "was not available for comment",
    "were not available for comment",
    "not immediately available for comment",
    "was unavailable for comment",
    "were unavailable for comment",
    "no comment",
    "refused to comment",
    "would not comment",
    "wouldn't comment",
    "referred the question",
    "referred questions",
    "referred inquiries",
    "referred requests",
    "referred reporters",
    "has not responded",
    "have not responded",
    "had not responded",
    "did not reply",
    "did not answer",
    "would not say",
    "wouldn't say",
    "would not confirm",
    "declined to be named",
];

/// Phrases giving a reason for anonymity: they describe the source, and are no claim.
pub const ANONYMITY: &[&str] = &[
    "not to be named",
    "not be named",
    "condition of anonymity",
    "anonymity",
    "not authorized",
    "not authorised",
    "not permitted",
    "not allowed to",
    "not to be identified",
    "without being identified",
    "declined to be identified",
    "requested anonymity",
    "on background",
    "familiar with",
    "knowledgeable about",
    "close to",
    "briefed on",
    "with knowledge of",
    "with direct knowledge",
    "privy to",
    "involved in",
    "aware of",
    "who know",
    "who knows",
];

word_set!(
    /// Words that scale or round a number in a subject: "about three in 10", "nearly half".
    is_number_scaler,
    [
        "about", "nearly", "almost", "roughly", "around", "approximately", "only", "just",
        "over", "under", "some", "more", "fewer", "less", "at", "least", "barely", "fully",
    ]
);

word_set!(
    /// Numbers written as words, and the fractions a poll reports.
    is_number_word,
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
        "a", "third", "two-thirds", "quarter", "three-quarters", "majority", "most",
    ]
);

word_set!(
    /// Countries (and their usual short forms), which speak through their governments:
    /// "China said", "the United States warned".
    is_country_name,
    [
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
        "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia",
        "bosnia", "brazil", "britain", "bulgaria", "burma", "cambodia", "cameroon", "canada",
        "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
        "czech republic", "denmark", "ecuador", "egypt", "eritrea", "estonia", "ethiopia",
        "finland", "france", "germany", "ghana", "greece", "guatemala", "haiti",
        "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "japan", "kazakhstan", "kenya", "kosovo", "kuwait",
        "kyrgyzstan", "laos", "latvia", "lebanon", "libya", "lithuania", "malaysia", "mali",
        "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar",
        "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
        "norway", "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland",
        "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia",
        "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea",
        "south sudan", "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria",
        "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan",
        "uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "u.k.",
        "united states", "u.s.", "usa", "uruguay", "uzbekistan", "venezuela", "vietnam",
        "yemen", "zambia", "zimbabwe",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_and_doubled_forms_keep_their_class() {
        for w in [
            "spoke", "spoken", "referred", "rebutted", "slammed", "dubbed",
        ] {
            assert!(cue(w).is_some(), "{w}");
        }
        // a verb of stance stays weak in its irregular forms; a verb of saying does not
        assert!(cue("spoke").is_some_and(|c| c.weak));
        assert!(cue("regretted").is_some_and(|c| c.weak));
        assert!(cue("admitted").is_some_and(|c| !c.weak));
    }

    #[test]
    fn cue_forms_are_inflected() {
        for w in [
            "said",
            "says",
            "saying",
            "told",
            "added",
            "noted",
            "stated",
            "reported",
            "recalled",
            "confirmed",
            "denied",
            "warned",
            "argued",
            "claimed",
            "estimated",
            "believes",
            "thinks",
            "wrote",
            "tweeted",
            "announced",
            "insisted",
            "acknowledged",
            "admitted",
            "explained",
            "suggested",
            "predicted",
            "denies",
            "replies",
            "testified",
        ] {
            assert!(cue(w).is_some(), "{w} should be a cue");
        }
        assert!(cue("told").unwrap().takes_object);
        assert!(cue("said").unwrap().past);
        assert!(cue("table").is_none());
        assert!(cues().len() > 300);
    }

    #[test]
    fn heads_by_kind() {
        assert!(is_anonymous_head("source"));
        assert!(is_group_head("authorities"));
        assert!(is_document_head("report"));
        assert!(is_org_word("association"));
        assert!(is_official_word("ministry"));
        assert!(is_outlet_name("reuters"));
    }
}
