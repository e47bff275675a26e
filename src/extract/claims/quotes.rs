//! Direct quotations: where each one opens and closes, including quotations that run over several
//! paragraphs (newspaper style: a paragraph left open continues in the next one that opens with
//! a quotation mark).

use crate::extract::text::{byte_table, ByteScan};
use crate::extract::types::Span;

/// One quotation: the span from its opening mark to its closing mark (inclusive), or to the end
/// of its paragraph when it is continued or left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    /// Index of the quotation this one continues (from an earlier paragraph).
    pub continues: Option<usize>,
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

fn is_close_mark(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Finds the quotations of `text`: double marks, and single marks as British house styles use
/// them ('…', ‘…’) outside any double quotation.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let doubles = double_quotes(text);
    let singles = single_quotes(text, &doubles);
    if singles.is_empty() {
        return doubles;
    }
    // merge by position; a continued quotation's index follows its quotation
    let mut order: Vec<(usize, Option<usize>)> = (0..doubles.len())
        .map(|k| (doubles[k].span.start, Some(k)))
        .chain(singles.iter().map(|q| (q.span.start, None)))
        .collect();
    order.sort_by_key(|&(start, _)| start);
    let mut new_index = vec![0; doubles.len()];
    for (n, &(_, k)) in order.iter().enumerate() {
        if let Some(k) = k {
            new_index[k] = n;
        }
    }
    let mut singles = singles.into_iter();
    order
        .into_iter()
        .map(|(_, k)| match k {
            Some(k) => Quote {
                span: doubles[k].span,
                continues: doubles[k].continues.map(|c| new_index[c]),
            },
            None => singles.next().expect("one single quotation per slot"),
        })
        .collect()
}

/// Quotations in single marks, each closed within its paragraph; apostrophes ("don't",
/// "the '90s", "voters' views") are not marks.
fn single_quotes(text: &str, doubles: &[Quote]) -> Vec<Quote> {
    // the double quotations are in text order: the one that could hold `at` is the last to start
    // at or before it
    let inside_double = |at: usize| {
        let k = doubles.partition_point(|q| q.span.start <= at);
        k > 0 && at < doubles[k - 1].span.end
    };
    let mut out = Vec::new();
    let mut from = 0;
    // the next "'" or "‘" (E2 80 98) at or after `from`, by bytes: most text has neither
    let bytes = text.as_bytes();
    let next_mark = |from: usize| {
        let mut k = from;
        while let Some(p) = memchr::memchr2(b'\'', 0xE2, &bytes[k..]) {
            let at = k + p;
            if bytes[at] == b'\'' || bytes[at..].starts_with("‘".as_bytes()) {
                return Some(at);
            }
            k = at + 1;
        }
        None
    };
    while let Some(o) = next_mark(from) {
        let mark = text[o..].chars().next().unwrap_or('\'');
        from = o + mark.len_utf8();
        if text[o..].starts_with("''") {
            from = o + 2;
            continue;
        }
        if inside_double(o) {
            continue;
        }
        let prev = text[..o].chars().next_back();
        let opens = prev.map_or(true, |p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':')
        }) && text[from..].chars().next().is_some_and(char::is_alphabetic);
        if !opens {
            continue;
        }
        let para_end = text[from..].find('\n').map_or(text.len(), |p| from + p);
        if let Some(c) = single_close(text, from, para_end) {
            if !inside_double(c) {
                let end = c + text[c..].chars().next().map_or(1, char::len_utf8);
                out.push(Quote {
                    span: Span::new(o, end),
                    continues: None,
                });
                from = end;
            }
        }
    }
    out
}

