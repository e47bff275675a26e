//! Tests of the store against temporary databases.

use tempfile::TempDir;

use super::*;
use crate::model::*;
use crate::vocab::*;

pub(super) const ARTICLE: &str = "PARIS - French intelligence is watching the Tajik diaspora, \
an intelligence source told Reuters. Laurent Nunez said 3,000 Tajiks live in France. \
Sources said the number is rising. The source added that arrests were likely.";

pub(super) fn temp_store() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(dir.path().join("test.db"), true).unwrap();
    store.set_actor("tester");
    (dir, store)
}

pub(super) fn article(store: &mut Store, text: &str) -> i64 {
    store
        .add_article(NewArticle {
            text: text.into(),
            title: Some("Tajik diaspora".into()),
            ..NewArticle::default()
        })
        .unwrap()
        .0
        .id
}

pub(super) fn event_count(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM event", [], |r| r.get(0))
        .unwrap()
}

pub(super) fn sourced(article: i64, text: &str, sources: &[(&str, SourceKind, &str)]) -> NewClaim {
    let mut claim = NewClaim::manual(article, text);
    claim.start = locate(ARTICLE, text, None).map(|s| s.0);
    claim.end = locate(ARTICLE, text, None).map(|s| s.1);
    claim.attributions = sources
        .iter()
        .map(|(name, kind, cue)| {
            NewAttribution::to(
                SourceRef::FindOrCreate {
                    name: name.to_string(),
                    kind: *kind,
                    role: None,
                },
                Some(cue.to_string()),
            )
        })
        .collect();
    claim
}

#[test]
fn adds_an_article_once_per_text() {
    let (_dir, mut store) = temp_store();
    let (first, created) = store
        .add_article(NewArticle {
            text: ARTICLE.into(),
            ..NewArticle::default()
        })
        .unwrap();
    assert!(created);
    let events = event_count(&store);
    let (again, created) = store
        .add_article(NewArticle {
            text: ARTICLE.into(),
            title: Some("other".into()),
            ..NewArticle::default()
        })
        .unwrap();
    assert!(!created);
    assert_eq!(again.id, first.id);
    assert_eq!(event_count(&store), events);
    assert_eq!(store.article_text(first.id).unwrap(), ARTICLE);
    assert_eq!(store.articles().unwrap().len(), 1);
    assert_eq!(first.sha256, sha256_hex(ARTICLE));
}

#[test]
fn saves_sourcing_and_filters_on_it() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let lede = store
        .add_claim(sourced(
            a,
            "French intelligence is watching the Tajik diaspora",
            &[("an intelligence source", SourceKind::Anonymous, "told")],
        ))
        .unwrap();
    let mut stat = sourced(
        a,
        "3,000 Tajiks live in France",
        &[("Laurent Nunez", SourceKind::Person, "said")],
    );
    stat.kind = ClaimKind::Statistic;
    let stat = store.add_claim(stat).unwrap();
    let bare = store
        .add_claim(NewClaim::manual(a, "Arrests are likely"))
        .unwrap();

    let lede = store.claim_record(lede.id).unwrap();
    assert_eq!(lede.level, Some(Level::AnonymousOnly));
    assert!(lede.flags.contains(&Flag::AnonymousLede));
    assert!(lede.thin);
    let stat = store.claim_record(stat.id).unwrap();
    assert_eq!(stat.level, Some(Level::SingleSource));
    assert_eq!(stat.flags, vec![Flag::UncheckedStatistic]);
    assert_eq!(bare.level, Some(Level::Unsourced));

    let ids =
        |f: ClaimFilter| -> Vec<i64> { store.claims(&f).unwrap().iter().map(|r| r.id).collect() };
    assert_eq!(
        ids(ClaimFilter {
            unsourced: true,
            ..Default::default()
        }),
        vec![bare.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            thin: true,
            ..Default::default()
        }),
        vec![lede.id, stat.id, bare.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            flag: Some(Flag::UncheckedStatistic),
            ..Default::default()
        }),
        vec![stat.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            source: Some("laurent nunez".into()),
            ..Default::default()
        }),
        vec![stat.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            search: Some("diaspora".into()),
            ..Default::default()
        }),
        vec![lede.id]
    );
    let err = store
        .claims(&ClaimFilter {
            search: Some("\"unterminated".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().starts_with("bad search query"), "{err}");

    // The view reads the same stored values.
    let unsourced: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM unsourced_claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(unsourced, 1);
    let rows = store.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(rows[1].sources[0].name, "Laurent Nunez");
    assert_eq!(rows[1].sources[0].cue.as_deref(), Some("said"));
}

mod audit;
mod dump;
mod identity;
mod migrate;
mod updates;
