//! Given names that show a person's gender, for "he" and "she" to take up the right person.

use std::sync::OnceLock;

word_set!(
    /// Common given names, lower-cased, that are almost always borne by women (English-language
    /// usage and names frequent in international news).
    is_female_given_name,
    [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
        "jo",
        "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie",
        "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna",
        "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine",
        "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth",
        "julie", "olivia", "joyce", "virginia", "victoria", "lauren", "christina", "joan",
        "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "martha", "gloria", "teresa",
        "ann", "anne", "sara", "madison", "frances", "kathryn", "janice", "abigail", "alice",
        "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly",
        "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla",
        "alexis", "lori", "hillary", "patti", "sheryl", "nikki", "madeleine", "ursula", "nicola",
        "kamala", "sonia", "carly", "michele", "sally", "susana", "jill", "tulsi", "debbie",
        "dianne", "kirsten", "tammy", "claire", "amina", "fatima", "aisha", "priya", "indira",
        "benazir", "golda", "jacinda", "julia", "yulia", "svetlana", "olga", "ingrid", "melania",
        "ivanka", "chelsea", "michaela", "kellyanne", "huma", "nina", "ségolène", "christiane",
        "jacqueline", "condoleezza", "jane", "joanna", "ellen", "irene", "lucy", "eleanor",
        "kate", "katie", "jenny", "wendy", "paula", "sophie", "chloe", "zoe", "lily", "molly",
        "tina", "rita", "elena", "sofia", "agnes", "harriet", "louise", "caroline",
        // names frequent in African, South Asian, East Asian, Latin American and European news
        "ngozi", "chiamaka", "adaeze", "folake", "funmilayo", "yetunde", "nneka", "chioma",
        "ifeoma", "amaka", "bisi", "wanjiru", "wanjiku", "akosua", "efua", "thandiwe", "nomvula",
        "lindiwe", "zanele", "ananya", "deepika", "kavita", "sunita", "anjali", "pooja", "neha",
        "shreya", "lakshmi", "meera", "aishwarya", "nirmala", "smriti", "mamata", "mayawati",
        "sushma", "shabana", "nadia", "leila", "layla", "yasmin", "zainab", "maryam", "khadija",
        "haruka", "sakura", "yoko", "keiko", "carmen", "lucia", "valentina",
        "camila", "ximena", "paola", "daniela", "gabriela", "mariana", "fernanda", "beatriz",
        "dilma", "cristina", "claudia", "rosa", "ana", "isabel", "pilar", "consuelo", "dolores",
        "francesca", "giulia", "chiara", "giorgia", "federica", "ilaria", "annalena", "angelika",
        "brigitte", "sandrine", "aurélie", "nathalie", "isabelle", "sylvie", "monique",
        "agnieszka", "katarzyna", "magdalena", "tatiana", "natalia", "irina", "ekaterina",
        "anastasia", "oksana",
    ]
);

word_set!(
    /// Common given names, lower-cased, that are almost always borne by men.
    is_male_given_name,
    [
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas",
        "charles", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew",
        "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
        "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
        "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank",
        "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam",
        "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah",
        "jeremy", "keith", "roger", "gerald", "harold", "sean", "austin", "carl", "arthur",
        "lawrence", "dylan", "jesse", "bryan", "billy", "joe", "bruce", "gabriel", "logan",
        "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph",
        "eugene", "russell", "bobby", "mason", "philip", "louis", "bernie", "bernard", "barack",
        "bill", "mike", "mitch", "ted", "marco", "jeb", "ben", "chris", "tim", "rand", "newt",
        "rudy", "vladimir", "xi", "emmanuel", "francois", "boris", "tony", "gordon", "recep",
        "bashar", "narendra", "jair", "andrés", "shinzo", "mohammed", "muhammad", "ahmed", "ali",
        "hassan", "omar", "abdul", "sergei", "dmitry", "igor", "ivan", "hans", "karl", "friedrich",
        "pierre", "jacques", "nicolas", "manuel", "carlos", "luis", "miguel", "pedro", "antonio",
        "giuseppe", "matteo", "silvio", "reince", "rex", "jared", "steve", "dick", "al", "jimmy",
        "lyndon", "franklin", "harry", "dwight", "rick", "bob", "jim", "françois", "christopher",
        "jean-claude", "jeff", "josh", "don", "dan", "joel", "tom", "nick", "matt", "greg",
        "doug", "ed", "chuck", "pete", "jake", "luke", "brad", "todd", "kurt", "glenn", "craig",
        "fred", "johnny", "ron", "rahm", "caleb", "isaac", "derek", "travis", "shane", "mitt",
        "owen", "liam",
        // names frequent in African, South Asian, East Asian, Latin American and European news
        "chinedu", "emeka", "chukwuemeka", "olusegun", "oluwaseun", "babajide", "adebayo", "tunde",
        "kayode", "obinna", "ikenna", "nnamdi", "kwame", "kofi", "kwabena", "uhuru",
        "cyril", "thabo", "sipho", "jomo", "raila", "muhammadu", "goodluck", "atiku", "rahul",
        "amit", "arvind", "sanjay", "rajesh", "suresh", "ramesh", "anil", "sunil", "vijay", "ajay",
        "rajiv", "manmohan", "nitish", "akhilesh", "arun", "ashok", "imran", "nawaz", "shehbaz",
        "bilawal", "asif", "tariq", "faisal", "mahmoud", "khalid", "abdullah", "mustafa",
        "hiroshi", "takeshi", "kenji", "fumio", "yoshihide", "jorge", "alejandro", "javier",
        "diego", "fernando", "ricardo", "eduardo", "gustavo", "nicolás", "olaf", "wolfgang",
        "sergio", "volodymyr", "alexei", "mikhail", "andrzej", "viktor", "mateusz", "piotr",
        "tomasz",
    ]
);
