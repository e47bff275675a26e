//! Heads of source noun phrases by kind: the words that make a mention anonymous, a group,
//! a document, an organization, an official body or a medium, and titles and common nouns for
//! a person.

use std::sync::OnceLock;

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
        "backbencher", "backbenchers", "frontbencher", "frontbenchers",
    ]
);

word_set!(
    /// Heads of collectives or categories voicing a general view.
    is_group_head,
    [
        "authorities", "critics", "experts", "analysts", "observers", "economists", "scientists",
        "researchers", "activists", "supporters", "opponents", "voters", "residents",
        "republicans", "democrats", "tories", "conservatives", "liberals", "progressives", "lawmakers",
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
        "both", "all", "several", "everyone", "nobody", "observers", "proponents", "backers", "insiders", "respondents", "participants", "viewers",
        "readers", "listeners", "shoppers", "taxpayers", "homeowners", "renters", "patients",
        "victims", "survivors", "fact-checkers", "mps", "meps", "mlas", "backbenchers",
        // the parties to a lawsuit, named together ("The plaintiffs claim")
        "plaintiffs", "defendants", "claimants", "petitioners", "complainants", "litigants",
    ]
);

/// Heads of collectives that voice a general view as such, not the people inside a body who may
/// speak for it unnamed ("members", "staff", "insiders", "diplomats").
pub fn is_view_group_head(head: &str) -> bool {
    let inside = matches!(
        head,
        "members" | "staff" | "insiders" | "workers" | "employees" | "diplomats"
    );
    is_group_head(head) && !inside
}

word_set!(
    /// Heads of document and data sources.
    is_document_head,
    [
        "report", "reports", "memo", "memos", "study", "studies", "survey", "surveys", "poll", "polling",
        "polls", "statement", "statements", "data", "figures", "documents", "document", "filing",
        "summary", "summaries", "preprint", "preprints", "disclosure", "disclosures",
        "filings", "letter", "letters", "analysis", "analyses", "records", "record", "census",
        "complaint", "lawsuit", "indictment", "affidavit", "ruling", "transcript", "email",
        "emails", "e-mail", "tweet", "tweets", "post", "release", "assessment", "estimates",
        "estimate", "audit", "review", "research", "paper", "papers", "book", "article",
        "investigation", "inquiry", "findings", "statistics", "numbers", "projections",
        // "New drug slows memory loss, trial finds": a clinical trial, an experiment, tests
        "trial", "trials", "experiment", "experiments", "tests",
        "forecast", "cable", "cables", "website", "video", "documentary", "footage",
        "results", "evidence", "testimony", "plan", "bill", "resolution", "order", "guidance",
        "message", "messages", "platform", "exit", "index", "model", "agreement",
        "average", "tally", "count", "returns", "slide", "chart", "graph", "transcript", "commentary",
        "column", "op-ed", "essay", "memoir", "editorial", "meta-analysis", "meta-analyses",
        // an official handout, a rulebook, a database and a register of records
        "handout", "rulebook", "database", "databases", "register", "registry", "gazette",
        "circular", "manifesto", "dossier", "advisory",
        // plurals of the above, and papers of business and the courts
        "slides", "charts", "graphs", "transcripts", "logs", "spreadsheet", "spreadsheets",
        "contract", "contracts", "invoice", "invoices", "warrant", "subpoena", "petition",
        // pages on the web: "according to the status page", "the company's web page"
        "page", "webpage", "blog", "dashboard",
        // "An investor presentation showed", "Treasury advice showed": a body's written advice
        "presentation", "presentations", "advice",
    ]
);

word_set!(
    /// Legal forms that end a company's name ("Barclays Plc", "Siemens AG", "Airbus SE",
    /// "Nestlé SA", "Volvo AB", "Equinor ASA", "Nokia Oyj"): read only as the last of two or
    /// more capitalised words, where "SA" or "AB" cannot be a place's abbreviation.
    is_company_form,
    [
        "plc", "limited", "llp", "ag", "se", "sa", "nv", "n.v.", "bv", "gmbh", "spa", "ab",
        "asa", "oyj", "kgaa", "pty",
    ]
);

