//! The product editor: every field, Indonesian and English side by side, messages next to the
//! fields as the user types, completeness per language, Save / Cancel / Delete.

use super::theme;
use super::widgets::{
    checks_kept, combo_above, completeness_ui, date_field, halal_standing, icon_button,
    rupiah_edit, rupiah_field, section, text_field, two_columns,
};
use crate::app::draft::{Check, Field, TierDraft};
use crate::app::thumbs::{Size, Thumbs};
use crate::app::{After, Command, DeleteTarget, EtalaseApp};
use crate::domain::photo::Focus;
use crate::domain::{HalalIssuer, HalalScheme, HalalStatus, PhotoId, TrademarkStatus};
use crate::i18n::Translator;
use egui::{RichText, Ui};

pub fn editor_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let Some(editor) = app.editor.as_ref() else {
        return;
    };
    let editing = (!editor.is_new).then_some(editor.base.id);
    let today = app.today();
    let checks = editor.draft.checks(&|k| app.sku_taken(k, editing), today);
    let preview = editor.draft.apply_to(&editor.base);
    let stale = preview.english_is_stale();
    let is_new = editor.is_new;
    let dirty = editor.is_dirty();
    let base_id = editor.base.id;
    // Every field that has a message keeps a line for it (so nothing below moves when it
    // appears); the words show once the field was left or Save was tried.
    let voice = editor.voice.clone();
    let tr = &app.tr;
    let title = if is_new {
        tr.t("app-edit-title-new")
    } else {
        tr.t_args(
            "app-edit-title",
            &[("name", editor.base.name.id.as_str().into())],
        )
    };

    ui.horizontal(|ui| {
        if ui.button(format!("← {}", tr.t("app-edit-back"))).clicked() {
            out.push(Command::Leave(After::Products));
        }
        ui.label(RichText::new(crate::bidi::for_display(&title)).heading());
        super::widgets::unsaved_marker(ui, tr, dirty);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !is_new
                && ui
                    .button(RichText::new(tr.t("app-edit-delete")).color(theme::RED))
                    .clicked()
            {
                out.push(Command::AskDelete(DeleteTarget::Product(base_id)));
            }
            if ui.button(tr.t("app-edit-cancel")).clicked() {
                out.push(Command::DiscardAndLeaveNow);
            }
            if !is_new
                && ui
                    .button(tr.t("app-edit-card"))
                    .on_hover_text(tr.t("app-edit-card-hint"))
                    .clicked()
            {
                out.push(Command::OpenCards(Some(base_id)));
            }
            if super::widgets::save_button(ui, tr, dirty).clicked() {
                out.push(Command::Save);
            }
            completeness_ui(ui, tr, &preview);
        });
    });
    ui.separator();
    let Some(editor) = app.editor.as_mut() else {
        return;
    };
    let d = &mut editor.draft;
    let mut left_fields: Vec<Field> = Vec::new();
    let msg = |ui: &mut Ui, field: Field| checks_kept(ui, tr, &checks, field, voice.speaks(&field));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            two_columns(ui, |left, right| {
                section(left, &tr.t("app-section-photos"));
                photos_ui(left, tr, &mut app.thumbs, d, out);
                section(left, &tr.t("app-section-texts"));
                // Its line is always there, so that the fields never move when it appears.
                stale_line(left, tr, stale);
                let id_name = tr.t("app-lang-name-id");
                let en_name = tr.t("app-lang-name-en");
                for (field_id, (id_text, en_text), multiline) in [
                    ("app-field-name", (&mut d.name.id, &mut d.name.en), false),
                    (
                        "app-field-description",
                        (&mut d.description.id, &mut d.description.en),
                        true,
                    ),
                    (
                        "app-field-ingredients",
                        (&mut d.ingredients.id, &mut d.ingredients.en),
                        true,
                    ),
                    (
                        "app-field-storage",
                        (&mut d.storage.id, &mut d.storage.en),
                        true,
                    ),
                ] {
                    let field = tr.t(field_id);
                    left.columns(2, |c| {
                        let (a, b) = c.split_at_mut(1);
                        for (ui, lang, code, text) in [
                            (&mut a[0], &id_name, "id", id_text),
                            (&mut b[0], &en_name, "en", en_text),
                        ] {
                            let caption = tr.t_args(
                                "app-field-in-lang",
                                &[
                                    ("field", field.as_str().into()),
                                    ("lang", lang.as_str().into()),
                                ],
                            );
                            let label = ui.label(RichText::new(caption).small().strong());
                            let edit = if multiline {
                                egui::TextEdit::multiline(text).desired_rows(3)
                            } else {
                                egui::TextEdit::singleline(text)
                            };
                            // A stable id: the stale-English line that appears above
                            // must not move the focus to another widget.
                            let edit = edit.id_salt(("editor_text", field_id, code));
                            let response = ui
                                .add(edit.desired_width(f32::INFINITY))
                                .labelled_by(label.id);
                            if field_id == "app-field-name" && code == "id" && response.lost_focus()
                            {
                                left_fields.push(Field::NameId);
                            }
                        }
                    });
                    if field_id == "app-field-name" {
                        msg(left, Field::NameId);
                    }
                }

                section(right, &tr.t("app-section-sales"));
                if text_field(right, &tr.t("app-field-sku"), &mut d.sku).lost_focus() {
                    left_fields.push(Field::Sku);
                }
                msg(right, Field::Sku);
                let choose = tr.t("app-field-choose");
                let lang = app.prefs.lang;
                let cat_text = d
                    .category
                    .and_then(|id| app.catalogue.category(id))
                    .map(|c| super::widgets::in_lang(lang, &c.name).to_string())
                    .unwrap_or_else(|| choose.clone());
                combo_above(
                    right,
                    &tr.t("app-field-category"),
                    "edit-category",
                    cat_text,
                    |ui| {
                        for c in &app.catalogue.categories {
                            let name = super::widgets::in_lang(lang, &c.name).to_string();
                            ui.selectable_value(&mut d.category, Some(c.id), name);
                        }
                    },
                );
                msg(right, Field::Category);
                let prod_text = d
                    .producer
                    .and_then(|id| app.catalogue.producer(id))
                    .map(|p| p.pesantren.clone())
                    .unwrap_or_else(|| choose.clone());
                combo_above(
                    right,
                    &tr.t("app-field-producer"),
                    "edit-producer",
                    prod_text,
                    |ui| {
                        for p in &app.catalogue.producers {
                            ui.selectable_value(&mut d.producer, Some(p.id), p.pesantren.clone());
                        }
                    },
                );
                msg(right, Field::Producer);
                if rupiah_field(right, tr, &tr.t("app-field-price"), &mut d.price).lost_focus() {
                    left_fields.push(Field::Price);
                }
                msg(right, Field::Price);
                wholesale_ui(
                    right,
                    tr,
                    &mut d.wholesale,
                    &checks,
                    &voice,
                    &mut left_fields,
                );
                text_field(right, &tr.t("app-field-net-content"), &mut d.net_content);
                if text_field(right, &tr.t("app-field-shelf-life"), &mut d.shelf_life).lost_focus()
                {
                    left_fields.push(Field::ShelfLife);
                }
                msg(right, Field::ShelfLife);
                right.checkbox(&mut d.featured, tr.t("app-field-featured"));
                right.checkbox(&mut d.hidden, tr.t("app-field-hidden"));

                section(right, &tr.t("app-section-halal"));
                // What the lists, the PDF and the showcase will show for this draft.
                right.horizontal(|ui| {
                    ui.label(RichText::new(tr.t("app-halal-preview")).small().strong());
                    halal_standing(ui, tr, &d.halal(), today, 28.0);
                });
                let status_text = crate::i18n::words::halal_status(tr, d.halal_status);
                combo_above(
                    right,
                    &tr.t("app-field-halal-status"),
                    "edit-halal-status",
                    status_text,
                    |ui| {
                        for s in HalalStatus::ALL {
                            ui.selectable_value(
                                &mut d.halal_status,
                                s,
                                crate::i18n::words::halal_status(tr, s),
                            );
                        }
                    },
                );
                if matches!(
                    d.halal_status,
                    HalalStatus::Certified | HalalStatus::InProcess
                ) {
                    let none = tr.t("app-field-none");
                    let scheme_words = |s: Option<HalalScheme>| match s {
                        Some(HalalScheme::Regular) => tr.t("app-scheme-regular"),
                        Some(HalalScheme::SelfDeclare) => tr.t("app-scheme-self-declare"),
                        None => none.clone(),
                    };
                    combo_above(
                        right,
                        &tr.t("app-field-halal-scheme"),
                        "edit-halal-scheme",
                        scheme_words(d.halal_scheme),
                        |ui| {
                            for s in [
                                None,
                                Some(HalalScheme::Regular),
                                Some(HalalScheme::SelfDeclare),
                            ] {
                                ui.selectable_value(&mut d.halal_scheme, s, scheme_words(s));
                            }
                        },
                    );
                    if text_field(right, &tr.t("app-field-halal-number"), &mut d.halal_number)
                        .lost_focus()
                    {
                        left_fields.push(Field::HalalNumber);
                    }
                    msg(right, Field::HalalNumber);
                }
                if d.halal_status == HalalStatus::Certified {
                    let issuer_words = |s: Option<HalalIssuer>| match s {
                        Some(HalalIssuer::Bpjph) => tr.t("app-issuer-bpjph"),
                        Some(HalalIssuer::Mui) => tr.t("app-issuer-mui"),
                        None => tr.t("app-field-none"),
                    };
                    combo_above(
                        right,
                        &tr.t("app-field-halal-issuer"),
                        "edit-halal-issuer",
                        issuer_words(d.halal_issuer),
                        |ui| {
                            for s in [None, Some(HalalIssuer::Bpjph), Some(HalalIssuer::Mui)] {
                                ui.selectable_value(&mut d.halal_issuer, s, issuer_words(s));
                            }
                        },
                    );
                    if date_field(
                        right,
                        tr,
                        &tr.t("app-field-halal-issued"),
                        &mut d.halal_issued,
                        today,
                    )
                    .lost_focus()
                    {
                        left_fields.push(Field::HalalIssued);
                    }
                    msg(right, Field::HalalIssued);
                    if date_field(
                        right,
                        tr,
                        &tr.t("app-field-halal-valid-until"),
                        &mut d.halal_valid_until,
                        today,
                    )
                    .lost_focus()
                    {
                        left_fields.push(Field::HalalValidUntil);
                    }
                    right.label(
                        RichText::new(tr.t("app-field-halal-valid-hint"))
                            .small()
                            .weak(),
                    );
                    msg(right, Field::HalalValidUntil);
                    // Who examined depends on the scheme: an LPH audits, a PPH verifies.
                    let examiner = match d.halal_scheme {
                        Some(HalalScheme::Regular) => "app-field-halal-examiner-lph",
                        Some(HalalScheme::SelfDeclare) => "app-field-halal-examiner-pph",
                        None => "app-field-halal-examiner",
                    };
                    text_field(right, &tr.t(examiner), &mut d.halal_examiner);
                }
                if text_field(right, &tr.t("app-field-pirt"), &mut d.pirt).lost_focus() {
                    left_fields.push(Field::Pirt);
                }
                msg(right, Field::Pirt);
                if text_field(right, &tr.t("app-field-bpom"), &mut d.bpom).lost_focus() {
                    left_fields.push(Field::Bpom);
                }
                msg(right, Field::Bpom);
                let trademark_words = |s: TrademarkStatus| match s {
                    TrademarkStatus::Registered => tr.t("app-trademark-registered"),
                    TrademarkStatus::Filed => tr.t("app-trademark-filed"),
                    TrademarkStatus::NotFiled => tr.t("app-trademark-not-filed"),
                };
                combo_above(
                    right,
                    &tr.t("app-field-trademark"),
                    "product-trademark",
                    trademark_words(d.trademark_status),
                    |ui| {
                        for s in TrademarkStatus::ALL {
                            ui.selectable_value(&mut d.trademark_status, s, trademark_words(s));
                        }
                    },
                );
                if text_field(
                    right,
                    &tr.t("app-field-trademark-number"),
                    &mut d.trademark_number,
                )
                .lost_focus()
                {
                    left_fields.push(Field::TrademarkNumber);
                }
                msg(right, Field::TrademarkNumber);
                text_field(right, &tr.t("app-field-sni"), &mut d.sni);

                section(right, &tr.t("app-section-export"));
                text_field(right, &tr.t("app-field-hs-code"), &mut d.hs_code);
                if text_field(right, &tr.t("app-field-min-order"), &mut d.min_order).lost_focus() {
                    left_fields.push(Field::MinOrder);
                }
                msg(right, Field::MinOrder);
                if text_field(
                    right,
                    &tr.t("app-field-units-per-carton"),
                    &mut d.units_per_carton,
                )
                .lost_focus()
                {
                    left_fields.push(Field::UnitsPerCarton);
                }
                msg(right, Field::UnitsPerCarton);
            });
        });
    editor.voice.left(left_fields);
}

