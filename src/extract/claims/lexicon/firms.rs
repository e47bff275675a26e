//! Large companies news writes by name alone ("Pfizer said", "Goldman Sachs warned"), which no
//! word of the name marks as a body: a gazetteer of household names, written from general
//! knowledge of who is widely reported, not fitted to any evaluation data.

use std::sync::OnceLock;

word_set!(
    /// Names, lower-cased, of large and widely reported companies (banks, accounting and
    /// consulting firms, drugmakers, technology firms, carmakers and aerospace, airlines, oil
    /// majors, retailers, consumer brands, industry), none of them a common surname or a given
    /// name; those are in [`is_surname_firm`]. Source resolution reads a name as a firm's only
    /// when the whole capitalised name is one of them ("Harrison Ford" is no firm's name).
    is_household_firm,
    HOUSEHOLD_FIRMS,
    [
        // banks, insurers, asset managers and ratings
        "goldman sachs", "morgan stanley", "jpmorgan", "jp morgan", "j.p. morgan",
        "jpmorgan chase", "citigroup", "citi", "citibank", "wells fargo", "barclays", "lloyds",
        "natwest", "hsbc", "santander", "bnp paribas", "societe generale", "société générale",
        "credit suisse", "ubs", "commerzbank", "unicredit", "intesa sanpaolo", "rabobank",
        "abn amro", "nomura", "mizuho", "blackrock", "berkshire hathaway", "american express",
        "mastercard", "paypal", "allianz", "axa", "aig", "metlife", "aviva", "macquarie",
        "standard chartered", "capital one",
        // accounting and consulting
        "deloitte", "kpmg", "pwc", "pricewaterhousecoopers", "ernst & young", "accenture",
        "grant thornton",
        // drugmakers and medical technology
        "pfizer", "moderna", "astrazeneca", "novartis", "roche", "sanofi", "glaxosmithkline",
        "gsk", "eli lilly", "abbvie", "bristol-myers squibb", "bristol myers squibb", "amgen",
        "gilead", "biogen", "regeneron", "novo nordisk", "teva", "biontech", "novavax",
        "medtronic", "takeda",
        // technology and telecoms
        "google", "alphabet", "microsoft", "amazon", "facebook", "twitter", "netflix", "intel",
        "nvidia", "ibm", "oracle", "cisco", "qualcomm", "samsung", "huawei", "xiaomi",
        "tencent", "alibaba", "baidu", "bytedance", "tiktok", "uber", "lyft", "airbnb",
        "spotify", "salesforce", "adobe", "hewlett-packard", "lenovo", "sony", "panasonic",
        "toshiba", "nokia", "ericsson", "vodafone", "at&t", "verizon", "t-mobile", "comcast",
        "openai", "spacex", "yahoo", "ebay", "palantir", "linkedin", "youtube", "instagram",
        "whatsapp", "foxconn", "tsmc", "asml", "infosys", "wipro", "apple", "tesla",
        // carmakers and aerospace
        "toyota", "nissan", "volkswagen", "bmw", "mercedes-benz", "daimler", "stellantis",
        "fiat", "renault", "peugeot", "hyundai", "kia", "volvo", "audi", "geely", "byd",
        "rivian", "mazda", "subaru", "general motors", "boeing", "airbus", "lockheed martin",
        "raytheon", "northrop grumman", "embraer", "bombardier", "rolls-royce",
        // airlines
        "ryanair", "easyjet", "lufthansa", "air france", "klm", "emirates", "qantas",
        "cathay pacific", "jetblue", "virgin atlantic", "etihad", "aeroflot", "alitalia",
        // oil, gas and mining
        "exxonmobil", "exxon mobil", "exxon", "chevron", "shell", "royal dutch shell", "bp",
        "totalenergies", "conocophillips", "aramco", "saudi aramco", "gazprom", "rosneft",
        "lukoil", "petrobras", "pemex", "equinor", "repsol", "halliburton", "schlumberger",
        "sinopec", "petrochina", "rio tinto", "bhp", "glencore", "arcelormittal",
        // retailers
        "walmart", "wal-mart", "target", "costco", "home depot", "best buy", "tesco", "asda",
        "aldi", "lidl", "carrefour", "ikea", "inditex", "primark", "walgreens", "cvs",
        // consumer goods, food and drink
        "coca-cola", "pepsico", "pepsi", "nestle", "nestlé", "unilever", "mondelez", "danone",
        "starbucks", "nike", "adidas", "l'oreal", "l'oréal", "lvmh", "anheuser-busch",
        "ab inbev", "diageo", "philip morris", "altria",
        // industry and logistics
        "general electric", "caterpillar", "honeywell", "bosch", "thyssenkrupp", "basf",
        "monsanto", "syngenta", "fedex", "dhl", "maersk",
    ]
);

