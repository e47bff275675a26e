//! The name of an unnamed source without the "speaking …" phrase that tells how it spoke: "a
//! diplomat speaking anonymously" is "a diplomat", "an official speaking on condition of
//! anonymity" "an official", "a source speaking to Reuters" "a source". The phrase says how
//! or to whom the source spoke, which is no part of who it is; the anonymity it may note is
//! read for the kind before the name is cut.

use super::Classified;
use crate::vocab::SourceKind;

/// A classified mention of an unnamed source (anonymous or a group) with its name cut before
/// "speaking"; any other as it is.
pub(super) fn unnamed_without_speaking(classified: Classified) -> Classified {
    let (kind, name, role) = classified;
    let unnamed = matches!(kind, SourceKind::Anonymous | SourceKind::UnnamedGroup);
    match without_speaking(&name).filter(|_| unnamed) {
        Some(head) => (kind, head.to_string(), role),
        None => (kind, name, role),
    }
}

/// `name` cut before a "speaking" that follows its head, or `None` when it holds none.
pub(super) fn without_speaking(name: &str) -> Option<&str> {
    let at = name.find(" speaking")?;
    let rest = &name[at + " speaking".len()..];
    // a whole word, after at least a head ("speakings" or "speaking" alone is left alone)
    let whole = rest.is_empty() || rest.starts_with(' ');
    let head = name[..at].trim();
    (whole && !head.is_empty()).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::without_speaking;

    #[test]
    fn a_speaking_phrase_is_cut_from_the_name() {
        assert_eq!(without_speaking("a diplomat speaking"), Some("a diplomat"));
        assert_eq!(
            without_speaking("an official speaking on condition of anonymity"),
            Some("an official")
        );
        assert_eq!(
            without_speaking("a source speaking to Reuters"),
            Some("a source")
        );
        assert_eq!(without_speaking("a source"), None);
        assert_eq!(without_speaking("speaking"), None);
    }
}
