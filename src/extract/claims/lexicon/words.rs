//! Word classes: the heads of source noun phrases by kind (anonymous, group, document,
//! organization, official, media), titles, places, determiners and clause words, hedges,
//! judgements, numbers and months.

use std::sync::OnceLock;

use super::{set, FastSet};

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
        "pausing", "looking", "sounding", "reading", "interviewed",
    ]
);

word_set!(
    /// Names of days and their relatives: "said Monday", "a statement Wednesday saying".
    is_day_word,
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight",
    ]
);

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
        "average", "tally", "count", "slide", "chart", "graph", "transcript", "commentary",
        "column", "op-ed", "essay", "memoir", "editorial",
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
        "prof.", "professor", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr", "king", "queen",
        "prince", "princess", "pope",
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
    /// Nouns for a stretch of time ("last week", "this spring").
    is_time_period,
    [
        "week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter",
        "morning", "afternoon", "evening", "night",
    ]
);

word_set!(
    /// Adverbs of time that can open a clause before its subject ("Now Lee says", "Today the
    /// ministry said").
    is_time_adverb,
    ["now", "today", "yesterday", "tonight", "then", "later", "earlier", "recently"]
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
        "swiftly", "reluctantly", "essentially", "effectively", "similarly", "likewise",
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
    fn heads_by_kind() {
        assert!(is_anonymous_head("source"));
        assert!(is_group_head("authorities"));
        assert!(is_document_head("report"));
        assert!(is_org_word("association"));
        assert!(is_official_word("ministry"));
        assert!(is_outlet_name("reuters"));
    }
}
