//! The identity rule: named sources are shared across articles and found case-insensitively by
//! name or alias; anonymous, unnamed-group and document sources belong to their article.

use super::*;

const OTHER: &str = "LONDON - Laurent Nunez said the threat is real, an intelligence source said.";

fn claim_with(store: &mut Store, article: i64, text: &str, name: &str, kind: SourceKind) -> i64 {
    let mut claim = NewClaim::manual(article, text);
    claim.attributions.push(NewAttribution::to(
        SourceRef::FindOrCreate {
            name: name.into(),
            kind,
            role: None,
        },
        Some("said".into()),
    ));
    store.add_claim(claim).unwrap().id
}

fn attributed(store: &Store, claim: i64) -> i64 {
    store.claim(claim).unwrap().attributions[0].source_id
}

#[test]
fn named_sources_are_shared_and_anonymous_ones_are_per_article() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let b = article(&mut store, OTHER);
    let c1 = claim_with(&mut store, a, "one", "Laurent Nunez", SourceKind::Person);
    let c2 = claim_with(&mut store, b, "two", "LAURENT NUNEZ", SourceKind::Person);
    assert_eq!(attributed(&store, c1), attributed(&store, c2));

    let c3 = claim_with(
        &mut store,
        a,
        "three",
        "an intelligence source",
        SourceKind::Anonymous,
    );
    let c4 = claim_with(
        &mut store,
        b,
        "four",
        "An intelligence source",
        SourceKind::Anonymous,
    );
    let c5 = claim_with(
        &mut store,
        a,
        "five",
        "An Intelligence Source",
        SourceKind::Anonymous,
    );
    let (s3, s4) = (attributed(&store, c3), attributed(&store, c4));
    assert_ne!(s3, s4);
    assert_eq!(attributed(&store, c5), s3);
    assert_eq!(
        store.find_source(&s3.to_string(), None).unwrap().article_id,
        Some(a)
    );

    // Found by name within its article, ambiguous across articles.
    assert_eq!(
        store
            .find_source("an intelligence source", Some(b))
            .unwrap()
            .id,
        s4
    );
    let err = store
        .find_source("an intelligence source", None)
        .unwrap_err();
    assert!(err.to_string().contains("use an id"), "{err}");

    // Aliases find named sources too, case-insensitively.
    let nunez = attributed(&store, c1);
    store.add_alias(nunez, "Nunez").unwrap();
    assert_eq!(store.find_source("nunez", None).unwrap().id, nunez);
    assert_eq!(
        store
            .find_or_create_source("NUNEZ", SourceKind::Unknown, Some(b))
            .unwrap()
            .id,
        nunez
    );

    // A second named source with the same name is refused; an anonymous one needs an article.
    let err = store
        .add_source(NewSource {
            name: "laurent nunez".into(),
            kind: SourceKind::Official,
            role: None,
            affiliation: None,
            aliases: vec![],
            article_id: None,
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::Duplicate(_)), "{err}");
    let err = store
        .add_source(NewSource {
            name: "a source".into(),
            kind: SourceKind::Anonymous,
            role: None,
            affiliation: None,
            aliases: vec![],
            article_id: None,
        })
        .unwrap_err();
    assert!(err.to_string().contains("belongs to one article"), "{err}");

    let listed = store.sources().unwrap();
    let row = listed.iter().find(|s| s.id == nunez).unwrap();
    assert_eq!((row.claims, row.articles), (2, 2));
    assert_eq!(row.aliases, vec!["Nunez".to_string()]);
}

#[test]
fn merging_moves_attributions_and_aliases() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let c1 = claim_with(&mut store, a, "one", "Nunez", SourceKind::Unknown);
    let c2 = claim_with(&mut store, a, "two", "Laurent Nunez", SourceKind::Person);
    let from = attributed(&store, c1);
    let into = attributed(&store, c2);
    store.add_alias(from, "L. Nunez").unwrap();
    let merged = store.merge_sources(from, into).unwrap();
    assert_eq!(
        merged.aliases,
        vec!["L. Nunez".to_string(), "Nunez".to_string()]
    );
    assert_eq!(attributed(&store, c1), into);
    assert!(matches!(
        store.find_source(&from.to_string(), None),
        Err(StoreError::NotFound { .. })
    ));
    let detail = store.source(into).unwrap();
    assert_eq!(detail.claims.len(), 2);
}

/// Regression: ingesting a long article failed with "no source 2001" because a name the
/// extractor read from the text was taken for a source id.
#[test]
fn a_name_read_from_text_that_looks_like_a_number_is_a_name() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let mut claim = NewClaim::manual(a, "the vote was delayed");
    claim.attributions.push(NewAttribution::to(
        SourceRef::Named {
            name: "2001".into(),
            kind: SourceKind::Unknown,
            role: None,
        },
        None,
    ));
    let id = store.add_claim(claim).unwrap().id;
    assert_eq!(store.claim(id).unwrap().attributions[0].source_name, "2001");

    // Typed by a person, a number is an id, and an unknown id is an error.
    let mut typed = NewClaim::manual(a, "the vote was held");
    typed.attributions.push(NewAttribution::to(
        SourceRef::FindOrCreate {
            name: "9999".into(),
            kind: SourceKind::Unknown,
            role: None,
        },
        None,
    ));
    let err = store.add_claim(typed).unwrap_err();
    assert!(err.to_string().contains("no source 9999"), "{err}");
}

#[test]
fn a_description_of_a_named_kind_belongs_to_its_article() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let b = article(&mut store, OTHER);
    // "the company" of one article is not the company of the next
    let c1 = claim_with(
        &mut store,
        a,
        "one",
        "the company",
        SourceKind::Organization,
    );
    let c2 = claim_with(
        &mut store,
        b,
        "two",
        "the company",
        SourceKind::Organization,
    );
    let (s1, s2) = (attributed(&store, c1), attributed(&store, c2));
    assert_ne!(s1, s2);
    assert_eq!(store.source(s1).unwrap().source.article_id, Some(a));
    assert_eq!(store.source(s2).unwrap().source.article_id, Some(b));
    // within one article it is one source
    let c3 = claim_with(
        &mut store,
        a,
        "three",
        "The company",
        SourceKind::Organization,
    );
    assert_eq!(attributed(&store, c3), s1);
    // a name typed in lower case still finds the shared source
    let c4 = claim_with(&mut store, a, "four", "Laurent Nunez", SourceKind::Person);
    let c5 = claim_with(&mut store, b, "five", "laurent nunez", SourceKind::Person);
    assert_eq!(attributed(&store, c4), attributed(&store, c5));
}

#[test]
fn a_description_renamed_as_a_name_is_shared() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let c = claim_with(
        &mut store,
        a,
        "one",
        "the company",
        SourceKind::Organization,
    );
    let id = attributed(&store, c);
    let edited = store
        .edit_source(
            id,
            &SourceEdit {
                name: Some("Novex".into()),
                ..SourceEdit::default()
            },
        )
        .unwrap();
    assert_eq!(edited.article_id, None);
    // a kind changed on a description keeps it in its article
    let c = claim_with(&mut store, a, "two", "the agency", SourceKind::Organization);
    let id = attributed(&store, c);
    let edited = store
        .edit_source(
            id,
            &SourceEdit {
                kind: Some(SourceKind::Official),
                ..SourceEdit::default()
            },
        )
        .unwrap();
    assert_eq!(edited.article_id, Some(a));
}
