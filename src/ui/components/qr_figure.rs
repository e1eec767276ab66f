//! A link as a QR code: an inline SVG on the page, and a PNG download for slides.

use crate::domain::i18n::{embed as e, teach as t};
use crate::domain::qr::qr_svg;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`QrFigure`].
#[derive(Properties, PartialEq)]
pub struct QrFigureProps {
    /// What the code says.
    pub link: AttrValue,
    /// The PNG's file name.
    pub file: AttrValue,
}

/// The link as a QR code, encoded once per link, with a PNG download for slides.
#[function_component(QrFigure)]
pub fn qr_figure(props: &QrFigureProps) -> Html {
    let lang = use_lang();
    let qr = use_memo(props.link.clone(), |link| qr_svg(link));
    let failed = use_state(|| false);
    let Some(code) = (*qr).clone() else {
        return html! {};
    };
    let download = {
        let (file, failed) = (props.file.clone(), failed.clone());
        let code = code.clone();
        Callback::from(move |_: MouseEvent| {
            let (code, file, failed) = (code.clone(), file.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                failed.set(
                    crate::platform::qr_png::download(&code, &file)
                        .await
                        .is_err(),
                );
            });
        })
    };
    let alt = t::QR_ALT.fill(lang, &[&props.link]);
    html! {
        <>
            <svg class="qr" data-testid="qr" viewBox={format!("0 0 {0} {0}", code.size)} role="img" aria-label={alt} shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d={code.path} fill="#000" />
            </svg>
            <p><button type="button" class="button button--small" data-testid="qr-download" onclick={download}>{e::QR_DOWNLOAD.get(lang)}</button></p>
            if *failed { <p class="warning" role="status">{e::QR_FAILED.get(lang)}</p> }
        </>
    }
}