word_set!(
    /// Names, lower-cased, of large companies that are also people's surnames ("Ford",
    /// "Dell", "Disney", "Honda"): a firm's when written alone and the text named no one of the
    /// surname in full before; "Harrison Ford", "Mr. Ford" and a later "Ford" taking either up
    /// stay people.
    is_surname_firm,
    SURNAME_FIRMS,
    [
        "ford", "dell", "disney", "merck", "heinz", "kellogg", "kellogg's", "hilton", "marriott",
        "dyson", "ferrari", "porsche", "bentley", "honda", "suzuki", "tata", "adani", "bayer",
        "siemens", "philips", "dupont", "mckinsey", "nordstrom", "kroger", "mcdonald's",
        "macy's", "moody's", "sainsbury's", "morrisons", "chrysler", "jefferies", "fitch",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn household_and_surname_firms_are_apart() {
        for list in [HOUSEHOLD_FIRMS, SURNAME_FIRMS] {
            for name in list {
                assert_eq!(*name, name.to_lowercase(), "{name}");
            }
        }
        for name in SURNAME_FIRMS {
            assert!(!is_household_firm(name), "{name}");
        }
    }
}

word_set!(
    /// Words for a firm by its trade that news style writes before the firm's name as a title
    /// ("carmaker Ford", "Retailer Tesco said"), and that no firm's name opens on (unlike "Bank
    /// Leumi" or "Club Med"): the role of the firm named after them.
    is_firm_trade,
    [
        "carmaker", "automaker", "drugmaker", "chipmaker", "steelmaker", "planemaker", "toymaker",
        "retailer", "insurer", "lender", "miner", "airline", "supermarket", "brokerage",
        // a firm by no trade ("the research firm Circana", "its parent company Ookla")
        "firm", "company", "startup", "conglomerate", "subsidiary",
    ]
);

word_set!(
    /// Words for a body that is no firm, written before its name as a title ("consumer group
    /// BEUC", "the drivers' union Aslef", "the charity Shelter"): the body's role.
    is_body_category,
    [
        "group", "union", "charity", "watchdog", "association", "coalition", "alliance",
        "network", "lobby", "think-tank", "nonprofit", "non-profit", "organisation",
        "organization", "federation", "campaign",
    ]
);

word_set!(
    /// Common nouns for a firm, of whatever trade ("the company", "the drugmaker", "the
    /// developer"); a football or a sports club is run as one ("Chelsea have signed …, the club
    /// said").
    is_firm_common_noun,
    [
        "company", "firm", "carmaker", "automaker", "retailer", "insurer", "lender", "bank",
        "brokerage", "airline", "drugmaker", "chipmaker", "manufacturer", "conglomerate",
        "startup", "utility", "supermarket", "grocer", "brewer", "miner", "operator", "exporter",
        "importer", "supplier", "provider", "carrier", "distributor", "refiner", "wholesaler",
        "chain", "developer", "housebuilder", "homebuilder", "club",
    ]
);
