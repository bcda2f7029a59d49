//! Visitor sign-ups made at a fair (the showcase's optional form): who, how to reach them on
//! WhatsApp, which product they asked about, and the consent they gave, in the words they saw
//! (Indonesia's personal-data law, UU 27/2022, asks for that record).

use super::lang::Lang;
use super::model::{ProductId, Timestamp};
use super::parse::normalize_whatsapp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Identifies a sign-up; time-ordered, so the store lists them oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LeadId(pub Uuid);

impl LeadId {
    pub fn new() -> LeadId {
        LeadId(Uuid::now_v7())
    }
    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }
}

impl Default for LeadId {
    fn default() -> Self {
        LeadId::new()
    }
}

/// One visitor's sign-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub id: LeadId,
    pub name: String,
    /// International digits, e.g. 6281234567890.
    pub whatsapp: String,
    /// The product they asked about, if any, and its SKU and name as shown then.
    pub product: Option<ProductId>,
    pub product_label: String,
    /// The consent sentence the visitor ticked, word for word, and its language.
    pub consent_text: String,
    pub lang: Lang,
    pub created: Timestamp,
}

/// What is wrong with a sign-up form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadProblem {
    NoName,
    BadNumber,
    NoConsent,
}

/// The form as the visitor filled it in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadForm {
    pub name: String,
    pub whatsapp: String,
    pub product: Option<ProductId>,
    pub consent: bool,
}

impl LeadForm {
    /// Every problem of the form (empty when it can be saved).
    pub fn problems(&self) -> Vec<LeadProblem> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(LeadProblem::NoName);
        }
        if normalize_whatsapp(&self.whatsapp).is_err() {
            out.push(LeadProblem::BadNumber);
        }
        if !self.consent {
            out.push(LeadProblem::NoConsent);
        }
        out
    }

    /// The sign-up to store, when the form is complete.
    pub fn to_lead(
        &self,
        product_label: String,
        consent_text: String,
        lang: Lang,
        created: Timestamp,
    ) -> Result<Lead, Vec<LeadProblem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Lead {
            id: LeadId::new(),
            name: self.name.trim().to_string(),
            whatsapp: normalize_whatsapp(&self.whatsapp)
                .map_err(|_| vec![LeadProblem::BadNumber])?,
            product: self.product,
            product_label,
            consent_text,
            lang,
            created,
        })
    }
}

/// How long sign-ups are kept unless the manager says otherwise, in days.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

/// The day (UTC) a sign-up was made.
pub fn signed_up_on(lead: &Lead) -> crate::domain::Date {
    crate::domain::Date::from_days_since_epoch(lead.created.div_euclid(86_400_000))
}

/// Sign-ups kept longer than `days` on `today`: offered for deletion (personal data is kept no
/// longer than needed, UU 27/2022).
pub fn past_retention(leads: &[Lead], today: crate::domain::Date, days: u32) -> Vec<LeadId> {
    leads
        .iter()
        .filter(|l| signed_up_on(l).days_until(today) > i64::from(days))
        .map(|l| l.id)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sign_ups_older_than_the_retention_are_offered_for_deletion() {
        let today = crate::domain::Date::new(2026, 12, 1).unwrap();
        let day_ms = |d: crate::domain::Date| d.days_since_epoch() * 86_400_000 + 3_600_000;
        let lead = |days_ago: i64| Lead {
            id: LeadId::new(),
            name: "Siti".into(),
            whatsapp: "6281234567890".into(),
            product: None,
            product_label: String::new(),
            consent_text: String::new(),
            lang: Lang::Id,
            created: day_ms(today.add_days(-days_ago)),
        };
        let leads = [lead(10), lead(90), lead(91), lead(400)];
        let old = past_retention(&leads, today, 90);
        assert_eq!(old, vec![leads[2].id, leads[3].id]);
        assert!(past_retention(&leads, today, 400).is_empty());
        assert_eq!(past_retention(&leads, today, 9).len(), 4);
    }
    use super::*;

    #[test]
    fn a_sign_up_needs_a_name_a_whatsapp_number_and_consent() {
        let mut form = LeadForm::default();
        assert_eq!(
            form.problems(),
            vec![
                LeadProblem::NoName,
                LeadProblem::BadNumber,
                LeadProblem::NoConsent
            ]
        );
        form.name = "  Siti Aminah ".into();
        form.whatsapp = "0812-3456-7890".into();
        assert_eq!(form.problems(), vec![LeadProblem::NoConsent]);
        form.consent = true;
        let lead = form
            .to_lead(String::new(), "Saya setuju".into(), Lang::Id, 5)
            .unwrap();
        assert_eq!(lead.name, "Siti Aminah");
        assert_eq!(lead.whatsapp, "6281234567890");
        form.whatsapp = "12".into();
        assert_eq!(form.problems(), vec![LeadProblem::BadNumber]);
    }
}
