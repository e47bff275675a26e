//! Where an article's body begins, past its headline: the lede that `ANONYMOUS_LEDE` judges is
//! the first claim of the body, not a headline restating it.

use super::boilerplate::lines;
use super::dateline::ends_sentence;
use crate::extract::text::trim_span;
use crate::extract::types::{ArticleMeta, Span};

/// The byte offset where the body begins: the end of the dateline ("NASHVILLE (Reuters) -"),
/// else the end of a first line that ends no sentence and has text after it (a headline),
/// else 0. A line that lies in boilerplate (a byline) is passed over.
pub fn body_start(text: &str, meta: &ArticleMeta) -> usize {
    if let Some(dateline) = meta.dateline_span {
        return dateline.end;
    }
    let in_boilerplate = |s: Span| {
        meta.boilerplate
            .iter()
            .any(|b| b.start <= s.start && s.end <= b.end)
    };
    let mut lines = lines(text).filter_map(|(at, line)| {
        let (s, e) = trim_span(text, at, at + line.len());
        (s < e && !in_boilerplate(Span::new(s, e))).then_some((e, &text[s..e]))
    });
    match (lines.next(), lines.next()) {
        (Some((end, line)), Some(_)) if !ends_sentence(line) => end,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::meta::article_meta;

    fn start(text: &str) -> usize {
        body_start(text, &article_meta(text))
    }

    #[test]
    fn the_body_begins_after_a_headline_or_a_dateline() {
        let text = "Meridian weighs sale of hospital unit\n\nMeridian is weighing a sale, people familiar with the matter said.";
        assert_eq!(&text[start(text)..].trim_start()[..8], "Meridian");
        assert_eq!(start(text), "Meridian weighs sale of hospital unit".len());
        let text = "Hospital unit for sale\n\nNASHVILLE (Reuters) - Meridian is weighing a sale.";
        assert!(text[start(text)..].trim_start().starts_with("Meridian is"));
    }

    #[test]
    fn a_first_line_that_ends_a_sentence_or_stands_alone_is_body() {
        assert_eq!(
            start("Meridian is weighing a sale.\n\nIt declined to comment."),
            0
        );
        assert_eq!(start("Meridian weighs sale of hospital unit"), 0);
    }
}
