//! Draws a results card ([`crate::domain::card`]) on a canvas and hands the PNG to the
//! reader: the share sheet where the browser can share files, a download otherwise. The
//! picture never leaves the browser unless the reader shares it.

use crate::domain::card::{CardFormat, Op, FONT_FAMILY};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// How the picture reached the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Through the system share sheet.
    Shared,
    /// As a downloaded file (no file sharing here, or the share sheet was closed).
    Downloaded,
}

/// Draws `ops` on a new canvas of `format`'s size.
pub fn draw(format: CardFormat, ops: &[Op]) -> Result<HtmlCanvasElement, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let (width, height) = format.size();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or(JsValue::NULL)?.dyn_into()?;
    context.set_text_baseline("top");
    for op in ops {
        draw_op(&context, op)?;
    }
    Ok(canvas)
}

fn draw_op(context: &CanvasRenderingContext2d, op: &Op) -> Result<(), JsValue> {
    match op {
        Op::Fill {
            x,
            y,
            w,
            h,
            radius,
            colour,
        } => {
            context.set_fill_style_str(&colour.css());
            context.begin_path();
            let (x, y, w, h) = (f64::from(*x), f64::from(*y), f64::from(*w), f64::from(*h));
            context.round_rect_with_f64(x, y, w, h, f64::from(*radius))?;
            context.fill();
        }
        Op::Text {
            x,
            y,
            size,
            bold,
            colour,
            text,
            max_width,
        } => {
            let weight = if *bold { 700 } else { 400 };
            // Whole pixels: formatting an f64 would bring float printing into the binary.
            let font = |size: u32| format!("{weight} {size}px {FONT_FAMILY}");
            context.set_font(&font(*size));
            // The layout leaves room for the widest common fonts; should this one still run
            // wider, the line is drawn smaller, never squeezed (no maximum width is passed).
            let width = context.measure_text(text)?.width();
            if width > f64::from(*max_width) {
                let smaller = f64::from(*size) * f64::from(*max_width) / width;
                context.set_font(&font(smaller as u32));
            }
            context.set_fill_style_str(&colour.css());
            context.fill_text(text, f64::from(*x), f64::from(*y))?;
        }
        Op::Icon {
            x,
            y,
            size,
            glyph,
            colour,
        } => {
            let path = web_sys::Path2d::new_with_path_string(glyph.path())?;
            context.save();
            context.translate(f64::from(*x), f64::from(*y))?;
            let scale = f64::from(*size) / 24.0;
            context.scale(scale, scale)?;
            context.set_stroke_style_str(&colour.css());
            context.set_line_width(2.0);
            context.set_line_cap("round");
            context.set_line_join("round");
            context.stroke_with_path(&path);
            context.restore();
        }
    }
    Ok(())
}

/// The canvas as a PNG file.
pub async fn png(canvas: &HtmlCanvasElement) -> Result<web_sys::Blob, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_failure = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            // A canvas too large to encode gives `null`.
            let _ = if blob.is_null() {
                reject.call0(&JsValue::NULL)
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if canvas
            .to_blob_with_type(done.unchecked_ref(), "image/png")
            .is_err()
        {
            let _ = on_failure.call0(&JsValue::NULL);
        }
    });
    JsFuture::from(promise).await?.dyn_into()
}

/// Shares `png` as a file named `name` where the browser can share files, and downloads it
/// otherwise (also when the reader closes the share sheet, so asking always gives a file).
pub async fn deliver(png: &web_sys::Blob, name: &str, title: &str) -> Result<Delivery, JsValue> {
    if let Some(data) = file_share_data(png, name, title) {
        let navigator = web_sys::window().ok_or(JsValue::NULL)?.navigator();
        if JsFuture::from(navigator.share_with_data(&data))
            .await
            .is_ok()
        {
            return Ok(Delivery::Shared);
        }
    }
    super::files::download_blob(name, png)?;
    Ok(Delivery::Downloaded)
}

/// Share data holding the picture, if this browser can share files at all.
fn file_share_data(png: &web_sys::Blob, name: &str, title: &str) -> Option<web_sys::ShareData> {
    let navigator = web_sys::window()?.navigator();
    let has =
        |name: &str| js_sys::Reflect::has(&navigator, &JsValue::from_str(name)).unwrap_or(false);
    if !has("share") || !has("canShare") {
        return None;
    }
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let parts = js_sys::Array::of1(png);
    let file = web_sys::File::new_with_blob_sequence_and_options(&parts, name, &options).ok()?;
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_files(&js_sys::Array::of1(&file));
    navigator.can_share_with_data(&data).then_some(data)
}
