//! The Producers screen: pesantren and their cooperatives in a list on the left, the chosen one's
//! profile on the right. A producer that products still use cannot be deleted; the screen says
//! which products those are.

use super::theme;
use super::widgets::{
    checks_kept, combo_above, primary_button, product_names, section, text_area, text_field,
    two_columns,
};
use crate::app::forms::ProducerField;
use crate::app::thumbs::Size;
use crate::app::{After, Command, DeleteTarget, EtalaseApp};
use crate::domain::{Lang, OpopPillar};
use egui::{RichText, Ui};

pub fn producers_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    egui::Panel::left("producer-list")
        .resizable(false)
        .exact_size(300.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(tr.t("app-producers-title")).heading());
            });
            if primary_button(ui, tr.t("app-producer-new")).clicked() {
                out.push(Command::Leave(After::NewProducer));
            }
            ui.add_space(theme::SPACE_S);
            let current = app.producer_form.as_ref().map(|f| f.base.id);
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for p in app.sorted_producers() {
                        let count = app.products_of_producer(p.id).len();
                        let text = format!(
                            "{}\n{}",
                            p.pesantren,
                            tr.t_args("app-producer-product-count", &[("count", count.into())])
                        );
                        let button = egui::Button::selectable(current == Some(p.id), text)
                            .min_size(egui::vec2(ui.available_width(), 0.0));
                        if ui.add(button).clicked() && current != Some(p.id) {
                            out.push(Command::Leave(After::OpenProducer(p.id)));
                        }
                    }
                });
        });
    egui::CentralPanel::default().show(ui, |ui| form_ui(ui, app, out));
}

