//! Sources and their aliases: the identity rule (named sources shared across articles and found
//! case-insensitively by name or alias; anonymous, unnamed-group and document sources per
//! article), listing with load, merging. Finding and reading in `lookup`, creating in `create`,
//! editing and merging in `edit`.

mod create;
mod edit;
mod lookup;

pub(crate) use create::{find_or_create, resolve};
pub(crate) use lookup::{aliases, get_source, require};
