//! Value parsing for the vocabularies: clap lists the allowed values in `--help`, and an
//! unknown value is a usage error whose message names them.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, TypedValueParser};

use crate::render::Format;
use crate::vocab::{
    ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Stance, Verdict,
};

/// A vocabulary: its values and their text form; lets clap list them in `--help`.
pub trait Vocabulary: std::str::FromStr + Clone + Send + Sync + 'static {
    fn values() -> Vec<&'static str>;
}

macro_rules! vocabulary_values {
    ($($t:ty),+) => {$(
        impl Vocabulary for $t {
            fn values() -> Vec<&'static str> {
                <$t>::ALL.iter().map(|v| v.as_str()).collect()
            }
        }
    )+};
}
vocabulary_values!(
    ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Stance, Verdict
);

impl Vocabulary for Format {
    fn values() -> Vec<&'static str> {
        Format::ALL.iter().map(|v| v.as_str()).collect()
    }
}

/// Parses a vocabulary value with its own `FromStr` (case-insensitive, `_` = `-`), so an unknown
/// value is a usage error whose message lists the allowed values.
#[derive(Clone)]
pub struct VocabParser<T>(PhantomData<T>);

pub fn vocab<T: Vocabulary>() -> VocabParser<T> {
    VocabParser(PhantomData)
}

impl<T> TypedValueParser for VocabParser<T>
where
    T: Vocabulary,
    T::Err: std::fmt::Display,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        text.parse::<T>().map_err(|e| {
            let name = arg
                .map(|a| a.to_string())
                .unwrap_or_else(|| "value".to_string());
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value for {name}: {e}\n"),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::values().into_iter().map(PossibleValue::new)))
    }
}
