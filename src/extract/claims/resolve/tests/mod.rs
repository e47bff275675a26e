//! Resolution of mentions written for these tests, by the module they test.

use super::*;

mod bodies;
mod classify;
mod conjuncts;
mod descriptions;
mod firms;
mod mentions;
mod names;
mod pronouns;
mod subjects;
