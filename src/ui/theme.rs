//! The look: a calm green-and-neutral palette that suits a halal/pesantren brand, one spacing
//! scale and one type scale, in light and dark.

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, TextStyle, Visuals};

/// Deep pesantren green, used for primary actions and the halal mark.
pub const GREEN: Color32 = Color32::from_rgb(0x1f, 0x6f, 0x4a);
pub const GREEN_LIGHT: Color32 = Color32::from_rgb(0xd9, 0xee, 0xe1);
/// Warm gold for "featured" and warnings that are not errors.
pub const AMBER: Color32 = Color32::from_rgb(0xa8, 0x6b, 0x00);
pub const AMBER_LIGHT: Color32 = Color32::from_rgb(0xf2, 0xd8, 0x9b);
/// Text on light fills, in either theme.
pub const INK: Color32 = Color32::from_rgb(0x22, 0x2a, 0x25);
pub const RED: Color32 = Color32::from_rgb(0xb0, 0x2a, 0x2a);

/// Muted tints for cover placeholders, one per category position.
pub const CATEGORY_TINTS: [Color32; 6] = [
    Color32::from_rgb(0x2f, 0x7d, 0x5b),
    Color32::from_rgb(0x8a, 0x6a, 0x2f),
    Color32::from_rgb(0x3d, 0x6e, 0x8c),
    Color32::from_rgb(0x7a, 0x4e, 0x6b),
    Color32::from_rgb(0x5c, 0x72, 0x3a),
    Color32::from_rgb(0x9a, 0x55, 0x3b),
];

/// A lighter green that reads on dark panels.
pub const GREEN_BRIGHT: Color32 = Color32::from_rgb(0x6c, 0xc9, 0x95);

/// Green text that reads in either theme (prices, titles, selections).
pub fn accent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        GREEN_BRIGHT
    } else {
        GREEN
    }
}

/// Spacing scale (points).
pub const SPACE_S: f32 = 4.0;
pub const SPACE_M: f32 = 8.0;
pub const SPACE_L: f32 = 16.0;

/// The family for bold text (headings, names, buttons that matter).
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// The family drawing a PDF face in the catalogue preview.
pub fn pdf_family(face: crate::pdf::fonts::Face) -> FontFamily {
    match face {
        crate::pdf::fonts::Face::Regular => FontFamily::Name("pdf-regular".into()),
        crate::pdf::fonts::Face::Bold => FontFamily::Name("pdf-bold".into()),
    }
}

/// DejaVu Sans (from the `dejavu` crate, the same bytes the PDF uses): condensed for the body, so
/// longer Indonesian labels fit, with the full family behind it for Arabic and symbols.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::{FontData, FontDefinitions};
    use std::sync::Arc;
    let mut fonts = FontDefinitions::default();
    let faces: [(&str, &'static [u8]); 4] = [
        ("dejavu-condensed", dejavu::sans_condensed::regular()),
        ("dejavu-condensed-bold", dejavu::sans_condensed::bold()),
        ("dejavu", dejavu::sans::regular()),
        ("dejavu-bold", dejavu::sans::bold()),
    ];
    for (name, bytes) in faces {
        fonts
            .font_data
            .insert(name.to_string(), Arc::new(FontData::from_static(bytes)));
    }
    let fallback = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let regular: Vec<String> = ["dejavu-condensed", "dejavu"]
        .iter()
        .map(|s| s.to_string())
        .chain(fallback.iter().cloned())
        .collect();
    let bold_faces: Vec<String> = ["dejavu-condensed-bold", "dejavu-bold", "dejavu"]
        .iter()
        .map(|s| s.to_string())
        .chain(fallback)
        .collect();
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(bold(), bold_faces);
    // The PDF's own faces (not condensed), for the catalogue preview.
    fonts.families.insert(
        pdf_family(crate::pdf::fonts::Face::Regular),
        vec!["dejavu".to_string()],
    );
    fonts.families.insert(
        pdf_family(crate::pdf::fonts::Face::Bold),
        vec!["dejavu-bold".to_string(), "dejavu".to_string()],
    );
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("dejavu".to_string());
    }
    ctx.set_fonts(fonts);
}

/// Applies the theme to a context.
pub fn apply(ctx: &egui::Context, dark: bool) {
    let mut visuals = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    visuals.selection.bg_fill = if dark {
        Color32::from_rgb(0x2b, 0x5e, 0x45)
    } else {
        GREEN_LIGHT
    };
    visuals.selection.stroke = Stroke::new(1.0, if dark { Color32::WHITE } else { GREEN });
    visuals.hyperlink_color = GREEN;
    if !dark {
        visuals.panel_fill = Color32::from_rgb(0xf6, 0xf5, 0xf0);
        visuals.window_fill = Color32::from_rgb(0xfc, 0xfb, 0xf8);
        visuals.extreme_bg_color = Color32::WHITE;
        visuals.faint_bg_color = Color32::from_rgb(0xee, 0xed, 0xe6);
    }
    visuals.window_corner_radius = CornerRadius::same(8);
    visuals.widgets.inactive.corner_radius = CornerRadius::same(5);
    visuals.widgets.hovered.corner_radius = CornerRadius::same(5);
    visuals.widgets.active.corner_radius = CornerRadius::same(5);
    let theme = if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    ctx.set_theme(theme);
    ctx.set_visuals_of(theme, visuals);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(SPACE_M, SPACE_M * 0.75);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.window_margin = Margin::same(SPACE_L as i8);
        style.text_styles = [
            (TextStyle::Heading, FontId::new(22.0, bold())),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
        ]
        .into();
    });
}
