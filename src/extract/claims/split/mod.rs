//! Atomic claims: a clause is split at coordinated independent clauses and at comma-set
//! subordinate clauses; comma-set relative clauses and appositives that state a fact of their
//! own are pulled out, leaving the outer claim in fragments around them.
//!
//! `clauses` splits a sentence into coordinated clauses, `atomic` a clause into its pieces,
//! `side` the side claims set in it.

mod and_joins;
mod appositive_speech;
mod atomic;
mod clauses;
mod side;
#[cfg(test)]
mod tests;

use super::frames::trim_range as trim;
use super::tokens::Tok;

pub use atomic::atomic;
pub use clauses::clauses;
pub use side::side_pieces;

/// How a clause joins the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    First,
    And,
    Contrast,
    Semicolon,
}

/// One atomic piece of a clause: one or more token ranges (fragments), and whether it is a
/// side claim (a relative clause or appositive the writer inserted) rather than the clause's own
/// assertion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub ranges: Vec<(usize, usize)>,
    pub side: bool,
}

fn outside(t: &Tok) -> bool {
    !t.in_quote
}

fn next_comma(toks: &[Tok], i: usize, b: usize) -> usize {
    (i..b)
        .find(|&k| outside(&toks[k]) && toks[k].is_punct(","))
        .unwrap_or(b)
}
