//! The self-assessment instrument, loaded from `assets/content/quiz.json`.

use crate::domain::text::Bilingual;
use miniserde::Deserialize;

/// The whole instrument.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Instrument {
    /// Bumped whenever items change; result codes carry it.
    pub version: u8,
    /// Shown before the start and on the results.
    pub disclaimer: Bilingual,
    /// Shown on the intro screen.
    pub intro: Bilingual,
    /// The unscored reflection on one-sided closeness.
    pub reflection: Bilingual,
    /// Answer labels.
    pub scales: Scales,
    /// The ten constructs, in order.
    pub constructs: Vec<Construct>,
}

/// Labels of the two five-point scales.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Scales {
    /// Strongly disagree … strongly agree.
    pub agreement: Vec<Bilingual>,
    /// Never … very often.
    pub frequency: Vec<Bilingual>,
}

/// One construct: a motivation, interaction form, benefit, or parasocial closeness.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Construct {
    /// Id, also the `data-construct` attribute.
    pub slug: String,
    /// `motivations`, `interactions`, `benefits` or `closeness`.
    pub family: String,
    /// `agreement` or `frequency`.
    pub scale: String,
    /// The finding (or page) it maps onto.
    pub finding: String,
    /// The first quiz version that asked exactly these statements: scores from older codes
    /// are not comparable with this version's and are never pooled with them.
    pub since: u8,
    /// Name.
    pub label: Bilingual,
    /// Statements.
    pub items: Vec<Item>,
    /// What a high, middle or low score connects to in the study; also used for results of
    /// earlier versions that scored the construct as one number.
    pub bands: Bands,
    /// Sub-scores reported instead of one number (attraction: physical appeal, similarity,
    /// competence), each a facet of the finding; absent for single-score constructs.
    pub parts: Option<Vec<Part>>,
}

/// A statement to answer.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Item {
    /// Id, unique within one version of the quiz.
    pub slug: String,
    /// The part (sub-score) it counts towards, for constructs with parts.
    pub part: Option<String>,
    /// The statement.
    pub text: Bilingual,
}

/// A sub-score of a construct: one facet of its finding.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Part {
    /// The facet slug in the construct's finding, e.g. `physical`.
    pub slug: String,
    /// Name.
    pub label: Bilingual,
    /// What a high, middle or low sub-score connects to in the study.
    pub bands: Bands,
}

/// Sentences for each score band.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Bands {
    /// Score ≥ 67.
    pub high: Bilingual,
    /// 34–66.
    pub middle: Bilingual,
    /// ≤ 33.
    pub low: Bilingual,
}

impl Construct {
    /// Its parts, empty for a single-score construct.
    pub fn parts(&self) -> &[Part] {
        self.parts.as_deref().unwrap_or_default()
    }
}

impl Instrument {
    /// Number of items across all constructs.
    pub fn item_count(&self) -> usize {
        self.constructs.iter().map(|c| c.items.len()).sum()
    }

    /// Every item with its construct, in answering order.
    pub fn flat_items(&self) -> Vec<(&Construct, &Item)> {
        self.constructs
            .iter()
            .flat_map(|c| c.items.iter().map(move |i| (c, i)))
            .collect()
    }

    /// The construct of the item at `index` in answering order.
    pub fn construct_at(&self, index: usize) -> Option<&Construct> {
        self.flat_items().get(index).map(|(c, _)| *c)
    }

    /// The construct with `slug`.
    pub fn construct(&self, slug: &str) -> Option<&Construct> {
        self.constructs.iter().find(|c| c.slug == slug)
    }

    /// The scale labels used by `construct`.
    pub fn scale_for(&self, construct: &Construct) -> &[Bilingual] {
        if construct.scale == "frequency" {
            &self.scales.frequency
        } else {
            &self.scales.agreement
        }
    }
}
