//! Words for diagram boxes and headings, and the longer descriptions used in the text version.

use crate::domain::content::model::Direction;
use crate::domain::content::Content;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::domain::route::Family;
use crate::domain::titles::family_label;

/// The visible label of a box or column heading with `id`.
pub fn label(id: &str, content: &Content, lang: Lang) -> String {
    if let Some(family) = Family::from_slug(id) {
        return family_label(family).get(lang).to_string();
    }
    let heading = match id.split(':').next().unwrap_or(id) {
        "one-way" => Some(s::ONE_WAY),
        "two-way" => Some(s::TWO_WAY),
        "internal" => Some(s::COL_INTERNAL),
        "external" => Some(s::COL_EXTERNAL),
        "other" => Some(s::COL_OTHER),
        "needs" => Some(s::COL_NEEDS),
        _ => None,
    };
    if let Some(heading) = heading {
        return heading.get(lang).to_string();
    }
    if let Some(finding) = content.finding(id) {
        return finding.short.get(lang).to_string();
    }
    if let Some((finding, facet)) = id.split_once('/') {
        if let Some(facet) = content
            .finding(finding)
            .and_then(|f| f.facets.iter().find(|x| x.slug == facet))
        {
            return facet.label.get(lang).to_string();
        }
    }
    if let Some(action) = content.findings.actions.iter().find(|a| a.slug == id) {
        return action.label.get(lang).to_string();
    }
    id.to_string()
}

/// A sentence describing the box, for the text version of a diagram.
pub fn description(id: &str, content: &Content, lang: Lang) -> Option<String> {
    if let Some(finding) = content.finding(id) {
        return Some(crate::domain::text::plain_text(finding.summary.get(lang)));
    }
    if let Some(action) = content.findings.actions.iter().find(|a| a.slug == id) {
        return Some(action_sentence(action, content, lang));
    }
    let (finding, facet) = id.split_once('/')?;
    let facet = content
        .finding(finding)?
        .facets
        .iter()
        .find(|x| x.slug == facet)?;
    let mut text = facet
        .detail
        .as_ref()
        .map(|d| crate::domain::text::plain_text(d.get(lang)))
        .unwrap_or_default();
    if !facet.children.is_empty() {
        let children: Vec<&str> = facet.children.iter().map(|c| c.label.get(lang)).collect();
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!("({})", children.join(", ")));
    }
    (!text.is_empty()).then_some(text)
}

/// "Like falls under applause and is one-way."
pub fn action_sentence(
    action: &crate::domain::content::model::Action,
    content: &Content,
    lang: Lang,
) -> String {
    let form = content
        .finding(&action.form)
        .map(|f| f.title.get(lang))
        .unwrap_or(&action.form);
    let direction = if action.direction == Direction::TwoWay {
        s::TWO_WAY
    } else {
        s::ONE_WAY
    };
    s::ACTION_FALLS.fill(lang, &[action.label.get(lang), form, direction.get(lang)])
}
