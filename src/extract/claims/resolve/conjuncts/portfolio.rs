//! A title's portfolio joined by "and" ("Work and Pensions Secretary Liz Kendall") is one
//! speaker's description, not two speakers.

use super::*;

impl Reading<'_> {
    /// Whether `left` "and" `right` is one portfolio before a title ("Health and Human
    /// Services Secretary …", "Trade and Industry Minister …"): short capitalised words on the
    /// left that are no person, and capitalised words on the right up to a title word.
    pub(super) fn portfolio_of_title(&self, left: &[Word], right: &[Word]) -> bool {
        let capitalised = |w: &Word| w.text.starts_with(|c: char| c.is_uppercase());
        let Some(t) = right.iter().position(|w| is_title_word(&w.lower)) else {
            return false;
        };
        (1..=2).contains(&left.len())
            && left
                .iter()
                .all(|w| capitalised(w) && !is_title_word(&w.lower))
            && (1..=3).contains(&t)
            && right[..t].iter().all(capitalised)
            && t + 1 < right.len()
            && !matches!(
                self.shape(left, false),
                Some(Shape::Person | Shape::Pronoun)
            )
            && !self.sure_person(left)
    }
}
