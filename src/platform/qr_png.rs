//! The lecturer kit's QR code as a PNG file, for slides and handouts: the same modules as
//! the SVG on the page, drawn on a canvas with a white quiet zone and downloaded.

use super::{card, files};
use crate::domain::qr::QrSvg;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

/// Pixels per module: a 33-module code with its quiet zone is about 1,000 pixels wide,
/// sharp on a projected slide.
const SCALE: u32 = 24;

/// Draws `qr` and offers it as the download `name`.
pub async fn download(qr: &QrSvg, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let side = u32::try_from(qr.size).map_err(|_| JsValue::NULL)? * SCALE;
    canvas.set_width(side);
    canvas.set_height(side);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or(JsValue::NULL)?.dyn_into()?;
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, f64::from(side), f64::from(side));
    context.scale(f64::from(SCALE), f64::from(SCALE))?;
    context.set_fill_style_str("#000");
    context.fill_with_path_2d(&Path2d::new_with_path_string(&qr.path)?);
    let png = card::png(&canvas).await?;
    files::download_blob(name, &png)
}
