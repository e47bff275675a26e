//! Reporting verbs in all their forms: saying, stance, belief and finding, with the hearer
//! objects, irregular and doubled-consonant forms, and the forms that are more often nouns.

use std::sync::OnceLock;

use super::FastMap;

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
    /// The verb's base form ("say" for "said"), for rules that hold for a verb in all its forms.
    pub base: &'static str,
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

impl Cue {
    /// A finite verb of saying, not of stance or belief ("said", "tells"; not "saying",
    /// "criticized"): the verb a frame of its own is built on.
    pub fn says(&self) -> bool {
        self.class == CueClass::Speech && !self.weak && !self.ing
    }
}

word_list!(
    /// Reporting verbs of speech and writing, by base form.
    SPEECH,
    [
        "say", "tell", "add", "note", "state", "report", "recall", "confirm", "deny", "warn",
        "argue", "claim", "estimate", "write", "tweet", "announce", "insist", "acknowledge",
        "admit", "explain", "suggest", "predict", "declare", "assert", "contend", "maintain",
        "stress", "emphasize", "emphasise", "observe", "remark", "reply", "respond", "answer",
        "comment", "concede", "complain", "allege", "charge", "testify", "disclose", "reveal",
        "indicate", "continue", "conclude", "caution", "promise", "pledge", "vow", "urge", "hint",
        "boast", "joke", "quip", "recount", "reiterate", "repeat", "echo", "counter", "retort",
        "proclaim", "forecast", "project", "calculate", "inform", "assure", "remind", "advise",
        "signal", "highlight", "lament", "mention", "confess", "agree", "disagree", "dispute",
        "rebut", "reject", "speculate", "theorize", "muse", "brag", "scoff", "shout", "yell",
        "whisper", "cry", "exclaim", "elaborate", "clarify", "specify", "detail", "describe",
        "characterize", "affirm", "attest", "certify", "swear", "guarantee", "threaten", "demand",
        "propose", "recommend", "posit", "surmise", "reason", "allow", "grant", "accept",
        "volunteer", "interject", "ask", "wonder", "told", "point", "underline", "underscore",
        "cite",
    ]
);

word_list!(
    /// Verbs of evaluation and stance, which report what someone expressed ("praised", "mocked").
    /// Weaker evidence of attribution than verbs of saying.
    STANCE,
    [
        "call", "criticize", "criticise", "accuse", "endorse", "express", "refer", "praise",
        "defend", "attack", "blast", "slam", "condemn", "denounce", "dismiss", "mock", "blame",
        "thank", "tout", "decry", "voice", "challenge", "plead", "portray", "deem", "favor",
        "favour", "oppose", "applaud", "hail", "welcome", "label", "brand", "dub", "rail", "lash",
        "lambaste", "chide", "scold", "rebuke", "ridicule", "belittle", "discuss", "talk", "speak",
        "tease", "taunt", "implore", "beg", "downplay", "assail", "excoriate", "castigate",
        "berate", "fault", "commend", "congratulate", "salute", "bemoan", "refuse", "decline",
        "rule", "regret", "apologize", "apologise", "compliment", "insult", "recommend", "support",
        "back",
    ]
);

word_list!(
    /// Verbs of belief, intention and knowledge.
    BELIEF,
    [
        "think", "believe", "feel", "want", "hope", "expect", "fear", "worry", "know", "doubt",
        "wish", "intend", "plan", "seek", "suspect", "assume", "consider", "prefer", "anticipate",
        "suppose", "reckon", "imagine", "trust", "understand", "figure", "guess", "estimate",
        "learn", "assess",
    ]
);

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
    // British spelling doubles the l
    ("signalled", "signal"),
    ("signalling", "signal"),
    ("labelled", "label"),
    ("labelling", "label"),
];

word_list!(
    /// Forms that are far more often something else: bare base forms and nouns ("a point",
    /// "the state", "questions"; the marked verb uses are handled by callers: "points to",
    /// "posted on"), plurals that are nouns ("reports", "rules", "remarks"), and "knows" (of
    /// facts, not claims).
    NOT_CUES,
    [
        "point", "post", "posts", "text", "texts", "answer", "state", "states", "project",
        "projects", "charge", "charges", "question", "questions", "reason", "reasons", "detail",
        "details", "counter", "echo", "cry", "figure", "figures", "grant", "grants", "signal",
        "signals", "comment", "comments", "promise", "allow", "allowed", "allows", "accept",
        "accepted", "understanding", "reasoning", "trust", "demand", "demands", "continue",
        "continues", "guess", "worry", "consider", "considered", "posted", "reports", "rules",
        "a note", "knows", "report", "note", "speaking", "back", "backs", "volunteer", "volunteers",
        "attacks",
        "attack", "blast",
        "remarks",
    ]
);

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
        let mut add = |form: String,
                       base: &'static str,
                       class: CueClass,
                       past: bool,
                       ing: bool,
                       weak: bool| {
            let takes_object = TAKES_OBJECT.contains(&base);
            m.entry(form).or_insert(Cue {
                base,
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
                    base,
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
        for w in NOT_CUES {
            m.remove(*w);
        }
        m.insert(
            "plans".to_string(),
            Cue {
                base: "plan",
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
}
