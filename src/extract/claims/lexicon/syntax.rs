//! Words that shape the phrase around a source and its cue: determiners, clause words, the
//! adverbs allowed before a cue, subject pronouns, words that stop a name, and the verbs and
//! participles around "to say" and an inverted speaker.

use std::sync::OnceLock;

word_set!(
    /// Irregular past forms that take any subject, singular or plural, and so tell nothing of
    /// a relative clause's antecedent ("who met", "who grew"); the commonest are in the
    /// finite verbs already.
    is_irregular_past,
    [
        "led", "ran", "won", "lost", "left", "made", "took", "went", "came", "gave", "got", "saw",
        "began", "became", "kept", "held", "met", "paid", "sent", "built", "spent", "told",
        "said", "thought", "knew", "wrote", "grew", "fell", "stood", "brought", "bought", "sold",
        "found", "hit", "put", "set", "cut", "shut", "let", "beat", "struck", "drew", "flew",
    ]
);

word_set!(
    /// Past forms in "-ed" of verbs that take no object, so are never a passive participle
    /// after a noun: "The council apologised on Monday after …" is a clause, not "a council
    /// (that was) apologised".
    is_intransitive_past,
    [
        "apologised", "apologized", "relented", "backtracked", "retreated", "responded",
        "reacted", "complained", "replied", "objected", "hesitated", "intervened", "resigned",
        "retaliated", "capitulated", "stalled",
    ]
);

word_set!(
    /// Past participles not in -ed or -en, for a past perfect: "had been made", "had met".
    is_irregular_participle,
    [
        "been", "made", "done", "told", "said", "found", "lost", "sent", "spent", "left", "paid",
        "held", "known", "gone", "run", "won", "met", "put", "set",
    ]
);

word_set!(
    /// Verbs that move someone to speak, before the speaker and "to say": "led voters to say".
    moves_to_speak,
    [
        "led", "leads", "lead", "leading", "prompted", "prompts", "prompting", "forced", "forces",
        "pushed", "pushes", "drove", "drives", "spurred", "spurs", "inspired", "inspires",
        "caused", "causes",
    ]
);

word_set!(
    /// Verbs that set the scene for speaking before "to say": "took to Twitter to say", "rose
    /// on the floor to say", "went on television to say".
    sets_scene,
    [
        "took", "takes", "take", "stood", "stands", "rose", "rises", "went", "goes", "came",
        "comes", "returned", "returns", "stepped", "steps", "called",
        "calls", "used", "uses", "turned", "turns", "wrote", "writes", "paused", "pauses",
        "interrupted", "interrupts",
    ]
);

word_set!(
    /// Participles of manner after an inverted speaker: "…,” said Lee, speaking to reporters.
    is_manner_participle,
    [
        "speaking", "writing", "responding", "reacting", "commenting", "referring", "appearing",
        "standing", "sitting", "gesturing", "shaking", "nodding", "laughing", "smiling",
        "pausing", "looking", "sounding", "reading", "interviewed", "addressing", "testifying",
        "campaigning", "giving", "wearing", "holding", "clutching", "flanked", "visiting",
        "surrounded", "fighting", "choking",
    ]
);

word_set!(
    /// Participles of a question put to a speaker: "Asked whether she would run, she said …",
    /// "An FDA spokesperson, pressed on the point, said …".
    is_question_participle,
    ["asked", "pressed", "questioned", "quizzed", "challenged"]
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
    /// Quantifiers that leave how many people a noun phrase holds open ("many analysts",
    /// "some officials", "other Republicans").
    is_vague_quantifier,
    [
        "many", "some", "most", "several", "numerous", "various", "few", "other", "all", "both",
    ]
);

word_set!(
    /// Words that cannot be inside a source noun phrase: verbs, conjunctions of clauses,
    /// and function words that show the words before a cue are a clause, not a subject.
    is_clause_word,
    CLAUSE_WORDS,
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
    CUE_MODIFIERS,
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
        "hasn't", "haven't", "won't", "wouldn't", "n't", "here", "even", "both", "actually",
        "indeed", "usually", "sometimes", "routinely", "consistently", "falsely", "wrongly",
        "rightly", "correctly", "mistakenly", "famously", "loudly", "quietly", "angrily",
        "bluntly", "vehemently", "boldly", "almost", "increasingly", "eventually", "promptly",
        "swiftly", "reluctantly", "essentially", "effectively", "similarly", "likewise", "allegedly",
        "purportedly", "supposedly", "apparently",
    ]
);

word_set!(
    /// Subject pronouns that can be sources.
    is_subject_pronoun,
    ["he", "she", "they", "i", "we", "it", "you", "who", "which"]
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

/// Initials written in capitals that lower-cased would spell a pronoun ("WHO", "IT"), in the
/// form with periods the lexicon reads them as (the World Health Organization's "WHO" is never
/// the relative "who").
pub fn initials_as_pronoun(word: &str) -> Option<&'static str> {
    match word {
        "WHO" => Some("w.h.o."),
        "IT" => Some("i.t."),
        _ => None,
    }
}

word_set!(
    /// Words that label a line of a headline or a fact-check rather than name a speaker before
    /// a colon: "Wow: …", "Question: …", "Claim: …", "Facts: …".
    is_line_label,
    [
        "wow", "watch", "question", "questions", "answer", "name", "age", "remember", "note",
        "newspaper", "poll", "video", "photos", "source", "sources", "why", "what", "how", "who",
        "upshot", "verdict", "summary", "background", "context", "quote", "update", "exclusive",
        "breaking", "opinion", "analysis", "explainer", "claim", "claims", "fact", "facts",
        "ruling", "rating"
    ]
);

word_set!(
    /// Words that may open an inverted speaker before a title or name: "said former Gov. Ed
    /// Rendell", "said longtime aide Ann Lee", "says state Sen. Bo Diaz".
    is_speaker_modifier,
    [
        "former", "then", "retired", "longtime", "veteran", "acting", "incoming", "outgoing",
        "senior", "top", "chief", "fellow", "local", "state", "federal", "democratic",
        "republican",
    ]
);

word_set!(
    /// Object pronouns for the hearer of a report: "Jones told him", "close to them".
    is_object_pronoun,
    ["him", "her", "them", "us", "me", "you"]
);

word_set!(
    /// The small words inside a body's name, between its capitalised words: "Office for
    /// National Statistics", "Securities and Exchange Commission", "Banque de France".
    is_name_joiner,
    ["of", "for", "and", "on", "the", "&", "de", "du", "des", "la"]
);
