//! Places that name themselves: US states after a city, and countries speaking through their
//! governments.

use std::sync::OnceLock;

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
        "yemen", "zambia", "zimbabwe", "brunei", "botswana", "namibia", "malawi",
        "madagascar", "fiji", "papua new guinea", "bhutan", "maldives", "mauritius",
        "luxembourg", "malta", "north macedonia", "jamaica", "barbados", "bahamas",
        "el salvador", "costa rica", "ivory coast", "gabon", "liberia", "sierra leone",
        "burkina faso", "burundi", "mauritania", "east timor", "timor-leste", "belize",
        "guyana", "samoa", "tonga", "vanuatu", "solomon islands", "lesotho", "eswatini",
    ]
);

word_set!(
    /// Seats of government that news style lets speak for it, lower-cased without "the":
    /// "Downing Street said", "the Elysee said", "City Hall said", "Scotland Yard said"; and
    /// national capitals that speak for their governments ("Beijing said", "Moscow warned"),
    /// leaving out those that are common surnames or given names (Washington, London, Paris).
    is_seat_of_government,
    [
        "white house", "downing street", "number 10", "no. 10", "no 10", "number ten",
        "elysee", "élysée", "elysee palace", "élysée palace", "kremlin", "whitehall",
        "capitol hill", "city hall", "blue house", "zhongnanhai", "quai d'orsay",
        "foggy bottom", "pentagon", "state house", "statehouse", "town hall", "scotland yard",
        "holyrood", "stormont", "south block", "north block", "beijing", "moscow", "tehran",
        "pyongyang", "kyiv", "kiev", "tokyo", "seoul", "new delhi", "islamabad", "kabul",
        "ankara", "riyadh", "damascus", "baghdad", "cairo", "berlin", "brussels", "canberra",
        "ottawa", "taipei", "hanoi", "manila", "jakarta", "havana", "caracas", "beirut",
        "khartoum", "addis ababa", "nairobi", "pretoria", "abuja", "bangkok", "dhaka",
        "kathmandu", "colombo", "naypyitaw", "minsk", "tbilisi", "yerevan", "baku", "warsaw",
        "budapest", "rome", "madrid", "athens", "vienna", "stockholm", "oslo", "copenhagen",
        "helsinki", "dublin", "lisbon", "prague", "bucharest", "belgrade", "doha",
        "abu dhabi", "muscat", "amman", "kuala lumpur", "ramallah", "tashkent", "astana",
    ]
);

word_set!(
    /// Nouns for a person by nationality, lower-cased, which sports and profile copy use for a
    /// person it named before ("said the Dutchman", "the Brazilian scored"): never a name.
    is_demonym_noun,
    [
        "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman",
        "irishman", "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "scot",
        "spaniard", "swede", "dane", "finn", "pole", "turk", "icelander", "brazilian",
        "argentine", "argentinian", "colombian", "uruguayan", "chilean", "peruvian",
        "ecuadorian", "venezuelan", "paraguayan", "mexican", "american", "canadian",
        "australian", "italian", "german", "portuguese", "belgian", "austrian", "croatian",
        "croat", "serb", "serbian", "slovenian", "slovakian", "czech", "hungarian", "romanian",
        "bulgarian", "greek", "russian", "ukrainian", "norwegian", "swiss", "nigerian",
        "ghanaian", "senegalese", "ivorian", "cameroonian", "egyptian", "moroccan",
        "algerian", "tunisian", "japanese", "korean", "chinese", "pakistani", "iranian",
        "israeli", "jamaican", "kenyan", "ethiopian", "south african", "new zealander",
    ]
);
