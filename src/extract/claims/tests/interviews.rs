//! Interviews printed as transcripts: answers after "A:" are the interviewee's, a speaker in
//! capitals is the person named in full before. Sentences written for these tests.

use super::*;

const QA: &str = "Mayor Lena Ortiz sat down with the Herald on Tuesday to talk about the budget.\n\nQ: Why did you cut the library budget?\nA: We had no choice. The state cut our grant by 12 percent.\n\nI would do it again tomorrow.\n\nQ: You closed two branches last year.\n\nA: That is simply not true. I think the east side has more branches than ever.";

#[test]
fn an_answer_is_the_interviewee_s_to_the_next_question() {
    let claims = crate::extract::extract(QA).claims;
    for needle in [
        "We had no choice",
        "The state cut our grant",
        // the answer runs on in the first person over the next paragraph
        "I would do it again",
        "That is simply not true",
        "the east side has more branches",
    ] {
        let c = claim_with(QA, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}: {c:?}");
        assert_eq!(c.sources[0].name, "Lena Ortiz", "{needle}");
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{needle}");
        // the label is no part of what is claimed
        assert!(!c.text(QA).starts_with("A:"), "{:?}", c.text(QA));
    }
    // a question ends the answer: the interviewer's statement is not the mayor's
    let q = claim_with(QA, &claims, "You closed two branches");
    assert!(q.sources.is_empty(), "{:?}", q.sources);
    assert!(!q.text(QA).starts_with("Q:"), "{:?}", q.text(QA));
}

#[test]
fn one_lettered_line_makes_no_transcript() {
    // a single "A:" (an option in a list) names no interviewee
    let text = "Mayor Lena Ortiz presented two plans on Tuesday.\nA: The library budget is cut by 12 percent.\nB: The pool closes in winter.";
    let claims = crate::extract::extract(text).claims;
    let c = claim_with(text, &claims, "library budget is cut");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}

#[test]
fn a_speaker_in_capitals_among_questions_is_no_dateline_and_has_a_full_name() {
    let text = "Mayor Lena Ortiz sat down with the Herald on Tuesday.\n\nQ: Why did you cut the library budget?\nORTIZ: That is simply not true. I have protected every branch in the east side.";
    let out = crate::extract::extract(text);
    assert_eq!(out.meta.dateline, None);
    let c = claim_with(text, &out.claims, "I have protected every branch");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert_eq!(c.sources[0].name, "Lena Ortiz");
}