word_set!(
    /// Last words of campaigning bodies' names, never a surname: "Amnesty International",
    /// "Human Rights Watch", "Doctors Without Borders", "the Innocence Project", the
    /// fact-checking charity "Full Fact".
    is_campaign_body_ending,
    ["international", "watch", "borders", "rights", "initiative", "project", "fact"]
);

word_set!(
    /// Last words of charities' names with a possessive inside, never a surname after an owner:
    /// "Alzheimer's Research UK", "Parkinson's UK", "Women's Aid", "Children's Cancer Action".
    is_possessive_body_ending,
    ["research", "uk", "aid", "action", "support", "relief", "care"]
);

word_set!(
    /// Words that make a mention an official body or office.
    is_official_word,
    [
        "ministry", "department", "police", "government", "office", "administration",
        "commission", "court", "army", "navy", "military", "pentagon", "kremlin", "congress",
        "senate", "parliament", "bureau", "fbi", "cia", "nsa", "dhs", "embassy", "prosecutors",
        "prosecution", "prosecutor's", "house", "cabinet", "presidency", "secretariat", "mission", "consulate",
        "ministry's", "department's", "fed", "treasury", "state", "county", "city", "municipality",
        "legislature", "assembly", "tribunal", "jury", "panel", "inquest", "magistrates", "guard", "forces", "force", "service", "services",
        "intelligence", "regulator", "authority", "directorate", "gendarmerie", "interpol",
        "sheriff's", "coast", "customs", "immigration", "ice", "epa", "fda", "cdc", "irs", "doj",
        "sec", "fcc", "ftc", "faa", "nasa", "dod", "usda", "gao", "cbo", "whitehouse", "nih", "cms",
        "ons", "bls", "hmrc", "dwp", "nao", "obr", // statistics, tax and audit offices
        // a military command: "the theatre command", "U.S. Central Command"
        "command",
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
        "huffington", "forbes", "mediaite", "intercept", "reason", "nation", "monitor", "ria", "izvestia",
        "kommersant", "pravda", "le", "monde", "figaro", "spiegel", "bild", "haaretz", "nikkei",
        "lemonde", "wsj", "nyt", "cnbc", "univision", "telemundo", "c-span", "propublica",
        "tmz", "drudge", "report", "blaze", "beast", "townhall", "fivethirtyeight", "rt",
        "sputnik", "ukrinform", "antara", "kompas", "tempo", "detik", "channel", "ledger", "sentinel",
        "beacon", "enquirer",
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
        "mediaite", "forbes", "the intercept", "cnbc", "univision", "telemundo", "c-span", "propublica",
        "tmz", "the drudge report", "the blaze", "the daily beast", "townhall", "fivethirtyeight",
        "rt", "sputnik", "antara", "associated press", "the associated press", "agence france-presse",
        "the economist", "the guardian", "nbc news", "abc news", "cbs news", "fox", "the post",
        "the times", "the journal", "wsj", "nyt", "time", "the washington post",
        "the new york times", "the wall street journal", "usa today", "the new york post",
        "new york post", "new york times", "washington post", "wall street journal",
        "los angeles times", "the los angeles times", "the boston globe", "the financial times",
        "financial times", "le monde", "der spiegel", "haaretz", "nikkei", "the athletic",
        // European dailies written with a lower-case particle or known by one word
        "gazzetta dello sport", "la gazzetta dello sport", "corriere dello sport",
        "corriere della sera", "la repubblica", "la stampa", "tuttosport", "marca", "el pais",
        "el país", "el mundo", "mundo deportivo", "l'equipe", "l'équipe", "le parisien",
        "le figaro", "bild", "kicker", "die welt", "die zeit", "süddeutsche zeitung",
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
        "prof", "capt", "rev", "engr.", "pharm.", "barr.", "alh.", "amb.",
        "editor-in-chief", "commander-in-chief", "cfo", "coo", "cto", "coordinator", "convener",
        "chairperson", "director-general", "secretary-general", "registrar",
        "rev.", "sheriff", "attorney", "commissioner", "chancellor", "premier", "deputy",
        "treasurer",
        // the rank below a secretary ("DPWH Undersecretary Ann Lee", "Deputy Under-Secretary")
        "undersecretary", "under-secretary",
        // a title shared with another ("Co-author Mei Tanaka", "co-founder Ann Lee")
        "co-author", "coauthor", "co-founder", "cofounder", "co-chair", "co-chairman",
        "co-chairwoman", "co-director", "co-leader", "co-host",
        "candidate", "nominee", "founder", "analyst", "economist", "journalist", "reporter",
        "editor", "author", "lawyer", "officer", "captain", "capt.", "sgt.", "sergeant", "coach",
        "manager", "executive", "head", "inspector", "prosecutor", "councilman", "councilwoman",
        "councillor", "councilmember", "assemblyman", "assemblywoman", "assemblymember",
        "alderman", "alderwoman", "congressman", "congresswoman", "lawmaker", "activist", "expert",
        "researcher", "scientist", "coroner", "pathologist", "examiner", "historian", "professor", "host", "anchor", "columnist",
        "commander", "superintendent", "administrator", "strategist", "pollster", "adviser",
        "advisor", "aide", "consultant", "president-elect", "emir", "sultan", "sheikh",
        "ayatollah", "cardinal", "bishop", "archbishop", "rabbi", "imam", "mp", "mep", "mla", "mpp", "mha", "mlc", "mna", "st.",
        // Ireland's head of government and deputy, and a member of its parliament ("Labour TD
        // Ann Lee", "Ann Lee TD")
        "taoiseach", "tánaiste", "tanaiste", "td",
        // police and military ranks, and British style's abbreviations without a period
        // ("Det Insp Sarah Quinn", "Cllr Ann Lee")
        "detective", "constable", "det", "det.", "insp", "insp.", "supt", "supt.", "sgt", "dci",
        "dsi", "cllr", "cpl", "cpl.", "corporal", "pte", "pte.", "maj", "maj.",
        "lt", "lt.", "lieutenant", "cmdr", "cmdr.", "cdr", "cdr.", "col", "col.", "colonel", "gen.",
        "brig.", "adm.", "admiral", "sr.", "const.",
        // the hyphenated heads of international bodies ("WHO Director-General Tedros",
        // "UN Secretary-General António Guterres", "its commissioner-general")
        "secretary-general", "director-general", "commissioner-general", "attorney-general",
        "solicitor-general", "governor-general", "auditor-general", "surgeon-general",
        "inspector-general",
        // courtroom titles before a lawyer's name ("Barrister Saad Raza", as South Asian
        // courts write it; "FBI General Counsel Ann Lee")
        "barrister", "counsel",
    ]
);

