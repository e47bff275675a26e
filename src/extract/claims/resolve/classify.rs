//! The kind, canonical name and role of one mention, from its words alone: people, bodies,
//! outlets, documents, unnamed groups and anonymous sources; and mentions that are no source.

use super::members_bodies::members_body_name;
use super::*;

mod common_nouns;
mod inside_bodies;
mod named_kinds;
mod seats;

/// Kind, canonical name and role of a fresh mention.
pub fn classify(mention: &str) -> (SourceKind, String, Option<String>) {
    memo::classified(&memo::cleaned(mention))
}

/// [`classify`] for a mention [`clean_mention`] has already cleaned.
pub(super) fn classify_cleaned(mention: &str) -> (SourceKind, String, Option<String>) {
    speaking::unnamed_without_speaking(classify_words(mention))
}

/// [`classify_cleaned`] before an unnamed source's name loses its "speaking …".
fn classify_words(mention: &str) -> (SourceKind, String, Option<String>) {
    let ws = words(mention);
    let lower = lowered_words(&ws);
    let joined = lower.join(" ");
    let head = head_of(mention);
    // "Others said"; "their union said", a body no name of its own shares across articles
    let pronoun_led = capitalised_pronoun(mention).map(|(kind, name)| (kind, name, None));
    if let Some(settled) = pronoun_led.or_else(|| possessed::pronoun_owned_unnamed_body(&ws)) {
        return settled;
    }
    if let Some(body) = acronyms::known_initials(mention).or(acronyms::official_by_initials(&ws)) {
        return body;
    }
    // the core: words before a post-modifier
    let core_len = mention_core_len(&ws, &lower);
    let core = &ws[..core_len];
    let core_lower = &lower[..core_len];
    if let Some(settled) = kinds_by_head::by_head(&ws, &lower, core_len) {
        return settled;
    }
    // "the Congress party": a political party is an organization, whatever office its name
    // holds
    let party = core_lower
        .last()
        .is_some_and(|w| w.trim_end_matches("'s") == "party");

    let core_words: Vec<&str> = core_lower.iter().map(String::as_str).collect();
    if lexicon::is_outlet_name(&joined)
        || lexicon::is_outlet_name(&strip_the(&joined))
        || lexicon::ends_as_outlet(&core_words)
    {
        return (SourceKind::Media, strip_the(&ws.join(" ")), None);
    }
    // "China said", "the United States warned": a country speaks through its government
    let bare = strip_the(&joined);
    if core_len == lower.len()
        && ws.first().is_some_and(|w| is_cap(w) || *w == "the")
        && lexicon::is_country_name(&bare)
    {
        return (SourceKind::Official, strip_the(&ws.join(" ")), None);
    }
    // "Downing Street said", "City Hall said": a seat of government speaks for it
    if core_len == lower.len() && lexicon::is_seat_of_government(&bare) {
        return (SourceKind::Official, strip_the(&ws.join(" ")), None);
    }
    // "Britain and France", "the ministry and the army": bodies named together speak as one
    if let Some(kind) = coordinated_kind(&ws) {
        return (kind, strip_the(&ws.join(" ")), None);
    }
    if is_name_with_and(&ws) {
        return (SourceKind::Organization, ws.join(" "), None);
    }
    if let Some(body) = name_with_linking_word(&ws, &lower) {
        return body;
    }
    // "the campaign of the former senator from Pennsylvania": the holder's body, not the place
    if let Some(body) = body_of_holder(&ws, &lower) {
        return body;
    }
    // "Analysts at Goldman Sachs": a named body's research, on its record
    if let Some(team) = research_team_at(core, core_lower) {
        return team;
    }
    // "Staff at the hospital", "Nurses at the hospital": people of a body no name was given
    if let Some(kind) = inside_bodies::people_inside_unnamed_body(&ws, &lower) {
        return (kind, lower_first(&ws.join(" ")), None);
    }
    // "Jo in Kendal writes", "Sarah from Leeds": a reader's given name and home town
    if let Some(person) = name_parts::given_name_placed(&ws, &lower) {
        return person;
    }
    // "a truck driver from Ava, Mo.", "chairman of the board of Acme": a role, not a name
    if let Some(kind) = role_with_place(&lower, &ws) {
        return (kind, lower_first(mention), None);
    }
    if let Some(k) = advocacy_name(&ws) {
        return (SourceKind::Organization, ws[k..].join(" "), None);
    }
    if is_named_poll(core, core_lower) {
        return (SourceKind::Document, lower_first(&ws.join(" ")), None);
    }
    // "only 7 percent", "six in 10", "those surveyed": a share of a poll's respondents
    if shares::is_share_of_people(&lower) {
        return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
    }
    if document_mention(&ws, &lower, core_lower) {
        return (SourceKind::Document, lower_first(&ws.join(" ")), None);
    }
    // "Officials in Beijing", "Democrats in Iowa": unnamed people placed by a name after a
    // preposition; the place is no speaker
    if let Some(kind) = placed_people(core, core_lower) {
        return (kind, lower_first(&ws.join(" ")), None);
    }
    // "the U.S. Embassy in Kyiv", "our correspondent in Kyiv": a seat, not a name
    if let Some(placed) = seats::placed_by_seat(&ws, &lower) {
        return placed;
    }
    // a capitalised run at the end of the core is a name
    let mut run_start = core.len();
    // "Bureau of Labor Statistics", "Commission on Presidential Debates", "Center for
    // American Progress": a preposition after a body's word stays inside its name, and so
    // does a surname's particle ("Bill de Blasio")
    while run_start > 0
        && (is_cap(core[run_start - 1])
            || core[run_start - 1] == "of"
            || (core[run_start - 1] == "&" && run_start >= 2 && is_cap(core[run_start - 2]))
            || and_inside_body_name(core, core_lower, run_start)
            || (is_name_particle(core[run_start - 1]) && {
                // "Maria de la Cruz", "Ludwig van der Berg": particles may come two at a time
                let before = core[..run_start - 1]
                    .iter()
                    .rposition(|w| !is_name_particle(w));
                before.is_some_and(|b| b + 3 >= run_start && is_cap(core[b]))
            })
            || (matches!(core[run_start - 1], "on" | "for")
                && run_start >= 2
                && is_body_word(singular(&core_lower[run_start - 2])))
            || titles::inside_office(core, core_lower, run_start)
            || titles::inside_named_body(core, core_lower, run_start))
    {
        run_start -= 1;
    }
    while run_start < core.len() && !is_cap(core[run_start]) {
        run_start += 1;
    }
    let run: Vec<&str> = core[run_start..].to_vec();
    let run_lower: Vec<&String> = core_lower[run_start..].iter().collect();
    // "Pratt & Whitney", "Procter & Gamble": an ampersand joins the names of a firm
    if run.len() >= 3 && run.contains(&"&") {
        return (SourceKind::Organization, run.join(" "), None);
    }
    let any_word = |f: fn(&str) -> bool| core_lower.iter().any(|w| f(w.trim_end_matches("'s")));

    // "Intelligence sources", "French authorities", "many security experts": no name at the end
    if run.is_empty() || (run.len() < core.len() && run_start == 0) {
        let spokes = matches!(
            head.as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative"
        );
        if !spokes && !speaks_for_an_office(&head, core_lower) {
            if lexicon::is_view_group_head(&head) {
                return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
            }
            if lexicon::is_anonymous_head(&head) {
                return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
            }
        }
    }
    // "state broadcaster CCTV", "the newspaper Le Monde": an outlet after a noun for one
    if let Some(outlet) = named_kinds::described_outlet(core, core_lower, &run, run_start) {
        return outlet;
    }
    if let Some(firm) = named_kinds::trade_before_firm(core, core_lower, &run, run_start) {
        return firm;
    }
    // "the Dutchman", "the striker" that took up no one named before: an unnamed person
    if core_len == lower.len() && is_definite_epithet(core) {
        return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
    }
    // "Mr. King", "Dr. Ruth Patel": an honorific opens a person's name
    if let Some(person) = titles::honorific_name(core, &run_lower, run_start) {
        return person;
    }
    // "the Ohio Republican", "a Democrat": a party label as a noun is a politician, whom "the"
    // makes identifiable and "a" leaves unnamed
    let party_noun = core_lower.last().is_some_and(|w| is_party_noun(w));
    if party_noun && core.len() >= 2 && lexicon::is_determiner(&core_lower[0]) {
        let kind = if core_lower[0] == "the" {
            SourceKind::Person
        } else {
            SourceKind::Anonymous
        };
        return (kind, lower_first(&core.join(" ")), None);
    }
    // "Polls show": a common noun capitalised to open a sentence is no name
    if core.len() == 1 && lexicon::is_document_head(&core_lower[0]) {
        return (SourceKind::Document, core_lower[0].clone(), None);
    }
    if !run.is_empty() {
        let last = run_lower.last().map(|s| s.as_str()).unwrap_or("");
        let last = last.trim_end_matches("'s");
        let outlet = lexicon::ends_outlet_name(last, run.len())
            || lexicon::is_outlet_name(last)
            || (run.len() >= 2 && lexicon::is_outlet_ending(last));
        let surname_like_outlet = outlet && outlet_word_is_surname(&run_lower);
        if outlet && !surname_like_outlet {
            return (SourceKind::Media, strip_the(&core.join(" ")), None);
        }
        if lexicon::is_pollster(last) && run.len() == 1 {
            return (SourceKind::Organization, run.join(" "), None);
        }
        // "Pfizer said", "Goldman Sachs warned": a household firm's name
        if let Some(firm) = named_kinds::household_firm(core, core_lower, &run, run_start) {
            return firm;
        }
        // "Police said" opening a sentence is the police, an official body, as "police said" is
        // "Reporters", "Russians", "a group of liberal Rabbis": people named by what they are
        let lone_run = run.len() == 1
            && (core.len() <= 2 || run_start + 1 == core.len() && quantifies(core_lower));
        if lone_run && names_people(last) && !speaks_for_an_office(last, core_lower) {
            // "Republicans", "Democrats"; "Caucus-goers", "Moviegoers" opening a sentence
            return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
        }
        let has_official = !party
            && (run_lower.iter()).any(|w| {
                lexicon::is_official_word(w.trim_end_matches("'s")) || is_staff_body(&run_lower)
            });
        // "Thames Water", "British Gas": a firm named by its trade, with no word for a body
        // "Amnesty International", "Human Rights Watch", "Doctors Without Borders": the
        // endings of campaigning bodies' names, never a surname
        let trade = run.len() >= 2
            && (lexicon::is_trade_word(last)
                || lexicon::is_company_form(last)
                || lexicon::is_campaign_body_ending(last));
        let has_org = trade || run.iter().any(|w| is_org_word_written(w));
        // "Jonah Whitfield of Carrow Capital": a person's name, then the firm as the role
        // ("Pianporn Deetes of International Rivers": a campaigning body's word opening its
        // name, not only closing it)
        let campaign_after_of = run_lower
            .iter()
            .skip_while(|w| **w != "of")
            .any(|w| lexicon::is_campaign_body_ending(w));
        let body_after = has_org || campaign_after_of;
        if let Some(person) = name_parts::person_of_body(&run, &run_lower, body_after) {
            return person;
        }
        // "NHS England", "BBC Scotland": a body's initials open the name of its branch
        if initials_and_branch(&run, &run_lower) {
            return (
                initials_kind(run_lower[0], has_official),
                run.join(" "),
                None,
            );
        }
        if let Some(kind) = nation_name_kind(&run_lower, has_official) {
            return (kind, run.join(" "), None);
        }
        // "Charlie King", "Bob Host": a capitalised given name before a title-like surname
        // ("One MP", "A Conservative MP": a title in capitals after "a" or "one" is no surname)
        let unnamed_member = matches!(core_lower[0].as_str(), "a" | "an" | "one" | "another")
            && run
                .last()
                .is_some_and(|w| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase()));
        let given_name_before = run.len() >= 2 && !unnamed_member && {
            let prev = run_lower[run.len() - 2].as_str();
            !lexicon::is_title(prev)
                && !lexicon::is_official_word(prev)
                && !lexicon::is_org_word(prev)
                && !lexicon::is_media_word(prev)
                && lexicon::is_title(last)
        };
        let last_is_name = given_name_before
            || surname_like_outlet
            || (!trade
                && !lexicon::is_official_word(last)
                && !run.last().is_some_and(|w| is_org_word_written(w))
                && !lexicon::is_media_word(last)
                && !lexicon::is_title(last)
                && !lexicon::is_anonymous_head(last)
                && !lexicon::is_group_head(last));
        // "Minister for Housing Ann Lee", "the Minister for Housing": a title built with "of"
        // or "for", with the name after the office or none
        if let Some(person) = titles::office_holder(core, core_lower, run_start) {
            return person;
        }
        if last_is_name {
            // a person: titles and descriptors before the name are the role
            // ("Comedian Sarah Silverman" opening a sentence: an occupation is a role, as a
            // title is; not a surname after a given name: "Peter T. King of New York")
            let title_at = titles::title_in_run(&run_lower);
            let name_from = match title_at {
                Some(t) if t + 1 < run.len() => run_start + t + 1,
                _ => run_start,
            };
            // "MSNBC’s Alex Seitz-Wald": the owner of the name is the role
            let owned = after_possessor(core, name_from.max(run_start));
            // "Parkinson's UK": a charity's name with a possessive inside; "The Irish Airline
            // Pilots' Guild": a members' body's
            let body = owned.and_then(|k| {
                possessive_body_name(&core[k..], &run, title_at)
                    .or_else(|| members_body_name(core[k - 1], &core[k..], &run))
            });
            if let Some(b) = body {
                return (SourceKind::Organization, b, None);
            }
            let name_from = owned.unwrap_or(name_from);
            let role = match owned {
                Some(_) => possessor_role(&core[..name_from]),
                None => titles::without_courtesy(strip_the(&core[..name_from].join(" "))),
            };
            let role =
                (!role.is_empty() && !lexicon::is_determiner(&role.to_lowercase())).then_some(role);
            let (name, role) = with_place_in_role(&core[name_from..], role);
            // "the Department of Justice", "the Daily Caller": a name after "the" or with "of"
            // inside it, no title before it, names a body ("the Health Secretary" is a post)
            let body_name = (name_from.max(run_start + 1)..core_len).any(|k| {
                matches!(core_lower[k].as_str(), "of" | "on" | "for")
                    && is_body_word(&core_lower[k - 1])
                // (a capitalised "The" opening the sentence is in the run: "The United Nations")
            }) || (name_from == run_start
                && run_start <= 1
                && core_lower[0] == "the"
                && run.len() >= 2 + (1 - run_start)
                // "The Post's Dana Milbank" is a person of the paper's
                && !run_lower.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"))
                && !lexicon::is_group_head(&format!("{last}s"))
                && !lexicon::is_title(last));
            if body_name {
                let kind = if has_official {
                    SourceKind::Official
                } else {
                    SourceKind::Organization
                };
                return (kind, strip_the(&run.join(" ")), None);
            }
            // "The RSF", "PTI reported": a name in capitals alone is a body's initials; a
            // transcript's speaker in capitals ("RAMOS:") is a surname, longer and with vowels
            let bare = strip_the(&name);
            let vowels = bare.bytes().filter(|c| b"AEIOU".contains(c)).count();
            let initials = (2..=6).contains(&bare.len())
                && (bare.len() <= 4 || vowels == 0)
                && bare.bytes().all(|c| c.is_ascii_uppercase())
                && role.is_none();
            if initials {
                return (SourceKind::Organization, bare, None);
            }
            // "Major League Baseball", "Team Sky": a short name with a body's word inside
            if let Some(body) = named_kinds::short_body_name(core_lower, &run, run_start) {
                return body;
            }
            if !(has_official || has_org) || name_from > run_start || run.len() <= 3 {
                return (SourceKind::Person, name, role);
            }
        }
        if has_official {
            return (SourceKind::Official, strip_the(&core.join(" ")), None);
        }
        if has_org {
            return (SourceKind::Organization, strip_the(&core.join(" ")), None);
        }
    }
    if lexicon::is_document_head(&head) {
        // "a new poll that shows …": the name is the noun phrase, not its relative clause
        let relative =
            core_len < lower.len() && matches!(lower[core_len].as_str(), "that" | "which" | "who");
        let name = if relative { core } else { &ws[..] };
        return (SourceKind::Document, lower_first(&name.join(" ")), None);
    }
    // a capitalised word names a body, but not "The" opening a sentence ("The agency said")
    // nor the seat of a body described ("the Seattle-based company")
    let named = core.iter().enumerate().any(|(k, w)| {
        is_cap(w) && !(k == 0 && lexicon::is_determiner(&core_lower[0])) && !w.ends_with("-based")
    });
    // "Trump's campaign manager", "the Senate leader": a person holding a post in a body,
    // not the body
    // ("Immigration lawyers": people of a calling, plural, are no body either)
    let plural_people = head.strip_suffix('s').is_some_and(lexicon::is_person_word);
    let holder = (lexicon::is_title(&head) || lexicon::is_person_word(&head) || plural_people)
        && core_lower.last().is_some_and(|w| *w == head)
        && !matches!(
            head.as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative"
        );
    let office = speaks_for_an_office(&head, core_lower);
    if any_word(lexicon::is_official_word) && (named || office) && (!holder || office) && !party {
        return (SourceKind::Official, strip_the(&core.join(" ")), None);
    }
    if core.iter().any(|w| is_org_word_written(w)) && named && !holder {
        return (SourceKind::Organization, strip_the(&core.join(" ")), None);
    }
    let quantified = core_lower
        .first()
        .is_some_and(|w| lexicon::is_vague_quantifier(w));
    if lexicon::is_view_group_head(&head) {
        return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
    }
    if lexicon::is_anonymous_head(&head) || lexicon::is_group_head(&head) {
        if quantified && !matches!(head.as_str(), "sources" | "officials" | "people") {
            return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
        }
        return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
    }
    let definite = core_lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "this" | "that" | "his" | "her" | "their" | "its"
        )
    });
    if let Some(group) =
        common_nouns::category_of_people((&ws, core), &head, mention, quantified, definite)
    {
        return group;
    }
    // "the retired neurosurgeon": one identifiable person, as "the Indiana governor" is
    if core_len == lower.len() && is_definite_person_description(core) {
        return (SourceKind::Person, lower_first(&ws.join(" ")), None);
    }
    // "a neighbor", "the woman", "a 2008 campaign veteran": a person the text leaves unnamed
    if lexicon::is_person_noun(singular(&head)) || unnamed_by_occupation(core_lower, &head) {
        return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
    }
    if let Some(holder) = common_nouns::post_holder(&ws, core_lower, &head, mention) {
        return holder;
    }
    // "the company", "the agency": a common noun keeps its determiner, which is all that
    // tells it from the word
    if lexicon::is_official_word(&head) || is_local_government_body(core_lower) {
        return (SourceKind::Official, lower_first(&ws.join(" ")), None);
    }
    let written = |w: &&&str| {
        let bare = w.trim_end_matches("'s").trim_end_matches("’s");
        bare.eq_ignore_ascii_case(&head)
    };
    let as_written = core
        .iter()
        .rfind(written)
        .map_or(true, |w| is_org_word_written(w));
    if lexicon::is_org_word(&head) && as_written {
        return (SourceKind::Organization, lower_first(&ws.join(" ")), None);
    }
    if let Some(unnamed) = common_nouns::unnamed_by_common_nouns(&ws, &lower, core, &head, definite)
    {
        return unnamed;
    }
    (SourceKind::Unknown, strip_the(&ws.join(" ")), None)
}