/// The stale-English warning in a line that is always there (empty when the English is current).
fn stale_line(ui: &mut Ui, tr: &Translator, stale: bool) {
    let text = if stale {
        RichText::new(tr.t("app-edit-stale")).color(theme::AMBER)
    } else {
        RichText::new(" ")
    };
    ui.add(egui::Label::new(text).truncate())
        .on_hover_text(tr.t("app-edit-stale"));
}

fn wholesale_ui(
    ui: &mut Ui,
    tr: &Translator,
    tiers: &mut Vec<TierDraft>,
    checks: &[(Field, Check)],
    voice: &crate::app::forms::Voice<Field>,
    left: &mut Vec<Field>,
) {
    ui.label(RichText::new(tr.t("app-field-wholesale")).small().strong());
    let mut remove = None;
    for (i, tier) in tiers.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let min = ui.label(tr.t("app-field-wholesale-min"));
            let min_edit = ui
                .add(
                    egui::TextEdit::singleline(&mut tier.min_qty)
                        .id_salt(("tier_min", i))
                        .desired_width(70.0),
                )
                .labelled_by(min.id);
            let price = ui.label(tr.t("app-field-wholesale-price"));
            let price_edit = rupiah_edit(ui, tr, &mut tier.price, ("tier_price", i), 130.0)
                .labelled_by(price.id);
            if min_edit.lost_focus() || price_edit.lost_focus() {
                left.push(Field::Wholesale(i));
            }
            if ui
                .small_button(tr.t("app-field-wholesale-remove"))
                .clicked()
            {
                remove = Some(i);
            }
        });
        checks_kept(
            ui,
            tr,
            checks,
            Field::Wholesale(i),
            voice.speaks(&Field::Wholesale(i)),
        );
    }
    if let Some(i) = remove {
        tiers.remove(i);
    }
    ui.horizontal(|ui| {
        if ui.small_button(tr.t("app-field-wholesale-add")).clicked() {
            tiers.push(TierDraft::default());
        }
    });
}