word_set!(
    /// Titles of the holders of executive government offices, whose spokespeople speak for
    /// the office on the record ("a spokesperson for Health Minister Ann Lee", "for Governor
    /// Ann Lee"); a legislator's ("a spokesman for Sen. Ann Lee") speaks for a person.
    is_executive_office_title,
    [
        "minister", "secretary", "president", "premier", "governor", "gov.", "mayor",
        "chancellor", "taoiseach",
    ]
);

word_set!(
    /// Honours and degrees written after a person's name ("Ann Lee KC", "Ann Lee OBE"): no
    /// part of the canonical name, lower-cased.
    is_honour_after_name,
    ["kc", "qc", "mbe", "obe", "cbe", "kbe", "dbe", "phd", "ph.d.", "frs"]
);

word_set!(
    /// Seats in a parliament written after a member's name ("Ann Lee MP", "Ann Lee TD"), and
    /// after a party's name too ("a Labour MP"), lower-cased.
    is_seat_after_name,
    ["mp", "mep", "msp", "mla", "td"]
);

word_set!(
    /// The matters a government office is held for, which end a title built with "of" or
    /// "for" ("Minister for Housing", "Secretary of Homeland Security", "Chief of Staff"):
    /// only source resolution reads them, and only after such a title.
    is_portfolio,
    [
        "affairs", "housing", "health", "finance", "justice", "defence", "defense", "education",
        "transport", "transportation", "energy", "environment", "agriculture", "trade",
        "labour", "labor", "interior", "security", "communications", "culture", "tourism",
        "employment", "enterprise", "industry", "infrastructure", "heritage", "sport", "sports",
        "science", "technology", "mines", "information", "planning", "welfare", "pensions",
        "veterans", "commerce", "staff", "economy", "development", "children", "equality",
        "integration", "youth", "women", "fisheries", "forestry", "resources", "innovation",
        "budget", "reform", "climate", "arts", "disability", "aviation", "railways",
        "petroleum", "works", "intelligence", "operations", "research", "policy",
        "investment",
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
        "daughter", "brother", "sister", "niece", "nephew", "aunt", "uncle", "cousin",
        "grandmother", "grandfather", "granddaughter", "grandson", "widow", "widower", "fiance",
        "fiancee", "fiancé", "fiancée", "teacher", "student", "nurse", "doctor", "worker",
        "owner", "retiree", "supporter", "protester", "volunteer", "shopper", "customer",
        "employee", "pastor", "colleague", "engineer", "soldier", "businessman",
        "businesswoman", "caller", "viewer", "reader", "participant", "attendee", "delegate",
        "member", "fan", "bystander", "passenger", "patient", "survivor", "victim", "immigrant",
        "refugee", "landlord", "tenant", "homeowner", "waitress", "waiter", "clerk", "miner",
        "mechanic", "electrician", "plumber", "contractor", "entrepreneur", "donor", "fundraiser",
        "organizer", "organiser", "insider", "observer", "critic", "opponent", "fellow", "partner",
        "villager", "onlooker", "commuter", "pedestrian", "motorist", "tourist", "pilgrim",
        "mourner", "rescuer", "firefighter", "paramedic", "teenager", "shopkeeper", "trader",
        "vendor", "fisherman", "labourer", "laborer", "guard", "witness", "juror", "informant",
        "whistleblower", "defendant", "plaintiff", "suspect", "inmate", "prisoner", "hostage",
        "detainee", "complainant", "claimant", "petitioner", "applicant", "shareholder",
        // a family doctor, as British copy writes one ("a GP in Leeds")
        "gp",
    ]
);

