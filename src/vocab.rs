//! The controlled vocabularies of DESIGN.md: source kinds, claim kinds, confidence, verdicts,
//! attribution relations, corroboration stances, claim origins, sourcing levels and flags.
//!
//! Each is an enum whose text form is the one stored in the database, printed in every export and
//! accepted on the command line; parsing an unknown value names the allowed ones.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that is not in a vocabulary; the message lists the values that are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} '{value}' (expected one of: {allowed})")]
pub struct UnknownValue {
    pub vocabulary: &'static str,
    pub value: String,
    pub allowed: String,
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $label:literal { $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in the order of DESIGN.md.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What this vocabulary is called in messages.
            pub const LABEL: &'static str = $label;

            /// The stored and printed form.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The allowed values joined for a message or a CHECK constraint.
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            /// Case-insensitive; `_` and `-` are interchangeable so `unnamed-group` and
            /// `single_source` are accepted too.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().to_ascii_lowercase().replace('_', "-") == wanted)
                    .ok_or_else(|| UnknownValue {
                        vocabulary: $label,
                        value: s.to_string(),
                        allowed: Self::allowed(),
                    })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse()
                    .map_err(|e: UnknownValue| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

vocabulary! {
    /// Who a source is. Named kinds are shared across articles; `anonymous`, `unnamed_group`
    /// and `document` sources belong to the article they appear in.
    SourceKind, "source kind" {
        /// A named person speaking on the record.
        Person => "person",
        Organization => "organization",
        /// A named government body or office ("the French Interior Ministry", "Paris police").
        Official => "official",
        /// An outlet or wire service.
        Media => "media",
        /// A report, memo, filing, statement or data set.
        Document => "document",
        /// Unnamed people presented as knowing ("an intelligence source").
        Anonymous => "anonymous",
        /// A collective voicing a general view ("authorities", "many security experts").
        UnnamedGroup => "unnamed_group",
        /// Not yet classified; counts as named.
        Unknown => "unknown",
    }
}

impl SourceKind {
    /// Named kinds count towards a claim's independent named sources.
    pub fn is_named(self) -> bool {
        !matches!(self, SourceKind::Anonymous | SourceKind::UnnamedGroup)
    }

    /// Sources of these kinds are one row per article; the others are shared across articles.
    pub fn is_article_scoped(self) -> bool {
        matches!(
            self,
            SourceKind::Anonymous | SourceKind::UnnamedGroup | SourceKind::Document
        )
    }
}

vocabulary! {
    /// What a claim asserts; `no_comment` and `source_description` are records, not claims.
    ClaimKind, "claim kind" {
        /// A number, a rank, a share.
        Statistic => "statistic",
        Quote => "quote",
        Event => "event",
        /// A judgement, characterisation or forecast.
        Assessment => "assessment",
        Background => "background",
        /// "declined to comment".
        NoComment => "no_comment",
        /// "They include intelligence officials…".
        SourceDescription => "source_description",
    }
}

impl ClaimKind {
    /// Records carry no sourcing level and no flags.
    pub fn is_record(self) -> bool {
        matches!(self, ClaimKind::NoComment | ClaimKind::SourceDescription)
    }
}

vocabulary! {
    /// How much the fact-checker trusts a claim; `unknown` until someone says.
    Confidence, "confidence" {
        High => "high",
        Medium => "medium",
        Low => "low",
        Unknown => "unknown",
    }
}

vocabulary! {
    /// A fact-checker's ruling on a claim.
    Verdict, "verdict" {
        True => "true",
        MostlyTrue => "mostly-true",
        Mixed => "mixed",
        MostlyFalse => "mostly-false",
        False => "false",
        Unproven => "unproven",
    }
}

vocabulary! {
    /// How a claim is tied to its source in the text.
    Relation, "relation" {
        DirectQuote => "direct-quote",
        Paraphrase => "paraphrase",
        AccordingTo => "according-to",
    }
}

vocabulary! {
    /// Whether a corroboration backs a claim or disputes it.
    Stance, "stance" {
        Supports => "supports",
        Contradicts => "contradicts",
    }
}

vocabulary! {
    /// Whether a claim came from the extractor or was typed by a person.
    Origin, "origin" {
        Auto => "auto",
        Manual => "manual",
    }
}

vocabulary! {
    /// How well a claim is sourced (DESIGN.md, "Sourcing levels").
    Level, "level" {
        Unsourced => "unsourced",
        AnonymousOnly => "anonymous-only",
        SingleSource => "single-source",
        Corroborated => "corroborated",
    }
}

vocabulary! {
    /// A named thin-sourcing rule that a claim breaks (DESIGN.md).
    Flag, "flag" {
        Unsourced => "UNSOURCED",
        AnonymousOnly => "ANONYMOUS_ONLY",
        SingleAnonymous => "SINGLE_ANONYMOUS",
        PluralFromOne => "PLURAL_FROM_ONE",
        AnonymousOpinion => "ANONYMOUS_OPINION",
        BareAnonymous => "BARE_ANONYMOUS",
        NotIndependent => "NOT_INDEPENDENT",
        AnonymousLede => "ANONYMOUS_LEDE",
        UncheckedStatistic => "UNCHECKED_STATISTIC",
        Contested => "CONTESTED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_value_from_its_own_text() {
        for kind in SourceKind::ALL {
            assert_eq!(kind.as_str().parse::<SourceKind>().unwrap(), *kind);
        }
        for flag in Flag::ALL {
            assert_eq!(flag.as_str().parse::<Flag>().unwrap(), *flag);
        }
    }

    #[test]
    fn accepts_case_and_separator_variants() {
        assert_eq!(
            "Unnamed-Group".parse::<SourceKind>().unwrap(),
            SourceKind::UnnamedGroup
        );
        assert_eq!(
            "single_source".parse::<Level>().unwrap(),
            Level::SingleSource
        );
        assert_eq!(
            "mostly_true".parse::<Verdict>().unwrap(),
            Verdict::MostlyTrue
        );
    }

    #[test]
    fn unknown_value_lists_the_allowed_ones() {
        let err = "sure".parse::<Confidence>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown confidence 'sure' (expected one of: high, medium, low, unknown)"
        );
    }

    #[test]
    fn named_and_scoped_kinds_follow_the_design() {
        assert!(SourceKind::Unknown.is_named());
        assert!(SourceKind::Document.is_named());
        assert!(!SourceKind::UnnamedGroup.is_named());
        assert!(SourceKind::Document.is_article_scoped());
        assert!(!SourceKind::Media.is_article_scoped());
    }

    #[test]
    fn serde_uses_the_stored_form() {
        let json = serde_json::to_string(&Relation::DirectQuote).unwrap();
        assert_eq!(json, "\"direct-quote\"");
        let back: Relation = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Relation::DirectQuote);
    }
}
