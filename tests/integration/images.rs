//! The image pipeline: PNGs recompressed without changing a pixel, smaller copies of wide
//! images with `srcset`, sizes on every processed `<img>`, metadata still stripped, and
//! downscaled screenshots still legible (SSIM against an area-averaged reference).

use crate::support::*;
use image::{DynamicImage, GenericImageView, ImageFormat, Rgb, RgbImage};
use std::path::Path;

/// A 2000×1200 screenshot-like PNG: a light window with a title bar, rows of dark
/// glyph-like strokes (text, which downscaling must keep readable) and a picture.
pub(crate) fn screenshot() -> Vec<u8> {
    let mut shot = RgbImage::from_pixel(2000, 1200, Rgb([250, 250, 247]));
    let mut state = 0x2545_f491_u32;
    for (x, y, p) in shot.enumerate_pixels_mut() {
        if y < 60 {
            *p = Rgb([47, 93, 80]);
        } else if x >= 1300 && y >= 100 {
            // A map or photo shown in the app: smooth shades with grain.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let grain = (state % 23) as u8;
            *p = Rgb([((x - 1300) / 4) as u8 + grain, (y / 6) as u8 + grain, 120 + grain]);
        } else if (100..1150).contains(&y) && (y - 100) % 40 < 14 && (40..1900).contains(&x) {
            // Glyphs 9 px wide with 3 px gaps, words every 7 glyphs, lines of varied length.
            let (glyph, row) = ((x - 40) / 12, (y - 100) / 40);
            let stroke = (x - 40) % 12 < 9 && glyph % 7 != 6 && glyph < 100 + (row * 37) % 55;
            let shape = ((x * 7 + y * 13 + glyph * 29) % 11) < 6;
            if stroke && shape {
                *p = Rgb([31, 42, 39]);
            }
        }
    }
    encode(DynamicImage::ImageRgb8(shot), ImageFormat::Png)
}

/// A 1600×1000 photo-like JPEG: smooth gradients and noise.
pub(crate) fn photo() -> Vec<u8> {
    let mut state = 0x9e37_79b9_u32;
    let photo = RgbImage::from_fn(1600, 1000, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state % 24) as u8;
        Rgb([(x / 8) as u8 / 2 + noise, (y / 5) as u8 / 2 + noise, ((x + y) / 12) as u8 / 2 + noise])
    });
    encode(DynamicImage::ImageRgb8(photo), ImageFormat::Jpeg)
}

/// A 32×32 icon.
pub(crate) fn icon() -> Vec<u8> {
    let icon =
        RgbImage::from_fn(32, 32, |x, y| if (x / 8 + y / 8) % 2 == 0 { Rgb([200, 40, 40]) } else { Rgb([255; 3]) });
    encode(DynamicImage::ImageRgb8(icon), ImageFormat::Png)
}