fn form_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let Some(form) = app.producer_form.as_ref() else {
        ui.add_space(theme::SPACE_L);
        ui.label(RichText::new(tr.t("app-producers-empty")).weak());
        return;
    };
    let own = form.base.id;
    let is_new = form.is_new;
    let dirty = form.draft != form.original;
    let checks = form.draft.checks(&|key| {
        app.catalogue
            .producers
            .iter()
            .any(|p| p.id != own && crate::domain::parse::match_key(&p.pesantren) == key)
    });
    let users = app.products_of_producer(own);
    let title = if is_new {
        tr.t("app-producer-title-new")
    } else {
        form.base.pesantren.clone()
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).heading());
        super::widgets::unsaved_marker(ui, tr, dirty);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !is_new {
                let delete = ui.add_enabled(
                    users.is_empty(),
                    egui::Button::new(RichText::new(tr.t("app-edit-delete")).color(theme::RED)),
                );
                if delete.clicked() {
                    out.push(Command::AskDelete(DeleteTarget::Producer(own)));
                }
            }
            if ui
                .add_enabled(dirty || is_new, egui::Button::new(tr.t("app-edit-cancel")))
                .clicked()
            {
                out.push(Command::Revert);
            }
            if super::widgets::save_button(ui, tr, dirty).clicked() {
                out.push(Command::Save);
            }
            if !is_new {
                // The profile is made from what is saved: unsaved changes go first. Indonesian for
                // the OPOP grant, English for an export curation.
                ui.add_enabled_ui(!dirty && !app.busy(), |ui| {
                    let menu = ui.menu_button(tr.t("app-profile-button"), |ui| {
                        for (lang, key) in [
                            (Lang::Id, "app-profile-in-id"),
                            (Lang::En, "app-profile-in-en"),
                        ] {
                            if ui.button(tr.t(key)).clicked() {
                                out.push(Command::PickExportProfile(own, lang));
                                ui.close();
                            }
                        }
                    });
                    menu.response
                        .on_hover_text(tr.t("app-profile-button-hint"))
                        .on_disabled_hover_text(tr.t("app-profile-save-first"));
                });
            }
        });
    });
    if !is_new && !users.is_empty() {
        let names = product_names(app.prefs.lang, &users, 6);
        ui.label(
            RichText::new(tr.t_args(
                "app-producer-in-use",
                &[("count", users.len().into()), ("names", names.into())],
            ))
            .small()
            .weak(),
        );
    }
    ui.separator();
    let Some(form) = app.producer_form.as_mut() else {
        return;
    };
    let readiness = app
        .compliance
        .readiness
        .iter()
        .find(|(i, _)| app.catalogue.producers.get(*i).map(|p| p.id) == Some(own));
    let voice = form.voice.clone();
    let speaks = |f: ProducerField| voice.speaks(&f);
    let mut left_fields = Vec::new();
    let d = &mut form.draft;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            two_columns(ui, |left, right| {
                section(left, &tr.t("app-producer-section-identity"));
                if text_field(left, &tr.t("app-producer-pesantren"), &mut d.pesantren).lost_focus()
                {
                    left_fields.push(ProducerField::Pesantren);
                }
                checks_kept(
                    left,
                    tr,
                    &checks,
                    ProducerField::Pesantren,
                    speaks(ProducerField::Pesantren),
                );
                text_field(left, &tr.t("app-producer-kopontren"), &mut d.kopontren);
                if text_field(left, &tr.t("app-producer-nib"), &mut d.nib).lost_focus() {
                    left_fields.push(ProducerField::Nib);
                }
                checks_kept(
                    left,
                    tr,
                    &checks,
                    ProducerField::Nib,
                    speaks(ProducerField::Nib),
                );
                text_field(left, &tr.t("app-producer-nspp"), &mut d.nspp);
                let pillar_words = |p: Option<OpopPillar>| match p {
                    Some(OpopPillar::Santripreneur) => tr.t("app-pillar-santripreneur"),
                    Some(OpopPillar::Pesantrenpreneur) => tr.t("app-pillar-pesantrenpreneur"),
                    Some(OpopPillar::Sosiopreneur) => tr.t("app-pillar-sosiopreneur"),
                    None => tr.t("app-field-none"),
                };
                combo_above(
                    left,
                    &tr.t("app-producer-pillar"),
                    "producer-pillar",
                    pillar_words(d.pillar),
                    |ui| {
                        for p in [
                            None,
                            Some(OpopPillar::Santripreneur),
                            Some(OpopPillar::Pesantrenpreneur),
                            Some(OpopPillar::Sosiopreneur),
                        ] {
                            ui.selectable_value(&mut d.pillar, p, pillar_words(p));
                        }
                    },
                );
                section(left, &tr.t("app-producer-section-legal"));
                text_field(
                    left,
                    &tr.t("app-producer-legal-entity-number"),
                    &mut d.legal_entity_number,
                );
                let mut field = |ui: &mut Ui, key: &str, text: &mut String, f: ProducerField| {
                    if text_field(ui, &tr.t(key), text).lost_focus() {
                        left_fields.push(f);
                    }
                    checks_kept(ui, tr, &checks, f, speaks(f));
                };
                field(
                    left,
                    "app-producer-nik-koperasi",
                    &mut d.nik_koperasi,
                    ProducerField::NikKoperasi,
                );
                let kemenag_words = |v: Option<bool>| match v {
                    Some(true) => tr.t("app-producer-kemenag-yes"),
                    Some(false) => tr.t("app-producer-kemenag-no"),
                    None => tr.t("app-field-none"),
                };
                combo_above(
                    left,
                    &tr.t("app-producer-kemenag"),
                    "producer-kemenag",
                    kemenag_words(d.kemenag_registered),
                    |ui| {
                        for v in [None, Some(true), Some(false)] {
                            ui.selectable_value(&mut d.kemenag_registered, v, kemenag_words(v));
                        }
                    },
                );
                field(
                    left,
                    "app-producer-founded",
                    &mut d.founded_year,
                    ProducerField::FoundedYear,
                );
                field(
                    left,
                    "app-producer-members",
                    &mut d.members,
                    ProducerField::Members,
                );
                field(
                    left,
                    "app-producer-santri",
                    &mut d.santri,
                    ProducerField::Santri,
                );
                section(left, &tr.t("app-producer-section-about"));
                let id_name = tr.t("app-lang-name-id");
                let en_name = tr.t("app-lang-name-en");
                let about = tr.t("app-producer-description");
                for (lang_name, text) in [
                    (&id_name, &mut d.description.id),
                    (&en_name, &mut d.description.en),
                ] {
                    let caption = tr.t_args(
                        "app-field-in-lang",
                        &[
                            ("field", about.as_str().into()),
                            ("lang", lang_name.as_str().into()),
                        ],
                    );
                    text_area(left, &caption, text, 4);
                }

                section(right, &tr.t("app-producer-section-logo"));
                right.horizontal(|ui| {
                    let logo = d
                        .logo
                        .and_then(|id| app.thumbs.get(ui.ctx(), id, Size::Thumb))
                        .map(|t| (t.id(), t.size_vec2()));
                    match logo {
                        Some((texture, size)) => {
                            super::products::photo_fit(
                                ui,
                                texture,
                                size,
                                egui::vec2(96.0, 96.0),
                                egui::Sense::hover(),
                            );
                        }
                        None => {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(96.0, 96.0), egui::Sense::hover());
                            ui.painter()
                                .rect_filled(rect, 8.0, ui.visuals().faint_bg_color);
                        }
                    }
                    ui.vertical(|ui| {
                        if ui.button(tr.t("app-logo-choose")).clicked() {
                            out.push(Command::PickLogo);
                        }
                        if d.logo.is_some() && ui.button(tr.t("app-logo-remove")).clicked() {
                            d.logo = None;
                        }
                        ui.label(RichText::new(tr.t("app-logo-hint")).weak());
                    });
                });
                section(right, &tr.t("app-producer-section-contact"));
                if text_field(right, &tr.t("app-producer-whatsapp"), &mut d.whatsapp).lost_focus() {
                    left_fields.push(ProducerField::Whatsapp);
                }
                checks_kept(
                    right,
                    tr,
                    &checks,
                    ProducerField::Whatsapp,
                    speaks(ProducerField::Whatsapp),
                );
                if text_field(right, &tr.t("app-producer-email"), &mut d.email).lost_focus() {
                    left_fields.push(ProducerField::Email);
                }
                checks_kept(
                    right,
                    tr,
                    &checks,
                    ProducerField::Email,
                    speaks(ProducerField::Email),
                );
                text_field(
                    right,
                    &tr.t("app-producer-contact-person"),
                    &mut d.contact_person,
                );
                text_field(
                    right,
                    &tr.t("app-producer-contact-role"),
                    &mut d.contact_role,
                );
                text_area(right, &tr.t("app-producer-address"), &mut d.address, 2);
                text_field(right, &tr.t("app-producer-city"), &mut d.city);
                text_field(right, &tr.t("app-producer-province"), &mut d.province);
                if !is_new && let Some((_, r)) = readiness {
                    section(right, &tr.t("app-readiness-title"));
                    right
                        .label(RichText::new(super::compliance::readiness_summary(tr, r)).strong());
                    right.label(
                        RichText::new(tr.t("app-readiness-saved-hint"))
                            .small()
                            .weak(),
                    );
                    super::compliance::readiness_ui(
                        right,
                        tr,
                        &form.base,
                        r,
                        &app.catalogue.products,
                        out,
                    );
                }
            });
        });
    form.voice.left(left_fields);
}