const TILE: f32 = 104.0;
const COVER_WIDTH: f32 = 288.0;

/// The product's photos: the cover large (from the master), the others as tiles, each with
/// buttons to move it, make it the cover or remove it; and the way to add more.
fn photos_ui(
    ui: &mut Ui,
    tr: &Translator,
    thumbs: &mut Thumbs,
    draft: &mut crate::app::draft::ProductDraft,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(tr.t("app-photos-hint")).weak());
    if !draft.photos.is_empty() {
        ui.label(RichText::new(tr.t("app-photos-focus-hint")).weak());
    }
    // A click on a photo marks its subject: where the crops of cards and catalogues centre.
    let mut focused: Option<(PhotoId, Focus)> = None;
    let photos = &mut draft.photos;
    let focus_of = |id: PhotoId| {
        draft
            .photo_focus
            .iter()
            .find(|f| f.photo == id)
            .map(|f| f.focus)
            .unwrap_or_default()
    };
    let total = photos.len();
    let mut action: Option<(usize, PhotoAction)> = None;
    ui.horizontal_wrapped(|ui| {
        for (i, id) in photos.iter().enumerate() {
            let side = if i == 0 { COVER_WIDTH } else { TILE };
            let size = if i == 0 {
                Size::Screen(720)
            } else {
                Size::Thumb
            };
            ui.vertical(|ui| {
                ui.set_width(side);
                let words = tr.t_args(
                    "app-photo-of",
                    &[("n", (i + 1).into()), ("total", total.into())],
                );
                let texture = thumbs
                    .get(ui.ctx(), *id, size)
                    .map(|t| (t.id(), t.size_vec2()));
                let focus = focus_of(*id);
                let shown = match texture {
                    Some((texture, px)) if i == 0 => {
                        // The cover whole, with its focus marked; a click moves the mark.
                        let bounds = egui::vec2(COVER_WIDTH, COVER_WIDTH * 0.75);
                        let r = super::products::photo_fit(
                            ui,
                            texture,
                            px,
                            bounds,
                            egui::Sense::click(),
                        );
                        let at = |f: Focus| {
                            r.rect.min
                                + egui::vec2(
                                    r.rect.width() * f.x as f32 / 100.0,
                                    r.rect.height() * f.y as f32 / 100.0,
                                )
                        };
                        if r.clicked()
                            && let Some(pos) = r.interact_pointer_pos()
                        {
                            let rel = (pos - r.rect.min) / r.rect.size();
                            focused = Some((*id, Focus::at(rel.x, rel.y)));
                        }
                        focus_mark(ui, at(focus));
                        focus_target(r, tr, i);
                        ui.label(RichText::new(&words).small().weak())
                    }
                    Some((texture, px)) => {
                        // A tile shows the part cards show; a click there moves the focus too.
                        let frame = egui::vec2(side, side);
                        let r = super::products::photo_fill(
                            ui,
                            texture,
                            px,
                            frame,
                            focus,
                            egui::Sense::click(),
                        );
                        if r.clicked()
                            && let Some(pos) = r.interact_pointer_pos()
                        {
                            let [x0, y0, x1, y1] = super::products::fill_uv(px, frame, focus);
                            let rel = (pos - r.rect.min) / r.rect.size();
                            focused = Some((
                                *id,
                                Focus::at(x0 + rel.x * (x1 - x0), y0 + rel.y * (y1 - y0)),
                            ));
                        }
                        focus_target(r, tr, i);
                        ui.label(RichText::new(&words).small().weak())
                    }
                    None => {
                        let height = if i == 0 { side * 0.75 } else { side };
                        let (rect, response) =
                            ui.allocate_exact_size(egui::vec2(side, height), egui::Sense::hover());
                        ui.painter()
                            .rect_filled(rect, 8.0, ui.visuals().faint_bg_color);
                        let note = if thumbs.failed(*id, size) {
                            tr.t("app-photos-missing")
                        } else {
                            tr.t("app-photos-loading")
                        };
                        ui.painter().text(
                            rect.center(),
                            egui::Align2::CENTER_CENTER,
                            note,
                            egui::FontId::proportional(12.0),
                            ui.visuals().weak_text_color(),
                        );
                        response
                    }
                };
                shown.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &words));
                ui.horizontal(|ui| {
                    if icon_button(ui, "◀", &tr.t("app-photos-left"), i > 0).clicked() {
                        action = Some((i, PhotoAction::Left));
                    }
                    if icon_button(ui, "▶", &tr.t("app-photos-right"), i + 1 < total).clicked() {
                        action = Some((i, PhotoAction::Right));
                    }
                    if icon_button(ui, "✕", &tr.t("app-photos-remove"), true).clicked() {
                        action = Some((i, PhotoAction::Remove));
                    }
                });
                if i == 0 {
                    ui.label(RichText::new(tr.t("app-photos-cover")).color(theme::GREEN));
                } else if ui.small_button(tr.t("app-photos-make-cover")).clicked() {
                    action = Some((i, PhotoAction::Cover));
                }
            });
        }
    });
    if total == 0 {
        ui.label(RichText::new(tr.t("app-photos-none")).weak());
    }
    if let Some((id, focus)) = focused {
        draft.photo_focus.retain(|f| f.photo != id);
        if focus != Focus::CENTRE {
            draft
                .photo_focus
                .push(crate::domain::photo::PhotoFocus { photo: id, focus });
        }
    }
    let photos = &mut draft.photos;
    if let Some((i, what)) = action {
        match what {
            PhotoAction::Left => photos.swap(i, i - 1),
            PhotoAction::Right => photos.swap(i, i + 1),
            PhotoAction::Remove => {
                photos.remove(i);
            }
            PhotoAction::Cover => {
                let id = photos.remove(i);
                photos.insert(0, id);
            }
        }
    }
    ui.horizontal(|ui| {
        if ui.button(tr.t("app-photos-add")).clicked() {
            out.push(Command::PickPhotos);
        }
        ui.label(RichText::new(tr.t("app-photos-drop-hint")).weak());
    });
}

/// A photo that takes a click on its subject: named for screen readers and tests, with the hint.
fn focus_target(r: egui::Response, tr: &Translator, i: usize) {
    let words = tr.t_args("app-photo-focus", &[("n", (i + 1).into())]);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
    r.on_hover_text(tr.t("app-photos-focus-hint"));
}

/// The focus mark: a ring with a dot, visible on light and dark photos.
fn focus_mark(ui: &Ui, at: egui::Pos2) {
    let painter = ui.painter();
    painter.circle_stroke(
        at,
        9.0,
        egui::Stroke::new(3.0, egui::Color32::from_black_alpha(140)),
    );
    painter.circle_stroke(at, 9.0, egui::Stroke::new(1.5, egui::Color32::WHITE));
    painter.circle_filled(at, 2.5, egui::Color32::WHITE);
}

#[derive(Clone, Copy)]
enum PhotoAction {
    Left,
    Right,
    Remove,
    Cover,
}
