//! Grammatical gender of a person source, when the text shows it: a title ("Mrs. Lee"), a
//! word of the role ("spokeswoman", "his daughter") or a common given name. "He" and "she" take
//! up only a person whose gender does not clash.

use crate::extract::text::trim_suffix;

/// The gender a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The gender "he"/"him"/"his" or "she"/"her" asks for; `None` for other pronouns.
    pub fn of_pronoun(p: &str) -> Option<Gender> {
        match p {
            "he" | "him" | "his" => Some(Gender::Male),
            "she" | "her" | "hers" => Some(Gender::Female),
            _ => None,
        }
    }
}

/// The gender a mention ("Mrs. Ruiz", "Patti Davis", "a spokeswoman") and its role show, if any.
pub fn gender_of(mention: &str, role: Option<&str>) -> Option<Gender> {
    // (word, capitalised in the mention: only such a word can be a given name)
    // a role tells the gender by its post, not by an owner or a post-modifier naming someone
    // else ("strategist for Mrs. Lee's campaign", "Mrs. Lee's spokesman")
    let role_words: Vec<&str> = role
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| !super::is_preposition(w))
        .collect();
    let owned = role_words
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s"))
        .map_or(0, |k| k + 1);
    let words = mention
        .split_whitespace()
        .map(|w| (w, true))
        .chain(role_words[owned..].iter().map(|w| (*w, false)));
    let mut first_name_checked = false;
    let mut buf = [0u8; 32];
    for (i, (raw, in_mention)) in words.enumerate() {
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let owned;
        let w: &str = if bare.len() <= buf.len() && bare.is_ascii() {
            // no allocation for the common case
            let b = &mut buf[..bare.len()];
            b.copy_from_slice(bare.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or("")
        } else {
            owned = bare.to_ascii_lowercase();
            &owned
        };
        if let Some(g) = word_gender(w) {
            return Some(g);
        }
        // the given name: the first capitalised word that is no title
        let cap = in_mention && bare.chars().next().is_some_and(char::is_uppercase);
        if !first_name_checked && i < 4 && cap && !is_title_word(w) {
            first_name_checked = true;
            if super::lexicon::is_female_given_name(w) {
                return Some(Gender::Female);
            }
            if super::lexicon::is_male_given_name(w) {
                return Some(Gender::Male);
            }
        }
    }
    None
}

/// A title or honorific before a name, which is no given name.
fn is_title_word(w: &str) -> bool {
    matches!(
        w,
        "sen" | "rep" | "gov" | "dr" | "president" | "senator" | "governor" | "former"
    ) || super::lexicon::is_title(w)
}