/// The closing single mark of a quotation opened before `from`, before `to`: after a word or
/// a punctuation mark, before a space or punctuation — not a plural possessive ("voters' views").
fn single_close(text: &str, from: usize, to: usize) -> Option<usize> {
    let seg = &text[from..to];
    for (k, c) in seg.char_indices() {
        if !matches!(c, '\'' | '’') {
            continue;
        }
        let at = from + k;
        let prev = text[..at].chars().next_back()?;
        let rest = &text[at + c.len_utf8()..];
        let next = rest.chars().next();
        let before_ok = prev.is_alphanumeric() || matches!(prev, '.' | ',' | '!' | '?' | ';');
        let after_ok = next.map_or(true, |n| {
            n.is_whitespace()
                || matches!(
                    n,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | '—' | '–' | '-' | '”' | '"'
                )
        });
        let possessive = prev == 's'
            && next == Some(' ')
            && rest[1..].chars().next().is_some_and(char::is_lowercase);
        if before_ok && after_ok && !possessive {
            return Some(at);
        }
    }
    None
}

/// Bytes that can start a quotation mark or a line break: `"`, `'`, `` ` ``, newline, and the
/// lead bytes of « » (C2) and of the curly marks (E2).
const MARK_LEAD_BYTES: &[u8] = b"\n\"'`\xC2\xE2";
static MARK_LEADS: [bool; 256] = byte_table(MARK_LEAD_BYTES);

