//! "The Irish Airline Pilots' Guild", "the National Farmers' Union", "the Women's Institute":
//! a body named for its members in the plural possessive. The possessive is inside the name,
//! never an owner before a person's name ("CNN's Ann Care").

use super::*;

/// The body's name (without "the"), when the owner word before `owned` in `run` is a plural
/// possessive ("Pilots'", "Farmers’", "Women's") and the owned words are capitalised and end
/// on a word for a members' body ("Guild", "Union", "Association"). None for a surname's
/// possessive before a person's post or firm ("Sanders' Campaign", "Jones's Company"): those
/// words are no members' body.
pub(super) fn members_body_name(owner: &str, owned: &[&str], run: &[&str]) -> Option<String> {
    let lower_owner = owner.to_lowercase();
    let plural_owner = lower_owner.ends_with("s'")
        || lower_owner.ends_with("s’")
        || matches!(
            lower_owner.trim_end_matches("'s").trim_end_matches("’s"),
            "women" | "men" | "children" | "people"
        );
    let last = owned.last()?.to_lowercase();
    let capitalised = owned.iter().all(|w| is_cap(w));
    (plural_owner && capitalised && is_members_body_ending(&last))
        .then(|| strip_the(&run.join(" ")))
}

/// Last words of the names of bodies made up of members: unions, guilds, associations.
fn is_members_body_ending(w: &str) -> bool {
    matches!(
        w,
        "guild"
            | "union"
            | "unions"
            | "association"
            | "federation"
            | "confederation"
            | "league"
            | "society"
            | "council"
            | "alliance"
            | "institute"
            | "fund"
            | "trust"
            | "club"
            | "coalition"
            | "party"
            | "congress"
            | "forum"
            | "network"
            | "movement"
            | "front"
            | "brotherhood"
            | "committee"
            | "assembly"
            | "organisation"
            | "organization"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_possessive_inside_a_guild_name_is_the_body() {
        let run = ["The", "Harbour", "Pilots'", "Guild"];
        assert_eq!(
            members_body_name("Pilots'", &["Guild"], &run).as_deref(),
            Some("Harbour Pilots' Guild")
        );
        assert_eq!(members_body_name("Bob's", &["Guild"], &run), None);
        assert_eq!(members_body_name("Pilots'", &["Smith"], &run), None);
    }

    #[test]
    fn a_members_body_named_in_the_possessive_is_an_organization() {
        for (mention, name) in [
            ("The Harbour Pilots' Guild", "Harbour Pilots' Guild"),
            ("the National Growers’ Union", "National Growers’ Union"),
            ("The Rural Women's Association", "Rural Women's Association"),
        ] {
            assert_eq!(
                classify(mention),
                (SourceKind::Organization, name.to_string(), None),
                "{mention}"
            );
        }
        // an outlet's reporter keeps the outlet as the role
        assert_eq!(classify("CNN's Ann Lee").0, SourceKind::Person);
    }
}