fn encode(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

/// A page bundle with the three fixture images, and the icon again in `static/`.
pub(crate) fn site_with_pictures() -> TestSite {
    let site = TestSite::new(
        r#"
-- content/_index.md --
+++
title = "Home"
+++
-- content/guide/index.md --
+++
title = "Guide"
+++
![The settings *screen*](shot.png "Settings")

![A street](photo.jpg)

![](/images/icon.png)
"#,
    );
    for (path, bytes) in [
        ("content/guide/shot.png", screenshot()),
        ("content/guide/photo.jpg", photo()),
        ("static/images/icon.png", icon()),
    ] {
        std::fs::create_dir_all(site.root().join(path).parent().unwrap()).unwrap();
        std::fs::write(site.root().join(path), bytes).unwrap();
    }
    site
}

fn decoded(path: &Path) -> DynamicImage {
    image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Mean SSIM of the luma of two same-sized images over 8×8 windows.
fn ssim(a: &DynamicImage, b: &DynamicImage) -> f64 {
    let (a, b) = (a.to_luma8(), b.to_luma8());
    assert_eq!(a.dimensions(), b.dimensions());
    let (c1, c2) = ((0.01 * 255.0f64).powi(2), (0.03 * 255.0f64).powi(2));
    let mut total = 0.0;
    let mut windows = 0;
    for wy in (0..a.height() - 7).step_by(8) {
        for wx in (0..a.width() - 7).step_by(8) {
            let pixels: Vec<(f64, f64)> = (0..64)
                .map(|i| (f64::from(a[(wx + i % 8, wy + i / 8)][0]), f64::from(b[(wx + i % 8, wy + i / 8)][0])))
                .collect();
            let (ma, mb) = pixels.iter().fold((0.0, 0.0), |(x, y), (p, q)| (x + p / 64.0, y + q / 64.0));
            let (va, vb, cov) = pixels.iter().fold((0.0, 0.0, 0.0), |(x, y, z), (p, q)| {
                (x + (p - ma).powi(2) / 63.0, y + (q - mb).powi(2) / 63.0, z + (p - ma) * (q - mb) / 63.0)
            });
            total += ((2.0 * ma * mb + c1) * (2.0 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            windows += 1;
        }
    }
    total / f64::from(windows)
}

#[test]
fn wide_images_get_smaller_copies_and_every_image_its_size() {
    let site = site_with_pictures();
    let built = site.built();
    assert!(!render(&built.warnings).contains("image"), "{}", render(&built.warnings));
    let out = site.out();
    let page = site.html("guide/index.html");
    let imgs = select(&page, ".content img");
    assert_eq!(imgs.len(), 3);
    let (shot, street, icon) = (imgs[0], imgs[1], imgs[2]);

    assert_eq!(attr(shot, "src"), "shot.png");
    assert_eq!(attr(shot, "alt"), "The settings screen");
    assert_eq!(attr(shot, "title"), "Settings");
    assert_eq!((attr(shot, "width"), attr(shot, "height")), ("2000".into(), "1200".into()));
    assert_eq!(attr(shot, "srcset"), "shot-480w.png 480w, shot-960w.png 960w, shot.png 2000w");
    assert_eq!(attr(shot, "sizes"), "(max-width: 46rem) 100vw, 46rem");
    assert!(shot.value().attr("loading").is_none(), "the first image may be above the fold");
    assert_eq!(attr(street, "srcset"), "photo-480w.jpg 480w, photo-960w.jpg 960w, photo.jpg 1600w");
    assert_eq!(attr(street, "loading"), "lazy");
    assert_eq!((attr(icon, "width"), attr(icon, "height")), ("32".into(), "32".into()));
    assert!(icon.value().attr("srcset").is_none(), "narrower than the column: no copies");
    assert_eq!(attr(icon, "alt"), "");

    for (name, width, height) in [
        ("shot-480w.png", 480, 288),
        ("shot-960w.png", 960, 576),
        ("photo-480w.jpg", 480, 300),
        ("photo-960w.jpg", 960, 600),
    ] {
        assert_eq!(decoded(&out.join("guide").join(name)).dimensions(), (width, height), "{name}");
        let original = if name.starts_with("shot") { "shot.png" } else { "photo.jpg" };
        let size = |name: &str| std::fs::metadata(out.join("guide").join(name)).unwrap().len();
        assert!(size(name) < size(original), "{name} is not smaller than {original}");
    }
    assert!(!out.join("images/icon-480w.png").exists());

    // Lossless: the same pixels in fewer bytes.
    let source = image::load_from_memory(&screenshot()).unwrap();
    let published = std::fs::read(out.join("guide/shot.png")).unwrap();
    assert!(published.len() < screenshot().len(), "{} >= {}", published.len(), screenshot().len());
    assert_eq!(image::load_from_memory(&published).unwrap().to_rgb8(), source.to_rgb8());
    assert_eq!(std::fs::read(out.join("guide/photo.jpg")).unwrap(), photo(), "a JPEG is never re-encoded");

    // Text in the 960 px copy stays as legible as an exact area average of the original.
    let reference = source.resize_exact(960, 576, image::imageops::FilterType::Triangle);
    let copy = decoded(&out.join("guide/shot-960w.png"));
    let score = ssim(&copy, &reference);
    assert!(score > 0.9, "SSIM {score}");
    // The floor means something: a blurred copy falls below it.
    let blurred = source.resize_exact(240, 144, image::imageops::FilterType::Triangle).resize_exact(
        960,
        576,
        image::imageops::FilterType::Triangle,
    );
    assert!(ssim(&blurred, &reference) < 0.9);
}

/// Unpacked from a bundle and opened from `file://`, a narrow window loads the 480 px copy
/// and a wide one the 960 px copy; every image decodes.
#[test]
fn chromium_picks_the_small_copies_from_file_urls() {
    let site = site_with_pictures();
    let out = site.root().join("bundles");
    let settings = cairn::BundleSettings { languages: vec!["en".into()], ..Default::default() };
    cairn::bundle(site.root(), &out, &Default::default(), &settings).unwrap_or_else(|d| panic!("{}", render(&d)));
    let scratch = tempfile::tempdir().unwrap();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(out.join("test-handbook-en.zip")).unwrap()).unwrap();
    archive.extract(scratch.path()).unwrap();
    let url = format!("file://{}", scratch.path().join("test-handbook-en/guide/index.html").display());
    for (width, shot, street) in
        [("360", "shot-480w.png", "photo-480w.jpg"), ("1280", "shot-960w.png", "photo-960w.jpg")]
    {
        let Some(result) = node_script("images.mjs", &[&url, width]) else { return };
        let expected = serde_json::json!([
            { "src": shot, "decoded": true },
            { "src": street, "decoded": true },
            { "src": "icon.png", "decoded": true },
        ]);
        assert_eq!(result["loaded"], expected, "{width} px: {result}");
        assert_eq!(result["errors"], serde_json::json!([]));
    }
}

/// Unpacked from a compact bundle and opened from `file://`, every image decodes: Chromium
/// shows the WebP copies (and the icon kept as PNG) with nothing else to pick from.
#[test]
fn chromium_shows_the_compact_copies_from_file_urls() {
    let site = site_with_pictures();
    let out = site.root().join("bundles");
    let settings = cairn::BundleSettings {
        languages: vec!["en".into()],
        edition: cairn::output::bundle::BundleEdition::Compact,
        ..Default::default()
    };
    cairn::bundle(site.root(), &out, &Default::default(), &settings).unwrap_or_else(|d| panic!("{}", render(&d)));
    let scratch = tempfile::tempdir().unwrap();
    let zip = std::fs::File::open(out.join("test-handbook-en-compact.zip")).unwrap();
    zip::ZipArchive::new(zip).unwrap().extract(scratch.path()).unwrap();
    let page = scratch.path().join("test-handbook-en-compact/guide/index.html");
    let Some(result) = node_script("images.mjs", &[&format!("file://{}", page.display()), "1280"]) else { return };
    let expected = serde_json::json!([
        { "src": "shot.compact.webp", "decoded": true },
        { "src": "photo.compact.webp", "decoded": true },
        { "src": "icon.png", "decoded": true },
    ]);
    assert_eq!(result["loaded"], expected, "{result}");
    assert_eq!(result["errors"], serde_json::json!([]));
}

/// The default theme's stylesheets and scripts (highlighting stylesheet included) stay
/// under 30 KB gzip together: every page of a bundle read on prepaid data pays for them.
#[test]
fn the_default_theme_weighs_under_30_kb_gzip() {
    let site = TestSite::new("-- content/_index.md --\n+++\ntitle = \"Home\"\n+++\n");
    site.built();
    let files: Vec<String> = snapshot(&site.out())
        .into_keys()
        .filter(|path| path.ends_with(".css") || (path.ends_with(".js") && !path.starts_with("search/")))
        .collect();
    assert!(
        files.iter().any(|f| f.ends_with("cairn.css")) && files.iter().any(|f| f.ends_with("search.js")),
        "{files:?}"
    );
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    for file in &files {
        std::io::Write::write_all(&mut gzip, &std::fs::read(site.out().join(file)).unwrap()).unwrap();
    }
    let compressed = gzip.finish().unwrap().len();
    assert!(compressed < 30_000, "{files:?}: {compressed} bytes gzip");
}

/// `cairn build --report`: the pages with the screenshot and the photo are the heaviest, and
/// its weight counts what a browser downloads (the `src` images, not every `srcset` copy),
/// gzip-compressed; the median follows.
#[test]
fn the_report_lists_the_heaviest_pages_by_download_size() {
    let site = site_with_pictures();
    let output = site.cairn(&["build", "--report"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let lines: Vec<&str> = stdout.lines().skip_while(|l| !l.starts_with("heaviest pages")).collect();
    assert_eq!(lines[0], "heaviest pages (HTML + CSS + JS + images, gzip):", "{stdout}");
    // The page in each language (fr and ar fall back to the English text and its images).
    for (line, page) in lines[1..4].iter().zip(["  ar/guide/index.html", "  fr/guide/index.html", "  guide/index.html"])
    {
        assert!(line.ends_with(page), "{stdout}");
    }
    let weight = |line: &str| -> f64 {
        let (number, unit) = line.trim().split_once(' ').unwrap();
        number.parse::<f64>().unwrap() * if unit.starts_with("MB") { 1e6 } else { 1e3 }
    };
    let out = site.out();
    let gz = |path: &str| {
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gzip, &std::fs::read(out.join(path)).unwrap()).unwrap();
        gzip.finish().unwrap().len() as f64
    };
    let images = gz("guide/shot.png") + gz("guide/photo.jpg") + gz("images/icon.png");
    let heaviest = weight(lines[1]);
    assert!(heaviest > images && heaviest < images + 60_000.0, "{heaviest} vs images {images}: {stdout}");
    assert!(weight(lines[4]) < 60_000.0, "pages without images weigh little: {stdout}");
    assert!(stdout.contains("median page weight: "), "{stdout}");
}

/// A compact copy decoded by libwebp's own decoder (the `image` crate here reads PNG and
/// JPEG only).
fn decoded_webp(bytes: &[u8]) -> DynamicImage {
    assert!(bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"), "not a WebP file");
    let webp = webp::Decoder::new(bytes).decode().expect("a decodable WebP");
    let (width, height, pixels) = (webp.width(), webp.height(), webp.to_vec());
    if webp.is_alpha() {
        DynamicImage::ImageRgba8(image::RgbaImage::from_raw(width, height, pixels).unwrap())
    } else {
        DynamicImage::ImageRgb8(RgbImage::from_raw(width, height, pixels).unwrap())
    }
}

/// The `compact` edition: the screenshot and the photo as column-wide lossy WebP (their
/// PNG/JPEG and `srcset` copies left out, pages pointing at the WebP with its size), the
/// icon as it was (a lossy copy would be larger); the screenshot's text holds an SSIM floor;
/// the ZIP is at most 35% of the full one's bytes and the same bytes every time; an original
/// a page links to stays.
#[test]
fn the_compact_edition_carries_column_wide_webp_copies() {
    use cairn::output::bundle::BundleEdition;
    let site = site_with_pictures();
    let bundle = |edition, out: &str| {
        let out = site.root().join(out);
        let settings = cairn::BundleSettings { languages: vec!["en".into()], edition, ..Default::default() };
        cairn::bundle(site.root(), &out, &Default::default(), &settings).unwrap_or_else(|d| panic!("{}", render(&d)));
        out
    };
    let pictures = |files: &std::collections::BTreeMap<String, Vec<u8>>| -> Vec<String> {
        files
            .keys()
            .filter_map(|n| n.split_once('/').map(|(_, path)| path.to_string()))
            .filter(|n| [".webp", ".jpg", ".png"].iter().any(|e| n.ends_with(e)))
            .collect()
    };
    let out = bundle(BundleEdition::Compact, "compact");
    let zip = out.join("test-handbook-en-compact.zip");
    let files = zip_entries(&zip);
    let file = |path: &str| &files[&format!("test-handbook-en-compact/{path}")];
    assert_eq!(pictures(&files), ["guide/photo.compact.webp", "guide/shot.compact.webp", "images/icon.png"]);

    let html = scraper::Html::parse_document(std::str::from_utf8(file("guide/index.html")).unwrap());
    let imgs = select(&html, ".content img");
    let (shot, street, icon) = (imgs[0], imgs[1], imgs[2]);
    assert_eq!(attr(shot, "src"), "shot.compact.webp");
    assert_eq!((attr(shot, "width"), attr(shot, "height")), ("736".into(), "442".into()));
    assert_eq!(attr(shot, "alt"), "The settings screen");
    assert_eq!(attr(street, "src"), "photo.compact.webp");
    assert_eq!((attr(street, "width"), attr(street, "height")), ("736".into(), "460".into()));
    assert_eq!(attr(icon, "src"), "../images/icon.png");
    assert!(imgs.iter().all(|img| img.value().attr("srcset").is_none() && img.value().attr("sizes").is_none()));

    let shot = decoded_webp(file("guide/shot.compact.webp"));
    assert_eq!(shot.dimensions(), (736, 442));
    assert_eq!(decoded_webp(file("guide/photo.compact.webp")).dimensions(), (736, 460));
    // Text stays legible next to an exact area average of the source at the same size.
    let reference =
        image::load_from_memory(&screenshot()).unwrap().resize_exact(736, 442, image::imageops::FilterType::Triangle);
    let score = ssim(&shot, &reference);
    assert!(score > 0.95, "SSIM {score}");
    // The floor means something: text blurred to a quarter of the column falls below it.
    let blurred = reference.resize_exact(184, 110, image::imageops::FilterType::Triangle).resize_exact(
        736,
        442,
        image::imageops::FilterType::Triangle,
    );
    let blurred_score = ssim(&blurred, &reference);
    assert!(blurred_score < 0.95, "SSIM {blurred_score}");

    let again = bundle(BundleEdition::Compact, "again");
    assert_eq!(std::fs::read(&zip).unwrap(), std::fs::read(again.join("test-handbook-en-compact.zip")).unwrap());
    let full = bundle(BundleEdition::Full, "full").join("test-handbook-en.zip");
    assert_eq!(zip_entries(&full)["test-handbook-en/images/icon.png"], *file("images/icon.png"));
    let (compact, full) = (std::fs::metadata(&zip).unwrap().len(), std::fs::metadata(&full).unwrap().len());
    assert!(compact * 100 <= full * 35, "compact {compact} bytes, full {full}");

    let page = site.root().join("content/guide/index.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, format!("{text}\n[The street at full size](photo.jpg)\n")).unwrap();
    let linked = zip_entries(&bundle(BundleEdition::Compact, "linked").join("test-handbook-en-compact.zip"));
    assert_eq!(
        pictures(&linked),
        ["guide/photo.compact.webp", "guide/photo.jpg", "guide/shot.compact.webp", "images/icon.png"]
    );
}