/// A title or role word that shows gender.
fn word_gender(w: &str) -> Option<Gender> {
    match w {
        "mrs" | "ms" | "miss" | "madam" | "woman" | "daughter" | "wife" | "mother"
        | "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "actress"
        | "sister" | "grandmother" | "girl" | "queen" | "princess" | "widow" | "aunt" | "niece"
        | "girlfriend" | "lady" | "duchess" | "councilwoman" | "stepmother" => Some(Gender::Female),
        "mr" | "man" | "son" | "husband" | "father" | "spokesman" | "congressman"
        | "businessman" | "brother" | "grandfather" | "boy" | "king" | "prince" | "widower"
        | "uncle" | "nephew" | "boyfriend" | "duke" | "councilman" | "stepfather" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// The last person in `context` (its final 1,500 bytes) whose title or given name shows the
/// gender `wanted`: "Mrs. Clinton", "Carly Fiorina", or a given name set off alone ("a
/// neighbour, Karen,"). The name as written, title included.
pub fn last_gendered_name(context: &str, wanted: Gender) -> Option<String> {
    last_gendered_name_at(context, wanted).map(|(_, name)| name)
}

/// [`last_gendered_name`] with the byte offset in `context` where the name starts. A given
/// name alone counts where news style names a person by it alone: after "named", "called",
/// "as" or "name," ("a neighbour who gave only her first name, Karen,").
pub fn last_gendered_name_at(context: &str, wanted: Gender) -> Option<(usize, String)> {
    let mut from = context.len().saturating_sub(1500);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    // the words from the end, read only as far back as the search goes
    let mut words = super::names::word_starts(&context[from..]);
    let mut back: Vec<(usize, &str)> = Vec::new();
    // the word as written, without the punctuation around it; a title keeps its period
    fn bare(w: &str) -> &str {
        let w = w
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches([',', ';', ':', '"', '”', '’', '\'', ')']);
        trim_suffix(trim_suffix(w, "'s"), "’s")
    }
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // `back[r]`, the word `r` from the end, is tried with the words after it and the two
    // before it (the last word of the text is not tried)
    for r in 1.. {
        while back.len() < r + 3 {
            let Some(w) = words.next() else { break };
            back.push(w);
        }
        let Some(&(at, word)) = back.get(r) else {
            break;
        };
        // only a capitalised word can be a title or a given name
        if !cap(word) {
            continue;
        }
        let w = bare(word).trim_end_matches('.').to_ascii_lowercase();
        let given = match wanted {
            Gender::Female => super::lexicon::is_female_given_name(&w),
            Gender::Male => super::lexicon::is_male_given_name(&w),
        };
        let shows = word_gender(&w) == Some(wanted) || given;
        let ends_sentence = word.ends_with('.') && word_gender(&w).is_none();
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        // "a neighbour named Karen", "a resident who gave her name only as Mary", "a
        // neighbour who asked that her surname not be used, Karen, said": a person the text
        // names by a given name alone ("as Karen," but not "as Karen Lee"; not a place after
        // a place: "Roanoke, Virginia,")
        let ends = word.ends_with([',', '.', ';', ':']) || !cap(back[r - 1].1);
        let prev = back.get(r + 1).map_or("", |w| w.1);
        let set_off = word.ends_with(',') && prev.ends_with(',') && !cap(prev);
        let after_as = prev == "as"
            && back
                .get(r + 2)
                .is_some_and(|w| matches!(w.1, "only" | "name" | "herself" | "himself"));
        let alone = given
            && ends
            && back.len() > r + 1
            && !super::lexicon::is_us_state(&w)
            && (set_off || matches!(prev, "named" | "called" | "name,") || after_as);
        if alone {
            let name = bare(word).trim_end_matches('.').to_string();
            return Some((from + at + lead, name));
        }
        if !shows || ends_sentence || word.ends_with([',', ';', ':']) {
            continue;
        }
        // the capitalised words after it, up to a comma or the end of a sentence
        let mut name = vec![bare(word).to_string()];
        for &(_, raw) in back[r.saturating_sub(3)..r].iter().rev() {
            if !cap(raw) {
                break;
            }
            // "Michelle F. Lee": a middle initial does not end the name
            let initial = raw.len() == 2 && raw.ends_with('.');
            let word = bare(raw);
            name.push(if initial {
                word.to_string()
            } else {
                word.trim_end_matches('.').to_string()
            });
            if raw.ends_with([',', '.', ';', ':', '"', '”']) && !raw.ends_with("r.") && !initial {
                break;
            }
        }
        // "Al Qaeda in Iraq" is no man's name
        let name = name.join(" ");
        if name.contains(' ') && super::arabic_article::arabic_body_name(&name).is_none() {
            return Some((from + at + lead, name));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_roles_and_given_names_show_gender() {
        assert_eq!(gender_of("Mrs. Okafor", None), Some(Gender::Female));
        assert_eq!(gender_of("Mr Mensah", None), Some(Gender::Male));
        assert_eq!(gender_of("Sen. Mary Lopez", None), Some(Gender::Female));
        assert_eq!(
            gender_of("Okafor", Some("the minister's daughter")),
            Some(Gender::Female)
        );
        assert_eq!(gender_of("a spokesman", None), Some(Gender::Male));
        assert_eq!(gender_of("Okafor", None), None);
        // a role word that is no given name: "Hope" and "Kim" are left alone
        assert_eq!(gender_of("Kim Lee", None), None);
    }

    #[test]
    fn a_role_shows_gender_by_its_post_not_by_whom_it_names() {
        assert_eq!(
            gender_of("Okafor", Some("strategist for Mrs. Lee's campaign")),
            None
        );
        assert_eq!(
            gender_of("Okafor", Some("Mrs. Lee's spokesman")),
            Some(Gender::Male)
        );
        assert_eq!(
            gender_of("Okafor", Some("spokeswoman for Mr. Lee")),
            Some(Gender::Female)
        );
    }

    #[test]
    fn the_last_person_of_a_gender_in_the_text() {
        let text =
            "Mrs. Clinton met Gov. John Kasich. Later, Carly Fiorina arrived with Michelle F. Lee.";
        assert_eq!(
            last_gendered_name(text, Gender::Female).as_deref(),
            Some("Michelle F. Lee")
        );
        assert_eq!(
            last_gendered_name(text, Gender::Male).as_deref(),
            Some("John Kasich")
        );
        assert_eq!(last_gendered_name("The council met.", Gender::Male), None);
    }
}
