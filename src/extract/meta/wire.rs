//! The Indian wires' dateline, in mixed case and with no dash: "Kesarpur (Vindhya Pradesh),
//! Nov 27 (PTI) At least …", "New Delhi [India], November 27 (ANI): The Centre …".

use std::sync::LazyLock;

use regex::Regex;

use super::shape::letter_shape;
use super::{canonical_agency, Dateline};

/// A place in mixed case, with its state in parentheses or brackets, a comma, a date and a
/// wire's credit in parentheses, then the text, after a colon or dash or none. Matched in the
/// line's letter shape (`letter_shape`), where its parts are any length: `wire_dateline`
/// checks them.
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[\ \t\u{a0}\u{feff}]*
        (?P<place>[A-Z][A-Za-z.'’\-]+(?:[\ \t][A-Z][A-Za-z.'’\-]+){0,2}
            (?:[\ \t]*(?:\([A-Z][^()\n]*\)|\[[A-Z][^\[\]\n]*\]))?)
        [\ \t]*,[\ \t]*
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\ \t]+[0-9]{1,2}(?:,[\ \t]*[0-9]{4})?
        [\ \t]*\((?P<agency>[A-Za-z][A-Za-z.\ \-]*)\)
        [\ \t\u{a0}]*(?:(?:--?|–|—|:)[\ \t\u{a0}]*)?
        (?P<next>[\x22“‘'0-9A-Z])",
    )
    .expect("wire dateline pattern")
});

/// The wire dateline (`WIRE_DATELINE`) at the start of `line`, where its agency is a known one
/// ("PTI", "IANS", "ANI") and its place and state at most 60 characters: with the date and the
/// credit, a line that opens so is a wire story's dateline though no dash follows.
pub(super) fn wire_dateline(line: &str) -> Option<Dateline> {
    let shape = letter_shape(line)?;
    let c = WIRE_DATELINE.captures(&shape)?;
    let place = c.name("place")?.range();
    let agency = c.name("agency")?.range();
    if line[place.clone()].chars().count() > 60 || canonical_agency(&line[agency.clone()]).is_none()
    {
        return None;
    }
    let start = c.get(0)?.start();
    Some(Dateline {
        whole: start..c.name("next")?.start(),
        place,
        agency: Some(agency),
        colon: false,
    })
}