/// The quotations in double marks (curly, straight or doubled apostrophes), including those
/// continued over paragraphs.
fn double_quotes(text: &str) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut open: Option<usize> = None; // byte offset of the opening mark
                                        // the open quotation began with a straight mark: a curly pair inside it is a nested quotation
    let mut open_straight = false;
    let mut nested_open = false;
    let mut carried: Option<usize> = None; // quotation continued from the previous paragraph
    let mut para_start = 0usize;
    let bytes = text.as_bytes();
    let mut leads = ByteScan::new(bytes, MARK_LEAD_BYTES);
    let mut i = 0usize;
    while i < bytes.len() {
        // only a few bytes can start a mark or a line break; skip the rest quickly
        if !MARK_LEADS[usize::from(bytes[i])] {
            i = leads.next_from(i).unwrap_or(bytes.len());
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        if c == '\n' {
            if let Some(o) = open.take() {
                // an unclosed quotation: does the next paragraph reopen?
                let next_para = text[i..].trim_start();
                let continues = next_para.starts_with(['"', '“', '„', '«']);
                let end = trim_end(text, o, i);
                quotes.push(Quote {
                    span: Span::new(o, end),
                    continues: carried,
                });
                carried = if continues {
                    Some(quotes.len() - 1)
                } else {
                    None
                };
            } else if i > para_start && !text[para_start..i].trim().is_empty() {
                // a paragraph that ended closed breaks any chain
                carried = None;
            }
            para_start = i + 1;
            i += 1;
            continue;
        }
        if c == '\'' && text[i + 1..].starts_with("''") {
            // "…by that?'''": a nested single quotation closes before the doubled mark
            i += 1;
            continue;
        }
        let doubled = (c == '\'' && text[i + 1..].starts_with('\''))
            || (c == '`' && text[i + 1..].starts_with('`'));
        let straight = c == '"' || (doubled && c == '\'');
        let mark = if doubled && c == '`' { '“' } else { c };
        let is_mark = straight || doubled || is_open_mark(mark) || is_close_mark(mark);
        if !is_mark {
            i += clen;
            continue;
        }
        let len = if doubled { 2 } else { clen };
        let prev = text[..i].chars().next_back().unwrap_or('\n');
        let next = text[i + len..].chars().next();
        if open.is_some() && open_straight && !straight {
            // "He said “no” twice": a curly pair nested in a straight quotation (a curly close
            // with no curly open is mixed typography closing the straight one: "No,” he said)
            if is_open_mark(mark) {
                nested_open = true;
                i += len;
                continue;
            }
            if std::mem::take(&mut nested_open) {
                i += len;
                continue;
            }
        }
        if open.is_none() {
            // a closing mark used to open, at the start of a paragraph or after a space
            let misused_close = is_close_mark(mark)
                && prev.is_whitespace()
                && next.is_some_and(char::is_alphanumeric);
            let opens = is_open_mark(mark)
                || misused_close
                || (straight
                    && (prev.is_whitespace()
                        || matches!(prev, '(' | '[' | '—' | '–' | '-' | ':' | '\n')
                        || i == 0
                        || next.is_some_and(char::is_alphanumeric)));
            if opens {
                open = Some(i);
                open_straight = straight && !doubled;
                nested_open = false;
            }
        } else if is_close_mark(mark) || straight {
            let o = open.take().unwrap_or(i);
            quotes.push(Quote {
                span: Span::new(o, i + len),
                continues: carried.take(),
            });
        } else if is_open_mark(mark) {
            // a nested or stray opening mark: restart here
            open = Some(i);
            open_straight = false;
        }
        i += len;
    }
    if let Some(o) = open {
        let end = trim_end(text, o, text.len());
        quotes.push(Quote {
            span: Span::new(o, end),
            continues: carried,
        });
    }
    quotes
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_curly_and_straight_marks() {
        let text = "“We won,” she said. He added: \"It was close.\"";
        let q = find_quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].span.of(text), "“We won,”");
        assert_eq!(q[1].span.of(text), "\"It was close.\"");
    }

    #[test]
    fn doubled_apostrophes_are_quotation_marks() {
        let text = "''We are done,'' he said.";
        let q = find_quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span.of(text), "''We are done,''");
    }

    #[test]
    fn a_quote_runs_over_paragraphs() {
        let text =
            "The mayor said: “We will rebuild.\n“Every street will be paved.”\nOthers disagreed.";
        let q = find_quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].span.of(text), "“We will rebuild.");
        assert_eq!(q[1].continues, Some(0));
        assert_eq!(q[1].span.of(text), "“Every street will be paved.”");
    }

    #[test]
    fn curly_marks_nest_inside_a_straight_quotation() {
        let text =
            "She wrote: \"The agency isn’t about “fair play” now.\n\n\"It is overreach.\"\nDone.";
        let q = find_quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(
            q[0].span.of(text),
            "\"The agency isn’t about “fair play” now."
        );
        assert_eq!(q[1].continues, Some(0));
        assert_eq!(q[1].span.of(text), "\"It is overreach.\"");
    }

    #[test]
    fn a_curly_close_ends_a_straight_opened_quotation() {
        let text = "\"But the governor won,” the host said. “He did.”";
        let q = find_quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].span.of(text), "\"But the governor won,”");
        assert_eq!(q[1].span.of(text), "“He did.”");
    }

    #[test]
    fn a_triple_apostrophe_closes_a_nested_single_then_the_doubled_quote() {
        let text = "''He asked, 'Why now?''' Ms. Reyes said.";
        let q = find_quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span.of(text), "''He asked, 'Why now?'''");
    }

    #[test]
    fn single_marks_quote_in_british_style_but_apostrophes_do_not() {
        let text = "'It is time,' she said. ‘We are ready.’ The voters' views differ; \
                    in the '90s it was rock 'n' roll. “He said ‘no’ twice,” Lee recalled.";
        let q: Vec<&str> = find_quotes(text).iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            q,
            vec![
                "'It is time,'",
                "‘We are ready.’",
                "'n'",
                "“He said ‘no’ twice,”"
            ]
        );
    }

    #[test]
    fn merged_quotations_keep_their_continuations() {
        let text = "'Yes,' he said. “We will rebuild.\n“Every street.”";
        let q = find_quotes(text);
        assert_eq!(q.len(), 3);
        assert_eq!(q[2].continues, Some(1));
    }

    #[test]
    fn an_unclosed_quote_stops_at_its_paragraph() {
        let text = "He said “nothing\nNext paragraph.";
        let q = find_quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span.of(text), "“nothing");
        assert_eq!(q[0].continues, None);
    }
}