word_set!(
    /// Common nouns for a person by the work they do, beyond the titles and the occupations
    /// written before a name: a speaker's role when set off after the name ("Ann Lee, 42, a
    /// nurse, said"), where a person's other descriptions ("a refugee in France") are claims.
    is_trade_person,
    [
        "nurse", "teacher", "driver", "fisherman", "engineer", "mechanic", "electrician",
        "plumber", "clerk", "miner", "cashier", "waiter", "waitress", "shopkeeper", "vendor",
        "trader", "labourer", "laborer", "firefighter", "paramedic", "contractor", "soldier",
        "doctor", "farmer", "worker", "owner", "employee", "midwife", "pharmacist", "dentist",
        "carpenter", "builder", "cleaner", "porter", "tailor", "baker", "butcher", "welder",
        "beekeeper", "lifeguard", "winemaker", "publican", "fishmonger", "landlord", "grocer",
        "hairdresser", "barber", "courier", "caretaker", "gardener", "nanny", "childminder",
    ]
);

word_set!(
    /// Occupations news style writes before a name as it writes a title ("comedian Sarah
    /// Silverman", "Novelist Ann Lee"), beyond the titles and the common nouns for a person:
    /// only source resolution reads them.
    is_occupation,
    [
        "comedian", "comedienne", "comic", "actor", "actress", "singer", "rapper", "musician",
        "songwriter", "singer-songwriter", "guitarist", "drummer", "composer", "novelist",
        "writer", "poet", "playwright", "screenwriter", "filmmaker", "producer", "artist",
        "painter", "sculptor", "photographer", "designer", "architect", "businessman",
        "businesswoman", "entrepreneur", "investor", "financier", "billionaire",
        "philanthropist", "astronaut", "physicist", "chemist", "biologist", "sociologist",
        "psychologist", "psychiatrist", "physician", "surgeon", "neurosurgeon", "epidemiologist",
        "virologist", "astronomer", "mathematician", "philosopher", "theologian", "pastor",
        "preacher", "evangelist", "televangelist", "blogger", "podcaster", "broadcaster",
        "commentator", "pundit", "chef", "athlete", "quarterback", "boxer", "golfer", "rancher",
        "farmer", "model", "dancer", "magician", "conservationist", "environmentalist",
        "economist", "pollster", "historian", "attorney", "lawyer", "activist", "scholar",
        "academic", "sociologist", "demographer", "statistician", "entertainer", "celebrity",
        "tycoon", "mogul", "magnate", "banker", "industrialist", "inventor", "fact-checker",
        "lobbyist", "strategist", "consultant", "accountant", "forecaster", "meteorologist",
        "climatologist", "seismologist", "geologist", "volcanologist", "ecologist", "geneticist",
        "researcher", "scientist", "criminologist", "toxicologist", "immunologist",
        "cardiologist", "oncologist", "neurologist", "pathologist", "radiologist",
        "hydrologist", "archaeologist", "anthropologist", "zoologist", "pharmacologist",
    ]
);

