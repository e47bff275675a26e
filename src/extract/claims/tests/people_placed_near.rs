//! A person described by where they were ("a resident near Adelong", "a woman outside the
//! court") is the "he" or "she" of the next sentence, not a named official before them.

use super::*;

#[test]
fn a_person_placed_near_somewhere_is_taken_up_by_the_next_pronoun_frx() {
    let text = "Premier Chris Minns said crews were stretched thin. A resident near Adelong said the fire jumped the highway within minutes. He said he had never seen anything like it.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "never seen anything");
    assert_eq!(c.sources[0].name, "a resident near Adelong");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    let c = claim_with(text, &claims, "stretched thin");
    assert_eq!(c.sources[0].name, "Chris Minns");

    let text = "Mayor Tom Hale said the shelter was full. A woman outside the courthouse said the doors stayed shut. She said she waited two hours.";
    let claims = run(text);
    let c = claim_with(text, &claims, "waited two hours");
    assert_eq!(c.sources[0].name, "a woman outside the courthouse");
}

#[test]
fn near_and_outside_inside_a_name_or_as_an_adjective_stay_frx() {
    // a body's name with "Near" in it is no place: "he" still goes back to the premier
    let text = "Premier Chris Minns said crews were stretched thin. The Near East Foundation said aid was delayed. He said the roads were closed.";
    let claims = run(text);
    let c = claim_with(text, &claims, "aid was delayed");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "roads were closed");
    assert_eq!(c.sources[0].name, "Chris Minns");
    // "outside groups" is a kind of group, not where one stood
    let text = "Conservative outside groups reported spending $6 million on the race.";
    let claims = run(text);
    let c = claim_with(text, &claims, "$6 million");
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
}
