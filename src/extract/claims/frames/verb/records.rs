//! A verb of saying whose object is a matter of record rather than words voiced: a plea to
//! charges in court ("denies six counts of fraud").

use super::*;

/// "Harwick, 61, denies six counts of fraud", "denied two charges of assault", "admitted a
/// charge of theft": a plea to counted charges in court, an event of the case rather than a
/// statement the defendant is the source of. A denial of "the charges" or "the allegations"
/// in general, or of a clause ("denied that he …"), still reports.
pub(super) fn pleads_to_charges(toks: &[Tok], i: usize, b: usize) -> bool {
    let plea = matches!(
        toks[i].low(),
        "deny" | "denies" | "denied" | "denying" | "admit" | "admits" | "admitted" | "admitting"
    );
    if !plea || i + 1 >= b || toks[i + 1].is("that") {
        return false;
    }
    // the object: a determiner or a number, then its head within a few words
    (i + 1..b.min(i + 5))
        .take_while(|&k| {
            let t = &toks[k];
            (t.is_word() || t.kind == TokKind::Number) && !t.is("that") && !t.in_quote
        })
        .any(|k| {
            let counted = k > i + 1 && {
                let n = &toks[k - 1];
                n.kind == TokKind::Number
                    || n.is("a")
                    || crate::extract::text::cardinal(n.low()).is_some()
            };
            match toks[k].low() {
                "count" | "counts" => true,
                "charge" | "charges" | "offence" | "offences" | "offense" | "offenses" => counted,
                _ => false,
            }
        })
}