word_set!(
    /// Players' positions, which sports copy uses for a player it named before ("the striker
    /// said", "the goalkeeper added"): a description, as an occupation is.
    is_sports_position,
    [
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "centre-back",
        "center-back", "full-back", "fullback", "playmaker", "forward", "pitcher", "batsman",
        "batter", "bowler", "shortstop", "linebacker", "point guard", "fly-half", "scrum-half",
    ]
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
    /// Common nouns of an industry or trade that end a firm's name written without a word for
    /// a body ("Thames Water", "British Gas", "Qantas Airways", "Tata Motors"), none of them a
    /// usual surname (so not "Baker", "Steel", "Power", "Gold"): only source resolution reads
    /// them, and only as the last of two or more capitalised words.
    is_trade_word,
    [
        "water", "gas", "energy", "electric", "electricity", "oil", "petroleum", "fuels",
        "mining", "minerals", "metals", "resources", "renewables", "utilities", "airways",
        "airlines", "aviation", "aerospace", "airports", "rail", "railways", "railroad",
        "motors", "automotive", "trucks", "shipping", "logistics", "freight", "cruises",
        "pharmaceuticals", "pharma", "therapeutics", "biotech", "foods", "beverages", "drinks",
        "dairy", "brewing", "breweries", "tobacco", "cosmetics", "apparel", "textiles",
        "telecom", "telecoms", "telecommunications", "communications", "broadband", "wireless",
        "networks", "holdings", "capital", "partners", "investments", "securities",
        "ventures", "equity", "insurance", "assurance", "finance", "systems",
        "software", "technologies", "electronics", "semiconductor", "industries",
        "enterprises", "brands", "entertainment", "studios", "pictures", "hotels", "resorts",
        "supermarkets", "stores", "retail", "pharmacy", "chemicals", "cement", "construction",
        "engineering", "properties", "homes", "estates", "developments", "labs", "laboratories",
        "robotics", "semiconductors", "solutions", "devices", "digital", "games",
        // a mutual insurer or society ("Harbor Mutual"), a power grid's operator ("National
        // Grid"), a bank's holding company ("Hanmi Bancorp")
        "mutual", "grid", "bancorp", "healthcare",
    ]
);

/// A common noun for a person or an occupation ("farmer", "businessman", "economist"), singular.
pub fn is_person_word(w: &str) -> bool {
    is_person_noun(w) || is_occupation(w)
}

/// A means of saying after "in" or "on": a document ("in a statement", "in an email") or an
/// occasion of speech ("in an interview", "in a speech", "on a podcast").
pub fn is_means_of_saying(w: &str) -> bool {
    is_document_head(w)
        || matches!(
            w,
            "interview"
                | "reply"
                | "response"
                | "speech"
                | "podcast"
                | "broadcast"
                | "briefing"
                | "remarks"
                | "comments"
        )
}

#[cfg(test)]
mod tests {
    use super::super::is_org_word;
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
